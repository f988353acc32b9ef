from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.description_source import DescriptionSource
from ..types import UNSET, Unset, parse_datetime, parse_object

if TYPE_CHECKING:
    from ..models.saas_field_update_format_signature_type_0 import (
        SaasFieldUpdateFormatSignatureType0,
    )
    from ..models.saas_field_update_length_stats_type_0 import (
        SaasFieldUpdateLengthStatsType0,
    )


T = TypeVar("T", bound="SaasFieldUpdate")


@_attrs_define
class SaasFieldUpdate:
    """
    Attributes:
        field_name (None | str | Unset):
        api_identifier (None | str | Unset):
        data_type (None | str | Unset):
        description (None | str | Unset):
        is_required (bool | None | Unset):
        is_unique (bool | None | Unset):
        skip_embedding (bool | Unset):
        semantic_type (None | str | Unset):
        semantic_type_confidence (float | None | Unset):
        sample_values (list[Any] | None | Unset):
        enum_cardinality (int | None | Unset):
        null_pct (float | None | Unset):
        distinct_pct (float | None | Unset):
        last_analyzed (datetime.datetime | None | Unset):
        approx_distinct_count (int | None | Unset):
        minhash_signature (list[int] | None | Unset):
        format_signature (None | SaasFieldUpdateFormatSignatureType0 | Unset):
        length_stats (None | SaasFieldUpdateLengthStatsType0 | Unset):
        entropy (float | None | Unset):
        role (None | str | Unset):
        role_confidence (float | None | Unset):
        is_active (bool | None | Unset):
        description_source (DescriptionSource | None | Unset):
        description_generated_at (datetime.datetime | None | Unset):
    """

    field_name: None | str | Unset = UNSET
    api_identifier: None | str | Unset = UNSET
    data_type: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_required: bool | None | Unset = UNSET
    is_unique: bool | None | Unset = UNSET
    skip_embedding: bool | Unset = UNSET
    semantic_type: None | str | Unset = UNSET
    semantic_type_confidence: float | None | Unset = UNSET
    sample_values: list[Any] | None | Unset = UNSET
    enum_cardinality: int | None | Unset = UNSET
    null_pct: float | None | Unset = UNSET
    distinct_pct: float | None | Unset = UNSET
    last_analyzed: datetime.datetime | None | Unset = UNSET
    approx_distinct_count: int | None | Unset = UNSET
    minhash_signature: list[int] | None | Unset = UNSET
    format_signature: None | SaasFieldUpdateFormatSignatureType0 | Unset = UNSET
    length_stats: None | SaasFieldUpdateLengthStatsType0 | Unset = UNSET
    entropy: float | None | Unset = UNSET
    role: None | str | Unset = UNSET
    role_confidence: float | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    description_source: DescriptionSource | None | Unset = UNSET
    description_generated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_name: None | str | Unset
        if isinstance(self.field_name, Unset):
            field_name = UNSET
        else:
            field_name = self.field_name

        api_identifier: None | str | Unset
        if isinstance(self.api_identifier, Unset):
            api_identifier = UNSET
        else:
            api_identifier = self.api_identifier

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        else:
            data_type = self.data_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_required: bool | None | Unset
        if isinstance(self.is_required, Unset):
            is_required = UNSET
        else:
            is_required = self.is_required

        is_unique: bool | None | Unset
        if isinstance(self.is_unique, Unset):
            is_unique = UNSET
        else:
            is_unique = self.is_unique

        skip_embedding = self.skip_embedding

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
        field_dict.update({})
        if field_name is not UNSET:
            field_dict["field_name"] = field_name
        if api_identifier is not UNSET:
            field_dict["api_identifier"] = api_identifier
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if description is not UNSET:
            field_dict["description"] = description
        if is_required is not UNSET:
            field_dict["is_required"] = is_required
        if is_unique is not UNSET:
            field_dict["is_unique"] = is_unique
        if skip_embedding is not UNSET:
            field_dict["skip_embedding"] = skip_embedding
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
        d = dict(src_dict)
        _field_name = d.pop("field_name", UNSET)
        field_name: None | str | Unset
        if _field_name is None or _field_name is UNSET:
            field_name = _field_name
        else:
            if not isinstance(_field_name, str):
                raise TypeError(
                    f"field_name: expected a string, got {type(_field_name).__name__}"
                )
            field_name = _field_name

        _api_identifier = d.pop("api_identifier", UNSET)
        api_identifier: None | str | Unset
        if _api_identifier is None or _api_identifier is UNSET:
            api_identifier = _api_identifier
        else:
            if not isinstance(_api_identifier, str):
                raise TypeError(
                    f"api_identifier: expected a string, got {type(_api_identifier).__name__}"
                )
            api_identifier = _api_identifier

        _data_type = d.pop("data_type", UNSET)
        data_type: None | str | Unset
        if _data_type is None or _data_type is UNSET:
            data_type = _data_type
        else:
            if not isinstance(_data_type, str):
                raise TypeError(
                    f"data_type: expected a string, got {type(_data_type).__name__}"
                )
            data_type = _data_type

        _description = d.pop("description", UNSET)
        description: None | str | Unset
        if _description is None or _description is UNSET:
            description = _description
        else:
            if not isinstance(_description, str):
                raise TypeError(
                    f"description: expected a string, got {type(_description).__name__}"
                )
            description = _description

        _is_required = d.pop("is_required", UNSET)
        is_required: bool | None | Unset
        if _is_required is None or _is_required is UNSET:
            is_required = _is_required
        else:
            if not isinstance(_is_required, bool):
                raise TypeError(
                    f"is_required: expected a boolean, got {type(_is_required).__name__}"
                )
            is_required = _is_required

        _is_unique = d.pop("is_unique", UNSET)
        is_unique: bool | None | Unset
        if _is_unique is None or _is_unique is UNSET:
            is_unique = _is_unique
        else:
            if not isinstance(_is_unique, bool):
                raise TypeError(
                    f"is_unique: expected a boolean, got {type(_is_unique).__name__}"
                )
            is_unique = _is_unique

        skip_embedding = d.pop("skip_embedding", UNSET)
        if not isinstance(skip_embedding, Unset):
            if not isinstance(skip_embedding, bool):
                raise TypeError(
                    f"skip_embedding: expected a boolean, got {type(skip_embedding).__name__}"
                )

        _semantic_type = d.pop("semantic_type", UNSET)
        semantic_type: None | str | Unset
        if _semantic_type is None or _semantic_type is UNSET:
            semantic_type = _semantic_type
        else:
            if not isinstance(_semantic_type, str):
                raise TypeError(
                    f"semantic_type: expected a string, got {type(_semantic_type).__name__}"
                )
            semantic_type = _semantic_type

        _semantic_type_confidence = d.pop("semantic_type_confidence", UNSET)
        semantic_type_confidence: float | None | Unset
        if _semantic_type_confidence is None or _semantic_type_confidence is UNSET:
            semantic_type_confidence = _semantic_type_confidence
        else:
            if not isinstance(_semantic_type_confidence, (int, float)) or isinstance(
                _semantic_type_confidence, bool
            ):
                raise TypeError(
                    f"semantic_type_confidence: expected a number, got {type(_semantic_type_confidence).__name__}"
                )
            semantic_type_confidence = _semantic_type_confidence

        _sample_values = d.pop("sample_values", UNSET)
        sample_values: list[Any] | None | Unset
        if _sample_values is None or _sample_values is UNSET:
            sample_values = _sample_values
        else:
            if not isinstance(_sample_values, list):
                raise TypeError(
                    "sample_values"
                    + ": unexpected type "
                    + type(_sample_values).__name__
                )
            sample_values_type_0 = _sample_values
            if type(sample_values_type_0) is not list:
                raise TypeError(
                    f"sample_values: expected an array, got {type(sample_values_type_0).__name__}"
                )

            sample_values = sample_values_type_0

        _enum_cardinality = d.pop("enum_cardinality", UNSET)
        enum_cardinality: int | None | Unset
        if _enum_cardinality is None or _enum_cardinality is UNSET:
            enum_cardinality = _enum_cardinality
        else:
            if not isinstance(_enum_cardinality, int) or isinstance(
                _enum_cardinality, bool
            ):
                raise TypeError(
                    f"enum_cardinality: expected an integer, got {type(_enum_cardinality).__name__}"
                )
            enum_cardinality = _enum_cardinality

        _null_pct = d.pop("null_pct", UNSET)
        null_pct: float | None | Unset
        if _null_pct is None or _null_pct is UNSET:
            null_pct = _null_pct
        else:
            if not isinstance(_null_pct, (int, float)) or isinstance(_null_pct, bool):
                raise TypeError(
                    f"null_pct: expected a number, got {type(_null_pct).__name__}"
                )
            null_pct = _null_pct

        _distinct_pct = d.pop("distinct_pct", UNSET)
        distinct_pct: float | None | Unset
        if _distinct_pct is None or _distinct_pct is UNSET:
            distinct_pct = _distinct_pct
        else:
            if not isinstance(_distinct_pct, (int, float)) or isinstance(
                _distinct_pct, bool
            ):
                raise TypeError(
                    f"distinct_pct: expected a number, got {type(_distinct_pct).__name__}"
                )
            distinct_pct = _distinct_pct

        _last_analyzed = d.pop("last_analyzed", UNSET)
        last_analyzed: datetime.datetime | None | Unset
        if _last_analyzed is None or _last_analyzed is UNSET:
            last_analyzed = _last_analyzed
        else:
            if not isinstance(_last_analyzed, str):
                raise TypeError(
                    "last_analyzed"
                    + ": unexpected type "
                    + type(_last_analyzed).__name__
                )
            last_analyzed_type_0 = parse_datetime(_last_analyzed)

            last_analyzed = last_analyzed_type_0

        _approx_distinct_count = d.pop("approx_distinct_count", UNSET)
        approx_distinct_count: int | None | Unset
        if _approx_distinct_count is None or _approx_distinct_count is UNSET:
            approx_distinct_count = _approx_distinct_count
        else:
            if not isinstance(_approx_distinct_count, int) or isinstance(
                _approx_distinct_count, bool
            ):
                raise TypeError(
                    f"approx_distinct_count: expected an integer, got {type(_approx_distinct_count).__name__}"
                )
            approx_distinct_count = _approx_distinct_count

        _minhash_signature = d.pop("minhash_signature", UNSET)
        minhash_signature: list[int] | None | Unset
        if _minhash_signature is None or _minhash_signature is UNSET:
            minhash_signature = _minhash_signature
        else:
            if not isinstance(_minhash_signature, list):
                raise TypeError(
                    "minhash_signature"
                    + ": unexpected type "
                    + type(_minhash_signature).__name__
                )
            minhash_signature_type_0 = _minhash_signature
            if type(minhash_signature_type_0) is not list:
                raise TypeError(
                    f"minhash_signature: expected an array, got {type(minhash_signature_type_0).__name__}"
                )
            for minhash_signature_type_0_item in minhash_signature_type_0:
                if type(minhash_signature_type_0_item) is not int:
                    raise TypeError(
                        f"minhash_signature: expected an array of integers, got an item of type {type(minhash_signature_type_0_item).__name__}"
                    )

            minhash_signature = minhash_signature_type_0

        _format_signature = d.pop("format_signature", UNSET)
        format_signature: None | SaasFieldUpdateFormatSignatureType0 | Unset
        if _format_signature is None or _format_signature is UNSET:
            format_signature = _format_signature
        else:
            if not isinstance(_format_signature, dict):
                raise TypeError(
                    "format_signature"
                    + ": unexpected type "
                    + type(_format_signature).__name__
                )
            format_signature_type_0 = parse_object(_format_signature)

            format_signature = format_signature_type_0

        _length_stats = d.pop("length_stats", UNSET)
        length_stats: None | SaasFieldUpdateLengthStatsType0 | Unset
        if _length_stats is None or _length_stats is UNSET:
            length_stats = _length_stats
        else:
            if not isinstance(_length_stats, dict):
                raise TypeError(
                    "length_stats" + ": unexpected type " + type(_length_stats).__name__
                )
            length_stats_type_0 = parse_object(_length_stats)

            length_stats = length_stats_type_0

        _entropy = d.pop("entropy", UNSET)
        entropy: float | None | Unset
        if _entropy is None or _entropy is UNSET:
            entropy = _entropy
        else:
            if not isinstance(_entropy, (int, float)) or isinstance(_entropy, bool):
                raise TypeError(
                    f"entropy: expected a number, got {type(_entropy).__name__}"
                )
            entropy = _entropy

        _role = d.pop("role", UNSET)
        role: None | str | Unset
        if _role is None or _role is UNSET:
            role = _role
        else:
            if not isinstance(_role, str):
                raise TypeError(f"role: expected a string, got {type(_role).__name__}")
            role = _role

        _role_confidence = d.pop("role_confidence", UNSET)
        role_confidence: float | None | Unset
        if _role_confidence is None or _role_confidence is UNSET:
            role_confidence = _role_confidence
        else:
            if not isinstance(_role_confidence, (int, float)) or isinstance(
                _role_confidence, bool
            ):
                raise TypeError(
                    f"role_confidence: expected a number, got {type(_role_confidence).__name__}"
                )
            role_confidence = _role_confidence

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

        _description_source = d.pop("description_source", UNSET)
        description_source: DescriptionSource | None | Unset
        if _description_source is None or _description_source is UNSET:
            description_source = _description_source
        else:
            if not isinstance(_description_source, str):
                raise TypeError(
                    "description_source"
                    + ": unexpected type "
                    + type(_description_source).__name__
                )
            description_source_type_0 = DescriptionSource(_description_source)

            description_source = description_source_type_0

        _description_generated_at = d.pop("description_generated_at", UNSET)
        description_generated_at: datetime.datetime | None | Unset
        if _description_generated_at is None or _description_generated_at is UNSET:
            description_generated_at = _description_generated_at
        else:
            if not isinstance(_description_generated_at, str):
                raise TypeError(
                    "description_generated_at"
                    + ": unexpected type "
                    + type(_description_generated_at).__name__
                )
            description_generated_at_type_0 = parse_datetime(_description_generated_at)

            description_generated_at = description_generated_at_type_0

        saas_field_update = cls(
            field_name=field_name,
            api_identifier=api_identifier,
            data_type=data_type,
            description=description,
            is_required=is_required,
            is_unique=is_unique,
            skip_embedding=skip_embedding,
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

        saas_field_update.additional_properties = d
        return saas_field_update

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
