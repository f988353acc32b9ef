from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset, is_present, parse_datetime

T = TypeVar("T", bound="CommandEditorThreadResponse")


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
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        user_id = self.user_id

        workflow_type = self.workflow_type

        title = self.title

        status = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        last_message_sent: None | str | Unset = (
            self.last_message
            if is_present(self._present, "last_message", self.last_message)
            else UNSET
        )
        last_message: None | str | Unset
        if isinstance(last_message_sent, Unset):
            last_message = UNSET
        else:
            last_message = last_message_sent

        applied_at_sent: datetime.datetime | None | Unset = (
            self.applied_at
            if is_present(self._present, "applied_at", self.applied_at)
            else UNSET
        )
        applied_at: None | str | Unset
        if isinstance(applied_at_sent, Unset):
            applied_at = UNSET
        elif isinstance(applied_at_sent, datetime.datetime):
            applied_at = applied_at_sent.isoformat()
        else:
            applied_at = applied_at_sent

        archived_at_sent: datetime.datetime | None | Unset = (
            self.archived_at
            if is_present(self._present, "archived_at", self.archived_at)
            else UNSET
        )
        archived_at: None | str | Unset
        if isinstance(archived_at_sent, Unset):
            archived_at = UNSET
        elif isinstance(archived_at_sent, datetime.datetime):
            archived_at = archived_at_sent.isoformat()
        else:
            archived_at = archived_at_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "user_id": user_id,
                "workflow_type": workflow_type,
                "title": title,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if last_message is not UNSET:
            field_dict["last_message"] = last_message
        if applied_at is not UNSET:
            field_dict["applied_at"] = applied_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        organization_id = d.pop("organization_id")
        if not isinstance(organization_id, str):
            raise TypeError(
                f"organization_id: expected a string, got {type(organization_id).__name__}"
            )

        user_id = d.pop("user_id")
        if not isinstance(user_id, str):
            raise TypeError(f"user_id: expected a string, got {type(user_id).__name__}")

        workflow_type = d.pop("workflow_type")
        if not isinstance(workflow_type, str):
            raise TypeError(
                f"workflow_type: expected a string, got {type(workflow_type).__name__}"
            )

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        status = d.pop("status")
        if not isinstance(status, str):
            raise TypeError(f"status: expected a string, got {type(status).__name__}")

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        _last_message = d.pop("last_message", UNSET)
        last_message: None | str | Unset
        if _last_message is None or _last_message is UNSET:
            last_message = _last_message
        else:
            if not isinstance(_last_message, str):
                raise TypeError(
                    f"last_message: expected a string, got {type(_last_message).__name__}"
                )
            last_message = _last_message

        _applied_at = d.pop("applied_at", UNSET)
        applied_at: datetime.datetime | None | Unset
        if _applied_at is None or _applied_at is UNSET:
            applied_at = _applied_at
        else:
            if not isinstance(_applied_at, str):
                raise TypeError(
                    "applied_at" + ": unexpected type " + type(_applied_at).__name__
                )
            applied_at_type_0 = parse_datetime(_applied_at)

            applied_at = applied_at_type_0

        _archived_at = d.pop("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        else:
            if not isinstance(_archived_at, str):
                raise TypeError(
                    "archived_at" + ": unexpected type " + type(_archived_at).__name__
                )
            archived_at_type_0 = parse_datetime(_archived_at)

            archived_at = archived_at_type_0

        command_editor_thread_response = cls(
            id=id,
            organization_id=organization_id,
            user_id=user_id,
            workflow_type=workflow_type,
            title=title,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            last_message=None if isinstance(last_message, Unset) else last_message,
            applied_at=None if isinstance(applied_at, Unset) else applied_at,
            archived_at=None if isinstance(archived_at, Unset) else archived_at,
        )
        command_editor_thread_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("CommandEditorThreadResponse", d)

        command_editor_thread_response.additional_properties = d
        return command_editor_thread_response

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
