"""``humm.organizations``: generated from openapi.yaml; do not edit."""

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
    from ...models.http_validation_error import HTTPValidationError
    from ...models.organization_response import OrganizationResponse
    from . import get_organization as _get_organization
else:
    _get_organization = LazyModule(globals(), "get_organization")

__all__ = ["Organizations", "OrganizationsWithRawResponse"]


class Organizations(AsyncResource):
    """Operations tagged ``organizations`` in the API docs."""

    @cached_property
    def with_raw_response(self) -> OrganizationsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, lazily parsed model)."""
        return OrganizationsWithRawResponse(self)

    async def get(
        self,
        organization_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> OrganizationResponse:
        """Get Organization: ``GET /api/organization/{organization_id}``."""

        return await self._client._request(
            _get_organization.OPERATION,
            {
                "organization_id": organization_id,
            },
            options,
        )


class OrganizationsWithRawResponse:
    """``Organizations`` methods that return the raw HTTP response (``RawResponse``)."""

    def __init__(self, resource: Organizations) -> None:
        self.get = to_raw_response_wrapper(resource.get)
