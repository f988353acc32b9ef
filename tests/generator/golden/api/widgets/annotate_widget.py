"""``PATCH /widgets/{slug}/notes``: generated from openapi.yaml; do not edit."""

from typing import Any

import httpx

from ... import types as _types
from ...models.annotate_widget_body import AnnotateWidgetBody
from ...types import (
    Operation,
    RequestKwargs,
    parse_object,
    path_segment,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response"]


def build_request(
    slug: str,
    *,
    body: AnnotateWidgetBody,
) -> RequestKwargs:
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "patch",
        "url": "/widgets/{slug}/notes".format(
            slug=path_segment(slug),
        ),
    }

    _kwargs["json"] = body

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
    name="widgets.annotate",
    build=build_request,
    parse=parse_response,
    server="analyst",
    route="/widgets/{slug}/notes",
    idempotent=False,
    path_params={
        "slug": "string",
    },
    uuid_query_params=(),
)
