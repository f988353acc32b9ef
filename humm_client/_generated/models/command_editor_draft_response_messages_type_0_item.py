"""CommandEditorDraftResponseMessagesType0Item: a free-form JSON object (the API docs list no fields for it)."""

from typing import Any, TypeAlias

CommandEditorDraftResponseMessagesType0Item: TypeAlias = dict[str, Any]
