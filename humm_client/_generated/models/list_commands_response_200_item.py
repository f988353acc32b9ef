"""ListCommandsResponse200Item: a free-form JSON object (the API docs list no fields for it)."""

from typing import Any, TypeAlias

ListCommandsResponse200Item: TypeAlias = dict[str, Any]
