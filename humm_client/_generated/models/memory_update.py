from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemoryUpdate")


@_attrs_define
class MemoryUpdate:
    """Fields to change on a memory; send only the fields you want to change.

    Attributes:
        content (None | str | Unset): Memory content as markdown text that you want Humm to store.
        tags (list[str] | None | Unset):
    """

    content: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        _tags = d.pop("tags", UNSET)
        tags: list[str] | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            if not isinstance(_tags, list):
                raise TypeError("tags" + ": unexpected type " + type(_tags).__name__)
            tags_type_0 = _tags
            if type(tags_type_0) is not list:
                raise TypeError(
                    f"tags: expected an array, got {type(tags_type_0).__name__}"
                )
            for tags_type_0_item in tags_type_0:
                if type(tags_type_0_item) is not str:
                    raise TypeError(
                        f"tags: expected an array of strings, got an item of type {type(tags_type_0_item).__name__}"
                    )

            tags = tags_type_0

        memory_update = cls(
            content=content,
            tags=tags,
        )

        memory_update.additional_properties = d
        return memory_update

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
