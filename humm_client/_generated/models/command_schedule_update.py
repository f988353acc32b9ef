from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandScheduleUpdate")


@_attrs_define
class CommandScheduleUpdate:
    """Update model for command schedule.

    Attributes:
        cron_expression (None | str | Unset):
        timezone (None | str | Unset):
        enabled (bool | None | Unset):
        name (None | str | Unset):
        run_mode (None | str | Unset):
    """

    cron_expression: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    run_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cron_expression: None | str | Unset
        if isinstance(self.cron_expression, Unset):
            cron_expression = UNSET
        else:
            cron_expression = self.cron_expression

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        run_mode: None | str | Unset
        if isinstance(self.run_mode, Unset):
            run_mode = UNSET
        else:
            run_mode = self.run_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cron_expression is not UNSET:
            field_dict["cron_expression"] = cron_expression
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if name is not UNSET:
            field_dict["name"] = name
        if run_mode is not UNSET:
            field_dict["run_mode"] = run_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cron_expression = d.pop("cron_expression", UNSET)
        cron_expression: None | str | Unset
        if _cron_expression is None or _cron_expression is UNSET:
            cron_expression = _cron_expression
        else:
            if not isinstance(_cron_expression, str):
                raise TypeError(
                    f"cron_expression: expected a string, got {type(_cron_expression).__name__}"
                )
            cron_expression = _cron_expression

        _timezone = d.pop("timezone", UNSET)
        timezone: None | str | Unset
        if _timezone is None or _timezone is UNSET:
            timezone = _timezone
        else:
            if not isinstance(_timezone, str):
                raise TypeError(
                    f"timezone: expected a string, got {type(_timezone).__name__}"
                )
            timezone = _timezone

        _enabled = d.pop("enabled", UNSET)
        enabled: bool | None | Unset
        if _enabled is None or _enabled is UNSET:
            enabled = _enabled
        else:
            if not isinstance(_enabled, bool):
                raise TypeError(
                    f"enabled: expected a boolean, got {type(_enabled).__name__}"
                )
            enabled = _enabled

        _name = d.pop("name", UNSET)
        name: None | str | Unset
        if _name is None or _name is UNSET:
            name = _name
        else:
            if not isinstance(_name, str):
                raise TypeError(f"name: expected a string, got {type(_name).__name__}")
            name = _name

        _run_mode = d.pop("run_mode", UNSET)
        run_mode: None | str | Unset
        if _run_mode is None or _run_mode is UNSET:
            run_mode = _run_mode
        else:
            if not isinstance(_run_mode, str):
                raise TypeError(
                    f"run_mode: expected a string, got {type(_run_mode).__name__}"
                )
            run_mode = _run_mode

        command_schedule_update = cls(
            cron_expression=cron_expression,
            timezone=timezone,
            enabled=enabled,
            name=name,
            run_mode=run_mode,
        )

        command_schedule_update.additional_properties = d
        return command_schedule_update

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
