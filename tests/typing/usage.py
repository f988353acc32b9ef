"""How users call the SDK, checked by mypy --strict (never executed by pytest)."""

from __future__ import annotations

import uuid

from humm_client import HummClient, NotFoundError, RawResponse, UnprocessableEntityError
from humm_client.models import ConnectionStatus, IntegrationSourceDatabaseResponse, IntegrationSourceResponse


async def main(source_id: uuid.UUID, org_id: str) -> None:
    async with HummClient(token="...", base_url="https://config.heyhumm.ai") as humm:
        src: IntegrationSourceResponse = await humm.integration_sources.update(
            source_id, name="Warehouse", organization_id=org_id
        )
        status: ConnectionStatus | None = src.connection_status or None
        db: IntegrationSourceDatabaseResponse = await humm.integration_sources.create_database(
            str(source_id), name="analytics", priority=1
        )
        raw: RawResponse[IntegrationSourceResponse] = await humm.integration_sources.with_raw_response.update(
            source_id, description=None, timeout=5.0, extra_headers={"X-Trace": "1"}
        )
        parsed: IntegrationSourceResponse = raw.parse()
        print(status, db.priority, parsed.id, raw.status_code)
        try:
            await humm.integration_sources.update(source_id, instance_label="TOO-LONG-A-LABEL-FOR-THE-API")
        except UnprocessableEntityError as exc:
            print(exc.errors[0]["loc"])
        except NotFoundError as exc:
            print(exc.status_code, exc.request_id)
