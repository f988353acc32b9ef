from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset, is_present, parse_datetime

T = TypeVar("T", bound="CommandEditorCommandSnapshot")


@_attrs_define
class CommandEditorCommandSnapshot:
    """A command's editable fields as shown in a command editor draft (base or proposed).

    Attributes:
        name (None | str):
        content (None | str):
        current_version (int | None):
        description (None | str):
        updated_at (datetime.datetime | None):
    """

    name: None | str = None
    content: None | str = None
    current_version: int | None = None
    description: None | str = None
    updated_at: datetime.datetime | None = None
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name_sent: None | str | Unset = (
            self.name if is_present(self._present, "name", self.name) else UNSET
        )
        name: None | str | Unset
        if isinstance(name_sent, Unset):
            name = UNSET
        else:
            name = name_sent

        content_sent: None | str | Unset = (
            self.content
            if is_present(self._present, "content", self.content)
            else UNSET
        )
        content: None | str | Unset
        if isinstance(content_sent, Unset):
            content = UNSET
        else:
            content = content_sent

        current_version_sent: int | None | Unset = (
            self.current_version
            if is_present(self._present, "current_version", self.current_version)
            else UNSET
        )
        current_version: int | None | Unset
        if isinstance(current_version_sent, Unset):
            current_version = UNSET
        else:
            current_version = current_version_sent

        description_sent: None | str | Unset = (
            self.description
            if is_present(self._present, "description", self.description)
            else UNSET
        )
        description: None | str | Unset
        if isinstance(description_sent, Unset):
            description = UNSET
        else:
            description = description_sent

        updated_at_sent: datetime.datetime | None | Unset = (
            self.updated_at
            if is_present(self._present, "updated_at", self.updated_at)
            else UNSET
        )
        updated_at: None | str | Unset
        if isinstance(updated_at_sent, Unset):
            updated_at = UNSET
        elif isinstance(updated_at_sent, datetime.datetime):
            updated_at = updated_at_sent.isoformat()
        else:
            updated_at = updated_at_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if content is not UNSET:
            field_dict["content"] = content
        if current_version is not UNSET:
            field_dict["current_version"] = current_version
        if description is not UNSET:
            field_dict["description"] = description
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: None | str | Unset
        if _name is None or _name is UNSET:
            name = _name
        else:
            if not isinstance(_name, str):
                raise TypeError(f"name: expected a string, got {type(_name).__name__}")
            name = _name

        _content = d.pop("content", UNSET)
        content: None | str | Unset
        if _content is None or _content is UNSET:
            content = _content
        else:
            if not isinstance(_content, str):
                raise TypeError(
                    f"content: expected a string, got {type(_content).__name__}"
                )
            content = _content

        _current_version = d.pop("current_version", UNSET)
        current_version: int | None | Unset
        if _current_version is None or _current_version is UNSET:
            current_version = _current_version
        else:
            if not isinstance(_current_version, int) or isinstance(
                _current_version, bool
            ):
                raise TypeError(
                    f"current_version: expected an integer, got {type(_current_version).__name__}"
                )
            current_version = _current_version

        _description = d.pop("description", UNSET)
        description: None | str | Unset
        if _description is None or _description is UNSET:
            description = _description
        else:
            if not isinstance(_description, str):
                raise TypeError(
                    f"description: expected a string, got {type(_description).__name__}"
                )
            description = _description

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None or _updated_at is UNSET:
            updated_at = _updated_at
        else:
            if not isinstance(_updated_at, str):
                raise TypeError(
                    "updated_at" + ": unexpected type " + type(_updated_at).__name__
                )
            updated_at_type_0 = parse_datetime(_updated_at)

            updated_at = updated_at_type_0

        command_editor_command_snapshot = cls(
            name=None if isinstance(name, Unset) else name,
            content=None if isinstance(content, Unset) else content,
            current_version=None
            if isinstance(current_version, Unset)
            else current_version,
            description=None if isinstance(description, Unset) else description,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
        )
        command_editor_command_snapshot._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("CommandEditorCommandSnapshot", d)

        command_editor_command_snapshot.additional_properties = d
        return command_editor_command_snapshot

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
