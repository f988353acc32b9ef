"""``POST /widgets``: generated from openapi.yaml; do not edit."""

from typing import Any

import httpx

from ... import types as _types
from ...models.widget import Widget
from ...models.widget_create import WidgetCreate
from ...types import (
    UNSET,
    RequestKwargs,
    Unset,
)


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
