from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memory_scope import MemoryScope
from ..models.memory_status import MemoryStatus
from ..models.memory_type import MemoryType
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="MemoryCreate")


@_attrs_define
class MemoryCreate:
    """Create memory model.

    Attributes:
        type_ (MemoryType): Types of memories that can be extracted.
        content (str): Memory content as markdown text that you want Humm to store.
        quality_score (float): Confidence score from 0.0 to 1.0 indicating how trustworthy this memory is.
        thread_id (UUID): Thread UUID where this memory was observed or extracted.
        organization_id (UUID): Organization UUID for the tenant that owns this memory. For POST /memories, this must
            also match the organization_id query parameter.
        user_id (UUID): User UUID associated with the source thread or memory author.
        scope (MemoryScope | Unset): Scope of memory applicability.
        status (MemoryStatus | Unset): Memory review status.
        extraction_reasoning (str | Unset): Reasoning for extraction Default: ''.
        tags (list[str] | None | Unset): Optional tags
        reviewed_at (datetime.datetime | None | Unset):
        reviewed_by (None | Unset | UUID):
        embedding (list[float] | None | Unset):
        objective_embedding (list[float] | None | Unset):
    """

    type_: MemoryType
    content: str
    quality_score: float
    thread_id: UUID
    organization_id: UUID
    user_id: UUID
    scope: MemoryScope | Unset = UNSET
    status: MemoryStatus | Unset = UNSET
    extraction_reasoning: str | Unset = ""
    tags: list[str] | None | Unset = UNSET
    reviewed_at: datetime.datetime | None | Unset = UNSET
    reviewed_by: None | Unset | UUID = UNSET
    embedding: list[float] | None | Unset = UNSET
    objective_embedding: list[float] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = MemoryType(self.type_).value

        content = self.content

        quality_score = self.quality_score

        thread_id = str(self.thread_id)

        organization_id = str(self.organization_id)

        user_id = str(self.user_id)

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = MemoryScope(self.scope).value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = MemoryStatus(self.status).value

        extraction_reasoning = self.extraction_reasoning

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        reviewed_at: None | str | Unset
        if isinstance(self.reviewed_at, Unset):
            reviewed_at = UNSET
        elif isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        reviewed_by: None | str | Unset
        if isinstance(self.reviewed_by, Unset):
            reviewed_by = UNSET
        elif isinstance(self.reviewed_by, UUID):
            reviewed_by = str(self.reviewed_by)
        else:
            reviewed_by = self.reviewed_by

        embedding: list[float] | None | Unset
        if isinstance(self.embedding, Unset):
            embedding = UNSET
        elif isinstance(self.embedding, list):
            embedding = self.embedding

        else:
            embedding = self.embedding

        objective_embedding: list[float] | None | Unset
        if isinstance(self.objective_embedding, Unset):
            objective_embedding = UNSET
        elif isinstance(self.objective_embedding, list):
            objective_embedding = self.objective_embedding

        else:
            objective_embedding = self.objective_embedding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "content": content,
                "quality_score": quality_score,
                "thread_id": thread_id,
                "organization_id": organization_id,
                "user_id": user_id,
            }
        )
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
        if embedding is not UNSET:
            field_dict["embedding"] = embedding
        if objective_embedding is not UNSET:
            field_dict["objective_embedding"] = objective_embedding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = MemoryType(d.pop("type"))

        content = d.pop("content")

        quality_score = d.pop("quality_score")

        thread_id = UUID(d.pop("thread_id"))

        organization_id = UUID(d.pop("organization_id"))

        user_id = UUID(d.pop("user_id"))

        _scope = d.pop("scope", UNSET)
        scope: MemoryScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = MemoryScope(_scope)

        _status = d.pop("status", UNSET)
        status: MemoryStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MemoryStatus(_status)

        extraction_reasoning = d.pop("extraction_reasoning", UNSET)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_reviewed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = parse_datetime(data)

                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at", UNSET))

        def _parse_reviewed_by(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_by_type_0 = UUID(data)

                return reviewed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        reviewed_by = _parse_reviewed_by(d.pop("reviewed_by", UNSET))

        def _parse_embedding(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                embedding_type_0 = cast(list[float], data)

                return embedding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        embedding = _parse_embedding(d.pop("embedding", UNSET))

        def _parse_objective_embedding(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                objective_embedding_type_0 = cast(list[float], data)

                return objective_embedding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        objective_embedding = _parse_objective_embedding(
            d.pop("objective_embedding", UNSET)
        )

        memory_create = cls(
            type_=type_,
            content=content,
            quality_score=quality_score,
            thread_id=thread_id,
            organization_id=organization_id,
            user_id=user_id,
            scope=scope,
            status=status,
            extraction_reasoning=extraction_reasoning,
            tags=tags,
            reviewed_at=reviewed_at,
            reviewed_by=reviewed_by,
            embedding=embedding,
            objective_embedding=objective_embedding,
        )

        memory_create.additional_properties = d
        return memory_create

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
