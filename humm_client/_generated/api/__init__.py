"""The per-tag namespaces of ``HummClient``: generated from openapi.yaml; do not edit.

Each namespace module is imported on first use, so ``import humm_client`` stays cheap.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from humm_client._resource import Requester

if TYPE_CHECKING:
    from .commands import Commands
    from .entity_links import EntityLinks
    from .integration_sources import IntegrationSources
    from .memories import Memories
    from .ontology import Ontology
    from .organization_members import OrganizationMembers
    from .organizations import Organizations
    from .reports import Reports
    from .schedules import Schedules
    from .threads import Threads
    from .user_identifiers import UserIdentifiers

#: Every namespace attribute, for introspection and the contract tests.
NAMESPACES = (
    "commands",
    "entity_links",
    "integration_sources",
    "memories",
    "ontology",
    "organization_members",
    "organizations",
    "reports",
    "schedules",
    "threads",
    "user_identifiers",
)


class Namespaces(Requester):
    """Mixin giving the client one attribute per API tag."""

    @cached_property
    def commands(self) -> Commands:
        """Operations tagged ``commands``."""
        from .commands import Commands

        return Commands(self)

    @cached_property
    def entity_links(self) -> EntityLinks:
        """Operations tagged ``entity_links``."""
        from .entity_links import EntityLinks

        return EntityLinks(self)

    @cached_property
    def integration_sources(self) -> IntegrationSources:
        """Operations tagged ``integration_sources``."""
        from .integration_sources import IntegrationSources

        return IntegrationSources(self)

    @cached_property
    def memories(self) -> Memories:
        """Operations tagged ``memories``."""
        from .memories import Memories

        return Memories(self)

    @cached_property
    def ontology(self) -> Ontology:
        """Operations tagged ``ontology``."""
        from .ontology import Ontology

        return Ontology(self)

    @cached_property
    def organization_members(self) -> OrganizationMembers:
        """Operations tagged ``organization_members``."""
        from .organization_members import OrganizationMembers

        return OrganizationMembers(self)

    @cached_property
    def organizations(self) -> Organizations:
        """Operations tagged ``organizations``."""
        from .organizations import Organizations

        return Organizations(self)

    @cached_property
    def reports(self) -> Reports:
        """Operations tagged ``reports``."""
        from .reports import Reports

        return Reports(self)

    @cached_property
    def schedules(self) -> Schedules:
        """Operations tagged ``schedules``."""
        from .schedules import Schedules

        return Schedules(self)

    @cached_property
    def threads(self) -> Threads:
        """Operations tagged ``threads``."""
        from .threads import Threads

        return Threads(self)

    @cached_property
    def user_identifiers(self) -> UserIdentifiers:
        """Operations tagged ``user_identifiers``."""
        from .user_identifiers import UserIdentifiers

        return UserIdentifiers(self)
