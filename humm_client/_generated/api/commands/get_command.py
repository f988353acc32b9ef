"""``GET /commands/{command_id}``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...types import (
    Operation,
    RequestKwargs,
    parse_object,
    path_segment,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response"]


def build_request(
    command_id: UUID,
    *,
    organization_id: str,
) -> RequestKwargs:

    params: dict[str, Any] = {}
    params["organization_id"] = organization_id

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/commands/{command_id}".format(
            command_id=path_segment(command_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> dict[str, Any]:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = parse_object(response.json())

    return response_200


OPERATION: Operation[dict[str, Any]] = Operation(
    name="commands.get",
    build=build_request,
    parse=parse_response,
    server="analyst",
    route="/commands/{command_id}",
    idempotent=True,
    path_params={
        "command_id": "uuid",
    },
    uuid_query_params=(),
)
