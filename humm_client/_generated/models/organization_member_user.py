from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import (
    parse_uuid,
    uuid_text,
)

T = TypeVar("T", bound="OrganizationMemberUser")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "id",
        "email",
        "given_name",
        "family_name",
        "nickname",
        "name",
        "picture",
        "auth0_sub",
        "is_system_admin",
    }
)


@_attrs_define
class OrganizationMemberUser:
    """
    Attributes:
        id (None | UUID):
        email (None | str):
        given_name (None | str):
        family_name (None | str):
        nickname (None | str):
        name (None | str):
        picture (None | str):
        auth0_sub (None | str):
        is_system_admin (bool | None):
    """

    id: None | UUID = None
    email: None | str = None
    given_name: None | str = None
    family_name: None | str = None
    nickname: None | str = None
    name: None | str = None
    picture: None | str = None
    auth0_sub: None | str = None
    is_system_admin: bool | None = None
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        id = self.id
        if "id" in sent if sent is not None else id is not None:
            field_dict["id"] = None if id is None else uuid_text(id)
        email = self.email
        if "email" in sent if sent is not None else email is not None:
            field_dict["email"] = email
        given_name = self.given_name
        if "given_name" in sent if sent is not None else given_name is not None:
            field_dict["given_name"] = given_name
        family_name = self.family_name
        if "family_name" in sent if sent is not None else family_name is not None:
            field_dict["family_name"] = family_name
        nickname = self.nickname
        if "nickname" in sent if sent is not None else nickname is not None:
            field_dict["nickname"] = nickname
        name = self.name
        if "name" in sent if sent is not None else name is not None:
            field_dict["name"] = name
        picture = self.picture
        if "picture" in sent if sent is not None else picture is not None:
            field_dict["picture"] = picture
        auth0_sub = self.auth0_sub
        if "auth0_sub" in sent if sent is not None else auth0_sub is not None:
            field_dict["auth0_sub"] = auth0_sub
        is_system_admin = self.is_system_admin
        if (
            "is_system_admin" in sent
            if sent is not None
            else is_system_admin is not None
        ):
            field_dict["is_system_admin"] = is_system_admin
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = get("id")
        if v is None:
            if "id" not in src_dict:
                missing += 1
            obj.id = None
        else:
            obj.id = parse_uuid(v)

        v = get("email")
        if v is None:
            if "email" not in src_dict:
                missing += 1
            obj.email = None
        else:
            if type(v) is not str:
                raise TypeError(f"email: expected a string, got {type(v).__name__}")
            obj.email = v

        v = get("given_name")
        if v is None:
            if "given_name" not in src_dict:
                missing += 1
            obj.given_name = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"given_name: expected a string, got {type(v).__name__}"
                )
            obj.given_name = v

        v = get("family_name")
        if v is None:
            if "family_name" not in src_dict:
                missing += 1
            obj.family_name = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"family_name: expected a string, got {type(v).__name__}"
                )
            obj.family_name = v

        v = get("nickname")
        if v is None:
            if "nickname" not in src_dict:
                missing += 1
            obj.nickname = None
        else:
            if type(v) is not str:
                raise TypeError(f"nickname: expected a string, got {type(v).__name__}")
            obj.nickname = v

        v = get("name")
        if v is None:
            if "name" not in src_dict:
                missing += 1
            obj.name = None
        else:
            if type(v) is not str:
                raise TypeError(f"name: expected a string, got {type(v).__name__}")
            obj.name = v

        v = get("picture")
        if v is None:
            if "picture" not in src_dict:
                missing += 1
            obj.picture = None
        else:
            if type(v) is not str:
                raise TypeError(f"picture: expected a string, got {type(v).__name__}")
            obj.picture = v

        v = get("auth0_sub")
        if v is None:
            if "auth0_sub" not in src_dict:
                missing += 1
            obj.auth0_sub = None
        else:
            if type(v) is not str:
                raise TypeError(f"auth0_sub: expected a string, got {type(v).__name__}")
            obj.auth0_sub = v

        v = get("is_system_admin")
        if v is None:
            if "is_system_admin" not in src_dict:
                missing += 1
            obj.is_system_admin = None
        else:
            if type(v) is not bool:
                raise TypeError(
                    f"is_system_admin: expected a boolean, got {type(v).__name__}"
                )
            obj.is_system_admin = v

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        if len(src_dict) + missing > 9:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("OrganizationMemberUser", extra)
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
