from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandEditorDraftTurnRequest")


@_attrs_define
class CommandEditorDraftTurnRequest:
    """Request payload for one command editor turn.

    Attributes:
        message (str):
        draft_id (None | str | Unset):
    """

    message: str
    draft_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        draft_id: None | str | Unset
        if isinstance(self.draft_id, Unset):
            draft_id = UNSET
        else:
            draft_id = self.draft_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if draft_id is not UNSET:
            field_dict["draft_id"] = draft_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError(f"message: expected a string, got {type(message).__name__}")

        _draft_id = d.pop("draft_id", UNSET)
        draft_id: None | str | Unset
        if _draft_id is None or _draft_id is UNSET:
            draft_id = _draft_id
        else:
            if not isinstance(_draft_id, str):
                raise TypeError(
                    f"draft_id: expected a string, got {type(_draft_id).__name__}"
                )
            draft_id = _draft_id

        command_editor_draft_turn_request = cls(
            message=message,
            draft_id=draft_id,
        )

        command_editor_draft_turn_request.additional_properties = d
        return command_editor_draft_turn_request

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
