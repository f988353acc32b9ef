"""``humm.threads``: generated from openapi.yaml; do not edit."""

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
    from ...models.file_upload_metadata import FileUploadMetadata
    from ...models.http_validation_error import HTTPValidationError
    from ...models.image_input import ImageInput
    from ...models.model_config import ModelConfig
    from ...models.start_thread_request import StartThreadRequest
    from ...models.thread_sharing import ThreadSharing
    from ...models.thread_status import ThreadStatus
    from ...models.thread_update import ThreadUpdate
    from . import start_thread as _start_thread
    from . import update_thread as _update_thread
else:
    _start_thread = LazyModule(globals(), "start_thread")
    _update_thread = LazyModule(globals(), "update_thread")

__all__ = ["Threads", "ThreadsWithRawResponse"]


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
        **options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """Start Thread: ``POST /threads/async`` (analyst API).

        Args:
            llm_config: Configuration for model selection and reasoning effort.
            internal_user_id: Override user ID for system operations (optional)
        """

        return await self._client._request(
            _start_thread.OPERATION,
            {
                "body": _start_thread.StartThreadRequest(
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
            options,
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
        **options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """Update Thread: ``PUT /threads/{thread_id}`` (analyst API).

        Args:
            thread_id: Thread ID
        """

        return await self._client._request(
            _update_thread.OPERATION,
            {
                "thread_id": thread_id,
                "body": _update_thread.ThreadUpdate(
                    title=title,
                    last_message=last_message,
                    is_active=is_active,
                    status=as_enum(_update_thread.ThreadStatus, status, "status"),
                    sharing=as_enum(_update_thread.ThreadSharing, sharing, "sharing"),
                    langsmith_trace_id=langsmith_trace_id,
                    execution_workflow_id=execution_workflow_id,
                ),
                "organization_id": organization_id,
            },
            options,
        )


class ThreadsWithRawResponse:
    """``Threads`` methods that return the raw HTTP response (``RawResponse``)."""

    def __init__(self, resource: Threads) -> None:
        self.start = to_raw_response_wrapper(resource.start)
        self.update = to_raw_response_wrapper(resource.update)
