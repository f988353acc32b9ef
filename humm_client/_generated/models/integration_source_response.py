from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.connection_status import ConnectionStatus
from ..models.description_source import DescriptionSource
from ..models.source_type import SourceType
from ..types import (
    fromisoformat,
    parse_moment,
    parse_uuid,
    uuid_text,
)

T = TypeVar("T", bound="IntegrationSourceResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "name",
        "source_type",
        "connector_type",
        "organization_id",
        "id",
        "created_at",
        "updated_at",
        "description_version",
        "description",
        "is_system",
        "is_sync",
        "configuration",
        "capabilities",
        "is_active",
        "connection_status",
        "last_connection_test",
        "legacy_data_source_id",
        "system_source_id",
        "instance_label",
        "airbyte_source_id",
        "airbyte_connection_id",
        "airbyte_connection_ids",
        "airbyte_destination_id",
        "last_sync_at",
        "last_sync_status",
        "last_sync_row_count",
        "selected_streams",
        "description_source",
        "description_generated_at",
    }
)
_ConnectionStatus: dict[str, ConnectionStatus] = {
    member.value: member for member in ConnectionStatus
}
_DescriptionSource: dict[str, DescriptionSource] = {
    member.value: member for member in DescriptionSource
}
_SourceType: dict[str, SourceType] = {member.value: member for member in SourceType}


