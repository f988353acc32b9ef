from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identifier_discovery_method import IdentifierDiscoveryMethod
from ..types import UNSET, Unset, parse_object

if TYPE_CHECKING:
    from ..models.user_identifier_create_discovery_metadata import (
        UserIdentifierCreateDiscoveryMetadata,
    )


T = TypeVar("T", bound="UserIdentifierCreate")


@_attrs_define
class UserIdentifierCreate:
    """Model for creating a new user integration identifier.

    Attributes:
        organization_id (UUID): Organization that owns this identifier mapping
        user_id (UUID): User this identifier belongs to
        integration_source_id (UUID): Integration source where this identifier is used
        identifier_key (str): Key/field name for the identifier (e.g., 'owner_id', 'user_email', 'employee_id')
        identifier_value (str | Unset): The actual identifier value
        discovery_method (IdentifierDiscoveryMethod | Unset):
        confidence_score (float | None | Unset): Confidence score for LLM-discovered identifiers (0.0-1.0)
        discovery_metadata (UserIdentifierCreateDiscoveryMetadata | Unset): Additional context about the identifier
    """

    organization_id: UUID
    user_id: UUID
    integration_source_id: UUID
    identifier_key: str
    identifier_value: str | Unset = UNSET
    discovery_method: IdentifierDiscoveryMethod | Unset = UNSET
    confidence_score: float | None | Unset = UNSET
    discovery_metadata: UserIdentifierCreateDiscoveryMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = str(self.organization_id)

        user_id = str(self.user_id)

        integration_source_id = str(self.integration_source_id)

        identifier_key = self.identifier_key

        identifier_value = self.identifier_value

        discovery_method: str | Unset = UNSET
        if not isinstance(self.discovery_method, Unset):
            discovery_method = IdentifierDiscoveryMethod(self.discovery_method).value

        confidence_score: float | None | Unset
        if isinstance(self.confidence_score, Unset):
            confidence_score = UNSET
        else:
            confidence_score = self.confidence_score

        discovery_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discovery_metadata, Unset):
            discovery_metadata = self.discovery_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
                "user_id": user_id,
                "integration_source_id": integration_source_id,
                "identifier_key": identifier_key,
            }
        )
        if identifier_value is not UNSET:
            field_dict["identifier_value"] = identifier_value
        if discovery_method is not UNSET:
            field_dict["discovery_method"] = discovery_method
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

        identifier_value = d.pop("identifier_value", UNSET)
        if not isinstance(identifier_value, Unset):
            if not isinstance(identifier_value, str):
                raise TypeError(
                    f"identifier_value: expected a string, got {type(identifier_value).__name__}"
                )

        _discovery_method = d.pop("discovery_method", UNSET)
        discovery_method: IdentifierDiscoveryMethod | Unset
        if isinstance(_discovery_method, Unset):
            discovery_method = UNSET
        else:
            discovery_method = IdentifierDiscoveryMethod(_discovery_method)

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
        discovery_metadata: UserIdentifierCreateDiscoveryMetadata | Unset
        if isinstance(_discovery_metadata, Unset):
            discovery_metadata = UNSET
        else:
            discovery_metadata = parse_object(_discovery_metadata)

        user_identifier_create = cls(
            organization_id=organization_id,
            user_id=user_id,
            integration_source_id=integration_source_id,
            identifier_key=identifier_key,
            identifier_value=identifier_value,
            discovery_method=discovery_method,
            confidence_score=confidence_score,
            discovery_metadata=discovery_metadata,
        )

        user_identifier_create.additional_properties = d
        return user_identifier_create

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
