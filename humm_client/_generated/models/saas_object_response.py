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
        updated_at (datetime.datetime):
        description (None | str | Unset):
        null_pct_overall (float | None | Unset):
        field_null_pct (None | SaasObjectResponseFieldNullPctType0 | Unset):
        field_distinct_pct (None | SaasObjectResponseFieldDistinctPctType0 | Unset):
        earliest_timestamp (datetime.datetime | None | Unset):
        latest_timestamp (datetime.datetime | None | Unset):
        date_grain (None | str | Unset):
        last_load_timestamp (datetime.datetime | None | Unset):
        load_frequency (None | str | Unset):
        data_latency_minutes (int | None | Unset):
        is_staging_table (bool | None | Unset):
        is_active (bool | None | Unset):
        description_source (DescriptionSource | None | Unset):
        description_generated_at (datetime.datetime | None | Unset):
    """

    integration_source_id: UUID
    object_name: str
    api_identifier: str
    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    null_pct_overall: float | None | Unset = UNSET
    field_null_pct: None | SaasObjectResponseFieldNullPctType0 | Unset = UNSET
    field_distinct_pct: None | SaasObjectResponseFieldDistinctPctType0 | Unset = UNSET
    earliest_timestamp: datetime.datetime | None | Unset = UNSET
    latest_timestamp: datetime.datetime | None | Unset = UNSET
    date_grain: None | str | Unset = UNSET
    last_load_timestamp: datetime.datetime | None | Unset = UNSET
    load_frequency: None | str | Unset = UNSET
    data_latency_minutes: int | None | Unset = UNSET
    is_staging_table: bool | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    description_source: DescriptionSource | None | Unset = UNSET
    description_generated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_source_id = str(self.integration_source_id)

        object_name = self.object_name

        api_identifier = self.api_identifier

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        null_pct_overall: float | None | Unset
        if isinstance(self.null_pct_overall, Unset):
            null_pct_overall = UNSET
        else:
            null_pct_overall = self.null_pct_overall

        field_null_pct: dict[str, Any] | None | Unset
        if isinstance(self.field_null_pct, Unset):
            field_null_pct = UNSET
        elif isinstance(self.field_null_pct, dict):
            field_null_pct = self.field_null_pct
        else:
            field_null_pct = self.field_null_pct

        field_distinct_pct: dict[str, Any] | None | Unset
        if isinstance(self.field_distinct_pct, Unset):
            field_distinct_pct = UNSET
        elif isinstance(self.field_distinct_pct, dict):
            field_distinct_pct = self.field_distinct_pct
        else:
            field_distinct_pct = self.field_distinct_pct

        earliest_timestamp: None | str | Unset
        if isinstance(self.earliest_timestamp, Unset):
            earliest_timestamp = UNSET
        elif isinstance(self.earliest_timestamp, datetime.datetime):
            earliest_timestamp = self.earliest_timestamp.isoformat()
        else:
            earliest_timestamp = self.earliest_timestamp

        latest_timestamp: None | str | Unset
        if isinstance(self.latest_timestamp, Unset):
            latest_timestamp = UNSET
        elif isinstance(self.latest_timestamp, datetime.datetime):
            latest_timestamp = self.latest_timestamp.isoformat()
        else:
            latest_timestamp = self.latest_timestamp

        date_grain: None | str | Unset
        if isinstance(self.date_grain, Unset):
            date_grain = UNSET
        else:
            date_grain = self.date_grain

        last_load_timestamp: None | str | Unset
        if isinstance(self.last_load_timestamp, Unset):
            last_load_timestamp = UNSET
        elif isinstance(self.last_load_timestamp, datetime.datetime):
            last_load_timestamp = self.last_load_timestamp.isoformat()
        else:
            last_load_timestamp = self.last_load_timestamp

        load_frequency: None | str | Unset
        if isinstance(self.load_frequency, Unset):
            load_frequency = UNSET
        else:
            load_frequency = self.load_frequency

        data_latency_minutes: int | None | Unset
        if isinstance(self.data_latency_minutes, Unset):
            data_latency_minutes = UNSET
        else:
            data_latency_minutes = self.data_latency_minutes

        is_staging_table: bool | None | Unset
        if isinstance(self.is_staging_table, Unset):
            is_staging_table = UNSET
        else:
            is_staging_table = self.is_staging_table

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
                "integration_source_id": integration_source_id,
                "object_name": object_name,
                "api_identifier": api_identifier,
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
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
        from ..models.saas_object_response_field_distinct_pct_type_0 import (
            SaasObjectResponseFieldDistinctPctType0,  # noqa: PLC0415
        )
        from ..models.saas_object_response_field_null_pct_type_0 import (
            SaasObjectResponseFieldNullPctType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        integration_source_id = UUID(d.pop("integration_source_id"))

        object_name = d.pop("object_name")

        api_identifier = d.pop("api_identifier")

        id = UUID(d.pop("id"))

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_null_pct_overall(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        null_pct_overall = _parse_null_pct_overall(d.pop("null_pct_overall", UNSET))

        def _parse_field_null_pct(
            data: object,
        ) -> None | SaasObjectResponseFieldNullPctType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_null_pct_type_0 = parse_object(data)

                return field_null_pct_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SaasObjectResponseFieldNullPctType0 | Unset, data)

        field_null_pct = _parse_field_null_pct(d.pop("field_null_pct", UNSET))

        def _parse_field_distinct_pct(
            data: object,
        ) -> None | SaasObjectResponseFieldDistinctPctType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_distinct_pct_type_0 = parse_object(data)

                return field_distinct_pct_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SaasObjectResponseFieldDistinctPctType0 | Unset, data)

        field_distinct_pct = _parse_field_distinct_pct(
            d.pop("field_distinct_pct", UNSET)
        )

        def _parse_earliest_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                earliest_timestamp_type_0 = parse_datetime(data)

                return earliest_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        earliest_timestamp = _parse_earliest_timestamp(
            d.pop("earliest_timestamp", UNSET)
        )

        def _parse_latest_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_timestamp_type_0 = parse_datetime(data)

                return latest_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        latest_timestamp = _parse_latest_timestamp(d.pop("latest_timestamp", UNSET))

        def _parse_date_grain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_grain = _parse_date_grain(d.pop("date_grain", UNSET))

        def _parse_last_load_timestamp(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_load_timestamp_type_0 = parse_datetime(data)

                return last_load_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_load_timestamp = _parse_last_load_timestamp(
            d.pop("last_load_timestamp", UNSET)
        )

        def _parse_load_frequency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        load_frequency = _parse_load_frequency(d.pop("load_frequency", UNSET))

        def _parse_data_latency_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_latency_minutes = _parse_data_latency_minutes(
            d.pop("data_latency_minutes", UNSET)
        )

        def _parse_is_staging_table(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_staging_table = _parse_is_staging_table(d.pop("is_staging_table", UNSET))

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

        saas_object_response = cls(
            integration_source_id=integration_source_id,
            object_name=object_name,
            api_identifier=api_identifier,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            null_pct_overall=null_pct_overall,
            field_null_pct=field_null_pct,
            field_distinct_pct=field_distinct_pct,
            earliest_timestamp=earliest_timestamp,
            latest_timestamp=latest_timestamp,
            date_grain=date_grain,
            last_load_timestamp=last_load_timestamp,
            load_frequency=load_frequency,
            data_latency_minutes=data_latency_minutes,
            is_staging_table=is_staging_table,
            is_active=is_active,
            description_source=description_source,
            description_generated_at=description_generated_at,
        )

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
