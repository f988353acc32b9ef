from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_sharing import ThreadSharing
from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadUpdate")


@_attrs_define
class ThreadUpdate:
    """
    Attributes:
        title (None | str | Unset):
        last_message (None | str | Unset):
        is_active (bool | None | Unset):
        status (None | ThreadStatus | Unset):
        sharing (None | ThreadSharing | Unset):
        langsmith_trace_id (None | str | Unset):
        execution_workflow_id (None | str | Unset):
    """

    title: None | str | Unset = UNSET
    last_message: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    status: None | ThreadStatus | Unset = UNSET
    sharing: None | ThreadSharing | Unset = UNSET
    langsmith_trace_id: None | str | Unset = UNSET
    execution_workflow_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        last_message: None | str | Unset
        if isinstance(self.last_message, Unset):
            last_message = UNSET
        else:
            last_message = self.last_message

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ThreadStatus):
            status = ThreadStatus(self.status).value
        else:
            status = self.status

        sharing: None | str | Unset
        if isinstance(self.sharing, Unset):
            sharing = UNSET
        elif isinstance(self.sharing, ThreadSharing):
            sharing = ThreadSharing(self.sharing).value
        else:
            sharing = self.sharing

        langsmith_trace_id: None | str | Unset
        if isinstance(self.langsmith_trace_id, Unset):
            langsmith_trace_id = UNSET
        else:
            langsmith_trace_id = self.langsmith_trace_id

        execution_workflow_id: None | str | Unset
        if isinstance(self.execution_workflow_id, Unset):
            execution_workflow_id = UNSET
        else:
            execution_workflow_id = self.execution_workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if last_message is not UNSET:
            field_dict["last_message"] = last_message
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if status is not UNSET:
            field_dict["status"] = status
        if sharing is not UNSET:
            field_dict["sharing"] = sharing
        if langsmith_trace_id is not UNSET:
            field_dict["langsmith_trace_id"] = langsmith_trace_id
        if execution_workflow_id is not UNSET:
            field_dict["execution_workflow_id"] = execution_workflow_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _title = d.pop("title", UNSET)
        title: None | str | Unset
        if _title is None or _title is UNSET:
            title = _title
        else:
            if not isinstance(_title, str):
                raise TypeError(
                    f"title: expected a string, got {type(_title).__name__}"
                )
            title = _title

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

        _is_active = d.pop("is_active", UNSET)
        is_active: bool | None | Unset
        if _is_active is None or _is_active is UNSET:
            is_active = _is_active
        else:
            if not isinstance(_is_active, bool):
                raise TypeError(
                    f"is_active: expected a boolean, got {type(_is_active).__name__}"
                )
            is_active = _is_active

        _status = d.pop("status", UNSET)
        status: None | ThreadStatus | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            if not isinstance(_status, str):
                raise TypeError(
                    "status" + ": unexpected type " + type(_status).__name__
                )
            status_type_0 = ThreadStatus(_status)

            status = status_type_0

        _sharing = d.pop("sharing", UNSET)
        sharing: None | ThreadSharing | Unset
        if _sharing is None or _sharing is UNSET:
            sharing = _sharing
        else:
            if not isinstance(_sharing, str):
                raise TypeError(
                    "sharing" + ": unexpected type " + type(_sharing).__name__
                )
            sharing_type_0 = ThreadSharing(_sharing)

            sharing = sharing_type_0

        _langsmith_trace_id = d.pop("langsmith_trace_id", UNSET)
        langsmith_trace_id: None | str | Unset
        if _langsmith_trace_id is None or _langsmith_trace_id is UNSET:
            langsmith_trace_id = _langsmith_trace_id
        else:
            if not isinstance(_langsmith_trace_id, str):
                raise TypeError(
                    f"langsmith_trace_id: expected a string, got {type(_langsmith_trace_id).__name__}"
                )
            langsmith_trace_id = _langsmith_trace_id

        _execution_workflow_id = d.pop("execution_workflow_id", UNSET)
        execution_workflow_id: None | str | Unset
        if _execution_workflow_id is None or _execution_workflow_id is UNSET:
            execution_workflow_id = _execution_workflow_id
        else:
            if not isinstance(_execution_workflow_id, str):
                raise TypeError(
                    f"execution_workflow_id: expected a string, got {type(_execution_workflow_id).__name__}"
                )
            execution_workflow_id = _execution_workflow_id

        thread_update = cls(
            title=title,
            last_message=last_message,
            is_active=is_active,
            status=status,
            sharing=sharing,
            langsmith_trace_id=langsmith_trace_id,
            execution_workflow_id=execution_workflow_id,
        )

        thread_update.additional_properties = d
        return thread_update

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
