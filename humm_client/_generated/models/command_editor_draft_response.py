from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime, parse_object

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
        draft_id (str | Unset):
        organization_id (None | str | Unset):
        command_id (None | str | Unset):
        base_command (CommandEditorCommandSnapshot | None | Unset):
        schema_version (None | str | Unset):
        status (None | str | Unset):
        messages (list[CommandEditorDraftResponseMessagesType0Item] | None | Unset):
        proposed_command (CommandEditorCommandSnapshot | None | Unset):
        change_summary (None | str | Unset):
        diff_message_index (int | None | Unset):
        diff_history (list[CommandEditorDiffEntry] | None | Unset):
        warnings (list[str] | None | Unset):
        approvable (bool | None | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        applied_at (datetime.datetime | None | Unset):
    """

    draft_id: str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    command_id: None | str | Unset = UNSET
    base_command: CommandEditorCommandSnapshot | None | Unset = UNSET
    schema_version: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    messages: list[CommandEditorDraftResponseMessagesType0Item] | None | Unset = UNSET
    proposed_command: CommandEditorCommandSnapshot | None | Unset = UNSET
    change_summary: None | str | Unset = UNSET
    diff_message_index: int | None | Unset = UNSET
    diff_history: list[CommandEditorDiffEntry] | None | Unset = UNSET
    warnings: list[str] | None | Unset = UNSET
    approvable: bool | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    applied_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.command_editor_command_snapshot import (
            CommandEditorCommandSnapshot,  # noqa: PLC0415
        )

        draft_id = self.draft_id

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        command_id: None | str | Unset
        if isinstance(self.command_id, Unset):
            command_id = UNSET
        else:
            command_id = self.command_id

        base_command: dict[str, Any] | None | Unset
        if isinstance(self.base_command, Unset):
            base_command = UNSET
        elif isinstance(self.base_command, CommandEditorCommandSnapshot):
            base_command = self.base_command.to_dict()
        else:
            base_command = self.base_command

        schema_version: None | str | Unset
        if isinstance(self.schema_version, Unset):
            schema_version = UNSET
        else:
            schema_version = self.schema_version

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, list):
            messages = []
            for messages_type_0_item_data in self.messages:
                messages_type_0_item = messages_type_0_item_data
                messages.append(messages_type_0_item)

        else:
            messages = self.messages

        proposed_command: dict[str, Any] | None | Unset
        if isinstance(self.proposed_command, Unset):
            proposed_command = UNSET
        elif isinstance(self.proposed_command, CommandEditorCommandSnapshot):
            proposed_command = self.proposed_command.to_dict()
        else:
            proposed_command = self.proposed_command

        change_summary: None | str | Unset
        if isinstance(self.change_summary, Unset):
            change_summary = UNSET
        else:
            change_summary = self.change_summary

        diff_message_index: int | None | Unset
        if isinstance(self.diff_message_index, Unset):
            diff_message_index = UNSET
        else:
            diff_message_index = self.diff_message_index

        diff_history: list[dict[str, Any]] | None | Unset
        if isinstance(self.diff_history, Unset):
            diff_history = UNSET
        elif isinstance(self.diff_history, list):
            diff_history = []
            for diff_history_type_0_item_data in self.diff_history:
                diff_history_type_0_item = diff_history_type_0_item_data.to_dict()
                diff_history.append(diff_history_type_0_item)

        else:
            diff_history = self.diff_history

        warnings: list[str] | None | Unset
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = self.warnings

        else:
            warnings = self.warnings

        approvable: bool | None | Unset
        if isinstance(self.approvable, Unset):
            approvable = UNSET
        else:
            approvable = self.approvable

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        applied_at: None | str | Unset
        if isinstance(self.applied_at, Unset):
            applied_at = UNSET
        elif isinstance(self.applied_at, datetime.datetime):
            applied_at = self.applied_at.isoformat()
        else:
            applied_at = self.applied_at

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
        from ..models.command_editor_draft_response_messages_type_0_item import (
            CommandEditorDraftResponseMessagesType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        draft_id = d.pop("draft_id", UNSET)

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        def _parse_command_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command_id = _parse_command_id(d.pop("command_id", UNSET))

        def _parse_base_command(
            data: object,
        ) -> CommandEditorCommandSnapshot | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                base_command_type_0 = CommandEditorCommandSnapshot.from_dict(data)

                return base_command_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommandEditorCommandSnapshot | None | Unset, data)

        base_command = _parse_base_command(d.pop("base_command", UNSET))

        def _parse_schema_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schema_version = _parse_schema_version(d.pop("schema_version", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_messages(
            data: object,
        ) -> list[CommandEditorDraftResponseMessagesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                messages_type_0 = []
                _messages_type_0 = data
                for messages_type_0_item_data in _messages_type_0:
                    messages_type_0_item = parse_object(messages_type_0_item_data)

                    messages_type_0.append(messages_type_0_item)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[CommandEditorDraftResponseMessagesType0Item] | None | Unset, data
            )

        messages = _parse_messages(d.pop("messages", UNSET))

        def _parse_proposed_command(
            data: object,
        ) -> CommandEditorCommandSnapshot | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                proposed_command_type_0 = CommandEditorCommandSnapshot.from_dict(data)

                return proposed_command_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommandEditorCommandSnapshot | None | Unset, data)

        proposed_command = _parse_proposed_command(d.pop("proposed_command", UNSET))

        def _parse_change_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        change_summary = _parse_change_summary(d.pop("change_summary", UNSET))

        def _parse_diff_message_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        diff_message_index = _parse_diff_message_index(
            d.pop("diff_message_index", UNSET)
        )

        def _parse_diff_history(
            data: object,
        ) -> list[CommandEditorDiffEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                diff_history_type_0 = []
                _diff_history_type_0 = data
                for diff_history_type_0_item_data in _diff_history_type_0:
                    diff_history_type_0_item = CommandEditorDiffEntry.from_dict(
                        diff_history_type_0_item_data
                    )

                    diff_history_type_0.append(diff_history_type_0_item)

                return diff_history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CommandEditorDiffEntry] | None | Unset, data)

        diff_history = _parse_diff_history(d.pop("diff_history", UNSET))

        def _parse_warnings(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                warnings_type_0 = cast(list[str], data)

                return warnings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        warnings = _parse_warnings(d.pop("warnings", UNSET))

        def _parse_approvable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        approvable = _parse_approvable(d.pop("approvable", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = parse_datetime(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_applied_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                applied_at_type_0 = parse_datetime(data)

                return applied_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        applied_at = _parse_applied_at(d.pop("applied_at", UNSET))

        command_editor_draft_response = cls(
            draft_id=draft_id,
            organization_id=organization_id,
            command_id=command_id,
            base_command=base_command,
            schema_version=schema_version,
            status=status,
            messages=messages,
            proposed_command=proposed_command,
            change_summary=change_summary,
            diff_message_index=diff_message_index,
            diff_history=diff_history,
            warnings=warnings,
            approvable=approvable,
            created_at=created_at,
            updated_at=updated_at,
            applied_at=applied_at,
        )

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
