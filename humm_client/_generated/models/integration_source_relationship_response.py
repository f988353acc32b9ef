from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.relationship_status import RelationshipStatus
from ..models.relationship_type import RelationshipType
from ..types import (
    UNSET,
    fromisoformat,
    parse_moment,
    parse_uuid,
    uuid_text,
)

T = TypeVar("T", bound="IntegrationSourceRelationshipResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "integration_source_id",
        "from_column_id",
        "to_table_id",
        "to_column_name",
        "id",
        "created_at",
        "updated_at",
        "type",
        "status",
        "score",
        "evidence",
    }
)
_RelationshipStatus: dict[str, RelationshipStatus] = {
    member.value: member for member in RelationshipStatus
}
_RelationshipType: dict[str, RelationshipType] = {
    member.value: member for member in RelationshipType
}


@_attrs_define
class IntegrationSourceRelationshipResponse:
    """Response model for integration source relationships.

    Attributes:
        integration_source_id (UUID): Integration source this relationship belongs to
        from_column_id (UUID): Column acting as the foreign key / link origin
        to_table_id (UUID): Target table this relationship points to
        to_column_name (str): Target column name in the destination table
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime | None):
        type_ (RelationshipType | None): Relationship type (formal FK, inferred heuristic, manual).
        status (None | RelationshipStatus): Review status of the relationship
        score (float | None): Confidence score assigned by the inference pipeline (0.0-1.0)
        evidence (dict[str, Any] | None): Supporting evidence and calculations used to infer the relationship
    """

    integration_source_id: UUID
    from_column_id: UUID
    to_table_id: UUID
    to_column_name: str
    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime | None
    type_: RelationshipType | None = None
    status: None | RelationshipStatus = None
    score: float | None = None
    evidence: dict[str, Any] | None = None
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    #: The datetimes as parsed (created_at, updated_at), to tell them from ones assigned since.
    _moments: tuple[datetime.datetime | None, ...] = _attrs_field(
        default=(), init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        integration_source_id = self.integration_source_id
        field_dict["integration_source_id"] = uuid_text(integration_source_id)
        from_column_id = self.from_column_id
        field_dict["from_column_id"] = uuid_text(from_column_id)
        to_table_id = self.to_table_id
        field_dict["to_table_id"] = uuid_text(to_table_id)
        field_dict["to_column_name"] = self.to_column_name
        id = self.id
        field_dict["id"] = uuid_text(id)
        created_at = self.created_at
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
        type_ = self.type_
        if type_ is not None and (sent is None or "type" in sent):
            field_dict["type"] = (
                type_._value_
                if type(type_) is RelationshipType
                else RelationshipType(type_).value
            )
        status = self.status
        if "status" in sent if sent is not None else status is not None:
            field_dict["status"] = (
                None
                if status is None
                else status._value_
                if type(status) is RelationshipStatus
                else RelationshipStatus(status).value
            )
        score = self.score
        if "score" in sent if sent is not None else score is not None:
            field_dict["score"] = score
        evidence = self.evidence
        if "evidence" in sent if sent is not None else evidence is not None:
            field_dict["evidence"] = evidence
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = src_dict["integration_source_id"]
        obj.integration_source_id = parse_uuid(v)

        v = src_dict["from_column_id"]
        obj.from_column_id = parse_uuid(v)

        v = src_dict["to_table_id"]
        obj.to_table_id = parse_uuid(v)

        v = src_dict["to_column_name"]
        if type(v) is not str:
            raise TypeError(
                f"to_column_name: expected a string, got {type(v).__name__}"
            )
        obj.to_column_name = v

        v = src_dict["id"]
        obj.id = parse_uuid(v)

        v = src_dict["created_at"]
        try:
            obj.created_at = created_at = fromisoformat(v)
        except ValueError:  # a rarer ISO form
            obj.created_at = created_at = parse_moment(v)

        updated_at: datetime.datetime | None
        v = get("updated_at")
        if v is None:
            if "updated_at" in src_dict:
                _types.note_field(
                    "IntegrationSourceRelationshipResponse", "updated_at", None
                )
            else:
                missing += 1
                _types.note_field(
                    "IntegrationSourceRelationshipResponse", "updated_at", UNSET
                )
            obj.updated_at = updated_at = None
        else:
            try:
                obj.updated_at = updated_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.updated_at = updated_at = parse_moment(v)

        v = get("type")
        if v is None:
            if "type" in src_dict:
                _types.note_field("IntegrationSourceRelationshipResponse", "type", None)
            else:
                missing += 1
            obj.type_ = None
        else:
            obj.type_ = (
                type__member
                if (type__member := _RelationshipType.get(v)) is not None
                else RelationshipType(v)
            )

        v = get("status")
        if v is None:
            if "status" not in src_dict:
                missing += 1
            obj.status = None
        else:
            obj.status = (
                status_member
                if (status_member := _RelationshipStatus.get(v)) is not None
                else RelationshipStatus(v)
            )

        v = get("score")
        if v is None:
            if "score" not in src_dict:
                missing += 1
            obj.score = None
        else:
            if type(v) is not float and type(v) is not int:
                raise TypeError(f"score: expected a number, got {type(v).__name__}")
            obj.score = v

        v = get("evidence")
        if v is None:
            if "evidence" not in src_dict:
                missing += 1
            obj.evidence = None
        else:
            if type(v) is not dict:
                raise TypeError(f"evidence: expected an object, got {type(v).__name__}")
            obj.evidence = v

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        obj._moments = (
            created_at,
            updated_at,
        )
        if len(src_dict) + missing > 11:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("IntegrationSourceRelationshipResponse", extra)
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
