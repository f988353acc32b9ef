"""The data models of the API's requests and responses (generated from openapi.yaml).

Each model's module is imported on first use; ``from humm_client.models import X`` works as usual.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .widget import Widget
    from .widget_create import WidgetCreate
    from .widget_kind import WidgetKind

_MODULES = {
    "Widget": ".widget",
    "WidgetCreate": ".widget_create",
    "WidgetKind": ".widget_kind",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "Widget",
    "WidgetCreate",
    "WidgetKind",
)
