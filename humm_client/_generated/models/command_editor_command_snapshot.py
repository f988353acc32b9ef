from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import (
    fromisoformat,
    parse_moment,
)

T = TypeVar("T", bound="CommandEditorCommandSnapshot")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "name",
        "content",
        "current_version",
        "description",
        "updated_at",
    }
)


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
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    #: The datetimes as parsed (updated_at), to tell them from ones assigned since.
    _moments: tuple[datetime.datetime | None, ...] = _attrs_field(
        default=(), init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        name = self.name
        if "name" in sent if sent is not None else name is not None:
            field_dict["name"] = name
        content = self.content
        if "content" in sent if sent is not None else content is not None:
            field_dict["content"] = content
        current_version = self.current_version
        if (
            "current_version" in sent
            if sent is not None
            else current_version is not None
        ):
            field_dict["current_version"] = current_version
        description = self.description
        if "description" in sent if sent is not None else description is not None:
            field_dict["description"] = description
        updated_at = self.updated_at
        if "updated_at" in sent if sent is not None else updated_at is not None:
            field_dict["updated_at"] = (
                None
                if updated_at is None
                else sent["updated_at"]
                if sent is not None and updated_at is self._moments[0]
                else updated_at.isoformat()
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = get("name")
        if v is None:
            if "name" not in src_dict:
                missing += 1
            obj.name = None
        else:
            if type(v) is not str:
                raise TypeError(f"name: expected a string, got {type(v).__name__}")
            obj.name = v

        v = get("content")
        if v is None:
            if "content" not in src_dict:
                missing += 1
            obj.content = None
        else:
            if type(v) is not str:
                raise TypeError(f"content: expected a string, got {type(v).__name__}")
            obj.content = v

        v = get("current_version")
        if v is None:
            if "current_version" not in src_dict:
                missing += 1
            obj.current_version = None
        else:
            if type(v) is not int:
                raise TypeError(
                    f"current_version: expected an integer, got {type(v).__name__}"
                )
            obj.current_version = v

        v = get("description")
        if v is None:
            if "description" not in src_dict:
                missing += 1
            obj.description = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"description: expected a string, got {type(v).__name__}"
                )
            obj.description = v

        updated_at: datetime.datetime | None
        v = get("updated_at")
        if v is None:
            if "updated_at" not in src_dict:
                missing += 1
            obj.updated_at = updated_at = None
        else:
            try:
                obj.updated_at = updated_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.updated_at = updated_at = parse_moment(v)

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        obj._moments = (updated_at,)
        if len(src_dict) + missing > 5:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("CommandEditorCommandSnapshot", extra)
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
