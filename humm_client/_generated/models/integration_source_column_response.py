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
        table_id (UUID | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        description_version (int | None):
        description (None | str):
        data_type (None | str):
        is_primary_key (bool | None):
        is_nullable (bool | None):
        ordinal_position (int | None):
        semantic_type (None | str):
        semantic_type_confidence (float | None):
        sample_values (list[Any] | None):
        enum_cardinality (int | None):
        null_pct (float | None):
        distinct_pct (float | None):
        last_analyzed (datetime.datetime | None):
        approx_distinct_count (int | None):
        minhash_signature (list[int] | None):
        format_signature (dict[str, Any] | None):
        length_stats (dict[str, Any] | None):
        entropy (float | None):
        role (None | str):
        role_confidence (float | None):
        is_active (bool | None):
        description_source (DescriptionSource | None):
        description_generated_at (datetime.datetime | None):
    """

    name: str
    id: UUID
    table_id: UUID | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    description_version: int | None
    description: None | str = None
    data_type: None | str = None
    is_primary_key: bool | None = None
    is_nullable: bool | None = None
    ordinal_position: int | None = None
    semantic_type: None | str = None
    semantic_type_confidence: float | None = None
    sample_values: list[Any] | None = None
    enum_cardinality: int | None = None
    null_pct: float | None = None
    distinct_pct: float | None = None
    last_analyzed: datetime.datetime | None = None
    approx_distinct_count: int | None = None
    minhash_signature: list[int] | None = None
    format_signature: dict[str, Any] | None = None
    length_stats: dict[str, Any] | None = None
    entropy: float | None = None
    role: None | str = None
    role_confidence: float | None = None
    is_active: bool | None = None
    description_source: DescriptionSource | None = None
    description_generated_at: datetime.datetime | None = None
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = str(self.id)

        table_id_sent: UUID | Unset = (
            self.table_id
            if is_present(self._present, "table_id", self.table_id)
            and self.table_id is not None
            else UNSET
        )
        table_id: str | Unset = UNSET
        if not isinstance(table_id_sent, Unset):
            table_id = str(table_id_sent)

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

        description_version_sent: int | Unset = (
            self.description_version
            if is_present(
                self._present, "description_version", self.description_version
            )
            and self.description_version is not None
            else UNSET
        )
        description_version = description_version_sent

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

        data_type_sent: None | str | Unset = (
            self.data_type
            if is_present(self._present, "data_type", self.data_type)
            else UNSET
        )
        data_type: None | str | Unset
        if isinstance(data_type_sent, Unset):
            data_type = UNSET
        else:
            data_type = data_type_sent

        is_primary_key_sent: bool | Unset = (
            self.is_primary_key
            if is_present(self._present, "is_primary_key", self.is_primary_key)
            and self.is_primary_key is not None
            else UNSET
        )
        is_primary_key = is_primary_key_sent

        is_nullable_sent: bool | None | Unset = (
            self.is_nullable
            if is_present(self._present, "is_nullable", self.is_nullable)
            else UNSET
        )
        is_nullable: bool | None | Unset
        if isinstance(is_nullable_sent, Unset):
            is_nullable = UNSET
        else:
            is_nullable = is_nullable_sent

        ordinal_position_sent: int | None | Unset = (
            self.ordinal_position
            if is_present(self._present, "ordinal_position", self.ordinal_position)
            else UNSET
        )
        ordinal_position: int | None | Unset
        if isinstance(ordinal_position_sent, Unset):
            ordinal_position = UNSET
        else:
            ordinal_position = ordinal_position_sent

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

        format_signature_sent: (
            IntegrationSourceColumnResponseFormatSignatureType0 | None | Unset
        ) = (
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

        length_stats_sent: (
            IntegrationSourceColumnResponseLengthStatsType0 | None | Unset
        ) = (
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
                "name": name,
                "id": id,
            }
        )
        if table_id is not UNSET:
            field_dict["table_id"] = table_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if description_version is not UNSET:
            field_dict["description_version"] = description_version
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
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        id = UUID(d.pop("id"))

        table_id_raw = d.pop("table_id", UNSET)
        table_id: UUID | None
        if table_id_raw is None or table_id_raw is UNSET:
            _types.note_field(
                "IntegrationSourceColumnResponse", "table_id", table_id_raw
            )
            table_id = None
        else:
            table_id = UUID(table_id_raw)

        created_at_raw = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None
        if created_at_raw is None or created_at_raw is UNSET:
            _types.note_field(
                "IntegrationSourceColumnResponse", "created_at", created_at_raw
            )
            created_at = None
        else:
            created_at = parse_datetime(created_at_raw)

        updated_at_raw = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None
        if updated_at_raw is None or updated_at_raw is UNSET:
            _types.note_field(
                "IntegrationSourceColumnResponse", "updated_at", updated_at_raw
            )
            updated_at = None
        else:
            updated_at = parse_datetime(updated_at_raw)

        description_version_raw = d.pop("description_version", UNSET)
        description_version: int | None
        if description_version_raw is None or description_version_raw is UNSET:
            _types.note_field(
                "IntegrationSourceColumnResponse",
                "description_version",
                description_version_raw,
            )
            description_version = None
        else:
            description_version = description_version_raw
            if not isinstance(description_version, int) or isinstance(
                description_version, bool
            ):
                raise TypeError(
                    f"description_version: expected an integer, got {type(description_version).__name__}"
                )

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

        is_primary_key_raw = d.pop("is_primary_key", UNSET)
        if is_primary_key_raw is None:
            _types.note_field(
                "IntegrationSourceColumnResponse", "is_primary_key", is_primary_key_raw
            )
            is_primary_key_raw = UNSET
        is_primary_key = is_primary_key_raw
        if not isinstance(is_primary_key, Unset):
            if not isinstance(is_primary_key, bool):
                raise TypeError(
                    f"is_primary_key: expected a boolean, got {type(is_primary_key).__name__}"
                )

        _is_nullable = d.pop("is_nullable", UNSET)
        is_nullable: bool | None | Unset
        if _is_nullable is None or _is_nullable is UNSET:
            is_nullable = _is_nullable
        else:
            if not isinstance(_is_nullable, bool):
                raise TypeError(
                    f"is_nullable: expected a boolean, got {type(_is_nullable).__name__}"
                )
            is_nullable = _is_nullable

        _ordinal_position = d.pop("ordinal_position", UNSET)
        ordinal_position: int | None | Unset
        if _ordinal_position is None or _ordinal_position is UNSET:
            ordinal_position = _ordinal_position
        else:
            if not isinstance(_ordinal_position, int) or isinstance(
                _ordinal_position, bool
            ):
                raise TypeError(
                    f"ordinal_position: expected an integer, got {type(_ordinal_position).__name__}"
                )
            ordinal_position = _ordinal_position

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
        format_signature: (
            IntegrationSourceColumnResponseFormatSignatureType0 | None | Unset
        )
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
        length_stats: IntegrationSourceColumnResponseLengthStatsType0 | None | Unset
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

        integration_source_column_response = cls(
            name=name,
            id=id,
            table_id=table_id,
            created_at=created_at,
            updated_at=updated_at,
            description_version=description_version,
            description=None if isinstance(description, Unset) else description,
            data_type=None if isinstance(data_type, Unset) else data_type,
            is_primary_key=None
            if isinstance(is_primary_key, Unset)
            else is_primary_key,
            is_nullable=None if isinstance(is_nullable, Unset) else is_nullable,
            ordinal_position=None
            if isinstance(ordinal_position, Unset)
            else ordinal_position,
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
            is_active=None if isinstance(is_active, Unset) else is_active,
            description_source=None
            if isinstance(description_source, Unset)
            else description_source,
            description_generated_at=None
            if isinstance(description_generated_at, Unset)
            else description_generated_at,
        )
        integration_source_column_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("IntegrationSourceColumnResponse", d)

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
