from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.description_source import DescriptionSource
from ..types import (
    UNSET,
    fromisoformat,
    parse_moment,
    parse_uuid,
    uuid_text,
)

T = TypeVar("T", bound="SaasFieldResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "saas_object_id",
        "field_name",
        "api_identifier",
        "data_type",
        "id",
        "created_at",
        "updated_at",
        "description",
        "is_required",
        "is_unique",
        "is_active",
        "semantic_type",
        "semantic_type_confidence",
        "sample_values",
        "enum_cardinality",
        "null_pct",
        "distinct_pct",
        "last_analyzed",
        "approx_distinct_count",
        "minhash_signature",
        "format_signature",
        "length_stats",
        "entropy",
        "role",
        "role_confidence",
        "description_source",
        "description_generated_at",
    }
)
_DescriptionSource: dict[str, DescriptionSource] = {
    member.value: member for member in DescriptionSource
}


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
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    #: The datetimes as parsed (created_at, updated_at, last_analyzed, description_generated_at), to tell them from ones assigned since.
    _moments: tuple[datetime.datetime | None, ...] = _attrs_field(
        default=(), init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        saas_object_id = self.saas_object_id
        field_dict["saas_object_id"] = uuid_text(saas_object_id)
        field_name = self.field_name
        if field_name is not None and (sent is None or "field_name" in sent):
            field_dict["field_name"] = field_name
        api_identifier = self.api_identifier
        if api_identifier is not None and (sent is None or "api_identifier" in sent):
            field_dict["api_identifier"] = api_identifier
        data_type = self.data_type
        if data_type is not None and (sent is None or "data_type" in sent):
            field_dict["data_type"] = data_type
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
        description = self.description
        if "description" in sent if sent is not None else description is not None:
            field_dict["description"] = description
        is_required = self.is_required
        if "is_required" in sent if sent is not None else is_required is not None:
            field_dict["is_required"] = is_required
        is_unique = self.is_unique
        if "is_unique" in sent if sent is not None else is_unique is not None:
            field_dict["is_unique"] = is_unique
        is_active = self.is_active
        if "is_active" in sent if sent is not None else is_active is not None:
            field_dict["is_active"] = is_active
        semantic_type = self.semantic_type
        if "semantic_type" in sent if sent is not None else semantic_type is not None:
            field_dict["semantic_type"] = semantic_type
        semantic_type_confidence = self.semantic_type_confidence
        if (
            "semantic_type_confidence" in sent
            if sent is not None
            else semantic_type_confidence is not None
        ):
            field_dict["semantic_type_confidence"] = semantic_type_confidence
        sample_values = self.sample_values
        if "sample_values" in sent if sent is not None else sample_values is not None:
            field_dict["sample_values"] = sample_values
        enum_cardinality = self.enum_cardinality
        if (
            "enum_cardinality" in sent
            if sent is not None
            else enum_cardinality is not None
        ):
            field_dict["enum_cardinality"] = enum_cardinality
        null_pct = self.null_pct
        if "null_pct" in sent if sent is not None else null_pct is not None:
            field_dict["null_pct"] = null_pct
        distinct_pct = self.distinct_pct
        if "distinct_pct" in sent if sent is not None else distinct_pct is not None:
            field_dict["distinct_pct"] = distinct_pct
        last_analyzed = self.last_analyzed
        if "last_analyzed" in sent if sent is not None else last_analyzed is not None:
            field_dict["last_analyzed"] = (
                None
                if last_analyzed is None
                else sent["last_analyzed"]
                if sent is not None and last_analyzed is self._moments[2]
                else last_analyzed.isoformat()
            )
        approx_distinct_count = self.approx_distinct_count
        if (
            "approx_distinct_count" in sent
            if sent is not None
            else approx_distinct_count is not None
        ):
            field_dict["approx_distinct_count"] = approx_distinct_count
        minhash_signature = self.minhash_signature
        if (
            "minhash_signature" in sent
            if sent is not None
            else minhash_signature is not None
        ):
            field_dict["minhash_signature"] = minhash_signature
        format_signature = self.format_signature
        if (
            "format_signature" in sent
            if sent is not None
            else format_signature is not None
        ):
            field_dict["format_signature"] = format_signature
        length_stats = self.length_stats
        if "length_stats" in sent if sent is not None else length_stats is not None:
            field_dict["length_stats"] = length_stats
        entropy = self.entropy
        if "entropy" in sent if sent is not None else entropy is not None:
            field_dict["entropy"] = entropy
        role = self.role
        if "role" in sent if sent is not None else role is not None:
            field_dict["role"] = role
        role_confidence = self.role_confidence
        if (
            "role_confidence" in sent
            if sent is not None
            else role_confidence is not None
        ):
            field_dict["role_confidence"] = role_confidence
        description_source = self.description_source
        if (
            "description_source" in sent
            if sent is not None
            else description_source is not None
        ):
            field_dict["description_source"] = (
                None
                if description_source is None
                else description_source._value_
                if type(description_source) is DescriptionSource
                else DescriptionSource(description_source).value
            )
        description_generated_at = self.description_generated_at
        if (
            "description_generated_at" in sent
            if sent is not None
            else description_generated_at is not None
        ):
            field_dict["description_generated_at"] = (
                None
                if description_generated_at is None
                else sent["description_generated_at"]
                if sent is not None and description_generated_at is self._moments[3]
                else description_generated_at.isoformat()
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = src_dict["saas_object_id"]
        obj.saas_object_id = parse_uuid(v)

        v = get("field_name")
        if v is None:
            if "field_name" in src_dict:
                _types.note_field("SaasFieldResponse", "field_name", None)
            else:
                missing += 1
                _types.note_field("SaasFieldResponse", "field_name", UNSET)
            obj.field_name = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"field_name: expected a string, got {type(v).__name__}"
                )
            obj.field_name = v

        v = get("api_identifier")
        if v is None:
            if "api_identifier" in src_dict:
                _types.note_field("SaasFieldResponse", "api_identifier", None)
            else:
                missing += 1
                _types.note_field("SaasFieldResponse", "api_identifier", UNSET)
            obj.api_identifier = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"api_identifier: expected a string, got {type(v).__name__}"
                )
            obj.api_identifier = v

        v = get("data_type")
        if v is None:
            if "data_type" in src_dict:
                _types.note_field("SaasFieldResponse", "data_type", None)
            else:
                missing += 1
                _types.note_field("SaasFieldResponse", "data_type", UNSET)
            obj.data_type = None
        else:
            if type(v) is not str:
                raise TypeError(f"data_type: expected a string, got {type(v).__name__}")
            obj.data_type = v

        v = get("id")
        if v is None:
            if "id" in src_dict:
                _types.note_field("SaasFieldResponse", "id", None)
            else:
                missing += 1
                _types.note_field("SaasFieldResponse", "id", UNSET)
            obj.id = None
        else:
            obj.id = parse_uuid(v)

        created_at: datetime.datetime | None
        v = get("created_at")
        if v is None:
            if "created_at" in src_dict:
                _types.note_field("SaasFieldResponse", "created_at", None)
            else:
                missing += 1
                _types.note_field("SaasFieldResponse", "created_at", UNSET)
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
                _types.note_field("SaasFieldResponse", "updated_at", None)
            else:
                missing += 1
                _types.note_field("SaasFieldResponse", "updated_at", UNSET)
            obj.updated_at = updated_at = None
        else:
            try:
                obj.updated_at = updated_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.updated_at = updated_at = parse_moment(v)

        v = get("description")
        if v is None:
            if "description" not in src_dict:
                missing += 1
            obj.description = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"description: expected a string, got {type(v).__name__}"
                )
            obj.description = v

        v = get("is_required")
        if v is None:
            if "is_required" not in src_dict:
                missing += 1
            obj.is_required = None
        else:
            if type(v) is not bool:
                raise TypeError(
                    f"is_required: expected a boolean, got {type(v).__name__}"
                )
            obj.is_required = v

        v = get("is_unique")
        if v is None:
            if "is_unique" not in src_dict:
                missing += 1
            obj.is_unique = None
        else:
            if type(v) is not bool:
                raise TypeError(
                    f"is_unique: expected a boolean, got {type(v).__name__}"
                )
            obj.is_unique = v

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

        v = get("semantic_type")
        if v is None:
            if "semantic_type" not in src_dict:
                missing += 1
            obj.semantic_type = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"semantic_type: expected a string, got {type(v).__name__}"
                )
            obj.semantic_type = v

        v = get("semantic_type_confidence")
        if v is None:
            if "semantic_type_confidence" not in src_dict:
                missing += 1
            obj.semantic_type_confidence = None
        else:
            if type(v) is not float and type(v) is not int:
                raise TypeError(
                    f"semantic_type_confidence: expected a number, got {type(v).__name__}"
                )
            obj.semantic_type_confidence = v

        v = get("sample_values")
        if v is None:
            if "sample_values" not in src_dict:
                missing += 1
            obj.sample_values = None
        else:
            if type(v) is not list:
                raise TypeError(
                    f"sample_values: expected an array, got {type(v).__name__}"
                )
            obj.sample_values = v

        v = get("enum_cardinality")
        if v is None:
            if "enum_cardinality" not in src_dict:
                missing += 1
            obj.enum_cardinality = None
        else:
            if type(v) is not int:
                raise TypeError(
                    f"enum_cardinality: expected an integer, got {type(v).__name__}"
                )
            obj.enum_cardinality = v

        v = get("null_pct")
        if v is None:
            if "null_pct" not in src_dict:
                missing += 1
            obj.null_pct = None
        else:
            if type(v) is not float and type(v) is not int:
                raise TypeError(f"null_pct: expected a number, got {type(v).__name__}")
            obj.null_pct = v

        v = get("distinct_pct")
        if v is None:
            if "distinct_pct" not in src_dict:
                missing += 1
            obj.distinct_pct = None
        else:
            if type(v) is not float and type(v) is not int:
                raise TypeError(
                    f"distinct_pct: expected a number, got {type(v).__name__}"
                )
            obj.distinct_pct = v

        last_analyzed: datetime.datetime | None
        v = get("last_analyzed")
        if v is None:
            if "last_analyzed" not in src_dict:
                missing += 1
            obj.last_analyzed = last_analyzed = None
        else:
            try:
                obj.last_analyzed = last_analyzed = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.last_analyzed = last_analyzed = parse_moment(v)

        v = get("approx_distinct_count")
        if v is None:
            if "approx_distinct_count" not in src_dict:
                missing += 1
            obj.approx_distinct_count = None
        else:
            if type(v) is not int:
                raise TypeError(
                    f"approx_distinct_count: expected an integer, got {type(v).__name__}"
                )
            obj.approx_distinct_count = v

        v = get("minhash_signature")
        if v is None:
            if "minhash_signature" not in src_dict:
                missing += 1
            obj.minhash_signature = None
        else:
            if type(v) is not list:
                raise TypeError(
                    f"minhash_signature: expected an array, got {type(v).__name__}"
                )
            for item in v:
                if type(item) is not int:
                    raise TypeError(
                        f"minhash_signature item: expected an integer, got {type(item).__name__}"
                    )
            obj.minhash_signature = v

        v = get("format_signature")
        if v is None:
            if "format_signature" not in src_dict:
                missing += 1
            obj.format_signature = None
        else:
            if type(v) is not dict:
                raise TypeError(
                    f"format_signature: expected an object, got {type(v).__name__}"
                )
            obj.format_signature = v

        v = get("length_stats")
        if v is None:
            if "length_stats" not in src_dict:
                missing += 1
            obj.length_stats = None
        else:
            if type(v) is not dict:
                raise TypeError(
                    f"length_stats: expected an object, got {type(v).__name__}"
                )
            obj.length_stats = v

        v = get("entropy")
        if v is None:
            if "entropy" not in src_dict:
                missing += 1
            obj.entropy = None
        else:
            if type(v) is not float and type(v) is not int:
                raise TypeError(f"entropy: expected a number, got {type(v).__name__}")
            obj.entropy = v

        v = get("role")
        if v is None:
            if "role" not in src_dict:
                missing += 1
            obj.role = None
        else:
            if type(v) is not str:
                raise TypeError(f"role: expected a string, got {type(v).__name__}")
            obj.role = v

        v = get("role_confidence")
        if v is None:
            if "role_confidence" not in src_dict:
                missing += 1
            obj.role_confidence = None
        else:
            if type(v) is not float and type(v) is not int:
                raise TypeError(
                    f"role_confidence: expected a number, got {type(v).__name__}"
                )
            obj.role_confidence = v

        v = get("description_source")
        if v is None:
            if "description_source" not in src_dict:
                missing += 1
            obj.description_source = None
        else:
            obj.description_source = (
                description_source_member
                if (description_source_member := _DescriptionSource.get(v)) is not None
                else DescriptionSource(v)
            )

        description_generated_at: datetime.datetime | None
        v = get("description_generated_at")
        if v is None:
            if "description_generated_at" not in src_dict:
                missing += 1
            obj.description_generated_at = description_generated_at = None
        else:
            try:
                obj.description_generated_at = description_generated_at = fromisoformat(
                    v
                )
            except ValueError:  # a rarer ISO form
                obj.description_generated_at = description_generated_at = parse_moment(
                    v
                )

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        obj._moments = (
            created_at,
            updated_at,
            last_analyzed,
            description_generated_at,
        )
        if len(src_dict) + missing > 27:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("SaasFieldResponse", extra)
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
