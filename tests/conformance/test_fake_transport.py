"""The same promises on the in-process fake's transport (``FakeHumm.client()``): deadlines, size
limits, encodings, redaction and attempt counts hold there as on the wire."""

from __future__ import annotations

import asyncio
import gzip
import pickle
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import pytest

from humm_client import APIConnectionError, APITimeoutError, ResponseTooLargeError
from humm_client._asgi import ASGITransport
from humm_client._client import over_transport
from humm_client.testing import FakeHumm

from ..spec import TOKEN
from .servers import GET_BODY, ID, chain

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
SLACK = 1.5


async def test_a_slow_fake_times_out_within_the_timeout() -> None:
    fake = FakeHumm(latency=5.0)
    org = fake.add_organization(name="Acme")
    async with fake.client() as humm:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            await asyncio.wait_for(humm.organizations.get(org.id, timeout=0.2), 10)
    assert time.monotonic() - started < 0.2 + SLACK
    assert info.value.attempts == 3  # a GET: retried, each attempt bounded
    assert len(fake.requests) == 3


class App:
    """An ASGI app answering every request with ``headers`` and ``chunks`` (one ``delay`` apart)."""

    def __init__(self, chunks: list[bytes], headers: list[tuple[bytes, bytes]], delay: float = 0.0) -> None:
        self.chunks, self.headers, self.delay = chunks, headers, delay
        self.calls = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.calls += 1
        await send({"type": "http.response.start", "status": 200, "headers": self.headers})
        for i, chunk in enumerate(self.chunks):
            await asyncio.sleep(self.delay)
            await send({"type": "http.response.body", "body": chunk, "more_body": i < len(self.chunks) - 1})


def over(app: App, **kwargs: Any) -> Any:
    return over_transport(ASGITransport(app), token=TOKEN, base_url="https://config.humm.fake", **kwargs)


async def test_a_drip_fed_body_from_the_app_times_out() -> None:
    app = App([bytes([b]) for b in GET_BODY], [(b"content-type", b"application/json")], delay=0.2)
    async with over(app, max_retries=0, timeout=1.0) as humm:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await asyncio.wait_for(humm.organizations.get(ID), 10)
    assert time.monotonic() - started < 1.0 + SLACK
    assert app.calls == 1


async def test_a_compression_bomb_from_the_app_stops_at_the_cap() -> None:
    bomb = gzip.compress(b" " * (16 << 20), 9)
    app = App([bomb], [(b"content-encoding", b"gzip")])
    async with over(app, max_response_size=1 << 20) as humm:
        with pytest.raises(ResponseTooLargeError, match="max_response_size"):
            await humm.organizations.get(ID)
    assert app.calls == 1


async def test_an_app_that_fails_is_a_connection_error_without_secrets() -> None:
    fake = FakeHumm()
    org = fake.add_organization(name="Acme")
    fake.drop_next(times=3)
    async with fake.client() as humm:
        with pytest.raises(APIConnectionError) as info:
            await humm.organizations.get(org.id)
    assert info.value.attempts == 3 and len(fake.requests) == 3
    for link in chain(info.value):
        assert TOKEN not in repr(link) and "fake-humm-token" not in repr(link)
    assert b"fake-humm-token" not in pickle.dumps(info.value)


async def test_a_closed_fake_client_closes_its_children() -> None:
    fake = FakeHumm()
    org = fake.add_organization(name="Acme")
    humm = fake.client()
    child = humm.with_options(timeout=5.0)
    await child.organizations.get(org.id)
    await humm.aclose()
    from humm_client import ClientClosedError

    with pytest.raises(ClientClosedError):
        await child.organizations.get(org.id)
