"""``humm.entity_links``: generated from openapi.yaml; do not edit."""

from __future__ import annotations

import builtins
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
    from ...models.entity_link_response import EntityLinkResponse
    from ...models.entity_link_status import EntityLinkStatus
    from ...models.http_validation_error import HTTPValidationError
    from . import get_entity_link as _get_entity_link
    from . import list_entity_links as _list_entity_links
else:
    _list_entity_links = LazyModule(globals(), "list_entity_links")
    _get_entity_link = LazyModule(globals(), "get_entity_link")

__all__ = ["EntityLinks", "EntityLinksWithRawResponse"]


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
        **options: Unpack[RequestOptions],
    ) -> builtins.list[EntityLinkResponse]:
        """List Entity Links: ``GET /api/organization/{organization_id}/entity-links``."""

        return await self._client._request(
            _list_entity_links.OPERATION,
            {
                "organization_id": organization_id,
                "source_integration_source_id": source_integration_source_id,
                "target_integration_source_id": target_integration_source_id,
                "status": as_enum(
                    _list_entity_links.EntityLinkStatus, status, "status"
                ),
                "link_type": link_type,
            },
            options,
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
        **options: Unpack[RequestOptions],
    ) -> EntityLinkResponse:
        """Get Entity Link: ``GET /api/organization/{organization_id}/entity-links/{entity_link_id}``."""

        return await self._client._request(
            _get_entity_link.OPERATION,
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
            options,
        )


class EntityLinksWithRawResponse:
    """``EntityLinks`` methods that return the raw HTTP response (``RawResponse``)."""

    def __init__(self, resource: EntityLinks) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
