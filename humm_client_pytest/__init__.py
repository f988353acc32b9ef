"""pytest plugin (entry point ``pytest11``): the ``humm_fake`` fixture.

    async def test_sync_job(humm_fake):
        source = humm_fake.add_integration_source(...)
        async with humm_fake.client() as humm:
            ...

A top-level module, outside the ``humm_client`` package, so that loading it costs a pytest
session nothing: it imports neither the SDK nor httpx nor aiohttp until a test asks for
``humm_fake`` (pytest loads every installed plugin into every session).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from humm_client.testing import FakeHumm


@pytest.fixture
def humm_fake() -> FakeHumm:
    """A fresh ``FakeHumm`` per test."""
    from humm_client.testing import FakeHumm  # imported only when a test asks for it

    return FakeHumm()
