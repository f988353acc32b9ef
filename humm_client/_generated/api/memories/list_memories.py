"""``GET /memories``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...models.memory_response import MemoryResponse
from ...models.memory_status import MemoryStatus
from ...types import (
    UNSET,
    Operation,
    Pagination,
    RequestKwargs,
    Unset,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response", "MemoryStatus"]


def build_request(
    *,
    organization_id: str,
    status: MemoryStatus | None | Unset = UNSET,
    thread_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = 50,
    offset: int | Unset = 0,
) -> RequestKwargs:

    params: dict[str, Any] = {}
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

    if thread_id is not UNSET and thread_id is not None:
        params["thread_id"] = str(thread_id)

    if limit is not UNSET and limit is not None:
        json_limit: int | None | Unset
        if isinstance(limit, Unset):
            json_limit = UNSET
        else:
            json_limit = limit
        params["limit"] = json_limit

    if offset is not UNSET and offset is not None:
        params["offset"] = offset

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/memories",
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
    name="memories.list",
    build=build_request,
    parse=parse_response,
    server="analyst",
    route="/memories",
    idempotent=True,
    path_params={},
    uuid_query_params=("thread_id",),
    pagination=Pagination(
        style="offset",
        offset_param="offset",
        size_param="limit",
        items_field=None,
        default_size=50,
        first_page=0,
    ),
)
