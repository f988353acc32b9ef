"""The evidence behind the default transport: under the fault that matters most for safety
(the server cuts the connection after it may have processed a POST), httpx's transport and
ours report "maybe sent", so the POST is not replayed; httpx-aiohttp 0.2 reports a connect
timeout ("never sent"), so the retry policy would replay it. Speed is in BENCHMARKS.md."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
from httpx_aiohttp import AiohttpTransport as ThirdPartyAiohttpTransport

from humm_client import APIConnectionError, HummClient

from .matrix import example
from .server import FaultServer, respond

ID = uuid.UUID("3c90c3cc-0d44-4b50-8888-8dd25736052a")


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with FaultServer().running() as s:
        yield s


@pytest.mark.parametrize(
    ("transport", "requests_seen"),
    [
        ("humm_client default (HummTransport)", 1),
        ("httpx.AsyncHTTPTransport", 1),
        ("httpx_aiohttp.AiohttpTransport 0.2", 2),  # replayed: the flaw we map around
    ],
)
async def test_post_whose_connection_closes_after_sending(
    server: FaultServer, transport: str, requests_seen: int
) -> None:
    # The server reads the POST, then closes without answering: it may have acted on it.
    server.play(("close_before_headers",), respond(200, json.dumps(example("POST")).encode()))
    http: httpx.AsyncClient | None = None
    if transport.startswith("httpx.Async"):
        http = httpx.AsyncClient()
    elif transport.startswith("httpx_aiohttp"):
        http = httpx.AsyncClient(transport=ThirdPartyAiohttpTransport())
    async with HummClient(token="t", base_url=server.url, http_client=http) as humm:
        try:
            await humm.integration_sources.create_database(ID, name="analytics")
        except APIConnectionError:
            pass
    if http is not None:
        await http.aclose()
    assert server.seen == requests_seen
