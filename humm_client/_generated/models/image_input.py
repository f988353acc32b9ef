from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageInput")


@_attrs_define
class ImageInput:
    """
    Attributes:
        data_url (str | Unset):
        mime_type (str | Unset):
        detail (str | Unset):
    """

    data_url: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_url = self.data_url

        mime_type = self.mime_type

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_url is not UNSET:
            field_dict["data_url"] = data_url
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_url = d.pop("data_url", UNSET)
        if not isinstance(data_url, Unset):
            if not isinstance(data_url, str):
                raise TypeError(
                    f"data_url: expected a string, got {type(data_url).__name__}"
                )

        mime_type = d.pop("mime_type", UNSET)
        if not isinstance(mime_type, Unset):
            if not isinstance(mime_type, str):
                raise TypeError(
                    f"mime_type: expected a string, got {type(mime_type).__name__}"
                )

        detail = d.pop("detail", UNSET)
        if not isinstance(detail, Unset):
            if not isinstance(detail, str):
                raise TypeError(
                    f"detail: expected a string, got {type(detail).__name__}"
                )

        image_input = cls(
            data_url=data_url,
            mime_type=mime_type,
            detail=detail,
        )

        image_input.additional_properties = d
        return image_input

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
