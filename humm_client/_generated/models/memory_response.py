from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.memory_scope import MemoryScope
from ..models.memory_status import MemoryStatus
from ..models.memory_type import MemoryType
from ..types import UNSET, Unset, is_present, parse_datetime

T = TypeVar("T", bound="MemoryResponse")


@_attrs_define
class MemoryResponse:
    """
    Attributes:
        type_ (MemoryType): Types of memories that can be extracted.
        content (str): Memory content as markdown text that you want Humm to store.
        quality_score (float): Confidence score from 0.0 to 1.0 indicating how trustworthy this memory is.
        thread_id (UUID): Thread UUID where this memory was observed or extracted.
        organization_id (UUID): Organization UUID for the tenant that owns this memory. For POST /memories, this must
            also match the organization_id query parameter.
        user_id (UUID | None): User UUID associated with the source thread or memory author.
        id (UUID | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        scope (MemoryScope | None): Scope of memory applicability.
        status (MemoryStatus | None): Memory review status.
        extraction_reasoning (str | None): Reasoning for extraction Default: ''.
        tags (list[str] | None): Optional tags
        reviewed_at (datetime.datetime | None):
        reviewed_by (None | UUID):
    """

    type_: MemoryType
    content: str
    quality_score: float
    thread_id: UUID
    organization_id: UUID
    user_id: UUID | None
    id: UUID | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    scope: MemoryScope | None = None
    status: MemoryStatus | None = None
    extraction_reasoning: str | None = None
    tags: list[str] | None = None
    reviewed_at: datetime.datetime | None = None
    reviewed_by: None | UUID = None
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = MemoryType(self.type_).value

        content = self.content

        quality_score = self.quality_score

        thread_id = str(self.thread_id)

        organization_id = str(self.organization_id)

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

        created_at_sent: datetime.datetime | Unset = (
            self.created_at
            if is_present(self._present, "created_at", self.created_at)
            and self.created_at is not None
            else UNSET
        )
        created_at: str | Unset = UNSET
        if not isinstance(created_at_sent, Unset):
            created_at = created_at_sent.isoformat()

        updated_at_sent: datetime.datetime | Unset = (
            self.updated_at
            if is_present(self._present, "updated_at", self.updated_at)
            and self.updated_at is not None
            else UNSET
        )
        updated_at: str | Unset = UNSET
        if not isinstance(updated_at_sent, Unset):
            updated_at = updated_at_sent.isoformat()

        scope_sent: MemoryScope | Unset = (
            self.scope
            if is_present(self._present, "scope", self.scope) and self.scope is not None
            else UNSET
        )
        scope: str | Unset = UNSET
        if not isinstance(scope_sent, Unset):
            scope = MemoryScope(scope_sent).value

        status_sent: MemoryStatus | Unset = (
            self.status
            if is_present(self._present, "status", self.status)
            and self.status is not None
            else UNSET
        )
        status: str | Unset = UNSET
        if not isinstance(status_sent, Unset):
            status = MemoryStatus(status_sent).value

        extraction_reasoning_sent: str | Unset = (
            self.extraction_reasoning
            if is_present(
                self._present, "extraction_reasoning", self.extraction_reasoning
            )
            and self.extraction_reasoning is not None
            else UNSET
        )
        extraction_reasoning = extraction_reasoning_sent

        tags_sent: list[str] | None | Unset = (
            self.tags if is_present(self._present, "tags", self.tags) else UNSET
        )
        tags: list[str] | None | Unset
        if isinstance(tags_sent, Unset):
            tags = UNSET
        elif isinstance(tags_sent, list):
            tags = tags_sent

        else:
            tags = tags_sent

        reviewed_at_sent: datetime.datetime | None | Unset = (
            self.reviewed_at
            if is_present(self._present, "reviewed_at", self.reviewed_at)
            else UNSET
        )
        reviewed_at: None | str | Unset
        if isinstance(reviewed_at_sent, Unset):
            reviewed_at = UNSET
        elif isinstance(reviewed_at_sent, datetime.datetime):
            reviewed_at = reviewed_at_sent.isoformat()
        else:
            reviewed_at = reviewed_at_sent

        reviewed_by_sent: None | Unset | UUID = (
            self.reviewed_by
            if is_present(self._present, "reviewed_by", self.reviewed_by)
            else UNSET
        )
        reviewed_by: None | str | Unset
        if isinstance(reviewed_by_sent, Unset):
            reviewed_by = UNSET
        elif isinstance(reviewed_by_sent, UUID):
            reviewed_by = str(reviewed_by_sent)
        else:
            reviewed_by = reviewed_by_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "content": content,
                "quality_score": quality_score,
                "thread_id": thread_id,
                "organization_id": organization_id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if scope is not UNSET:
            field_dict["scope"] = scope
        if status is not UNSET:
            field_dict["status"] = status
        if extraction_reasoning is not UNSET:
            field_dict["extraction_reasoning"] = extraction_reasoning
        if tags is not UNSET:
            field_dict["tags"] = tags
        if reviewed_at is not UNSET:
            field_dict["reviewed_at"] = reviewed_at
        if reviewed_by is not UNSET:
            field_dict["reviewed_by"] = reviewed_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = MemoryType(d.pop("type"))

        content = d.pop("content")
        if not isinstance(content, str):
            raise TypeError(f"content: expected a string, got {type(content).__name__}")

        quality_score = d.pop("quality_score")
        if not isinstance(quality_score, (int, float)) or isinstance(
            quality_score, bool
        ):
            raise TypeError(
                f"quality_score: expected a number, got {type(quality_score).__name__}"
            )

        thread_id = UUID(d.pop("thread_id"))

        organization_id = UUID(d.pop("organization_id"))

        user_id_raw = d.pop("user_id", UNSET)
        user_id: UUID | None
        if user_id_raw is None or user_id_raw is UNSET:
            _types.note_field("MemoryResponse", "user_id", user_id_raw)
            user_id = None
        else:
            user_id = UUID(user_id_raw)

        id_raw = d.pop("id", UNSET)
        id: UUID | None
        if id_raw is None or id_raw is UNSET:
            _types.note_field("MemoryResponse", "id", id_raw)
            id = None
        else:
            id = UUID(id_raw)

        created_at_raw = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None
        if created_at_raw is None or created_at_raw is UNSET:
            _types.note_field("MemoryResponse", "created_at", created_at_raw)
            created_at = None
        else:
            created_at = parse_datetime(created_at_raw)

        updated_at_raw = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None
        if updated_at_raw is None or updated_at_raw is UNSET:
            _types.note_field("MemoryResponse", "updated_at", updated_at_raw)
            updated_at = None
        else:
            updated_at = parse_datetime(updated_at_raw)

        scope_raw = d.pop("scope", UNSET)
        if scope_raw is None:
            _types.note_field("MemoryResponse", "scope", scope_raw)
            scope_raw = UNSET
        _scope = scope_raw
        scope: MemoryScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = MemoryScope(_scope)

        status_raw = d.pop("status", UNSET)
        if status_raw is None:
            _types.note_field("MemoryResponse", "status", status_raw)
            status_raw = UNSET
        _status = status_raw
        status: MemoryStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MemoryStatus(_status)

        extraction_reasoning_raw = d.pop("extraction_reasoning", UNSET)
        if extraction_reasoning_raw is None:
            _types.note_field(
                "MemoryResponse", "extraction_reasoning", extraction_reasoning_raw
            )
            extraction_reasoning_raw = UNSET
        extraction_reasoning = extraction_reasoning_raw
        if not isinstance(extraction_reasoning, Unset):
            if not isinstance(extraction_reasoning, str):
                raise TypeError(
                    f"extraction_reasoning: expected a string, got {type(extraction_reasoning).__name__}"
                )

        _tags = d.pop("tags", UNSET)
        tags: list[str] | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            if not isinstance(_tags, list):
                raise TypeError("tags" + ": unexpected type " + type(_tags).__name__)
            tags_type_0 = _tags
            if type(tags_type_0) is not list:
                raise TypeError(
                    f"tags: expected an array, got {type(tags_type_0).__name__}"
                )
            for tags_type_0_item in tags_type_0:
                if type(tags_type_0_item) is not str:
                    raise TypeError(
                        f"tags: expected an array of strings, got an item of type {type(tags_type_0_item).__name__}"
                    )

            tags = tags_type_0

        _reviewed_at = d.pop("reviewed_at", UNSET)
        reviewed_at: datetime.datetime | None | Unset
        if _reviewed_at is None or _reviewed_at is UNSET:
            reviewed_at = _reviewed_at
        else:
            if not isinstance(_reviewed_at, str):
                raise TypeError(
                    "reviewed_at" + ": unexpected type " + type(_reviewed_at).__name__
                )
            reviewed_at_type_0 = parse_datetime(_reviewed_at)

            reviewed_at = reviewed_at_type_0

        _reviewed_by = d.pop("reviewed_by", UNSET)
        reviewed_by: None | Unset | UUID
        if _reviewed_by is None or _reviewed_by is UNSET:
            reviewed_by = _reviewed_by
        else:
            if not isinstance(_reviewed_by, str):
                raise TypeError(
                    "reviewed_by" + ": unexpected type " + type(_reviewed_by).__name__
                )
            reviewed_by_type_0 = UUID(_reviewed_by)

            reviewed_by = reviewed_by_type_0

        memory_response = cls(
            type_=type_,
            content=content,
            quality_score=quality_score,
            thread_id=thread_id,
            organization_id=organization_id,
            user_id=user_id,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            scope=None if isinstance(scope, Unset) else scope,
            status=None if isinstance(status, Unset) else status,
            extraction_reasoning=None
            if isinstance(extraction_reasoning, Unset)
            else extraction_reasoning,
            tags=None if isinstance(tags, Unset) else tags,
            reviewed_at=None if isinstance(reviewed_at, Unset) else reviewed_at,
            reviewed_by=None if isinstance(reviewed_by, Unset) else reviewed_by,
        )
        memory_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("MemoryResponse", d)

        memory_response.additional_properties = d
        return memory_response

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
