"""``humm.user_identifiers``: generated from openapi.yaml; do not edit."""

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
    from ...models.identifier_discovery_method import IdentifierDiscoveryMethod
    from ...models.user_identifier_create import UserIdentifierCreate
    from ...models.user_identifier_response import UserIdentifierResponse
    from . import create_or_update_user_identifier as _create_or_update_user_identifier
    from . import list_user_identifiers as _list_user_identifiers
else:
    _list_user_identifiers = LazyModule(globals(), "list_user_identifiers")
    _create_or_update_user_identifier = LazyModule(
        globals(), "create_or_update_user_identifier"
    )

__all__ = ["UserIdentifiers", "UserIdentifiersWithRawResponse"]


class UserIdentifiers(AsyncResource):
    """Operations tagged ``user_identifiers`` in the API docs."""

    @cached_property
    def with_raw_response(self) -> UserIdentifiersWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, lazily parsed model)."""
        return UserIdentifiersWithRawResponse(self)

    async def list(
        self,
        organization_id: UUID | str,
        user_id: UUID | str,
        *,
        integration_source_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[UserIdentifierResponse]:
        """List User Identifiers: ``GET /api/organization/{organization_id}/user/{user_id}/identifiers``."""

        return await self._client._request(
            _list_user_identifiers.OPERATION,
            {
                "organization_id": organization_id,
                "user_id": user_id,
                "integration_source_id": integration_source_id,
            },
            options,
        )

    async def upsert(
        self,
        organization_id: UUID | str,
        user_id: UUID | str,
        *,
        integration_source_id: UUID,
        identifier_key: str,
        identifier_value: str | Unset = UNSET,
        discovery_method: IdentifierDiscoveryMethod
        | Unset
        | Literal["mcp_tool", "llm_discovery", "manual"] = UNSET,
        confidence_score: float | None | Unset = UNSET,
        discovery_metadata: dict[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserIdentifierResponse:
        """Create Or Update User Identifier: ``POST /api/organization/{organization_id}/user/{user_id}/identifiers``.

        Create or update a user identifier. Uses upsert logic: if an identifier with the same
        organization, user, integration source, and key already exists, it is updated.

        Args:
            integration_source_id: Integration source where this identifier is used
            identifier_key: Key/field name for the identifier (e.g., 'owner_id', 'user_email',
                'employee_id')
            identifier_value: The actual identifier value
            confidence_score: Confidence score for LLM-discovered identifiers (0.0-1.0)
            discovery_metadata: Additional context about the identifier
        """

        return await self._client._request(
            _create_or_update_user_identifier.OPERATION,
            {
                "organization_id": organization_id,
                "user_id": user_id,
                "body": _create_or_update_user_identifier.UserIdentifierCreate(
                    organization_id=as_uuid(organization_id, "organization_id"),
                    user_id=as_uuid(user_id, "user_id"),
                    integration_source_id=integration_source_id,
                    identifier_key=identifier_key,
                    identifier_value=identifier_value,
                    discovery_method=as_enum(
                        _create_or_update_user_identifier.IdentifierDiscoveryMethod,
                        discovery_method,
                        "discovery_method",
                    ),
                    confidence_score=confidence_score,
                    discovery_metadata=discovery_metadata,
                ),
            },
            options,
        )


class UserIdentifiersWithRawResponse:
    """``UserIdentifiers`` methods that return the raw HTTP response (``RawResponse``)."""

    def __init__(self, resource: UserIdentifiers) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.upsert = to_raw_response_wrapper(resource.upsert)
