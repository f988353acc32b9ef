from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset, is_present

T = TypeVar("T", bound="CommandEditorFieldChange")


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
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_sent: None | str | Unset = (
            self.field if is_present(self._present, "field", self.field) else UNSET
        )
        field: None | str | Unset
        if isinstance(field_sent, Unset):
            field = UNSET
        else:
            field = field_sent

        before_sent: None | str | Unset = (
            self.before if is_present(self._present, "before", self.before) else UNSET
        )
        before: None | str | Unset
        if isinstance(before_sent, Unset):
            before = UNSET
        else:
            before = before_sent

        after_sent: None | str | Unset = (
            self.after if is_present(self._present, "after", self.after) else UNSET
        )
        after: None | str | Unset
        if isinstance(after_sent, Unset):
            after = UNSET
        else:
            after = after_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = d.pop("field", UNSET)
        field: None | str | Unset
        if _field is None or _field is UNSET:
            field = _field
        else:
            if not isinstance(_field, str):
                raise TypeError(
                    f"field: expected a string, got {type(_field).__name__}"
                )
            field = _field

        _before = d.pop("before", UNSET)
        before: None | str | Unset
        if _before is None or _before is UNSET:
            before = _before
        else:
            if not isinstance(_before, str):
                raise TypeError(
                    f"before: expected a string, got {type(_before).__name__}"
                )
            before = _before

        _after = d.pop("after", UNSET)
        after: None | str | Unset
        if _after is None or _after is UNSET:
            after = _after
        else:
            if not isinstance(_after, str):
                raise TypeError(
                    f"after: expected a string, got {type(_after).__name__}"
                )
            after = _after

        command_editor_field_change = cls(
            field=None if isinstance(field, Unset) else field,
            before=None if isinstance(before, Unset) else before,
            after=None if isinstance(after, Unset) else after,
        )
        command_editor_field_change._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("CommandEditorFieldChange", d)

        command_editor_field_change.additional_properties = d
        return command_editor_field_change

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
