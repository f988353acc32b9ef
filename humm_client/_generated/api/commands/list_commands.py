"""``GET /commands``: generated from openapi.yaml; do not edit."""

from typing import Any

import httpx

from ... import types as _types
from ...types import (
    Operation,
    RequestKwargs,
    parse_object,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response"]


def build_request(
    *,
    organization_id: str,
) -> RequestKwargs:

    params: dict[str, Any] = {}
    params["organization_id"] = organization_id

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/commands",
        "params": params,
    }

    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> list[dict[str, Any]]:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = []
    _response_200 = response.json()
    if type(_response_200) is not list:
        raise TypeError(
            f"response_200: expected an array, got {type(_response_200).__name__}"
        )
    for response_200_item_data in _response_200:
        response_200_item = parse_object(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[dict[str, Any]]] = Operation(
    name="commands.list",
    build=build_request,
    parse=parse_response,
    server="analyst",
    route="/commands",
    idempotent=True,
    path_params={},
    uuid_query_params=(),
)
