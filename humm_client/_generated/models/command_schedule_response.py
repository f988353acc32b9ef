from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import (
    fromisoformat,
    parse_moment,
    parse_uuid,
    uuid_text,
)

T = TypeVar("T", bound="CommandScheduleResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "command_id",
        "organization_id",
        "cron_expression",
        "id",
        "next_run_time",
        "last_run_time",
        "created_at",
        "updated_at",
        "timezone",
        "enabled",
        "name",
        "run_mode",
        "created_by_user_id",
    }
)


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
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    #: The datetimes as parsed (next_run_time, last_run_time, created_at, updated_at), to tell them from ones assigned since.
    _moments: tuple[datetime.datetime | None, ...] = _attrs_field(
        default=(), init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        command_id = self.command_id
        field_dict["command_id"] = uuid_text(command_id)
        organization_id = self.organization_id
        field_dict["organization_id"] = uuid_text(organization_id)
        field_dict["cron_expression"] = self.cron_expression
        id = self.id
        field_dict["id"] = uuid_text(id)
        next_run_time = self.next_run_time
        field_dict["next_run_time"] = (
            sent["next_run_time"]
            if sent is not None and next_run_time is self._moments[0]
            else next_run_time.isoformat()
        )
        last_run_time = self.last_run_time
        field_dict["last_run_time"] = (
            None
            if last_run_time is None
            else sent["last_run_time"]
            if sent is not None and last_run_time is self._moments[1]
            else last_run_time.isoformat()
        )
        created_at = self.created_at
        field_dict["created_at"] = (
            sent["created_at"]
            if sent is not None and created_at is self._moments[2]
            else created_at.isoformat()
        )
        updated_at = self.updated_at
        field_dict["updated_at"] = (
            sent["updated_at"]
            if sent is not None and updated_at is self._moments[3]
            else updated_at.isoformat()
        )
        timezone = self.timezone
        if timezone is not None and (sent is None or "timezone" in sent):
            field_dict["timezone"] = timezone
        enabled = self.enabled
        if enabled is not None and (sent is None or "enabled" in sent):
            field_dict["enabled"] = enabled
        name = self.name
        if "name" in sent if sent is not None else name is not None:
            field_dict["name"] = name
        run_mode = self.run_mode
        if "run_mode" in sent if sent is not None else run_mode is not None:
            field_dict["run_mode"] = run_mode
        created_by_user_id = self.created_by_user_id
        if (
            "created_by_user_id" in sent
            if sent is not None
            else created_by_user_id is not None
        ):
            field_dict["created_by_user_id"] = (
                None if created_by_user_id is None else uuid_text(created_by_user_id)
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = src_dict["command_id"]
        obj.command_id = parse_uuid(v)

        v = src_dict["organization_id"]
        obj.organization_id = parse_uuid(v)

        v = src_dict["cron_expression"]
        if type(v) is not str:
            raise TypeError(
                f"cron_expression: expected a string, got {type(v).__name__}"
            )
        obj.cron_expression = v

        v = src_dict["id"]
        obj.id = parse_uuid(v)

        v = src_dict["next_run_time"]
        try:
            obj.next_run_time = next_run_time = fromisoformat(v)
        except ValueError:  # a rarer ISO form
            obj.next_run_time = next_run_time = parse_moment(v)

        last_run_time: datetime.datetime | None
        v = src_dict["last_run_time"]
        if v is None:
            obj.last_run_time = last_run_time = None
        else:
            try:
                obj.last_run_time = last_run_time = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.last_run_time = last_run_time = parse_moment(v)

        v = src_dict["created_at"]
        try:
            obj.created_at = created_at = fromisoformat(v)
        except ValueError:  # a rarer ISO form
            obj.created_at = created_at = parse_moment(v)

        v = src_dict["updated_at"]
        try:
            obj.updated_at = updated_at = fromisoformat(v)
        except ValueError:  # a rarer ISO form
            obj.updated_at = updated_at = parse_moment(v)

        v = get("timezone")
        if v is None:
            if "timezone" in src_dict:
                _types.note_field("CommandScheduleResponse", "timezone", None)
            else:
                missing += 1
            obj.timezone = None
        else:
            if type(v) is not str:
                raise TypeError(f"timezone: expected a string, got {type(v).__name__}")
            obj.timezone = v

        v = get("enabled")
        if v is None:
            if "enabled" in src_dict:
                _types.note_field("CommandScheduleResponse", "enabled", None)
            else:
                missing += 1
            obj.enabled = None
        else:
            if type(v) is not bool:
                raise TypeError(f"enabled: expected a boolean, got {type(v).__name__}")
            obj.enabled = v

        v = get("name")
        if v is None:
            if "name" not in src_dict:
                missing += 1
            obj.name = None
        else:
            if type(v) is not str:
                raise TypeError(f"name: expected a string, got {type(v).__name__}")
            obj.name = v

        v = get("run_mode")
        if v is None:
            if "run_mode" not in src_dict:
                missing += 1
            obj.run_mode = None
        else:
            if type(v) is not str:
                raise TypeError(f"run_mode: expected a string, got {type(v).__name__}")
            obj.run_mode = v

        v = get("created_by_user_id")
        if v is None:
            if "created_by_user_id" not in src_dict:
                missing += 1
            obj.created_by_user_id = None
        else:
            obj.created_by_user_id = parse_uuid(v)

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        obj._moments = (
            next_run_time,
            last_run_time,
            created_at,
            updated_at,
        )
        if len(src_dict) + missing > 13:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("CommandScheduleResponse", extra)
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
