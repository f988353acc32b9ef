"""``humm.commands``: generated from openapi.yaml; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import Any, cast
from uuid import UUID

from humm_client._pagination import AsyncPaginator, Pagination
from humm_client._resource import AsyncResource, Operation, json_or_content
from humm_client._response import RawResponse
from humm_client._types import NOT_GIVEN, NotGiven, TimeoutTypes
from humm_client._validation import as_uuid

from ...models.command_editor_draft_response import CommandEditorDraftResponse
from ...models.command_editor_draft_turn_request import CommandEditorDraftTurnRequest
from ...models.command_editor_thread_create import CommandEditorThreadCreate
from ...models.command_editor_thread_response import CommandEditorThreadResponse
from ...models.command_update import CommandUpdate
from ...models.get_command_response_200 import GetCommandResponse200
from ...models.http_validation_error import HTTPValidationError
from ...models.list_commands_response_200_item import ListCommandsResponse200Item
from ...models.update_command_response_200 import UpdateCommandResponse200
from ...types import UNSET, File, Unset
from . import create_command_editor_thread as _create_command_editor_thread
from . import get_command as _get_command
from . import list_commands as _list_commands
from . import post_command_editor_draft_turn as _post_command_editor_draft_turn
from . import update_command as _update_command

__all__ = ["Commands", "CommandsWithRawResponse"]

_LIST_COMMANDS = Operation(
    name="commands.list",
    module=_list_commands,
    server="analyst",
    idempotent=True,
    path_params={},
    uuid_query_params=(),
)
_GET_COMMAND = Operation(
    name="commands.get",
    module=_get_command,
    server="analyst",
    idempotent=True,
    path_params={
        "command_id": "uuid",
    },
    uuid_query_params=(),
)
_UPDATE_COMMAND = Operation(
    name="commands.update",
    module=_update_command,
    server="analyst",
    idempotent=True,
    path_params={
        "command_id": "uuid",
    },
    uuid_query_params=(),
)
_CREATE_COMMAND_EDITOR_THREAD = Operation(
    name="commands.create_editor_thread",
    module=_create_command_editor_thread,
    server="analyst",
    idempotent=False,
    path_params={
        "command_id": "uuid",
    },
    uuid_query_params=(),
)
_POST_COMMAND_EDITOR_DRAFT_TURN = Operation(
    name="commands.post_editor_draft_turn",
    module=_post_command_editor_draft_turn,
    server="analyst",
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
        return CommandsWithRawResponse(self._client)

    async def list(
        self,
        *,
        organization_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[ListCommandsResponse200Item]:
        """List Commands: ``GET /commands`` (analyst API).

        List the organization's commands.
        """

        result = await self._client._request(
            _LIST_COMMANDS,
            {
                "organization_id": organization_id,
            },
            raw=False,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

        return cast(builtins.list[ListCommandsResponse200Item], result)

    async def get(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetCommandResponse200:
        """Get Command: ``GET /commands/{command_id}`` (analyst API).

        Fetch the current command.
        """

        result = await self._client._request(
            _GET_COMMAND,
            {
                "command_id": command_id,
                "organization_id": organization_id,
            },
            raw=False,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

        return cast(GetCommandResponse200, result)

    async def update(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        description: None | str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateCommandResponse200:
        """Update Command: ``PUT /commands/{command_id}`` (analyst API).

        Apply an update to a command's description and content.
        """

        result = await self._client._request(
            _UPDATE_COMMAND,
            {
                "command_id": command_id,
                "body": CommandUpdate(
                    description=description,
                    content=content,
                ),
                "organization_id": organization_id,
            },
            raw=False,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

        return cast(UpdateCommandResponse200, result)

    async def create_editor_thread(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        title: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CommandEditorThreadResponse:
        """Create Command Editor Thread: ``POST /commands/{command_id}/editor/thread`` (analyst API).

        Create a command editor workflow thread.
        """

        result = await self._client._request(
            _CREATE_COMMAND_EDITOR_THREAD,
            {
                "command_id": command_id,
                "body": CommandEditorThreadCreate(
                    title=title,
                    message=message,
                ),
                "organization_id": organization_id,
            },
            raw=False,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

        return cast(CommandEditorThreadResponse, result)

    async def post_editor_draft_turn(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        message: str,
        draft_id: None | str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CommandEditorDraftResponse:
        """Post Command Editor Draft Turn: ``POST /commands/{command_id}/editor/draft/turn`` (analyst API).

        Post one command editor turn.
        """

        result = await self._client._request(
            _POST_COMMAND_EDITOR_DRAFT_TURN,
            {
                "command_id": command_id,
                "body": CommandEditorDraftTurnRequest(
                    message=message,
                    draft_id=draft_id,
                ),
                "organization_id": organization_id,
            },
            raw=False,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

        return cast(CommandEditorDraftResponse, result)


class CommandsWithRawResponse(AsyncResource):
    """``Commands`` methods that return the raw HTTP response (``RawResponse``)."""

    async def list(
        self,
        *,
        organization_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[builtins.list[ListCommandsResponse200Item]]:
        """List Commands: ``GET /commands`` (analyst API).

        List the organization's commands.
        """

        result = await self._client._request(
            _LIST_COMMANDS,
            {
                "organization_id": organization_id,
            },
            raw=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

        return cast(RawResponse[builtins.list[ListCommandsResponse200Item]], result)

    async def get(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[GetCommandResponse200]:
        """Get Command: ``GET /commands/{command_id}`` (analyst API).

        Fetch the current command.
        """

        result = await self._client._request(
            _GET_COMMAND,
            {
                "command_id": command_id,
                "organization_id": organization_id,
            },
            raw=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

        return cast(RawResponse[GetCommandResponse200], result)

    async def update(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        description: None | str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateCommandResponse200]:
        """Update Command: ``PUT /commands/{command_id}`` (analyst API).

        Apply an update to a command's description and content.
        """

        result = await self._client._request(
            _UPDATE_COMMAND,
            {
                "command_id": command_id,
                "body": CommandUpdate(
                    description=description,
                    content=content,
                ),
                "organization_id": organization_id,
            },
            raw=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

        return cast(RawResponse[UpdateCommandResponse200], result)

    async def create_editor_thread(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        title: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[CommandEditorThreadResponse]:
        """Create Command Editor Thread: ``POST /commands/{command_id}/editor/thread`` (analyst API).

        Create a command editor workflow thread.
        """

        result = await self._client._request(
            _CREATE_COMMAND_EDITOR_THREAD,
            {
                "command_id": command_id,
                "body": CommandEditorThreadCreate(
                    title=title,
                    message=message,
                ),
                "organization_id": organization_id,
            },
            raw=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

        return cast(RawResponse[CommandEditorThreadResponse], result)

    async def post_editor_draft_turn(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        message: str,
        draft_id: None | str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[CommandEditorDraftResponse]:
        """Post Command Editor Draft Turn: ``POST /commands/{command_id}/editor/draft/turn`` (analyst API).

        Post one command editor turn.
        """

        result = await self._client._request(
            _POST_COMMAND_EDITOR_DRAFT_TURN,
            {
                "command_id": command_id,
                "body": CommandEditorDraftTurnRequest(
                    message=message,
                    draft_id=draft_id,
                ),
                "organization_id": organization_id,
            },
            raw=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

        return cast(RawResponse[CommandEditorDraftResponse], result)
