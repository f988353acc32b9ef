from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.description_source import DescriptionSource
from ..types import UNSET, Unset, parse_datetime, parse_object

if TYPE_CHECKING:
    from ..models.integration_source_column_response_format_signature_type_0 import (
        IntegrationSourceColumnResponseFormatSignatureType0,
    )
    from ..models.integration_source_column_response_length_stats_type_0 import (
        IntegrationSourceColumnResponseLengthStatsType0,
    )


T = TypeVar("T", bound="IntegrationSourceColumnResponse")


@_attrs_define
class IntegrationSourceColumnResponse:
    """
    Attributes:
        name (str): Column name
        id (UUID):
        table_id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description_version (int):
        description (None | str | Unset):
        data_type (None | str | Unset):
        is_primary_key (bool | Unset):
        is_nullable (bool | None | Unset):
        ordinal_position (int | None | Unset):
        semantic_type (None | str | Unset):
        semantic_type_confidence (float | None | Unset):
        sample_values (list[Any] | None | Unset):
        enum_cardinality (int | None | Unset):
        null_pct (float | None | Unset):
        distinct_pct (float | None | Unset):
        last_analyzed (datetime.datetime | None | Unset):
        approx_distinct_count (int | None | Unset):
        minhash_signature (list[int] | None | Unset):
        format_signature (IntegrationSourceColumnResponseFormatSignatureType0 | None | Unset):
        length_stats (IntegrationSourceColumnResponseLengthStatsType0 | None | Unset):
        entropy (float | None | Unset):
        role (None | str | Unset):
        role_confidence (float | None | Unset):
        is_active (bool | None | Unset):
        description_source (DescriptionSource | None | Unset):
        description_generated_at (datetime.datetime | None | Unset):
    """

    name: str
    id: UUID
    table_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description_version: int
    description: None | str | Unset = UNSET
    data_type: None | str | Unset = UNSET
    is_primary_key: bool | Unset = UNSET
    is_nullable: bool | None | Unset = UNSET
    ordinal_position: int | None | Unset = UNSET
    semantic_type: None | str | Unset = UNSET
    semantic_type_confidence: float | None | Unset = UNSET
    sample_values: list[Any] | None | Unset = UNSET
    enum_cardinality: int | None | Unset = UNSET
    null_pct: float | None | Unset = UNSET
    distinct_pct: float | None | Unset = UNSET
    last_analyzed: datetime.datetime | None | Unset = UNSET
    approx_distinct_count: int | None | Unset = UNSET
    minhash_signature: list[int] | None | Unset = UNSET
    format_signature: (
        IntegrationSourceColumnResponseFormatSignatureType0 | None | Unset
    ) = UNSET
    length_stats: IntegrationSourceColumnResponseLengthStatsType0 | None | Unset = UNSET
    entropy: float | None | Unset = UNSET
    role: None | str | Unset = UNSET
    role_confidence: float | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    description_source: DescriptionSource | None | Unset = UNSET
    description_generated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = str(self.id)

        table_id = str(self.table_id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description_version = self.description_version

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        else:
            data_type = self.data_type

        is_primary_key = self.is_primary_key

        is_nullable: bool | None | Unset
        if isinstance(self.is_nullable, Unset):
            is_nullable = UNSET
        else:
            is_nullable = self.is_nullable

        ordinal_position: int | None | Unset
        if isinstance(self.ordinal_position, Unset):
            ordinal_position = UNSET
        else:
            ordinal_position = self.ordinal_position

        semantic_type: None | str | Unset
        if isinstance(self.semantic_type, Unset):
            semantic_type = UNSET
        else:
            semantic_type = self.semantic_type

        semantic_type_confidence: float | None | Unset
        if isinstance(self.semantic_type_confidence, Unset):
            semantic_type_confidence = UNSET
        else:
            semantic_type_confidence = self.semantic_type_confidence

        sample_values: list[Any] | None | Unset
        if isinstance(self.sample_values, Unset):
            sample_values = UNSET
        elif isinstance(self.sample_values, list):
            sample_values = self.sample_values

        else:
            sample_values = self.sample_values

        enum_cardinality: int | None | Unset
        if isinstance(self.enum_cardinality, Unset):
            enum_cardinality = UNSET
        else:
            enum_cardinality = self.enum_cardinality

        null_pct: float | None | Unset
        if isinstance(self.null_pct, Unset):
            null_pct = UNSET
        else:
            null_pct = self.null_pct

        distinct_pct: float | None | Unset
        if isinstance(self.distinct_pct, Unset):
            distinct_pct = UNSET
        else:
            distinct_pct = self.distinct_pct

        last_analyzed: None | str | Unset
        if isinstance(self.last_analyzed, Unset):
            last_analyzed = UNSET
        elif isinstance(self.last_analyzed, datetime.datetime):
            last_analyzed = self.last_analyzed.isoformat()
        else:
            last_analyzed = self.last_analyzed

        approx_distinct_count: int | None | Unset
        if isinstance(self.approx_distinct_count, Unset):
            approx_distinct_count = UNSET
        else:
            approx_distinct_count = self.approx_distinct_count

        minhash_signature: list[int] | None | Unset
        if isinstance(self.minhash_signature, Unset):
            minhash_signature = UNSET
        elif isinstance(self.minhash_signature, list):
            minhash_signature = self.minhash_signature

        else:
            minhash_signature = self.minhash_signature

        format_signature: dict[str, Any] | None | Unset
        if isinstance(self.format_signature, Unset):
            format_signature = UNSET
        elif isinstance(self.format_signature, dict):
            format_signature = self.format_signature
        else:
            format_signature = self.format_signature

        length_stats: dict[str, Any] | None | Unset
        if isinstance(self.length_stats, Unset):
            length_stats = UNSET
        elif isinstance(self.length_stats, dict):
            length_stats = self.length_stats
        else:
            length_stats = self.length_stats

        entropy: float | None | Unset
        if isinstance(self.entropy, Unset):
            entropy = UNSET
        else:
            entropy = self.entropy

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        role_confidence: float | None | Unset
        if isinstance(self.role_confidence, Unset):
            role_confidence = UNSET
        else:
            role_confidence = self.role_confidence

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        description_source: None | str | Unset
        if isinstance(self.description_source, Unset):
            description_source = UNSET
        elif isinstance(self.description_source, DescriptionSource):
            description_source = DescriptionSource(self.description_source).value
        else:
            description_source = self.description_source

        description_generated_at: None | str | Unset
        if isinstance(self.description_generated_at, Unset):
            description_generated_at = UNSET
        elif isinstance(self.description_generated_at, datetime.datetime):
            description_generated_at = self.description_generated_at.isoformat()
        else:
            description_generated_at = self.description_generated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "table_id": table_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "description_version": description_version,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if is_primary_key is not UNSET:
            field_dict["is_primary_key"] = is_primary_key
        if is_nullable is not UNSET:
            field_dict["is_nullable"] = is_nullable
        if ordinal_position is not UNSET:
            field_dict["ordinal_position"] = ordinal_position
        if semantic_type is not UNSET:
            field_dict["semantic_type"] = semantic_type
        if semantic_type_confidence is not UNSET:
            field_dict["semantic_type_confidence"] = semantic_type_confidence
        if sample_values is not UNSET:
            field_dict["sample_values"] = sample_values
        if enum_cardinality is not UNSET:
            field_dict["enum_cardinality"] = enum_cardinality
        if null_pct is not UNSET:
            field_dict["null_pct"] = null_pct
        if distinct_pct is not UNSET:
            field_dict["distinct_pct"] = distinct_pct
        if last_analyzed is not UNSET:
            field_dict["last_analyzed"] = last_analyzed
        if approx_distinct_count is not UNSET:
            field_dict["approx_distinct_count"] = approx_distinct_count
        if minhash_signature is not UNSET:
            field_dict["minhash_signature"] = minhash_signature
        if format_signature is not UNSET:
            field_dict["format_signature"] = format_signature
        if length_stats is not UNSET:
            field_dict["length_stats"] = length_stats
        if entropy is not UNSET:
            field_dict["entropy"] = entropy
        if role is not UNSET:
            field_dict["role"] = role
        if role_confidence is not UNSET:
            field_dict["role_confidence"] = role_confidence
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if description_source is not UNSET:
            field_dict["description_source"] = description_source
        if description_generated_at is not UNSET:
            field_dict["description_generated_at"] = description_generated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_source_column_response_format_signature_type_0 import (
            IntegrationSourceColumnResponseFormatSignatureType0,  # noqa: PLC0415
        )
        from ..models.integration_source_column_response_length_stats_type_0 import (
            IntegrationSourceColumnResponseLengthStatsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        id = UUID(d.pop("id"))

        table_id = UUID(d.pop("table_id"))

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        description_version = d.pop("description_version")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_data_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_type = _parse_data_type(d.pop("data_type", UNSET))

        is_primary_key = d.pop("is_primary_key", UNSET)

        def _parse_is_nullable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_nullable = _parse_is_nullable(d.pop("is_nullable", UNSET))

        def _parse_ordinal_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ordinal_position = _parse_ordinal_position(d.pop("ordinal_position", UNSET))

        def _parse_semantic_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        semantic_type = _parse_semantic_type(d.pop("semantic_type", UNSET))

        def _parse_semantic_type_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        semantic_type_confidence = _parse_semantic_type_confidence(
            d.pop("semantic_type_confidence", UNSET)
        )

        def _parse_sample_values(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sample_values_type_0 = cast(list[Any], data)

                return sample_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        sample_values = _parse_sample_values(d.pop("sample_values", UNSET))

        def _parse_enum_cardinality(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        enum_cardinality = _parse_enum_cardinality(d.pop("enum_cardinality", UNSET))

        def _parse_null_pct(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        null_pct = _parse_null_pct(d.pop("null_pct", UNSET))

        def _parse_distinct_pct(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        distinct_pct = _parse_distinct_pct(d.pop("distinct_pct", UNSET))

        def _parse_last_analyzed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_analyzed_type_0 = parse_datetime(data)

                return last_analyzed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_analyzed = _parse_last_analyzed(d.pop("last_analyzed", UNSET))

        def _parse_approx_distinct_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        approx_distinct_count = _parse_approx_distinct_count(
            d.pop("approx_distinct_count", UNSET)
        )

        def _parse_minhash_signature(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                minhash_signature_type_0 = cast(list[int], data)

                return minhash_signature_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        minhash_signature = _parse_minhash_signature(d.pop("minhash_signature", UNSET))

        def _parse_format_signature(
            data: object,
        ) -> IntegrationSourceColumnResponseFormatSignatureType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_signature_type_0 = parse_object(data)

                return format_signature_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                IntegrationSourceColumnResponseFormatSignatureType0 | None | Unset, data
            )

        format_signature = _parse_format_signature(d.pop("format_signature", UNSET))

        def _parse_length_stats(
            data: object,
        ) -> IntegrationSourceColumnResponseLengthStatsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                length_stats_type_0 = parse_object(data)

                return length_stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                IntegrationSourceColumnResponseLengthStatsType0 | None | Unset, data
            )

        length_stats = _parse_length_stats(d.pop("length_stats", UNSET))

        def _parse_entropy(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        entropy = _parse_entropy(d.pop("entropy", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_role_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        role_confidence = _parse_role_confidence(d.pop("role_confidence", UNSET))

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        def _parse_description_source(data: object) -> DescriptionSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                description_source_type_0 = DescriptionSource(data)

                return description_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DescriptionSource | None | Unset, data)

        description_source = _parse_description_source(
            d.pop("description_source", UNSET)
        )

        def _parse_description_generated_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                description_generated_at_type_0 = parse_datetime(data)

                return description_generated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        description_generated_at = _parse_description_generated_at(
            d.pop("description_generated_at", UNSET)
        )

        integration_source_column_response = cls(
            name=name,
            id=id,
            table_id=table_id,
            created_at=created_at,
            updated_at=updated_at,
            description_version=description_version,
            description=description,
            data_type=data_type,
            is_primary_key=is_primary_key,
            is_nullable=is_nullable,
            ordinal_position=ordinal_position,
            semantic_type=semantic_type,
            semantic_type_confidence=semantic_type_confidence,
            sample_values=sample_values,
            enum_cardinality=enum_cardinality,
            null_pct=null_pct,
            distinct_pct=distinct_pct,
            last_analyzed=last_analyzed,
            approx_distinct_count=approx_distinct_count,
            minhash_signature=minhash_signature,
            format_signature=format_signature,
            length_stats=length_stats,
            entropy=entropy,
            role=role,
            role_confidence=role_confidence,
            is_active=is_active,
            description_source=description_source,
            description_generated_at=description_generated_at,
        )

        integration_source_column_response.additional_properties = d
        return integration_source_column_response

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
