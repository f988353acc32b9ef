"""``GET /memories/{memory_id}``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...models.memory_response import MemoryResponse
from ...types import (
    Operation,
    RequestKwargs,
    path_segment,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response"]


def build_request(
    memory_id: UUID,
    *,
    organization_id: str,
) -> RequestKwargs:

    params: dict[str, Any] = {}
    params["organization_id"] = organization_id

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/memories/{memory_id}".format(
            memory_id=path_segment(memory_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> MemoryResponse:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = MemoryResponse.from_dict(response.json())

    return response_200


OPERATION: Operation[MemoryResponse] = Operation(
    name="memories.get",
    build=build_request,
    parse=parse_response,
    server="analyst",
    route="/memories/{memory_id}",
    idempotent=True,
    path_params={
        "memory_id": "uuid",
    },
    uuid_query_params=(),
)
