"""Contains all the data models used in inputs/outputs"""

from .annotate_widget_body import AnnotateWidgetBody
from .annotate_widget_response_200 import AnnotateWidgetResponse200
from .widget import Widget
from .widget_create import WidgetCreate
from .widget_kind import WidgetKind

__all__ = (
    "AnnotateWidgetBody",
    "AnnotateWidgetResponse200",
    "Widget",
    "WidgetCreate",
    "WidgetKind",
)
