from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.data_storage_mode import DataStorageMode
from ..models.thread_sharing import ThreadSharing
from ..types import (
    fromisoformat,
    parse_moment,
    parse_uuid,
    uuid_text,
)

T = TypeVar("T", bound="OrganizationResponse")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "name",
        "id",
        "created_at",
        "updated_at",
        "description",
        "is_active",
        "default_thread_sharing",
        "business_ontology",
        "ontology_version",
        "ontology_updated_at",
        "context_modules_config",
        "data_storage_mode",
        "customer_s3_bucket",
        "customer_s3_region",
        "customer_aws_access_key_id",
        "has_customer_aws_secret_access_key",
        "customer_iam_role_arn",
        "entity_definitions_config",
        "agent_lab_config",
    }
)
_DataStorageMode: dict[str, DataStorageMode] = {
    member.value: member for member in DataStorageMode
}
_ThreadSharing: dict[str, ThreadSharing] = {
    member.value: member for member in ThreadSharing
}


@_attrs_define
class OrganizationResponse:
    """
    Attributes:
        name (str):
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (None | str):
        is_active (bool | None):  Default: True.
        default_thread_sharing (ThreadSharing | None): Thread sharing/visibility setting. Default:
            ThreadSharing.PRIVATE.
        business_ontology (dict[str, Any] | None):
        ontology_version (int | None):
        ontology_updated_at (datetime.datetime | None):
        context_modules_config (dict[str, Any] | None):
        data_storage_mode (DataStorageMode | None):  Default: DataStorageMode.HUMM_HOSTED.
        customer_s3_bucket (None | str):
        customer_s3_region (None | str):
        customer_aws_access_key_id (None | str):
        has_customer_aws_secret_access_key (bool | None):
        customer_iam_role_arn (None | str):
        entity_definitions_config (None | dict[str, Any]):
        agent_lab_config (None | dict[str, Any]):
    """

    name: str
    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str = None
    is_active: bool | None = None
    default_thread_sharing: ThreadSharing | None = None
    business_ontology: dict[str, Any] | None = None
    ontology_version: int | None = None
    ontology_updated_at: datetime.datetime | None = None
    context_modules_config: dict[str, Any] | None = None
    data_storage_mode: DataStorageMode | None = None
    customer_s3_bucket: None | str = None
    customer_s3_region: None | str = None
    customer_aws_access_key_id: None | str = None
    has_customer_aws_secret_access_key: bool | None = None
    customer_iam_role_arn: None | str = None
    entity_definitions_config: None | dict[str, Any] = None
    agent_lab_config: None | dict[str, Any] = None
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    #: The datetimes as parsed (created_at, updated_at, ontology_updated_at), to tell them from ones assigned since.
    _moments: tuple[datetime.datetime | None, ...] = _attrs_field(
        default=(), init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        id = self.id
        field_dict["id"] = uuid_text(id)
        created_at = self.created_at
        field_dict["created_at"] = (
            sent["created_at"]
            if sent is not None and created_at is self._moments[0]
            else created_at.isoformat()
        )
        updated_at = self.updated_at
        field_dict["updated_at"] = (
            sent["updated_at"]
            if sent is not None and updated_at is self._moments[1]
            else updated_at.isoformat()
        )
        description = self.description
        if "description" in sent if sent is not None else description is not None:
            field_dict["description"] = description
        is_active = self.is_active
        if is_active is not None and (sent is None or "is_active" in sent):
            field_dict["is_active"] = is_active
        default_thread_sharing = self.default_thread_sharing
        if default_thread_sharing is not None and (
            sent is None or "default_thread_sharing" in sent
        ):
            field_dict["default_thread_sharing"] = (
                default_thread_sharing._value_
                if type(default_thread_sharing) is ThreadSharing
                else ThreadSharing(default_thread_sharing).value
            )
        business_ontology = self.business_ontology
        if business_ontology is not None and (
            sent is None or "business_ontology" in sent
        ):
            field_dict["business_ontology"] = business_ontology
        ontology_version = self.ontology_version
        if (
            "ontology_version" in sent
            if sent is not None
            else ontology_version is not None
        ):
            field_dict["ontology_version"] = ontology_version
        ontology_updated_at = self.ontology_updated_at
        if (
            "ontology_updated_at" in sent
            if sent is not None
            else ontology_updated_at is not None
        ):
            field_dict["ontology_updated_at"] = (
                None
                if ontology_updated_at is None
                else sent["ontology_updated_at"]
                if sent is not None and ontology_updated_at is self._moments[2]
                else ontology_updated_at.isoformat()
            )
        context_modules_config = self.context_modules_config
        if context_modules_config is not None and (
            sent is None or "context_modules_config" in sent
        ):
            field_dict["context_modules_config"] = context_modules_config
        data_storage_mode = self.data_storage_mode
        if data_storage_mode is not None and (
            sent is None or "data_storage_mode" in sent
        ):
            field_dict["data_storage_mode"] = (
                data_storage_mode._value_
                if type(data_storage_mode) is DataStorageMode
                else DataStorageMode(data_storage_mode).value
            )
        customer_s3_bucket = self.customer_s3_bucket
        if (
            "customer_s3_bucket" in sent
            if sent is not None
            else customer_s3_bucket is not None
        ):
            field_dict["customer_s3_bucket"] = customer_s3_bucket
        customer_s3_region = self.customer_s3_region
        if (
            "customer_s3_region" in sent
            if sent is not None
            else customer_s3_region is not None
        ):
            field_dict["customer_s3_region"] = customer_s3_region
        customer_aws_access_key_id = self.customer_aws_access_key_id
        if (
            "customer_aws_access_key_id" in sent
            if sent is not None
            else customer_aws_access_key_id is not None
        ):
            field_dict["customer_aws_access_key_id"] = customer_aws_access_key_id
        has_customer_aws_secret_access_key = self.has_customer_aws_secret_access_key
        if (
            "has_customer_aws_secret_access_key" in sent
            if sent is not None
            else has_customer_aws_secret_access_key is not None
        ):
            field_dict["has_customer_aws_secret_access_key"] = (
                has_customer_aws_secret_access_key
            )
        customer_iam_role_arn = self.customer_iam_role_arn
        if (
            "customer_iam_role_arn" in sent
            if sent is not None
            else customer_iam_role_arn is not None
        ):
            field_dict["customer_iam_role_arn"] = customer_iam_role_arn
        entity_definitions_config = self.entity_definitions_config
        if (
            "entity_definitions_config" in sent
            if sent is not None
            else entity_definitions_config is not None
        ):
            field_dict["entity_definitions_config"] = entity_definitions_config
        agent_lab_config = self.agent_lab_config
        if (
            "agent_lab_config" in sent
            if sent is not None
            else agent_lab_config is not None
        ):
            field_dict["agent_lab_config"] = agent_lab_config
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = src_dict["name"]
        if type(v) is not str:
            raise TypeError(f"name: expected a string, got {type(v).__name__}")
        obj.name = v

        v = src_dict["id"]
        obj.id = parse_uuid(v)

        v = src_dict["created_at"]
        try:
            obj.created_at = created_at = fromisoformat(v)
        except ValueError:  # a rarer ISO form
            obj.created_at = created_at = parse_moment(v)

        v = src_dict["updated_at"]
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

        v = get("is_active")
        if v is None:
            if "is_active" in src_dict:
                raise TypeError("is_active: null, where the spec allows no null")
            missing += 1
            obj.is_active = None
        else:
            if type(v) is not bool:
                raise TypeError(
                    f"is_active: expected a boolean, got {type(v).__name__}"
                )
            obj.is_active = v

        v = get("default_thread_sharing")
        if v is None:
            if "default_thread_sharing" in src_dict:
                raise TypeError(
                    "default_thread_sharing: null, where the spec allows no null"
                )
            missing += 1
            obj.default_thread_sharing = None
        else:
            obj.default_thread_sharing = (
                default_thread_sharing_member
                if (default_thread_sharing_member := _ThreadSharing.get(v)) is not None
                else ThreadSharing(v)
            )

        v = get("business_ontology")
        if v is None:
            if "business_ontology" in src_dict:
                raise TypeError(
                    "business_ontology: null, where the spec allows no null"
                )
            missing += 1
            obj.business_ontology = None
        else:
            if type(v) is not dict:
                raise TypeError(
                    f"business_ontology: expected an object, got {type(v).__name__}"
                )
            obj.business_ontology = v

        v = get("ontology_version")
        if v is None:
            if "ontology_version" not in src_dict:
                missing += 1
            obj.ontology_version = None
        else:
            if type(v) is not int:
                raise TypeError(
                    f"ontology_version: expected an integer, got {type(v).__name__}"
                )
            obj.ontology_version = v

        ontology_updated_at: datetime.datetime | None
        v = get("ontology_updated_at")
        if v is None:
            if "ontology_updated_at" not in src_dict:
                missing += 1
            obj.ontology_updated_at = ontology_updated_at = None
        else:
            try:
                obj.ontology_updated_at = ontology_updated_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.ontology_updated_at = ontology_updated_at = parse_moment(v)

        v = get("context_modules_config")
        if v is None:
            if "context_modules_config" in src_dict:
                raise TypeError(
                    "context_modules_config: null, where the spec allows no null"
                )
            missing += 1
            obj.context_modules_config = None
        else:
            if type(v) is not dict:
                raise TypeError(
                    f"context_modules_config: expected an object, got {type(v).__name__}"
                )
            obj.context_modules_config = v

        v = get("data_storage_mode")
        if v is None:
            if "data_storage_mode" in src_dict:
                raise TypeError(
                    "data_storage_mode: null, where the spec allows no null"
                )
            missing += 1
            obj.data_storage_mode = None
        else:
            obj.data_storage_mode = (
                data_storage_mode_member
                if (data_storage_mode_member := _DataStorageMode.get(v)) is not None
                else DataStorageMode(v)
            )

        v = get("customer_s3_bucket")
        if v is None:
            if "customer_s3_bucket" not in src_dict:
                missing += 1
            obj.customer_s3_bucket = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"customer_s3_bucket: expected a string, got {type(v).__name__}"
                )
            obj.customer_s3_bucket = v

        v = get("customer_s3_region")
        if v is None:
            if "customer_s3_region" not in src_dict:
                missing += 1
            obj.customer_s3_region = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"customer_s3_region: expected a string, got {type(v).__name__}"
                )
            obj.customer_s3_region = v

        v = get("customer_aws_access_key_id")
        if v is None:
            if "customer_aws_access_key_id" not in src_dict:
                missing += 1
            obj.customer_aws_access_key_id = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"customer_aws_access_key_id: expected a string, got {type(v).__name__}"
                )
            obj.customer_aws_access_key_id = v

        v = get("has_customer_aws_secret_access_key")
        if v is None:
            if "has_customer_aws_secret_access_key" not in src_dict:
                missing += 1
            obj.has_customer_aws_secret_access_key = None
        else:
            if type(v) is not bool:
                raise TypeError(
                    f"has_customer_aws_secret_access_key: expected a boolean, got {type(v).__name__}"
                )
            obj.has_customer_aws_secret_access_key = v

        v = get("customer_iam_role_arn")
        if v is None:
            if "customer_iam_role_arn" not in src_dict:
                missing += 1
            obj.customer_iam_role_arn = None
        else:
            if type(v) is not str:
                raise TypeError(
                    f"customer_iam_role_arn: expected a string, got {type(v).__name__}"
                )
            obj.customer_iam_role_arn = v

        v = get("entity_definitions_config")
        if v is None:
            if "entity_definitions_config" not in src_dict:
                missing += 1
            obj.entity_definitions_config = None
        else:
            if type(v) is not dict:
                raise TypeError(
                    f"entity_definitions_config: expected an object, got {type(v).__name__}"
                )
            obj.entity_definitions_config = v

        v = get("agent_lab_config")
        if v is None:
            if "agent_lab_config" not in src_dict:
                missing += 1
            obj.agent_lab_config = None
        else:
            if type(v) is not dict:
                raise TypeError(
                    f"agent_lab_config: expected an object, got {type(v).__name__}"
                )
            obj.agent_lab_config = v

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        obj._moments = (
            created_at,
            updated_at,
            ontology_updated_at,
        )
        if len(src_dict) + missing > 19:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("OrganizationResponse", extra)
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
