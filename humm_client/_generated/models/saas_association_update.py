from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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

        def _parse_association_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        association_type_id = _parse_association_type_id(
            d.pop("association_type_id", UNSET)
        )

        def _parse_association_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        association_label = _parse_association_label(d.pop("association_label", UNSET))

        def _parse_association_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        association_category = _parse_association_category(
            d.pop("association_category", UNSET)
        )

        _metadata = d.pop("metadata_", UNSET)
        metadata: SaasAssociationUpdateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = parse_object(_metadata)

        def _parse_relationship_type(data: object) -> None | RelationshipType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                relationship_type_type_0 = RelationshipType(data)

                return relationship_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RelationshipType | Unset, data)

        relationship_type = _parse_relationship_type(d.pop("relationship_type", UNSET))

        def _parse_status(data: object) -> None | RelationshipStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = RelationshipStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RelationshipStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

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
