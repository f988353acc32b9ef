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
from ..types import (
    UNSET,
    fromisoformat,
    parse_moment,
    parse_uuid,
    uuid_text,
)

if TYPE_CHECKING:
    from ..models.organization_member_user import OrganizationMemberUser


T = TypeVar("T", bound="OrganizationMemberWithUser")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "id",
        "organization_id",
        "user_id",
        "role",
        "membership_state",
        "created_at",
        "updated_at",
        "user",
    }
)
_MemberRole: dict[str, MemberRole] = {member.value: member for member in MemberRole}
_MembershipState: dict[str, MembershipState] = {
    member.value: member for member in MembershipState
}


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
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    #: The datetimes as parsed (created_at, updated_at), to tell them from ones assigned since.
    _moments: tuple[datetime.datetime | None, ...] = _attrs_field(
        default=(), init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        id = self.id
        field_dict["id"] = uuid_text(id)
        organization_id = self.organization_id
        field_dict["organization_id"] = uuid_text(organization_id)
        user_id = self.user_id
        field_dict["user_id"] = uuid_text(user_id)
        role = self.role
        field_dict["role"] = (
            role._value_ if type(role) is MemberRole else MemberRole(role).value
        )
        membership_state = self.membership_state
        field_dict["membership_state"] = (
            membership_state._value_
            if type(membership_state) is MembershipState
            else MembershipState(membership_state).value
        )
        created_at = self.created_at
        field_dict["created_at"] = (
            sent["created_at"]
            if sent is not None and created_at is self._moments[0]
            else created_at.isoformat()
        )
        updated_at = self.updated_at
        if updated_at is not None and (sent is None or "updated_at" in sent):
            field_dict["updated_at"] = (
                sent["updated_at"]
                if sent is not None and updated_at is self._moments[1]
                else updated_at.isoformat()
            )
        user = self.user
        if "user" in sent if sent is not None else user is not None:
            field_dict["user"] = None if user is None else user.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_member_user import OrganizationMemberUser  # noqa: PLC0415

        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = src_dict["id"]
        obj.id = parse_uuid(v)

        v = src_dict["organization_id"]
        obj.organization_id = parse_uuid(v)

        v = src_dict["user_id"]
        obj.user_id = parse_uuid(v)

        v = src_dict["role"]
        obj.role = (
            role_member
            if (role_member := _MemberRole.get(v)) is not None
            else MemberRole(v)
        )

        v = src_dict["membership_state"]
        obj.membership_state = (
            membership_state_member
            if (membership_state_member := _MembershipState.get(v)) is not None
            else MembershipState(v)
        )

        v = src_dict["created_at"]
        try:
            obj.created_at = created_at = fromisoformat(v)
        except ValueError:  # a rarer ISO form
            obj.created_at = created_at = parse_moment(v)

        updated_at: datetime.datetime | None
        v = get("updated_at")
        if v is None:
            if "updated_at" in src_dict:
                _types.note_field("OrganizationMemberWithUser", "updated_at", None)
            else:
                missing += 1
                _types.note_field("OrganizationMemberWithUser", "updated_at", UNSET)
            obj.updated_at = updated_at = None
        else:
            try:
                obj.updated_at = updated_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.updated_at = updated_at = parse_moment(v)

        v = get("user")
        if v is None:
            if "user" not in src_dict:
                missing += 1
            obj.user = None
        else:
            if type(v) is not dict:
                raise TypeError(f"user: expected an object, got {type(v).__name__}")
            obj.user = OrganizationMemberUser.from_dict(v)

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        obj._moments = (
            created_at,
            updated_at,
        )
        if len(src_dict) + missing > 8:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("OrganizationMemberWithUser", extra)
            obj.additional_properties = extra
        else:
            obj.additional_properties = {}
        return obj

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
