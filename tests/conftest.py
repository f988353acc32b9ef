"""Shared fixtures: a clean environment, the spec, and a client bound to a mocked transport."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from humm_client import HummClient

from .spec import TOKEN


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test sees the developer's HUMM_* variables."""
    for name in ("HUMM_API_TOKEN", "HUMM_BASE_URL", "HUMM_ANALYST_BASE_URL", "HUMM_LOG", "HUMM_TRACING"):
        monkeypatch.delenv(name, raising=False)
    yield


@pytest.fixture(autouse=True)
def _fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backoff waits are tested as pure functions; on the wire they only slow the suite."""
    monkeypatch.setattr("humm_client._retries.INITIAL_RETRY_DELAY", 0.001)
    monkeypatch.setattr("humm_client._retries.MAX_RETRY_DELAY", 0.002)


@pytest.fixture
async def humm() -> AsyncIterator[HummClient]:
    client = HummClient(token=TOKEN, base_url="https://config.test", analyst_base_url="https://analyst.test")
    async with client:
        yield client


@pytest.fixture
def root() -> Path:
    return Path(__file__).resolve().parent.parent
