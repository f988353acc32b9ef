from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.description_source import DescriptionSource
from ..types import UNSET, Unset, is_present, parse_datetime, parse_object

if TYPE_CHECKING:
    from ..models.saas_field_response_format_signature_type_0 import (
        SaasFieldResponseFormatSignatureType0,
    )
    from ..models.saas_field_response_length_stats_type_0 import (
        SaasFieldResponseLengthStatsType0,
    )


T = TypeVar("T", bound="SaasFieldResponse")


@_attrs_define
class SaasFieldResponse:
    """
    Attributes:
        saas_object_id (UUID): The SaaS object this field belongs to
        field_name (str | None):
        api_identifier (str | None):
        data_type (str | None):
        id (UUID | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        description (None | str):
        is_required (bool | None):
        is_unique (bool | None):
        is_active (bool | None):
        semantic_type (None | str):
        semantic_type_confidence (float | None):
        sample_values (list[Any] | None):
        enum_cardinality (int | None):
        null_pct (float | None):
        distinct_pct (float | None):
        last_analyzed (datetime.datetime | None):
        approx_distinct_count (int | None):
        minhash_signature (list[int] | None):
        format_signature (None | dict[str, Any]):
        length_stats (None | dict[str, Any]):
        entropy (float | None):
        role (None | str):
        role_confidence (float | None):
        description_source (DescriptionSource | None):
        description_generated_at (datetime.datetime | None):
    """

    saas_object_id: UUID
    field_name: str | None
    api_identifier: str | None
    data_type: str | None
    id: UUID | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    description: None | str = None
    is_required: bool | None = None
    is_unique: bool | None = None
    is_active: bool | None = None
    semantic_type: None | str = None
    semantic_type_confidence: float | None = None
    sample_values: list[Any] | None = None
    enum_cardinality: int | None = None
    null_pct: float | None = None
    distinct_pct: float | None = None
    last_analyzed: datetime.datetime | None = None
    approx_distinct_count: int | None = None
    minhash_signature: list[int] | None = None
    format_signature: None | dict[str, Any] = None
    length_stats: None | dict[str, Any] = None
    entropy: float | None = None
    role: None | str = None
    role_confidence: float | None = None
    description_source: DescriptionSource | None = None
    description_generated_at: datetime.datetime | None = None
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        saas_object_id = str(self.saas_object_id)

        field_name_sent: str | Unset = (
            self.field_name
            if is_present(self._present, "field_name", self.field_name)
            and self.field_name is not None
            else UNSET
        )
        field_name = field_name_sent

        api_identifier_sent: str | Unset = (
            self.api_identifier
            if is_present(self._present, "api_identifier", self.api_identifier)
            and self.api_identifier is not None
            else UNSET
        )
        api_identifier = api_identifier_sent

        data_type_sent: str | Unset = (
            self.data_type
            if is_present(self._present, "data_type", self.data_type)
            and self.data_type is not None
            else UNSET
        )
        data_type = data_type_sent

        id_sent: UUID | Unset = (
            self.id
            if is_present(self._present, "id", self.id) and self.id is not None
            else UNSET
        )
        id: str | Unset = UNSET
        if not isinstance(id_sent, Unset):
            id = str(id_sent)

        created_at_sent: datetime.datetime | Unset = (
            self.created_at
            if is_present(self._present, "created_at", self.created_at)
            and self.created_at is not None
            else UNSET
        )
        created_at: str | Unset = UNSET
        if not isinstance(created_at_sent, Unset):
            created_at = created_at_sent.isoformat()

        updated_at_sent: datetime.datetime | Unset = (
            self.updated_at
            if is_present(self._present, "updated_at", self.updated_at)
            and self.updated_at is not None
            else UNSET
        )
        updated_at: str | Unset = UNSET
        if not isinstance(updated_at_sent, Unset):
            updated_at = updated_at_sent.isoformat()

        description_sent: None | str | Unset = (
            self.description
            if is_present(self._present, "description", self.description)
            else UNSET
        )
        description: None | str | Unset
        if isinstance(description_sent, Unset):
            description = UNSET
        else:
            description = description_sent

        is_required_sent: bool | None | Unset = (
            self.is_required
            if is_present(self._present, "is_required", self.is_required)
            else UNSET
        )
        is_required: bool | None | Unset
        if isinstance(is_required_sent, Unset):
            is_required = UNSET
        else:
            is_required = is_required_sent

        is_unique_sent: bool | None | Unset = (
            self.is_unique
            if is_present(self._present, "is_unique", self.is_unique)
            else UNSET
        )
        is_unique: bool | None | Unset
        if isinstance(is_unique_sent, Unset):
            is_unique = UNSET
        else:
            is_unique = is_unique_sent

        is_active_sent: bool | None | Unset = (
            self.is_active
            if is_present(self._present, "is_active", self.is_active)
            else UNSET
        )
        is_active: bool | None | Unset
        if isinstance(is_active_sent, Unset):
            is_active = UNSET
        else:
            is_active = is_active_sent

        semantic_type_sent: None | str | Unset = (
            self.semantic_type
            if is_present(self._present, "semantic_type", self.semantic_type)
            else UNSET
        )
        semantic_type: None | str | Unset
        if isinstance(semantic_type_sent, Unset):
            semantic_type = UNSET
        else:
            semantic_type = semantic_type_sent

        semantic_type_confidence_sent: float | None | Unset = (
            self.semantic_type_confidence
            if is_present(
                self._present, "semantic_type_confidence", self.semantic_type_confidence
            )
            else UNSET
        )
        semantic_type_confidence: float | None | Unset
        if isinstance(semantic_type_confidence_sent, Unset):
            semantic_type_confidence = UNSET
        else:
            semantic_type_confidence = semantic_type_confidence_sent

        sample_values_sent: list[Any] | None | Unset = (
            self.sample_values
            if is_present(self._present, "sample_values", self.sample_values)
            else UNSET
        )
        sample_values: list[Any] | None | Unset
        if isinstance(sample_values_sent, Unset):
            sample_values = UNSET
        elif isinstance(sample_values_sent, list):
            sample_values = sample_values_sent

        else:
            sample_values = sample_values_sent

        enum_cardinality_sent: int | None | Unset = (
            self.enum_cardinality
            if is_present(self._present, "enum_cardinality", self.enum_cardinality)
            else UNSET
        )
        enum_cardinality: int | None | Unset
        if isinstance(enum_cardinality_sent, Unset):
            enum_cardinality = UNSET
        else:
            enum_cardinality = enum_cardinality_sent

        null_pct_sent: float | None | Unset = (
            self.null_pct
            if is_present(self._present, "null_pct", self.null_pct)
            else UNSET
        )
        null_pct: float | None | Unset
        if isinstance(null_pct_sent, Unset):
            null_pct = UNSET
        else:
            null_pct = null_pct_sent

        distinct_pct_sent: float | None | Unset = (
            self.distinct_pct
            if is_present(self._present, "distinct_pct", self.distinct_pct)
            else UNSET
        )
        distinct_pct: float | None | Unset
        if isinstance(distinct_pct_sent, Unset):
            distinct_pct = UNSET
        else:
            distinct_pct = distinct_pct_sent

        last_analyzed_sent: datetime.datetime | None | Unset = (
            self.last_analyzed
            if is_present(self._present, "last_analyzed", self.last_analyzed)
            else UNSET
        )
        last_analyzed: None | str | Unset
        if isinstance(last_analyzed_sent, Unset):
            last_analyzed = UNSET
        elif isinstance(last_analyzed_sent, datetime.datetime):
            last_analyzed = last_analyzed_sent.isoformat()
        else:
            last_analyzed = last_analyzed_sent

        approx_distinct_count_sent: int | None | Unset = (
            self.approx_distinct_count
            if is_present(
                self._present, "approx_distinct_count", self.approx_distinct_count
            )
            else UNSET
        )
        approx_distinct_count: int | None | Unset
        if isinstance(approx_distinct_count_sent, Unset):
            approx_distinct_count = UNSET
        else:
            approx_distinct_count = approx_distinct_count_sent

        minhash_signature_sent: list[int] | None | Unset = (
            self.minhash_signature
            if is_present(self._present, "minhash_signature", self.minhash_signature)
            else UNSET
        )
        minhash_signature: list[int] | None | Unset
        if isinstance(minhash_signature_sent, Unset):
            minhash_signature = UNSET
        elif isinstance(minhash_signature_sent, list):
            minhash_signature = minhash_signature_sent

        else:
            minhash_signature = minhash_signature_sent

        format_signature_sent: None | SaasFieldResponseFormatSignatureType0 | Unset = (
            self.format_signature
            if is_present(self._present, "format_signature", self.format_signature)
            else UNSET
        )
        format_signature: dict[str, Any] | None | Unset
        if isinstance(format_signature_sent, Unset):
            format_signature = UNSET
        elif isinstance(format_signature_sent, dict):
            format_signature = format_signature_sent
        else:
            format_signature = format_signature_sent

        length_stats_sent: None | SaasFieldResponseLengthStatsType0 | Unset = (
            self.length_stats
            if is_present(self._present, "length_stats", self.length_stats)
            else UNSET
        )
        length_stats: dict[str, Any] | None | Unset
        if isinstance(length_stats_sent, Unset):
            length_stats = UNSET
        elif isinstance(length_stats_sent, dict):
            length_stats = length_stats_sent
        else:
            length_stats = length_stats_sent

        entropy_sent: float | None | Unset = (
            self.entropy
            if is_present(self._present, "entropy", self.entropy)
            else UNSET
        )
        entropy: float | None | Unset
        if isinstance(entropy_sent, Unset):
            entropy = UNSET
        else:
            entropy = entropy_sent

        role_sent: None | str | Unset = (
            self.role if is_present(self._present, "role", self.role) else UNSET
        )
        role: None | str | Unset
        if isinstance(role_sent, Unset):
            role = UNSET
        else:
            role = role_sent

        role_confidence_sent: float | None | Unset = (
            self.role_confidence
            if is_present(self._present, "role_confidence", self.role_confidence)
            else UNSET
        )
        role_confidence: float | None | Unset
        if isinstance(role_confidence_sent, Unset):
            role_confidence = UNSET
        else:
            role_confidence = role_confidence_sent

        description_source_sent: DescriptionSource | None | Unset = (
            self.description_source
            if is_present(self._present, "description_source", self.description_source)
            else UNSET
        )
        description_source: None | str | Unset
        if isinstance(description_source_sent, Unset):
            description_source = UNSET
        elif isinstance(description_source_sent, DescriptionSource):
            description_source = DescriptionSource(description_source_sent).value
        else:
            description_source = description_source_sent

        description_generated_at_sent: datetime.datetime | None | Unset = (
            self.description_generated_at
            if is_present(
                self._present, "description_generated_at", self.description_generated_at
            )
            else UNSET
        )
        description_generated_at: None | str | Unset
        if isinstance(description_generated_at_sent, Unset):
            description_generated_at = UNSET
        elif isinstance(description_generated_at_sent, datetime.datetime):
            description_generated_at = description_generated_at_sent.isoformat()
        else:
            description_generated_at = description_generated_at_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "saas_object_id": saas_object_id,
            }
        )
        if field_name is not UNSET:
            field_dict["field_name"] = field_name
        if api_identifier is not UNSET:
            field_dict["api_identifier"] = api_identifier
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if description is not UNSET:
            field_dict["description"] = description
        if is_required is not UNSET:
            field_dict["is_required"] = is_required
        if is_unique is not UNSET:
            field_dict["is_unique"] = is_unique
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
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
        if description_source is not UNSET:
            field_dict["description_source"] = description_source
        if description_generated_at is not UNSET:
            field_dict["description_generated_at"] = description_generated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        saas_object_id = UUID(d.pop("saas_object_id"))

        field_name_raw = d.pop("field_name", UNSET)
        field_name: str | None
        if field_name_raw is None or field_name_raw is UNSET:
            _types.note_field("SaasFieldResponse", "field_name", field_name_raw)
            field_name = None
        else:
            field_name = field_name_raw
            if not isinstance(field_name, str):
                raise TypeError(
                    f"field_name: expected a string, got {type(field_name).__name__}"
                )

        api_identifier_raw = d.pop("api_identifier", UNSET)
        api_identifier: str | None
        if api_identifier_raw is None or api_identifier_raw is UNSET:
            _types.note_field("SaasFieldResponse", "api_identifier", api_identifier_raw)
            api_identifier = None
        else:
            api_identifier = api_identifier_raw
            if not isinstance(api_identifier, str):
                raise TypeError(
                    f"api_identifier: expected a string, got {type(api_identifier).__name__}"
                )

        data_type_raw = d.pop("data_type", UNSET)
        data_type: str | None
        if data_type_raw is None or data_type_raw is UNSET:
            _types.note_field("SaasFieldResponse", "data_type", data_type_raw)
            data_type = None
        else:
            data_type = data_type_raw
            if not isinstance(data_type, str):
                raise TypeError(
                    f"data_type: expected a string, got {type(data_type).__name__}"
                )

        id_raw = d.pop("id", UNSET)
        id: UUID | None
        if id_raw is None or id_raw is UNSET:
            _types.note_field("SaasFieldResponse", "id", id_raw)
            id = None
        else:
            id = UUID(id_raw)

        created_at_raw = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None
        if created_at_raw is None or created_at_raw is UNSET:
            _types.note_field("SaasFieldResponse", "created_at", created_at_raw)
            created_at = None
        else:
            created_at = parse_datetime(created_at_raw)

        updated_at_raw = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None
        if updated_at_raw is None or updated_at_raw is UNSET:
            _types.note_field("SaasFieldResponse", "updated_at", updated_at_raw)
            updated_at = None
        else:
            updated_at = parse_datetime(updated_at_raw)

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
        format_signature: None | SaasFieldResponseFormatSignatureType0 | Unset
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
        length_stats: None | SaasFieldResponseLengthStatsType0 | Unset
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

        saas_field_response = cls(
            saas_object_id=saas_object_id,
            field_name=field_name,
            api_identifier=api_identifier,
            data_type=data_type,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            description=None if isinstance(description, Unset) else description,
            is_required=None if isinstance(is_required, Unset) else is_required,
            is_unique=None if isinstance(is_unique, Unset) else is_unique,
            is_active=None if isinstance(is_active, Unset) else is_active,
            semantic_type=None if isinstance(semantic_type, Unset) else semantic_type,
            semantic_type_confidence=None
            if isinstance(semantic_type_confidence, Unset)
            else semantic_type_confidence,
            sample_values=None if isinstance(sample_values, Unset) else sample_values,
            enum_cardinality=None
            if isinstance(enum_cardinality, Unset)
            else enum_cardinality,
            null_pct=None if isinstance(null_pct, Unset) else null_pct,
            distinct_pct=None if isinstance(distinct_pct, Unset) else distinct_pct,
            last_analyzed=None if isinstance(last_analyzed, Unset) else last_analyzed,
            approx_distinct_count=None
            if isinstance(approx_distinct_count, Unset)
            else approx_distinct_count,
            minhash_signature=None
            if isinstance(minhash_signature, Unset)
            else minhash_signature,
            format_signature=None
            if isinstance(format_signature, Unset)
            else format_signature,
            length_stats=None if isinstance(length_stats, Unset) else length_stats,
            entropy=None if isinstance(entropy, Unset) else entropy,
            role=None if isinstance(role, Unset) else role,
            role_confidence=None
            if isinstance(role_confidence, Unset)
            else role_confidence,
            description_source=None
            if isinstance(description_source, Unset)
            else description_source,
            description_generated_at=None
            if isinstance(description_generated_at, Unset)
            else description_generated_at,
        )
        saas_field_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("SaasFieldResponse", d)

        saas_field_response.additional_properties = d
        return saas_field_response

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
