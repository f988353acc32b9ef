"""The per-tag namespaces of ``HummClient``: generated from openapi.yaml; do not edit.

Each namespace module is imported on first use, so ``import humm_client`` stays cheap.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from humm_client._resource import Requester

if TYPE_CHECKING:
    from .widgets import Widgets

#: Every namespace attribute, for introspection and the contract tests.
NAMESPACES = ("widgets",)


class Namespaces(Requester):
    """Mixin giving the client one attribute per API tag."""

    @cached_property
    def widgets(self) -> Widgets:
        """Operations tagged ``widgets``."""
        from .widgets import Widgets

        return Widgets(self)
