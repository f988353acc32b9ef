from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.data_storage_mode import DataStorageMode
from ..models.thread_sharing import ThreadSharing
from ..types import UNSET, Unset, is_present, parse_datetime, parse_object

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
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        is_active_sent: bool | Unset = (
            self.is_active
            if is_present(self._present, "is_active", self.is_active)
            and self.is_active is not None
            else UNSET
        )
        is_active = is_active_sent

        default_thread_sharing_sent: ThreadSharing | Unset = (
            self.default_thread_sharing
            if is_present(
                self._present, "default_thread_sharing", self.default_thread_sharing
            )
            and self.default_thread_sharing is not None
            else UNSET
        )
        default_thread_sharing: str | Unset = UNSET
        if not isinstance(default_thread_sharing_sent, Unset):
            default_thread_sharing = ThreadSharing(default_thread_sharing_sent).value

        business_ontology_sent: OrganizationResponseBusinessOntology | Unset = (
            self.business_ontology
            if is_present(self._present, "business_ontology", self.business_ontology)
            and self.business_ontology is not None
            else UNSET
        )
        business_ontology: dict[str, Any] | Unset = UNSET
        if not isinstance(business_ontology_sent, Unset):
            business_ontology = business_ontology_sent

        ontology_version_sent: int | None | Unset = (
            self.ontology_version
            if is_present(self._present, "ontology_version", self.ontology_version)
            else UNSET
        )
        ontology_version: int | None | Unset
        if isinstance(ontology_version_sent, Unset):
            ontology_version = UNSET
        else:
            ontology_version = ontology_version_sent

        ontology_updated_at_sent: datetime.datetime | None | Unset = (
            self.ontology_updated_at
            if is_present(
                self._present, "ontology_updated_at", self.ontology_updated_at
            )
            else UNSET
        )
        ontology_updated_at: None | str | Unset
        if isinstance(ontology_updated_at_sent, Unset):
            ontology_updated_at = UNSET
        elif isinstance(ontology_updated_at_sent, datetime.datetime):
            ontology_updated_at = ontology_updated_at_sent.isoformat()
        else:
            ontology_updated_at = ontology_updated_at_sent

        context_modules_config_sent: (
            OrganizationResponseContextModulesConfig | Unset
        ) = (
            self.context_modules_config
            if is_present(
                self._present, "context_modules_config", self.context_modules_config
            )
            and self.context_modules_config is not None
            else UNSET
        )
        context_modules_config: dict[str, Any] | Unset = UNSET
        if not isinstance(context_modules_config_sent, Unset):
            context_modules_config = context_modules_config_sent

        data_storage_mode_sent: DataStorageMode | Unset = (
            self.data_storage_mode
            if is_present(self._present, "data_storage_mode", self.data_storage_mode)
            and self.data_storage_mode is not None
            else UNSET
        )
        data_storage_mode: str | Unset = UNSET
        if not isinstance(data_storage_mode_sent, Unset):
            data_storage_mode = DataStorageMode(data_storage_mode_sent).value

        customer_s3_bucket_sent: None | str | Unset = (
            self.customer_s3_bucket
            if is_present(self._present, "customer_s3_bucket", self.customer_s3_bucket)
            else UNSET
        )
        customer_s3_bucket: None | str | Unset
        if isinstance(customer_s3_bucket_sent, Unset):
            customer_s3_bucket = UNSET
        else:
            customer_s3_bucket = customer_s3_bucket_sent

        customer_s3_region_sent: None | str | Unset = (
            self.customer_s3_region
            if is_present(self._present, "customer_s3_region", self.customer_s3_region)
            else UNSET
        )
        customer_s3_region: None | str | Unset
        if isinstance(customer_s3_region_sent, Unset):
            customer_s3_region = UNSET
        else:
            customer_s3_region = customer_s3_region_sent

        customer_aws_access_key_id_sent: None | str | Unset = (
            self.customer_aws_access_key_id
            if is_present(
                self._present,
                "customer_aws_access_key_id",
                self.customer_aws_access_key_id,
            )
            else UNSET
        )
        customer_aws_access_key_id: None | str | Unset
        if isinstance(customer_aws_access_key_id_sent, Unset):
            customer_aws_access_key_id = UNSET
        else:
            customer_aws_access_key_id = customer_aws_access_key_id_sent

        has_customer_aws_secret_access_key_sent: bool | None | Unset = (
            self.has_customer_aws_secret_access_key
            if is_present(
                self._present,
                "has_customer_aws_secret_access_key",
                self.has_customer_aws_secret_access_key,
            )
            else UNSET
        )
        has_customer_aws_secret_access_key: bool | None | Unset
        if isinstance(has_customer_aws_secret_access_key_sent, Unset):
            has_customer_aws_secret_access_key = UNSET
        else:
            has_customer_aws_secret_access_key = has_customer_aws_secret_access_key_sent

        customer_iam_role_arn_sent: None | str | Unset = (
            self.customer_iam_role_arn
            if is_present(
                self._present, "customer_iam_role_arn", self.customer_iam_role_arn
            )
            else UNSET
        )
        customer_iam_role_arn: None | str | Unset
        if isinstance(customer_iam_role_arn_sent, Unset):
            customer_iam_role_arn = UNSET
        else:
            customer_iam_role_arn = customer_iam_role_arn_sent

        entity_definitions_config_sent: (
            None | OrganizationResponseEntityDefinitionsConfigType0 | Unset
        ) = (
            self.entity_definitions_config
            if is_present(
                self._present,
                "entity_definitions_config",
                self.entity_definitions_config,
            )
            else UNSET
        )
        entity_definitions_config: dict[str, Any] | None | Unset
        if isinstance(entity_definitions_config_sent, Unset):
            entity_definitions_config = UNSET
        elif isinstance(entity_definitions_config_sent, dict):
            entity_definitions_config = entity_definitions_config_sent
        else:
            entity_definitions_config = entity_definitions_config_sent

        agent_lab_config_sent: (
            None | OrganizationResponseAgentLabConfigType0 | Unset
        ) = (
            self.agent_lab_config
            if is_present(self._present, "agent_lab_config", self.agent_lab_config)
            else UNSET
        )
        agent_lab_config: dict[str, Any] | None | Unset
        if isinstance(agent_lab_config_sent, Unset):
            agent_lab_config = UNSET
        elif isinstance(agent_lab_config_sent, dict):
            agent_lab_config = agent_lab_config_sent
        else:
            agent_lab_config = agent_lab_config_sent

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
            description=None if isinstance(description, Unset) else description,
            is_active=None if isinstance(is_active, Unset) else is_active,
            default_thread_sharing=None
            if isinstance(default_thread_sharing, Unset)
            else default_thread_sharing,
            business_ontology=None
            if isinstance(business_ontology, Unset)
            else business_ontology,
            ontology_version=None
            if isinstance(ontology_version, Unset)
            else ontology_version,
            ontology_updated_at=None
            if isinstance(ontology_updated_at, Unset)
            else ontology_updated_at,
            context_modules_config=None
            if isinstance(context_modules_config, Unset)
            else context_modules_config,
            data_storage_mode=None
            if isinstance(data_storage_mode, Unset)
            else data_storage_mode,
            customer_s3_bucket=None
            if isinstance(customer_s3_bucket, Unset)
            else customer_s3_bucket,
            customer_s3_region=None
            if isinstance(customer_s3_region, Unset)
            else customer_s3_region,
            customer_aws_access_key_id=None
            if isinstance(customer_aws_access_key_id, Unset)
            else customer_aws_access_key_id,
            has_customer_aws_secret_access_key=None
            if isinstance(has_customer_aws_secret_access_key, Unset)
            else has_customer_aws_secret_access_key,
            customer_iam_role_arn=None
            if isinstance(customer_iam_role_arn, Unset)
            else customer_iam_role_arn,
            entity_definitions_config=None
            if isinstance(entity_definitions_config, Unset)
            else entity_definitions_config,
            agent_lab_config=None
            if isinstance(agent_lab_config, Unset)
            else agent_lab_config,
        )
        organization_response._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("OrganizationResponse", d)

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
