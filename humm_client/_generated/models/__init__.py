"""Contains all the data models used in inputs/outputs"""

from .connection_status import ConnectionStatus
from .description_source import DescriptionSource
from .http_validation_error import HTTPValidationError
from .integration_source_database_create import IntegrationSourceDatabaseCreate
from .integration_source_database_response import IntegrationSourceDatabaseResponse
from .integration_source_response import IntegrationSourceResponse
from .integration_source_response_configuration import (
    IntegrationSourceResponseConfiguration,
)
from .integration_source_update import IntegrationSourceUpdate
from .integration_source_update_configuration_type_0 import (
    IntegrationSourceUpdateConfigurationType0,
)
from .source_type import SourceType
from .validation_error import ValidationError

__all__ = (
    "ConnectionStatus",
    "DescriptionSource",
    "HTTPValidationError",
    "IntegrationSourceDatabaseCreate",
    "IntegrationSourceDatabaseResponse",
    "IntegrationSourceResponse",
    "IntegrationSourceResponseConfiguration",
    "IntegrationSourceUpdate",
    "IntegrationSourceUpdateConfigurationType0",
    "SourceType",
    "ValidationError",
)
