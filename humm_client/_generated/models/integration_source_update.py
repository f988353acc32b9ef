from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
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
        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: None | str | Unset
        if _name is None or _name is UNSET:
            name = _name
        else:
            if not isinstance(_name, str):
                raise TypeError(f"name: expected a string, got {type(_name).__name__}")
            name = _name

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

        _configuration = d.pop("configuration", UNSET)
        configuration: IntegrationSourceUpdateConfigurationType0 | None | Unset
        if _configuration is None or _configuration is UNSET:
            configuration = _configuration
        else:
            if not isinstance(_configuration, dict):
                raise TypeError(
                    "configuration"
                    + ": unexpected type "
                    + type(_configuration).__name__
                )
            configuration_type_0 = parse_object(_configuration)

            configuration = configuration_type_0

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: list[str] | None | Unset
        if _capabilities is None or _capabilities is UNSET:
            capabilities = _capabilities
        else:
            if not isinstance(_capabilities, list):
                raise TypeError(
                    "capabilities" + ": unexpected type " + type(_capabilities).__name__
                )
            capabilities_type_0 = _capabilities
            if type(capabilities_type_0) is not list:
                raise TypeError(
                    f"capabilities: expected an array, got {type(capabilities_type_0).__name__}"
                )
            for capabilities_type_0_item in capabilities_type_0:
                if type(capabilities_type_0_item) is not str:
                    raise TypeError(
                        f"capabilities: expected an array of strings, got an item of type {type(capabilities_type_0_item).__name__}"
                    )

            capabilities = capabilities_type_0

        _is_active = d.pop("is_active", UNSET)
        is_active: bool | None | Unset
        if _is_active is None or _is_active is UNSET:
            is_active = _is_active
        else:
            if not isinstance(_is_active, bool):
                raise TypeError(
                    f"is_active: expected a boolean, got {type(_is_active).__name__}"
                )
            is_active = _is_active

        _connection_status = d.pop("connection_status", UNSET)
        connection_status: ConnectionStatus | None | Unset
        if _connection_status is None or _connection_status is UNSET:
            connection_status = _connection_status
        else:
            if not isinstance(_connection_status, str):
                raise TypeError(
                    "connection_status"
                    + ": unexpected type "
                    + type(_connection_status).__name__
                )
            connection_status_type_0 = ConnectionStatus(_connection_status)

            connection_status = connection_status_type_0

        _last_connection_test = d.pop("last_connection_test", UNSET)
        last_connection_test: datetime.datetime | None | Unset
        if _last_connection_test is None or _last_connection_test is UNSET:
            last_connection_test = _last_connection_test
        else:
            if not isinstance(_last_connection_test, str):
                raise TypeError(
                    "last_connection_test"
                    + ": unexpected type "
                    + type(_last_connection_test).__name__
                )
            last_connection_test_type_0 = parse_datetime(_last_connection_test)

            last_connection_test = last_connection_test_type_0

        _legacy_data_source_id = d.pop("legacy_data_source_id", UNSET)
        legacy_data_source_id: None | Unset | UUID
        if _legacy_data_source_id is None or _legacy_data_source_id is UNSET:
            legacy_data_source_id = _legacy_data_source_id
        else:
            if not isinstance(_legacy_data_source_id, str):
                raise TypeError(
                    "legacy_data_source_id"
                    + ": unexpected type "
                    + type(_legacy_data_source_id).__name__
                )
            legacy_data_source_id_type_0 = UUID(_legacy_data_source_id)

            legacy_data_source_id = legacy_data_source_id_type_0

        _system_source_id = d.pop("system_source_id", UNSET)
        system_source_id: None | Unset | UUID
        if _system_source_id is None or _system_source_id is UNSET:
            system_source_id = _system_source_id
        else:
            if not isinstance(_system_source_id, str):
                raise TypeError(
                    "system_source_id"
                    + ": unexpected type "
                    + type(_system_source_id).__name__
                )
            system_source_id_type_0 = UUID(_system_source_id)

            system_source_id = system_source_id_type_0

        _instance_label = d.pop("instance_label", UNSET)
        instance_label: None | str | Unset
        if _instance_label is None or _instance_label is UNSET:
            instance_label = _instance_label
        else:
            if not isinstance(_instance_label, str):
                raise TypeError(
                    f"instance_label: expected a string, got {type(_instance_label).__name__}"
                )
            instance_label = _instance_label

        _airbyte_source_id = d.pop("airbyte_source_id", UNSET)
        airbyte_source_id: None | str | Unset
        if _airbyte_source_id is None or _airbyte_source_id is UNSET:
            airbyte_source_id = _airbyte_source_id
        else:
            if not isinstance(_airbyte_source_id, str):
                raise TypeError(
                    f"airbyte_source_id: expected a string, got {type(_airbyte_source_id).__name__}"
                )
            airbyte_source_id = _airbyte_source_id

        _airbyte_connection_id = d.pop("airbyte_connection_id", UNSET)
        airbyte_connection_id: None | str | Unset
        if _airbyte_connection_id is None or _airbyte_connection_id is UNSET:
            airbyte_connection_id = _airbyte_connection_id
        else:
            if not isinstance(_airbyte_connection_id, str):
                raise TypeError(
                    f"airbyte_connection_id: expected a string, got {type(_airbyte_connection_id).__name__}"
                )
            airbyte_connection_id = _airbyte_connection_id

        _airbyte_connection_ids = d.pop("airbyte_connection_ids", UNSET)
        airbyte_connection_ids: list[str] | None | Unset
        if _airbyte_connection_ids is None or _airbyte_connection_ids is UNSET:
            airbyte_connection_ids = _airbyte_connection_ids
        else:
            if not isinstance(_airbyte_connection_ids, list):
                raise TypeError(
                    "airbyte_connection_ids"
                    + ": unexpected type "
                    + type(_airbyte_connection_ids).__name__
                )
            airbyte_connection_ids_type_0 = _airbyte_connection_ids
            if type(airbyte_connection_ids_type_0) is not list:
                raise TypeError(
                    f"airbyte_connection_ids: expected an array, got {type(airbyte_connection_ids_type_0).__name__}"
                )
            for airbyte_connection_ids_type_0_item in airbyte_connection_ids_type_0:
                if type(airbyte_connection_ids_type_0_item) is not str:
                    raise TypeError(
                        f"airbyte_connection_ids: expected an array of strings, got an item of type {type(airbyte_connection_ids_type_0_item).__name__}"
                    )

            airbyte_connection_ids = airbyte_connection_ids_type_0

        _airbyte_destination_id = d.pop("airbyte_destination_id", UNSET)
        airbyte_destination_id: None | str | Unset
        if _airbyte_destination_id is None or _airbyte_destination_id is UNSET:
            airbyte_destination_id = _airbyte_destination_id
        else:
            if not isinstance(_airbyte_destination_id, str):
                raise TypeError(
                    f"airbyte_destination_id: expected a string, got {type(_airbyte_destination_id).__name__}"
                )
            airbyte_destination_id = _airbyte_destination_id

        _last_sync_at = d.pop("last_sync_at", UNSET)
        last_sync_at: datetime.datetime | None | Unset
        if _last_sync_at is None or _last_sync_at is UNSET:
            last_sync_at = _last_sync_at
        else:
            if not isinstance(_last_sync_at, str):
                raise TypeError(
                    "last_sync_at" + ": unexpected type " + type(_last_sync_at).__name__
                )
            last_sync_at_type_0 = parse_datetime(_last_sync_at)

            last_sync_at = last_sync_at_type_0

        _last_sync_status = d.pop("last_sync_status", UNSET)
        last_sync_status: None | str | Unset
        if _last_sync_status is None or _last_sync_status is UNSET:
            last_sync_status = _last_sync_status
        else:
            if not isinstance(_last_sync_status, str):
                raise TypeError(
                    f"last_sync_status: expected a string, got {type(_last_sync_status).__name__}"
                )
            last_sync_status = _last_sync_status

        _last_sync_row_count = d.pop("last_sync_row_count", UNSET)
        last_sync_row_count: int | None | Unset
        if _last_sync_row_count is None or _last_sync_row_count is UNSET:
            last_sync_row_count = _last_sync_row_count
        else:
            if not isinstance(_last_sync_row_count, int) or isinstance(
                _last_sync_row_count, bool
            ):
                raise TypeError(
                    f"last_sync_row_count: expected an integer, got {type(_last_sync_row_count).__name__}"
                )
            last_sync_row_count = _last_sync_row_count

        _selected_streams = d.pop("selected_streams", UNSET)
        selected_streams: list[str] | None | Unset
        if _selected_streams is None or _selected_streams is UNSET:
            selected_streams = _selected_streams
        else:
            if not isinstance(_selected_streams, list):
                raise TypeError(
                    "selected_streams"
                    + ": unexpected type "
                    + type(_selected_streams).__name__
                )
            selected_streams_type_0 = _selected_streams
            if type(selected_streams_type_0) is not list:
                raise TypeError(
                    f"selected_streams: expected an array, got {type(selected_streams_type_0).__name__}"
                )
            for selected_streams_type_0_item in selected_streams_type_0:
                if type(selected_streams_type_0_item) is not str:
                    raise TypeError(
                        f"selected_streams: expected an array of strings, got an item of type {type(selected_streams_type_0_item).__name__}"
                    )

            selected_streams = selected_streams_type_0

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

        _description_version = d.pop("description_version", UNSET)
        description_version: int | None | Unset
        if _description_version is None or _description_version is UNSET:
            description_version = _description_version
        else:
            if not isinstance(_description_version, int) or isinstance(
                _description_version, bool
            ):
                raise TypeError(
                    f"description_version: expected an integer, got {type(_description_version).__name__}"
                )
            description_version = _description_version

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
