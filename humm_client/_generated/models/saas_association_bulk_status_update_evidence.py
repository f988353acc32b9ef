"""SaasAssociationBulkStatusUpdateEvidence: a free-form JSON object (the API docs list no fields for it)."""

from typing import Any, TypeAlias

SaasAssociationBulkStatusUpdateEvidence: TypeAlias = dict[str, Any]
