"""``POST /memories``: generated from openapi.yaml; do not edit."""

from typing import Any

import httpx

from ... import types as _types
from ...models.memory_create import MemoryCreate
from ...models.memory_response import MemoryResponse
from ...models.memory_scope import MemoryScope
from ...models.memory_status import MemoryStatus
from ...models.memory_type import MemoryType
from ...types import (
    Operation,
    RequestKwargs,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = [
    "OPERATION",
    "build_request",
    "parse_response",
    "MemoryCreate",
    "MemoryScope",
    "MemoryStatus",
    "MemoryType",
]


def build_request(
    *,
    body: MemoryCreate,
    organization_id: str,
) -> RequestKwargs:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    params["organization_id"] = organization_id

    _kwargs: RequestKwargs = {
        "method": "post",
        "url": "/memories",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> MemoryResponse:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = MemoryResponse.from_dict(response.json())

    return response_200


OPERATION: Operation[MemoryResponse] = Operation(
    name="memories.create",
    build=build_request,
    parse=parse_response,
    server="analyst",
    route="/memories",
    idempotent=False,
    path_params={},
    uuid_query_params=(),
)
