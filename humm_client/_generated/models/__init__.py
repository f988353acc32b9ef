"""The data models of the API's requests and responses (generated from openapi.yaml).

Each model's module is imported on first use; ``from humm_client.models import X`` works as usual.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .command_editor_command_snapshot import CommandEditorCommandSnapshot
    from .command_editor_diff_entry import CommandEditorDiffEntry
    from .command_editor_draft_response import CommandEditorDraftResponse
    from .command_editor_draft_turn_request import CommandEditorDraftTurnRequest
    from .command_editor_field_change import CommandEditorFieldChange
    from .command_editor_thread_create import CommandEditorThreadCreate
    from .command_editor_thread_response import CommandEditorThreadResponse
    from .command_run_response import CommandRunResponse
    from .command_schedule_create import CommandScheduleCreate
    from .command_schedule_response import CommandScheduleResponse
    from .command_schedule_update import CommandScheduleUpdate
    from .command_update import CommandUpdate
    from .connection_status import ConnectionStatus
    from .data_storage_mode import DataStorageMode
    from .description_source import DescriptionSource
    from .entity_link_response import EntityLinkResponse
    from .entity_link_status import EntityLinkStatus
    from .file_upload_column import FileUploadColumn
    from .file_upload_metadata import FileUploadMetadata
    from .http_validation_error import HTTPValidationError
    from .identifier_discovery_method import IdentifierDiscoveryMethod
    from .image_input import ImageInput
    from .integration_source_column_response import IntegrationSourceColumnResponse
    from .integration_source_database_create import IntegrationSourceDatabaseCreate
    from .integration_source_database_response import IntegrationSourceDatabaseResponse
    from .integration_source_relationship_bulk_status_update import (
        IntegrationSourceRelationshipBulkStatusUpdate,
    )
    from .integration_source_relationship_response import (
        IntegrationSourceRelationshipResponse,
    )
    from .integration_source_relationship_update import (
        IntegrationSourceRelationshipUpdate,
    )
    from .integration_source_response import IntegrationSourceResponse
    from .integration_source_update import IntegrationSourceUpdate
    from .member_role import MemberRole
    from .membership_state import MembershipState
    from .memory_create import MemoryCreate
    from .memory_response import MemoryResponse
    from .memory_scope import MemoryScope
    from .memory_status import MemoryStatus
    from .memory_type import MemoryType
    from .memory_update import MemoryUpdate
    from .model_config import ModelConfig
    from .ontology_format import OntologyFormat
    from .ontology_update import OntologyUpdate
    from .organization_member_create import OrganizationMemberCreate
    from .organization_member_response import OrganizationMemberResponse
    from .organization_member_update import OrganizationMemberUpdate
    from .organization_member_user import OrganizationMemberUser
    from .organization_member_with_user import OrganizationMemberWithUser
    from .organization_response import OrganizationResponse
    from .relationship_status import RelationshipStatus
    from .relationship_type import RelationshipType
    from .run_details_response import RunDetailsResponse
    from .saas_association_bulk_status_update import SaasAssociationBulkStatusUpdate
    from .saas_association_response import SaasAssociationResponse
    from .saas_association_update import SaasAssociationUpdate
    from .saas_field_response import SaasFieldResponse
    from .saas_field_update import SaasFieldUpdate
    from .saas_object_response import SaasObjectResponse
    from .schedule_history_response import ScheduleHistoryResponse
    from .source_type import SourceType
    from .start_thread_request import StartThreadRequest
    from .thread_sharing import ThreadSharing
    from .thread_status import ThreadStatus
    from .thread_update import ThreadUpdate
    from .user_identifier_create import UserIdentifierCreate
    from .user_identifier_response import UserIdentifierResponse
    from .validation_error import ValidationError

_MODULES = {
    "CommandEditorCommandSnapshot": ".command_editor_command_snapshot",
    "CommandEditorDiffEntry": ".command_editor_diff_entry",
    "CommandEditorDraftResponse": ".command_editor_draft_response",
    "CommandEditorDraftTurnRequest": ".command_editor_draft_turn_request",
    "CommandEditorFieldChange": ".command_editor_field_change",
    "CommandEditorThreadCreate": ".command_editor_thread_create",
    "CommandEditorThreadResponse": ".command_editor_thread_response",
    "CommandRunResponse": ".command_run_response",
    "CommandScheduleCreate": ".command_schedule_create",
    "CommandScheduleResponse": ".command_schedule_response",
    "CommandScheduleUpdate": ".command_schedule_update",
    "CommandUpdate": ".command_update",
    "ConnectionStatus": ".connection_status",
    "DataStorageMode": ".data_storage_mode",
    "DescriptionSource": ".description_source",
    "EntityLinkResponse": ".entity_link_response",
    "EntityLinkStatus": ".entity_link_status",
    "FileUploadColumn": ".file_upload_column",
    "FileUploadMetadata": ".file_upload_metadata",
    "HTTPValidationError": ".http_validation_error",
    "IdentifierDiscoveryMethod": ".identifier_discovery_method",
    "ImageInput": ".image_input",
    "IntegrationSourceColumnResponse": ".integration_source_column_response",
    "IntegrationSourceDatabaseCreate": ".integration_source_database_create",
    "IntegrationSourceDatabaseResponse": ".integration_source_database_response",
    "IntegrationSourceRelationshipBulkStatusUpdate": ".integration_source_relationship_bulk_status_update",
    "IntegrationSourceRelationshipResponse": ".integration_source_relationship_response",
    "IntegrationSourceRelationshipUpdate": ".integration_source_relationship_update",
    "IntegrationSourceResponse": ".integration_source_response",
    "IntegrationSourceUpdate": ".integration_source_update",
    "MemberRole": ".member_role",
    "MembershipState": ".membership_state",
    "MemoryCreate": ".memory_create",
    "MemoryResponse": ".memory_response",
    "MemoryScope": ".memory_scope",
    "MemoryStatus": ".memory_status",
    "MemoryType": ".memory_type",
    "MemoryUpdate": ".memory_update",
    "ModelConfig": ".model_config",
    "OntologyFormat": ".ontology_format",
    "OntologyUpdate": ".ontology_update",
    "OrganizationMemberCreate": ".organization_member_create",
    "OrganizationMemberResponse": ".organization_member_response",
    "OrganizationMemberUpdate": ".organization_member_update",
    "OrganizationMemberUser": ".organization_member_user",
    "OrganizationMemberWithUser": ".organization_member_with_user",
    "OrganizationResponse": ".organization_response",
    "RelationshipStatus": ".relationship_status",
    "RelationshipType": ".relationship_type",
    "RunDetailsResponse": ".run_details_response",
    "SaasAssociationBulkStatusUpdate": ".saas_association_bulk_status_update",
    "SaasAssociationResponse": ".saas_association_response",
    "SaasAssociationUpdate": ".saas_association_update",
    "SaasFieldResponse": ".saas_field_response",
    "SaasFieldUpdate": ".saas_field_update",
    "SaasObjectResponse": ".saas_object_response",
    "ScheduleHistoryResponse": ".schedule_history_response",
    "SourceType": ".source_type",
    "StartThreadRequest": ".start_thread_request",
    "ThreadSharing": ".thread_sharing",
    "ThreadStatus": ".thread_status",
    "ThreadUpdate": ".thread_update",
    "UserIdentifierCreate": ".user_identifier_create",
    "UserIdentifierResponse": ".user_identifier_response",
    "ValidationError": ".validation_error",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "CommandEditorCommandSnapshot",
    "CommandEditorDiffEntry",
    "CommandEditorDraftResponse",
    "CommandEditorDraftTurnRequest",
    "CommandEditorFieldChange",
    "CommandEditorThreadCreate",
    "CommandEditorThreadResponse",
    "CommandRunResponse",
    "CommandScheduleCreate",
    "CommandScheduleResponse",
    "CommandScheduleUpdate",
    "CommandUpdate",
    "ConnectionStatus",
    "DataStorageMode",
    "DescriptionSource",
    "EntityLinkResponse",
    "EntityLinkStatus",
    "FileUploadColumn",
    "FileUploadMetadata",
    "HTTPValidationError",
    "IdentifierDiscoveryMethod",
    "ImageInput",
    "IntegrationSourceColumnResponse",
    "IntegrationSourceDatabaseCreate",
    "IntegrationSourceDatabaseResponse",
    "IntegrationSourceRelationshipBulkStatusUpdate",
    "IntegrationSourceRelationshipResponse",
    "IntegrationSourceRelationshipUpdate",
    "IntegrationSourceResponse",
    "IntegrationSourceUpdate",
    "MemberRole",
    "MembershipState",
    "MemoryCreate",
    "MemoryResponse",
    "MemoryScope",
    "MemoryStatus",
    "MemoryType",
    "MemoryUpdate",
    "ModelConfig",
    "OntologyFormat",
    "OntologyUpdate",
    "OrganizationMemberCreate",
    "OrganizationMemberResponse",
    "OrganizationMemberUpdate",
    "OrganizationMemberUser",
    "OrganizationMemberWithUser",
    "OrganizationResponse",
    "RelationshipStatus",
    "RelationshipType",
    "RunDetailsResponse",
    "SaasAssociationBulkStatusUpdate",
    "SaasAssociationResponse",
    "SaasAssociationUpdate",
    "SaasFieldResponse",
    "SaasFieldUpdate",
    "SaasObjectResponse",
    "ScheduleHistoryResponse",
    "SourceType",
    "StartThreadRequest",
    "ThreadSharing",
    "ThreadStatus",
    "ThreadUpdate",
    "UserIdentifierCreate",
    "UserIdentifierResponse",
    "ValidationError",
)
