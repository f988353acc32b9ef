"""Shared fixtures: a clean environment, the spec, and a client talking to a loopback server."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest

from humm_client import HummClient

from .loopback import Loopback
from .spec import TOKEN


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test sees the developer's HUMM_* variables."""
    for name in ("HUMM_API_TOKEN", "HUMM_BASE_URL", "HUMM_ANALYST_BASE_URL", "HUMM_LOG", "HUMM_TRACING"):
        monkeypatch.delenv(name, raising=False)
    # Nor a proxy or CA bundle of the developer's machine: the default transport honours them.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    yield


@pytest.fixture(autouse=True)
def _fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backoff waits are tested as pure functions; on the wire they only slow the suite."""
    monkeypatch.setattr("humm_client._retries.INITIAL_RETRY_DELAY", 0.001)
    monkeypatch.setattr("humm_client._retries.MAX_RETRY_DELAY", 0.002)


@pytest.fixture
async def loopback() -> AsyncIterator[Loopback]:
    """The API on 127.0.0.1 (tests/loopback.py); fails the test on unexpected or unused answers."""
    async with Loopback().running() as server:
        yield server
        server.check()


@pytest.fixture
async def humm(loopback: Loopback) -> AsyncIterator[HummClient]:
    """A default HummClient (the real transport) whose two hosts are the loopback server."""
    client = HummClient(token=TOKEN, base_url=loopback.url, analyst_base_url=loopback.analyst_url)
    async with client:
        yield client


@pytest.fixture
def root() -> Path:
    return Path(__file__).resolve().parent.parent


@pytest.fixture
def drift_log(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> Callable[[], list[str]]:
    """The drift lines logged at INFO on ``humm_client`` so far in the test (from a clean slate:
    drift is reported once per process, so an earlier test must not have used it up)."""
    monkeypatch.setattr("humm_client._drift._reported", set())
    caplog.set_level(logging.INFO, logger="humm_client")
    return lambda: [
        r.getMessage()
        for r in caplog.records
        if r.name == "humm_client" and r.levelno == logging.INFO and "API drift" in r.getMessage()
    ]
