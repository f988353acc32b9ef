"""A user's code and tests, typed end to end: checked by mypy --strict in `make test` (not run).

Reads optional response fields without ``Unset``, passes enum values as plain strings, and
uses the fake's fixture and client with their real types.
"""

from __future__ import annotations

import uuid

from humm_client import AsyncPaginator, HummClient, RawResponse
from humm_client.models import (
    ConnectionStatus,
    IntegrationSourceResponse,
    OrganizationMemberWithUser,
    RelationshipStatus,
)
from humm_client.testing import FakeHumm


async def read_optional_fields(humm: HummClient, source_id: uuid.UUID) -> int:
    src = await humm.integration_sources.update(source_id, connection_status="connected")
    capabilities: list[str] | None = src.capabilities
    status: ConnectionStatus | None = src.connection_status
    label: str | None = src.instance_label
    print(status, label, capabilities)
    return len(src.capabilities or [])  # no Unset anywhere in the way


async def enums_as_strings(humm: HummClient, org_id: str) -> None:
    await humm.integration_sources.bulk_update_relationship_status(
        organization_id=org_id, relationship_ids=[], status="APPROVED"
    )
    await humm.integration_sources.bulk_update_relationship_status(
        organization_id=org_id, relationship_ids=[], status=RelationshipStatus.REJECTED
    )


async def pages(humm: HummClient, org_id: str) -> None:
    listing: AsyncPaginator[list[OrganizationMemberWithUser], OrganizationMemberWithUser] = (
        humm.organization_members.list(org_id)
    )
    async for member in listing.iterate():
        print(member.id)


async def per_call_options(humm: HummClient, source_id: uuid.UUID) -> None:
    raw: RawResponse[IntegrationSourceResponse] = await humm.integration_sources.with_raw_response.update(
        source_id, name="x", timeout=2.0, max_retries=0
    )
    print(raw.parse().description)


async def test_with_the_fake(humm_fake: FakeHumm) -> None:
    source: IntegrationSourceResponse = humm_fake.add_integration_source(
        name="Warehouse", source_type="database", connector_type="postgresql", organization_id=uuid.uuid4()
    )
    async with humm_fake.client(max_retries=0) as humm:
        client: HummClient = humm
        renamed = await client.integration_sources.update(source.id, name="Renamed")
        assert renamed.description is None or isinstance(renamed.description, str)
