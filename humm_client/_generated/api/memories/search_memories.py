"""``GET /memories/search/semantic``: generated from openapi.yaml; do not edit."""

from typing import Any

import httpx

from ... import types as _types
from ...models.memory_response import MemoryResponse
from ...models.memory_status import MemoryStatus
from ...types import (
    UNSET,
    Operation,
    RequestKwargs,
    Unset,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response", "MemoryStatus"]


def build_request(
    *,
    query: str,
    organization_id: str,
    status: MemoryStatus | None | Unset = UNSET,
    limit: int | Unset = 10,
    similarity_threshold: float | Unset = 0.7,
) -> RequestKwargs:

    params: dict[str, Any] = {}
    params["query"] = query

    params["organization_id"] = organization_id

    if status is not UNSET and status is not None:
        json_status: None | str | Unset
        if isinstance(status, Unset):
            json_status = UNSET
        elif isinstance(status, MemoryStatus):
            json_status = MemoryStatus(status).value
        else:
            json_status = status
        params["status"] = json_status

    if limit is not UNSET and limit is not None:
        params["limit"] = limit

    if similarity_threshold is not UNSET and similarity_threshold is not None:
        params["similarity_threshold"] = similarity_threshold

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/memories/search/semantic",
        "params": params,
    }

    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> list[MemoryResponse]:
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
        response_200_item = MemoryResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[MemoryResponse]] = Operation(
    name="memories.search",
    build=build_request,
    parse=parse_response,
    server="analyst",
    route="/memories/search/semantic",
    idempotent=True,
    path_params={},
    uuid_query_params=(),
)
