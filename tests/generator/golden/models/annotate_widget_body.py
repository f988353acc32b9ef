"""AnnotateWidgetBody: a free-form JSON object (the API docs list no fields for it)."""

from typing import Any, TypeAlias

AnnotateWidgetBody: TypeAlias = dict[str, Any]
