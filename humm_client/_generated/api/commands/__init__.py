"""``humm.commands``: generated from openapi.yaml; do not edit."""

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
    from ...models.command_editor_draft_response import CommandEditorDraftResponse
    from ...models.command_editor_draft_turn_request import (
        CommandEditorDraftTurnRequest,
    )
    from ...models.command_editor_thread_create import CommandEditorThreadCreate
    from ...models.command_editor_thread_response import CommandEditorThreadResponse
    from ...models.command_update import CommandUpdate
    from ...models.http_validation_error import HTTPValidationError
    from . import create_command_editor_thread as _create_command_editor_thread
    from . import get_command as _get_command
    from . import list_commands as _list_commands
    from . import post_command_editor_draft_turn as _post_command_editor_draft_turn
    from . import update_command as _update_command
else:
    _list_commands = LazyModule(globals(), "list_commands")
    _get_command = LazyModule(globals(), "get_command")
    _update_command = LazyModule(globals(), "update_command")
    _create_command_editor_thread = LazyModule(
        globals(), "create_command_editor_thread"
    )
    _post_command_editor_draft_turn = LazyModule(
        globals(), "post_command_editor_draft_turn"
    )

__all__ = ["Commands", "CommandsWithRawResponse"]


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
        **options: Unpack[RequestOptions],
    ) -> builtins.list[dict[str, Any]]:
        """List Commands: ``GET /commands`` (analyst API).

        List the organization's commands.
        """

        return await self._client._request(
            _list_commands.OPERATION,
            {
                "organization_id": organization_id,
            },
            options,
        )

    async def get(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        **options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """Get Command: ``GET /commands/{command_id}`` (analyst API).

        Fetch the current command.
        """

        return await self._client._request(
            _get_command.OPERATION,
            {
                "command_id": command_id,
                "organization_id": organization_id,
            },
            options,
        )

    async def update(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        description: None | str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """Update Command: ``PUT /commands/{command_id}`` (analyst API).

        Apply an update to a command's description and content.
        """

        return await self._client._request(
            _update_command.OPERATION,
            {
                "command_id": command_id,
                "body": _update_command.CommandUpdate(
                    description=description,
                    content=content,
                ),
                "organization_id": organization_id,
            },
            options,
        )

    async def create_editor_thread(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        title: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CommandEditorThreadResponse:
        """Create Command Editor Thread: ``POST /commands/{command_id}/editor/thread`` (analyst API).

        Create a command editor workflow thread.
        """

        return await self._client._request(
            _create_command_editor_thread.OPERATION,
            {
                "command_id": command_id,
                "body": _create_command_editor_thread.CommandEditorThreadCreate(
                    title=title,
                    message=message,
                ),
                "organization_id": organization_id,
            },
            options,
        )

    async def post_editor_draft_turn(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        message: str,
        draft_id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CommandEditorDraftResponse:
        """Post Command Editor Draft Turn: ``POST /commands/{command_id}/editor/draft/turn`` (analyst API).

        Post one command editor turn.
        """

        return await self._client._request(
            _post_command_editor_draft_turn.OPERATION,
            {
                "command_id": command_id,
                "body": _post_command_editor_draft_turn.CommandEditorDraftTurnRequest(
                    message=message,
                    draft_id=draft_id,
                ),
                "organization_id": organization_id,
            },
            options,
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
