from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CommandRunResponse")


@_attrs_define
class CommandRunResponse:
    """Response model for command run.

    Attributes:
        schedule_id (UUID):
        user_id (UUID):
        id (UUID):
        user_email (None | str | Unset):
        status (str | Unset):
        started_at (datetime.datetime | None | Unset):
        completed_at (datetime.datetime | None | Unset):
        error_message (None | str | Unset):
        thread_id (None | Unset | UUID):
        summary (None | str | Unset):
        is_read (bool | Unset):
        read_at (datetime.datetime | None | Unset):
        created_at (datetime.datetime | None | Unset):
        is_source_run (bool | Unset):
        source_run_id (None | Unset | UUID):
    """

    schedule_id: UUID
    user_id: UUID
    id: UUID
    user_email: None | str | Unset = UNSET
    status: str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    thread_id: None | Unset | UUID = UNSET
    summary: None | str | Unset = UNSET
    is_read: bool | Unset = UNSET
    read_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    is_source_run: bool | Unset = UNSET
    source_run_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_id = str(self.schedule_id)

        user_id = str(self.user_id)

        id = str(self.id)

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        status = self.status

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        thread_id: None | str | Unset
        if isinstance(self.thread_id, Unset):
            thread_id = UNSET
        elif isinstance(self.thread_id, UUID):
            thread_id = str(self.thread_id)
        else:
            thread_id = self.thread_id

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        is_read = self.is_read

        read_at: None | str | Unset
        if isinstance(self.read_at, Unset):
            read_at = UNSET
        elif isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        is_source_run = self.is_source_run

        source_run_id: None | str | Unset
        if isinstance(self.source_run_id, Unset):
            source_run_id = UNSET
        elif isinstance(self.source_run_id, UUID):
            source_run_id = str(self.source_run_id)
        else:
            source_run_id = self.source_run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule_id": schedule_id,
                "user_id": user_id,
                "id": id,
            }
        )
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
        schedule_id = UUID(d.pop("schedule_id"))

        user_id = UUID(d.pop("user_id"))

        id = UUID(d.pop("id"))

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
            user_email=user_email,
            status=status,
            started_at=started_at,
            completed_at=completed_at,
            error_message=error_message,
            thread_id=thread_id,
            summary=summary,
            is_read=is_read,
            read_at=read_at,
            created_at=created_at,
            is_source_run=is_source_run,
            source_run_id=source_run_id,
        )

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
