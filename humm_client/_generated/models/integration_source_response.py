from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_status import ConnectionStatus
from ..models.description_source import DescriptionSource
from ..models.source_type import SourceType
from ..types import UNSET, Unset, parse_datetime, parse_object

if TYPE_CHECKING:
    from ..models.integration_source_response_configuration import (
        IntegrationSourceResponseConfiguration,
    )


T = TypeVar("T", bound="IntegrationSourceResponse")


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
        description (None | str | Unset): Optional description for the integration source
        is_system (bool | Unset): Whether this is a system-managed source (e.g., Athena backing store) Default: False.
        is_sync (bool | Unset): Whether this is an Airbyte-backed sync connector Default: False.
        configuration (IntegrationSourceResponseConfiguration | Unset): Non-sensitive configuration data
        capabilities (list[str] | Unset): List of capabilities supported by this source
        is_active (bool | Unset): Whether this integration source is active Default: True.
        connection_status (ConnectionStatus | Unset): Status of the integration source connection. Default:
            ConnectionStatus.UNKNOWN.
        last_connection_test (datetime.datetime | None | Unset): Timestamp of last connection test
        legacy_data_source_id (None | Unset | UUID): ID of the legacy data source this integration source was migrated
            from
        system_source_id (None | Unset | UUID): ID of the backing system source (e.g., Athena) for introspection routing
        instance_label (None | str | Unset): Short label for tool name disambiguation (e.g., 'US', 'CA'). Forced
            uppercase. Required when multiple instances of the same connector type exist.
        airbyte_source_id (None | str | Unset): Airbyte Cloud source ID
        airbyte_connection_id (None | str | Unset): Airbyte Cloud connection ID
        airbyte_connection_ids (list[str] | None | Unset): Airbyte Cloud connection IDs (one per stream group)
        airbyte_destination_id (None | str | Unset): Org-specific Airbyte destination ID
        last_sync_at (datetime.datetime | None | Unset): Last successful Airbyte sync time
        last_sync_status (None | str | Unset): Airbyte sync status: success, failed, running, auth_required, configuring
        last_sync_row_count (int | None | Unset): Rows synced in last Airbyte job
        selected_streams (list[str] | None | Unset): User-selected stream names to sync. None = sync all (backward
            compat).
        description_source (DescriptionSource | None | Unset): How description was created: 'ai_generated' |
            'manual_edit' | 'imported' | 'information_schema'
        description_generated_at (datetime.datetime | None | Unset): When description was last modified
    """

    name: str
    source_type: SourceType
    connector_type: str
    organization_id: UUID
    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description_version: int
    description: None | str | Unset = UNSET
    is_system: bool | Unset = False
    is_sync: bool | Unset = False
    configuration: IntegrationSourceResponseConfiguration | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    is_active: bool | Unset = True
    connection_status: ConnectionStatus | Unset = ConnectionStatus.UNKNOWN
    last_connection_test: datetime.datetime | None | Unset = UNSET
    legacy_data_source_id: None | Unset | UUID = UNSET
    system_source_id: None | Unset | UUID = UNSET
    instance_label: None | str | Unset = UNSET
    airbyte_source_id: None | str | Unset = UNSET
    airbyte_connection_id: None | str | Unset = UNSET
    airbyte_connection_ids: list[str] | None | Unset = UNSET
    airbyte_destination_id: None | str | Unset = UNSET
    last_sync_at: datetime.datetime | None | Unset = UNSET
    last_sync_status: None | str | Unset = UNSET
    last_sync_row_count: int | None | Unset = UNSET
    selected_streams: list[str] | None | Unset = UNSET
    description_source: DescriptionSource | None | Unset = UNSET
    description_generated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source_type = SourceType(self.source_type).value

        connector_type = self.connector_type

        organization_id = str(self.organization_id)

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description_version = self.description_version

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_system = self.is_system

        is_sync = self.is_sync

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        is_active = self.is_active

        connection_status: str | Unset = UNSET
        if not isinstance(self.connection_status, Unset):
            connection_status = ConnectionStatus(self.connection_status).value

        last_connection_test: None | str | Unset
        if isinstance(self.last_connection_test, Unset):
            last_connection_test = UNSET
        elif isinstance(self.last_connection_test, datetime.datetime):
            last_connection_test = self.last_connection_test.isoformat()
        else:
            last_connection_test = self.last_connection_test

        legacy_data_source_id: None | str | Unset
        if isinstance(self.legacy_data_source_id, Unset):
            legacy_data_source_id = UNSET
        elif isinstance(self.legacy_data_source_id, UUID):
            legacy_data_source_id = str(self.legacy_data_source_id)
        else:
            legacy_data_source_id = self.legacy_data_source_id

        system_source_id: None | str | Unset
        if isinstance(self.system_source_id, Unset):
            system_source_id = UNSET
        elif isinstance(self.system_source_id, UUID):
            system_source_id = str(self.system_source_id)
        else:
            system_source_id = self.system_source_id

        instance_label: None | str | Unset
        if isinstance(self.instance_label, Unset):
            instance_label = UNSET
        else:
            instance_label = self.instance_label

        airbyte_source_id: None | str | Unset
        if isinstance(self.airbyte_source_id, Unset):
            airbyte_source_id = UNSET
        else:
            airbyte_source_id = self.airbyte_source_id

        airbyte_connection_id: None | str | Unset
        if isinstance(self.airbyte_connection_id, Unset):
            airbyte_connection_id = UNSET
        else:
            airbyte_connection_id = self.airbyte_connection_id

        airbyte_connection_ids: list[str] | None | Unset
        if isinstance(self.airbyte_connection_ids, Unset):
            airbyte_connection_ids = UNSET
        elif isinstance(self.airbyte_connection_ids, list):
            airbyte_connection_ids = self.airbyte_connection_ids

        else:
            airbyte_connection_ids = self.airbyte_connection_ids

        airbyte_destination_id: None | str | Unset
        if isinstance(self.airbyte_destination_id, Unset):
            airbyte_destination_id = UNSET
        else:
            airbyte_destination_id = self.airbyte_destination_id

        last_sync_at: None | str | Unset
        if isinstance(self.last_sync_at, Unset):
            last_sync_at = UNSET
        elif isinstance(self.last_sync_at, datetime.datetime):
            last_sync_at = self.last_sync_at.isoformat()
        else:
            last_sync_at = self.last_sync_at

        last_sync_status: None | str | Unset
        if isinstance(self.last_sync_status, Unset):
            last_sync_status = UNSET
        else:
            last_sync_status = self.last_sync_status

        last_sync_row_count: int | None | Unset
        if isinstance(self.last_sync_row_count, Unset):
            last_sync_row_count = UNSET
        else:
            last_sync_row_count = self.last_sync_row_count

        selected_streams: list[str] | None | Unset
        if isinstance(self.selected_streams, Unset):
            selected_streams = UNSET
        elif isinstance(self.selected_streams, list):
            selected_streams = self.selected_streams

        else:
            selected_streams = self.selected_streams

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
                "source_type": source_type,
                "connector_type": connector_type,
                "organization_id": organization_id,
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "description_version": description_version,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_system is not UNSET:
            field_dict["is_system"] = is_system
        if is_sync is not UNSET:
            field_dict["is_sync"] = is_sync
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if connection_status is not UNSET:
            field_dict["connection_status"] = connection_status
        if last_connection_test is not UNSET:
            field_dict["last_connection_test"] = last_connection_test
        if legacy_data_source_id is not UNSET:
            field_dict["legacy_data_source_id"] = legacy_data_source_id
        if system_source_id is not UNSET:
            field_dict["system_source_id"] = system_source_id
        if instance_label is not UNSET:
            field_dict["instance_label"] = instance_label
        if airbyte_source_id is not UNSET:
            field_dict["airbyte_source_id"] = airbyte_source_id
        if airbyte_connection_id is not UNSET:
            field_dict["airbyte_connection_id"] = airbyte_connection_id
        if airbyte_connection_ids is not UNSET:
            field_dict["airbyte_connection_ids"] = airbyte_connection_ids
        if airbyte_destination_id is not UNSET:
            field_dict["airbyte_destination_id"] = airbyte_destination_id
        if last_sync_at is not UNSET:
            field_dict["last_sync_at"] = last_sync_at
        if last_sync_status is not UNSET:
            field_dict["last_sync_status"] = last_sync_status
        if last_sync_row_count is not UNSET:
            field_dict["last_sync_row_count"] = last_sync_row_count
        if selected_streams is not UNSET:
            field_dict["selected_streams"] = selected_streams
        if description_source is not UNSET:
            field_dict["description_source"] = description_source
        if description_generated_at is not UNSET:
            field_dict["description_generated_at"] = description_generated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        source_type = SourceType(d.pop("source_type"))

        connector_type = d.pop("connector_type")

        organization_id = UUID(d.pop("organization_id"))

        id = UUID(d.pop("id"))

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        description_version = d.pop("description_version")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        is_system = d.pop("is_system", UNSET)

        is_sync = d.pop("is_sync", UNSET)

        _configuration = d.pop("configuration", UNSET)
        configuration: IntegrationSourceResponseConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = parse_object(_configuration)

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        is_active = d.pop("is_active", UNSET)

        _connection_status = d.pop("connection_status", UNSET)
        connection_status: ConnectionStatus | Unset
        if isinstance(_connection_status, Unset):
            connection_status = UNSET
        else:
            connection_status = ConnectionStatus(_connection_status)

        def _parse_last_connection_test(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_connection_test_type_0 = parse_datetime(data)

                return last_connection_test_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_connection_test = _parse_last_connection_test(
            d.pop("last_connection_test", UNSET)
        )

        def _parse_legacy_data_source_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                legacy_data_source_id_type_0 = UUID(data)

                return legacy_data_source_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        legacy_data_source_id = _parse_legacy_data_source_id(
            d.pop("legacy_data_source_id", UNSET)
        )

        def _parse_system_source_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                system_source_id_type_0 = UUID(data)

                return system_source_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        system_source_id = _parse_system_source_id(d.pop("system_source_id", UNSET))

        def _parse_instance_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance_label = _parse_instance_label(d.pop("instance_label", UNSET))

        def _parse_airbyte_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        airbyte_source_id = _parse_airbyte_source_id(d.pop("airbyte_source_id", UNSET))

        def _parse_airbyte_connection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        airbyte_connection_id = _parse_airbyte_connection_id(
            d.pop("airbyte_connection_id", UNSET)
        )

        def _parse_airbyte_connection_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                airbyte_connection_ids_type_0 = cast(list[str], data)

                return airbyte_connection_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        airbyte_connection_ids = _parse_airbyte_connection_ids(
            d.pop("airbyte_connection_ids", UNSET)
        )

        def _parse_airbyte_destination_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        airbyte_destination_id = _parse_airbyte_destination_id(
            d.pop("airbyte_destination_id", UNSET)
        )

        def _parse_last_sync_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_sync_at_type_0 = parse_datetime(data)

                return last_sync_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_sync_at = _parse_last_sync_at(d.pop("last_sync_at", UNSET))

        def _parse_last_sync_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_sync_status = _parse_last_sync_status(d.pop("last_sync_status", UNSET))

        def _parse_last_sync_row_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_sync_row_count = _parse_last_sync_row_count(
            d.pop("last_sync_row_count", UNSET)
        )

        def _parse_selected_streams(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                selected_streams_type_0 = cast(list[str], data)

                return selected_streams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        selected_streams = _parse_selected_streams(d.pop("selected_streams", UNSET))

        def _parse_description_source(data: object) -> DescriptionSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                description_source_type_0 = DescriptionSource(data)

                return description_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DescriptionSource | None | Unset, data)

        description_source = _parse_description_source(
            d.pop("description_source", UNSET)
        )

        def _parse_description_generated_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                description_generated_at_type_0 = parse_datetime(data)

                return description_generated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        description_generated_at = _parse_description_generated_at(
            d.pop("description_generated_at", UNSET)
        )

        integration_source_response = cls(
            name=name,
            source_type=source_type,
            connector_type=connector_type,
            organization_id=organization_id,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            description_version=description_version,
            description=description,
            is_system=is_system,
            is_sync=is_sync,
            configuration=configuration,
            capabilities=capabilities,
            is_active=is_active,
            connection_status=connection_status,
            last_connection_test=last_connection_test,
            legacy_data_source_id=legacy_data_source_id,
            system_source_id=system_source_id,
            instance_label=instance_label,
            airbyte_source_id=airbyte_source_id,
            airbyte_connection_id=airbyte_connection_id,
            airbyte_connection_ids=airbyte_connection_ids,
            airbyte_destination_id=airbyte_destination_id,
            last_sync_at=last_sync_at,
            last_sync_status=last_sync_status,
            last_sync_row_count=last_sync_row_count,
            selected_streams=selected_streams,
            description_source=description_source,
            description_generated_at=description_generated_at,
        )

        integration_source_response.additional_properties = d
        return integration_source_response

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
