from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.description_source import DescriptionSource
from ..types import (
    fromisoformat,
    parse_moment,
    parse_uuid,
    uuid_text,
)

T = TypeVar("T", bound="IntegrationSourceDatabaseResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "name",
        "id",
        "integration_source_id",
        "created_at",
        "updated_at",
        "description_version",
        "description",
        "is_active",
        "priority",
        "description_source",
        "description_generated_at",
    }
)
_DescriptionSource: dict[str, DescriptionSource] = {
    member.value: member for member in DescriptionSource
}


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
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    #: The datetimes as parsed (created_at, updated_at, description_generated_at), to tell them from ones assigned since.
    _moments: tuple[datetime.datetime | None, ...] = _attrs_field(
        default=(), init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        id = self.id
        field_dict["id"] = uuid_text(id)
        integration_source_id = self.integration_source_id
        field_dict["integration_source_id"] = uuid_text(integration_source_id)
        created_at = self.created_at
        field_dict["created_at"] = (
            sent["created_at"]
            if sent is not None and created_at is self._moments[0]
            else created_at.isoformat()
        )
        updated_at = self.updated_at
        field_dict["updated_at"] = (
            sent["updated_at"]
            if sent is not None and updated_at is self._moments[1]
            else updated_at.isoformat()
        )
        field_dict["description_version"] = self.description_version
        description = self.description
        if "description" in sent if sent is not None else description is not None:
            field_dict["description"] = description
        is_active = self.is_active
        if is_active is not None and (sent is None or "is_active" in sent):
            field_dict["is_active"] = is_active
        priority = self.priority
        if priority is not None and (sent is None or "priority" in sent):
            field_dict["priority"] = priority
        description_source = self.description_source
        if (
            "description_source" in sent
            if sent is not None
            else description_source is not None
        ):
            field_dict["description_source"] = (
                None
                if description_source is None
                else description_source._value_
                if type(description_source) is DescriptionSource
                else DescriptionSource(description_source).value
            )
        description_generated_at = self.description_generated_at
        if (
            "description_generated_at" in sent
            if sent is not None
            else description_generated_at is not None
        ):
            field_dict["description_generated_at"] = (
                None
                if description_generated_at is None
                else sent["description_generated_at"]
                if sent is not None and description_generated_at is self._moments[2]
                else description_generated_at.isoformat()
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = src_dict["name"]
        if type(v) is not str:
            raise TypeError(f"name: expected a string, got {type(v).__name__}")
        obj.name = v

        v = src_dict["id"]
        obj.id = parse_uuid(v)

        v = src_dict["integration_source_id"]
        obj.integration_source_id = parse_uuid(v)

        v = src_dict["created_at"]
        try:
            obj.created_at = created_at = fromisoformat(v)
        except ValueError:  # a rarer ISO form
            obj.created_at = created_at = parse_moment(v)

        v = src_dict["updated_at"]
        try:
            obj.updated_at = updated_at = fromisoformat(v)
        except ValueError:  # a rarer ISO form
            obj.updated_at = updated_at = parse_moment(v)

        v = src_dict["description_version"]
        if type(v) is not int:
            raise TypeError(
                f"description_version: expected an integer, got {type(v).__name__}"
            )
        obj.description_version = v

        v = get("description")
        if v is None:
            if "description" not in src_dict:
                missing += 1
            obj.description = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"description: expected a string, got {type(v).__name__}"
                )
            obj.description = v

        v = get("is_active")
        if v is None:
            if "is_active" in src_dict:
                raise TypeError("is_active: null, where the spec allows no null")
            missing += 1
            obj.is_active = None
        else:
            if type(v) is not bool:
                raise TypeError(
                    f"is_active: expected a boolean, got {type(v).__name__}"
                )
            obj.is_active = v

        v = get("priority")
        if v is None:
            if "priority" in src_dict:
                raise TypeError("priority: null, where the spec allows no null")
            missing += 1
            obj.priority = None
        else:
            if type(v) is not int:
                raise TypeError(
                    f"priority: expected an integer, got {type(v).__name__}"
                )
            obj.priority = v

        v = get("description_source")
        if v is None:
            if "description_source" not in src_dict:
                missing += 1
            obj.description_source = None
        else:
            obj.description_source = (
                description_source_member
                if (description_source_member := _DescriptionSource.get(v)) is not None
                else DescriptionSource(v)
            )

        description_generated_at: datetime.datetime | None
        v = get("description_generated_at")
        if v is None:
            if "description_generated_at" not in src_dict:
                missing += 1
            obj.description_generated_at = description_generated_at = None
        else:
            try:
                obj.description_generated_at = description_generated_at = fromisoformat(
                    v
                )
            except ValueError:  # a rarer ISO form
                obj.description_generated_at = description_generated_at = parse_moment(
                    v
                )

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        obj._moments = (
            created_at,
            updated_at,
            description_generated_at,
        )
        if len(src_dict) + missing > 11:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("IntegrationSourceDatabaseResponse", extra)
            obj.additional_properties = extra
        else:
            obj.additional_properties = {}
        return obj

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
