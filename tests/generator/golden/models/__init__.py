"""The data models of the API's requests and responses (generated from openapi.yaml)."""

from .widget import Widget
from .widget_create import WidgetCreate
from .widget_kind import WidgetKind

__all__ = (
    "Widget",
    "WidgetCreate",
    "WidgetKind",
)
