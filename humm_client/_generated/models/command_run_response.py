from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import (
    UNSET,
    fromisoformat,
    parse_moment,
    parse_uuid,
    uuid_text,
)

T = TypeVar("T", bound="CommandRunResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "schedule_id",
        "user_id",
        "id",
        "user_email",
        "status",
        "started_at",
        "completed_at",
        "error_message",
        "thread_id",
        "summary",
        "is_read",
        "read_at",
        "created_at",
        "is_source_run",
        "source_run_id",
    }
)


@_attrs_define
class CommandRunResponse:
    """Response model for command run.

    Attributes:
        schedule_id (UUID | None):
        user_id (UUID | None):
        id (UUID | None):
        user_email (None | str):
        status (str | None):
        started_at (datetime.datetime | None):
        completed_at (datetime.datetime | None):
        error_message (None | str):
        thread_id (None | UUID):
        summary (None | str):
        is_read (bool | None):
        read_at (datetime.datetime | None):
        created_at (datetime.datetime | None):
        is_source_run (bool | None):
        source_run_id (None | UUID):
    """

    schedule_id: UUID | None
    user_id: UUID | None
    id: UUID | None
    user_email: None | str = None
    status: str | None = None
    started_at: datetime.datetime | None = None
    completed_at: datetime.datetime | None = None
    error_message: None | str = None
    thread_id: None | UUID = None
    summary: None | str = None
    is_read: bool | None = None
    read_at: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    is_source_run: bool | None = None
    source_run_id: None | UUID = None
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    #: The datetimes as parsed (started_at, completed_at, read_at, created_at), to tell them from ones assigned since.
    _moments: tuple[datetime.datetime | None, ...] = _attrs_field(
        default=(), init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        schedule_id = self.schedule_id
        if schedule_id is not None and (sent is None or "schedule_id" in sent):
            field_dict["schedule_id"] = uuid_text(schedule_id)
        user_id = self.user_id
        if user_id is not None and (sent is None or "user_id" in sent):
            field_dict["user_id"] = uuid_text(user_id)
        id = self.id
        if id is not None and (sent is None or "id" in sent):
            field_dict["id"] = uuid_text(id)
        user_email = self.user_email
        if "user_email" in sent if sent is not None else user_email is not None:
            field_dict["user_email"] = user_email
        status = self.status
        if status is not None and (sent is None or "status" in sent):
            field_dict["status"] = status
        started_at = self.started_at
        if "started_at" in sent if sent is not None else started_at is not None:
            field_dict["started_at"] = (
                None
                if started_at is None
                else sent["started_at"]
                if sent is not None and started_at is self._moments[0]
                else started_at.isoformat()
            )
        completed_at = self.completed_at
        if "completed_at" in sent if sent is not None else completed_at is not None:
            field_dict["completed_at"] = (
                None
                if completed_at is None
                else sent["completed_at"]
                if sent is not None and completed_at is self._moments[1]
                else completed_at.isoformat()
            )
        error_message = self.error_message
        if "error_message" in sent if sent is not None else error_message is not None:
            field_dict["error_message"] = error_message
        thread_id = self.thread_id
        if "thread_id" in sent if sent is not None else thread_id is not None:
            field_dict["thread_id"] = (
                None if thread_id is None else uuid_text(thread_id)
            )
        summary = self.summary
        if "summary" in sent if sent is not None else summary is not None:
            field_dict["summary"] = summary
        is_read = self.is_read
        if is_read is not None and (sent is None or "is_read" in sent):
            field_dict["is_read"] = is_read
        read_at = self.read_at
        if "read_at" in sent if sent is not None else read_at is not None:
            field_dict["read_at"] = (
                None
                if read_at is None
                else sent["read_at"]
                if sent is not None and read_at is self._moments[2]
                else read_at.isoformat()
            )
        created_at = self.created_at
        if "created_at" in sent if sent is not None else created_at is not None:
            field_dict["created_at"] = (
                None
                if created_at is None
                else sent["created_at"]
                if sent is not None and created_at is self._moments[3]
                else created_at.isoformat()
            )
        is_source_run = self.is_source_run
        if is_source_run is not None and (sent is None or "is_source_run" in sent):
            field_dict["is_source_run"] = is_source_run
        source_run_id = self.source_run_id
        if "source_run_id" in sent if sent is not None else source_run_id is not None:
            field_dict["source_run_id"] = (
                None if source_run_id is None else uuid_text(source_run_id)
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = get("schedule_id")
        if v is None:
            if "schedule_id" in src_dict:
                _types.note_field("CommandRunResponse", "schedule_id", None)
            else:
                missing += 1
                _types.note_field("CommandRunResponse", "schedule_id", UNSET)
            obj.schedule_id = None
        else:
            obj.schedule_id = parse_uuid(v)

        v = get("user_id")
        if v is None:
            if "user_id" in src_dict:
                _types.note_field("CommandRunResponse", "user_id", None)
            else:
                missing += 1
                _types.note_field("CommandRunResponse", "user_id", UNSET)
            obj.user_id = None
        else:
            obj.user_id = parse_uuid(v)

        v = get("id")
        if v is None:
            if "id" in src_dict:
                _types.note_field("CommandRunResponse", "id", None)
            else:
                missing += 1
                _types.note_field("CommandRunResponse", "id", UNSET)
            obj.id = None
        else:
            obj.id = parse_uuid(v)

        v = get("user_email")
        if v is None:
            if "user_email" not in src_dict:
                missing += 1
            obj.user_email = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"user_email: expected a string, got {type(v).__name__}"
                )
            obj.user_email = v

        v = get("status")
        if v is None:
            if "status" in src_dict:
                raise TypeError("status: null, where the spec allows no null")
            missing += 1
            obj.status = None
        else:
            if type(v) is not str:
                raise TypeError(f"status: expected a string, got {type(v).__name__}")
            obj.status = v

        started_at: datetime.datetime | None
        v = get("started_at")
        if v is None:
            if "started_at" not in src_dict:
                missing += 1
            obj.started_at = started_at = None
        else:
            try:
                obj.started_at = started_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.started_at = started_at = parse_moment(v)

        completed_at: datetime.datetime | None
        v = get("completed_at")
        if v is None:
            if "completed_at" not in src_dict:
                missing += 1
            obj.completed_at = completed_at = None
        else:
            try:
                obj.completed_at = completed_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.completed_at = completed_at = parse_moment(v)

        v = get("error_message")
        if v is None:
            if "error_message" not in src_dict:
                missing += 1
            obj.error_message = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"error_message: expected a string, got {type(v).__name__}"
                )
            obj.error_message = v

        v = get("thread_id")
        if v is None:
            if "thread_id" not in src_dict:
                missing += 1
            obj.thread_id = None
        else:
            obj.thread_id = parse_uuid(v)

        v = get("summary")
        if v is None:
            if "summary" not in src_dict:
                missing += 1
            obj.summary = None
        else:
            if type(v) is not str:
                raise TypeError(f"summary: expected a string, got {type(v).__name__}")
            obj.summary = v

        v = get("is_read")
        if v is None:
            if "is_read" in src_dict:
                raise TypeError("is_read: null, where the spec allows no null")
            missing += 1
            obj.is_read = None
        else:
            if type(v) is not bool:
                raise TypeError(f"is_read: expected a boolean, got {type(v).__name__}")
            obj.is_read = v

        read_at: datetime.datetime | None
        v = get("read_at")
        if v is None:
            if "read_at" not in src_dict:
                missing += 1
            obj.read_at = read_at = None
        else:
            try:
                obj.read_at = read_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.read_at = read_at = parse_moment(v)

        created_at: datetime.datetime | None
        v = get("created_at")
        if v is None:
            if "created_at" not in src_dict:
                missing += 1
            obj.created_at = created_at = None
        else:
            try:
                obj.created_at = created_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.created_at = created_at = parse_moment(v)

        v = get("is_source_run")
        if v is None:
            if "is_source_run" in src_dict:
                raise TypeError("is_source_run: null, where the spec allows no null")
            missing += 1
            obj.is_source_run = None
        else:
            if type(v) is not bool:
                raise TypeError(
                    f"is_source_run: expected a boolean, got {type(v).__name__}"
                )
            obj.is_source_run = v

        v = get("source_run_id")
        if v is None:
            if "source_run_id" not in src_dict:
                missing += 1
            obj.source_run_id = None
        else:
            obj.source_run_id = parse_uuid(v)

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        obj._moments = (
            started_at,
            completed_at,
            read_at,
            created_at,
        )
        if len(src_dict) + missing > 15:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("CommandRunResponse", extra)
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
