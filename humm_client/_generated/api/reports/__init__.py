"""``humm.reports``: generated from openapi.yaml; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import Any, cast
from uuid import UUID

from humm_client._pagination import AsyncPaginator, Pagination
from humm_client._resource import AsyncResource, Operation, json_or_content
from humm_client._response import RawResponse
from humm_client._types import NOT_GIVEN, NotGiven, TimeoutTypes
from humm_client._validation import as_uuid

from ...models.http_validation_error import HTTPValidationError
from ...models.run_details_response import RunDetailsResponse
from ...models.schedule_history_response import ScheduleHistoryResponse
from ...types import UNSET, File, Unset
from . import get_run_details as _get_run_details
from . import get_schedule_history as _get_schedule_history

__all__ = ["Reports", "ReportsWithRawResponse"]

_GET_RUN_DETAILS = Operation(
    name="reports.get_run",
    module=_get_run_details,
    server="analyst",
    idempotent=True,
    path_params={
        "run_id": "uuid",
    },
    uuid_query_params=(),
)
_GET_SCHEDULE_HISTORY = Operation(
    name="reports.get_schedule_history",
    module=_get_schedule_history,
    server="analyst",
    idempotent=True,
    path_params={
        "schedule_id": "uuid",
    },
    uuid_query_params=(),
)


class Reports(AsyncResource):
    """Operations tagged ``reports`` in the API docs."""

    @cached_property
    def with_raw_response(self) -> ReportsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, lazily parsed model)."""
        return ReportsWithRawResponse(self._client)

    async def get_run(
        self,
        run_id: UUID | str,
        *,
        organization_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RunDetailsResponse:
        """Get Run Details: ``GET /reports/runs/{run_id}`` (analyst API)."""

        result = await self._client._request(
            _GET_RUN_DETAILS,
            {
                "run_id": run_id,
                "organization_id": organization_id,
            },
            raw=False,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

        return cast(RunDetailsResponse, result)

    async def get_schedule_history(
        self,
        schedule_id: UUID | str,
        *,
        organization_id: str,
        limit: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ScheduleHistoryResponse:
        """Get Schedule History: ``GET /reports/schedules/{schedule_id}/runs`` (analyst API)."""

        result = await self._client._request(
            _GET_SCHEDULE_HISTORY,
            {
                "schedule_id": schedule_id,
                "organization_id": organization_id,
                "limit": limit,
            },
            raw=False,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

        return cast(ScheduleHistoryResponse, result)


class ReportsWithRawResponse(AsyncResource):
    """``Reports`` methods that return the raw HTTP response (``RawResponse``)."""

    async def get_run(
        self,
        run_id: UUID | str,
        *,
        organization_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[RunDetailsResponse]:
        """Get Run Details: ``GET /reports/runs/{run_id}`` (analyst API)."""

        result = await self._client._request(
            _GET_RUN_DETAILS,
            {
                "run_id": run_id,
                "organization_id": organization_id,
            },
            raw=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

        return cast(RawResponse[RunDetailsResponse], result)

    async def get_schedule_history(
        self,
        schedule_id: UUID | str,
        *,
        organization_id: str,
        limit: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ScheduleHistoryResponse]:
        """Get Schedule History: ``GET /reports/schedules/{schedule_id}/runs`` (analyst API)."""

        result = await self._client._request(
            _GET_SCHEDULE_HISTORY,
            {
                "schedule_id": schedule_id,
                "organization_id": organization_id,
                "limit": limit,
            },
            raw=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

        return cast(RawResponse[ScheduleHistoryResponse], result)
