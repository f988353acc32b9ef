from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
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

        _embedding = d.pop("embedding", UNSET)
        embedding: list[float] | None | Unset
        if _embedding is None or _embedding is UNSET:
            embedding = _embedding
        else:
            if not isinstance(_embedding, list):
                raise TypeError(
                    "embedding" + ": unexpected type " + type(_embedding).__name__
                )
            embedding_type_0 = _embedding
            if type(embedding_type_0) is not list:
                raise TypeError(
                    f"embedding: expected an array, got {type(embedding_type_0).__name__}"
                )
            for embedding_type_0_item in embedding_type_0:
                if (
                    type(embedding_type_0_item) is not float
                    and type(embedding_type_0_item) is not int
                ):
                    raise TypeError(
                        f"embedding: expected an array of numbers, got an item of type {type(embedding_type_0_item).__name__}"
                    )

            embedding = embedding_type_0

        _objective_embedding = d.pop("objective_embedding", UNSET)
        objective_embedding: list[float] | None | Unset
        if _objective_embedding is None or _objective_embedding is UNSET:
            objective_embedding = _objective_embedding
        else:
            if not isinstance(_objective_embedding, list):
                raise TypeError(
                    "objective_embedding"
                    + ": unexpected type "
                    + type(_objective_embedding).__name__
                )
            objective_embedding_type_0 = _objective_embedding
            if type(objective_embedding_type_0) is not list:
                raise TypeError(
                    f"objective_embedding: expected an array, got {type(objective_embedding_type_0).__name__}"
                )
            for objective_embedding_type_0_item in objective_embedding_type_0:
                if (
                    type(objective_embedding_type_0_item) is not float
                    and type(objective_embedding_type_0_item) is not int
                ):
                    raise TypeError(
                        f"objective_embedding: expected an array of numbers, got an item of type {type(objective_embedding_type_0_item).__name__}"
                    )

            objective_embedding = objective_embedding_type_0

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