@_attrs_define
class IntegrationSourceResponse:
    """Response model for integration sources (excludes sensitive data).

    Attributes:
        name (str): Display name for the integration source
        source_type (SourceType): Type of source (database or saas)
        connector_type (str): Specific connector type (e.g., postgresql, mysql, hubspot)
        organization_id (UUID): Organization that owns this integration source
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description_version (int):
        description (None | str): Optional description for the integration source
        is_system (bool | None): Whether this is a system-managed source (e.g., Athena backing store) Default: False.
        is_sync (bool | None): Whether this is an Airbyte-backed sync connector Default: False.
        configuration (dict[str, Any] | None): Non-sensitive configuration data
        capabilities (list[str] | None): List of capabilities supported by this source
        is_active (bool | None): Whether this integration source is active Default: True.
        connection_status (ConnectionStatus | None): Status of the integration source connection. Default:
            ConnectionStatus.UNKNOWN.
        last_connection_test (datetime.datetime | None): Timestamp of last connection test
        legacy_data_source_id (None | UUID): ID of the legacy data source this integration source was migrated from
        system_source_id (None | UUID): ID of the backing system source (e.g., Athena) for introspection routing
        instance_label (None | str): Short label for tool name disambiguation (e.g., 'US', 'CA'). Forced uppercase.
            Required when multiple instances of the same connector type exist.
        airbyte_source_id (None | str): Airbyte Cloud source ID
        airbyte_connection_id (None | str): Airbyte Cloud connection ID
        airbyte_connection_ids (list[str] | None): Airbyte Cloud connection IDs (one per stream group)
        airbyte_destination_id (None | str): Org-specific Airbyte destination ID
        last_sync_at (datetime.datetime | None): Last successful Airbyte sync time
        last_sync_status (None | str): Airbyte sync status: success, failed, running, auth_required, configuring
        last_sync_row_count (int | None): Rows synced in last Airbyte job
        selected_streams (list[str] | None): User-selected stream names to sync. None = sync all (backward compat).
        description_source (DescriptionSource | None): How description was created: 'ai_generated' | 'manual_edit' |
            'imported' | 'information_schema'
        description_generated_at (datetime.datetime | None): When description was last modified
    """

    name: str
    source_type: SourceType
    connector_type: str
    organization_id: UUID
    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description_version: int
    description: None | str = None
    is_system: bool | None = None
    is_sync: bool | None = None
    configuration: dict[str, Any] | None = None
    capabilities: list[str] | None = None
    is_active: bool | None = None
    connection_status: ConnectionStatus | None = None
    last_connection_test: datetime.datetime | None = None
    legacy_data_source_id: None | UUID = None
    system_source_id: None | UUID = None
    instance_label: None | str = None
    airbyte_source_id: None | str = None
    airbyte_connection_id: None | str = None
    airbyte_connection_ids: list[str] | None = None
    airbyte_destination_id: None | str = None
    last_sync_at: datetime.datetime | None = None
    last_sync_status: None | str = None
    last_sync_row_count: int | None = None
    selected_streams: list[str] | None = None
    description_source: DescriptionSource | None = None
    description_generated_at: datetime.datetime | None = None
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    #: The datetimes as parsed (created_at, updated_at, last_connection_test, last_sync_at, description_generated_at), to tell them from ones assigned since.
    _moments: tuple[datetime.datetime | None, ...] = _attrs_field(
        default=(), init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        source_type = self.source_type
        field_dict["source_type"] = (
            source_type._value_
            if type(source_type) is SourceType
            else SourceType(source_type).value
        )
        field_dict["connector_type"] = self.connector_type
        organization_id = self.organization_id
        field_dict["organization_id"] = uuid_text(organization_id)
        id = self.id
        field_dict["id"] = uuid_text(id)
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
        is_system = self.is_system
        if is_system is not None and (sent is None or "is_system" in sent):
            field_dict["is_system"] = is_system
        is_sync = self.is_sync
        if is_sync is not None and (sent is None or "is_sync" in sent):
            field_dict["is_sync"] = is_sync
        configuration = self.configuration
        if configuration is not None and (sent is None or "configuration" in sent):
            field_dict["configuration"] = configuration
        capabilities = self.capabilities
        if capabilities is not None and (sent is None or "capabilities" in sent):
            field_dict["capabilities"] = capabilities
        is_active = self.is_active
        if is_active is not None and (sent is None or "is_active" in sent):
            field_dict["is_active"] = is_active
        connection_status = self.connection_status
        if connection_status is not None and (
            sent is None or "connection_status" in sent
        ):
            field_dict["connection_status"] = (
                connection_status._value_
                if type(connection_status) is ConnectionStatus
                else ConnectionStatus(connection_status).value
            )
        last_connection_test = self.last_connection_test
        if (
            "last_connection_test" in sent
            if sent is not None
            else last_connection_test is not None
        ):
            field_dict["last_connection_test"] = (
                None
                if last_connection_test is None
                else sent["last_connection_test"]
                if sent is not None and last_connection_test is self._moments[2]
                else last_connection_test.isoformat()
            )
        legacy_data_source_id = self.legacy_data_source_id
        if (
            "legacy_data_source_id" in sent
            if sent is not None
            else legacy_data_source_id is not None
        ):
            field_dict["legacy_data_source_id"] = (
                None
                if legacy_data_source_id is None
                else uuid_text(legacy_data_source_id)
            )
        system_source_id = self.system_source_id
        if (
            "system_source_id" in sent
            if sent is not None
            else system_source_id is not None
        ):
            field_dict["system_source_id"] = (
                None if system_source_id is None else uuid_text(system_source_id)
            )
        instance_label = self.instance_label
        if "instance_label" in sent if sent is not None else instance_label is not None:
            field_dict["instance_label"] = instance_label
        airbyte_source_id = self.airbyte_source_id
        if (
            "airbyte_source_id" in sent
            if sent is not None
            else airbyte_source_id is not None
        ):
            field_dict["airbyte_source_id"] = airbyte_source_id
        airbyte_connection_id = self.airbyte_connection_id
        if (
            "airbyte_connection_id" in sent
            if sent is not None
            else airbyte_connection_id is not None
        ):
            field_dict["airbyte_connection_id"] = airbyte_connection_id
        airbyte_connection_ids = self.airbyte_connection_ids
        if (
            "airbyte_connection_ids" in sent
            if sent is not None
            else airbyte_connection_ids is not None
        ):
            field_dict["airbyte_connection_ids"] = airbyte_connection_ids
        airbyte_destination_id = self.airbyte_destination_id
        if (
            "airbyte_destination_id" in sent
            if sent is not None
            else airbyte_destination_id is not None
        ):
            field_dict["airbyte_destination_id"] = airbyte_destination_id
        last_sync_at = self.last_sync_at
        if "last_sync_at" in sent if sent is not None else last_sync_at is not None:
            field_dict["last_sync_at"] = (
                None
                if last_sync_at is None
                else sent["last_sync_at"]
                if sent is not None and last_sync_at is self._moments[3]
                else last_sync_at.isoformat()
            )
        last_sync_status = self.last_sync_status
        if (
            "last_sync_status" in sent
            if sent is not None
            else last_sync_status is not None
        ):
            field_dict["last_sync_status"] = last_sync_status
        last_sync_row_count = self.last_sync_row_count
        if (
            "last_sync_row_count" in sent
            if sent is not None
            else last_sync_row_count is not None
        ):
            field_dict["last_sync_row_count"] = last_sync_row_count
        selected_streams = self.selected_streams
        if (
            "selected_streams" in sent
            if sent is not None
            else selected_streams is not None
        ):
            field_dict["selected_streams"] = selected_streams
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
                if sent is not None and description_generated_at is self._moments[4]
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

        v = src_dict["source_type"]
        obj.source_type = (
            source_type_member
            if (source_type_member := _SourceType.get(v)) is not None
            else SourceType(v)
        )

        v = src_dict["connector_type"]
        if type(v) is not str:
            raise TypeError(
                f"connector_type: expected a string, got {type(v).__name__}"
            )
        obj.connector_type = v

        v = src_dict["organization_id"]
        obj.organization_id = parse_uuid(v)

        v = src_dict["id"]
        obj.id = parse_uuid(v)

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

        v = get("is_system")
        if v is None:
            if "is_system" in src_dict:
                raise TypeError("is_system: null, where the spec allows no null")
            missing += 1
            obj.is_system = None
        else:
            if type(v) is not bool:
                raise TypeError(
                    f"is_system: expected a boolean, got {type(v).__name__}"
                )
            obj.is_system = v

        v = get("is_sync")
        if v is None:
            if "is_sync" in src_dict:
                raise TypeError("is_sync: null, where the spec allows no null")
            missing += 1
            obj.is_sync = None
        else:
            if type(v) is not bool:
                raise TypeError(f"is_sync: expected a boolean, got {type(v).__name__}")
            obj.is_sync = v

        v = get("configuration")
        if v is None:
            if "configuration" in src_dict:
                raise TypeError("configuration: null, where the spec allows no null")
            missing += 1
            obj.configuration = None
        else:
            if type(v) is not dict:
                raise TypeError(
                    f"configuration: expected an object, got {type(v).__name__}"
                )
            obj.configuration = v

        v = get("capabilities")
        if v is None:
            if "capabilities" in src_dict:
                raise TypeError("capabilities: null, where the spec allows no null")
            missing += 1
            obj.capabilities = None
        else:
            if type(v) is not list:
                raise TypeError(
                    f"capabilities: expected an array, got {type(v).__name__}"
                )
            for item in v:
                if type(item) is not str:
                    raise TypeError(
                        f"capabilities item: expected a string, got {type(item).__name__}"
                    )
            obj.capabilities = v

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

        v = get("connection_status")
        if v is None:
            if "connection_status" in src_dict:
                raise TypeError(
                    "connection_status: null, where the spec allows no null"
                )
            missing += 1
            obj.connection_status = None
        else:
            obj.connection_status = (
                connection_status_member
                if (connection_status_member := _ConnectionStatus.get(v)) is not None
                else ConnectionStatus(v)
            )

        last_connection_test: datetime.datetime | None
        v = get("last_connection_test")
        if v is None:
            if "last_connection_test" not in src_dict:
                missing += 1
            obj.last_connection_test = last_connection_test = None
        else:
            try:
                obj.last_connection_test = last_connection_test = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.last_connection_test = last_connection_test = parse_moment(v)

        v = get("legacy_data_source_id")
        if v is None:
            if "legacy_data_source_id" not in src_dict:
                missing += 1
            obj.legacy_data_source_id = None
        else:
            obj.legacy_data_source_id = parse_uuid(v)

        v = get("system_source_id")
        if v is None:
            if "system_source_id" not in src_dict:
                missing += 1
            obj.system_source_id = None
        else:
            obj.system_source_id = parse_uuid(v)

        v = get("instance_label")
        if v is None:
            if "instance_label" not in src_dict:
                missing += 1
            obj.instance_label = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"instance_label: expected a string, got {type(v).__name__}"
                )
            obj.instance_label = v

        v = get("airbyte_source_id")
        if v is None:
            if "airbyte_source_id" not in src_dict:
                missing += 1
            obj.airbyte_source_id = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"airbyte_source_id: expected a string, got {type(v).__name__}"
                )
            obj.airbyte_source_id = v

        v = get("airbyte_connection_id")
        if v is None:
            if "airbyte_connection_id" not in src_dict:
                missing += 1
            obj.airbyte_connection_id = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"airbyte_connection_id: expected a string, got {type(v).__name__}"
                )
            obj.airbyte_connection_id = v

        v = get("airbyte_connection_ids")
        if v is None:
            if "airbyte_connection_ids" not in src_dict:
                missing += 1
            obj.airbyte_connection_ids = None
        else:
            if type(v) is not list:
                raise TypeError(
                    f"airbyte_connection_ids: expected an array, got {type(v).__name__}"
                )
            for item in v:
                if type(item) is not str:
                    raise TypeError(
                        f"airbyte_connection_ids item: expected a string, got {type(item).__name__}"
                    )
            obj.airbyte_connection_ids = v

        v = get("airbyte_destination_id")
        if v is None:
            if "airbyte_destination_id" not in src_dict:
                missing += 1
            obj.airbyte_destination_id = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"airbyte_destination_id: expected a string, got {type(v).__name__}"
                )
            obj.airbyte_destination_id = v

        last_sync_at: datetime.datetime | None
        v = get("last_sync_at")
        if v is None:
            if "last_sync_at" not in src_dict:
                missing += 1
            obj.last_sync_at = last_sync_at = None
        else:
            try:
                obj.last_sync_at = last_sync_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.last_sync_at = last_sync_at = parse_moment(v)

        v = get("last_sync_status")
        if v is None:
            if "last_sync_status" not in src_dict:
                missing += 1
            obj.last_sync_status = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"last_sync_status: expected a string, got {type(v).__name__}"
                )
            obj.last_sync_status = v

        v = get("last_sync_row_count")
        if v is None:
            if "last_sync_row_count" not in src_dict:
                missing += 1
            obj.last_sync_row_count = None
        else:
            if type(v) is not int:
                raise TypeError(
                    f"last_sync_row_count: expected an integer, got {type(v).__name__}"
                )
            obj.last_sync_row_count = v

        v = get("selected_streams")
        if v is None:
            if "selected_streams" not in src_dict:
                missing += 1
            obj.selected_streams = None
        else:
            if type(v) is not list:
                raise TypeError(
                    f"selected_streams: expected an array, got {type(v).__name__}"
                )
            for item in v:
                if type(item) is not str:
                    raise TypeError(
                        f"selected_streams item: expected a string, got {type(item).__name__}"
                    )
            obj.selected_streams = v

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
            last_connection_test,
            last_sync_at,
            description_generated_at,
        )
        if len(src_dict) + missing > 29:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("IntegrationSourceResponse", extra)
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
