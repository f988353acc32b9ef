from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relationship_status import RelationshipStatus
from ..types import UNSET, Unset, parse_object

if TYPE_CHECKING:
    from ..models.integration_source_relationship_update_evidence import (
        IntegrationSourceRelationshipUpdateEvidence,
    )


T = TypeVar("T", bound="IntegrationSourceRelationshipUpdate")


@_attrs_define
class IntegrationSourceRelationshipUpdate:
    """Model for updating an existing integration source relationship.

    Attributes:
        status (None | RelationshipStatus | Unset):
        score (float | None | Unset):
        evidence (IntegrationSourceRelationshipUpdateEvidence | Unset):
    """

    status: None | RelationshipStatus | Unset = UNSET
    score: float | None | Unset = UNSET
    evidence: IntegrationSourceRelationshipUpdateEvidence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        evidence: IntegrationSourceRelationshipUpdateEvidence | Unset
        if isinstance(_evidence, Unset):
            evidence = UNSET
        else:
            evidence = parse_object(_evidence)

        integration_source_relationship_update = cls(
            status=status,
            score=score,
            evidence=evidence,
        )

        integration_source_relationship_update.additional_properties = d
        return integration_source_relationship_update

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
