from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import (
    fromisoformat,
    parse_moment,
)

if TYPE_CHECKING:
    from ..models.command_editor_command_snapshot import CommandEditorCommandSnapshot
    from ..models.command_editor_diff_entry import CommandEditorDiffEntry


T = TypeVar("T", bound="CommandEditorDraftResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "draft_id",
        "organization_id",
        "command_id",
        "base_command",
        "schema_version",
        "status",
        "messages",
        "proposed_command",
        "change_summary",
        "diff_message_index",
        "diff_history",
        "warnings",
        "approvable",
        "created_at",
        "updated_at",
        "applied_at",
    }
)


@_attrs_define
class CommandEditorDraftResponse:
    """Persisted state for one command editor chat thread.

    Attributes:
        draft_id (str | None):
        organization_id (None | str):
        command_id (None | str):
        base_command (CommandEditorCommandSnapshot | None):
        schema_version (None | str):
        status (None | str):
        messages (list[dict[str, Any]] | None):
        proposed_command (CommandEditorCommandSnapshot | None):
        change_summary (None | str):
        diff_message_index (int | None):
        diff_history (list[CommandEditorDiffEntry] | None):
        warnings (list[str] | None):
        approvable (bool | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        applied_at (datetime.datetime | None):
    """

    draft_id: str | None = None
    organization_id: None | str = None
    command_id: None | str = None
    base_command: CommandEditorCommandSnapshot | None = None
    schema_version: None | str = None
    status: None | str = None
    messages: list[dict[str, Any]] | None = None
    proposed_command: CommandEditorCommandSnapshot | None = None
    change_summary: None | str = None
    diff_message_index: int | None = None
    diff_history: list[CommandEditorDiffEntry] | None = None
    warnings: list[str] | None = None
    approvable: bool | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    applied_at: datetime.datetime | None = None
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    #: The datetimes as parsed (created_at, updated_at, applied_at), to tell them from ones assigned since.
    _moments: tuple[datetime.datetime | None, ...] = _attrs_field(
        default=(), init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        draft_id = self.draft_id
        if draft_id is not None and (sent is None or "draft_id" in sent):
            field_dict["draft_id"] = draft_id
        organization_id = self.organization_id
        if (
            "organization_id" in sent
            if sent is not None
            else organization_id is not None
        ):
            field_dict["organization_id"] = organization_id
        command_id = self.command_id
        if "command_id" in sent if sent is not None else command_id is not None:
            field_dict["command_id"] = command_id
        base_command = self.base_command
        if "base_command" in sent if sent is not None else base_command is not None:
            field_dict["base_command"] = (
                None if base_command is None else base_command.to_dict()
            )
        schema_version = self.schema_version
        if "schema_version" in sent if sent is not None else schema_version is not None:
            field_dict["schema_version"] = schema_version
        status = self.status
        if "status" in sent if sent is not None else status is not None:
            field_dict["status"] = status
        messages = self.messages
        if "messages" in sent if sent is not None else messages is not None:
            field_dict["messages"] = messages
        proposed_command = self.proposed_command
        if (
            "proposed_command" in sent
            if sent is not None
            else proposed_command is not None
        ):
            field_dict["proposed_command"] = (
                None if proposed_command is None else proposed_command.to_dict()
            )
        change_summary = self.change_summary
        if "change_summary" in sent if sent is not None else change_summary is not None:
            field_dict["change_summary"] = change_summary
        diff_message_index = self.diff_message_index
        if (
            "diff_message_index" in sent
            if sent is not None
            else diff_message_index is not None
        ):
            field_dict["diff_message_index"] = diff_message_index
        diff_history = self.diff_history
        if "diff_history" in sent if sent is not None else diff_history is not None:
            field_dict["diff_history"] = (
                None
                if diff_history is None
                else [item.to_dict() for item in diff_history]
            )
        warnings = self.warnings
        if "warnings" in sent if sent is not None else warnings is not None:
            field_dict["warnings"] = warnings
        approvable = self.approvable
        if "approvable" in sent if sent is not None else approvable is not None:
            field_dict["approvable"] = approvable
        created_at = self.created_at
        if "created_at" in sent if sent is not None else created_at is not None:
            field_dict["created_at"] = (
                None
                if created_at is None
                else sent["created_at"]
                if sent is not None and created_at is self._moments[0]
                else created_at.isoformat()
            )
        updated_at = self.updated_at
        if "updated_at" in sent if sent is not None else updated_at is not None:
            field_dict["updated_at"] = (
                None
                if updated_at is None
                else sent["updated_at"]
                if sent is not None and updated_at is self._moments[1]
                else updated_at.isoformat()
            )
        applied_at = self.applied_at
        if "applied_at" in sent if sent is not None else applied_at is not None:
            field_dict["applied_at"] = (
                None
                if applied_at is None
                else sent["applied_at"]
                if sent is not None and applied_at is self._moments[2]
                else applied_at.isoformat()
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.command_editor_command_snapshot import (
            CommandEditorCommandSnapshot,  # noqa: PLC0415
        )
        from ..models.command_editor_diff_entry import CommandEditorDiffEntry  # noqa: PLC0415

        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = get("draft_id")
        if v is None:
            if "draft_id" in src_dict:
                raise TypeError("draft_id: null, where the spec allows no null")
            missing += 1
            obj.draft_id = None
        else:
            if type(v) is not str:
                raise TypeError(f"draft_id: expected a string, got {type(v).__name__}")
            obj.draft_id = v

        v = get("organization_id")
        if v is None:
            if "organization_id" not in src_dict:
                missing += 1
            obj.organization_id = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"organization_id: expected a string, got {type(v).__name__}"
                )
            obj.organization_id = v

        v = get("command_id")
        if v is None:
            if "command_id" not in src_dict:
                missing += 1
            obj.command_id = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"command_id: expected a string, got {type(v).__name__}"
                )
            obj.command_id = v

        v = get("base_command")
        if v is None:
            if "base_command" not in src_dict:
                missing += 1
            obj.base_command = None
        else:
            if type(v) is not dict:
                raise TypeError(
                    f"base_command: expected an object, got {type(v).__name__}"
                )
            obj.base_command = CommandEditorCommandSnapshot.from_dict(v)

        v = get("schema_version")
        if v is None:
            if "schema_version" not in src_dict:
                missing += 1
            obj.schema_version = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"schema_version: expected a string, got {type(v).__name__}"
                )
            obj.schema_version = v

        v = get("status")
        if v is None:
            if "status" not in src_dict:
                missing += 1
            obj.status = None
        else:
            if type(v) is not str:
                raise TypeError(f"status: expected a string, got {type(v).__name__}")
            obj.status = v

        v = get("messages")
        if v is None:
            if "messages" not in src_dict:
                missing += 1
            obj.messages = None
        else:
            if type(v) is not list:
                raise TypeError(f"messages: expected an array, got {type(v).__name__}")
            for item in v:
                if type(item) is not dict:
                    raise TypeError(
                        f"messages item: expected an object, got {type(item).__name__}"
                    )
            obj.messages = v

        v = get("proposed_command")
        if v is None:
            if "proposed_command" not in src_dict:
                missing += 1
            obj.proposed_command = None
        else:
            if type(v) is not dict:
                raise TypeError(
                    f"proposed_command: expected an object, got {type(v).__name__}"
                )
            obj.proposed_command = CommandEditorCommandSnapshot.from_dict(v)

        v = get("change_summary")
        if v is None:
            if "change_summary" not in src_dict:
                missing += 1
            obj.change_summary = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"change_summary: expected a string, got {type(v).__name__}"
                )
            obj.change_summary = v

        v = get("diff_message_index")
        if v is None:
            if "diff_message_index" not in src_dict:
                missing += 1
            obj.diff_message_index = None
        else:
            if type(v) is not int:
                raise TypeError(
                    f"diff_message_index: expected an integer, got {type(v).__name__}"
                )
            obj.diff_message_index = v

        v = get("diff_history")
        if v is None:
            if "diff_history" not in src_dict:
                missing += 1
            obj.diff_history = None
        else:
            if type(v) is not list:
                raise TypeError(
                    f"diff_history: expected an array, got {type(v).__name__}"
                )
            diff_history_items: list[CommandEditorDiffEntry] = []
            for item in v:
                if type(item) is not dict:
                    raise TypeError(
                        f"diff_history item: expected an object, got {type(item).__name__}"
                    )
                diff_history_items.append(CommandEditorDiffEntry.from_dict(item))
            obj.diff_history = diff_history_items

        v = get("warnings")
        if v is None:
            if "warnings" not in src_dict:
                missing += 1
            obj.warnings = None
        else:
            if type(v) is not list:
                raise TypeError(f"warnings: expected an array, got {type(v).__name__}")
            for item in v:
                if type(item) is not str:
                    raise TypeError(
                        f"warnings item: expected a string, got {type(item).__name__}"
                    )
            obj.warnings = v

        v = get("approvable")
        if v is None:
            if "approvable" not in src_dict:
                missing += 1
            obj.approvable = None
        else:
            if type(v) is not bool:
                raise TypeError(
                    f"approvable: expected a boolean, got {type(v).__name__}"
                )
            obj.approvable = v

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

        updated_at: datetime.datetime | None
        v = get("updated_at")
        if v is None:
            if "updated_at" not in src_dict:
                missing += 1
            obj.updated_at = updated_at = None
        else:
            try:
                obj.updated_at = updated_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.updated_at = updated_at = parse_moment(v)

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

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        obj._moments = (
            created_at,
            updated_at,
            applied_at,
        )
        if len(src_dict) + missing > 16:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("CommandEditorDraftResponse", extra)
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
