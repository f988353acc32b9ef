from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_last_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_message = _parse_last_message(d.pop("last_message", UNSET))

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        def _parse_status(data: object) -> None | ThreadStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ThreadStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreadStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_sharing(data: object) -> None | ThreadSharing | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sharing_type_0 = ThreadSharing(data)

                return sharing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreadSharing | Unset, data)

        sharing = _parse_sharing(d.pop("sharing", UNSET))

        def _parse_langsmith_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        langsmith_trace_id = _parse_langsmith_trace_id(
            d.pop("langsmith_trace_id", UNSET)
        )

        def _parse_execution_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_workflow_id = _parse_execution_workflow_id(
            d.pop("execution_workflow_id", UNSET)
        )

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
