from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.member_role import MemberRole
from ..types import UNSET, Unset, is_present, parse_datetime

T = TypeVar("T", bound="OrganizationMemberResponse")


@_attrs_define
class OrganizationMemberResponse:
    """
    Attributes:
        organization_id (UUID):
        user_id (UUID):
        role (MemberRole | None):  Default: MemberRole.ANALYST.
        id (UUID | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        membership_state (str | None):  Default: 'active'.
    """

    organization_id: UUID
    user_id: UUID
    role: MemberRole | None = None
    id: UUID | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    membership_state: str | None = None
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = str(self.organization_id)

        user_id = str(self.user_id)

        role_sent: MemberRole | Unset = (
            self.role
            if is_present(self._present, "role", self.role) and self.role is not None
            else UNSET
        )
        role: str | Unset = UNSET
        if not isinstance(role_sent, Unset):
            role = MemberRole(role_sent).value

        id_sent: UUID | Unset = (
            self.id
            if is_present(self._present, "id", self.id) and self.id is not None
            else UNSET
        )
        id: str | Unset = UNSET
        if not isinstance(id_sent, Unset):
            id = str(id_sent)

        created_at_sent: datetime.datetime | Unset = (
            self.created_at
            if is_present(self._present, "created_at", self.created_at)
            and self.created_at is not None
            else UNSET
        )
        created_at: str | Unset = UNSET
        if not isinstance(created_at_sent, Unset):
            created_at = created_at_sent.isoformat()

        updated_at_sent: datetime.datetime | Unset = (
            self.updated_at
            if is_present(self._present, "updated_at", self.updated_at)
            and self.updated_at is not None
            else UNSET
        )
        updated_at: str | Unset = UNSET
        if not isinstance(updated_at_sent, Unset):
            updated_at = updated_at_sent.isoformat()

        membership_state_sent: str | Unset = (
            self.membership_state
            if is_present(self._present, "membership_state", self.membership_state)
            and self.membership_state is not None
            else UNSET
        )
        membership_state = membership_state_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
                "user_id": user_id,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if membership_state is not UNSET:
            field_dict["membership_state"] = membership_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = UUID(d.pop("organization_id"))

        user_id = UUID(d.pop("user_id"))

        _role = d.pop("role", UNSET)
        role: MemberRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = MemberRole(_role)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        membership_state = d.pop("membership_state", UNSET)
        if not isinstance(membership_state, Unset):
            if not isinstance(membership_state, str):
                raise TypeError(
                    f"membership_state: expected a string, got {type(membership_state).__name__}"
                )

        organization_member_response = cls(
            organization_id=organization_id,
            user_id=user_id,
            role=None if isinstance(role, Unset) else role,
            id=None if isinstance(id, Unset) else id,
            created_at=None if isinstance(created_at, Unset) else created_at,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
            membership_state=None
            if isinstance(membership_state, Unset)
            else membership_state,
        )
        organization_member_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("OrganizationMemberResponse", d)

        organization_member_response.additional_properties = d
        return organization_member_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
