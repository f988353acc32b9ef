from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.member_role import MemberRole
from ..types import (
    fromisoformat,
    parse_moment,
    parse_uuid,
    uuid_text,
)

T = TypeVar("T", bound="OrganizationMemberResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "organization_id",
        "user_id",
        "role",
        "id",
        "created_at",
        "updated_at",
        "membership_state",
    }
)
_MemberRole: dict[str, MemberRole] = {member.value: member for member in MemberRole}


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
        organization_id = self.organization_id
        field_dict["organization_id"] = uuid_text(organization_id)
        user_id = self.user_id
        field_dict["user_id"] = uuid_text(user_id)
        role = self.role
        if role is not None and (sent is None or "role" in sent):
            field_dict["role"] = (
                role._value_ if type(role) is MemberRole else MemberRole(role).value
            )
        id = self.id
        if id is not None and (sent is None or "id" in sent):
            field_dict["id"] = uuid_text(id)
        created_at = self.created_at
        if created_at is not None and (sent is None or "created_at" in sent):
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
        membership_state = self.membership_state
        if membership_state is not None and (
            sent is None or "membership_state" in sent
        ):
            field_dict["membership_state"] = membership_state
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = src_dict["organization_id"]
        obj.organization_id = parse_uuid(v)

        v = src_dict["user_id"]
        obj.user_id = parse_uuid(v)

        v = get("role")
        if v is None:
            if "role" in src_dict:
                raise TypeError("role: null, where the spec allows no null")
            missing += 1
            obj.role = None
        else:
            obj.role = (
                role_member
                if (role_member := _MemberRole.get(v)) is not None
                else MemberRole(v)
            )

        v = get("id")
        if v is None:
            if "id" in src_dict:
                raise TypeError("id: null, where the spec allows no null")
            missing += 1
            obj.id = None
        else:
            obj.id = parse_uuid(v)

        created_at: datetime.datetime | None
        v = get("created_at")
        if v is None:
            if "created_at" in src_dict:
                raise TypeError("created_at: null, where the spec allows no null")
            missing += 1
            obj.created_at = created_at = None
        else:
            try:
                obj.created_at = created_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.created_at = created_at = parse_moment(v)

        updated_at: datetime.datetime | None
        v = get("updated_at")
        if v is None:
            if "updated_at" in src_dict:
                raise TypeError("updated_at: null, where the spec allows no null")
            missing += 1
            obj.updated_at = updated_at = None
        else:
            try:
                obj.updated_at = updated_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.updated_at = updated_at = parse_moment(v)

        v = get("membership_state")
        if v is None:
            if "membership_state" in src_dict:
                raise TypeError("membership_state: null, where the spec allows no null")
            missing += 1
            obj.membership_state = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"membership_state: expected a string, got {type(v).__name__}"
                )
            obj.membership_state = v

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        obj._moments = (
            created_at,
            updated_at,
        )
        if len(src_dict) + missing > 7:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("OrganizationMemberResponse", extra)
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
