"""``humm.reports``: generated from openapi.yaml; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Unpack, cast
from uuid import UUID

from humm_client._options import RequestOptions
from humm_client._pagination import AsyncPaginator
from humm_client._resource import AsyncResource, LazyModule, json_or_content
from humm_client._response import (
    paginator_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from humm_client._validation import as_enum, as_uuid

from ...types import UNSET, File, Unset

# Each operation's endpoint module, and with it the operation's models (attrs classes, built
# when imported), loads on the operation's first call, not with the namespace: the annotations
# need only the names, and a method reads what it runs (``OPERATION``, the body model, enums)
# from its endpoint module.
if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.run_details_response import RunDetailsResponse
    from ...models.schedule_history_response import ScheduleHistoryResponse
    from . import get_run_details as _get_run_details
    from . import get_schedule_history as _get_schedule_history
else:
    _get_run_details = LazyModule(globals(), "get_run_details")
    _get_schedule_history = LazyModule(globals(), "get_schedule_history")

__all__ = ["Reports", "ReportsWithRawResponse"]


class Reports(AsyncResource):
    """Operations tagged ``reports`` in the API docs."""

    @cached_property
    def with_raw_response(self) -> ReportsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, lazily parsed model)."""
        return ReportsWithRawResponse(self)

    async def get_run(
        self,
        run_id: UUID | str,
        *,
        organization_id: str,
        **options: Unpack[RequestOptions],
    ) -> RunDetailsResponse:
        """Get Run Details: ``GET /reports/runs/{run_id}`` (analyst API).

        Args:
            run_id: Run ID
        """

        return await self._client._request(
            _get_run_details.OPERATION,
            {
                "run_id": run_id,
                "organization_id": organization_id,
            },
            options,
        )

    async def get_schedule_history(
        self,
        schedule_id: UUID | str,
        *,
        organization_id: str,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ScheduleHistoryResponse:
        """Get Schedule History: ``GET /reports/schedules/{schedule_id}/runs`` (analyst API).

        Args:
            schedule_id: Schedule ID
        """

        return await self._client._request(
            _get_schedule_history.OPERATION,
            {
                "schedule_id": schedule_id,
                "organization_id": organization_id,
                "limit": limit,
            },
            options,
        )


class ReportsWithRawResponse:
    """``Reports`` methods that return the raw HTTP response (``RawResponse``)."""

    def __init__(self, resource: Reports) -> None:
        self.get_run = to_raw_response_wrapper(resource.get_run)
        self.get_schedule_history = to_raw_response_wrapper(
            resource.get_schedule_history
        )
