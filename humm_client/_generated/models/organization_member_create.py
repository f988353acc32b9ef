from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_role import MemberRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationMemberCreate")


@_attrs_define
class OrganizationMemberCreate:
    """
    Attributes:
        user_id (UUID):
        organization_id (None | Unset | UUID):
        role (MemberRole | Unset):  Default: MemberRole.ANALYST.
    """

    user_id: UUID
    organization_id: None | Unset | UUID = UNSET
    role: MemberRole | Unset = MemberRole.ANALYST
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = str(self.user_id)

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        elif isinstance(self.organization_id, UUID):
            organization_id = str(self.organization_id)
        else:
            organization_id = self.organization_id

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = MemberRole(self.role).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = UUID(d.pop("user_id"))

        _organization_id = d.pop("organization_id", UNSET)
        organization_id: None | Unset | UUID
        if _organization_id is None or _organization_id is UNSET:
            organization_id = _organization_id
        else:
            if not isinstance(_organization_id, str):
                raise TypeError(
                    "organization_id"
                    + ": unexpected type "
                    + type(_organization_id).__name__
                )
            organization_id_type_0 = UUID(_organization_id)

            organization_id = organization_id_type_0

        _role = d.pop("role", UNSET)
        role: MemberRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = MemberRole(_role)

        organization_member_create = cls(
            user_id=user_id,
            organization_id=organization_id,
            role=role,
        )

        organization_member_create.additional_properties = d
        return organization_member_create

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
