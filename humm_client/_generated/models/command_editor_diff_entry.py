from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

if TYPE_CHECKING:
    from ..models.command_editor_field_change import CommandEditorFieldChange


T = TypeVar("T", bound="CommandEditorDiffEntry")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "message_index",
        "summary",
        "fields",
    }
)


@_attrs_define
class CommandEditorDiffEntry:
    """One entry of a command editor draft's diff history.

    Attributes:
        message_index (int | None):
        summary (None | str):
        fields (list[CommandEditorFieldChange] | None):
    """

    message_index: int | None = None
    summary: None | str = None
    fields: list[CommandEditorFieldChange] | None = None
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        message_index = self.message_index
        if "message_index" in sent if sent is not None else message_index is not None:
            field_dict["message_index"] = message_index
        summary = self.summary
        if "summary" in sent if sent is not None else summary is not None:
            field_dict["summary"] = summary
        fields = self.fields
        if "fields" in sent if sent is not None else fields is not None:
            field_dict["fields"] = (
                None if fields is None else [item.to_dict() for item in fields]
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.command_editor_field_change import CommandEditorFieldChange  # noqa: PLC0415

        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = get("message_index")
        if v is None:
            if "message_index" not in src_dict:
                missing += 1
            obj.message_index = None
        else:
            if type(v) is not int:
                raise TypeError(
                    f"message_index: expected an integer, got {type(v).__name__}"
                )
            obj.message_index = v

        v = get("summary")
        if v is None:
            if "summary" not in src_dict:
                missing += 1
            obj.summary = None
        else:
            if type(v) is not str:
                raise TypeError(f"summary: expected a string, got {type(v).__name__}")
            obj.summary = v

        v = get("fields")
        if v is None:
            if "fields" not in src_dict:
                missing += 1
            obj.fields = None
        else:
            if type(v) is not list:
                raise TypeError(f"fields: expected an array, got {type(v).__name__}")
            fields_items: list[CommandEditorFieldChange] = []
            for item in v:
                if type(item) is not dict:
                    raise TypeError(
                        f"fields item: expected an object, got {type(item).__name__}"
                    )
                fields_items.append(CommandEditorFieldChange.from_dict(item))
            obj.fields = fields_items

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        if len(src_dict) + missing > 3:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("CommandEditorDiffEntry", extra)
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
