"""``GET /reports/runs/{run_id}``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...models.run_details_response import RunDetailsResponse
from ...types import (
    Operation,
    RequestKwargs,
    path_segment,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response"]


def build_request(
    run_id: UUID,
    *,
    organization_id: str,
) -> RequestKwargs:

    params: dict[str, Any] = {}
    params["organization_id"] = organization_id

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/reports/runs/{run_id}".format(
            run_id=path_segment(run_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> RunDetailsResponse:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = RunDetailsResponse.from_dict(response.json())

    return response_200


OPERATION: Operation[RunDetailsResponse] = Operation(
    name="reports.get_run",
    build=build_request,
    parse=parse_response,
    server="analyst",
    route="/reports/runs/{run_id}",
    idempotent=True,
    path_params={
        "run_id": "uuid",
    },
    uuid_query_params=(),
)
