from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.identifier_discovery_method import IdentifierDiscoveryMethod
from ..types import UNSET, Unset, is_present, parse_datetime, parse_object

if TYPE_CHECKING:
    from ..models.user_identifier_response_discovery_metadata_type_0 import (
        UserIdentifierResponseDiscoveryMetadataType0,
    )


T = TypeVar("T", bound="UserIdentifierResponse")


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
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = str(self.organization_id)

        user_id = str(self.user_id)

        integration_source_id = str(self.integration_source_id)

        identifier_key = self.identifier_key

        identifier_value = self.identifier_value

        discovery_method = IdentifierDiscoveryMethod(self.discovery_method).value

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        discovery_metadata_sent: (
            None | Unset | UserIdentifierResponseDiscoveryMetadataType0
        ) = (
            self.discovery_metadata
            if is_present(self._present, "discovery_metadata", self.discovery_metadata)
            else UNSET
        )
        discovery_metadata: dict[str, Any] | None | Unset
        if isinstance(discovery_metadata_sent, Unset):
            discovery_metadata = UNSET
        elif isinstance(discovery_metadata_sent, dict):
            discovery_metadata = discovery_metadata_sent
        else:
            discovery_metadata = discovery_metadata_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
                "user_id": user_id,
                "integration_source_id": integration_source_id,
                "identifier_key": identifier_key,
                "identifier_value": identifier_value,
                "discovery_method": discovery_method,
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if confidence_score is not UNSET:
            field_dict["confidence_score"] = confidence_score
        if discovery_metadata is not UNSET:
            field_dict["discovery_metadata"] = discovery_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = UUID(d.pop("organization_id"))

        user_id = UUID(d.pop("user_id"))

        integration_source_id = UUID(d.pop("integration_source_id"))

        identifier_key = d.pop("identifier_key")
        if not isinstance(identifier_key, str):
            raise TypeError(
                f"identifier_key: expected a string, got {type(identifier_key).__name__}"
            )

        identifier_value = d.pop("identifier_value")
        if not isinstance(identifier_value, str):
            raise TypeError(
                f"identifier_value: expected a string, got {type(identifier_value).__name__}"
            )

        discovery_method = IdentifierDiscoveryMethod(d.pop("discovery_method"))

        id = UUID(d.pop("id"))

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

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

        _discovery_metadata = d.pop("discovery_metadata", UNSET)
        discovery_metadata: None | Unset | UserIdentifierResponseDiscoveryMetadataType0
        if _discovery_metadata is None or _discovery_metadata is UNSET:
            discovery_metadata = _discovery_metadata
        else:
            if not isinstance(_discovery_metadata, dict):
                raise TypeError(
                    "discovery_metadata"
                    + ": unexpected type "
                    + type(_discovery_metadata).__name__
                )
            discovery_metadata_type_0 = parse_object(_discovery_metadata)

            discovery_metadata = discovery_metadata_type_0

        user_identifier_response = cls(
            organization_id=organization_id,
            user_id=user_id,
            integration_source_id=integration_source_id,
            identifier_key=identifier_key,
            identifier_value=identifier_value,
            discovery_method=discovery_method,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            confidence_score=None
            if isinstance(confidence_score, Unset)
            else confidence_score,
            discovery_metadata=None
            if isinstance(discovery_metadata, Unset)
            else discovery_metadata,
        )
        user_identifier_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("UserIdentifierResponse", d)

        user_identifier_response.additional_properties = d
        return user_identifier_response

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
