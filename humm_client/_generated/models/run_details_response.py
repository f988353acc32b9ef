from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_run_response import CommandRunResponse
    from ..models.command_schedule_response import CommandScheduleResponse


T = TypeVar("T", bound="RunDetailsResponse")


@_attrs_define
class RunDetailsResponse:
    """Response for run details endpoint, includes thread info.

    Attributes:
        run (CommandRunResponse): Response model for command run.
        schedule (CommandScheduleResponse | Unset): Response model for command schedule.
        command_name (str | Unset):
    """

    run: CommandRunResponse
    schedule: CommandScheduleResponse | Unset = UNSET
    command_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run = self.run.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        command_name = self.command_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run": run,
            }
        )
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if command_name is not UNSET:
            field_dict["command_name"] = command_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.command_run_response import CommandRunResponse  # noqa: PLC0415
        from ..models.command_schedule_response import CommandScheduleResponse  # noqa: PLC0415

        d = dict(src_dict)
        run = CommandRunResponse.from_dict(d.pop("run"))

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

        run_details_response = cls(
            run=run,
            schedule=schedule,
            command_name=command_name,
        )

        run_details_response.additional_properties = d
        return run_details_response

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
