from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relationship_status import RelationshipStatus
from ..types import UNSET, Unset, parse_object

if TYPE_CHECKING:
    from ..models.integration_source_relationship_bulk_status_update_evidence import (
        IntegrationSourceRelationshipBulkStatusUpdateEvidence,
    )


T = TypeVar("T", bound="IntegrationSourceRelationshipBulkStatusUpdate")


@_attrs_define
class IntegrationSourceRelationshipBulkStatusUpdate:
    """Payload for bulk relationship status updates.

    Attributes:
        relationship_ids (list[UUID]): List of relationship IDs to update
        status (RelationshipStatus): Review status of a relationship or SaaS association.
        score (float | None | Unset): Optional confidence score to apply to each relationship
        evidence (IntegrationSourceRelationshipBulkStatusUpdateEvidence | Unset): Optional evidence payload to apply to
            each relationship
    """

    relationship_ids: list[UUID]
    status: RelationshipStatus
    score: float | None | Unset = UNSET
    evidence: IntegrationSourceRelationshipBulkStatusUpdateEvidence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relationship_ids = []
        for relationship_ids_item_data in self.relationship_ids:
            relationship_ids_item = str(relationship_ids_item_data)
            relationship_ids.append(relationship_ids_item)

        status = RelationshipStatus(self.status).value

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        evidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = self.evidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relationship_ids": relationship_ids,
                "status": status,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        relationship_ids = []
        _relationship_ids = d.pop("relationship_ids")
        if type(_relationship_ids) is not list:
            raise TypeError(
                f"relationship_ids: expected an array, got {type(_relationship_ids).__name__}"
            )
        for relationship_ids_item_data in _relationship_ids:
            relationship_ids_item = UUID(relationship_ids_item_data)

            relationship_ids.append(relationship_ids_item)

        status = RelationshipStatus(d.pop("status"))

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
        evidence: IntegrationSourceRelationshipBulkStatusUpdateEvidence | Unset
        if isinstance(_evidence, Unset):
            evidence = UNSET
        else:
            evidence = parse_object(_evidence)

        integration_source_relationship_bulk_status_update = cls(
            relationship_ids=relationship_ids,
            status=status,
            score=score,
            evidence=evidence,
        )

        integration_source_relationship_bulk_status_update.additional_properties = d
        return integration_source_relationship_bulk_status_update

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
