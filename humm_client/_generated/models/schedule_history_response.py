from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

if TYPE_CHECKING:
    from ..models.command_run_response import CommandRunResponse
    from ..models.command_schedule_response import CommandScheduleResponse


T = TypeVar("T", bound="ScheduleHistoryResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "schedule",
        "command_name",
        "runs",
        "pagination",
    }
)


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
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        schedule = self.schedule
        if schedule is not None and (sent is None or "schedule" in sent):
            field_dict["schedule"] = schedule.to_dict()
        command_name = self.command_name
        if command_name is not None and (sent is None or "command_name" in sent):
            field_dict["command_name"] = command_name
        runs = self.runs
        if runs is not None and (sent is None or "runs" in sent):
            field_dict["runs"] = [item.to_dict() for item in runs]
        pagination = self.pagination
        if pagination is not None and (sent is None or "pagination" in sent):
            field_dict["pagination"] = pagination
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.command_run_response import CommandRunResponse  # noqa: PLC0415
        from ..models.command_schedule_response import CommandScheduleResponse  # noqa: PLC0415

        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = get("schedule")
        if v is None:
            if "schedule" in src_dict:
                raise TypeError("schedule: null, where the spec allows no null")
            missing += 1
            obj.schedule = None
        else:
            if type(v) is not dict:
                raise TypeError(f"schedule: expected an object, got {type(v).__name__}")
            obj.schedule = CommandScheduleResponse.from_dict(v)

        v = get("command_name")
        if v is None:
            if "command_name" in src_dict:
                raise TypeError("command_name: null, where the spec allows no null")
            missing += 1
            obj.command_name = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"command_name: expected a string, got {type(v).__name__}"
                )
            obj.command_name = v

        v = get("runs")
        if v is None:
            if "runs" in src_dict:
                raise TypeError("runs: null, where the spec allows no null")
            missing += 1
            obj.runs = None
        else:
            if type(v) is not list:
                raise TypeError(f"runs: expected an array, got {type(v).__name__}")
            runs_items: list[CommandRunResponse] = []
            for item in v:
                if type(item) is not dict:
                    raise TypeError(
                        f"runs item: expected an object, got {type(item).__name__}"
                    )
                runs_items.append(CommandRunResponse.from_dict(item))
            obj.runs = runs_items

        v = get("pagination")
        if v is None:
            if "pagination" in src_dict:
                raise TypeError("pagination: null, where the spec allows no null")
            missing += 1
            obj.pagination = None
        else:
            if type(v) is not dict:
                raise TypeError(
                    f"pagination: expected an object, got {type(v).__name__}"
                )
            obj.pagination = v

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        if len(src_dict) + missing > 4:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("ScheduleHistoryResponse", extra)
            obj.additional_properties = extra
        else:
            obj.additional_properties = {}
        return obj

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
