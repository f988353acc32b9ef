from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.entity_link_status import EntityLinkStatus
from ..types import UNSET, Unset, is_present, parse_datetime, parse_object

if TYPE_CHECKING:
    from ..models.entity_link_response_evidence_type_0 import (
        EntityLinkResponseEvidenceType0,
    )


T = TypeVar("T", bound="EntityLinkResponse")


@_attrs_define
class EntityLinkResponse:
    """Response model for entity links.

    Attributes:
        organization_id (UUID): Organization that owns this entity link
        source_integration_source_id (None | UUID):
        target_integration_source_id (None | UUID):
        id (None | UUID):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        source_table_id (None | UUID):
        source_saas_object_id (None | UUID):
        source_column_id (None | UUID):
        source_field_id (None | UUID):
        target_table_id (None | UUID):
        target_saas_object_id (None | UUID):
        target_column_id (None | UUID):
        target_field_id (None | UUID):
        link_type (None | str):
        status (EntityLinkStatus | None):
        confidence_score (float | None):
        evidence (dict[str, Any] | None):
    """

    organization_id: UUID
    source_integration_source_id: None | UUID = None
    target_integration_source_id: None | UUID = None
    id: None | UUID = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    source_table_id: None | UUID = None
    source_saas_object_id: None | UUID = None
    source_column_id: None | UUID = None
    source_field_id: None | UUID = None
    target_table_id: None | UUID = None
    target_saas_object_id: None | UUID = None
    target_column_id: None | UUID = None
    target_field_id: None | UUID = None
    link_type: None | str = None
    status: EntityLinkStatus | None = None
    confidence_score: float | None = None
    evidence: dict[str, Any] | None = None
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = str(self.organization_id)

        source_integration_source_id_sent: None | Unset | UUID = (
            self.source_integration_source_id
            if is_present(
                self._present,
                "source_integration_source_id",
                self.source_integration_source_id,
            )
            else UNSET
        )
        source_integration_source_id: None | str | Unset
        if isinstance(source_integration_source_id_sent, Unset):
            source_integration_source_id = UNSET
        elif isinstance(source_integration_source_id_sent, UUID):
            source_integration_source_id = str(source_integration_source_id_sent)
        else:
            source_integration_source_id = source_integration_source_id_sent

        target_integration_source_id_sent: None | Unset | UUID = (
            self.target_integration_source_id
            if is_present(
                self._present,
                "target_integration_source_id",
                self.target_integration_source_id,
            )
            else UNSET
        )
        target_integration_source_id: None | str | Unset
        if isinstance(target_integration_source_id_sent, Unset):
            target_integration_source_id = UNSET
        elif isinstance(target_integration_source_id_sent, UUID):
            target_integration_source_id = str(target_integration_source_id_sent)
        else:
            target_integration_source_id = target_integration_source_id_sent

        id_sent: None | Unset | UUID = (
            self.id if is_present(self._present, "id", self.id) else UNSET
        )
        id: None | str | Unset
        if isinstance(id_sent, Unset):
            id = UNSET
        elif isinstance(id_sent, UUID):
            id = str(id_sent)
        else:
            id = id_sent

        created_at_sent: datetime.datetime | None | Unset = (
            self.created_at
            if is_present(self._present, "created_at", self.created_at)
            else UNSET
        )
        created_at: None | str | Unset
        if isinstance(created_at_sent, Unset):
            created_at = UNSET
        elif isinstance(created_at_sent, datetime.datetime):
            created_at = created_at_sent.isoformat()
        else:
            created_at = created_at_sent

        updated_at_sent: datetime.datetime | None | Unset = (
            self.updated_at
            if is_present(self._present, "updated_at", self.updated_at)
            else UNSET
        )
        updated_at: None | str | Unset
        if isinstance(updated_at_sent, Unset):
            updated_at = UNSET
        elif isinstance(updated_at_sent, datetime.datetime):
            updated_at = updated_at_sent.isoformat()
        else:
            updated_at = updated_at_sent

        source_table_id_sent: None | Unset | UUID = (
            self.source_table_id
            if is_present(self._present, "source_table_id", self.source_table_id)
            else UNSET
        )
        source_table_id: None | str | Unset
        if isinstance(source_table_id_sent, Unset):
            source_table_id = UNSET
        elif isinstance(source_table_id_sent, UUID):
            source_table_id = str(source_table_id_sent)
        else:
            source_table_id = source_table_id_sent

        source_saas_object_id_sent: None | Unset | UUID = (
            self.source_saas_object_id
            if is_present(
                self._present, "source_saas_object_id", self.source_saas_object_id
            )
            else UNSET
        )
        source_saas_object_id: None | str | Unset
        if isinstance(source_saas_object_id_sent, Unset):
            source_saas_object_id = UNSET
        elif isinstance(source_saas_object_id_sent, UUID):
            source_saas_object_id = str(source_saas_object_id_sent)
        else:
            source_saas_object_id = source_saas_object_id_sent

        source_column_id_sent: None | Unset | UUID = (
            self.source_column_id
            if is_present(self._present, "source_column_id", self.source_column_id)
            else UNSET
        )
        source_column_id: None | str | Unset
        if isinstance(source_column_id_sent, Unset):
            source_column_id = UNSET
        elif isinstance(source_column_id_sent, UUID):
            source_column_id = str(source_column_id_sent)
        else:
            source_column_id = source_column_id_sent

        source_field_id_sent: None | Unset | UUID = (
            self.source_field_id
            if is_present(self._present, "source_field_id", self.source_field_id)
            else UNSET
        )
        source_field_id: None | str | Unset
        if isinstance(source_field_id_sent, Unset):
            source_field_id = UNSET
        elif isinstance(source_field_id_sent, UUID):
            source_field_id = str(source_field_id_sent)
        else:
            source_field_id = source_field_id_sent

        target_table_id_sent: None | Unset | UUID = (
            self.target_table_id
            if is_present(self._present, "target_table_id", self.target_table_id)
            else UNSET
        )
        target_table_id: None | str | Unset
        if isinstance(target_table_id_sent, Unset):
            target_table_id = UNSET
        elif isinstance(target_table_id_sent, UUID):
            target_table_id = str(target_table_id_sent)
        else:
            target_table_id = target_table_id_sent

        target_saas_object_id_sent: None | Unset | UUID = (
            self.target_saas_object_id
            if is_present(
                self._present, "target_saas_object_id", self.target_saas_object_id
            )
            else UNSET
        )
        target_saas_object_id: None | str | Unset
        if isinstance(target_saas_object_id_sent, Unset):
            target_saas_object_id = UNSET
        elif isinstance(target_saas_object_id_sent, UUID):
            target_saas_object_id = str(target_saas_object_id_sent)
        else:
            target_saas_object_id = target_saas_object_id_sent

        target_column_id_sent: None | Unset | UUID = (
            self.target_column_id
            if is_present(self._present, "target_column_id", self.target_column_id)
            else UNSET
        )
        target_column_id: None | str | Unset
        if isinstance(target_column_id_sent, Unset):
            target_column_id = UNSET
        elif isinstance(target_column_id_sent, UUID):
            target_column_id = str(target_column_id_sent)
        else:
            target_column_id = target_column_id_sent

        target_field_id_sent: None | Unset | UUID = (
            self.target_field_id
            if is_present(self._present, "target_field_id", self.target_field_id)
            else UNSET
        )
        target_field_id: None | str | Unset
        if isinstance(target_field_id_sent, Unset):
            target_field_id = UNSET
        elif isinstance(target_field_id_sent, UUID):
            target_field_id = str(target_field_id_sent)
        else:
            target_field_id = target_field_id_sent

        link_type_sent: None | str | Unset = (
            self.link_type
            if is_present(self._present, "link_type", self.link_type)
            else UNSET
        )
        link_type: None | str | Unset
        if isinstance(link_type_sent, Unset):
            link_type = UNSET
        else:
            link_type = link_type_sent

        status_sent: EntityLinkStatus | None | Unset = (
            self.status if is_present(self._present, "status", self.status) else UNSET
        )
        status: None | str | Unset
        if isinstance(status_sent, Unset):
            status = UNSET
        elif isinstance(status_sent, EntityLinkStatus):
            status = EntityLinkStatus(status_sent).value
        else:
            status = status_sent

        confidence_score_sent: float | None | Unset = (
            self.confidence_score
            if is_present(self._present, "confidence_score", self.confidence_score)
            else UNSET
        )
        confidence_score: float | None | Unset
        if isinstance(confidence_score_sent, Unset):
            confidence_score = UNSET
        else:
            confidence_score = confidence_score_sent

        evidence_sent: EntityLinkResponseEvidenceType0 | None | Unset = (
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
                "organization_id": organization_id,
            }
        )
        if source_integration_source_id is not UNSET:
            field_dict["source_integration_source_id"] = source_integration_source_id
        if target_integration_source_id is not UNSET:
            field_dict["target_integration_source_id"] = target_integration_source_id
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if source_table_id is not UNSET:
            field_dict["source_table_id"] = source_table_id
        if source_saas_object_id is not UNSET:
            field_dict["source_saas_object_id"] = source_saas_object_id
        if source_column_id is not UNSET:
            field_dict["source_column_id"] = source_column_id
        if source_field_id is not UNSET:
            field_dict["source_field_id"] = source_field_id
        if target_table_id is not UNSET:
            field_dict["target_table_id"] = target_table_id
        if target_saas_object_id is not UNSET:
            field_dict["target_saas_object_id"] = target_saas_object_id
        if target_column_id is not UNSET:
            field_dict["target_column_id"] = target_column_id
        if target_field_id is not UNSET:
            field_dict["target_field_id"] = target_field_id
        if link_type is not UNSET:
            field_dict["link_type"] = link_type
        if status is not UNSET:
            field_dict["status"] = status
        if confidence_score is not UNSET:
            field_dict["confidence_score"] = confidence_score
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = UUID(d.pop("organization_id"))

        _source_integration_source_id = d.pop("source_integration_source_id", UNSET)
        source_integration_source_id: None | Unset | UUID
        if (
            _source_integration_source_id is None
            or _source_integration_source_id is UNSET
        ):
            source_integration_source_id = _source_integration_source_id
        else:
            if not isinstance(_source_integration_source_id, str):
                raise TypeError(
                    "source_integration_source_id"
                    + ": unexpected type "
                    + type(_source_integration_source_id).__name__
                )
            source_integration_source_id_type_0 = UUID(_source_integration_source_id)

            source_integration_source_id = source_integration_source_id_type_0

        _target_integration_source_id = d.pop("target_integration_source_id", UNSET)
        target_integration_source_id: None | Unset | UUID
        if (
            _target_integration_source_id is None
            or _target_integration_source_id is UNSET
        ):
            target_integration_source_id = _target_integration_source_id
        else:
            if not isinstance(_target_integration_source_id, str):
                raise TypeError(
                    "target_integration_source_id"
                    + ": unexpected type "
                    + type(_target_integration_source_id).__name__
                )
            target_integration_source_id_type_0 = UUID(_target_integration_source_id)

            target_integration_source_id = target_integration_source_id_type_0

        _id = d.pop("id", UNSET)
        id: None | Unset | UUID
        if _id is None or _id is UNSET:
            id = _id
        else:
            if not isinstance(_id, str):
                raise TypeError("id" + ": unexpected type " + type(_id).__name__)
            id_type_0 = UUID(_id)

            id = id_type_0

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at is None or _created_at is UNSET:
            created_at = _created_at
        else:
            if not isinstance(_created_at, str):
                raise TypeError(
                    "created_at" + ": unexpected type " + type(_created_at).__name__
                )
            created_at_type_0 = parse_datetime(_created_at)

            created_at = created_at_type_0

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None or _updated_at is UNSET:
            updated_at = _updated_at
        else:
            if not isinstance(_updated_at, str):
                raise TypeError(
                    "updated_at" + ": unexpected type " + type(_updated_at).__name__
                )
            updated_at_type_0 = parse_datetime(_updated_at)

            updated_at = updated_at_type_0

        _source_table_id = d.pop("source_table_id", UNSET)
        source_table_id: None | Unset | UUID
        if _source_table_id is None or _source_table_id is UNSET:
            source_table_id = _source_table_id
        else:
            if not isinstance(_source_table_id, str):
                raise TypeError(
                    "source_table_id"
                    + ": unexpected type "
                    + type(_source_table_id).__name__
                )
            source_table_id_type_0 = UUID(_source_table_id)

            source_table_id = source_table_id_type_0

        _source_saas_object_id = d.pop("source_saas_object_id", UNSET)
        source_saas_object_id: None | Unset | UUID
        if _source_saas_object_id is None or _source_saas_object_id is UNSET:
            source_saas_object_id = _source_saas_object_id
        else:
            if not isinstance(_source_saas_object_id, str):
                raise TypeError(
                    "source_saas_object_id"
                    + ": unexpected type "
                    + type(_source_saas_object_id).__name__
                )
            source_saas_object_id_type_0 = UUID(_source_saas_object_id)

            source_saas_object_id = source_saas_object_id_type_0

        _source_column_id = d.pop("source_column_id", UNSET)
        source_column_id: None | Unset | UUID
        if _source_column_id is None or _source_column_id is UNSET:
            source_column_id = _source_column_id
        else:
            if not isinstance(_source_column_id, str):
                raise TypeError(
                    "source_column_id"
                    + ": unexpected type "
                    + type(_source_column_id).__name__
                )
            source_column_id_type_0 = UUID(_source_column_id)

            source_column_id = source_column_id_type_0

        _source_field_id = d.pop("source_field_id", UNSET)
        source_field_id: None | Unset | UUID
        if _source_field_id is None or _source_field_id is UNSET:
            source_field_id = _source_field_id
        else:
            if not isinstance(_source_field_id, str):
                raise TypeError(
                    "source_field_id"
                    + ": unexpected type "
                    + type(_source_field_id).__name__
                )
            source_field_id_type_0 = UUID(_source_field_id)

            source_field_id = source_field_id_type_0

        _target_table_id = d.pop("target_table_id", UNSET)
        target_table_id: None | Unset | UUID
        if _target_table_id is None or _target_table_id is UNSET:
            target_table_id = _target_table_id
        else:
            if not isinstance(_target_table_id, str):
                raise TypeError(
                    "target_table_id"
                    + ": unexpected type "
                    + type(_target_table_id).__name__
                )
            target_table_id_type_0 = UUID(_target_table_id)

            target_table_id = target_table_id_type_0

        _target_saas_object_id = d.pop("target_saas_object_id", UNSET)
        target_saas_object_id: None | Unset | UUID
        if _target_saas_object_id is None or _target_saas_object_id is UNSET:
            target_saas_object_id = _target_saas_object_id
        else:
            if not isinstance(_target_saas_object_id, str):
                raise TypeError(
                    "target_saas_object_id"
                    + ": unexpected type "
                    + type(_target_saas_object_id).__name__
                )
            target_saas_object_id_type_0 = UUID(_target_saas_object_id)

            target_saas_object_id = target_saas_object_id_type_0

        _target_column_id = d.pop("target_column_id", UNSET)
        target_column_id: None | Unset | UUID
        if _target_column_id is None or _target_column_id is UNSET:
            target_column_id = _target_column_id
        else:
            if not isinstance(_target_column_id, str):
                raise TypeError(
                    "target_column_id"
                    + ": unexpected type "
                    + type(_target_column_id).__name__
                )
            target_column_id_type_0 = UUID(_target_column_id)

            target_column_id = target_column_id_type_0

        _target_field_id = d.pop("target_field_id", UNSET)
        target_field_id: None | Unset | UUID
        if _target_field_id is None or _target_field_id is UNSET:
            target_field_id = _target_field_id
        else:
            if not isinstance(_target_field_id, str):
                raise TypeError(
                    "target_field_id"
                    + ": unexpected type "
                    + type(_target_field_id).__name__
                )
            target_field_id_type_0 = UUID(_target_field_id)

            target_field_id = target_field_id_type_0

        _link_type = d.pop("link_type", UNSET)
        link_type: None | str | Unset
        if _link_type is None or _link_type is UNSET:
            link_type = _link_type
        else:
            if not isinstance(_link_type, str):
                raise TypeError(
                    f"link_type: expected a string, got {type(_link_type).__name__}"
                )
            link_type = _link_type

        _status = d.pop("status", UNSET)
        status: EntityLinkStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            if not isinstance(_status, str):
                raise TypeError(
                    "status" + ": unexpected type " + type(_status).__name__
                )
            status_type_0 = EntityLinkStatus(_status)

            status = status_type_0

        _confidence_score = d.pop("confidence_score", UNSET)
        confidence_score: float | None | Unset
        if _confidence_score is None or _confidence_score is UNSET:
            confidence_score = _confidence_score
        else:
            if not isinstance(_confidence_score, (int, float)) or isinstance(
                _confidence_score, bool
            ):
                raise TypeError(
                    f"confidence_score: expected a number, got {type(_confidence_score).__name__}"
                )
            confidence_score = _confidence_score

        _evidence = d.pop("evidence", UNSET)
        evidence: EntityLinkResponseEvidenceType0 | None | Unset
        if _evidence is None or _evidence is UNSET:
            evidence = _evidence
        else:
            if not isinstance(_evidence, dict):
                raise TypeError(
                    "evidence" + ": unexpected type " + type(_evidence).__name__
                )
            evidence_type_0 = parse_object(_evidence)

            evidence = evidence_type_0

        entity_link_response = cls(
            organization_id=organization_id,
            source_integration_source_id=None
            if isinstance(source_integration_source_id, Unset)
            else source_integration_source_id,
            target_integration_source_id=None
            if isinstance(target_integration_source_id, Unset)
            else target_integration_source_id,
            id=None if isinstance(id, Unset) else id,
            created_at=None if isinstance(created_at, Unset) else created_at,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
            source_table_id=None
            if isinstance(source_table_id, Unset)
            else source_table_id,
            source_saas_object_id=None
            if isinstance(source_saas_object_id, Unset)
            else source_saas_object_id,
            source_column_id=None
            if isinstance(source_column_id, Unset)
            else source_column_id,
            source_field_id=None
            if isinstance(source_field_id, Unset)
            else source_field_id,
            target_table_id=None
            if isinstance(target_table_id, Unset)
            else target_table_id,
            target_saas_object_id=None
            if isinstance(target_saas_object_id, Unset)
            else target_saas_object_id,
            target_column_id=None
            if isinstance(target_column_id, Unset)
            else target_column_id,
            target_field_id=None
            if isinstance(target_field_id, Unset)
            else target_field_id,
            link_type=None if isinstance(link_type, Unset) else link_type,
            status=None if isinstance(status, Unset) else status,
            confidence_score=None
            if isinstance(confidence_score, Unset)
            else confidence_score,
            evidence=None if isinstance(evidence, Unset) else evidence,
        )
        entity_link_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("EntityLinkResponse", d)

        entity_link_response.additional_properties = d
        return entity_link_response

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
