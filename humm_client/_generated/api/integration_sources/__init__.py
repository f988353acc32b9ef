"""``humm.integration_sources``: generated from openapi.yaml; do not edit."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cached_property
from typing import Any, cast
from uuid import UUID

from humm_client._resource import AsyncResource, Operation
from humm_client._response import RawResponse
from humm_client._types import NOT_GIVEN, NotGiven, TimeoutTypes

from ...models.connection_status import ConnectionStatus
from ...models.description_source import DescriptionSource
from ...models.http_validation_error import HTTPValidationError
from ...models.integration_source_database_create import IntegrationSourceDatabaseCreate
from ...models.integration_source_database_response import (
    IntegrationSourceDatabaseResponse,
)
from ...models.integration_source_response import IntegrationSourceResponse
from ...models.integration_source_update import IntegrationSourceUpdate
from ...models.integration_source_update_configuration_type_0 import (
    IntegrationSourceUpdateConfigurationType0,
)
from ...types import UNSET, Unset
from . import create_integration_source_database as _create_integration_source_database
from . import update_integration_source as _update_integration_source

__all__ = ["IntegrationSources", "IntegrationSourcesWithRawResponse"]

_UPDATE_INTEGRATION_SOURCE = Operation(
    name="integration_sources.update",
    module=_update_integration_source,
    server="config",
    idempotent=True,
    path_params={
        "source_id": "uuid",
    },
    uuid_query_params=(
        "organization_id",
        "resource_id",
        "integration_source_id",
        "data_source_id",
        "context_source_id",
        "job_id",
    ),
)
_CREATE_INTEGRATION_SOURCE_DATABASE = Operation(
    name="integration_sources.create_database",
    module=_create_integration_source_database,
    server="config",
    idempotent=False,
    path_params={
        "source_id": "uuid",
    },
    uuid_query_params=(
        "organization_id",
        "resource_id",
        "integration_source_id",
        "data_source_id",
        "context_source_id",
        "job_id",
    ),
)


class IntegrationSources(AsyncResource):
    """Operations tagged ``integration_sources`` in the API docs."""

    @cached_property
    def with_raw_response(self) -> IntegrationSourcesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, lazily parsed model)."""
        return IntegrationSourcesWithRawResponse(self._client)

    async def update(
        self,
        source_id: UUID | str,
        *,
        name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        configuration: IntegrationSourceUpdateConfigurationType0 | None | Unset = UNSET,
        capabilities: list[str] | None | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        connection_status: ConnectionStatus | None | Unset = UNSET,
        last_connection_test: datetime.datetime | None | Unset = UNSET,
        legacy_data_source_id: None | Unset | UUID = UNSET,
        system_source_id: None | Unset | UUID = UNSET,
        instance_label: None | str | Unset = UNSET,
        airbyte_source_id: None | str | Unset = UNSET,
        airbyte_connection_id: None | str | Unset = UNSET,
        airbyte_connection_ids: list[str] | None | Unset = UNSET,
        airbyte_destination_id: None | str | Unset = UNSET,
        last_sync_at: datetime.datetime | None | Unset = UNSET,
        last_sync_status: None | str | Unset = UNSET,
        last_sync_row_count: int | None | Unset = UNSET,
        selected_streams: list[str] | None | Unset = UNSET,
        description_source: DescriptionSource | None | Unset = UNSET,
        description_generated_at: datetime.datetime | None | Unset = UNSET,
        description_version: int | None | Unset = UNSET,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> IntegrationSourceResponse:
        """Update Integration Source: ``PUT /api/integration-sources/{source_id}``."""

        result = await self._client._request(
            _UPDATE_INTEGRATION_SOURCE,
            {
                "source_id": source_id,
                "body": IntegrationSourceUpdate(
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
                ),
                "organization_id": organization_id,
                "resource_id": resource_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            raw=False,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast(IntegrationSourceResponse, result)

    async def create_database(
        self,
        source_id: UUID | str,
        *,
        name: str,
        description: None | str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        priority: int | Unset = UNSET,
        description_source: DescriptionSource | None | Unset = UNSET,
        description_generated_at: datetime.datetime | None | Unset = UNSET,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> IntegrationSourceDatabaseResponse:
        """Create Integration Source Database: ``POST /api/integration-sources/{source_id}/databases``."""

        result = await self._client._request(
            _CREATE_INTEGRATION_SOURCE_DATABASE,
            {
                "source_id": source_id,
                "body": IntegrationSourceDatabaseCreate(
                    name=name,
                    description=description,
                    is_active=is_active,
                    priority=priority,
                    description_source=description_source,
                    description_generated_at=description_generated_at,
                ),
                "organization_id": organization_id,
                "resource_id": resource_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            raw=False,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast(IntegrationSourceDatabaseResponse, result)


class IntegrationSourcesWithRawResponse(AsyncResource):
    """``IntegrationSources`` methods that return the raw HTTP response (``RawResponse``)."""

    async def update(
        self,
        source_id: UUID | str,
        *,
        name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        configuration: IntegrationSourceUpdateConfigurationType0 | None | Unset = UNSET,
        capabilities: list[str] | None | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        connection_status: ConnectionStatus | None | Unset = UNSET,
        last_connection_test: datetime.datetime | None | Unset = UNSET,
        legacy_data_source_id: None | Unset | UUID = UNSET,
        system_source_id: None | Unset | UUID = UNSET,
        instance_label: None | str | Unset = UNSET,
        airbyte_source_id: None | str | Unset = UNSET,
        airbyte_connection_id: None | str | Unset = UNSET,
        airbyte_connection_ids: list[str] | None | Unset = UNSET,
        airbyte_destination_id: None | str | Unset = UNSET,
        last_sync_at: datetime.datetime | None | Unset = UNSET,
        last_sync_status: None | str | Unset = UNSET,
        last_sync_row_count: int | None | Unset = UNSET,
        selected_streams: list[str] | None | Unset = UNSET,
        description_source: DescriptionSource | None | Unset = UNSET,
        description_generated_at: datetime.datetime | None | Unset = UNSET,
        description_version: int | None | Unset = UNSET,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[IntegrationSourceResponse]:
        """Update Integration Source: ``PUT /api/integration-sources/{source_id}``."""

        result = await self._client._request(
            _UPDATE_INTEGRATION_SOURCE,
            {
                "source_id": source_id,
                "body": IntegrationSourceUpdate(
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
                ),
                "organization_id": organization_id,
                "resource_id": resource_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            raw=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast(RawResponse[IntegrationSourceResponse], result)

    async def create_database(
        self,
        source_id: UUID | str,
        *,
        name: str,
        description: None | str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        priority: int | Unset = UNSET,
        description_source: DescriptionSource | None | Unset = UNSET,
        description_generated_at: datetime.datetime | None | Unset = UNSET,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[IntegrationSourceDatabaseResponse]:
        """Create Integration Source Database: ``POST /api/integration-sources/{source_id}/databases``."""

        result = await self._client._request(
            _CREATE_INTEGRATION_SOURCE_DATABASE,
            {
                "source_id": source_id,
                "body": IntegrationSourceDatabaseCreate(
                    name=name,
                    description=description,
                    is_active=is_active,
                    priority=priority,
                    description_source=description_source,
                    description_generated_at=description_generated_at,
                ),
                "organization_id": organization_id,
                "resource_id": resource_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            raw=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast(RawResponse[IntegrationSourceDatabaseResponse], result)
