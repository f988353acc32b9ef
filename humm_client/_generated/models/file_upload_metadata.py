from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_object

if TYPE_CHECKING:
    from ..models.file_upload_column import FileUploadColumn
    from ..models.file_upload_metadata_preview_rows_item import (
        FileUploadMetadataPreviewRowsItem,
    )


T = TypeVar("T", bound="FileUploadMetadata")


@_attrs_define
class FileUploadMetadata:
    """
    Attributes:
        cache_key (str | Unset):
        filename (str | Unset):
        columns (list[FileUploadColumn] | Unset):
        row_count (int | Unset):
        sheet_name (str | Unset):
        preview_rows (list[FileUploadMetadataPreviewRowsItem] | Unset):
    """

    cache_key: str | Unset = UNSET
    filename: str | Unset = UNSET
    columns: list[FileUploadColumn] | Unset = UNSET
    row_count: int | Unset = UNSET
    sheet_name: str | Unset = UNSET
    preview_rows: list[FileUploadMetadataPreviewRowsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_key = self.cache_key

        filename = self.filename

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        row_count = self.row_count

        sheet_name = self.sheet_name

        preview_rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preview_rows, Unset):
            preview_rows = []
            for preview_rows_item_data in self.preview_rows:
                preview_rows_item = preview_rows_item_data
                preview_rows.append(preview_rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cache_key is not UNSET:
            field_dict["cache_key"] = cache_key
        if filename is not UNSET:
            field_dict["filename"] = filename
        if columns is not UNSET:
            field_dict["columns"] = columns
        if row_count is not UNSET:
            field_dict["row_count"] = row_count
        if sheet_name is not UNSET:
            field_dict["sheet_name"] = sheet_name
        if preview_rows is not UNSET:
            field_dict["preview_rows"] = preview_rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_upload_column import FileUploadColumn  # noqa: PLC0415

        d = dict(src_dict)
        cache_key = d.pop("cache_key", UNSET)
        if not isinstance(cache_key, Unset):
            if not isinstance(cache_key, str):
                raise TypeError(
                    f"cache_key: expected a string, got {type(cache_key).__name__}"
                )

        filename = d.pop("filename", UNSET)
        if not isinstance(filename, Unset):
            if not isinstance(filename, str):
                raise TypeError(
                    f"filename: expected a string, got {type(filename).__name__}"
                )

        _columns = d.pop("columns", UNSET)
        columns: list[FileUploadColumn] | Unset = UNSET
        if _columns is not UNSET:
            if type(_columns) is not list:
                raise TypeError(
                    f"columns: expected an array, got {type(_columns).__name__}"
                )
            columns = []
            for columns_item_data in _columns:
                columns_item = FileUploadColumn.from_dict(columns_item_data)

                columns.append(columns_item)

        row_count = d.pop("row_count", UNSET)
        if not isinstance(row_count, Unset):
            if not isinstance(row_count, int) or isinstance(row_count, bool):
                raise TypeError(
                    f"row_count: expected an integer, got {type(row_count).__name__}"
                )

        sheet_name = d.pop("sheet_name", UNSET)
        if not isinstance(sheet_name, Unset):
            if not isinstance(sheet_name, str):
                raise TypeError(
                    f"sheet_name: expected a string, got {type(sheet_name).__name__}"
                )

        _preview_rows = d.pop("preview_rows", UNSET)
        preview_rows: list[FileUploadMetadataPreviewRowsItem] | Unset = UNSET
        if _preview_rows is not UNSET:
            if type(_preview_rows) is not list:
                raise TypeError(
                    f"preview_rows: expected an array, got {type(_preview_rows).__name__}"
                )
            preview_rows = []
            for preview_rows_item_data in _preview_rows:
                preview_rows_item = parse_object(preview_rows_item_data)

                preview_rows.append(preview_rows_item)

        file_upload_metadata = cls(
            cache_key=cache_key,
            filename=filename,
            columns=columns,
            row_count=row_count,
            sheet_name=sheet_name,
            preview_rows=preview_rows,
        )

        file_upload_metadata.additional_properties = d
        return file_upload_metadata

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
