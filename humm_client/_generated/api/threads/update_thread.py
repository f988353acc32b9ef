"""``PUT /threads/{thread_id}``: generated from openapi.yaml; do not edit."""

from typing import Any

import httpx

from ... import types as _types
from ...models.thread_update import ThreadUpdate
from ...types import (
    RequestKwargs,
    parse_object,
    path_segment,
)


def build_request(
    thread_id: str,
    *,
    body: ThreadUpdate,
    organization_id: str,
) -> RequestKwargs:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    params["organization_id"] = organization_id

    _kwargs: RequestKwargs = {
        "method": "put",
        "url": "/threads/{thread_id}".format(
            thread_id=path_segment(thread_id),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> dict[str, Any]:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = parse_object(response.json())

    return response_200
