"""with_options and the service-grade constructor arguments, as users type them (mypy --strict only)."""

from __future__ import annotations

import uuid

from humm_client import HummClient
from humm_client.models import IntegrationSourceResponse


async def nightly_sync(source_id: uuid.UUID) -> None:
    async with HummClient(token="...", max_concurrency=20, allow_insecure_http=False) as humm:
        sync: HummClient = humm.with_options(timeout=120.0, max_retries=5, default_headers={"x-job": "sync"})
        src: IntegrationSourceResponse = await sync.integration_sources.update(source_id, name="Warehouse")
        print(src.id)
