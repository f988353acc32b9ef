"""Cancellation, load and lifecycle under concurrency, over a real loopback server."""

from __future__ import annotations

import asyncio
import json
import random
import uuid
from collections.abc import AsyncIterator

import pytest

from humm_client import ClientClosedError, HummClient, HummError
from humm_client._aiohttp import AiohttpTransport

from .matrix import example
from .server import FaultServer, respond

ID = uuid.UUID("3c90c3cc-0d44-4b50-8888-8dd25736052a")


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with FaultServer().running() as s:
        yield s


def acquired_connections(humm: HummClient) -> int:
    """Connections checked out of the default transport's aiohttp pool (not idle ones)."""
    transport = humm._transport
    assert isinstance(transport, AiohttpTransport)
    assert transport._session is not None
    connector = transport._session.connector
    assert connector is not None
    return len(connector._acquired)


async def test_a_thousand_cancelled_at_random_points_leak_nothing(server: FaultServer) -> None:
    rng = random.Random(7)
    server.play(("delay", 0.02, respond(200, json.dumps(example("PUT")).encode())))
    async with HummClient(token="t", base_url=server.url) as humm:
        tasks = [asyncio.create_task(humm.integration_sources.update(ID, name="x")) for _ in range(1_000)]
        cancelled = rng.sample(tasks, 500)
        for task in cancelled[:250]:  # task.cancel() at random moments
            asyncio.get_running_loop().call_later(rng.uniform(0, 0.3), task.cancel)
        results = await asyncio.gather(*tasks, return_exceptions=True)
        for _ in range(250):  # asyncio.timeout-style deadlines on fresh calls
            try:
                async with asyncio.timeout(rng.uniform(0.001, 0.05)):
                    await humm.integration_sources.update(ID, name="y")
            except TimeoutError:
                pass
        assert all(t.done() for t in tasks)
        assert all(isinstance(r, (asyncio.CancelledError, type(None))) or hasattr(r, "id") for r in results)
        await asyncio.sleep(0.05)
        assert acquired_connections(humm) == 0
        again = await humm.integration_sources.update(ID, name="still works")
        assert again.name == example("PUT")["name"]


async def test_a_thousand_at_once_with_a_three_second_timeout(server: FaultServer) -> None:
    server.play(respond(200, json.dumps(example("PUT")).encode()))
    async with HummClient(token="t", base_url=server.url, timeout=3.0) as humm:
        results = await asyncio.gather(
            *(humm.integration_sources.update(ID, name="x") for _ in range(1_000)), return_exceptions=True
        )
    errors = [r for r in results if isinstance(r, BaseException)]
    assert errors == []
    assert server.seen == 1_000


async def test_aclose_while_requests_are_in_flight_ends_them_cleanly(server: FaultServer) -> None:
    server.play(("delay", 0.2, respond(200, json.dumps(example("PUT")).encode())))
    humm = HummClient(token="t", base_url=server.url)
    tasks = [asyncio.create_task(humm.integration_sources.update(ID, name="x")) for _ in range(20)]
    await asyncio.sleep(0.05)
    await humm.aclose()
    done, pending = await asyncio.wait(tasks, timeout=5)
    assert not pending  # nothing hangs
    for task in done:  # each ended in a result or a typed error, never a bare one
        assert task.exception() is None or isinstance(task.exception(), HummError), repr(task.exception())
    with pytest.raises(ClientClosedError):
        await humm.integration_sources.update(ID, name="after close")


async def test_one_client_shared_by_many_tasks(server: FaultServer) -> None:
    server.play(respond(200, json.dumps(example("PUT")).encode()))
    async with HummClient(token="t", base_url=server.url) as humm:

        async def worker(n: int) -> int:
            for _ in range(n):
                await humm.integration_sources.update(ID, name="x")
            return n

        assert sum(await asyncio.gather(*(worker(20) for _ in range(25)))) == 500
    assert server.seen == 500
