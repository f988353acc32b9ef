"""BulkUpdateIntegrationSourceRelationshipStatusResponse200: a free-form JSON object (the API docs list no fields for it)."""

from typing import Any, TypeAlias

BulkUpdateIntegrationSourceRelationshipStatusResponse200: TypeAlias = dict[str, Any]
