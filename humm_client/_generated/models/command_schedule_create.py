from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandScheduleCreate")


@_attrs_define
class CommandScheduleCreate:
    """Create model for command schedule.

    Attributes:
        command_id (UUID): ID of the command to execute
        organization_id (UUID): Organization ID
        cron_expression (str): Cron expression (e.g., '0 9 * * 1' for Monday 9am)
        timezone (str | Unset): Timezone for cron evaluation Default: 'UTC'.
        enabled (bool | Unset): Whether the schedule is active Default: True.
        name (None | str | Unset): Optional name for the schedule
        run_mode (str | Unset): How to execute for multiple subscribers (e.g. per_subscriber)
        subscriber_user_ids (list[UUID] | Unset):
    """

    command_id: UUID
    organization_id: UUID
    cron_expression: str
    timezone: str | Unset = "UTC"
    enabled: bool | Unset = True
    name: None | str | Unset = UNSET
    run_mode: str | Unset = UNSET
    subscriber_user_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_id = str(self.command_id)

        organization_id = str(self.organization_id)

        cron_expression = self.cron_expression

        timezone = self.timezone

        enabled = self.enabled

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        run_mode = self.run_mode

        subscriber_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.subscriber_user_ids, Unset):
            subscriber_user_ids = []
            for subscriber_user_ids_item_data in self.subscriber_user_ids:
                subscriber_user_ids_item = str(subscriber_user_ids_item_data)
                subscriber_user_ids.append(subscriber_user_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command_id": command_id,
                "organization_id": organization_id,
                "cron_expression": cron_expression,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if name is not UNSET:
            field_dict["name"] = name
        if run_mode is not UNSET:
            field_dict["run_mode"] = run_mode
        if subscriber_user_ids is not UNSET:
            field_dict["subscriber_user_ids"] = subscriber_user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command_id = UUID(d.pop("command_id"))

        organization_id = UUID(d.pop("organization_id"))

        cron_expression = d.pop("cron_expression")
        if not isinstance(cron_expression, str):
            raise TypeError(
                f"cron_expression: expected a string, got {type(cron_expression).__name__}"
            )

        timezone = d.pop("timezone", UNSET)
        if not isinstance(timezone, Unset):
            if not isinstance(timezone, str):
                raise TypeError(
                    f"timezone: expected a string, got {type(timezone).__name__}"
                )

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, Unset):
            if not isinstance(enabled, bool):
                raise TypeError(
                    f"enabled: expected a boolean, got {type(enabled).__name__}"
                )

        _name = d.pop("name", UNSET)
        name: None | str | Unset
        if _name is None or _name is UNSET:
            name = _name
        else:
            if not isinstance(_name, str):
                raise TypeError(f"name: expected a string, got {type(_name).__name__}")
            name = _name

        run_mode = d.pop("run_mode", UNSET)
        if not isinstance(run_mode, Unset):
            if not isinstance(run_mode, str):
                raise TypeError(
                    f"run_mode: expected a string, got {type(run_mode).__name__}"
                )

        _subscriber_user_ids = d.pop("subscriber_user_ids", UNSET)
        subscriber_user_ids: list[UUID] | Unset = UNSET
        if _subscriber_user_ids is not UNSET:
            if type(_subscriber_user_ids) is not list:
                raise TypeError(
                    f"subscriber_user_ids: expected an array, got {type(_subscriber_user_ids).__name__}"
                )
            subscriber_user_ids = []
            for subscriber_user_ids_item_data in _subscriber_user_ids:
                subscriber_user_ids_item = UUID(subscriber_user_ids_item_data)

                subscriber_user_ids.append(subscriber_user_ids_item)

        command_schedule_create = cls(
            command_id=command_id,
            organization_id=organization_id,
            cron_expression=cron_expression,
            timezone=timezone,
            enabled=enabled,
            name=name,
            run_mode=run_mode,
            subscriber_user_ids=subscriber_user_ids,
        )

        command_schedule_create.additional_properties = d
        return command_schedule_create

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
