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
    from ..models.saas_object_response_field_distinct_pct_type_0 import (
        SaasObjectResponseFieldDistinctPctType0,
    )
    from ..models.saas_object_response_field_null_pct_type_0 import (
        SaasObjectResponseFieldNullPctType0,
    )


T = TypeVar("T", bound="SaasObjectResponse")


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
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_source_id = str(self.integration_source_id)

        object_name = self.object_name

        api_identifier = self.api_identifier

        id = str(self.id)

        created_at = self.created_at.isoformat()

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

        null_pct_overall_sent: float | None | Unset = (
            self.null_pct_overall
            if is_present(self._present, "null_pct_overall", self.null_pct_overall)
            else UNSET
        )
        null_pct_overall: float | None | Unset
        if isinstance(null_pct_overall_sent, Unset):
            null_pct_overall = UNSET
        else:
            null_pct_overall = null_pct_overall_sent

        field_null_pct_sent: None | SaasObjectResponseFieldNullPctType0 | Unset = (
            self.field_null_pct
            if is_present(self._present, "field_null_pct", self.field_null_pct)
            else UNSET
        )
        field_null_pct: dict[str, Any] | None | Unset
        if isinstance(field_null_pct_sent, Unset):
            field_null_pct = UNSET
        elif isinstance(field_null_pct_sent, dict):
            field_null_pct = field_null_pct_sent
        else:
            field_null_pct = field_null_pct_sent

        field_distinct_pct_sent: (
            None | SaasObjectResponseFieldDistinctPctType0 | Unset
        ) = (
            self.field_distinct_pct
            if is_present(self._present, "field_distinct_pct", self.field_distinct_pct)
            else UNSET
        )
        field_distinct_pct: dict[str, Any] | None | Unset
        if isinstance(field_distinct_pct_sent, Unset):
            field_distinct_pct = UNSET
        elif isinstance(field_distinct_pct_sent, dict):
            field_distinct_pct = field_distinct_pct_sent
        else:
            field_distinct_pct = field_distinct_pct_sent

        earliest_timestamp_sent: datetime.datetime | None | Unset = (
            self.earliest_timestamp
            if is_present(self._present, "earliest_timestamp", self.earliest_timestamp)
            else UNSET
        )
        earliest_timestamp: None | str | Unset
        if isinstance(earliest_timestamp_sent, Unset):
            earliest_timestamp = UNSET
        elif isinstance(earliest_timestamp_sent, datetime.datetime):
            earliest_timestamp = earliest_timestamp_sent.isoformat()
        else:
            earliest_timestamp = earliest_timestamp_sent

        latest_timestamp_sent: datetime.datetime | None | Unset = (
            self.latest_timestamp
            if is_present(self._present, "latest_timestamp", self.latest_timestamp)
            else UNSET
        )
        latest_timestamp: None | str | Unset
        if isinstance(latest_timestamp_sent, Unset):
            latest_timestamp = UNSET
        elif isinstance(latest_timestamp_sent, datetime.datetime):
            latest_timestamp = latest_timestamp_sent.isoformat()
        else:
            latest_timestamp = latest_timestamp_sent

        date_grain_sent: None | str | Unset = (
            self.date_grain
            if is_present(self._present, "date_grain", self.date_grain)
            else UNSET
        )
        date_grain: None | str | Unset
        if isinstance(date_grain_sent, Unset):
            date_grain = UNSET
        else:
            date_grain = date_grain_sent

        last_load_timestamp_sent: datetime.datetime | None | Unset = (
            self.last_load_timestamp
            if is_present(
                self._present, "last_load_timestamp", self.last_load_timestamp
            )
            else UNSET
        )
        last_load_timestamp: None | str | Unset
        if isinstance(last_load_timestamp_sent, Unset):
            last_load_timestamp = UNSET
        elif isinstance(last_load_timestamp_sent, datetime.datetime):
            last_load_timestamp = last_load_timestamp_sent.isoformat()
        else:
            last_load_timestamp = last_load_timestamp_sent

        load_frequency_sent: None | str | Unset = (
            self.load_frequency
            if is_present(self._present, "load_frequency", self.load_frequency)
            else UNSET
        )
        load_frequency: None | str | Unset
        if isinstance(load_frequency_sent, Unset):
            load_frequency = UNSET
        else:
            load_frequency = load_frequency_sent

        data_latency_minutes_sent: int | None | Unset = (
            self.data_latency_minutes
            if is_present(
                self._present, "data_latency_minutes", self.data_latency_minutes
            )
            else UNSET
        )
        data_latency_minutes: int | None | Unset
        if isinstance(data_latency_minutes_sent, Unset):
            data_latency_minutes = UNSET
        else:
            data_latency_minutes = data_latency_minutes_sent

        is_staging_table_sent: bool | None | Unset = (
            self.is_staging_table
            if is_present(self._present, "is_staging_table", self.is_staging_table)
            else UNSET
        )
        is_staging_table: bool | None | Unset
        if isinstance(is_staging_table_sent, Unset):
            is_staging_table = UNSET
        else:
            is_staging_table = is_staging_table_sent

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
                "integration_source_id": integration_source_id,
                "object_name": object_name,
                "api_identifier": api_identifier,
                "id": id,
                "created_at": created_at,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if description is not UNSET:
            field_dict["description"] = description
        if null_pct_overall is not UNSET:
            field_dict["null_pct_overall"] = null_pct_overall
        if field_null_pct is not UNSET:
            field_dict["field_null_pct"] = field_null_pct
        if field_distinct_pct is not UNSET:
            field_dict["field_distinct_pct"] = field_distinct_pct
        if earliest_timestamp is not UNSET:
            field_dict["earliest_timestamp"] = earliest_timestamp
        if latest_timestamp is not UNSET:
            field_dict["latest_timestamp"] = latest_timestamp
        if date_grain is not UNSET:
            field_dict["date_grain"] = date_grain
        if last_load_timestamp is not UNSET:
            field_dict["last_load_timestamp"] = last_load_timestamp
        if load_frequency is not UNSET:
            field_dict["load_frequency"] = load_frequency
        if data_latency_minutes is not UNSET:
            field_dict["data_latency_minutes"] = data_latency_minutes
        if is_staging_table is not UNSET:
            field_dict["is_staging_table"] = is_staging_table
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
        integration_source_id = UUID(d.pop("integration_source_id"))

        object_name = d.pop("object_name")
        if not isinstance(object_name, str):
            raise TypeError(
                f"object_name: expected a string, got {type(object_name).__name__}"
            )

        api_identifier = d.pop("api_identifier")
        if not isinstance(api_identifier, str):
            raise TypeError(
                f"api_identifier: expected a string, got {type(api_identifier).__name__}"
            )

        id = UUID(d.pop("id"))

        created_at = parse_datetime(d.pop("created_at"))

        updated_at_raw = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None
        if updated_at_raw is None or updated_at_raw is UNSET:
            _types.note_field("SaasObjectResponse", "updated_at", updated_at_raw)
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

        _null_pct_overall = d.pop("null_pct_overall", UNSET)
        null_pct_overall: float | None | Unset
        if _null_pct_overall is None or _null_pct_overall is UNSET:
            null_pct_overall = _null_pct_overall
        else:
            if not isinstance(_null_pct_overall, (int, float)) or isinstance(
                _null_pct_overall, bool
            ):
                raise TypeError(
                    f"null_pct_overall: expected a number, got {type(_null_pct_overall).__name__}"
                )
            null_pct_overall = _null_pct_overall

        _field_null_pct = d.pop("field_null_pct", UNSET)
        field_null_pct: None | SaasObjectResponseFieldNullPctType0 | Unset
        if _field_null_pct is None or _field_null_pct is UNSET:
            field_null_pct = _field_null_pct
        else:
            if not isinstance(_field_null_pct, dict):
                raise TypeError(
                    "field_null_pct"
                    + ": unexpected type "
                    + type(_field_null_pct).__name__
                )
            field_null_pct_type_0 = parse_object(_field_null_pct)

            field_null_pct = field_null_pct_type_0

        _field_distinct_pct = d.pop("field_distinct_pct", UNSET)
        field_distinct_pct: None | SaasObjectResponseFieldDistinctPctType0 | Unset
        if _field_distinct_pct is None or _field_distinct_pct is UNSET:
            field_distinct_pct = _field_distinct_pct
        else:
            if not isinstance(_field_distinct_pct, dict):
                raise TypeError(
                    "field_distinct_pct"
                    + ": unexpected type "
                    + type(_field_distinct_pct).__name__
                )
            field_distinct_pct_type_0 = parse_object(_field_distinct_pct)

            field_distinct_pct = field_distinct_pct_type_0

        _earliest_timestamp = d.pop("earliest_timestamp", UNSET)
        earliest_timestamp: datetime.datetime | None | Unset
        if _earliest_timestamp is None or _earliest_timestamp is UNSET:
            earliest_timestamp = _earliest_timestamp
        else:
            if not isinstance(_earliest_timestamp, str):
                raise TypeError(
                    "earliest_timestamp"
                    + ": unexpected type "
                    + type(_earliest_timestamp).__name__
                )
            earliest_timestamp_type_0 = parse_datetime(_earliest_timestamp)

            earliest_timestamp = earliest_timestamp_type_0

        _latest_timestamp = d.pop("latest_timestamp", UNSET)
        latest_timestamp: datetime.datetime | None | Unset
        if _latest_timestamp is None or _latest_timestamp is UNSET:
            latest_timestamp = _latest_timestamp
        else:
            if not isinstance(_latest_timestamp, str):
                raise TypeError(
                    "latest_timestamp"
                    + ": unexpected type "
                    + type(_latest_timestamp).__name__
                )
            latest_timestamp_type_0 = parse_datetime(_latest_timestamp)

            latest_timestamp = latest_timestamp_type_0

        _date_grain = d.pop("date_grain", UNSET)
        date_grain: None | str | Unset
        if _date_grain is None or _date_grain is UNSET:
            date_grain = _date_grain
        else:
            if not isinstance(_date_grain, str):
                raise TypeError(
                    f"date_grain: expected a string, got {type(_date_grain).__name__}"
                )
            date_grain = _date_grain

        _last_load_timestamp = d.pop("last_load_timestamp", UNSET)
        last_load_timestamp: datetime.datetime | None | Unset
        if _last_load_timestamp is None or _last_load_timestamp is UNSET:
            last_load_timestamp = _last_load_timestamp
        else:
            if not isinstance(_last_load_timestamp, str):
                raise TypeError(
                    "last_load_timestamp"
                    + ": unexpected type "
                    + type(_last_load_timestamp).__name__
                )
            last_load_timestamp_type_0 = parse_datetime(_last_load_timestamp)

            last_load_timestamp = last_load_timestamp_type_0

        _load_frequency = d.pop("load_frequency", UNSET)
        load_frequency: None | str | Unset
        if _load_frequency is None or _load_frequency is UNSET:
            load_frequency = _load_frequency
        else:
            if not isinstance(_load_frequency, str):
                raise TypeError(
                    f"load_frequency: expected a string, got {type(_load_frequency).__name__}"
                )
            load_frequency = _load_frequency

        _data_latency_minutes = d.pop("data_latency_minutes", UNSET)
        data_latency_minutes: int | None | Unset
        if _data_latency_minutes is None or _data_latency_minutes is UNSET:
            data_latency_minutes = _data_latency_minutes
        else:
            if not isinstance(_data_latency_minutes, int) or isinstance(
                _data_latency_minutes, bool
            ):
                raise TypeError(
                    f"data_latency_minutes: expected an integer, got {type(_data_latency_minutes).__name__}"
                )
            data_latency_minutes = _data_latency_minutes

        _is_staging_table = d.pop("is_staging_table", UNSET)
        is_staging_table: bool | None | Unset
        if _is_staging_table is None or _is_staging_table is UNSET:
            is_staging_table = _is_staging_table
        else:
            if not isinstance(_is_staging_table, bool):
                raise TypeError(
                    f"is_staging_table: expected a boolean, got {type(_is_staging_table).__name__}"
                )
            is_staging_table = _is_staging_table

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

        saas_object_response = cls(
            integration_source_id=integration_source_id,
            object_name=object_name,
            api_identifier=api_identifier,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            description=None if isinstance(description, Unset) else description,
            null_pct_overall=None
            if isinstance(null_pct_overall, Unset)
            else null_pct_overall,
            field_null_pct=None
            if isinstance(field_null_pct, Unset)
            else field_null_pct,
            field_distinct_pct=None
            if isinstance(field_distinct_pct, Unset)
            else field_distinct_pct,
            earliest_timestamp=None
            if isinstance(earliest_timestamp, Unset)
            else earliest_timestamp,
            latest_timestamp=None
            if isinstance(latest_timestamp, Unset)
            else latest_timestamp,
            date_grain=None if isinstance(date_grain, Unset) else date_grain,
            last_load_timestamp=None
            if isinstance(last_load_timestamp, Unset)
            else last_load_timestamp,
            load_frequency=None
            if isinstance(load_frequency, Unset)
            else load_frequency,
            data_latency_minutes=None
            if isinstance(data_latency_minutes, Unset)
            else data_latency_minutes,
            is_staging_table=None
            if isinstance(is_staging_table, Unset)
            else is_staging_table,
            is_active=None if isinstance(is_active, Unset) else is_active,
            description_source=None
            if isinstance(description_source, Unset)
            else description_source,
            description_generated_at=None
            if isinstance(description_generated_at, Unset)
            else description_generated_at,
        )
        saas_object_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("SaasObjectResponse", d)

        saas_object_response.additional_properties = d
        return saas_object_response

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
