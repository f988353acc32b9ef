"""``humm.memories``: generated from openapi.yaml; do not edit."""

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
    from ...models.http_validation_error import HTTPValidationError
    from ...models.memory_create import MemoryCreate
    from ...models.memory_response import MemoryResponse
    from ...models.memory_scope import MemoryScope
    from ...models.memory_status import MemoryStatus
    from ...models.memory_type import MemoryType
    from ...models.memory_update import MemoryUpdate
    from . import create_memory as _create_memory
    from . import get_memory as _get_memory
    from . import list_memories as _list_memories
    from . import search_memories as _search_memories
    from . import update_memory as _update_memory
else:
    _list_memories = LazyModule(globals(), "list_memories")
    _create_memory = LazyModule(globals(), "create_memory")
    _search_memories = LazyModule(globals(), "search_memories")
    _get_memory = LazyModule(globals(), "get_memory")
    _update_memory = LazyModule(globals(), "update_memory")

__all__ = ["Memories", "MemoriesWithRawResponse"]


class Memories(AsyncResource):
    """Operations tagged ``memories`` in the API docs."""

    @cached_property
    def with_raw_response(self) -> MemoriesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, lazily parsed model)."""
        return MemoriesWithRawResponse(self)

    def list(
        self,
        *,
        organization_id: str,
        status: MemoryStatus
        | None
        | Unset
        | Literal["pending_review", "approved", "rejected"] = UNSET,
        thread_id: None | Unset | UUID | str = UNSET,
        limit: int | None | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[builtins.list[MemoryResponse], MemoryResponse]:
        """List Memories: ``GET /memories`` (analyst API).

        Await it for one page, or ``async for item in ....iterate()`` for every item, page by page.

        Args:
            status: Filter by status
            thread_id: Filter by thread ID
            limit: Maximum number of results
            offset: Number of results to skip
        """

        return AsyncPaginator(
            self._client,
            _list_memories.OPERATION,
            {
                "organization_id": organization_id,
                "status": as_enum(_list_memories.MemoryStatus, status, "status"),
                "thread_id": thread_id,
                "limit": limit,
                "offset": offset,
            },
            options,
        )

    async def create(
        self,
        *,
        organization_id: str,
        type_: MemoryType | Literal["procedural", "factual", "contextual"],
        content: str,
        quality_score: float,
        thread_id: UUID,
        user_id: UUID,
        scope: MemoryScope | Unset | Literal["organization", "user"] = UNSET,
        status: MemoryStatus
        | Unset
        | Literal["pending_review", "approved", "rejected"] = UNSET,
        extraction_reasoning: str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        reviewed_at: datetime.datetime | None | Unset = UNSET,
        reviewed_by: None | Unset | UUID = UNSET,
        embedding: builtins.list[float] | None | Unset = UNSET,
        objective_embedding: builtins.list[float] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MemoryResponse:
        """Create Memory: ``POST /memories`` (analyst API).

        Args:
            type_: Types of memories that can be extracted.
            content: Memory content as markdown text that you want Humm to store.
            quality_score: Confidence score from 0.0 to 1.0 indicating how trustworthy this memory
                is.
            thread_id: Thread UUID where this memory was observed or extracted.
            user_id: User UUID associated with the source thread or memory author.
            scope: Scope of memory applicability.
            status: Memory review status.
            extraction_reasoning: Reasoning for extraction
            tags: Optional tags
        """

        return await self._client._request(
            _create_memory.OPERATION,
            {
                "body": _create_memory.MemoryCreate(
                    type_=as_enum(_create_memory.MemoryType, type_, "type_"),
                    content=content,
                    quality_score=quality_score,
                    thread_id=thread_id,
                    organization_id=as_uuid(organization_id, "organization_id"),
                    user_id=user_id,
                    scope=as_enum(_create_memory.MemoryScope, scope, "scope"),
                    status=as_enum(_create_memory.MemoryStatus, status, "status"),
                    extraction_reasoning=extraction_reasoning,
                    tags=tags,
                    reviewed_at=reviewed_at,
                    reviewed_by=reviewed_by,
                    embedding=embedding,
                    objective_embedding=objective_embedding,
                ),
                "organization_id": organization_id,
            },
            options,
        )

    async def search(
        self,
        *,
        query: str,
        organization_id: str,
        status: MemoryStatus
        | None
        | Unset
        | Literal["pending_review", "approved", "rejected"] = UNSET,
        limit: int | Unset = UNSET,
        similarity_threshold: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[MemoryResponse]:
        """Search Memories: ``GET /memories/search/semantic`` (analyst API).

        Semantic search for memories using vector similarity.

        Args:
            query: Search query text
            status: Filter by status (defaults to approved)
            limit: Maximum number of results
            similarity_threshold: Minimum similarity score
        """

        return await self._client._request(
            _search_memories.OPERATION,
            {
                "query": query,
                "organization_id": organization_id,
                "status": as_enum(_search_memories.MemoryStatus, status, "status"),
                "limit": limit,
                "similarity_threshold": similarity_threshold,
            },
            options,
        )

    async def get(
        self,
        memory_id: UUID | str,
        *,
        organization_id: str,
        **options: Unpack[RequestOptions],
    ) -> MemoryResponse:
        """Get Memory: ``GET /memories/{memory_id}`` (analyst API).

        Fetch the full current memory.
        """

        return await self._client._request(
            _get_memory.OPERATION,
            {
                "memory_id": memory_id,
                "organization_id": organization_id,
            },
            options,
        )

    async def update(
        self,
        memory_id: UUID | str,
        *,
        organization_id: str,
        content: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MemoryResponse:
        """Update Memory: ``PATCH /memories/{memory_id}`` (analyst API).

        Update only the fields you want to change.

        Args:
            content: Memory content as markdown text that you want Humm to store.
        """

        return await self._client._request(
            _update_memory.OPERATION,
            {
                "memory_id": memory_id,
                "body": _update_memory.MemoryUpdate(
                    content=content,
                    tags=tags,
                ),
                "organization_id": organization_id,
            },
            options,
        )


class MemoriesWithRawResponse:
    """``Memories`` methods that return the raw HTTP response (``RawResponse``)."""

    def __init__(self, resource: Memories) -> None:
        self.list = paginator_to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.search = to_raw_response_wrapper(resource.search)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
