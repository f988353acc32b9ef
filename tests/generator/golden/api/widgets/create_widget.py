"""``POST /widgets``: generated from openapi.yaml; do not edit."""

from typing import Any

import httpx

from ... import types as _types
from ...models.widget import Widget
from ...models.widget_create import WidgetCreate
from ...models.widget_kind import WidgetKind
from ...types import (
    UNSET,
    Operation,
    RequestKwargs,
    Unset,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response", "WidgetCreate", "WidgetKind"]


def build_request(
    *,
    body: WidgetCreate,
    x_request_source: str,
    x_dry_run: bool | Unset = UNSET,
) -> RequestKwargs:
    headers: dict[str, Any] = {}
    headers["X-Request-Source"] = x_request_source

    if not isinstance(x_dry_run, Unset):
        headers["X-Dry-Run"] = "true" if x_dry_run else "false"

    _kwargs: RequestKwargs = {
        "method": "post",
        "url": "/widgets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> Widget:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 201:
        _types.note_status(status_code, "201")
    response_201 = Widget.from_dict(response.json())

    return response_201


OPERATION: Operation[Widget] = Operation(
    name="widgets.create",
    build=build_request,
    parse=parse_response,
    server="config",
    route="/widgets",
    idempotent=True,
    path_params={},
    uuid_query_params=(),
    idempotency_key_field="idempotency_key",
)
