from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.member_role import MemberRole
from ..models.membership_state import MembershipState
from ..types import UNSET, Unset, is_present, parse_datetime

if TYPE_CHECKING:
    from ..models.organization_member_user import OrganizationMemberUser


T = TypeVar("T", bound="OrganizationMemberWithUser")


@_attrs_define
class OrganizationMemberWithUser:
    """
    Attributes:
        id (UUID):
        organization_id (UUID):
        user_id (UUID):
        role (MemberRole):
        membership_state (MembershipState):
        created_at (datetime.datetime):
        updated_at (datetime.datetime | None):
        user (None | OrganizationMemberUser):
    """

    id: UUID
    organization_id: UUID
    user_id: UUID
    role: MemberRole
    membership_state: MembershipState
    created_at: datetime.datetime
    updated_at: datetime.datetime | None
    user: None | OrganizationMemberUser = None
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.organization_member_user import OrganizationMemberUser  # noqa: PLC0415

        id = str(self.id)

        organization_id = str(self.organization_id)

        user_id = str(self.user_id)

        role = MemberRole(self.role).value

        membership_state = MembershipState(self.membership_state).value

        created_at = self.created_at.isoformat()

        updated_at_sent: datetime.datetime | Unset = (
            self.updated_at
            if is_present(self._present, "updated_at", self.updated_at)
            and self.updated_at is not None
            else UNSET
        )
        updated_at: str | Unset = UNSET
        if not isinstance(updated_at_sent, Unset):
            updated_at = updated_at_sent.isoformat()

        user_sent: None | OrganizationMemberUser | Unset = (
            self.user if is_present(self._present, "user", self.user) else UNSET
        )
        user: dict[str, Any] | None | Unset
        if isinstance(user_sent, Unset):
            user = UNSET
        elif isinstance(user_sent, OrganizationMemberUser):
            user = user_sent.to_dict()
        else:
            user = user_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "user_id": user_id,
                "role": role,
                "membership_state": membership_state,
                "created_at": created_at,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_member_user import OrganizationMemberUser  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        organization_id = UUID(d.pop("organization_id"))

        user_id = UUID(d.pop("user_id"))

        role = MemberRole(d.pop("role"))

        membership_state = MembershipState(d.pop("membership_state"))

        created_at = parse_datetime(d.pop("created_at"))

        updated_at_raw = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None
        if updated_at_raw is None or updated_at_raw is UNSET:
            _types.note_field(
                "OrganizationMemberWithUser", "updated_at", updated_at_raw
            )
            updated_at = None
        else:
            updated_at = parse_datetime(updated_at_raw)

        _user = d.pop("user", UNSET)
        user: None | OrganizationMemberUser | Unset
        if _user is None or _user is UNSET:
            user = _user
        else:
            if not isinstance(_user, dict):
                raise TypeError("user" + ": unexpected type " + type(_user).__name__)
            user_type_0 = OrganizationMemberUser.from_dict(_user)

            user = user_type_0

        organization_member_with_user = cls(
            id=id,
            organization_id=organization_id,
            user_id=user_id,
            role=role,
            membership_state=membership_state,
            created_at=created_at,
            updated_at=updated_at,
            user=None if isinstance(user, Unset) else user,
        )
        organization_member_with_user._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("OrganizationMemberWithUser", d)

        organization_member_with_user.additional_properties = d
        return organization_member_with_user

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
