"""``POST /commands/{command_id}/schedules``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...models.command_schedule_create import CommandScheduleCreate
from ...models.command_schedule_response import CommandScheduleResponse
from ...types import (
    Operation,
    RequestKwargs,
    path_segment,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response", "CommandScheduleCreate"]


def build_request(
    command_id: UUID,
    *,
    body: CommandScheduleCreate,
    organization_id: str,
) -> RequestKwargs:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    params["organization_id"] = organization_id

    _kwargs: RequestKwargs = {
        "method": "post",
        "url": "/commands/{command_id}/schedules".format(
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
) -> CommandScheduleResponse:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = CommandScheduleResponse.from_dict(response.json())

    return response_200


OPERATION: Operation[CommandScheduleResponse] = Operation(
    name="schedules.create",
    build=build_request,
    parse=parse_response,
    server="analyst",
    route="/commands/{command_id}/schedules",
    idempotent=False,
    path_params={
        "command_id": "uuid",
    },
    uuid_query_params=(),
)
