from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.description_source import DescriptionSource
from ..types import UNSET, Unset, is_present, parse_datetime

T = TypeVar("T", bound="IntegrationSourceDatabaseResponse")


@_attrs_define
class IntegrationSourceDatabaseResponse:
    """Response model for integration source databases.

    Attributes:
        name (str): Database name (e.g., project name for BigQuery)
        id (UUID):
        integration_source_id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description_version (int):
        description (None | str): Optional description of the database
        is_active (bool | None): Whether this database is active for introspection Default: True.
        priority (int | None): Priority for processing (lower numbers processed first) Default: 99.
        description_source (DescriptionSource | None): How description was created: 'ai_generated' | 'manual_edit' |
            'imported' | 'information_schema'
        description_generated_at (datetime.datetime | None): When description was last modified
    """

    name: str
    id: UUID
    integration_source_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description_version: int
    description: None | str = None
    is_active: bool | None = None
    priority: int | None = None
    description_source: DescriptionSource | None = None
    description_generated_at: datetime.datetime | None = None
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = str(self.id)

        integration_source_id = str(self.integration_source_id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description_version = self.description_version

        description_sent: None | str | Unset = (
            self.description
            if is_present(self._present, "description", self.description)
            else UNSET
        )
        description: None | str | Unset
        if isinstance(description_sent, Unset):
            description = UNSET
        else:
            description = description_sent

        is_active_sent: bool | Unset = (
            self.is_active
            if is_present(self._present, "is_active", self.is_active)
            and self.is_active is not None
            else UNSET
        )
        is_active = is_active_sent

        priority_sent: int | Unset = (
            self.priority
            if is_present(self._present, "priority", self.priority)
            and self.priority is not None
            else UNSET
        )
        priority = priority_sent

        description_source_sent: DescriptionSource | None | Unset = (
            self.description_source
            if is_present(self._present, "description_source", self.description_source)
            else UNSET
        )
        description_source: None | str | Unset
        if isinstance(description_source_sent, Unset):
            description_source = UNSET
        elif isinstance(description_source_sent, DescriptionSource):
            description_source = DescriptionSource(description_source_sent).value
        else:
            description_source = description_source_sent

        description_generated_at_sent: datetime.datetime | None | Unset = (
            self.description_generated_at
            if is_present(
                self._present, "description_generated_at", self.description_generated_at
            )
            else UNSET
        )
        description_generated_at: None | str | Unset
        if isinstance(description_generated_at_sent, Unset):
            description_generated_at = UNSET
        elif isinstance(description_generated_at_sent, datetime.datetime):
            description_generated_at = description_generated_at_sent.isoformat()
        else:
            description_generated_at = description_generated_at_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "integration_source_id": integration_source_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "description_version": description_version,
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

        id = UUID(d.pop("id"))

        integration_source_id = UUID(d.pop("integration_source_id"))

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        description_version = d.pop("description_version")
        if not isinstance(description_version, int) or isinstance(
            description_version, bool
        ):
            raise TypeError(
                f"description_version: expected an integer, got {type(description_version).__name__}"
            )

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

        integration_source_database_response = cls(
            name=name,
            id=id,
            integration_source_id=integration_source_id,
            created_at=created_at,
            updated_at=updated_at,
            description_version=description_version,
            description=None if isinstance(description, Unset) else description,
            is_active=None if isinstance(is_active, Unset) else is_active,
            priority=None if isinstance(priority, Unset) else priority,
            description_source=None
            if isinstance(description_source, Unset)
            else description_source,
            description_generated_at=None
            if isinstance(description_generated_at, Unset)
            else description_generated_at,
        )
        integration_source_database_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("IntegrationSourceDatabaseResponse", d)

        integration_source_database_response.additional_properties = d
        return integration_source_database_response

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
