"""The data models of the API's requests and responses (generated from openapi.yaml)."""

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
from .integration_source_relationship_update import IntegrationSourceRelationshipUpdate
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
