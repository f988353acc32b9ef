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

T = TypeVar("T", bound="SaasObjectResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "integration_source_id",
        "object_name",
        "api_identifier",
        "id",
        "created_at",
        "updated_at",
        "description",
        "null_pct_overall",
        "field_null_pct",
        "field_distinct_pct",
        "earliest_timestamp",
        "latest_timestamp",
        "date_grain",
        "last_load_timestamp",
        "load_frequency",
        "data_latency_minutes",
        "is_staging_table",
        "is_active",
        "description_source",
        "description_generated_at",
    }
)
_DescriptionSource: dict[str, DescriptionSource] = {
    member.value: member for member in DescriptionSource
}


@_attrs_define
class SaasObjectResponse:
    """Response model for SaaS objects.

    Attributes:
        integration_source_id (UUID): The integration source this object belongs to
        object_name (str): Display name for the SaaS object (e.g., 'Contact')
        api_identifier (str): API identifier for the SaaS object (e.g., 'contacts')
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime | None):
        description (None | str):
        null_pct_overall (float | None):
        field_null_pct (None | dict[str, Any]):
        field_distinct_pct (None | dict[str, Any]):
        earliest_timestamp (datetime.datetime | None):
        latest_timestamp (datetime.datetime | None):
        date_grain (None | str):
        last_load_timestamp (datetime.datetime | None):
        load_frequency (None | str):
        data_latency_minutes (int | None):
        is_staging_table (bool | None):
        is_active (bool | None):
        description_source (DescriptionSource | None):
        description_generated_at (datetime.datetime | None):
    """

    integration_source_id: UUID
    object_name: str
    api_identifier: str
    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime | None
    description: None | str = None
    null_pct_overall: float | None = None
    field_null_pct: None | dict[str, Any] = None
    field_distinct_pct: None | dict[str, Any] = None
    earliest_timestamp: datetime.datetime | None = None
    latest_timestamp: datetime.datetime | None = None
    date_grain: None | str = None
    last_load_timestamp: datetime.datetime | None = None
    load_frequency: None | str = None
    data_latency_minutes: int | None = None
    is_staging_table: bool | None = None
    is_active: bool | None = None
    description_source: DescriptionSource | None = None
    description_generated_at: datetime.datetime | None = None
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    #: The datetimes as parsed (created_at, updated_at, earliest_timestamp, latest_timestamp, last_load_timestamp, description_generated_at), to tell them from ones assigned since.
    _moments: tuple[datetime.datetime | None, ...] = _attrs_field(
        default=(), init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        integration_source_id = self.integration_source_id
        field_dict["integration_source_id"] = uuid_text(integration_source_id)
        field_dict["object_name"] = self.object_name
        field_dict["api_identifier"] = self.api_identifier
        id = self.id
        field_dict["id"] = uuid_text(id)
        created_at = self.created_at
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
        null_pct_overall = self.null_pct_overall
        if (
            "null_pct_overall" in sent
            if sent is not None
            else null_pct_overall is not None
        ):
            field_dict["null_pct_overall"] = null_pct_overall
        field_null_pct = self.field_null_pct
        if "field_null_pct" in sent if sent is not None else field_null_pct is not None:
            field_dict["field_null_pct"] = field_null_pct
        field_distinct_pct = self.field_distinct_pct
        if (
            "field_distinct_pct" in sent
            if sent is not None
            else field_distinct_pct is not None
        ):
            field_dict["field_distinct_pct"] = field_distinct_pct
        earliest_timestamp = self.earliest_timestamp
        if (
            "earliest_timestamp" in sent
            if sent is not None
            else earliest_timestamp is not None
        ):
            field_dict["earliest_timestamp"] = (
                None
                if earliest_timestamp is None
                else sent["earliest_timestamp"]
                if sent is not None and earliest_timestamp is self._moments[2]
                else earliest_timestamp.isoformat()
            )
        latest_timestamp = self.latest_timestamp
        if (
            "latest_timestamp" in sent
            if sent is not None
            else latest_timestamp is not None
        ):
            field_dict["latest_timestamp"] = (
                None
                if latest_timestamp is None
                else sent["latest_timestamp"]
                if sent is not None and latest_timestamp is self._moments[3]
                else latest_timestamp.isoformat()
            )
        date_grain = self.date_grain
        if "date_grain" in sent if sent is not None else date_grain is not None:
            field_dict["date_grain"] = date_grain
        last_load_timestamp = self.last_load_timestamp
        if (
            "last_load_timestamp" in sent
            if sent is not None
            else last_load_timestamp is not None
        ):
            field_dict["last_load_timestamp"] = (
                None
                if last_load_timestamp is None
                else sent["last_load_timestamp"]
                if sent is not None and last_load_timestamp is self._moments[4]
                else last_load_timestamp.isoformat()
            )
        load_frequency = self.load_frequency
        if "load_frequency" in sent if sent is not None else load_frequency is not None:
            field_dict["load_frequency"] = load_frequency
        data_latency_minutes = self.data_latency_minutes
        if (
            "data_latency_minutes" in sent
            if sent is not None
            else data_latency_minutes is not None
        ):
            field_dict["data_latency_minutes"] = data_latency_minutes
        is_staging_table = self.is_staging_table
        if (
            "is_staging_table" in sent
            if sent is not None
            else is_staging_table is not None
        ):
            field_dict["is_staging_table"] = is_staging_table
        is_active = self.is_active
        if "is_active" in sent if sent is not None else is_active is not None:
            field_dict["is_active"] = is_active
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
                if sent is not None and description_generated_at is self._moments[5]
                else description_generated_at.isoformat()
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = src_dict["integration_source_id"]
        obj.integration_source_id = parse_uuid(v)

        v = src_dict["object_name"]
        if type(v) is not str:
            raise TypeError(f"object_name: expected a string, got {type(v).__name__}")
        obj.object_name = v

        v = src_dict["api_identifier"]
        if type(v) is not str:
            raise TypeError(
                f"api_identifier: expected a string, got {type(v).__name__}"
            )
        obj.api_identifier = v

        v = src_dict["id"]
        obj.id = parse_uuid(v)

        v = src_dict["created_at"]
        try:
            obj.created_at = created_at = fromisoformat(v)
        except ValueError:  # a rarer ISO form
            obj.created_at = created_at = parse_moment(v)

        updated_at: datetime.datetime | None
        v = get("updated_at")
        if v is None:
            if "updated_at" in src_dict:
                _types.note_field("SaasObjectResponse", "updated_at", None)
            else:
                missing += 1
                _types.note_field("SaasObjectResponse", "updated_at", UNSET)
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

        v = get("null_pct_overall")
        if v is None:
            if "null_pct_overall" not in src_dict:
                missing += 1
            obj.null_pct_overall = None
        else:
            if type(v) is not float and type(v) is not int:
                raise TypeError(
                    f"null_pct_overall: expected a number, got {type(v).__name__}"
                )
            obj.null_pct_overall = v

        v = get("field_null_pct")
        if v is None:
            if "field_null_pct" not in src_dict:
                missing += 1
            obj.field_null_pct = None
        else:
            if type(v) is not dict:
                raise TypeError(
                    f"field_null_pct: expected an object, got {type(v).__name__}"
                )
            obj.field_null_pct = v

        v = get("field_distinct_pct")
        if v is None:
            if "field_distinct_pct" not in src_dict:
                missing += 1
            obj.field_distinct_pct = None
        else:
            if type(v) is not dict:
                raise TypeError(
                    f"field_distinct_pct: expected an object, got {type(v).__name__}"
                )
            obj.field_distinct_pct = v

        earliest_timestamp: datetime.datetime | None
        v = get("earliest_timestamp")
        if v is None:
            if "earliest_timestamp" not in src_dict:
                missing += 1
            obj.earliest_timestamp = earliest_timestamp = None
        else:
            try:
                obj.earliest_timestamp = earliest_timestamp = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.earliest_timestamp = earliest_timestamp = parse_moment(v)

        latest_timestamp: datetime.datetime | None
        v = get("latest_timestamp")
        if v is None:
            if "latest_timestamp" not in src_dict:
                missing += 1
            obj.latest_timestamp = latest_timestamp = None
        else:
            try:
                obj.latest_timestamp = latest_timestamp = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.latest_timestamp = latest_timestamp = parse_moment(v)

        v = get("date_grain")
        if v is None:
            if "date_grain" not in src_dict:
                missing += 1
            obj.date_grain = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"date_grain: expected a string, got {type(v).__name__}"
                )
            obj.date_grain = v

        last_load_timestamp: datetime.datetime | None
        v = get("last_load_timestamp")
        if v is None:
            if "last_load_timestamp" not in src_dict:
                missing += 1
            obj.last_load_timestamp = last_load_timestamp = None
        else:
            try:
                obj.last_load_timestamp = last_load_timestamp = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.last_load_timestamp = last_load_timestamp = parse_moment(v)

        v = get("load_frequency")
        if v is None:
            if "load_frequency" not in src_dict:
                missing += 1
            obj.load_frequency = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"load_frequency: expected a string, got {type(v).__name__}"
                )
            obj.load_frequency = v

        v = get("data_latency_minutes")
        if v is None:
            if "data_latency_minutes" not in src_dict:
                missing += 1
            obj.data_latency_minutes = None
        else:
            if type(v) is not int:
                raise TypeError(
                    f"data_latency_minutes: expected an integer, got {type(v).__name__}"
                )
            obj.data_latency_minutes = v

        v = get("is_staging_table")
        if v is None:
            if "is_staging_table" not in src_dict:
                missing += 1
            obj.is_staging_table = None
        else:
            if type(v) is not bool:
                raise TypeError(
                    f"is_staging_table: expected a boolean, got {type(v).__name__}"
                )
            obj.is_staging_table = v

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
            earliest_timestamp,
            latest_timestamp,
            last_load_timestamp,
            description_generated_at,
        )
        if len(src_dict) + missing > 20:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("SaasObjectResponse", extra)
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
