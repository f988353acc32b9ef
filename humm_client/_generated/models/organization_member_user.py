from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationMemberUser")


@_attrs_define
class OrganizationMemberUser:
    """
    Attributes:
        id (None | Unset | UUID):
        email (None | str | Unset):
        given_name (None | str | Unset):
        family_name (None | str | Unset):
        nickname (None | str | Unset):
        name (None | str | Unset):
        picture (None | str | Unset):
        auth0_sub (None | str | Unset):
        is_system_admin (bool | None | Unset):
    """

    id: None | Unset | UUID = UNSET
    email: None | str | Unset = UNSET
    given_name: None | str | Unset = UNSET
    family_name: None | str | Unset = UNSET
    nickname: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    picture: None | str | Unset = UNSET
    auth0_sub: None | str | Unset = UNSET
    is_system_admin: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        family_name: None | str | Unset
        if isinstance(self.family_name, Unset):
            family_name = UNSET
        else:
            family_name = self.family_name

        nickname: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        picture: None | str | Unset
        if isinstance(self.picture, Unset):
            picture = UNSET
        else:
            picture = self.picture

        auth0_sub: None | str | Unset
        if isinstance(self.auth0_sub, Unset):
            auth0_sub = UNSET
        else:
            auth0_sub = self.auth0_sub

        is_system_admin: bool | None | Unset
        if isinstance(self.is_system_admin, Unset):
            is_system_admin = UNSET
        else:
            is_system_admin = self.is_system_admin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if name is not UNSET:
            field_dict["name"] = name
        if picture is not UNSET:
            field_dict["picture"] = picture
        if auth0_sub is not UNSET:
            field_dict["auth0_sub"] = auth0_sub
        if is_system_admin is not UNSET:
            field_dict["is_system_admin"] = is_system_admin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: None | Unset | UUID
        if _id is None or _id is UNSET:
            id = _id
        else:
            if not isinstance(_id, str):
                raise TypeError("id" + ": unexpected type " + type(_id).__name__)
            id_type_0 = UUID(_id)

            id = id_type_0

        _email = d.pop("email", UNSET)
        email: None | str | Unset
        if _email is None or _email is UNSET:
            email = _email
        else:
            if not isinstance(_email, str):
                raise TypeError(
                    f"email: expected a string, got {type(_email).__name__}"
                )
            email = _email

        _given_name = d.pop("given_name", UNSET)
        given_name: None | str | Unset
        if _given_name is None or _given_name is UNSET:
            given_name = _given_name
        else:
            if not isinstance(_given_name, str):
                raise TypeError(
                    f"given_name: expected a string, got {type(_given_name).__name__}"
                )
            given_name = _given_name

        _family_name = d.pop("family_name", UNSET)
        family_name: None | str | Unset
        if _family_name is None or _family_name is UNSET:
            family_name = _family_name
        else:
            if not isinstance(_family_name, str):
                raise TypeError(
                    f"family_name: expected a string, got {type(_family_name).__name__}"
                )
            family_name = _family_name

        _nickname = d.pop("nickname", UNSET)
        nickname: None | str | Unset
        if _nickname is None or _nickname is UNSET:
            nickname = _nickname
        else:
            if not isinstance(_nickname, str):
                raise TypeError(
                    f"nickname: expected a string, got {type(_nickname).__name__}"
                )
            nickname = _nickname

        _name = d.pop("name", UNSET)
        name: None | str | Unset
        if _name is None or _name is UNSET:
            name = _name
        else:
            if not isinstance(_name, str):
                raise TypeError(f"name: expected a string, got {type(_name).__name__}")
            name = _name

        _picture = d.pop("picture", UNSET)
        picture: None | str | Unset
        if _picture is None or _picture is UNSET:
            picture = _picture
        else:
            if not isinstance(_picture, str):
                raise TypeError(
                    f"picture: expected a string, got {type(_picture).__name__}"
                )
            picture = _picture

        _auth0_sub = d.pop("auth0_sub", UNSET)
        auth0_sub: None | str | Unset
        if _auth0_sub is None or _auth0_sub is UNSET:
            auth0_sub = _auth0_sub
        else:
            if not isinstance(_auth0_sub, str):
                raise TypeError(
                    f"auth0_sub: expected a string, got {type(_auth0_sub).__name__}"
                )
            auth0_sub = _auth0_sub

        _is_system_admin = d.pop("is_system_admin", UNSET)
        is_system_admin: bool | None | Unset
        if _is_system_admin is None or _is_system_admin is UNSET:
            is_system_admin = _is_system_admin
        else:
            if not isinstance(_is_system_admin, bool):
                raise TypeError(
                    f"is_system_admin: expected a boolean, got {type(_is_system_admin).__name__}"
                )
            is_system_admin = _is_system_admin

        organization_member_user = cls(
            id=id,
            email=email,
            given_name=given_name,
            family_name=family_name,
            nickname=nickname,
            name=name,
            picture=picture,
            auth0_sub=auth0_sub,
            is_system_admin=is_system_admin,
        )

        organization_member_user.additional_properties = d
        return organization_member_user

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
