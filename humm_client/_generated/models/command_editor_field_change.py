from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

T = TypeVar("T", bound="CommandEditorFieldChange")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "field",
        "before",
        "after",
    }
)


@_attrs_define
class CommandEditorFieldChange:
    """One changed command field (before/after) in a command editor diff.

    Attributes:
        field (None | str):
        before (None | str):
        after (None | str):
    """

    field: None | str = None
    before: None | str = None
    after: None | str = None
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field = self.field
        if "field" in sent if sent is not None else field is not None:
            field_dict["field"] = field
        before = self.before
        if "before" in sent if sent is not None else before is not None:
            field_dict["before"] = before
        after = self.after
        if "after" in sent if sent is not None else after is not None:
            field_dict["after"] = after
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = get("field")
        if v is None:
            if "field" not in src_dict:
                missing += 1
            obj.field = None
        else:
            if type(v) is not str:
                raise TypeError(f"field: expected a string, got {type(v).__name__}")
            obj.field = v

        v = get("before")
        if v is None:
            if "before" not in src_dict:
                missing += 1
            obj.before = None
        else:
            if type(v) is not str:
                raise TypeError(f"before: expected a string, got {type(v).__name__}")
            obj.before = v

        v = get("after")
        if v is None:
            if "after" not in src_dict:
                missing += 1
            obj.after = None
        else:
            if type(v) is not str:
                raise TypeError(f"after: expected a string, got {type(v).__name__}")
            obj.after = v

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        if len(src_dict) + missing > 3:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("CommandEditorFieldChange", extra)
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
