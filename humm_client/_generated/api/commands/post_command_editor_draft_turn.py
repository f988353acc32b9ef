"""``POST /commands/{command_id}/editor/draft/turn``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...models.command_editor_draft_response import CommandEditorDraftResponse
from ...models.command_editor_draft_turn_request import CommandEditorDraftTurnRequest
from ...types import (
    Operation,
    RequestKwargs,
    path_segment,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = [
    "OPERATION",
    "build_request",
    "parse_response",
    "CommandEditorDraftTurnRequest",
]


def build_request(
    command_id: UUID,
    *,
    body: CommandEditorDraftTurnRequest,
    organization_id: str,
) -> RequestKwargs:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    params["organization_id"] = organization_id

    _kwargs: RequestKwargs = {
        "method": "post",
        "url": "/commands/{command_id}/editor/draft/turn".format(
            command_id=path_segment(command_id),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    status_code: int, response: httpx.Response
) -> CommandEditorDraftResponse:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = CommandEditorDraftResponse.from_dict(response.json())

    return response_200


OPERATION: Operation[CommandEditorDraftResponse] = Operation(
    name="commands.post_editor_draft_turn",
    build=build_request,
    parse=parse_response,
    server="analyst",
    route="/commands/{command_id}/editor/draft/turn",
    idempotent=False,
    path_params={
        "command_id": "uuid",
    },
    uuid_query_params=(),
)
