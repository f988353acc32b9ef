from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset, is_present

T = TypeVar("T", bound="OrganizationMemberUser")


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
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_sent: None | Unset | UUID = (
            self.id if is_present(self._present, "id", self.id) else UNSET
        )
        id: None | str | Unset
        if isinstance(id_sent, Unset):
            id = UNSET
        elif isinstance(id_sent, UUID):
            id = str(id_sent)
        else:
            id = id_sent

        email_sent: None | str | Unset = (
            self.email if is_present(self._present, "email", self.email) else UNSET
        )
        email: None | str | Unset
        if isinstance(email_sent, Unset):
            email = UNSET
        else:
            email = email_sent

        given_name_sent: None | str | Unset = (
            self.given_name
            if is_present(self._present, "given_name", self.given_name)
            else UNSET
        )
        given_name: None | str | Unset
        if isinstance(given_name_sent, Unset):
            given_name = UNSET
        else:
            given_name = given_name_sent

        family_name_sent: None | str | Unset = (
            self.family_name
            if is_present(self._present, "family_name", self.family_name)
            else UNSET
        )
        family_name: None | str | Unset
        if isinstance(family_name_sent, Unset):
            family_name = UNSET
        else:
            family_name = family_name_sent

        nickname_sent: None | str | Unset = (
            self.nickname
            if is_present(self._present, "nickname", self.nickname)
            else UNSET
        )
        nickname: None | str | Unset
        if isinstance(nickname_sent, Unset):
            nickname = UNSET
        else:
            nickname = nickname_sent

        name_sent: None | str | Unset = (
            self.name if is_present(self._present, "name", self.name) else UNSET
        )
        name: None | str | Unset
        if isinstance(name_sent, Unset):
            name = UNSET
        else:
            name = name_sent

        picture_sent: None | str | Unset = (
            self.picture
            if is_present(self._present, "picture", self.picture)
            else UNSET
        )
        picture: None | str | Unset
        if isinstance(picture_sent, Unset):
            picture = UNSET
        else:
            picture = picture_sent

        auth0_sub_sent: None | str | Unset = (
            self.auth0_sub
            if is_present(self._present, "auth0_sub", self.auth0_sub)
            else UNSET
        )
        auth0_sub: None | str | Unset
        if isinstance(auth0_sub_sent, Unset):
            auth0_sub = UNSET
        else:
            auth0_sub = auth0_sub_sent

        is_system_admin_sent: bool | None | Unset = (
            self.is_system_admin
            if is_present(self._present, "is_system_admin", self.is_system_admin)
            else UNSET
        )
        is_system_admin: bool | None | Unset
        if isinstance(is_system_admin_sent, Unset):
            is_system_admin = UNSET
        else:
            is_system_admin = is_system_admin_sent

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
            id=None if isinstance(id, Unset) else id,
            email=None if isinstance(email, Unset) else email,
            given_name=None if isinstance(given_name, Unset) else given_name,
            family_name=None if isinstance(family_name, Unset) else family_name,
            nickname=None if isinstance(nickname, Unset) else nickname,
            name=None if isinstance(name, Unset) else name,
            picture=None if isinstance(picture, Unset) else picture,
            auth0_sub=None if isinstance(auth0_sub, Unset) else auth0_sub,
            is_system_admin=None
            if isinstance(is_system_admin, Unset)
            else is_system_admin,
        )
        organization_member_user._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("OrganizationMemberUser", d)

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
