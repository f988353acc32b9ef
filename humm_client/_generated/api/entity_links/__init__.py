"""``humm.entity_links``: generated from openapi.yaml; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal, cast
from uuid import UUID

from humm_client._pagination import AsyncPaginator
from humm_client._resource import AsyncResource, Operation, Pagination, json_or_content
from humm_client._response import (
    paginator_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from humm_client._types import NOT_GIVEN, NotGiven, TimeoutTypes
from humm_client._validation import as_enum, as_uuid

from ...models.entity_link_response import EntityLinkResponse
from ...models.entity_link_status import EntityLinkStatus
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, File, Unset
from . import get_entity_link as _get_entity_link
from . import list_entity_links as _list_entity_links

__all__ = ["EntityLinks", "EntityLinksWithRawResponse"]

_LIST_ENTITY_LINKS: Operation[list[EntityLinkResponse]] = Operation(
    name="entity_links.list",
    build=_list_entity_links.build_request,
    parse=_list_entity_links.parse_response,
    server="config",
    idempotent=True,
    path_params={
        "organization_id": "uuid",
    },
    uuid_query_params=(
        "source_integration_source_id",
        "target_integration_source_id",
    ),
)
_GET_ENTITY_LINK: Operation[EntityLinkResponse] = Operation(
    name="entity_links.get",
    build=_get_entity_link.build_request,
    parse=_get_entity_link.parse_response,
    server="config",
    idempotent=True,
    path_params={
        "organization_id": "uuid",
        "entity_link_id": "uuid",
    },
    uuid_query_params=(
        "resource_id",
        "source_id",
        "integration_source_id",
        "data_source_id",
        "context_source_id",
        "job_id",
    ),
)


class EntityLinks(AsyncResource):
    """Operations tagged ``entity_links`` in the API docs."""

    @cached_property
    def with_raw_response(self) -> EntityLinksWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, lazily parsed model)."""
        return EntityLinksWithRawResponse(self)

    async def list(
        self,
        organization_id: UUID | str,
        *,
        source_integration_source_id: None | Unset | UUID | str = UNSET,
        target_integration_source_id: None | Unset | UUID | str = UNSET,
        status: EntityLinkStatus
        | None
        | Unset
        | Literal["SUGGESTED", "APPROVED", "REJECTED"] = UNSET,
        link_type: None | str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[EntityLinkResponse]:
        """List Entity Links: ``GET /api/organization/{organization_id}/entity-links``."""

        return await self._client._request(
            _LIST_ENTITY_LINKS,
            {
                "organization_id": organization_id,
                "source_integration_source_id": source_integration_source_id,
                "target_integration_source_id": target_integration_source_id,
                "status": as_enum(EntityLinkStatus, status, "status"),
                "link_type": link_type,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get(
        self,
        organization_id: UUID | str,
        entity_link_id: UUID | str,
        *,
        resource_id: None | Unset | UUID | str = UNSET,
        source_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EntityLinkResponse:
        """Get Entity Link: ``GET /api/organization/{organization_id}/entity-links/{entity_link_id}``."""

        return await self._client._request(
            _GET_ENTITY_LINK,
            {
                "organization_id": organization_id,
                "entity_link_id": entity_link_id,
                "resource_id": resource_id,
                "source_id": source_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class EntityLinksWithRawResponse:
    """``EntityLinks`` methods that return the raw HTTP response (``RawResponse``)."""

    def __init__(self, resource: EntityLinks) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
