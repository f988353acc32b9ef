"""``humm.commands``: generated from openapi.yaml; do not edit."""

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

from ...models.command_editor_draft_response import CommandEditorDraftResponse
from ...models.command_editor_draft_turn_request import CommandEditorDraftTurnRequest
from ...models.command_editor_thread_create import CommandEditorThreadCreate
from ...models.command_editor_thread_response import CommandEditorThreadResponse
from ...models.command_update import CommandUpdate
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, File, Unset
from . import create_command_editor_thread as _create_command_editor_thread
from . import get_command as _get_command
from . import list_commands as _list_commands
from . import post_command_editor_draft_turn as _post_command_editor_draft_turn
from . import update_command as _update_command

__all__ = ["Commands", "CommandsWithRawResponse"]

_LIST_COMMANDS: Operation[list[dict[str, Any]]] = Operation(
    name="commands.list",
    build=_list_commands.build_request,
    parse=_list_commands.parse_response,
    server="analyst",
    route="/commands",
    idempotent=True,
    path_params={},
    uuid_query_params=(),
)
_GET_COMMAND: Operation[dict[str, Any]] = Operation(
    name="commands.get",
    build=_get_command.build_request,
    parse=_get_command.parse_response,
    server="analyst",
    route="/commands/{command_id}",
    idempotent=True,
    path_params={
        "command_id": "uuid",
    },
    uuid_query_params=(),
)
_UPDATE_COMMAND: Operation[dict[str, Any]] = Operation(
    name="commands.update",
    build=_update_command.build_request,
    parse=_update_command.parse_response,
    server="analyst",
    route="/commands/{command_id}",
    idempotent=True,
    path_params={
        "command_id": "uuid",
    },
    uuid_query_params=(),
)
_CREATE_COMMAND_EDITOR_THREAD: Operation[CommandEditorThreadResponse] = Operation(
    name="commands.create_editor_thread",
    build=_create_command_editor_thread.build_request,
    parse=_create_command_editor_thread.parse_response,
    server="analyst",
    route="/commands/{command_id}/editor/thread",
    idempotent=False,
    path_params={
        "command_id": "uuid",
    },
    uuid_query_params=(),
)
_POST_COMMAND_EDITOR_DRAFT_TURN: Operation[CommandEditorDraftResponse] = Operation(
    name="commands.post_editor_draft_turn",
    build=_post_command_editor_draft_turn.build_request,
    parse=_post_command_editor_draft_turn.parse_response,
    server="analyst",
    route="/commands/{command_id}/editor/draft/turn",
    idempotent=False,
    path_params={
        "command_id": "uuid",
    },
    uuid_query_params=(),
)


class Commands(AsyncResource):
    """Operations tagged ``commands`` in the API docs."""

    @cached_property
    def with_raw_response(self) -> CommandsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, lazily parsed model)."""
        return CommandsWithRawResponse(self)

    async def list(
        self,
        *,
        organization_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[dict[str, Any]]:
        """List Commands: ``GET /commands`` (analyst API).

        List the organization's commands.
        """

        return await self._client._request(
            _LIST_COMMANDS,
            {
                "organization_id": organization_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Get Command: ``GET /commands/{command_id}`` (analyst API).

        Fetch the current command.
        """

        return await self._client._request(
            _GET_COMMAND,
            {
                "command_id": command_id,
                "organization_id": organization_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        description: None | str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Update Command: ``PUT /commands/{command_id}`` (analyst API).

        Apply an update to a command's description and content.
        """

        return await self._client._request(
            _UPDATE_COMMAND,
            {
                "command_id": command_id,
                "body": CommandUpdate(
                    description=description,
                    content=content,
                ),
                "organization_id": organization_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_editor_thread(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        title: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CommandEditorThreadResponse:
        """Create Command Editor Thread: ``POST /commands/{command_id}/editor/thread`` (analyst API).

        Create a command editor workflow thread.
        """

        return await self._client._request(
            _CREATE_COMMAND_EDITOR_THREAD,
            {
                "command_id": command_id,
                "body": CommandEditorThreadCreate(
                    title=title,
                    message=message,
                ),
                "organization_id": organization_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def post_editor_draft_turn(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        message: str,
        draft_id: None | str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CommandEditorDraftResponse:
        """Post Command Editor Draft Turn: ``POST /commands/{command_id}/editor/draft/turn`` (analyst API).

        Post one command editor turn.
        """

        return await self._client._request(
            _POST_COMMAND_EDITOR_DRAFT_TURN,
            {
                "command_id": command_id,
                "body": CommandEditorDraftTurnRequest(
                    message=message,
                    draft_id=draft_id,
                ),
                "organization_id": organization_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class CommandsWithRawResponse:
    """``Commands`` methods that return the raw HTTP response (``RawResponse``)."""

    def __init__(self, resource: Commands) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.create_editor_thread = to_raw_response_wrapper(
            resource.create_editor_thread
        )
        self.post_editor_draft_turn = to_raw_response_wrapper(
            resource.post_editor_draft_turn
        )
