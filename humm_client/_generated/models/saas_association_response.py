from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relationship_status import RelationshipStatus
from ..models.relationship_type import RelationshipType
from ..types import UNSET, Unset, parse_datetime, parse_object

if TYPE_CHECKING:
    from ..models.saas_association_response_evidence_type_0 import (
        SaasAssociationResponseEvidenceType0,
    )
    from ..models.saas_association_response_metadata_type_0 import (
        SaasAssociationResponseMetadataType0,
    )


T = TypeVar("T", bound="SaasAssociationResponse")


@_attrs_define
class SaasAssociationResponse:
    """
    Attributes:
        integration_source_id (UUID): The integration source this association belongs to
        from_object_id (UUID): The source SaaS object
        to_object_id (UUID):
        association_type_id (str):
        association_label (str):
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        association_category (str | Unset):
        metadata (None | SaasAssociationResponseMetadataType0 | Unset):
        relationship_type (None | RelationshipType | Unset):
        status (None | RelationshipStatus | Unset):
        score (float | None | Unset):
        evidence (None | SaasAssociationResponseEvidenceType0 | Unset):
        is_active (bool | None | Unset):
    """

    integration_source_id: UUID
    from_object_id: UUID
    to_object_id: UUID
    association_type_id: str
    association_label: str
    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    association_category: str | Unset = UNSET
    metadata: None | SaasAssociationResponseMetadataType0 | Unset = UNSET
    relationship_type: None | RelationshipType | Unset = UNSET
    status: None | RelationshipStatus | Unset = UNSET
    score: float | None | Unset = UNSET
    evidence: None | SaasAssociationResponseEvidenceType0 | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_source_id = str(self.integration_source_id)

        from_object_id = str(self.from_object_id)

        to_object_id = str(self.to_object_id)

        association_type_id = self.association_type_id

        association_label = self.association_label

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        association_category = self.association_category

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, dict):
            metadata = self.metadata
        else:
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

        evidence: dict[str, Any] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, dict):
            evidence = self.evidence
        else:
            evidence = self.evidence

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_source_id": integration_source_id,
                "from_object_id": from_object_id,
                "to_object_id": to_object_id,
                "association_type_id": association_type_id,
                "association_label": association_label,
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
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
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.saas_association_response_evidence_type_0 import (
            SaasAssociationResponseEvidenceType0,  # noqa: PLC0415
        )
        from ..models.saas_association_response_metadata_type_0 import (
            SaasAssociationResponseMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        integration_source_id = UUID(d.pop("integration_source_id"))

        from_object_id = UUID(d.pop("from_object_id"))

        to_object_id = UUID(d.pop("to_object_id"))

        association_type_id = d.pop("association_type_id")

        association_label = d.pop("association_label")

        id = UUID(d.pop("id"))

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        association_category = d.pop("association_category", UNSET)

        def _parse_metadata(
            data: object,
        ) -> None | SaasAssociationResponseMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = parse_object(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SaasAssociationResponseMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata_", UNSET))

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

        def _parse_evidence(
            data: object,
        ) -> None | SaasAssociationResponseEvidenceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                evidence_type_0 = parse_object(data)

                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SaasAssociationResponseEvidenceType0 | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        saas_association_response = cls(
            integration_source_id=integration_source_id,
            from_object_id=from_object_id,
            to_object_id=to_object_id,
            association_type_id=association_type_id,
            association_label=association_label,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            association_category=association_category,
            metadata=metadata,
            relationship_type=relationship_type,
            status=status,
            score=score,
            evidence=evidence,
            is_active=is_active,
        )

        saas_association_response.additional_properties = d
        return saas_association_response

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
