"""Contains all the data models used in inputs/outputs"""

from .bulk_update_integration_source_relationship_status_response_200 import (
    BulkUpdateIntegrationSourceRelationshipStatusResponse200,
)
from .bulk_update_saas_association_status_response_200 import (
    BulkUpdateSaasAssociationStatusResponse200,
)
from .command_editor_command_snapshot import CommandEditorCommandSnapshot
from .command_editor_diff_entry import CommandEditorDiffEntry
from .command_editor_draft_response import CommandEditorDraftResponse
from .command_editor_draft_response_messages_type_0_item import (
    CommandEditorDraftResponseMessagesType0Item,
)
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
from .entity_link_response_evidence_type_0 import EntityLinkResponseEvidenceType0
from .entity_link_status import EntityLinkStatus
from .file_upload_column import FileUploadColumn
from .file_upload_metadata import FileUploadMetadata
from .file_upload_metadata_preview_rows_item import FileUploadMetadataPreviewRowsItem
from .get_command_response_200 import GetCommandResponse200
from .get_ontology_response_200 import GetOntologyResponse200
from .http_validation_error import HTTPValidationError
from .identifier_discovery_method import IdentifierDiscoveryMethod
from .image_input import ImageInput
from .integration_source_column_response import IntegrationSourceColumnResponse
from .integration_source_column_response_format_signature_type_0 import (
    IntegrationSourceColumnResponseFormatSignatureType0,
)
from .integration_source_column_response_length_stats_type_0 import (
    IntegrationSourceColumnResponseLengthStatsType0,
)
from .integration_source_database_create import IntegrationSourceDatabaseCreate
from .integration_source_database_response import IntegrationSourceDatabaseResponse
from .integration_source_relationship_bulk_status_update import (
    IntegrationSourceRelationshipBulkStatusUpdate,
)
from .integration_source_relationship_bulk_status_update_evidence import (
    IntegrationSourceRelationshipBulkStatusUpdateEvidence,
)
from .integration_source_relationship_response import (
    IntegrationSourceRelationshipResponse,
)
from .integration_source_relationship_response_evidence_type_0 import (
    IntegrationSourceRelationshipResponseEvidenceType0,
)
from .integration_source_relationship_update import IntegrationSourceRelationshipUpdate
from .integration_source_relationship_update_evidence import (
    IntegrationSourceRelationshipUpdateEvidence,
)
from .integration_source_response import IntegrationSourceResponse
from .integration_source_response_configuration import (
    IntegrationSourceResponseConfiguration,
)
from .integration_source_update import IntegrationSourceUpdate
from .integration_source_update_configuration_type_0 import (
    IntegrationSourceUpdateConfigurationType0,
)
from .list_commands_response_200_item import ListCommandsResponse200Item
from .member_role import MemberRole
from .membership_state import MembershipState
from .memory_create import MemoryCreate
from .memory_response import MemoryResponse
from .memory_scope import MemoryScope
from .memory_status import MemoryStatus
from .memory_type import MemoryType
from .memory_update import MemoryUpdate
from .model_config import ModelConfig
from .model_config_provider import ModelConfigProvider
from .ontology_format import OntologyFormat
from .ontology_update import OntologyUpdate
from .organization_member_create import OrganizationMemberCreate
from .organization_member_response import OrganizationMemberResponse
from .organization_member_update import OrganizationMemberUpdate
from .organization_member_user import OrganizationMemberUser
from .organization_member_with_user import OrganizationMemberWithUser
from .organization_response import OrganizationResponse
from .organization_response_agent_lab_config_type_0 import (
    OrganizationResponseAgentLabConfigType0,
)
from .organization_response_business_ontology import (
    OrganizationResponseBusinessOntology,
)
from .organization_response_context_modules_config import (
    OrganizationResponseContextModulesConfig,
)
from .organization_response_entity_definitions_config_type_0 import (
    OrganizationResponseEntityDefinitionsConfigType0,
)
from .relationship_status import RelationshipStatus
from .relationship_type import RelationshipType
from .run_details_response import RunDetailsResponse
from .saas_association_bulk_status_update import SaasAssociationBulkStatusUpdate
from .saas_association_bulk_status_update_evidence import (
    SaasAssociationBulkStatusUpdateEvidence,
)
from .saas_association_response import SaasAssociationResponse
from .saas_association_response_evidence_type_0 import (
    SaasAssociationResponseEvidenceType0,
)
from .saas_association_response_metadata_type_0 import (
    SaasAssociationResponseMetadataType0,
)
from .saas_association_update import SaasAssociationUpdate
from .saas_association_update_evidence import SaasAssociationUpdateEvidence
from .saas_association_update_metadata import SaasAssociationUpdateMetadata
from .saas_field_response import SaasFieldResponse
from .saas_field_response_format_signature_type_0 import (
    SaasFieldResponseFormatSignatureType0,
)
from .saas_field_response_length_stats_type_0 import SaasFieldResponseLengthStatsType0
from .saas_field_update import SaasFieldUpdate
from .saas_field_update_format_signature_type_0 import (
    SaasFieldUpdateFormatSignatureType0,
)
from .saas_field_update_length_stats_type_0 import SaasFieldUpdateLengthStatsType0
from .saas_object_response import SaasObjectResponse
from .saas_object_response_field_distinct_pct_type_0 import (
    SaasObjectResponseFieldDistinctPctType0,
)
from .saas_object_response_field_null_pct_type_0 import (
    SaasObjectResponseFieldNullPctType0,
)
from .schedule_history_response import ScheduleHistoryResponse
from .schedule_history_response_pagination import ScheduleHistoryResponsePagination
from .source_type import SourceType
from .start_thread_request import StartThreadRequest
from .start_thread_response_200 import StartThreadResponse200
from .thread_sharing import ThreadSharing
from .thread_status import ThreadStatus
from .thread_update import ThreadUpdate
from .update_command_response_200 import UpdateCommandResponse200
from .update_ontology_response_200 import UpdateOntologyResponse200
from .update_thread_response_200 import UpdateThreadResponse200
from .user_identifier_create import UserIdentifierCreate
from .user_identifier_create_discovery_metadata import (
    UserIdentifierCreateDiscoveryMetadata,
)
from .user_identifier_response import UserIdentifierResponse
from .user_identifier_response_discovery_metadata_type_0 import (
    UserIdentifierResponseDiscoveryMetadataType0,
)
from .validation_error import ValidationError

