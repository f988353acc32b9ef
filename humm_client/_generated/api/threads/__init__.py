"""``humm.threads``: generated from openapi.yaml; do not edit."""

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

from ...models.file_upload_metadata import FileUploadMetadata
from ...models.http_validation_error import HTTPValidationError
from ...models.image_input import ImageInput
from ...models.model_config import ModelConfig
from ...models.start_thread_request import StartThreadRequest
from ...models.thread_sharing import ThreadSharing
from ...models.thread_status import ThreadStatus
from ...models.thread_update import ThreadUpdate
from ...types import UNSET, File, Unset
from . import start_thread as _start_thread
from . import update_thread as _update_thread

__all__ = ["Threads", "ThreadsWithRawResponse"]

_START_THREAD: Operation[dict[str, Any]] = Operation(
    name="threads.start",
    build=_start_thread.build_request,
    parse=_start_thread.parse_response,
    server="analyst",
    idempotent=True,
    path_params={},
    uuid_query_params=(),
    idempotency_key_field="idempotency_key",
)
_UPDATE_THREAD: Operation[dict[str, Any]] = Operation(
    name="threads.update",
    build=_update_thread.build_request,
    parse=_update_thread.parse_response,
    server="analyst",
    idempotent=True,
    path_params={
        "thread_id": "string",
    },
    uuid_query_params=(),
)


class Threads(AsyncResource):
    """Operations tagged ``threads`` in the API docs."""

    @cached_property
    def with_raw_response(self) -> ThreadsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, lazily parsed model)."""
        return ThreadsWithRawResponse(self)

    async def start(
        self,
        *,
        organization_id: str,
        query: str | Unset = UNSET,
        thread_id: None | str | Unset = UNSET,
        llm_config: ModelConfig | Unset = UNSET,
        user_timezone: None | str | Unset = UNSET,
        images: builtins.list[ImageInput] | None | Unset = UNSET,
        file_uploads: builtins.list[FileUploadMetadata] | None | Unset = UNSET,
        force_architecture: str | Unset = UNSET,
        source: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        internal_user_id: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Start Thread: ``POST /threads/async`` (analyst API).

        Args:
            llm_config: Configuration for model selection and reasoning effort.
            internal_user_id: Override user ID for system operations (optional)
        """

        return await self._client._request(
            _START_THREAD,
            {
                "body": StartThreadRequest(
                    organization_id=organization_id,
                    query=query,
                    thread_id=thread_id,
                    llm_config=llm_config,
                    user_timezone=user_timezone,
                    images=images,
                    file_uploads=file_uploads,
                    force_architecture=force_architecture,
                    source=source,
                    idempotency_key=idempotency_key,
                ),
                "internal_user_id": internal_user_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        thread_id: str,
        *,
        organization_id: str,
        title: None | str | Unset = UNSET,
        last_message: None | str | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        status: None
        | ThreadStatus
        | Unset
        | Literal[
            "idle",
            "active",
            "completed",
            "error",
            "cancelled",
            "waiting_for_input",
            "refused",
        ] = UNSET,
        sharing: None
        | ThreadSharing
        | Unset
        | Literal["private", "organization"] = UNSET,
        langsmith_trace_id: None | str | Unset = UNSET,
        execution_workflow_id: None | str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Update Thread: ``PUT /threads/{thread_id}`` (analyst API).

        Args:
            thread_id: Thread ID
        """

        return await self._client._request(
            _UPDATE_THREAD,
            {
                "thread_id": thread_id,
                "body": ThreadUpdate(
                    title=title,
                    last_message=last_message,
                    is_active=is_active,
                    status=as_enum(ThreadStatus, status, "status"),
                    sharing=as_enum(ThreadSharing, sharing, "sharing"),
                    langsmith_trace_id=langsmith_trace_id,
                    execution_workflow_id=execution_workflow_id,
                ),
                "organization_id": organization_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class ThreadsWithRawResponse:
    """``Threads`` methods that return the raw HTTP response (``RawResponse``)."""

    def __init__(self, resource: Threads) -> None:
        self.start = to_raw_response_wrapper(resource.start)
        self.update = to_raw_response_wrapper(resource.update)
