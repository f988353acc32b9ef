"""Raw loopback servers that misbehave, one coroutine per connection, and the clients to meet them.

Each scenario is a handler ``(reader, writer, server) -> None`` run for every connection the
client opens; ``server.requests`` counts the request heads it read, ``server.connections`` the
connections, and ``server.closed`` is set when a connection ends (the client closed it).
Nothing leaves 127.0.0.1; every handler ends when the client goes away or the test ends.
"""

from __future__ import annotations

import asyncio
import json
import ssl
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx

from humm_client import HummClient

from ..reliability.matrix import example
from ..spec import TOKEN

ID = uuid.UUID("3c90c3cc-0d44-4b50-8888-8dd25736052a")
TRANSPORTS = ("aiohttp", "httpx", "httpx2")
GET_BODY = json.dumps(example("GET")).encode()
PUT_BODY = json.dumps(example("PUT")).encode()
POST_BODY = json.dumps(example("POST")).encode()

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter, "RawServer"], Awaitable[None]]


class RawServer:
    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests = 0
        self.connections = 0
        self.closed = asyncio.Event()
        self.url = ""
        self.state: dict[str, Any] = {}
        self._writers: set[asyncio.StreamWriter] = set()

    async def read_head(self, reader: asyncio.StreamReader) -> bytes:
        """One request head (counted); ``asyncio.IncompleteReadError`` when the client has gone."""
        head = await reader.readuntil(b"\r\n\r\n")
        self.requests += 1
        return head

    async def read_request(self, reader: asyncio.StreamReader) -> bytes:
        """One request, head and Content-Length body; returns the head."""
        head = await self.read_head(reader)
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                await reader.readexactly(int(line.split(b":", 1)[1]))
        return head

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._writers.add(writer)
        try:
            await self.handler(reader, writer, self)
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            self._writers.discard(writer)
            writer.transport.abort()
            self.closed.set()

    @asynccontextmanager
    async def running(self, tls: ssl.SSLContext | None = None) -> AsyncIterator[RawServer]:
        server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=2**16, ssl=tls)
        scheme = "https" if tls is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{server.sockets[0].getsockname()[1]}"
        try:
            yield self
        finally:
            server.close()
            for writer in list(self._writers):
                writer.transport.abort()
            await server.wait_closed()


def response(
    status: int, body: bytes, headers: dict[str, str] | None = None, *, close: bool = False
) -> bytes:
    head = f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
    if close:
        head += "connection: close\r\n"
    return head.encode("latin-1") + b"\r\n" + body


@asynccontextmanager
async def client(transport: str, url: str, **kwargs: Any) -> AsyncIterator[HummClient]:
    """A ``HummClient`` for ``url`` over ``transport``: the default pool, or a user's httpx or
    httpx2 client, as a user would pass it."""
    kwargs.setdefault("token", TOKEN)
    if transport == "aiohttp":
        async with HummClient(base_url=url, **kwargs) as humm:
            yield humm
        return
    module: Any = httpx
    if transport == "httpx2":
        import httpx2

        module = httpx2
    proxy = kwargs.pop("proxy", None)
    verify = kwargs.pop("verify", True)
    async with module.AsyncClient(proxy=proxy, verify=verify, trust_env=False) as http:
        async with HummClient(base_url=url, http_client=http, **kwargs) as humm:
            yield humm


def chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and every exception reachable from it through ``__cause__`` and ``__context__``."""
    seen: list[BaseException] = []
    todo = [exc]
    while todo:
        current = todo.pop()
        if any(current is s for s in seen):
            continue
        seen.append(current)
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]
    return seen