__all__ = (
    "BulkUpdateIntegrationSourceRelationshipStatusResponse200",
    "BulkUpdateSaasAssociationStatusResponse200",
    "CommandEditorCommandSnapshot",
    "CommandEditorDiffEntry",
    "CommandEditorDraftResponse",
    "CommandEditorDraftResponseMessagesType0Item",
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
    "EntityLinkResponseEvidenceType0",
    "EntityLinkStatus",
    "FileUploadColumn",
    "FileUploadMetadata",
    "FileUploadMetadataPreviewRowsItem",
    "GetCommandResponse200",
    "GetOntologyResponse200",
    "HTTPValidationError",
    "IdentifierDiscoveryMethod",
    "ImageInput",
    "IntegrationSourceColumnResponse",
    "IntegrationSourceColumnResponseFormatSignatureType0",
    "IntegrationSourceColumnResponseLengthStatsType0",
    "IntegrationSourceDatabaseCreate",
    "IntegrationSourceDatabaseResponse",
    "IntegrationSourceRelationshipBulkStatusUpdate",
    "IntegrationSourceRelationshipBulkStatusUpdateEvidence",
    "IntegrationSourceRelationshipResponse",
    "IntegrationSourceRelationshipResponseEvidenceType0",
    "IntegrationSourceRelationshipUpdate",
    "IntegrationSourceRelationshipUpdateEvidence",
    "IntegrationSourceResponse",
    "IntegrationSourceResponseConfiguration",
    "IntegrationSourceUpdate",
    "IntegrationSourceUpdateConfigurationType0",
    "ListCommandsResponse200Item",
    "MemberRole",
    "MembershipState",
    "MemoryCreate",
    "MemoryResponse",
    "MemoryScope",
    "MemoryStatus",
    "MemoryType",
    "MemoryUpdate",
    "ModelConfig",
    "ModelConfigProvider",
    "OntologyFormat",
    "OntologyUpdate",
    "OrganizationMemberCreate",
    "OrganizationMemberResponse",
    "OrganizationMemberUpdate",
    "OrganizationMemberUser",
    "OrganizationMemberWithUser",
    "OrganizationResponse",
    "OrganizationResponseAgentLabConfigType0",
    "OrganizationResponseBusinessOntology",
    "OrganizationResponseContextModulesConfig",
    "OrganizationResponseEntityDefinitionsConfigType0",
    "RelationshipStatus",
    "RelationshipType",
    "RunDetailsResponse",
    "SaasAssociationBulkStatusUpdate",
    "SaasAssociationBulkStatusUpdateEvidence",
    "SaasAssociationResponse",
    "SaasAssociationResponseEvidenceType0",
    "SaasAssociationResponseMetadataType0",
    "SaasAssociationUpdate",
    "SaasAssociationUpdateEvidence",
    "SaasAssociationUpdateMetadata",
    "SaasFieldResponse",
    "SaasFieldResponseFormatSignatureType0",
    "SaasFieldResponseLengthStatsType0",
    "SaasFieldUpdate",
    "SaasFieldUpdateFormatSignatureType0",
    "SaasFieldUpdateLengthStatsType0",
    "SaasObjectResponse",
    "SaasObjectResponseFieldDistinctPctType0",
    "SaasObjectResponseFieldNullPctType0",
    "ScheduleHistoryResponse",
    "ScheduleHistoryResponsePagination",
    "SourceType",
    "StartThreadRequest",
    "StartThreadResponse200",
    "ThreadSharing",
    "ThreadStatus",
    "ThreadUpdate",
    "UpdateCommandResponse200",
    "UpdateOntologyResponse200",
    "UpdateThreadResponse200",
    "UserIdentifierCreate",
    "UserIdentifierCreateDiscoveryMetadata",
    "UserIdentifierResponse",
    "UserIdentifierResponseDiscoveryMetadataType0",
    "ValidationError",
)
