"""``DELETE /widgets/{slug}``: generated from openapi.yaml; do not edit."""

import httpx

from ... import types as _types
from ...types import Operation, RequestKwargs, path_segment

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response"]


def build_request(
    slug: str,
) -> RequestKwargs:

    _kwargs: RequestKwargs = {
        "method": "delete",
        "url": "/widgets/{slug}".format(
            slug=path_segment(slug),
        ),
    }

    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> None:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 204:
        _types.note_status(status_code, "204")
    return None


OPERATION: Operation[None] = Operation(
    name="widgets.delete",
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
