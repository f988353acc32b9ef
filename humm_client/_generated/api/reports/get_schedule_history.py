"""``GET /reports/schedules/{schedule_id}/runs``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...models.schedule_history_response import ScheduleHistoryResponse
from ...types import (
    UNSET,
    Operation,
    RequestKwargs,
    Unset,
    path_segment,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response"]


def build_request(
    schedule_id: UUID,
    *,
    organization_id: str,
    limit: int | Unset = 20,
) -> RequestKwargs:

    params: dict[str, Any] = {}
    params["organization_id"] = organization_id

    if limit is not UNSET and limit is not None:
        params["limit"] = limit

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/reports/schedules/{schedule_id}/runs".format(
            schedule_id=path_segment(schedule_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    status_code: int, response: httpx.Response
) -> ScheduleHistoryResponse:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = ScheduleHistoryResponse.from_dict(response.json())

    return response_200


OPERATION: Operation[ScheduleHistoryResponse] = Operation(
    name="reports.get_schedule_history",
    build=build_request,
    parse=parse_response,
    server="analyst",
    route="/reports/schedules/{schedule_id}/runs",
    idempotent=True,
    path_params={
        "schedule_id": "uuid",
    },
    uuid_query_params=(),
)
