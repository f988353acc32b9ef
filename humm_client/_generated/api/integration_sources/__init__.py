"""``humm.integration_sources``: generated from openapi.yaml; do not edit."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Unpack, cast
from uuid import UUID

from humm_client._options import RequestOptions
from humm_client._pagination import AsyncPaginator
from humm_client._resource import AsyncResource, LazyModule, json_or_content
from humm_client._response import (
    paginator_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from humm_client._validation import as_enum, as_uuid

from ...types import UNSET, File, Unset

# Each operation's endpoint module, and with it the operation's models (attrs classes, built
# when imported), loads on the operation's first call, not with the namespace: the annotations
# need only the names, and a method reads what it runs (``OPERATION``, the body model, enums)
# from its endpoint module.
if TYPE_CHECKING:
    from ...models.connection_status import ConnectionStatus
    from ...models.description_source import DescriptionSource
    from ...models.http_validation_error import HTTPValidationError
    from ...models.integration_source_column_response import (
        IntegrationSourceColumnResponse,
    )
    from ...models.integration_source_database_create import (
        IntegrationSourceDatabaseCreate,
    )
    from ...models.integration_source_database_response import (
        IntegrationSourceDatabaseResponse,
    )
    from ...models.integration_source_relationship_bulk_status_update import (
        IntegrationSourceRelationshipBulkStatusUpdate,
    )
    from ...models.integration_source_relationship_response import (
        IntegrationSourceRelationshipResponse,
    )
    from ...models.integration_source_relationship_update import (
        IntegrationSourceRelationshipUpdate,
    )
    from ...models.integration_source_response import IntegrationSourceResponse
    from ...models.integration_source_update import IntegrationSourceUpdate
    from ...models.relationship_status import RelationshipStatus
    from ...models.relationship_type import RelationshipType
    from ...models.saas_association_bulk_status_update import (
        SaasAssociationBulkStatusUpdate,
    )
    from ...models.saas_association_response import SaasAssociationResponse
    from ...models.saas_association_update import SaasAssociationUpdate
    from ...models.saas_field_response import SaasFieldResponse
    from ...models.saas_field_update import SaasFieldUpdate
    from ...models.saas_object_response import SaasObjectResponse
    from . import (
        bulk_update_integration_source_relationship_status as _bulk_update_integration_source_relationship_status,
    )
    from . import (
        bulk_update_saas_association_status as _bulk_update_saas_association_status,
    )
    from . import (
        create_integration_source_database as _create_integration_source_database,
    )
    from . import get_saas_object as _get_saas_object
    from . import list_integration_source_columns as _list_integration_source_columns
    from . import (
        list_integration_source_relationships as _list_integration_source_relationships,
    )
    from . import list_saas_associations as _list_saas_associations
    from . import list_saas_fields as _list_saas_fields
    from . import list_saas_objects as _list_saas_objects
    from . import update_integration_source as _update_integration_source
    from . import (
        update_integration_source_relationship as _update_integration_source_relationship,
    )
    from . import update_saas_association as _update_saas_association
    from . import update_saas_field as _update_saas_field
else:
    _update_integration_source = LazyModule(globals(), "update_integration_source")
    _create_integration_source_database = LazyModule(
        globals(), "create_integration_source_database"
    )
    _bulk_update_integration_source_relationship_status = LazyModule(
        globals(), "bulk_update_integration_source_relationship_status"
    )
    _update_integration_source_relationship = LazyModule(
        globals(), "update_integration_source_relationship"
    )
    _list_integration_source_relationships = LazyModule(
        globals(), "list_integration_source_relationships"
    )
    _list_integration_source_columns = LazyModule(
        globals(), "list_integration_source_columns"
    )
    _list_saas_associations = LazyModule(globals(), "list_saas_associations")
    _bulk_update_saas_association_status = LazyModule(
        globals(), "bulk_update_saas_association_status"
    )
    _update_saas_association = LazyModule(globals(), "update_saas_association")
    _list_saas_objects = LazyModule(globals(), "list_saas_objects")
    _get_saas_object = LazyModule(globals(), "get_saas_object")
    _list_saas_fields = LazyModule(globals(), "list_saas_fields")
    _update_saas_field = LazyModule(globals(), "update_saas_field")

__all__ = ["IntegrationSources", "IntegrationSourcesWithRawResponse"]


class IntegrationSources(AsyncResource):
    """Operations tagged ``integration_sources`` in the API docs."""

    @cached_property
    def with_raw_response(self) -> IntegrationSourcesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, lazily parsed model)."""
        return IntegrationSourcesWithRawResponse(self)

    async def update(
        self,
        source_id: UUID | str,
        *,
        name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        configuration: dict[str, Any] | None | Unset = UNSET,
        capabilities: builtins.list[str] | None | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        connection_status: ConnectionStatus
        | None
        | Unset
        | Literal["connected", "disconnected", "error", "unknown"] = UNSET,
        last_connection_test: datetime.datetime | None | Unset = UNSET,
        legacy_data_source_id: None | Unset | UUID = UNSET,
        system_source_id: None | Unset | UUID = UNSET,
        instance_label: None | str | Unset = UNSET,
        airbyte_source_id: None | str | Unset = UNSET,
        airbyte_connection_id: None | str | Unset = UNSET,
        airbyte_connection_ids: builtins.list[str] | None | Unset = UNSET,
        airbyte_destination_id: None | str | Unset = UNSET,
        last_sync_at: datetime.datetime | None | Unset = UNSET,
        last_sync_status: None | str | Unset = UNSET,
        last_sync_row_count: int | None | Unset = UNSET,
        selected_streams: builtins.list[str] | None | Unset = UNSET,
        description_source: DescriptionSource
        | None
        | Unset
        | Literal[
            "ai_generated", "manual_edit", "imported", "information_schema"
        ] = UNSET,
        description_generated_at: datetime.datetime | None | Unset = UNSET,
        description_version: int | None | Unset = UNSET,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IntegrationSourceResponse:
        """Update Integration Source: ``PUT /api/integration-sources/{source_id}``."""

        return await self._client._request(
            _update_integration_source.OPERATION,
            {
                "source_id": source_id,
                "body": _update_integration_source.IntegrationSourceUpdate(
                    name=name,
                    description=description,
                    configuration=configuration,
                    capabilities=capabilities,
                    is_active=is_active,
                    connection_status=as_enum(
                        _update_integration_source.ConnectionStatus,
                        connection_status,
                        "connection_status",
                    ),
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
                    description_source=as_enum(
                        _update_integration_source.DescriptionSource,
                        description_source,
                        "description_source",
                    ),
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
            options,
        )

    async def create_database(
        self,
        source_id: UUID | str,
        *,
        name: str,
        description: None | str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        priority: int | Unset = UNSET,
        description_source: DescriptionSource
        | None
        | Unset
        | Literal[
            "ai_generated", "manual_edit", "imported", "information_schema"
        ] = UNSET,
        description_generated_at: datetime.datetime | None | Unset = UNSET,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IntegrationSourceDatabaseResponse:
        """Create Integration Source Database: ``POST /api/integration-sources/{source_id}/databases``.

        Args:
            name: Database name (e.g., project name for BigQuery)
            description: Optional description of the database
            is_active: Whether this database is active for introspection
            priority: Priority for processing (lower numbers processed first)
            description_source: How description was created: 'ai_generated' | 'manual_edit' |
                'imported' | 'information_schema'
            description_generated_at: When description was last modified
        """

        return await self._client._request(
            _create_integration_source_database.OPERATION,
            {
                "source_id": source_id,
                "body": _create_integration_source_database.IntegrationSourceDatabaseCreate(
                    name=name,
                    description=description,
                    is_active=is_active,
                    priority=priority,
                    description_source=as_enum(
                        _create_integration_source_database.DescriptionSource,
                        description_source,
                        "description_source",
                    ),
                    description_generated_at=description_generated_at,
                ),
                "organization_id": organization_id,
                "resource_id": resource_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            options,
        )

    async def bulk_update_relationship_status(
        self,
        *,
        relationship_ids: builtins.list[UUID],
        status: RelationshipStatus | Literal["SUGGESTED", "APPROVED", "REJECTED"],
        score: float | None | Unset = UNSET,
        evidence: dict[str, Any] | Unset = UNSET,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        source_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """Bulk Update Integration Source Relationship Status: ``POST /api/integration-sources/relationships/bulk-status``.

        Args:
            relationship_ids: List of relationship IDs to update
            status: Review status of a relationship or SaaS association.
            score: Optional confidence score to apply to each relationship
            evidence: Optional evidence payload to apply to each relationship
        """

        return await self._client._request(
            _bulk_update_integration_source_relationship_status.OPERATION,
            {
                "body": _bulk_update_integration_source_relationship_status.IntegrationSourceRelationshipBulkStatusUpdate(
                    relationship_ids=relationship_ids,
                    status=as_enum(
                        _bulk_update_integration_source_relationship_status.RelationshipStatus,
                        status,
                        "status",
                    ),
                    score=score,
                    evidence=evidence,
                ),
                "organization_id": organization_id,
                "resource_id": resource_id,
                "source_id": source_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            options,
        )

    async def update_relationship(
        self,
        relationship_id: UUID | str,
        *,
        status: None
        | RelationshipStatus
        | Unset
        | Literal["SUGGESTED", "APPROVED", "REJECTED"] = UNSET,
        score: float | None | Unset = UNSET,
        evidence: dict[str, Any] | Unset = UNSET,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        source_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IntegrationSourceRelationshipResponse:
        """Update Integration Source Relationship: ``PUT /api/integration-sources/relationships/{relationship_id}``."""

        return await self._client._request(
            _update_integration_source_relationship.OPERATION,
            {
                "relationship_id": relationship_id,
                "body": _update_integration_source_relationship.IntegrationSourceRelationshipUpdate(
                    status=as_enum(
                        _update_integration_source_relationship.RelationshipStatus,
                        status,
                        "status",
                    ),
                    score=score,
                    evidence=evidence,
                ),
                "organization_id": organization_id,
                "resource_id": resource_id,
                "source_id": source_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            options,
        )

    async def list_relationships(
        self,
        integration_source_id: UUID | str,
        *,
        status: None
        | RelationshipStatus
        | Unset
        | Literal["SUGGESTED", "APPROVED", "REJECTED"] = UNSET,
        type_: None
        | RelationshipType
        | Unset
        | Literal["FOREIGN_KEY", "INFERRED", "MANUAL"] = UNSET,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[IntegrationSourceRelationshipResponse]:
        """List Integration Source Relationships: ``GET /api/integration-sources/{integration_source_id}/relationships``.

        List relationships for a given integration source.
        """

        return await self._client._request(
            _list_integration_source_relationships.OPERATION,
            {
                "integration_source_id": integration_source_id,
                "status": as_enum(
                    _list_integration_source_relationships.RelationshipStatus,
                    status,
                    "status",
                ),
                "type_": as_enum(
                    _list_integration_source_relationships.RelationshipType,
                    type_,
                    "type_",
                ),
                "organization_id": organization_id,
                "resource_id": resource_id,
                "source_id": source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            options,
        )

    async def list_columns(
        self,
        source_id: UUID | str,
        *,
        active_only: bool | Unset = UNSET,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[IntegrationSourceColumnResponse]:
        """List All Integration Source Columns: ``GET /api/integration-sources/{source_id}/columns``."""

        return await self._client._request(
            _list_integration_source_columns.OPERATION,
            {
                "source_id": source_id,
                "active_only": active_only,
                "organization_id": organization_id,
                "resource_id": resource_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            options,
        )

    async def list_saas_associations(
        self,
        source_id: UUID | str,
        *,
        from_object_id: None | Unset | UUID | str = UNSET,
        to_object_id: None | Unset | UUID | str = UNSET,
        status: None
        | RelationshipStatus
        | Unset
        | Literal["SUGGESTED", "APPROVED", "REJECTED"] = UNSET,
        type_: None
        | RelationshipType
        | Unset
        | Literal["FOREIGN_KEY", "INFERRED", "MANUAL"] = UNSET,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SaasAssociationResponse]:
        """List Saas Associations: ``GET /api/integration-sources/{source_id}/saas-associations``."""

        return await self._client._request(
            _list_saas_associations.OPERATION,
            {
                "source_id": source_id,
                "from_object_id": from_object_id,
                "to_object_id": to_object_id,
                "status": as_enum(
                    _list_saas_associations.RelationshipStatus, status, "status"
                ),
                "type_": as_enum(
                    _list_saas_associations.RelationshipType, type_, "type_"
                ),
                "organization_id": organization_id,
                "resource_id": resource_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            options,
        )

    async def bulk_update_saas_association_status(
        self,
        source_id: UUID | str,
        *,
        association_ids: builtins.list[UUID],
        status: RelationshipStatus | Literal["SUGGESTED", "APPROVED", "REJECTED"],
        score: float | None | Unset = UNSET,
        evidence: dict[str, Any] | Unset = UNSET,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """Bulk Update Saas Association Status: ``POST /api/integration-sources/{source_id}/saas-associations/bulk-status``.

        Args:
            association_ids: List of SaaS association IDs to update
            status: Review status of a relationship or SaaS association.
            score: Optional score to set for each association
            evidence: Optional evidence payload
        """

        return await self._client._request(
            _bulk_update_saas_association_status.OPERATION,
            {
                "source_id": source_id,
                "body": _bulk_update_saas_association_status.SaasAssociationBulkStatusUpdate(
                    association_ids=association_ids,
                    status=as_enum(
                        _bulk_update_saas_association_status.RelationshipStatus,
                        status,
                        "status",
                    ),
                    score=score,
                    evidence=evidence,
                ),
                "organization_id": organization_id,
                "resource_id": resource_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            options,
        )

    async def update_saas_association(
        self,
        source_id: UUID | str,
        association_id: UUID | str,
        *,
        association_type_id: None | str | Unset = UNSET,
        association_label: None | str | Unset = UNSET,
        association_category: None | str | Unset = UNSET,
        metadata: dict[str, Any] | Unset = UNSET,
        relationship_type: None
        | RelationshipType
        | Unset
        | Literal["FOREIGN_KEY", "INFERRED", "MANUAL"] = UNSET,
        status: None
        | RelationshipStatus
        | Unset
        | Literal["SUGGESTED", "APPROVED", "REJECTED"] = UNSET,
        score: float | None | Unset = UNSET,
        evidence: dict[str, Any] | Unset = UNSET,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SaasAssociationResponse:
        """Update Saas Association: ``PUT /api/integration-sources/{source_id}/saas-associations/{association_id}``."""

        return await self._client._request(
            _update_saas_association.OPERATION,
            {
                "source_id": source_id,
                "association_id": association_id,
                "body": _update_saas_association.SaasAssociationUpdate(
                    association_type_id=association_type_id,
                    association_label=association_label,
                    association_category=association_category,
                    metadata=metadata,
                    relationship_type=as_enum(
                        _update_saas_association.RelationshipType,
                        relationship_type,
                        "relationship_type",
                    ),
                    status=as_enum(
                        _update_saas_association.RelationshipStatus, status, "status"
                    ),
                    score=score,
                    evidence=evidence,
                ),
                "organization_id": organization_id,
                "resource_id": resource_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            options,
        )

    async def list_saas_objects(
        self,
        source_id: UUID | str,
        *,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SaasObjectResponse]:
        """List Saas Objects: ``GET /api/integration-sources/{source_id}/saas-objects``."""

        return await self._client._request(
            _list_saas_objects.OPERATION,
            {
                "source_id": source_id,
                "organization_id": organization_id,
                "resource_id": resource_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            options,
        )

    async def get_saas_object(
        self,
        source_id: UUID | str,
        object_id: UUID | str,
        *,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SaasObjectResponse:
        """Get Saas Object: ``GET /api/integration-sources/{source_id}/saas-objects/{object_id}``."""

        return await self._client._request(
            _get_saas_object.OPERATION,
            {
                "source_id": source_id,
                "object_id": object_id,
                "organization_id": organization_id,
                "resource_id": resource_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            options,
        )

    async def list_saas_fields(
        self,
        source_id: UUID | str,
        object_id: UUID | str,
        *,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SaasFieldResponse]:
        """List Saas Fields: ``GET /api/integration-sources/{source_id}/saas-objects/{object_id}/saas-fields``."""

        return await self._client._request(
            _list_saas_fields.OPERATION,
            {
                "source_id": source_id,
                "object_id": object_id,
                "organization_id": organization_id,
                "resource_id": resource_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            options,
        )

    async def update_saas_field(
        self,
        source_id: UUID | str,
        object_id: UUID | str,
        field_id: UUID | str,
        *,
        field_name: None | str | Unset = UNSET,
        api_identifier: None | str | Unset = UNSET,
        data_type: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        is_required: bool | None | Unset = UNSET,
        is_unique: bool | None | Unset = UNSET,
        skip_embedding: bool | Unset = UNSET,
        semantic_type: None | str | Unset = UNSET,
        semantic_type_confidence: float | None | Unset = UNSET,
        sample_values: builtins.list[Any] | None | Unset = UNSET,
        enum_cardinality: int | None | Unset = UNSET,
        null_pct: float | None | Unset = UNSET,
        distinct_pct: float | None | Unset = UNSET,
        last_analyzed: datetime.datetime | None | Unset = UNSET,
        approx_distinct_count: int | None | Unset = UNSET,
        minhash_signature: builtins.list[int] | None | Unset = UNSET,
        format_signature: None | dict[str, Any] | Unset = UNSET,
        length_stats: None | dict[str, Any] | Unset = UNSET,
        entropy: float | None | Unset = UNSET,
        role: None | str | Unset = UNSET,
        role_confidence: float | None | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        description_source: DescriptionSource
        | None
        | Unset
        | Literal[
            "ai_generated", "manual_edit", "imported", "information_schema"
        ] = UNSET,
        description_generated_at: datetime.datetime | None | Unset = UNSET,
        organization_id: None | Unset | UUID | str = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SaasFieldResponse:
        """Update Saas Field: ``PUT /api/integration-sources/{source_id}/saas-objects/{object_id}/saas-fields/{field_id}``."""

        return await self._client._request(
            _update_saas_field.OPERATION,
            {
                "source_id": source_id,
                "object_id": object_id,
                "field_id": field_id,
                "body": _update_saas_field.SaasFieldUpdate(
                    field_name=field_name,
                    api_identifier=api_identifier,
                    data_type=data_type,
                    description=description,
                    is_required=is_required,
                    is_unique=is_unique,
                    skip_embedding=skip_embedding,
                    semantic_type=semantic_type,
                    semantic_type_confidence=semantic_type_confidence,
                    sample_values=sample_values,
                    enum_cardinality=enum_cardinality,
                    null_pct=null_pct,
                    distinct_pct=distinct_pct,
                    last_analyzed=last_analyzed,
                    approx_distinct_count=approx_distinct_count,
                    minhash_signature=minhash_signature,
                    format_signature=format_signature,
                    length_stats=length_stats,
                    entropy=entropy,
                    role=role,
                    role_confidence=role_confidence,
                    is_active=is_active,
                    description_source=as_enum(
                        _update_saas_field.DescriptionSource,
                        description_source,
                        "description_source",
                    ),
                    description_generated_at=description_generated_at,
                ),
                "organization_id": organization_id,
                "resource_id": resource_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            options,
        )


class IntegrationSourcesWithRawResponse:
    """``IntegrationSources`` methods that return the raw HTTP response (``RawResponse``)."""

    def __init__(self, resource: IntegrationSources) -> None:
        self.update = to_raw_response_wrapper(resource.update)
        self.create_database = to_raw_response_wrapper(resource.create_database)
        self.bulk_update_relationship_status = to_raw_response_wrapper(
            resource.bulk_update_relationship_status
        )
        self.update_relationship = to_raw_response_wrapper(resource.update_relationship)
        self.list_relationships = to_raw_response_wrapper(resource.list_relationships)
        self.list_columns = to_raw_response_wrapper(resource.list_columns)
        self.list_saas_associations = to_raw_response_wrapper(
            resource.list_saas_associations
        )
        self.bulk_update_saas_association_status = to_raw_response_wrapper(
            resource.bulk_update_saas_association_status
        )
        self.update_saas_association = to_raw_response_wrapper(
            resource.update_saas_association
        )
        self.list_saas_objects = to_raw_response_wrapper(resource.list_saas_objects)
        self.get_saas_object = to_raw_response_wrapper(resource.get_saas_object)
        self.list_saas_fields = to_raw_response_wrapper(resource.list_saas_fields)
        self.update_saas_field = to_raw_response_wrapper(resource.update_saas_field)
