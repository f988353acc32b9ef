"""``PUT /widgets/{slug}``: generated from openapi.yaml; do not edit."""

from typing import Any

import httpx

from ... import types as _types
from ...models.widget import Widget
from ...types import (
    Operation,
    RequestKwargs,
    path_segment,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response"]


def build_request(
    slug: str,
    *,
    body: list[str],
) -> RequestKwargs:
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "put",
        "url": "/widgets/{slug}".format(
            slug=path_segment(slug),
        ),
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> Widget:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = Widget.from_dict(response.json())

    return response_200


OPERATION: Operation[Widget] = Operation(
    name="widgets.replace_tags",
    build=build_request,
    parse=parse_response,
    server="config",
    route="/widgets/{slug}",
    idempotent=True,
    path_params={
        "slug": "string",
    },
    uuid_query_params=(),
)
