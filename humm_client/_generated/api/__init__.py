"""The per-tag namespaces of ``HummClient``: generated from openapi.yaml; do not edit.

Each namespace module is imported on first use, so ``import humm_client`` stays cheap.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from humm_client._resource import Requester

if TYPE_CHECKING:
    from .integration_sources import IntegrationSources

#: Every namespace attribute, for introspection and the contract tests.
NAMESPACES = ("integration_sources",)


class Namespaces(Requester):
    """Mixin giving the client one attribute per API tag."""

    @cached_property
    def integration_sources(self) -> IntegrationSources:
        """Operations tagged ``integration_sources``."""
        from .integration_sources import IntegrationSources

        return IntegrationSources(self)
