"""The README's quickstart, run against the embedded fake Humm server (``make demo``).

No credentials and no network: ``FakeHumm`` answers in-process, like the real service.
"""

from __future__ import annotations

import asyncio
import uuid

from humm_client import HummClient, NotFoundError, UnprocessableEntityError
from humm_client.testing import FakeHumm


async def quickstart(humm: HummClient, source_id: uuid.UUID, org_id: uuid.UUID) -> None:
    """What an application does with the SDK; nothing here knows it talks to a fake."""
    src = await humm.integration_sources.update(source_id, name="Warehouse", organization_id=org_id)
    print(f"2. renamed the source to {src.name!r} (connection_status={src.connection_status})")

    db = await humm.integration_sources.create_database(source_id, name="analytics")
    print(f"3. added database {db.name!r}: the server applied its defaults (priority={db.priority})")

    try:
        await humm.integration_sources.update(source_id, instance_label="A-LABEL-LONGER-THAN-TWENTY")
    except UnprocessableEntityError as exc:
        print(f"4. 422 caught as UnprocessableEntityError: {exc.detail[0]['loc']} {exc.detail[0]['msg']}")

    try:
        await humm.integration_sources.update(uuid.uuid4(), name="ghost")
    except NotFoundError as exc:
        print(f"5. 404 caught as NotFoundError ({exc.status_code})")


async def main() -> None:
    fake = FakeHumm()
    org_id = uuid.uuid4()
    seeded = fake.add_integration_source(
        name="warehouse-prod", source_type="database", connector_type="postgresql", organization_id=org_id
    )
    print(f"1. seeded integration source {seeded.id} in the fake")
    async with fake.client() as humm:
        await quickstart(humm, seeded.id, org_id)

        fake.fail_next(503, times=2, retry_after=0)
        before = len(fake.requests)
        src = await humm.integration_sources.update(seeded.id, description="nightly sync")
        attempts = len(fake.requests) - before
        print(f"6. two 503s were retried: the PUT succeeded after {attempts} requests ({src.description!r})")


if __name__ == "__main__":
    asyncio.run(main())
