from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset, is_present

if TYPE_CHECKING:
    from ..models.command_editor_field_change import CommandEditorFieldChange


T = TypeVar("T", bound="CommandEditorDiffEntry")


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
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_index_sent: int | None | Unset = (
            self.message_index
            if is_present(self._present, "message_index", self.message_index)
            else UNSET
        )
        message_index: int | None | Unset
        if isinstance(message_index_sent, Unset):
            message_index = UNSET
        else:
            message_index = message_index_sent

        summary_sent: None | str | Unset = (
            self.summary
            if is_present(self._present, "summary", self.summary)
            else UNSET
        )
        summary: None | str | Unset
        if isinstance(summary_sent, Unset):
            summary = UNSET
        else:
            summary = summary_sent

        fields_sent: list[CommandEditorFieldChange] | None | Unset = (
            self.fields if is_present(self._present, "fields", self.fields) else UNSET
        )
        fields: list[dict[str, Any]] | None | Unset
        if isinstance(fields_sent, Unset):
            fields = UNSET
        elif isinstance(fields_sent, list):
            fields = []
            for fields_type_0_item_data in fields_sent:
                fields_type_0_item = fields_type_0_item_data.to_dict()
                fields.append(fields_type_0_item)

        else:
            fields = fields_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_index is not UNSET:
            field_dict["message_index"] = message_index
        if summary is not UNSET:
            field_dict["summary"] = summary
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.command_editor_field_change import CommandEditorFieldChange  # noqa: PLC0415

        d = dict(src_dict)
        _message_index = d.pop("message_index", UNSET)
        message_index: int | None | Unset
        if _message_index is None or _message_index is UNSET:
            message_index = _message_index
        else:
            if not isinstance(_message_index, int) or isinstance(_message_index, bool):
                raise TypeError(
                    f"message_index: expected an integer, got {type(_message_index).__name__}"
                )
            message_index = _message_index

        _summary = d.pop("summary", UNSET)
        summary: None | str | Unset
        if _summary is None or _summary is UNSET:
            summary = _summary
        else:
            if not isinstance(_summary, str):
                raise TypeError(
                    f"summary: expected a string, got {type(_summary).__name__}"
                )
            summary = _summary

        _fields = d.pop("fields", UNSET)
        fields: list[CommandEditorFieldChange] | None | Unset
        if _fields is None or _fields is UNSET:
            fields = _fields
        else:
            if not isinstance(_fields, list):
                raise TypeError(
                    "fields" + ": unexpected type " + type(_fields).__name__
                )
            fields_type_0 = []
            _fields_type_0 = _fields
            if type(_fields_type_0) is not list:
                raise TypeError(
                    f"fields: expected an array, got {type(_fields_type_0).__name__}"
                )
            for fields_type_0_item_data in _fields_type_0:
                fields_type_0_item = CommandEditorFieldChange.from_dict(
                    fields_type_0_item_data
                )

                fields_type_0.append(fields_type_0_item)

            fields = fields_type_0

        command_editor_diff_entry = cls(
            message_index=None if isinstance(message_index, Unset) else message_index,
            summary=None if isinstance(summary, Unset) else summary,
            fields=None if isinstance(fields, Unset) else fields,
        )
        command_editor_diff_entry._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("CommandEditorDiffEntry", d)

        command_editor_diff_entry.additional_properties = d
        return command_editor_diff_entry

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
