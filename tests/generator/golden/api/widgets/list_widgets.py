"""``GET /widgets``: generated from openapi.yaml; do not edit."""

from typing import Any

import httpx

from ... import types as _types
from ...models.widget import Widget
from ...models.widget_kind import WidgetKind
from ...types import (
    UNSET,
    Operation,
    Pagination,
    RequestKwargs,
    Unset,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response", "WidgetKind"]


def build_request(
    *,
    kind: WidgetKind,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> RequestKwargs:

    params: dict[str, Any] = {}
    json_kind = WidgetKind(kind).value
    params["kind"] = json_kind

    if offset is not UNSET and offset is not None:
        params["offset"] = offset

    if limit is not UNSET and limit is not None:
        params["limit"] = limit

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/widgets",
        "params": params,
    }

    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> list[Widget]:
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
        response_200_item = Widget.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[Widget]] = Operation(
    name="widgets.list",
    build=build_request,
    parse=parse_response,
    server="config",
    route="/widgets",
    idempotent=True,
    path_params={},
    uuid_query_params=(),
    pagination=Pagination(
        style="offset",
        offset_param="offset",
        size_param="limit",
        items_field=None,
        default_size=10,
        first_page=0,
    ),
)
