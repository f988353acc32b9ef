from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.description_source import DescriptionSource
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="IntegrationSourceDatabaseCreate")


@_attrs_define
class IntegrationSourceDatabaseCreate:
    """Model for creating a new integration source database.

    Attributes:
        name (str): Database name (e.g., project name for BigQuery)
        description (None | str | Unset): Optional description of the database
        is_active (bool | Unset): Whether this database is active for introspection Default: True.
        priority (int | Unset): Priority for processing (lower numbers processed first) Default: 99.
        description_source (DescriptionSource | None | Unset): How description was created: 'ai_generated' |
            'manual_edit' | 'imported' | 'information_schema'
        description_generated_at (datetime.datetime | None | Unset): When description was last modified
    """

    name: str
    description: None | str | Unset = UNSET
    is_active: bool | Unset = True
    priority: int | Unset = 99
    description_source: DescriptionSource | None | Unset = UNSET
    description_generated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_active = self.is_active

        priority = self.priority

        description_source: None | str | Unset
        if isinstance(self.description_source, Unset):
            description_source = UNSET
        elif isinstance(self.description_source, DescriptionSource):
            description_source = DescriptionSource(self.description_source).value
        else:
            description_source = self.description_source

        description_generated_at: None | str | Unset
        if isinstance(self.description_generated_at, Unset):
            description_generated_at = UNSET
        elif isinstance(self.description_generated_at, datetime.datetime):
            description_generated_at = self.description_generated_at.isoformat()
        else:
            description_generated_at = self.description_generated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if priority is not UNSET:
            field_dict["priority"] = priority
        if description_source is not UNSET:
            field_dict["description_source"] = description_source
        if description_generated_at is not UNSET:
            field_dict["description_generated_at"] = description_generated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        _description = d.pop("description", UNSET)
        description: None | str | Unset
        if _description is None or _description is UNSET:
            description = _description
        else:
            if not isinstance(_description, str):
                raise TypeError(
                    f"description: expected a string, got {type(_description).__name__}"
                )
            description = _description

        is_active = d.pop("is_active", UNSET)
        if not isinstance(is_active, Unset):
            if not isinstance(is_active, bool):
                raise TypeError(
                    f"is_active: expected a boolean, got {type(is_active).__name__}"
                )

        priority = d.pop("priority", UNSET)
        if not isinstance(priority, Unset):
            if not isinstance(priority, int) or isinstance(priority, bool):
                raise TypeError(
                    f"priority: expected an integer, got {type(priority).__name__}"
                )

        _description_source = d.pop("description_source", UNSET)
        description_source: DescriptionSource | None | Unset
        if _description_source is None or _description_source is UNSET:
            description_source = _description_source
        else:
            if not isinstance(_description_source, str):
                raise TypeError(
                    "description_source"
                    + ": unexpected type "
                    + type(_description_source).__name__
                )
            description_source_type_0 = DescriptionSource(_description_source)

            description_source = description_source_type_0

        _description_generated_at = d.pop("description_generated_at", UNSET)
        description_generated_at: datetime.datetime | None | Unset
        if _description_generated_at is None or _description_generated_at is UNSET:
            description_generated_at = _description_generated_at
        else:
            if not isinstance(_description_generated_at, str):
                raise TypeError(
                    "description_generated_at"
                    + ": unexpected type "
                    + type(_description_generated_at).__name__
                )
            description_generated_at_type_0 = parse_datetime(_description_generated_at)

            description_generated_at = description_generated_at_type_0

        integration_source_database_create = cls(
            name=name,
            description=description,
            is_active=is_active,
            priority=priority,
            description_source=description_source,
            description_generated_at=description_generated_at,
        )

        integration_source_database_create.additional_properties = d
        return integration_source_database_create

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
