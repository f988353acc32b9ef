"""``humm.schedules``: generated from openapi.yaml; do not edit."""

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
    from ...models.command_schedule_create import CommandScheduleCreate
    from ...models.command_schedule_response import CommandScheduleResponse
    from ...models.command_schedule_update import CommandScheduleUpdate
    from ...models.http_validation_error import HTTPValidationError
    from . import create_schedule as _create_schedule
    from . import update_schedule as _update_schedule
else:
    _create_schedule = LazyModule(globals(), "create_schedule")
    _update_schedule = LazyModule(globals(), "update_schedule")

__all__ = ["Schedules", "SchedulesWithRawResponse"]


class Schedules(AsyncResource):
    """Operations tagged ``schedules`` in the API docs."""

    @cached_property
    def with_raw_response(self) -> SchedulesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, lazily parsed model)."""
        return SchedulesWithRawResponse(self)

    async def create(
        self,
        command_id: UUID | str,
        *,
        organization_id: str,
        cron_expression: str,
        timezone: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        name: None | str | Unset = UNSET,
        run_mode: str | Unset = UNSET,
        subscriber_user_ids: builtins.list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CommandScheduleResponse:
        """Create Schedule: ``POST /commands/{command_id}/schedules`` (analyst API).

        Create a schedule for a command.

        Args:
            cron_expression: Cron expression (e.g., '0 9 * * 1' for Monday 9am)
            timezone: Timezone for cron evaluation
            enabled: Whether the schedule is active
            name: Optional name for the schedule
            run_mode: How to execute for multiple subscribers (e.g. per_subscriber)
        """

        return await self._client._request(
            _create_schedule.OPERATION,
            {
                "command_id": command_id,
                "body": _create_schedule.CommandScheduleCreate(
                    command_id=as_uuid(command_id, "command_id"),
                    organization_id=as_uuid(organization_id, "organization_id"),
                    cron_expression=cron_expression,
                    timezone=timezone,
                    enabled=enabled,
                    name=name,
                    run_mode=run_mode,
                    subscriber_user_ids=subscriber_user_ids,
                ),
                "organization_id": organization_id,
            },
            options,
        )

    async def update(
        self,
        schedule_id: UUID | str,
        *,
        organization_id: str,
        cron_expression: None | str | Unset = UNSET,
        timezone: None | str | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        run_mode: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CommandScheduleResponse:
        """Update Schedule: ``PUT /schedules/{schedule_id}`` (analyst API).

        Update a command schedule.
        """

        return await self._client._request(
            _update_schedule.OPERATION,
            {
                "schedule_id": schedule_id,
                "body": _update_schedule.CommandScheduleUpdate(
                    cron_expression=cron_expression,
                    timezone=timezone,
                    enabled=enabled,
                    name=name,
                    run_mode=run_mode,
                ),
                "organization_id": organization_id,
            },
            options,
        )


class SchedulesWithRawResponse:
    """``Schedules`` methods that return the raw HTTP response (``RawResponse``)."""

    def __init__(self, resource: Schedules) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)
