from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset, is_present, parse_datetime

T = TypeVar("T", bound="CommandScheduleResponse")


@_attrs_define
class CommandScheduleResponse:
    """Response model for command schedule.

    Attributes:
        command_id (UUID): ID of the command to execute
        organization_id (UUID): Organization ID
        cron_expression (str): Cron expression (e.g., '0 9 * * 1' for Monday 9am)
        id (UUID):
        next_run_time (datetime.datetime):
        last_run_time (datetime.datetime | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        timezone (str | None): Timezone for cron evaluation Default: 'UTC'.
        enabled (bool | None): Whether the schedule is active Default: True.
        name (None | str):
        run_mode (None | str):
        created_by_user_id (None | UUID):
    """

    command_id: UUID
    organization_id: UUID
    cron_expression: str
    id: UUID
    next_run_time: datetime.datetime
    last_run_time: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    timezone: str | None = None
    enabled: bool | None = None
    name: None | str = None
    run_mode: None | str = None
    created_by_user_id: None | UUID = None
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_id = str(self.command_id)

        organization_id = str(self.organization_id)

        cron_expression = self.cron_expression

        id = str(self.id)

        next_run_time = self.next_run_time.isoformat()

        last_run_time: None | str
        if isinstance(self.last_run_time, datetime.datetime):
            last_run_time = self.last_run_time.isoformat()
        else:
            last_run_time = self.last_run_time

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        timezone_sent: str | Unset = (
            self.timezone
            if is_present(self._present, "timezone", self.timezone)
            and self.timezone is not None
            else UNSET
        )
        timezone = timezone_sent

        enabled_sent: bool | Unset = (
            self.enabled
            if is_present(self._present, "enabled", self.enabled)
            and self.enabled is not None
            else UNSET
        )
        enabled = enabled_sent

        name_sent: None | str | Unset = (
            self.name if is_present(self._present, "name", self.name) else UNSET
        )
        name: None | str | Unset
        if isinstance(name_sent, Unset):
            name = UNSET
        else:
            name = name_sent

        run_mode_sent: None | str | Unset = (
            self.run_mode
            if is_present(self._present, "run_mode", self.run_mode)
            else UNSET
        )
        run_mode: None | str | Unset
        if isinstance(run_mode_sent, Unset):
            run_mode = UNSET
        else:
            run_mode = run_mode_sent

        created_by_user_id_sent: None | Unset | UUID = (
            self.created_by_user_id
            if is_present(self._present, "created_by_user_id", self.created_by_user_id)
            else UNSET
        )
        created_by_user_id: None | str | Unset
        if isinstance(created_by_user_id_sent, Unset):
            created_by_user_id = UNSET
        elif isinstance(created_by_user_id_sent, UUID):
            created_by_user_id = str(created_by_user_id_sent)
        else:
            created_by_user_id = created_by_user_id_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command_id": command_id,
                "organization_id": organization_id,
                "cron_expression": cron_expression,
                "id": id,
                "next_run_time": next_run_time,
                "last_run_time": last_run_time,
                "created_at": created_at,
                "updated_at": updated_at,
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
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id

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

        id = UUID(d.pop("id"))

        next_run_time = parse_datetime(d.pop("next_run_time"))

        _last_run_time = d.pop("last_run_time")
        last_run_time: datetime.datetime | None
        if _last_run_time is None:
            last_run_time = _last_run_time
        else:
            if not isinstance(_last_run_time, str):
                raise TypeError(
                    "last_run_time"
                    + ": unexpected type "
                    + type(_last_run_time).__name__
                )
            last_run_time_type_0 = parse_datetime(_last_run_time)

            last_run_time = last_run_time_type_0

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        timezone_raw = d.pop("timezone", UNSET)
        if timezone_raw is None:
            _types.note_field("CommandScheduleResponse", "timezone", timezone_raw)
            timezone_raw = UNSET
        timezone = timezone_raw
        if not isinstance(timezone, Unset):
            if not isinstance(timezone, str):
                raise TypeError(
                    f"timezone: expected a string, got {type(timezone).__name__}"
                )

        enabled_raw = d.pop("enabled", UNSET)
        if enabled_raw is None:
            _types.note_field("CommandScheduleResponse", "enabled", enabled_raw)
            enabled_raw = UNSET
        enabled = enabled_raw
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

        _created_by_user_id = d.pop("created_by_user_id", UNSET)
        created_by_user_id: None | Unset | UUID
        if _created_by_user_id is None or _created_by_user_id is UNSET:
            created_by_user_id = _created_by_user_id
        else:
            if not isinstance(_created_by_user_id, str):
                raise TypeError(
                    "created_by_user_id"
                    + ": unexpected type "
                    + type(_created_by_user_id).__name__
                )
            created_by_user_id_type_0 = UUID(_created_by_user_id)

            created_by_user_id = created_by_user_id_type_0

        command_schedule_response = cls(
            command_id=command_id,
            organization_id=organization_id,
            cron_expression=cron_expression,
            id=id,
            next_run_time=next_run_time,
            last_run_time=last_run_time,
            created_at=created_at,
            updated_at=updated_at,
            timezone=None if isinstance(timezone, Unset) else timezone,
            enabled=None if isinstance(enabled, Unset) else enabled,
            name=None if isinstance(name, Unset) else name,
            run_mode=None if isinstance(run_mode, Unset) else run_mode,
            created_by_user_id=None
            if isinstance(created_by_user_id, Unset)
            else created_by_user_id,
        )
        command_schedule_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("CommandScheduleResponse", d)

        command_schedule_response.additional_properties = d
        return command_schedule_response

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
