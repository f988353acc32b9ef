from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.relationship_status import RelationshipStatus
from ..models.relationship_type import RelationshipType
from ..types import (
    UNSET,
    fromisoformat,
    parse_moment,
    parse_uuid,
    uuid_text,
)

T = TypeVar("T", bound="SaasAssociationResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "integration_source_id",
        "from_object_id",
        "to_object_id",
        "association_type_id",
        "association_label",
        "id",
        "created_at",
        "updated_at",
        "association_category",
        "metadata_",
        "relationship_type",
        "status",
        "score",
        "evidence",
        "is_active",
    }
)
_RelationshipStatus: dict[str, RelationshipStatus] = {
    member.value: member for member in RelationshipStatus
}
_RelationshipType: dict[str, RelationshipType] = {
    member.value: member for member in RelationshipType
}


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
        integration_source_id = self.integration_source_id
        field_dict["integration_source_id"] = uuid_text(integration_source_id)
        from_object_id = self.from_object_id
        field_dict["from_object_id"] = uuid_text(from_object_id)
        to_object_id = self.to_object_id
        field_dict["to_object_id"] = uuid_text(to_object_id)
        association_type_id = self.association_type_id
        if association_type_id is not None and (
            sent is None or "association_type_id" in sent
        ):
            field_dict["association_type_id"] = association_type_id
        association_label = self.association_label
        if association_label is not None and (
            sent is None or "association_label" in sent
        ):
            field_dict["association_label"] = association_label
        id = self.id
        if id is not None and (sent is None or "id" in sent):
            field_dict["id"] = uuid_text(id)
        created_at = self.created_at
        if created_at is not None and (sent is None or "created_at" in sent):
            field_dict["created_at"] = (
                sent["created_at"]
                if sent is not None and created_at is self._moments[0]
                else created_at.isoformat()
            )
        updated_at = self.updated_at
        if updated_at is not None and (sent is None or "updated_at" in sent):
            field_dict["updated_at"] = (
                sent["updated_at"]
                if sent is not None and updated_at is self._moments[1]
                else updated_at.isoformat()
            )
        association_category = self.association_category
        if association_category is not None and (
            sent is None or "association_category" in sent
        ):
            field_dict["association_category"] = association_category
        metadata = self.metadata
        if "metadata_" in sent if sent is not None else metadata is not None:
            field_dict["metadata_"] = metadata
        relationship_type = self.relationship_type
        if (
            "relationship_type" in sent
            if sent is not None
            else relationship_type is not None
        ):
            field_dict["relationship_type"] = (
                None
                if relationship_type is None
                else relationship_type._value_
                if type(relationship_type) is RelationshipType
                else RelationshipType(relationship_type).value
            )
        status = self.status
        if "status" in sent if sent is not None else status is not None:
            field_dict["status"] = (
                None
                if status is None
                else status._value_
                if type(status) is RelationshipStatus
                else RelationshipStatus(status).value
            )
        score = self.score
        if "score" in sent if sent is not None else score is not None:
            field_dict["score"] = score
        evidence = self.evidence
        if "evidence" in sent if sent is not None else evidence is not None:
            field_dict["evidence"] = evidence
        is_active = self.is_active
        if "is_active" in sent if sent is not None else is_active is not None:
            field_dict["is_active"] = is_active
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = src_dict["integration_source_id"]
        obj.integration_source_id = parse_uuid(v)

        v = src_dict["from_object_id"]
        obj.from_object_id = parse_uuid(v)

        v = src_dict["to_object_id"]
        obj.to_object_id = parse_uuid(v)

        v = get("association_type_id")
        if v is None:
            if "association_type_id" in src_dict:
                _types.note_field(
                    "SaasAssociationResponse", "association_type_id", None
                )
            else:
                missing += 1
                _types.note_field(
                    "SaasAssociationResponse", "association_type_id", UNSET
                )
            obj.association_type_id = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"association_type_id: expected a string, got {type(v).__name__}"
                )
            obj.association_type_id = v

        v = get("association_label")
        if v is None:
            if "association_label" in src_dict:
                _types.note_field("SaasAssociationResponse", "association_label", None)
            else:
                missing += 1
                _types.note_field("SaasAssociationResponse", "association_label", UNSET)
            obj.association_label = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"association_label: expected a string, got {type(v).__name__}"
                )
            obj.association_label = v

        v = get("id")
        if v is None:
            if "id" in src_dict:
                _types.note_field("SaasAssociationResponse", "id", None)
            else:
                missing += 1
                _types.note_field("SaasAssociationResponse", "id", UNSET)
            obj.id = None
        else:
            obj.id = parse_uuid(v)

        created_at: datetime.datetime | None
        v = get("created_at")
        if v is None:
            if "created_at" in src_dict:
                _types.note_field("SaasAssociationResponse", "created_at", None)
            else:
                missing += 1
                _types.note_field("SaasAssociationResponse", "created_at", UNSET)
            obj.created_at = created_at = None
        else:
            try:
                obj.created_at = created_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.created_at = created_at = parse_moment(v)

        updated_at: datetime.datetime | None
        v = get("updated_at")
        if v is None:
            if "updated_at" in src_dict:
                _types.note_field("SaasAssociationResponse", "updated_at", None)
            else:
                missing += 1
                _types.note_field("SaasAssociationResponse", "updated_at", UNSET)
            obj.updated_at = updated_at = None
        else:
            try:
                obj.updated_at = updated_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.updated_at = updated_at = parse_moment(v)

        v = get("association_category")
        if v is None:
            if "association_category" in src_dict:
                _types.note_field(
                    "SaasAssociationResponse", "association_category", None
                )
            else:
                missing += 1
            obj.association_category = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"association_category: expected a string, got {type(v).__name__}"
                )
            obj.association_category = v

        v = get("metadata_")
        if v is None:
            if "metadata_" not in src_dict:
                missing += 1
            obj.metadata = None
        else:
            if type(v) is not dict:
                raise TypeError(
                    f"metadata_: expected an object, got {type(v).__name__}"
                )
            obj.metadata = v

        v = get("relationship_type")
        if v is None:
            if "relationship_type" not in src_dict:
                missing += 1
            obj.relationship_type = None
        else:
            obj.relationship_type = (
                relationship_type_member
                if (relationship_type_member := _RelationshipType.get(v)) is not None
                else RelationshipType(v)
            )

        v = get("status")
        if v is None:
            if "status" not in src_dict:
                missing += 1
            obj.status = None
        else:
            obj.status = (
                status_member
                if (status_member := _RelationshipStatus.get(v)) is not None
                else RelationshipStatus(v)
            )

        v = get("score")
        if v is None:
            if "score" not in src_dict:
                missing += 1
            obj.score = None
        else:
            if type(v) is not float and type(v) is not int:
                raise TypeError(f"score: expected a number, got {type(v).__name__}")
            obj.score = v

        v = get("evidence")
        if v is None:
            if "evidence" not in src_dict:
                missing += 1
            obj.evidence = None
        else:
            if type(v) is not dict:
                raise TypeError(f"evidence: expected an object, got {type(v).__name__}")
            obj.evidence = v

        v = get("is_active")
        if v is None:
            if "is_active" not in src_dict:
                missing += 1
            obj.is_active = None
        else:
            if type(v) is not bool:
                raise TypeError(
                    f"is_active: expected a boolean, got {type(v).__name__}"
                )
            obj.is_active = v

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        obj._moments = (
            created_at,
            updated_at,
        )
        if len(src_dict) + missing > 15:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("SaasAssociationResponse", extra)
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
