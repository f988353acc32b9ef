from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.connection_status import ConnectionStatus
from ..models.description_source import DescriptionSource
from ..models.source_type import SourceType
from ..types import UNSET, Unset, is_present, parse_datetime, parse_object

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
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
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

        is_system_sent: bool | Unset = (
            self.is_system
            if is_present(self._present, "is_system", self.is_system)
            and self.is_system is not None
            else UNSET
        )
        is_system = is_system_sent

        is_sync_sent: bool | Unset = (
            self.is_sync
            if is_present(self._present, "is_sync", self.is_sync)
            and self.is_sync is not None
            else UNSET
        )
        is_sync = is_sync_sent

        configuration_sent: IntegrationSourceResponseConfiguration | Unset = (
            self.configuration
            if is_present(self._present, "configuration", self.configuration)
            and self.configuration is not None
            else UNSET
        )
        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(configuration_sent, Unset):
            configuration = configuration_sent

        capabilities_sent: list[str] | Unset = (
            self.capabilities
            if is_present(self._present, "capabilities", self.capabilities)
            and self.capabilities is not None
            else UNSET
        )
        capabilities: list[str] | Unset = UNSET
        if not isinstance(capabilities_sent, Unset):
            capabilities = capabilities_sent

        is_active_sent: bool | Unset = (
            self.is_active
            if is_present(self._present, "is_active", self.is_active)
            and self.is_active is not None
            else UNSET
        )
        is_active = is_active_sent

        connection_status_sent: ConnectionStatus | Unset = (
            self.connection_status
            if is_present(self._present, "connection_status", self.connection_status)
            and self.connection_status is not None
            else UNSET
        )
        connection_status: str | Unset = UNSET
        if not isinstance(connection_status_sent, Unset):
            connection_status = ConnectionStatus(connection_status_sent).value

        last_connection_test_sent: datetime.datetime | None | Unset = (
            self.last_connection_test
            if is_present(
                self._present, "last_connection_test", self.last_connection_test
            )
            else UNSET
        )
        last_connection_test: None | str | Unset
        if isinstance(last_connection_test_sent, Unset):
            last_connection_test = UNSET
        elif isinstance(last_connection_test_sent, datetime.datetime):
            last_connection_test = last_connection_test_sent.isoformat()
        else:
            last_connection_test = last_connection_test_sent

        legacy_data_source_id_sent: None | Unset | UUID = (
            self.legacy_data_source_id
            if is_present(
                self._present, "legacy_data_source_id", self.legacy_data_source_id
            )
            else UNSET
        )
        legacy_data_source_id: None | str | Unset
        if isinstance(legacy_data_source_id_sent, Unset):
            legacy_data_source_id = UNSET
        elif isinstance(legacy_data_source_id_sent, UUID):
            legacy_data_source_id = str(legacy_data_source_id_sent)
        else:
            legacy_data_source_id = legacy_data_source_id_sent

        system_source_id_sent: None | Unset | UUID = (
            self.system_source_id
            if is_present(self._present, "system_source_id", self.system_source_id)
            else UNSET
        )
        system_source_id: None | str | Unset
        if isinstance(system_source_id_sent, Unset):
            system_source_id = UNSET
        elif isinstance(system_source_id_sent, UUID):
            system_source_id = str(system_source_id_sent)
        else:
            system_source_id = system_source_id_sent

        instance_label_sent: None | str | Unset = (
            self.instance_label
            if is_present(self._present, "instance_label", self.instance_label)
            else UNSET
        )
        instance_label: None | str | Unset
        if isinstance(instance_label_sent, Unset):
            instance_label = UNSET
        else:
            instance_label = instance_label_sent

        airbyte_source_id_sent: None | str | Unset = (
            self.airbyte_source_id
            if is_present(self._present, "airbyte_source_id", self.airbyte_source_id)
            else UNSET
        )
        airbyte_source_id: None | str | Unset
        if isinstance(airbyte_source_id_sent, Unset):
            airbyte_source_id = UNSET
        else:
            airbyte_source_id = airbyte_source_id_sent

        airbyte_connection_id_sent: None | str | Unset = (
            self.airbyte_connection_id
            if is_present(
                self._present, "airbyte_connection_id", self.airbyte_connection_id
            )
            else UNSET
        )
        airbyte_connection_id: None | str | Unset
        if isinstance(airbyte_connection_id_sent, Unset):
            airbyte_connection_id = UNSET
        else:
            airbyte_connection_id = airbyte_connection_id_sent

        airbyte_connection_ids_sent: list[str] | None | Unset = (
            self.airbyte_connection_ids
            if is_present(
                self._present, "airbyte_connection_ids", self.airbyte_connection_ids
            )
            else UNSET
        )
        airbyte_connection_ids: list[str] | None | Unset
        if isinstance(airbyte_connection_ids_sent, Unset):
            airbyte_connection_ids = UNSET
        elif isinstance(airbyte_connection_ids_sent, list):
            airbyte_connection_ids = airbyte_connection_ids_sent

        else:
            airbyte_connection_ids = airbyte_connection_ids_sent

        airbyte_destination_id_sent: None | str | Unset = (
            self.airbyte_destination_id
            if is_present(
                self._present, "airbyte_destination_id", self.airbyte_destination_id
            )
            else UNSET
        )
        airbyte_destination_id: None | str | Unset
        if isinstance(airbyte_destination_id_sent, Unset):
            airbyte_destination_id = UNSET
        else:
            airbyte_destination_id = airbyte_destination_id_sent

        last_sync_at_sent: datetime.datetime | None | Unset = (
            self.last_sync_at
            if is_present(self._present, "last_sync_at", self.last_sync_at)
            else UNSET
        )
        last_sync_at: None | str | Unset
        if isinstance(last_sync_at_sent, Unset):
            last_sync_at = UNSET
        elif isinstance(last_sync_at_sent, datetime.datetime):
            last_sync_at = last_sync_at_sent.isoformat()
        else:
            last_sync_at = last_sync_at_sent

        last_sync_status_sent: None | str | Unset = (
            self.last_sync_status
            if is_present(self._present, "last_sync_status", self.last_sync_status)
            else UNSET
        )
        last_sync_status: None | str | Unset
        if isinstance(last_sync_status_sent, Unset):
            last_sync_status = UNSET
        else:
            last_sync_status = last_sync_status_sent

        last_sync_row_count_sent: int | None | Unset = (
            self.last_sync_row_count
            if is_present(
                self._present, "last_sync_row_count", self.last_sync_row_count
            )
            else UNSET
        )
        last_sync_row_count: int | None | Unset
        if isinstance(last_sync_row_count_sent, Unset):
            last_sync_row_count = UNSET
        else:
            last_sync_row_count = last_sync_row_count_sent

        selected_streams_sent: list[str] | None | Unset = (
            self.selected_streams
            if is_present(self._present, "selected_streams", self.selected_streams)
            else UNSET
        )
        selected_streams: list[str] | None | Unset
        if isinstance(selected_streams_sent, Unset):
            selected_streams = UNSET
        elif isinstance(selected_streams_sent, list):
            selected_streams = selected_streams_sent

        else:
            selected_streams = selected_streams_sent

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
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        source_type = SourceType(d.pop("source_type"))

        connector_type = d.pop("connector_type")
        if not isinstance(connector_type, str):
            raise TypeError(
                f"connector_type: expected a string, got {type(connector_type).__name__}"
            )

        organization_id = UUID(d.pop("organization_id"))

        id = UUID(d.pop("id"))

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

        is_system = d.pop("is_system", UNSET)
        if not isinstance(is_system, Unset):
            if not isinstance(is_system, bool):
                raise TypeError(
                    f"is_system: expected a boolean, got {type(is_system).__name__}"
                )

        is_sync = d.pop("is_sync", UNSET)
        if not isinstance(is_sync, Unset):
            if not isinstance(is_sync, bool):
                raise TypeError(
                    f"is_sync: expected a boolean, got {type(is_sync).__name__}"
                )

        _configuration = d.pop("configuration", UNSET)
        configuration: IntegrationSourceResponseConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = parse_object(_configuration)

        capabilities = d.pop("capabilities", UNSET)
        if capabilities is not UNSET:
            if type(capabilities) is not list:
                raise TypeError(
                    f"capabilities: expected an array, got {type(capabilities).__name__}"
                )
            for capabilities_item in capabilities:
                if type(capabilities_item) is not str:
                    raise TypeError(
                        f"capabilities: expected an array of strings, got an item of type {type(capabilities_item).__name__}"
                    )

        is_active = d.pop("is_active", UNSET)
        if not isinstance(is_active, Unset):
            if not isinstance(is_active, bool):
                raise TypeError(
                    f"is_active: expected a boolean, got {type(is_active).__name__}"
                )

        _connection_status = d.pop("connection_status", UNSET)
        connection_status: ConnectionStatus | Unset
        if isinstance(_connection_status, Unset):
            connection_status = UNSET
        else:
            connection_status = ConnectionStatus(_connection_status)

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

        integration_source_response = cls(
            name=name,
            source_type=source_type,
            connector_type=connector_type,
            organization_id=organization_id,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            description_version=description_version,
            description=None if isinstance(description, Unset) else description,
            is_system=None if isinstance(is_system, Unset) else is_system,
            is_sync=None if isinstance(is_sync, Unset) else is_sync,
            configuration=None if isinstance(configuration, Unset) else configuration,
            capabilities=None if isinstance(capabilities, Unset) else capabilities,
            is_active=None if isinstance(is_active, Unset) else is_active,
            connection_status=None
            if isinstance(connection_status, Unset)
            else connection_status,
            last_connection_test=None
            if isinstance(last_connection_test, Unset)
            else last_connection_test,
            legacy_data_source_id=None
            if isinstance(legacy_data_source_id, Unset)
            else legacy_data_source_id,
            system_source_id=None
            if isinstance(system_source_id, Unset)
            else system_source_id,
            instance_label=None
            if isinstance(instance_label, Unset)
            else instance_label,
            airbyte_source_id=None
            if isinstance(airbyte_source_id, Unset)
            else airbyte_source_id,
            airbyte_connection_id=None
            if isinstance(airbyte_connection_id, Unset)
            else airbyte_connection_id,
            airbyte_connection_ids=None
            if isinstance(airbyte_connection_ids, Unset)
            else airbyte_connection_ids,
            airbyte_destination_id=None
            if isinstance(airbyte_destination_id, Unset)
            else airbyte_destination_id,
            last_sync_at=None if isinstance(last_sync_at, Unset) else last_sync_at,
            last_sync_status=None
            if isinstance(last_sync_status, Unset)
            else last_sync_status,
            last_sync_row_count=None
            if isinstance(last_sync_row_count, Unset)
            else last_sync_row_count,
            selected_streams=None
            if isinstance(selected_streams, Unset)
            else selected_streams,
            description_source=None
            if isinstance(description_source, Unset)
            else description_source,
            description_generated_at=None
            if isinstance(description_generated_at, Unset)
            else description_generated_at,
        )
        integration_source_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("IntegrationSourceResponse", d)

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
