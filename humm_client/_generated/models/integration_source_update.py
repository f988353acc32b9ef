from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_status import ConnectionStatus
from ..models.description_source import DescriptionSource
from ..types import UNSET, Unset, parse_datetime, parse_object

if TYPE_CHECKING:
    from ..models.integration_source_update_configuration_type_0 import (
        IntegrationSourceUpdateConfigurationType0,
    )


T = TypeVar("T", bound="IntegrationSourceUpdate")


@_attrs_define
class IntegrationSourceUpdate:
    """Model for updating an integration source.

    Attributes:
        name (None | str | Unset):
        description (None | str | Unset):
        configuration (IntegrationSourceUpdateConfigurationType0 | None | Unset):
        capabilities (list[str] | None | Unset):
        is_active (bool | None | Unset):
        connection_status (ConnectionStatus | None | Unset):
        last_connection_test (datetime.datetime | None | Unset):
        legacy_data_source_id (None | Unset | UUID):
        system_source_id (None | Unset | UUID):
        instance_label (None | str | Unset):
        airbyte_source_id (None | str | Unset):
        airbyte_connection_id (None | str | Unset):
        airbyte_connection_ids (list[str] | None | Unset):
        airbyte_destination_id (None | str | Unset):
        last_sync_at (datetime.datetime | None | Unset):
        last_sync_status (None | str | Unset):
        last_sync_row_count (int | None | Unset):
        selected_streams (list[str] | None | Unset):
        description_source (DescriptionSource | None | Unset):
        description_generated_at (datetime.datetime | None | Unset):
        description_version (int | None | Unset):
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    configuration: IntegrationSourceUpdateConfigurationType0 | None | Unset = UNSET
    capabilities: list[str] | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    connection_status: ConnectionStatus | None | Unset = UNSET
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
    description_version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        configuration: dict[str, Any] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, dict):
            configuration = self.configuration
        else:
            configuration = self.configuration

        capabilities: list[str] | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, list):
            capabilities = self.capabilities

        else:
            capabilities = self.capabilities

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        connection_status: None | str | Unset
        if isinstance(self.connection_status, Unset):
            connection_status = UNSET
        elif isinstance(self.connection_status, ConnectionStatus):
            connection_status = ConnectionStatus(self.connection_status).value
        else:
            connection_status = self.connection_status

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

        description_version: int | None | Unset
        if isinstance(self.description_version, Unset):
            description_version = UNSET
        else:
            description_version = self.description_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
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
        if description_version is not UNSET:
            field_dict["description_version"] = description_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_source_update_configuration_type_0 import (
            IntegrationSourceUpdateConfigurationType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_configuration(
            data: object,
        ) -> IntegrationSourceUpdateConfigurationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_0 = parse_object(data)

                return configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntegrationSourceUpdateConfigurationType0 | None | Unset, data)

        configuration = _parse_configuration(d.pop("configuration", UNSET))

        def _parse_capabilities(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                capabilities_type_0 = cast(list[str], data)

                return capabilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        capabilities = _parse_capabilities(d.pop("capabilities", UNSET))

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        def _parse_connection_status(data: object) -> ConnectionStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                connection_status_type_0 = ConnectionStatus(data)

                return connection_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionStatus | None | Unset, data)

        connection_status = _parse_connection_status(d.pop("connection_status", UNSET))

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

        def _parse_description_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        description_version = _parse_description_version(
            d.pop("description_version", UNSET)
        )

        integration_source_update = cls(
            name=name,
            description=description,
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
            description_version=description_version,
        )

        integration_source_update.additional_properties = d
        return integration_source_update

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
