from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset, is_present, parse_object

if TYPE_CHECKING:
    from ..models.command_run_response import CommandRunResponse
    from ..models.command_schedule_response import CommandScheduleResponse
    from ..models.schedule_history_response_pagination import (
        ScheduleHistoryResponsePagination,
    )


T = TypeVar("T", bound="ScheduleHistoryResponse")


@_attrs_define
class ScheduleHistoryResponse:
    """
    Attributes:
        schedule (CommandScheduleResponse | None): Response model for command schedule.
        command_name (str | None):
        runs (list[CommandRunResponse] | None):
        pagination (dict[str, Any] | None):
    """

    schedule: CommandScheduleResponse | None = None
    command_name: str | None = None
    runs: list[CommandRunResponse] | None = None
    pagination: dict[str, Any] | None = None
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_sent: CommandScheduleResponse | Unset = (
            self.schedule
            if is_present(self._present, "schedule", self.schedule)
            and self.schedule is not None
            else UNSET
        )
        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(schedule_sent, Unset):
            schedule = schedule_sent.to_dict()

        command_name_sent: str | Unset = (
            self.command_name
            if is_present(self._present, "command_name", self.command_name)
            and self.command_name is not None
            else UNSET
        )
        command_name = command_name_sent

        runs_sent: list[CommandRunResponse] | Unset = (
            self.runs
            if is_present(self._present, "runs", self.runs) and self.runs is not None
            else UNSET
        )
        runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(runs_sent, Unset):
            runs = []
            for runs_item_data in runs_sent:
                runs_item = runs_item_data.to_dict()
                runs.append(runs_item)

        pagination_sent: ScheduleHistoryResponsePagination | Unset = (
            self.pagination
            if is_present(self._present, "pagination", self.pagination)
            and self.pagination is not None
            else UNSET
        )
        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(pagination_sent, Unset):
            pagination = pagination_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if command_name is not UNSET:
            field_dict["command_name"] = command_name
        if runs is not UNSET:
            field_dict["runs"] = runs
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.command_run_response import CommandRunResponse  # noqa: PLC0415
        from ..models.command_schedule_response import CommandScheduleResponse  # noqa: PLC0415

        d = dict(src_dict)
        _schedule = d.pop("schedule", UNSET)
        schedule: CommandScheduleResponse | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = CommandScheduleResponse.from_dict(_schedule)

        command_name = d.pop("command_name", UNSET)
        if not isinstance(command_name, Unset):
            if not isinstance(command_name, str):
                raise TypeError(
                    f"command_name: expected a string, got {type(command_name).__name__}"
                )

        _runs = d.pop("runs", UNSET)
        runs: list[CommandRunResponse] | Unset = UNSET
        if _runs is not UNSET:
            if type(_runs) is not list:
                raise TypeError(f"runs: expected an array, got {type(_runs).__name__}")
            runs = []
            for runs_item_data in _runs:
                runs_item = CommandRunResponse.from_dict(runs_item_data)

                runs.append(runs_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: ScheduleHistoryResponsePagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = parse_object(_pagination)

        schedule_history_response = cls(
            schedule=None if isinstance(schedule, Unset) else schedule,
            command_name=None if isinstance(command_name, Unset) else command_name,
            runs=None if isinstance(runs, Unset) else runs,
            pagination=None if isinstance(pagination, Unset) else pagination,
        )
        schedule_history_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("ScheduleHistoryResponse", d)

        schedule_history_response.additional_properties = d
        return schedule_history_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
