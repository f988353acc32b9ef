from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import (
    fromisoformat,
    parse_moment,
)

T = TypeVar("T", bound="CommandEditorThreadResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "id",
        "organization_id",
        "user_id",
        "workflow_type",
        "title",
        "status",
        "created_at",
        "updated_at",
        "last_message",
        "applied_at",
        "archived_at",
    }
)


@_attrs_define
class CommandEditorThreadResponse:
    """Persisted command editor workflow thread metadata.

    Attributes:
        id (str):
        organization_id (str):
        user_id (str):
        workflow_type (str):
        title (str):
        status (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        last_message (None | str):
        applied_at (datetime.datetime | None):
        archived_at (datetime.datetime | None):
    """

    id: str
    organization_id: str
    user_id: str
    workflow_type: str
    title: str
    status: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    last_message: None | str = None
    applied_at: datetime.datetime | None = None
    archived_at: datetime.datetime | None = None
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    #: The datetimes as parsed (created_at, updated_at, applied_at, archived_at), to tell them from ones assigned since.
    _moments: tuple[datetime.datetime | None, ...] = _attrs_field(
        default=(), init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["organization_id"] = self.organization_id
        field_dict["user_id"] = self.user_id
        field_dict["workflow_type"] = self.workflow_type
        field_dict["title"] = self.title
        field_dict["status"] = self.status
        created_at = self.created_at
        field_dict["created_at"] = (
            sent["created_at"]
            if sent is not None and created_at is self._moments[0]
            else created_at.isoformat()
        )
        updated_at = self.updated_at
        field_dict["updated_at"] = (
            sent["updated_at"]
            if sent is not None and updated_at is self._moments[1]
            else updated_at.isoformat()
        )
        last_message = self.last_message
        if "last_message" in sent if sent is not None else last_message is not None:
            field_dict["last_message"] = last_message
        applied_at = self.applied_at
        if "applied_at" in sent if sent is not None else applied_at is not None:
            field_dict["applied_at"] = (
                None
                if applied_at is None
                else sent["applied_at"]
                if sent is not None and applied_at is self._moments[2]
                else applied_at.isoformat()
            )
        archived_at = self.archived_at
        if "archived_at" in sent if sent is not None else archived_at is not None:
            field_dict["archived_at"] = (
                None
                if archived_at is None
                else sent["archived_at"]
                if sent is not None and archived_at is self._moments[3]
                else archived_at.isoformat()
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = src_dict["id"]
        if type(v) is not str:
            raise TypeError(f"id: expected a string, got {type(v).__name__}")
        obj.id = v

        v = src_dict["organization_id"]
        if type(v) is not str:
            raise TypeError(
                f"organization_id: expected a string, got {type(v).__name__}"
            )
        obj.organization_id = v

        v = src_dict["user_id"]
        if type(v) is not str:
            raise TypeError(f"user_id: expected a string, got {type(v).__name__}")
        obj.user_id = v

        v = src_dict["workflow_type"]
        if type(v) is not str:
            raise TypeError(f"workflow_type: expected a string, got {type(v).__name__}")
        obj.workflow_type = v

        v = src_dict["title"]
        if type(v) is not str:
            raise TypeError(f"title: expected a string, got {type(v).__name__}")
        obj.title = v

        v = src_dict["status"]
        if type(v) is not str:
            raise TypeError(f"status: expected a string, got {type(v).__name__}")
        obj.status = v

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

        v = get("last_message")
        if v is None:
            if "last_message" not in src_dict:
                missing += 1
            obj.last_message = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"last_message: expected a string, got {type(v).__name__}"
                )
            obj.last_message = v

        applied_at: datetime.datetime | None
        v = get("applied_at")
        if v is None:
            if "applied_at" not in src_dict:
                missing += 1
            obj.applied_at = applied_at = None
        else:
            try:
                obj.applied_at = applied_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.applied_at = applied_at = parse_moment(v)

        archived_at: datetime.datetime | None
        v = get("archived_at")
        if v is None:
            if "archived_at" not in src_dict:
                missing += 1
            obj.archived_at = archived_at = None
        else:
            try:
                obj.archived_at = archived_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.archived_at = archived_at = parse_moment(v)

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        obj._moments = (
            created_at,
            updated_at,
            applied_at,
            archived_at,
        )
        if len(src_dict) + missing > 11:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("CommandEditorThreadResponse", extra)
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
