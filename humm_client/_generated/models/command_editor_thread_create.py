from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandEditorThreadCreate")


@_attrs_define
class CommandEditorThreadCreate:
    """Request payload for creating a command editor workflow thread.

    Attributes:
        title (None | str | Unset):
        message (None | str | Unset):
    """

    title: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _title = d.pop("title", UNSET)
        title: None | str | Unset
        if _title is None or _title is UNSET:
            title = _title
        else:
            if not isinstance(_title, str):
                raise TypeError(
                    f"title: expected a string, got {type(_title).__name__}"
                )
            title = _title

        _message = d.pop("message", UNSET)
        message: None | str | Unset
        if _message is None or _message is UNSET:
            message = _message
        else:
            if not isinstance(_message, str):
                raise TypeError(
                    f"message: expected a string, got {type(_message).__name__}"
                )
            message = _message

        command_editor_thread_create = cls(
            title=title,
            message=message,
        )

        command_editor_thread_create.additional_properties = d
        return command_editor_thread_create

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
