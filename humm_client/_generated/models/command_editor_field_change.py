from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandEditorFieldChange")


@_attrs_define
class CommandEditorFieldChange:
    """One changed command field (before/after) in a command editor diff.

    Attributes:
        field (None | str | Unset):
        before (None | str | Unset):
        after (None | str | Unset):
    """

    field: None | str | Unset = UNSET
    before: None | str | Unset = UNSET
    after: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        before: None | str | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        else:
            before = self.before

        after: None | str | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        else:
            after = self.after

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
            field=field,
            before=before,
            after=after,
        )

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
