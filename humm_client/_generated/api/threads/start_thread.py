"""``POST /threads/async``: generated from openapi.yaml; do not edit."""

from typing import Any

import httpx

from ... import types as _types
from ...models.start_thread_request import StartThreadRequest
from ...types import (
    UNSET,
    Operation,
    RequestKwargs,
    Unset,
    parse_object,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response", "StartThreadRequest"]


def build_request(
    *,
    body: StartThreadRequest,
    internal_user_id: str | Unset = UNSET,
) -> RequestKwargs:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    if internal_user_id is not UNSET and internal_user_id is not None:
        params["internal_user_id"] = internal_user_id

    _kwargs: RequestKwargs = {
        "method": "post",
        "url": "/threads/async",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> dict[str, Any]:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = parse_object(response.json())

    return response_200


OPERATION: Operation[dict[str, Any]] = Operation(
    name="threads.start",
    build=build_request,
    parse=parse_response,
    server="analyst",
    route="/threads/async",
    idempotent=True,
    path_params={},
    uuid_query_params=(),
    idempotency_key_field="idempotency_key",
)
