from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relationship_status import RelationshipStatus
from ..models.relationship_type import RelationshipType
from ..types import UNSET, Unset, parse_object

if TYPE_CHECKING:
    from ..models.saas_association_update_evidence import SaasAssociationUpdateEvidence
    from ..models.saas_association_update_metadata import SaasAssociationUpdateMetadata


T = TypeVar("T", bound="SaasAssociationUpdate")


@_attrs_define
class SaasAssociationUpdate:
    """Model for updating a SaaS association.

    Attributes:
        association_type_id (None | str | Unset):
        association_label (None | str | Unset):
        association_category (None | str | Unset):
        metadata (SaasAssociationUpdateMetadata | Unset):
        relationship_type (None | RelationshipType | Unset):
        status (None | RelationshipStatus | Unset):
        score (float | None | Unset):
        evidence (SaasAssociationUpdateEvidence | Unset):
    """

    association_type_id: None | str | Unset = UNSET
    association_label: None | str | Unset = UNSET
    association_category: None | str | Unset = UNSET
    metadata: SaasAssociationUpdateMetadata | Unset = UNSET
    relationship_type: None | RelationshipType | Unset = UNSET
    status: None | RelationshipStatus | Unset = UNSET
    score: float | None | Unset = UNSET
    evidence: SaasAssociationUpdateEvidence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        association_type_id: None | str | Unset
        if isinstance(self.association_type_id, Unset):
            association_type_id = UNSET
        else:
            association_type_id = self.association_type_id

        association_label: None | str | Unset
        if isinstance(self.association_label, Unset):
            association_label = UNSET
        else:
            association_label = self.association_label

        association_category: None | str | Unset
        if isinstance(self.association_category, Unset):
            association_category = UNSET
        else:
            association_category = self.association_category

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata

        relationship_type: None | str | Unset
        if isinstance(self.relationship_type, Unset):
            relationship_type = UNSET
        elif isinstance(self.relationship_type, RelationshipType):
            relationship_type = RelationshipType(self.relationship_type).value
        else:
            relationship_type = self.relationship_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RelationshipStatus):
            status = RelationshipStatus(self.status).value
        else:
            status = self.status

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
        field_dict.update({})
        if association_type_id is not UNSET:
            field_dict["association_type_id"] = association_type_id
        if association_label is not UNSET:
            field_dict["association_label"] = association_label
        if association_category is not UNSET:
            field_dict["association_category"] = association_category
        if metadata is not UNSET:
            field_dict["metadata_"] = metadata
        if relationship_type is not UNSET:
            field_dict["relationship_type"] = relationship_type
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
        _association_type_id = d.pop("association_type_id", UNSET)
        association_type_id: None | str | Unset
        if _association_type_id is None or _association_type_id is UNSET:
            association_type_id = _association_type_id
        else:
            if not isinstance(_association_type_id, str):
                raise TypeError(
                    f"association_type_id: expected a string, got {type(_association_type_id).__name__}"
                )
            association_type_id = _association_type_id

        _association_label = d.pop("association_label", UNSET)
        association_label: None | str | Unset
        if _association_label is None or _association_label is UNSET:
            association_label = _association_label
        else:
            if not isinstance(_association_label, str):
                raise TypeError(
                    f"association_label: expected a string, got {type(_association_label).__name__}"
                )
            association_label = _association_label

        _association_category = d.pop("association_category", UNSET)
        association_category: None | str | Unset
        if _association_category is None or _association_category is UNSET:
            association_category = _association_category
        else:
            if not isinstance(_association_category, str):
                raise TypeError(
                    f"association_category: expected a string, got {type(_association_category).__name__}"
                )
            association_category = _association_category

        _metadata = d.pop("metadata_", UNSET)
        metadata: SaasAssociationUpdateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = parse_object(_metadata)

        _relationship_type = d.pop("relationship_type", UNSET)
        relationship_type: None | RelationshipType | Unset
        if _relationship_type is None or _relationship_type is UNSET:
            relationship_type = _relationship_type
        else:
            if not isinstance(_relationship_type, str):
                raise TypeError(
                    "relationship_type"
                    + ": unexpected type "
                    + type(_relationship_type).__name__
                )
            relationship_type_type_0 = RelationshipType(_relationship_type)

            relationship_type = relationship_type_type_0

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
        evidence: SaasAssociationUpdateEvidence | Unset
        if isinstance(_evidence, Unset):
            evidence = UNSET
        else:
            evidence = parse_object(_evidence)

        saas_association_update = cls(
            association_type_id=association_type_id,
            association_label=association_label,
            association_category=association_category,
            metadata=metadata,
            relationship_type=relationship_type,
            status=status,
            score=score,
            evidence=evidence,
        )

        saas_association_update.additional_properties = d
        return saas_association_update

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
