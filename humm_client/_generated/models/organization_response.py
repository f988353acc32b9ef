from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_storage_mode import DataStorageMode
from ..models.thread_sharing import ThreadSharing
from ..types import UNSET, Unset, parse_datetime, parse_object

if TYPE_CHECKING:
    from ..models.organization_response_agent_lab_config_type_0 import (
        OrganizationResponseAgentLabConfigType0,
    )
    from ..models.organization_response_business_ontology import (
        OrganizationResponseBusinessOntology,
    )
    from ..models.organization_response_context_modules_config import (
        OrganizationResponseContextModulesConfig,
    )
    from ..models.organization_response_entity_definitions_config_type_0 import (
        OrganizationResponseEntityDefinitionsConfigType0,
    )


T = TypeVar("T", bound="OrganizationResponse")


@_attrs_define
class OrganizationResponse:
    """
    Attributes:
        name (str):
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (None | str | Unset):
        is_active (bool | Unset):  Default: True.
        default_thread_sharing (ThreadSharing | Unset): Thread sharing/visibility setting. Default:
            ThreadSharing.PRIVATE.
        business_ontology (OrganizationResponseBusinessOntology | Unset):
        ontology_version (int | None | Unset):
        ontology_updated_at (datetime.datetime | None | Unset):
        context_modules_config (OrganizationResponseContextModulesConfig | Unset):
        data_storage_mode (DataStorageMode | Unset):  Default: DataStorageMode.HUMM_HOSTED.
        customer_s3_bucket (None | str | Unset):
        customer_s3_region (None | str | Unset):
        customer_aws_access_key_id (None | str | Unset):
        has_customer_aws_secret_access_key (bool | None | Unset):
        customer_iam_role_arn (None | str | Unset):
        entity_definitions_config (None | OrganizationResponseEntityDefinitionsConfigType0 | Unset):
        agent_lab_config (None | OrganizationResponseAgentLabConfigType0 | Unset):
    """

    name: str
    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    is_active: bool | Unset = True
    default_thread_sharing: ThreadSharing | Unset = ThreadSharing.PRIVATE
    business_ontology: OrganizationResponseBusinessOntology | Unset = UNSET
    ontology_version: int | None | Unset = UNSET
    ontology_updated_at: datetime.datetime | None | Unset = UNSET
    context_modules_config: OrganizationResponseContextModulesConfig | Unset = UNSET
    data_storage_mode: DataStorageMode | Unset = DataStorageMode.HUMM_HOSTED
    customer_s3_bucket: None | str | Unset = UNSET
    customer_s3_region: None | str | Unset = UNSET
    customer_aws_access_key_id: None | str | Unset = UNSET
    has_customer_aws_secret_access_key: bool | None | Unset = UNSET
    customer_iam_role_arn: None | str | Unset = UNSET
    entity_definitions_config: (
        None | OrganizationResponseEntityDefinitionsConfigType0 | Unset
    ) = UNSET
    agent_lab_config: None | OrganizationResponseAgentLabConfigType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_active = self.is_active

        default_thread_sharing: str | Unset = UNSET
        if not isinstance(self.default_thread_sharing, Unset):
            default_thread_sharing = ThreadSharing(self.default_thread_sharing).value

        business_ontology: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_ontology, Unset):
            business_ontology = self.business_ontology

        ontology_version: int | None | Unset
        if isinstance(self.ontology_version, Unset):
            ontology_version = UNSET
        else:
            ontology_version = self.ontology_version

        ontology_updated_at: None | str | Unset
        if isinstance(self.ontology_updated_at, Unset):
            ontology_updated_at = UNSET
        elif isinstance(self.ontology_updated_at, datetime.datetime):
            ontology_updated_at = self.ontology_updated_at.isoformat()
        else:
            ontology_updated_at = self.ontology_updated_at

        context_modules_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context_modules_config, Unset):
            context_modules_config = self.context_modules_config

        data_storage_mode: str | Unset = UNSET
        if not isinstance(self.data_storage_mode, Unset):
            data_storage_mode = DataStorageMode(self.data_storage_mode).value

        customer_s3_bucket: None | str | Unset
        if isinstance(self.customer_s3_bucket, Unset):
            customer_s3_bucket = UNSET
        else:
            customer_s3_bucket = self.customer_s3_bucket

        customer_s3_region: None | str | Unset
        if isinstance(self.customer_s3_region, Unset):
            customer_s3_region = UNSET
        else:
            customer_s3_region = self.customer_s3_region

        customer_aws_access_key_id: None | str | Unset
        if isinstance(self.customer_aws_access_key_id, Unset):
            customer_aws_access_key_id = UNSET
        else:
            customer_aws_access_key_id = self.customer_aws_access_key_id

        has_customer_aws_secret_access_key: bool | None | Unset
        if isinstance(self.has_customer_aws_secret_access_key, Unset):
            has_customer_aws_secret_access_key = UNSET
        else:
            has_customer_aws_secret_access_key = self.has_customer_aws_secret_access_key

        customer_iam_role_arn: None | str | Unset
        if isinstance(self.customer_iam_role_arn, Unset):
            customer_iam_role_arn = UNSET
        else:
            customer_iam_role_arn = self.customer_iam_role_arn

        entity_definitions_config: dict[str, Any] | None | Unset
        if isinstance(self.entity_definitions_config, Unset):
            entity_definitions_config = UNSET
        elif isinstance(self.entity_definitions_config, dict):
            entity_definitions_config = self.entity_definitions_config
        else:
            entity_definitions_config = self.entity_definitions_config

        agent_lab_config: dict[str, Any] | None | Unset
        if isinstance(self.agent_lab_config, Unset):
            agent_lab_config = UNSET
        elif isinstance(self.agent_lab_config, dict):
            agent_lab_config = self.agent_lab_config
        else:
            agent_lab_config = self.agent_lab_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if default_thread_sharing is not UNSET:
            field_dict["default_thread_sharing"] = default_thread_sharing
        if business_ontology is not UNSET:
            field_dict["business_ontology"] = business_ontology
        if ontology_version is not UNSET:
            field_dict["ontology_version"] = ontology_version
        if ontology_updated_at is not UNSET:
            field_dict["ontology_updated_at"] = ontology_updated_at
        if context_modules_config is not UNSET:
            field_dict["context_modules_config"] = context_modules_config
        if data_storage_mode is not UNSET:
            field_dict["data_storage_mode"] = data_storage_mode
        if customer_s3_bucket is not UNSET:
            field_dict["customer_s3_bucket"] = customer_s3_bucket
        if customer_s3_region is not UNSET:
            field_dict["customer_s3_region"] = customer_s3_region
        if customer_aws_access_key_id is not UNSET:
            field_dict["customer_aws_access_key_id"] = customer_aws_access_key_id
        if has_customer_aws_secret_access_key is not UNSET:
            field_dict["has_customer_aws_secret_access_key"] = (
                has_customer_aws_secret_access_key
            )
        if customer_iam_role_arn is not UNSET:
            field_dict["customer_iam_role_arn"] = customer_iam_role_arn
        if entity_definitions_config is not UNSET:
            field_dict["entity_definitions_config"] = entity_definitions_config
        if agent_lab_config is not UNSET:
            field_dict["agent_lab_config"] = agent_lab_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        id = UUID(d.pop("id"))

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

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

        is_active = d.pop("is_active", UNSET)
        if not isinstance(is_active, Unset):
            if not isinstance(is_active, bool):
                raise TypeError(
                    f"is_active: expected a boolean, got {type(is_active).__name__}"
                )

        _default_thread_sharing = d.pop("default_thread_sharing", UNSET)
        default_thread_sharing: ThreadSharing | Unset
        if isinstance(_default_thread_sharing, Unset):
            default_thread_sharing = UNSET
        else:
            default_thread_sharing = ThreadSharing(_default_thread_sharing)

        _business_ontology = d.pop("business_ontology", UNSET)
        business_ontology: OrganizationResponseBusinessOntology | Unset
        if isinstance(_business_ontology, Unset):
            business_ontology = UNSET
        else:
            business_ontology = parse_object(_business_ontology)

        _ontology_version = d.pop("ontology_version", UNSET)
        ontology_version: int | None | Unset
        if _ontology_version is None or _ontology_version is UNSET:
            ontology_version = _ontology_version
        else:
            if not isinstance(_ontology_version, int) or isinstance(
                _ontology_version, bool
            ):
                raise TypeError(
                    f"ontology_version: expected an integer, got {type(_ontology_version).__name__}"
                )
            ontology_version = _ontology_version

        _ontology_updated_at = d.pop("ontology_updated_at", UNSET)
        ontology_updated_at: datetime.datetime | None | Unset
        if _ontology_updated_at is None or _ontology_updated_at is UNSET:
            ontology_updated_at = _ontology_updated_at
        else:
            if not isinstance(_ontology_updated_at, str):
                raise TypeError(
                    "ontology_updated_at"
                    + ": unexpected type "
                    + type(_ontology_updated_at).__name__
                )
            ontology_updated_at_type_0 = parse_datetime(_ontology_updated_at)

            ontology_updated_at = ontology_updated_at_type_0

        _context_modules_config = d.pop("context_modules_config", UNSET)
        context_modules_config: OrganizationResponseContextModulesConfig | Unset
        if isinstance(_context_modules_config, Unset):
            context_modules_config = UNSET
        else:
            context_modules_config = parse_object(_context_modules_config)

        _data_storage_mode = d.pop("data_storage_mode", UNSET)
        data_storage_mode: DataStorageMode | Unset
        if isinstance(_data_storage_mode, Unset):
            data_storage_mode = UNSET
        else:
            data_storage_mode = DataStorageMode(_data_storage_mode)

        _customer_s3_bucket = d.pop("customer_s3_bucket", UNSET)
        customer_s3_bucket: None | str | Unset
        if _customer_s3_bucket is None or _customer_s3_bucket is UNSET:
            customer_s3_bucket = _customer_s3_bucket
        else:
            if not isinstance(_customer_s3_bucket, str):
                raise TypeError(
                    f"customer_s3_bucket: expected a string, got {type(_customer_s3_bucket).__name__}"
                )
            customer_s3_bucket = _customer_s3_bucket

        _customer_s3_region = d.pop("customer_s3_region", UNSET)
        customer_s3_region: None | str | Unset
        if _customer_s3_region is None or _customer_s3_region is UNSET:
            customer_s3_region = _customer_s3_region
        else:
            if not isinstance(_customer_s3_region, str):
                raise TypeError(
                    f"customer_s3_region: expected a string, got {type(_customer_s3_region).__name__}"
                )
            customer_s3_region = _customer_s3_region

        _customer_aws_access_key_id = d.pop("customer_aws_access_key_id", UNSET)
        customer_aws_access_key_id: None | str | Unset
        if _customer_aws_access_key_id is None or _customer_aws_access_key_id is UNSET:
            customer_aws_access_key_id = _customer_aws_access_key_id
        else:
            if not isinstance(_customer_aws_access_key_id, str):
                raise TypeError(
                    f"customer_aws_access_key_id: expected a string, got {type(_customer_aws_access_key_id).__name__}"
                )
            customer_aws_access_key_id = _customer_aws_access_key_id

        _has_customer_aws_secret_access_key = d.pop(
            "has_customer_aws_secret_access_key", UNSET
        )
        has_customer_aws_secret_access_key: bool | None | Unset
        if (
            _has_customer_aws_secret_access_key is None
            or _has_customer_aws_secret_access_key is UNSET
        ):
            has_customer_aws_secret_access_key = _has_customer_aws_secret_access_key
        else:
            if not isinstance(_has_customer_aws_secret_access_key, bool):
                raise TypeError(
                    f"has_customer_aws_secret_access_key: expected a boolean, got {type(_has_customer_aws_secret_access_key).__name__}"
                )
            has_customer_aws_secret_access_key = _has_customer_aws_secret_access_key

        _customer_iam_role_arn = d.pop("customer_iam_role_arn", UNSET)
        customer_iam_role_arn: None | str | Unset
        if _customer_iam_role_arn is None or _customer_iam_role_arn is UNSET:
            customer_iam_role_arn = _customer_iam_role_arn
        else:
            if not isinstance(_customer_iam_role_arn, str):
                raise TypeError(
                    f"customer_iam_role_arn: expected a string, got {type(_customer_iam_role_arn).__name__}"
                )
            customer_iam_role_arn = _customer_iam_role_arn

        _entity_definitions_config = d.pop("entity_definitions_config", UNSET)
        entity_definitions_config: (
            None | OrganizationResponseEntityDefinitionsConfigType0 | Unset
        )
        if _entity_definitions_config is None or _entity_definitions_config is UNSET:
            entity_definitions_config = _entity_definitions_config
        else:
            if not isinstance(_entity_definitions_config, dict):
                raise TypeError(
                    "entity_definitions_config"
                    + ": unexpected type "
                    + type(_entity_definitions_config).__name__
                )
            entity_definitions_config_type_0 = parse_object(_entity_definitions_config)

            entity_definitions_config = entity_definitions_config_type_0

        _agent_lab_config = d.pop("agent_lab_config", UNSET)
        agent_lab_config: None | OrganizationResponseAgentLabConfigType0 | Unset
        if _agent_lab_config is None or _agent_lab_config is UNSET:
            agent_lab_config = _agent_lab_config
        else:
            if not isinstance(_agent_lab_config, dict):
                raise TypeError(
                    "agent_lab_config"
                    + ": unexpected type "
                    + type(_agent_lab_config).__name__
                )
            agent_lab_config_type_0 = parse_object(_agent_lab_config)

            agent_lab_config = agent_lab_config_type_0

        organization_response = cls(
            name=name,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            is_active=is_active,
            default_thread_sharing=default_thread_sharing,
            business_ontology=business_ontology,
            ontology_version=ontology_version,
            ontology_updated_at=ontology_updated_at,
            context_modules_config=context_modules_config,
            data_storage_mode=data_storage_mode,
            customer_s3_bucket=customer_s3_bucket,
            customer_s3_region=customer_s3_region,
            customer_aws_access_key_id=customer_aws_access_key_id,
            has_customer_aws_secret_access_key=has_customer_aws_secret_access_key,
            customer_iam_role_arn=customer_iam_role_arn,
            entity_definitions_config=entity_definitions_config,
            agent_lab_config=agent_lab_config,
        )

        organization_response.additional_properties = d
        return organization_response

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
