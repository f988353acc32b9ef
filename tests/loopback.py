"""A programmable HTTP/1.1 server on 127.0.0.1 for the client tests, with pytest-httpx's API.

The client tests send through the real default transport (aiohttp's pool over a socket),
the path users take; this server plays the API. As with ``httpx_mock``: queue answers with
``add_response(...)``, read what arrived with ``get_request()`` / ``get_requests()`` (each an
``httpx.Request`` rebuilt from the bytes received: method, URL from the Host header, headers
in order and case as sent, body). Each queued answer is used once; a request with nothing
queued gets a 500 and fails the test at teardown, as does an answer never requested.

Two listeners share one queue: ``url`` for the config API and ``analyst_url`` for the
Analyst API, so a test can tell which host a call went to.
"""

from __future__ import annotations

import asyncio
import json as jsonlib
import ssl
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx


async def read_request(reader: asyncio.StreamReader) -> tuple[str, str, list[tuple[str, str]], bytes]:
    """One HTTP/1.1 request off the stream: method, target, headers as sent, body (Content-Length).

    Shared by the project's loopback test servers; raises ``asyncio.IncompleteReadError`` when the
    client closes the connection.
    """
    head = await reader.readuntil(b"\r\n\r\n")
    request_line, *lines = head.decode("latin-1").rstrip("\r\n").split("\r\n")
    method, target, _ = request_line.split(" ", 2)
    headers = [(name, value.strip()) for name, _, value in (line.partition(":") for line in lines)]
    length = sum(int(v) for k, v in headers if k.lower() == "content-length")
    body = await reader.readexactly(length) if length else b""
    return method, target, headers, body


async def write_response(
    writer: asyncio.StreamWriter, status: int, headers: Mapping[str, str], body: bytes
) -> None:
    """A complete HTTP/1.1 response with a Content-Length."""
    head = f"HTTP/1.1 {status} X\r\ncontent-length: {len(body)}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    writer.write(head.encode("latin-1") + b"\r\n" + body)
    await writer.drain()


@dataclass
class Answer:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0  # seconds before answering (timeouts)
    disconnect: bool = False  # read the request, close without answering


class Loopback:
    def __init__(self) -> None:
        self.url = ""
        self.analyst_url = ""
        self._answers: list[Answer] = []
        self._requests: list[httpx.Request] = []
        self._unexpected: list[str] = []
        self._servers: list[asyncio.Server] = []
        self._writers: set[asyncio.StreamWriter] = set()
        self._scheme = "http"
        self.connections = 0  # accepted (for TLS: handshaken) connections

    # -- the test's side ------------------------------------------------------------------

    def add_response(
        self,
        status_code: int = 200,
        *,
        json: Any = None,
        text: str | None = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
    ) -> None:
        """Queue one answer (JSON body when ``json`` is given, like ``httpx_mock.add_response``)."""
        out = {k.lower(): v for k, v in (headers or {}).items()}
        body = b""
        if json is not None:
            body = jsonlib.dumps(json).encode()
            out.setdefault("content-type", "application/json")
        elif text is not None:
            body = text.encode()
            out.setdefault("content-type", "text/plain; charset=utf-8")
        elif content is not None:
            body = content
        self._answers.append(Answer(status_code, out, body, delay))

    def add_disconnect(self) -> None:
        """The next request is read in full, then the connection closes without an answer."""
        self._answers.append(Answer(disconnect=True))

    def get_requests(self) -> list[httpx.Request]:
        return list(self._requests)

    def get_request(self) -> httpx.Request | None:
        assert len(self._requests) <= 1, f"{len(self._requests)} requests, expected at most one"
        return self._requests[0] if self._requests else None

    def reset(self) -> None:
        self._answers.clear()
        self._requests.clear()
        self._unexpected.clear()

    def check(self) -> None:
        """What pytest-httpx checks at teardown: nothing unexpected sent, every answer used."""
        assert not self._unexpected, f"requests with no answer queued: {self._unexpected}"
        assert not self._answers, f"{len(self._answers)} queued answer(s) never requested"

    # -- the server's side ----------------------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        self.connections += 1
        try:
            while True:
                method, target, raw, body = await read_request(reader)
                host = next((v for k, v in raw if k.lower() == "host"), "")
                request = httpx.Request(
                    method, f"{self._scheme}://{host}{target}", headers=raw, stream=httpx.ByteStream(body)
                )
                request.read()
                self._requests.append(request)
                if not self._answers:
                    self._unexpected.append(f"{method} {target}")
                    answer = Answer(500, {"content-type": "text/plain"}, b"no answer queued")
                else:
                    answer = self._answers.pop(0)
                if answer.delay:
                    await asyncio.sleep(answer.delay)
                if answer.disconnect:
                    return
                await write_response(writer, answer.status, answer.headers, answer.body)
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            return
        finally:
            self._writers.discard(writer)
            if not writer.is_closing():
                writer.close()

    @asynccontextmanager
    async def running(self, tls: ssl.SSLContext | None = None) -> AsyncIterator[Loopback]:
        """Serve until the block ends; over TLS (https:// URLs) when given a server context."""
        for _ in range(2):
            server = await asyncio.start_server(self._handle, "127.0.0.1", 0, limit=2**22, ssl=tls)
            self._servers.append(server)
        ports = [s.sockets[0].getsockname()[1] for s in self._servers]
        self._scheme = "https" if tls else "http"
        self.url, self.analyst_url = (f"{self._scheme}://127.0.0.1:{port}" for port in ports)
        try:
            yield self
        finally:
            for server in self._servers:
                server.close()
            for writer in list(self._writers):
                writer.transport.abort()
            for server in self._servers:
                await server.wait_closed()
