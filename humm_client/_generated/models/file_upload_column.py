from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUploadColumn")


@_attrs_define
class FileUploadColumn:
    """
    Attributes:
        name (str | Unset):
        dtype (str | Unset):
    """

    name: str | Unset = UNSET
    dtype: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        dtype = self.dtype

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if dtype is not UNSET:
            field_dict["dtype"] = dtype

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, Unset):
            if not isinstance(name, str):
                raise TypeError(f"name: expected a string, got {type(name).__name__}")

        dtype = d.pop("dtype", UNSET)
        if not isinstance(dtype, Unset):
            if not isinstance(dtype, str):
                raise TypeError(f"dtype: expected a string, got {type(dtype).__name__}")

        file_upload_column = cls(
            name=name,
            dtype=dtype,
        )

        file_upload_column.additional_properties = d
        return file_upload_column

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
