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
from ..types import (
    UNSET,
    fromisoformat,
    parse_moment,
    parse_uuid,
    uuid_text,
)

T = TypeVar("T", bound="MemoryResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "type",
        "content",
        "quality_score",
        "thread_id",
        "organization_id",
        "user_id",
        "id",
        "created_at",
        "updated_at",
        "scope",
        "status",
        "extraction_reasoning",
        "tags",
        "reviewed_at",
        "reviewed_by",
    }
)
_MemoryScope: dict[str, MemoryScope] = {member.value: member for member in MemoryScope}
_MemoryStatus: dict[str, MemoryStatus] = {
    member.value: member for member in MemoryStatus
}
_MemoryType: dict[str, MemoryType] = {member.value: member for member in MemoryType}


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
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    #: The datetimes as parsed (created_at, updated_at, reviewed_at), to tell them from ones assigned since.
    _moments: tuple[datetime.datetime | None, ...] = _attrs_field(
        default=(), init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = (
            type_._value_ if type(type_) is MemoryType else MemoryType(type_).value
        )
        field_dict["content"] = self.content
        field_dict["quality_score"] = self.quality_score
        thread_id = self.thread_id
        field_dict["thread_id"] = uuid_text(thread_id)
        organization_id = self.organization_id
        field_dict["organization_id"] = uuid_text(organization_id)
        user_id = self.user_id
        if user_id is not None and (sent is None or "user_id" in sent):
            field_dict["user_id"] = uuid_text(user_id)
        id = self.id
        if id is not None and (sent is None or "id" in sent):
            field_dict["id"] = uuid_text(id)
        created_at = self.created_at
        if created_at is not None and (sent is None or "created_at" in sent):
            field_dict["created_at"] = (
                sent["created_at"]
                if sent is not None and created_at is self._moments[0]
                else created_at.isoformat()
            )
        updated_at = self.updated_at
        if updated_at is not None and (sent is None or "updated_at" in sent):
            field_dict["updated_at"] = (
                sent["updated_at"]
                if sent is not None and updated_at is self._moments[1]
                else updated_at.isoformat()
            )
        scope = self.scope
        if scope is not None and (sent is None or "scope" in sent):
            field_dict["scope"] = (
                scope._value_
                if type(scope) is MemoryScope
                else MemoryScope(scope).value
            )
        status = self.status
        if status is not None and (sent is None or "status" in sent):
            field_dict["status"] = (
                status._value_
                if type(status) is MemoryStatus
                else MemoryStatus(status).value
            )
        extraction_reasoning = self.extraction_reasoning
        if extraction_reasoning is not None and (
            sent is None or "extraction_reasoning" in sent
        ):
            field_dict["extraction_reasoning"] = extraction_reasoning
        tags = self.tags
        if "tags" in sent if sent is not None else tags is not None:
            field_dict["tags"] = tags
        reviewed_at = self.reviewed_at
        if "reviewed_at" in sent if sent is not None else reviewed_at is not None:
            field_dict["reviewed_at"] = (
                None
                if reviewed_at is None
                else sent["reviewed_at"]
                if sent is not None and reviewed_at is self._moments[2]
                else reviewed_at.isoformat()
            )
        reviewed_by = self.reviewed_by
        if "reviewed_by" in sent if sent is not None else reviewed_by is not None:
            field_dict["reviewed_by"] = (
                None if reviewed_by is None else uuid_text(reviewed_by)
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = src_dict["type"]
        obj.type_ = (
            type__member
            if (type__member := _MemoryType.get(v)) is not None
            else MemoryType(v)
        )

        v = src_dict["content"]
        if type(v) is not str:
            raise TypeError(f"content: expected a string, got {type(v).__name__}")
        obj.content = v

        v = src_dict["quality_score"]
        if type(v) is not float and type(v) is not int:
            raise TypeError(f"quality_score: expected a number, got {type(v).__name__}")
        obj.quality_score = v

        v = src_dict["thread_id"]
        obj.thread_id = parse_uuid(v)

        v = src_dict["organization_id"]
        obj.organization_id = parse_uuid(v)

        v = get("user_id")
        if v is None:
            if "user_id" in src_dict:
                _types.note_field("MemoryResponse", "user_id", None)
            else:
                missing += 1
                _types.note_field("MemoryResponse", "user_id", UNSET)
            obj.user_id = None
        else:
            obj.user_id = parse_uuid(v)

        v = get("id")
        if v is None:
            if "id" in src_dict:
                _types.note_field("MemoryResponse", "id", None)
            else:
                missing += 1
                _types.note_field("MemoryResponse", "id", UNSET)
            obj.id = None
        else:
            obj.id = parse_uuid(v)

        created_at: datetime.datetime | None
        v = get("created_at")
        if v is None:
            if "created_at" in src_dict:
                _types.note_field("MemoryResponse", "created_at", None)
            else:
                missing += 1
                _types.note_field("MemoryResponse", "created_at", UNSET)
            obj.created_at = created_at = None
        else:
            try:
                obj.created_at = created_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.created_at = created_at = parse_moment(v)

        updated_at: datetime.datetime | None
        v = get("updated_at")
        if v is None:
            if "updated_at" in src_dict:
                _types.note_field("MemoryResponse", "updated_at", None)
            else:
                missing += 1
                _types.note_field("MemoryResponse", "updated_at", UNSET)
            obj.updated_at = updated_at = None
        else:
            try:
                obj.updated_at = updated_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.updated_at = updated_at = parse_moment(v)

        v = get("scope")
        if v is None:
            if "scope" in src_dict:
                _types.note_field("MemoryResponse", "scope", None)
            else:
                missing += 1
            obj.scope = None
        else:
            obj.scope = (
                scope_member
                if (scope_member := _MemoryScope.get(v)) is not None
                else MemoryScope(v)
            )

        v = get("status")
        if v is None:
            if "status" in src_dict:
                _types.note_field("MemoryResponse", "status", None)
            else:
                missing += 1
            obj.status = None
        else:
            obj.status = (
                status_member
                if (status_member := _MemoryStatus.get(v)) is not None
                else MemoryStatus(v)
            )

        v = get("extraction_reasoning")
        if v is None:
            if "extraction_reasoning" in src_dict:
                _types.note_field("MemoryResponse", "extraction_reasoning", None)
            else:
                missing += 1
            obj.extraction_reasoning = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"extraction_reasoning: expected a string, got {type(v).__name__}"
                )
            obj.extraction_reasoning = v

        v = get("tags")
        if v is None:
            if "tags" not in src_dict:
                missing += 1
            obj.tags = None
        else:
            if type(v) is not list:
                raise TypeError(f"tags: expected an array, got {type(v).__name__}")
            for item in v:
                if type(item) is not str:
                    raise TypeError(
                        f"tags item: expected a string, got {type(item).__name__}"
                    )
            obj.tags = v

        reviewed_at: datetime.datetime | None
        v = get("reviewed_at")
        if v is None:
            if "reviewed_at" not in src_dict:
                missing += 1
            obj.reviewed_at = reviewed_at = None
        else:
            try:
                obj.reviewed_at = reviewed_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.reviewed_at = reviewed_at = parse_moment(v)

        v = get("reviewed_by")
        if v is None:
            if "reviewed_by" not in src_dict:
                missing += 1
            obj.reviewed_by = None
        else:
            obj.reviewed_by = parse_uuid(v)

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        obj._moments = (
            created_at,
            updated_at,
            reviewed_at,
        )
        if len(src_dict) + missing > 15:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("MemoryResponse", extra)
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
