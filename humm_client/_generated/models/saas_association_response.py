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
        association_type_id (str | None):
        association_label (str | None):
        id (UUID | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        association_category (str | None):
        metadata (None | dict[str, Any]):
        relationship_type (None | RelationshipType):
        status (None | RelationshipStatus):
        score (float | None):
        evidence (None | dict[str, Any]):
        is_active (bool | None):
    """

    integration_source_id: UUID
    from_object_id: UUID
    to_object_id: UUID
    association_type_id: str | None
    association_label: str | None
    id: UUID | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    association_category: str | None = None
    metadata: None | dict[str, Any] = None
    relationship_type: None | RelationshipType = None
    status: None | RelationshipStatus = None
    score: float | None = None
    evidence: None | dict[str, Any] = None
    is_active: bool | None = None
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_source_id = str(self.integration_source_id)

        from_object_id = str(self.from_object_id)

        to_object_id = str(self.to_object_id)

        association_type_id_sent: str | Unset = (
            self.association_type_id
            if is_present(
                self._present, "association_type_id", self.association_type_id
            )
            and self.association_type_id is not None
            else UNSET
        )
        association_type_id = association_type_id_sent

        association_label_sent: str | Unset = (
            self.association_label
            if is_present(self._present, "association_label", self.association_label)
            and self.association_label is not None
            else UNSET
        )
        association_label = association_label_sent

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

        association_category_sent: str | Unset = (
            self.association_category
            if is_present(
                self._present, "association_category", self.association_category
            )
            and self.association_category is not None
            else UNSET
        )
        association_category = association_category_sent

        metadata_sent: None | SaasAssociationResponseMetadataType0 | Unset = (
            self.metadata
            if is_present(self._present, "metadata_", self.metadata)
            else UNSET
        )
        metadata: dict[str, Any] | None | Unset
        if isinstance(metadata_sent, Unset):
            metadata = UNSET
        elif isinstance(metadata_sent, dict):
            metadata = metadata_sent
        else:
            metadata = metadata_sent

        relationship_type_sent: None | RelationshipType | Unset = (
            self.relationship_type
            if is_present(self._present, "relationship_type", self.relationship_type)
            else UNSET
        )
        relationship_type: None | str | Unset
        if isinstance(relationship_type_sent, Unset):
            relationship_type = UNSET
        elif isinstance(relationship_type_sent, RelationshipType):
            relationship_type = RelationshipType(relationship_type_sent).value
        else:
            relationship_type = relationship_type_sent

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

        evidence_sent: None | SaasAssociationResponseEvidenceType0 | Unset = (
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

        is_active_sent: bool | None | Unset = (
            self.is_active
            if is_present(self._present, "is_active", self.is_active)
            else UNSET
        )
        is_active: bool | None | Unset
        if isinstance(is_active_sent, Unset):
            is_active = UNSET
        else:
            is_active = is_active_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_source_id": integration_source_id,
                "from_object_id": from_object_id,
                "to_object_id": to_object_id,
            }
        )
        if association_type_id is not UNSET:
            field_dict["association_type_id"] = association_type_id
        if association_label is not UNSET:
            field_dict["association_label"] = association_label
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
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
        d = dict(src_dict)
        integration_source_id = UUID(d.pop("integration_source_id"))

        from_object_id = UUID(d.pop("from_object_id"))

        to_object_id = UUID(d.pop("to_object_id"))

        association_type_id_raw = d.pop("association_type_id", UNSET)
        association_type_id: str | None
        if association_type_id_raw is None or association_type_id_raw is UNSET:
            _types.note_field(
                "SaasAssociationResponse",
                "association_type_id",
                association_type_id_raw,
            )
            association_type_id = None
        else:
            association_type_id = association_type_id_raw
            if not isinstance(association_type_id, str):
                raise TypeError(
                    f"association_type_id: expected a string, got {type(association_type_id).__name__}"
                )

        association_label_raw = d.pop("association_label", UNSET)
        association_label: str | None
        if association_label_raw is None or association_label_raw is UNSET:
            _types.note_field(
                "SaasAssociationResponse", "association_label", association_label_raw
            )
            association_label = None
        else:
            association_label = association_label_raw
            if not isinstance(association_label, str):
                raise TypeError(
                    f"association_label: expected a string, got {type(association_label).__name__}"
                )

        id_raw = d.pop("id", UNSET)
        id: UUID | None
        if id_raw is None or id_raw is UNSET:
            _types.note_field("SaasAssociationResponse", "id", id_raw)
            id = None
        else:
            id = UUID(id_raw)

        created_at_raw = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None
        if created_at_raw is None or created_at_raw is UNSET:
            _types.note_field("SaasAssociationResponse", "created_at", created_at_raw)
            created_at = None
        else:
            created_at = parse_datetime(created_at_raw)

        updated_at_raw = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None
        if updated_at_raw is None or updated_at_raw is UNSET:
            _types.note_field("SaasAssociationResponse", "updated_at", updated_at_raw)
            updated_at = None
        else:
            updated_at = parse_datetime(updated_at_raw)

        association_category_raw = d.pop("association_category", UNSET)
        if association_category_raw is None:
            _types.note_field(
                "SaasAssociationResponse",
                "association_category",
                association_category_raw,
            )
            association_category_raw = UNSET
        association_category = association_category_raw
        if not isinstance(association_category, Unset):
            if not isinstance(association_category, str):
                raise TypeError(
                    f"association_category: expected a string, got {type(association_category).__name__}"
                )

        _metadata = d.pop("metadata_", UNSET)
        metadata: None | SaasAssociationResponseMetadataType0 | Unset
        if _metadata is None or _metadata is UNSET:
            metadata = _metadata
        else:
            if not isinstance(_metadata, dict):
                raise TypeError(
                    "metadata_" + ": unexpected type " + type(_metadata).__name__
                )
            metadata_type_0 = parse_object(_metadata)

            metadata = metadata_type_0

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
        evidence: None | SaasAssociationResponseEvidenceType0 | Unset
        if _evidence is None or _evidence is UNSET:
            evidence = _evidence
        else:
            if not isinstance(_evidence, dict):
                raise TypeError(
                    "evidence" + ": unexpected type " + type(_evidence).__name__
                )
            evidence_type_0 = parse_object(_evidence)

            evidence = evidence_type_0

        _is_active = d.pop("is_active", UNSET)
        is_active: bool | None | Unset
        if _is_active is None or _is_active is UNSET:
            is_active = _is_active
        else:
            if not isinstance(_is_active, bool):
                raise TypeError(
                    f"is_active: expected a boolean, got {type(_is_active).__name__}"
                )
            is_active = _is_active

        saas_association_response = cls(
            integration_source_id=integration_source_id,
            from_object_id=from_object_id,
            to_object_id=to_object_id,
            association_type_id=association_type_id,
            association_label=association_label,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            association_category=None
            if isinstance(association_category, Unset)
            else association_category,
            metadata=None if isinstance(metadata, Unset) else metadata,
            relationship_type=None
            if isinstance(relationship_type, Unset)
            else relationship_type,
            status=None if isinstance(status, Unset) else status,
            score=None if isinstance(score, Unset) else score,
            evidence=None if isinstance(evidence, Unset) else evidence,
            is_active=None if isinstance(is_active, Unset) else is_active,
        )
        saas_association_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("SaasAssociationResponse", d)

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
