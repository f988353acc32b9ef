from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_link_status import EntityLinkStatus
from ..types import UNSET, Unset, parse_datetime, parse_object

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
        source_integration_source_id (None | Unset | UUID):
        target_integration_source_id (None | Unset | UUID):
        id (None | Unset | UUID):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        source_table_id (None | Unset | UUID):
        source_saas_object_id (None | Unset | UUID):
        source_column_id (None | Unset | UUID):
        source_field_id (None | Unset | UUID):
        target_table_id (None | Unset | UUID):
        target_saas_object_id (None | Unset | UUID):
        target_column_id (None | Unset | UUID):
        target_field_id (None | Unset | UUID):
        link_type (None | str | Unset):
        status (EntityLinkStatus | None | Unset):
        confidence_score (float | None | Unset):
        evidence (EntityLinkResponseEvidenceType0 | None | Unset):
    """

    organization_id: UUID
    source_integration_source_id: None | Unset | UUID = UNSET
    target_integration_source_id: None | Unset | UUID = UNSET
    id: None | Unset | UUID = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    source_table_id: None | Unset | UUID = UNSET
    source_saas_object_id: None | Unset | UUID = UNSET
    source_column_id: None | Unset | UUID = UNSET
    source_field_id: None | Unset | UUID = UNSET
    target_table_id: None | Unset | UUID = UNSET
    target_saas_object_id: None | Unset | UUID = UNSET
    target_column_id: None | Unset | UUID = UNSET
    target_field_id: None | Unset | UUID = UNSET
    link_type: None | str | Unset = UNSET
    status: EntityLinkStatus | None | Unset = UNSET
    confidence_score: float | None | Unset = UNSET
    evidence: EntityLinkResponseEvidenceType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = str(self.organization_id)

        source_integration_source_id: None | str | Unset
        if isinstance(self.source_integration_source_id, Unset):
            source_integration_source_id = UNSET
        elif isinstance(self.source_integration_source_id, UUID):
            source_integration_source_id = str(self.source_integration_source_id)
        else:
            source_integration_source_id = self.source_integration_source_id

        target_integration_source_id: None | str | Unset
        if isinstance(self.target_integration_source_id, Unset):
            target_integration_source_id = UNSET
        elif isinstance(self.target_integration_source_id, UUID):
            target_integration_source_id = str(self.target_integration_source_id)
        else:
            target_integration_source_id = self.target_integration_source_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        source_table_id: None | str | Unset
        if isinstance(self.source_table_id, Unset):
            source_table_id = UNSET
        elif isinstance(self.source_table_id, UUID):
            source_table_id = str(self.source_table_id)
        else:
            source_table_id = self.source_table_id

        source_saas_object_id: None | str | Unset
        if isinstance(self.source_saas_object_id, Unset):
            source_saas_object_id = UNSET
        elif isinstance(self.source_saas_object_id, UUID):
            source_saas_object_id = str(self.source_saas_object_id)
        else:
            source_saas_object_id = self.source_saas_object_id

        source_column_id: None | str | Unset
        if isinstance(self.source_column_id, Unset):
            source_column_id = UNSET
        elif isinstance(self.source_column_id, UUID):
            source_column_id = str(self.source_column_id)
        else:
            source_column_id = self.source_column_id

        source_field_id: None | str | Unset
        if isinstance(self.source_field_id, Unset):
            source_field_id = UNSET
        elif isinstance(self.source_field_id, UUID):
            source_field_id = str(self.source_field_id)
        else:
            source_field_id = self.source_field_id

        target_table_id: None | str | Unset
        if isinstance(self.target_table_id, Unset):
            target_table_id = UNSET
        elif isinstance(self.target_table_id, UUID):
            target_table_id = str(self.target_table_id)
        else:
            target_table_id = self.target_table_id

        target_saas_object_id: None | str | Unset
        if isinstance(self.target_saas_object_id, Unset):
            target_saas_object_id = UNSET
        elif isinstance(self.target_saas_object_id, UUID):
            target_saas_object_id = str(self.target_saas_object_id)
        else:
            target_saas_object_id = self.target_saas_object_id

        target_column_id: None | str | Unset
        if isinstance(self.target_column_id, Unset):
            target_column_id = UNSET
        elif isinstance(self.target_column_id, UUID):
            target_column_id = str(self.target_column_id)
        else:
            target_column_id = self.target_column_id

        target_field_id: None | str | Unset
        if isinstance(self.target_field_id, Unset):
            target_field_id = UNSET
        elif isinstance(self.target_field_id, UUID):
            target_field_id = str(self.target_field_id)
        else:
            target_field_id = self.target_field_id

        link_type: None | str | Unset
        if isinstance(self.link_type, Unset):
            link_type = UNSET
        else:
            link_type = self.link_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EntityLinkStatus):
            status = EntityLinkStatus(self.status).value
        else:
            status = self.status

        confidence_score: float | None | Unset
        if isinstance(self.confidence_score, Unset):
            confidence_score = UNSET
        else:
            confidence_score = self.confidence_score

        evidence: dict[str, Any] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, dict):
            evidence = self.evidence
        else:
            evidence = self.evidence

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
        from ..models.entity_link_response_evidence_type_0 import (
            EntityLinkResponseEvidenceType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        organization_id = UUID(d.pop("organization_id"))

        def _parse_source_integration_source_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_integration_source_id_type_0 = UUID(data)

                return source_integration_source_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        source_integration_source_id = _parse_source_integration_source_id(
            d.pop("source_integration_source_id", UNSET)
        )

        def _parse_target_integration_source_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_integration_source_id_type_0 = UUID(data)

                return target_integration_source_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        target_integration_source_id = _parse_target_integration_source_id(
            d.pop("target_integration_source_id", UNSET)
        )

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = parse_datetime(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_source_table_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_table_id_type_0 = UUID(data)

                return source_table_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        source_table_id = _parse_source_table_id(d.pop("source_table_id", UNSET))

        def _parse_source_saas_object_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_saas_object_id_type_0 = UUID(data)

                return source_saas_object_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        source_saas_object_id = _parse_source_saas_object_id(
            d.pop("source_saas_object_id", UNSET)
        )

        def _parse_source_column_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_column_id_type_0 = UUID(data)

                return source_column_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        source_column_id = _parse_source_column_id(d.pop("source_column_id", UNSET))

        def _parse_source_field_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_field_id_type_0 = UUID(data)

                return source_field_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        source_field_id = _parse_source_field_id(d.pop("source_field_id", UNSET))

        def _parse_target_table_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_table_id_type_0 = UUID(data)

                return target_table_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        target_table_id = _parse_target_table_id(d.pop("target_table_id", UNSET))

        def _parse_target_saas_object_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_saas_object_id_type_0 = UUID(data)

                return target_saas_object_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        target_saas_object_id = _parse_target_saas_object_id(
            d.pop("target_saas_object_id", UNSET)
        )

        def _parse_target_column_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_column_id_type_0 = UUID(data)

                return target_column_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        target_column_id = _parse_target_column_id(d.pop("target_column_id", UNSET))

        def _parse_target_field_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_field_id_type_0 = UUID(data)

                return target_field_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        target_field_id = _parse_target_field_id(d.pop("target_field_id", UNSET))

        def _parse_link_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link_type = _parse_link_type(d.pop("link_type", UNSET))

        def _parse_status(data: object) -> EntityLinkStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = EntityLinkStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityLinkStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_confidence_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence_score = _parse_confidence_score(d.pop("confidence_score", UNSET))

        def _parse_evidence(
            data: object,
        ) -> EntityLinkResponseEvidenceType0 | None | Unset:
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
            return cast(EntityLinkResponseEvidenceType0 | None | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))

        entity_link_response = cls(
            organization_id=organization_id,
            source_integration_source_id=source_integration_source_id,
            target_integration_source_id=target_integration_source_id,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            source_table_id=source_table_id,
            source_saas_object_id=source_saas_object_id,
            source_column_id=source_column_id,
            source_field_id=source_field_id,
            target_table_id=target_table_id,
            target_saas_object_id=target_saas_object_id,
            target_column_id=target_column_id,
            target_field_id=target_field_id,
            link_type=link_type,
            status=status,
            confidence_score=confidence_score,
            evidence=evidence,
        )

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
