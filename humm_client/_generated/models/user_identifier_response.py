from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.identifier_discovery_method import IdentifierDiscoveryMethod
from ..types import (
    fromisoformat,
    parse_moment,
    parse_uuid,
    uuid_text,
)

T = TypeVar("T", bound="UserIdentifierResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "organization_id",
        "user_id",
        "integration_source_id",
        "identifier_key",
        "identifier_value",
        "discovery_method",
        "id",
        "created_at",
        "updated_at",
        "confidence_score",
        "discovery_metadata",
    }
)
_IdentifierDiscoveryMethod: dict[str, IdentifierDiscoveryMethod] = {
    member.value: member for member in IdentifierDiscoveryMethod
}


@_attrs_define
class UserIdentifierResponse:
    """Response model for user integration identifiers.

    Attributes:
        organization_id (UUID): Organization that owns this identifier mapping
        user_id (UUID): User this identifier belongs to
        integration_source_id (UUID): Integration source where this identifier is used
        identifier_key (str): Key/field name for the identifier (e.g., 'owner_id', 'user_email', 'employee_id')
        identifier_value (str): The actual identifier value
        discovery_method (IdentifierDiscoveryMethod):
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        confidence_score (float | None): Confidence score for LLM-discovered identifiers (0.0-1.0)
        discovery_metadata (None | dict[str, Any]): Additional context about the identifier
    """

    organization_id: UUID
    user_id: UUID
    integration_source_id: UUID
    identifier_key: str
    identifier_value: str
    discovery_method: IdentifierDiscoveryMethod
    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    confidence_score: float | None = None
    discovery_metadata: None | dict[str, Any] = None
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
        user_id = self.user_id
        field_dict["user_id"] = uuid_text(user_id)
        integration_source_id = self.integration_source_id
        field_dict["integration_source_id"] = uuid_text(integration_source_id)
        field_dict["identifier_key"] = self.identifier_key
        field_dict["identifier_value"] = self.identifier_value
        discovery_method = self.discovery_method
        field_dict["discovery_method"] = (
            discovery_method._value_
            if type(discovery_method) is IdentifierDiscoveryMethod
            else IdentifierDiscoveryMethod(discovery_method).value
        )
        id = self.id
        field_dict["id"] = uuid_text(id)
        created_at = self.created_at
        field_dict["created_at"] = (
            sent["created_at"]
            if sent is not None and created_at is self._moments[0]
            else created_at.isoformat()
        )
        updated_at = self.updated_at
        field_dict["updated_at"] = (
            sent["updated_at"]
            if sent is not None and updated_at is self._moments[1]
            else updated_at.isoformat()
        )
        confidence_score = self.confidence_score
        if (
            "confidence_score" in sent
            if sent is not None
            else confidence_score is not None
        ):
            field_dict["confidence_score"] = confidence_score
        discovery_metadata = self.discovery_metadata
        if (
            "discovery_metadata" in sent
            if sent is not None
            else discovery_metadata is not None
        ):
            field_dict["discovery_metadata"] = discovery_metadata
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = src_dict["organization_id"]
        obj.organization_id = parse_uuid(v)

        v = src_dict["user_id"]
        obj.user_id = parse_uuid(v)

        v = src_dict["integration_source_id"]
        obj.integration_source_id = parse_uuid(v)

        v = src_dict["identifier_key"]
        if type(v) is not str:
            raise TypeError(
                f"identifier_key: expected a string, got {type(v).__name__}"
            )
        obj.identifier_key = v

        v = src_dict["identifier_value"]
        if type(v) is not str:
            raise TypeError(
                f"identifier_value: expected a string, got {type(v).__name__}"
            )
        obj.identifier_value = v

        v = src_dict["discovery_method"]
        obj.discovery_method = (
            discovery_method_member
            if (discovery_method_member := _IdentifierDiscoveryMethod.get(v))
            is not None
            else IdentifierDiscoveryMethod(v)
        )

        v = src_dict["id"]
        obj.id = parse_uuid(v)

        v = src_dict["created_at"]
        try:
            obj.created_at = created_at = fromisoformat(v)
        except ValueError:  # a rarer ISO form
            obj.created_at = created_at = parse_moment(v)

        v = src_dict["updated_at"]
        try:
            obj.updated_at = updated_at = fromisoformat(v)
        except ValueError:  # a rarer ISO form
            obj.updated_at = updated_at = parse_moment(v)

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

        v = get("discovery_metadata")
        if v is None:
            if "discovery_metadata" not in src_dict:
                missing += 1
            obj.discovery_metadata = None
        else:
            if type(v) is not dict:
                raise TypeError(
                    f"discovery_metadata: expected an object, got {type(v).__name__}"
                )
            obj.discovery_metadata = v

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        obj._moments = (
            created_at,
            updated_at,
        )
        if len(src_dict) + missing > 11:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("UserIdentifierResponse", extra)
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
