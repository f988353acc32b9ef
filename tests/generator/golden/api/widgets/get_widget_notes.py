"""``GET /widgets/{slug}/notes``: generated from openapi.yaml; do not edit."""

import httpx

from ... import types as _types
from ...types import Operation, RequestKwargs, path_segment

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response"]


def build_request(
    slug: str,
) -> RequestKwargs:

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/widgets/{slug}/notes".format(
            slug=path_segment(slug),
        ),
    }

    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> str:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = response.text
    return response_200


OPERATION: Operation[str] = Operation(
    name="widgets.notes",
    build=build_request,
    parse=parse_response,
    server="analyst",
    route="/widgets/{slug}/notes",
    idempotent=True,
    path_params={
        "slug": "string",
    },
    uuid_query_params=(),
)
