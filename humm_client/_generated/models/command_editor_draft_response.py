from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset, is_present, parse_datetime, parse_object

if TYPE_CHECKING:
    from ..models.command_editor_command_snapshot import CommandEditorCommandSnapshot
    from ..models.command_editor_diff_entry import CommandEditorDiffEntry
    from ..models.command_editor_draft_response_messages_type_0_item import (
        CommandEditorDraftResponseMessagesType0Item,
    )


T = TypeVar("T", bound="CommandEditorDraftResponse")


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
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.command_editor_command_snapshot import (
            CommandEditorCommandSnapshot,  # noqa: PLC0415
        )

        draft_id_sent: str | Unset = (
            self.draft_id
            if is_present(self._present, "draft_id", self.draft_id)
            and self.draft_id is not None
            else UNSET
        )
        draft_id = draft_id_sent

        organization_id_sent: None | str | Unset = (
            self.organization_id
            if is_present(self._present, "organization_id", self.organization_id)
            else UNSET
        )
        organization_id: None | str | Unset
        if isinstance(organization_id_sent, Unset):
            organization_id = UNSET
        else:
            organization_id = organization_id_sent

        command_id_sent: None | str | Unset = (
            self.command_id
            if is_present(self._present, "command_id", self.command_id)
            else UNSET
        )
        command_id: None | str | Unset
        if isinstance(command_id_sent, Unset):
            command_id = UNSET
        else:
            command_id = command_id_sent

        base_command_sent: CommandEditorCommandSnapshot | None | Unset = (
            self.base_command
            if is_present(self._present, "base_command", self.base_command)
            else UNSET
        )
        base_command: dict[str, Any] | None | Unset
        if isinstance(base_command_sent, Unset):
            base_command = UNSET
        elif isinstance(base_command_sent, CommandEditorCommandSnapshot):
            base_command = base_command_sent.to_dict()
        else:
            base_command = base_command_sent

        schema_version_sent: None | str | Unset = (
            self.schema_version
            if is_present(self._present, "schema_version", self.schema_version)
            else UNSET
        )
        schema_version: None | str | Unset
        if isinstance(schema_version_sent, Unset):
            schema_version = UNSET
        else:
            schema_version = schema_version_sent

        status_sent: None | str | Unset = (
            self.status if is_present(self._present, "status", self.status) else UNSET
        )
        status: None | str | Unset
        if isinstance(status_sent, Unset):
            status = UNSET
        else:
            status = status_sent

        messages_sent: (
            list[CommandEditorDraftResponseMessagesType0Item] | None | Unset
        ) = (
            self.messages
            if is_present(self._present, "messages", self.messages)
            else UNSET
        )
        messages: list[dict[str, Any]] | None | Unset
        if isinstance(messages_sent, Unset):
            messages = UNSET
        elif isinstance(messages_sent, list):
            messages = []
            for messages_type_0_item_data in messages_sent:
                messages_type_0_item = messages_type_0_item_data
                messages.append(messages_type_0_item)

        else:
            messages = messages_sent

        proposed_command_sent: CommandEditorCommandSnapshot | None | Unset = (
            self.proposed_command
            if is_present(self._present, "proposed_command", self.proposed_command)
            else UNSET
        )
        proposed_command: dict[str, Any] | None | Unset
        if isinstance(proposed_command_sent, Unset):
            proposed_command = UNSET
        elif isinstance(proposed_command_sent, CommandEditorCommandSnapshot):
            proposed_command = proposed_command_sent.to_dict()
        else:
            proposed_command = proposed_command_sent

        change_summary_sent: None | str | Unset = (
            self.change_summary
            if is_present(self._present, "change_summary", self.change_summary)
            else UNSET
        )
        change_summary: None | str | Unset
        if isinstance(change_summary_sent, Unset):
            change_summary = UNSET
        else:
            change_summary = change_summary_sent

        diff_message_index_sent: int | None | Unset = (
            self.diff_message_index
            if is_present(self._present, "diff_message_index", self.diff_message_index)
            else UNSET
        )
        diff_message_index: int | None | Unset
        if isinstance(diff_message_index_sent, Unset):
            diff_message_index = UNSET
        else:
            diff_message_index = diff_message_index_sent

        diff_history_sent: list[CommandEditorDiffEntry] | None | Unset = (
            self.diff_history
            if is_present(self._present, "diff_history", self.diff_history)
            else UNSET
        )
        diff_history: list[dict[str, Any]] | None | Unset
        if isinstance(diff_history_sent, Unset):
            diff_history = UNSET
        elif isinstance(diff_history_sent, list):
            diff_history = []
            for diff_history_type_0_item_data in diff_history_sent:
                diff_history_type_0_item = diff_history_type_0_item_data.to_dict()
                diff_history.append(diff_history_type_0_item)

        else:
            diff_history = diff_history_sent

        warnings_sent: list[str] | None | Unset = (
            self.warnings
            if is_present(self._present, "warnings", self.warnings)
            else UNSET
        )
        warnings: list[str] | None | Unset
        if isinstance(warnings_sent, Unset):
            warnings = UNSET
        elif isinstance(warnings_sent, list):
            warnings = warnings_sent

        else:
            warnings = warnings_sent

        approvable_sent: bool | None | Unset = (
            self.approvable
            if is_present(self._present, "approvable", self.approvable)
            else UNSET
        )
        approvable: bool | None | Unset
        if isinstance(approvable_sent, Unset):
            approvable = UNSET
        else:
            approvable = approvable_sent

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

        updated_at_sent: datetime.datetime | None | Unset = (
            self.updated_at
            if is_present(self._present, "updated_at", self.updated_at)
            else UNSET
        )
        updated_at: None | str | Unset
        if isinstance(updated_at_sent, Unset):
            updated_at = UNSET
        elif isinstance(updated_at_sent, datetime.datetime):
            updated_at = updated_at_sent.isoformat()
        else:
            updated_at = updated_at_sent

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if draft_id is not UNSET:
            field_dict["draft_id"] = draft_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if base_command is not UNSET:
            field_dict["base_command"] = base_command
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version
        if status is not UNSET:
            field_dict["status"] = status
        if messages is not UNSET:
            field_dict["messages"] = messages
        if proposed_command is not UNSET:
            field_dict["proposed_command"] = proposed_command
        if change_summary is not UNSET:
            field_dict["change_summary"] = change_summary
        if diff_message_index is not UNSET:
            field_dict["diff_message_index"] = diff_message_index
        if diff_history is not UNSET:
            field_dict["diff_history"] = diff_history
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if approvable is not UNSET:
            field_dict["approvable"] = approvable
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if applied_at is not UNSET:
            field_dict["applied_at"] = applied_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.command_editor_command_snapshot import (
            CommandEditorCommandSnapshot,  # noqa: PLC0415
        )
        from ..models.command_editor_diff_entry import CommandEditorDiffEntry  # noqa: PLC0415

        d = dict(src_dict)
        draft_id = d.pop("draft_id", UNSET)
        if not isinstance(draft_id, Unset):
            if not isinstance(draft_id, str):
                raise TypeError(
                    f"draft_id: expected a string, got {type(draft_id).__name__}"
                )

        _organization_id = d.pop("organization_id", UNSET)
        organization_id: None | str | Unset
        if _organization_id is None or _organization_id is UNSET:
            organization_id = _organization_id
        else:
            if not isinstance(_organization_id, str):
                raise TypeError(
                    f"organization_id: expected a string, got {type(_organization_id).__name__}"
                )
            organization_id = _organization_id

        _command_id = d.pop("command_id", UNSET)
        command_id: None | str | Unset
        if _command_id is None or _command_id is UNSET:
            command_id = _command_id
        else:
            if not isinstance(_command_id, str):
                raise TypeError(
                    f"command_id: expected a string, got {type(_command_id).__name__}"
                )
            command_id = _command_id

        _base_command = d.pop("base_command", UNSET)
        base_command: CommandEditorCommandSnapshot | None | Unset
        if _base_command is None or _base_command is UNSET:
            base_command = _base_command
        else:
            if not isinstance(_base_command, dict):
                raise TypeError(
                    "base_command" + ": unexpected type " + type(_base_command).__name__
                )
            base_command_type_0 = CommandEditorCommandSnapshot.from_dict(_base_command)

            base_command = base_command_type_0

        _schema_version = d.pop("schema_version", UNSET)
        schema_version: None | str | Unset
        if _schema_version is None or _schema_version is UNSET:
            schema_version = _schema_version
        else:
            if not isinstance(_schema_version, str):
                raise TypeError(
                    f"schema_version: expected a string, got {type(_schema_version).__name__}"
                )
            schema_version = _schema_version

        _status = d.pop("status", UNSET)
        status: None | str | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            if not isinstance(_status, str):
                raise TypeError(
                    f"status: expected a string, got {type(_status).__name__}"
                )
            status = _status

        _messages = d.pop("messages", UNSET)
        messages: list[CommandEditorDraftResponseMessagesType0Item] | None | Unset
        if _messages is None or _messages is UNSET:
            messages = _messages
        else:
            if not isinstance(_messages, list):
                raise TypeError(
                    "messages" + ": unexpected type " + type(_messages).__name__
                )
            messages_type_0 = []
            _messages_type_0 = _messages
            if type(_messages_type_0) is not list:
                raise TypeError(
                    f"messages: expected an array, got {type(_messages_type_0).__name__}"
                )
            for messages_type_0_item_data in _messages_type_0:
                messages_type_0_item = parse_object(messages_type_0_item_data)

                messages_type_0.append(messages_type_0_item)

            messages = messages_type_0

        _proposed_command = d.pop("proposed_command", UNSET)
        proposed_command: CommandEditorCommandSnapshot | None | Unset
        if _proposed_command is None or _proposed_command is UNSET:
            proposed_command = _proposed_command
        else:
            if not isinstance(_proposed_command, dict):
                raise TypeError(
                    "proposed_command"
                    + ": unexpected type "
                    + type(_proposed_command).__name__
                )
            proposed_command_type_0 = CommandEditorCommandSnapshot.from_dict(
                _proposed_command
            )

            proposed_command = proposed_command_type_0

        _change_summary = d.pop("change_summary", UNSET)
        change_summary: None | str | Unset
        if _change_summary is None or _change_summary is UNSET:
            change_summary = _change_summary
        else:
            if not isinstance(_change_summary, str):
                raise TypeError(
                    f"change_summary: expected a string, got {type(_change_summary).__name__}"
                )
            change_summary = _change_summary

        _diff_message_index = d.pop("diff_message_index", UNSET)
        diff_message_index: int | None | Unset
        if _diff_message_index is None or _diff_message_index is UNSET:
            diff_message_index = _diff_message_index
        else:
            if not isinstance(_diff_message_index, int) or isinstance(
                _diff_message_index, bool
            ):
                raise TypeError(
                    f"diff_message_index: expected an integer, got {type(_diff_message_index).__name__}"
                )
            diff_message_index = _diff_message_index

        _diff_history = d.pop("diff_history", UNSET)
        diff_history: list[CommandEditorDiffEntry] | None | Unset
        if _diff_history is None or _diff_history is UNSET:
            diff_history = _diff_history
        else:
            if not isinstance(_diff_history, list):
                raise TypeError(
                    "diff_history" + ": unexpected type " + type(_diff_history).__name__
                )
            diff_history_type_0 = []
            _diff_history_type_0 = _diff_history
            if type(_diff_history_type_0) is not list:
                raise TypeError(
                    f"diff_history: expected an array, got {type(_diff_history_type_0).__name__}"
                )
            for diff_history_type_0_item_data in _diff_history_type_0:
                diff_history_type_0_item = CommandEditorDiffEntry.from_dict(
                    diff_history_type_0_item_data
                )

                diff_history_type_0.append(diff_history_type_0_item)

            diff_history = diff_history_type_0

        _warnings = d.pop("warnings", UNSET)
        warnings: list[str] | None | Unset
        if _warnings is None or _warnings is UNSET:
            warnings = _warnings
        else:
            if not isinstance(_warnings, list):
                raise TypeError(
                    "warnings" + ": unexpected type " + type(_warnings).__name__
                )
            warnings_type_0 = _warnings
            if type(warnings_type_0) is not list:
                raise TypeError(
                    f"warnings: expected an array, got {type(warnings_type_0).__name__}"
                )
            for warnings_type_0_item in warnings_type_0:
                if type(warnings_type_0_item) is not str:
                    raise TypeError(
                        f"warnings: expected an array of strings, got an item of type {type(warnings_type_0_item).__name__}"
                    )

            warnings = warnings_type_0

        _approvable = d.pop("approvable", UNSET)
        approvable: bool | None | Unset
        if _approvable is None or _approvable is UNSET:
            approvable = _approvable
        else:
            if not isinstance(_approvable, bool):
                raise TypeError(
                    f"approvable: expected a boolean, got {type(_approvable).__name__}"
                )
            approvable = _approvable

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

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None or _updated_at is UNSET:
            updated_at = _updated_at
        else:
            if not isinstance(_updated_at, str):
                raise TypeError(
                    "updated_at" + ": unexpected type " + type(_updated_at).__name__
                )
            updated_at_type_0 = parse_datetime(_updated_at)

            updated_at = updated_at_type_0

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

        command_editor_draft_response = cls(
            draft_id=None if isinstance(draft_id, Unset) else draft_id,
            organization_id=None
            if isinstance(organization_id, Unset)
            else organization_id,
            command_id=None if isinstance(command_id, Unset) else command_id,
            base_command=None if isinstance(base_command, Unset) else base_command,
            schema_version=None
            if isinstance(schema_version, Unset)
            else schema_version,
            status=None if isinstance(status, Unset) else status,
            messages=None if isinstance(messages, Unset) else messages,
            proposed_command=None
            if isinstance(proposed_command, Unset)
            else proposed_command,
            change_summary=None
            if isinstance(change_summary, Unset)
            else change_summary,
            diff_message_index=None
            if isinstance(diff_message_index, Unset)
            else diff_message_index,
            diff_history=None if isinstance(diff_history, Unset) else diff_history,
            warnings=None if isinstance(warnings, Unset) else warnings,
            approvable=None if isinstance(approvable, Unset) else approvable,
            created_at=None if isinstance(created_at, Unset) else created_at,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
            applied_at=None if isinstance(applied_at, Unset) else applied_at,
        )
        command_editor_draft_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("CommandEditorDraftResponse", d)

        command_editor_draft_response.additional_properties = d
        return command_editor_draft_response

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
