from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset, is_present, parse_datetime

T = TypeVar("T", bound="CommandRunResponse")


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
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_id_sent: UUID | Unset = (
            self.schedule_id
            if is_present(self._present, "schedule_id", self.schedule_id)
            and self.schedule_id is not None
            else UNSET
        )
        schedule_id: str | Unset = UNSET
        if not isinstance(schedule_id_sent, Unset):
            schedule_id = str(schedule_id_sent)

        user_id_sent: UUID | Unset = (
            self.user_id
            if is_present(self._present, "user_id", self.user_id)
            and self.user_id is not None
            else UNSET
        )
        user_id: str | Unset = UNSET
        if not isinstance(user_id_sent, Unset):
            user_id = str(user_id_sent)

        id_sent: UUID | Unset = (
            self.id
            if is_present(self._present, "id", self.id) and self.id is not None
            else UNSET
        )
        id: str | Unset = UNSET
        if not isinstance(id_sent, Unset):
            id = str(id_sent)

        user_email_sent: None | str | Unset = (
            self.user_email
            if is_present(self._present, "user_email", self.user_email)
            else UNSET
        )
        user_email: None | str | Unset
        if isinstance(user_email_sent, Unset):
            user_email = UNSET
        else:
            user_email = user_email_sent

        status_sent: str | Unset = (
            self.status
            if is_present(self._present, "status", self.status)
            and self.status is not None
            else UNSET
        )
        status = status_sent

        started_at_sent: datetime.datetime | None | Unset = (
            self.started_at
            if is_present(self._present, "started_at", self.started_at)
            else UNSET
        )
        started_at: None | str | Unset
        if isinstance(started_at_sent, Unset):
            started_at = UNSET
        elif isinstance(started_at_sent, datetime.datetime):
            started_at = started_at_sent.isoformat()
        else:
            started_at = started_at_sent

        completed_at_sent: datetime.datetime | None | Unset = (
            self.completed_at
            if is_present(self._present, "completed_at", self.completed_at)
            else UNSET
        )
        completed_at: None | str | Unset
        if isinstance(completed_at_sent, Unset):
            completed_at = UNSET
        elif isinstance(completed_at_sent, datetime.datetime):
            completed_at = completed_at_sent.isoformat()
        else:
            completed_at = completed_at_sent

        error_message_sent: None | str | Unset = (
            self.error_message
            if is_present(self._present, "error_message", self.error_message)
            else UNSET
        )
        error_message: None | str | Unset
        if isinstance(error_message_sent, Unset):
            error_message = UNSET
        else:
            error_message = error_message_sent

        thread_id_sent: None | Unset | UUID = (
            self.thread_id
            if is_present(self._present, "thread_id", self.thread_id)
            else UNSET
        )
        thread_id: None | str | Unset
        if isinstance(thread_id_sent, Unset):
            thread_id = UNSET
        elif isinstance(thread_id_sent, UUID):
            thread_id = str(thread_id_sent)
        else:
            thread_id = thread_id_sent

        summary_sent: None | str | Unset = (
            self.summary
            if is_present(self._present, "summary", self.summary)
            else UNSET
        )
        summary: None | str | Unset
        if isinstance(summary_sent, Unset):
            summary = UNSET
        else:
            summary = summary_sent

        is_read_sent: bool | Unset = (
            self.is_read
            if is_present(self._present, "is_read", self.is_read)
            and self.is_read is not None
            else UNSET
        )
        is_read = is_read_sent

        read_at_sent: datetime.datetime | None | Unset = (
            self.read_at
            if is_present(self._present, "read_at", self.read_at)
            else UNSET
        )
        read_at: None | str | Unset
        if isinstance(read_at_sent, Unset):
            read_at = UNSET
        elif isinstance(read_at_sent, datetime.datetime):
            read_at = read_at_sent.isoformat()
        else:
            read_at = read_at_sent

        created_at_sent: datetime.datetime | None | Unset = (
            self.created_at
            if is_present(self._present, "created_at", self.created_at)
            else UNSET
        )
        created_at: None | str | Unset
        if isinstance(created_at_sent, Unset):
            created_at = UNSET
        elif isinstance(created_at_sent, datetime.datetime):
            created_at = created_at_sent.isoformat()
        else:
            created_at = created_at_sent

        is_source_run_sent: bool | Unset = (
            self.is_source_run
            if is_present(self._present, "is_source_run", self.is_source_run)
            and self.is_source_run is not None
            else UNSET
        )
        is_source_run = is_source_run_sent

        source_run_id_sent: None | Unset | UUID = (
            self.source_run_id
            if is_present(self._present, "source_run_id", self.source_run_id)
            else UNSET
        )
        source_run_id: None | str | Unset
        if isinstance(source_run_id_sent, Unset):
            source_run_id = UNSET
        elif isinstance(source_run_id_sent, UUID):
            source_run_id = str(source_run_id_sent)
        else:
            source_run_id = source_run_id_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule_id is not UNSET:
            field_dict["schedule_id"] = schedule_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if id is not UNSET:
            field_dict["id"] = id
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if status is not UNSET:
            field_dict["status"] = status
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if is_read is not UNSET:
            field_dict["is_read"] = is_read
        if read_at is not UNSET:
            field_dict["read_at"] = read_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if is_source_run is not UNSET:
            field_dict["is_source_run"] = is_source_run
        if source_run_id is not UNSET:
            field_dict["source_run_id"] = source_run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schedule_id_raw = d.pop("schedule_id", UNSET)
        schedule_id: UUID | None
        if schedule_id_raw is None or schedule_id_raw is UNSET:
            _types.note_field("CommandRunResponse", "schedule_id", schedule_id_raw)
            schedule_id = None
        else:
            schedule_id = UUID(schedule_id_raw)

        user_id_raw = d.pop("user_id", UNSET)
        user_id: UUID | None
        if user_id_raw is None or user_id_raw is UNSET:
            _types.note_field("CommandRunResponse", "user_id", user_id_raw)
            user_id = None
        else:
            user_id = UUID(user_id_raw)

        id_raw = d.pop("id", UNSET)
        id: UUID | None
        if id_raw is None or id_raw is UNSET:
            _types.note_field("CommandRunResponse", "id", id_raw)
            id = None
        else:
            id = UUID(id_raw)

        _user_email = d.pop("user_email", UNSET)
        user_email: None | str | Unset
        if _user_email is None or _user_email is UNSET:
            user_email = _user_email
        else:
            if not isinstance(_user_email, str):
                raise TypeError(
                    f"user_email: expected a string, got {type(_user_email).__name__}"
                )
            user_email = _user_email

        status = d.pop("status", UNSET)
        if not isinstance(status, Unset):
            if not isinstance(status, str):
                raise TypeError(
                    f"status: expected a string, got {type(status).__name__}"
                )

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | None | Unset
        if _started_at is None or _started_at is UNSET:
            started_at = _started_at
        else:
            if not isinstance(_started_at, str):
                raise TypeError(
                    "started_at" + ": unexpected type " + type(_started_at).__name__
                )
            started_at_type_0 = parse_datetime(_started_at)

            started_at = started_at_type_0

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | None | Unset
        if _completed_at is None or _completed_at is UNSET:
            completed_at = _completed_at
        else:
            if not isinstance(_completed_at, str):
                raise TypeError(
                    "completed_at" + ": unexpected type " + type(_completed_at).__name__
                )
            completed_at_type_0 = parse_datetime(_completed_at)

            completed_at = completed_at_type_0

        _error_message = d.pop("error_message", UNSET)
        error_message: None | str | Unset
        if _error_message is None or _error_message is UNSET:
            error_message = _error_message
        else:
            if not isinstance(_error_message, str):
                raise TypeError(
                    f"error_message: expected a string, got {type(_error_message).__name__}"
                )
            error_message = _error_message

        _thread_id = d.pop("thread_id", UNSET)
        thread_id: None | Unset | UUID
        if _thread_id is None or _thread_id is UNSET:
            thread_id = _thread_id
        else:
            if not isinstance(_thread_id, str):
                raise TypeError(
                    "thread_id" + ": unexpected type " + type(_thread_id).__name__
                )
            thread_id_type_0 = UUID(_thread_id)

            thread_id = thread_id_type_0

        _summary = d.pop("summary", UNSET)
        summary: None | str | Unset
        if _summary is None or _summary is UNSET:
            summary = _summary
        else:
            if not isinstance(_summary, str):
                raise TypeError(
                    f"summary: expected a string, got {type(_summary).__name__}"
                )
            summary = _summary

        is_read = d.pop("is_read", UNSET)
        if not isinstance(is_read, Unset):
            if not isinstance(is_read, bool):
                raise TypeError(
                    f"is_read: expected a boolean, got {type(is_read).__name__}"
                )

        _read_at = d.pop("read_at", UNSET)
        read_at: datetime.datetime | None | Unset
        if _read_at is None or _read_at is UNSET:
            read_at = _read_at
        else:
            if not isinstance(_read_at, str):
                raise TypeError(
                    "read_at" + ": unexpected type " + type(_read_at).__name__
                )
            read_at_type_0 = parse_datetime(_read_at)

            read_at = read_at_type_0

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at is None or _created_at is UNSET:
            created_at = _created_at
        else:
            if not isinstance(_created_at, str):
                raise TypeError(
                    "created_at" + ": unexpected type " + type(_created_at).__name__
                )
            created_at_type_0 = parse_datetime(_created_at)

            created_at = created_at_type_0

        is_source_run = d.pop("is_source_run", UNSET)
        if not isinstance(is_source_run, Unset):
            if not isinstance(is_source_run, bool):
                raise TypeError(
                    f"is_source_run: expected a boolean, got {type(is_source_run).__name__}"
                )

        _source_run_id = d.pop("source_run_id", UNSET)
        source_run_id: None | Unset | UUID
        if _source_run_id is None or _source_run_id is UNSET:
            source_run_id = _source_run_id
        else:
            if not isinstance(_source_run_id, str):
                raise TypeError(
                    "source_run_id"
                    + ": unexpected type "
                    + type(_source_run_id).__name__
                )
            source_run_id_type_0 = UUID(_source_run_id)

            source_run_id = source_run_id_type_0

        command_run_response = cls(
            schedule_id=schedule_id,
            user_id=user_id,
            id=id,
            user_email=None if isinstance(user_email, Unset) else user_email,
            status=None if isinstance(status, Unset) else status,
            started_at=None if isinstance(started_at, Unset) else started_at,
            completed_at=None if isinstance(completed_at, Unset) else completed_at,
            error_message=None if isinstance(error_message, Unset) else error_message,
            thread_id=None if isinstance(thread_id, Unset) else thread_id,
            summary=None if isinstance(summary, Unset) else summary,
            is_read=None if isinstance(is_read, Unset) else is_read,
            read_at=None if isinstance(read_at, Unset) else read_at,
            created_at=None if isinstance(created_at, Unset) else created_at,
            is_source_run=None if isinstance(is_source_run, Unset) else is_source_run,
            source_run_id=None if isinstance(source_run_id, Unset) else source_run_id,
        )
        command_run_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("CommandRunResponse", d)

        command_run_response.additional_properties = d
        return command_run_response

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
