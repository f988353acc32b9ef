from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.entity_link_status import EntityLinkStatus
from ..types import (
    fromisoformat,
    parse_moment,
    parse_uuid,
    uuid_text,
)

T = TypeVar("T", bound="EntityLinkResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "organization_id",
        "source_integration_source_id",
        "target_integration_source_id",
        "id",
        "created_at",
        "updated_at",
        "source_table_id",
        "source_saas_object_id",
        "source_column_id",
        "source_field_id",
        "target_table_id",
        "target_saas_object_id",
        "target_column_id",
        "target_field_id",
        "link_type",
        "status",
        "confidence_score",
        "evidence",
    }
)
_EntityLinkStatus: dict[str, EntityLinkStatus] = {
    member.value: member for member in EntityLinkStatus
}


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
        organization_id = self.organization_id
        field_dict["organization_id"] = uuid_text(organization_id)
        source_integration_source_id = self.source_integration_source_id
        if (
            "source_integration_source_id" in sent
            if sent is not None
            else source_integration_source_id is not None
        ):
            field_dict["source_integration_source_id"] = (
                None
                if source_integration_source_id is None
                else uuid_text(source_integration_source_id)
            )
        target_integration_source_id = self.target_integration_source_id
        if (
            "target_integration_source_id" in sent
            if sent is not None
            else target_integration_source_id is not None
        ):
            field_dict["target_integration_source_id"] = (
                None
                if target_integration_source_id is None
                else uuid_text(target_integration_source_id)
            )
        id = self.id
        if "id" in sent if sent is not None else id is not None:
            field_dict["id"] = None if id is None else uuid_text(id)
        created_at = self.created_at
        if "created_at" in sent if sent is not None else created_at is not None:
            field_dict["created_at"] = (
                None
                if created_at is None
                else sent["created_at"]
                if sent is not None and created_at is self._moments[0]
                else created_at.isoformat()
            )
        updated_at = self.updated_at
        if "updated_at" in sent if sent is not None else updated_at is not None:
            field_dict["updated_at"] = (
                None
                if updated_at is None
                else sent["updated_at"]
                if sent is not None and updated_at is self._moments[1]
                else updated_at.isoformat()
            )
        source_table_id = self.source_table_id
        if (
            "source_table_id" in sent
            if sent is not None
            else source_table_id is not None
        ):
            field_dict["source_table_id"] = (
                None if source_table_id is None else uuid_text(source_table_id)
            )
        source_saas_object_id = self.source_saas_object_id
        if (
            "source_saas_object_id" in sent
            if sent is not None
            else source_saas_object_id is not None
        ):
            field_dict["source_saas_object_id"] = (
                None
                if source_saas_object_id is None
                else uuid_text(source_saas_object_id)
            )
        source_column_id = self.source_column_id
        if (
            "source_column_id" in sent
            if sent is not None
            else source_column_id is not None
        ):
            field_dict["source_column_id"] = (
                None if source_column_id is None else uuid_text(source_column_id)
            )
        source_field_id = self.source_field_id
        if (
            "source_field_id" in sent
            if sent is not None
            else source_field_id is not None
        ):
            field_dict["source_field_id"] = (
                None if source_field_id is None else uuid_text(source_field_id)
            )
        target_table_id = self.target_table_id
        if (
            "target_table_id" in sent
            if sent is not None
            else target_table_id is not None
        ):
            field_dict["target_table_id"] = (
                None if target_table_id is None else uuid_text(target_table_id)
            )
        target_saas_object_id = self.target_saas_object_id
        if (
            "target_saas_object_id" in sent
            if sent is not None
            else target_saas_object_id is not None
        ):
            field_dict["target_saas_object_id"] = (
                None
                if target_saas_object_id is None
                else uuid_text(target_saas_object_id)
            )
        target_column_id = self.target_column_id
        if (
            "target_column_id" in sent
            if sent is not None
            else target_column_id is not None
        ):
            field_dict["target_column_id"] = (
                None if target_column_id is None else uuid_text(target_column_id)
            )
        target_field_id = self.target_field_id
        if (
            "target_field_id" in sent
            if sent is not None
            else target_field_id is not None
        ):
            field_dict["target_field_id"] = (
                None if target_field_id is None else uuid_text(target_field_id)
            )
        link_type = self.link_type
        if "link_type" in sent if sent is not None else link_type is not None:
            field_dict["link_type"] = link_type
        status = self.status
        if "status" in sent if sent is not None else status is not None:
            field_dict["status"] = (
                None
                if status is None
                else status._value_
                if type(status) is EntityLinkStatus
                else EntityLinkStatus(status).value
            )
        confidence_score = self.confidence_score
        if (
            "confidence_score" in sent
            if sent is not None
            else confidence_score is not None
        ):
            field_dict["confidence_score"] = confidence_score
        evidence = self.evidence
        if "evidence" in sent if sent is not None else evidence is not None:
            field_dict["evidence"] = evidence
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = src_dict["organization_id"]
        obj.organization_id = parse_uuid(v)

        v = get("source_integration_source_id")
        if v is None:
            if "source_integration_source_id" not in src_dict:
                missing += 1
            obj.source_integration_source_id = None
        else:
            obj.source_integration_source_id = parse_uuid(v)

        v = get("target_integration_source_id")
        if v is None:
            if "target_integration_source_id" not in src_dict:
                missing += 1
            obj.target_integration_source_id = None
        else:
            obj.target_integration_source_id = parse_uuid(v)

        v = get("id")
        if v is None:
            if "id" not in src_dict:
                missing += 1
            obj.id = None
        else:
            obj.id = parse_uuid(v)

        created_at: datetime.datetime | None
        v = get("created_at")
        if v is None:
            if "created_at" not in src_dict:
                missing += 1
            obj.created_at = created_at = None
        else:
            try:
                obj.created_at = created_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.created_at = created_at = parse_moment(v)

        updated_at: datetime.datetime | None
        v = get("updated_at")
        if v is None:
            if "updated_at" not in src_dict:
                missing += 1
            obj.updated_at = updated_at = None
        else:
            try:
                obj.updated_at = updated_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.updated_at = updated_at = parse_moment(v)

        v = get("source_table_id")
        if v is None:
            if "source_table_id" not in src_dict:
                missing += 1
            obj.source_table_id = None
        else:
            obj.source_table_id = parse_uuid(v)

        v = get("source_saas_object_id")
        if v is None:
            if "source_saas_object_id" not in src_dict:
                missing += 1
            obj.source_saas_object_id = None
        else:
            obj.source_saas_object_id = parse_uuid(v)

        v = get("source_column_id")
        if v is None:
            if "source_column_id" not in src_dict:
                missing += 1
            obj.source_column_id = None
        else:
            obj.source_column_id = parse_uuid(v)

        v = get("source_field_id")
        if v is None:
            if "source_field_id" not in src_dict:
                missing += 1
            obj.source_field_id = None
        else:
            obj.source_field_id = parse_uuid(v)

        v = get("target_table_id")
        if v is None:
            if "target_table_id" not in src_dict:
                missing += 1
            obj.target_table_id = None
        else:
            obj.target_table_id = parse_uuid(v)

        v = get("target_saas_object_id")
        if v is None:
            if "target_saas_object_id" not in src_dict:
                missing += 1
            obj.target_saas_object_id = None
        else:
            obj.target_saas_object_id = parse_uuid(v)

        v = get("target_column_id")
        if v is None:
            if "target_column_id" not in src_dict:
                missing += 1
            obj.target_column_id = None
        else:
            obj.target_column_id = parse_uuid(v)

        v = get("target_field_id")
        if v is None:
            if "target_field_id" not in src_dict:
                missing += 1
            obj.target_field_id = None
        else:
            obj.target_field_id = parse_uuid(v)

        v = get("link_type")
        if v is None:
            if "link_type" not in src_dict:
                missing += 1
            obj.link_type = None
        else:
            if type(v) is not str:
                raise TypeError(f"link_type: expected a string, got {type(v).__name__}")
            obj.link_type = v

        v = get("status")
        if v is None:
            if "status" not in src_dict:
                missing += 1
            obj.status = None
        else:
            obj.status = (
                status_member
                if (status_member := _EntityLinkStatus.get(v)) is not None
                else EntityLinkStatus(v)
            )

        v = get("confidence_score")
        if v is None:
            if "confidence_score" not in src_dict:
                missing += 1
            obj.confidence_score = None
        else:
            if type(v) is not float and type(v) is not int:
                raise TypeError(
                    f"confidence_score: expected a number, got {type(v).__name__}"
                )
            obj.confidence_score = v

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
        if len(src_dict) + missing > 18:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("EntityLinkResponse", extra)
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
