from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.relationship_status import RelationshipStatus
from ..models.relationship_type import RelationshipType
from ..types import UNSET, Unset, is_present, parse_datetime, parse_object

if TYPE_CHECKING:
    from ..models.integration_source_relationship_response_evidence_type_0 import (
        IntegrationSourceRelationshipResponseEvidenceType0,
    )


T = TypeVar("T", bound="IntegrationSourceRelationshipResponse")


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
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_source_id = str(self.integration_source_id)

        from_column_id = str(self.from_column_id)

        to_table_id = str(self.to_table_id)

        to_column_name = self.to_column_name

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at_sent: datetime.datetime | Unset = (
            self.updated_at
            if is_present(self._present, "updated_at", self.updated_at)
            and self.updated_at is not None
            else UNSET
        )
        updated_at: str | Unset = UNSET
        if not isinstance(updated_at_sent, Unset):
            updated_at = updated_at_sent.isoformat()

        type__sent: RelationshipType | Unset = (
            self.type_
            if is_present(self._present, "type", self.type_) and self.type_ is not None
            else UNSET
        )
        type_: str | Unset = UNSET
        if not isinstance(type__sent, Unset):
            type_ = RelationshipType(type__sent).value

        status_sent: None | RelationshipStatus | Unset = (
            self.status if is_present(self._present, "status", self.status) else UNSET
        )
        status: None | str | Unset
        if isinstance(status_sent, Unset):
            status = UNSET
        elif isinstance(status_sent, RelationshipStatus):
            status = RelationshipStatus(status_sent).value
        else:
            status = status_sent

        score_sent: float | None | Unset = (
            self.score if is_present(self._present, "score", self.score) else UNSET
        )
        score: float | None | Unset
        if isinstance(score_sent, Unset):
            score = UNSET
        else:
            score = score_sent

        evidence_sent: (
            IntegrationSourceRelationshipResponseEvidenceType0 | None | Unset
        ) = (
            self.evidence
            if is_present(self._present, "evidence", self.evidence)
            else UNSET
        )
        evidence: dict[str, Any] | None | Unset
        if isinstance(evidence_sent, Unset):
            evidence = UNSET
        elif isinstance(evidence_sent, dict):
            evidence = evidence_sent
        else:
            evidence = evidence_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_source_id": integration_source_id,
                "from_column_id": from_column_id,
                "to_table_id": to_table_id,
                "to_column_name": to_column_name,
                "id": id,
                "created_at": created_at,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if score is not UNSET:
            field_dict["score"] = score
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        integration_source_id = UUID(d.pop("integration_source_id"))

        from_column_id = UUID(d.pop("from_column_id"))

        to_table_id = UUID(d.pop("to_table_id"))

        to_column_name = d.pop("to_column_name")
        if not isinstance(to_column_name, str):
            raise TypeError(
                f"to_column_name: expected a string, got {type(to_column_name).__name__}"
            )

        id = UUID(d.pop("id"))

        created_at = parse_datetime(d.pop("created_at"))

        updated_at_raw = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None
        if updated_at_raw is None or updated_at_raw is UNSET:
            _types.note_field(
                "IntegrationSourceRelationshipResponse", "updated_at", updated_at_raw
            )
            updated_at = None
        else:
            updated_at = parse_datetime(updated_at_raw)

        type__raw = d.pop("type", UNSET)
        if type__raw is None:
            _types.note_field(
                "IntegrationSourceRelationshipResponse", "type", type__raw
            )
            type__raw = UNSET
        _type_ = type__raw
        type_: RelationshipType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RelationshipType(_type_)

        _status = d.pop("status", UNSET)
        status: None | RelationshipStatus | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            if not isinstance(_status, str):
                raise TypeError(
                    "status" + ": unexpected type " + type(_status).__name__
                )
            status_type_0 = RelationshipStatus(_status)

            status = status_type_0

        _score = d.pop("score", UNSET)
        score: float | None | Unset
        if _score is None or _score is UNSET:
            score = _score
        else:
            if not isinstance(_score, (int, float)) or isinstance(_score, bool):
                raise TypeError(
                    f"score: expected a number, got {type(_score).__name__}"
                )
            score = _score

        _evidence = d.pop("evidence", UNSET)
        evidence: IntegrationSourceRelationshipResponseEvidenceType0 | None | Unset
        if _evidence is None or _evidence is UNSET:
            evidence = _evidence
        else:
            if not isinstance(_evidence, dict):
                raise TypeError(
                    "evidence" + ": unexpected type " + type(_evidence).__name__
                )
            evidence_type_0 = parse_object(_evidence)

            evidence = evidence_type_0

        integration_source_relationship_response = cls(
            integration_source_id=integration_source_id,
            from_column_id=from_column_id,
            to_table_id=to_table_id,
            to_column_name=to_column_name,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            type_=None if isinstance(type_, Unset) else type_,
            status=None if isinstance(status, Unset) else status,
            score=None if isinstance(score, Unset) else score,
            evidence=None if isinstance(evidence, Unset) else evidence,
        )
        integration_source_relationship_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("IntegrationSourceRelationshipResponse", d)

        integration_source_relationship_response.additional_properties = d
        return integration_source_relationship_response

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
