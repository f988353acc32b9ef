"""A scriptable loopback HTTP/1.1 server for fault tests: each request takes the next action.

Actions are plain tuples so a test reads like the scenario it checks:
    ("respond", status, headers, body)   a complete response
    ("reset_mid_response",)              headers and part of the body, then RST
    ("close_before_headers",)            read the request, close without answering
    ("delay", seconds, action)           wait, then do `action`
    ("truncate", status, body, claimed)  claim `claimed` bytes of body, send `body`, close
When the script runs out, the last action repeats.
"""

from __future__ import annotations

import asyncio
import socket
import struct
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from ..loopback import read_request, write_response

Action = tuple[Any, ...]


def respond(status: int = 200, body: bytes = b"", headers: dict[str, str] | None = None) -> Action:
    return ("respond", status, headers or {"content-type": "application/json"}, body)


class FaultServer:
    def __init__(self) -> None:
        self.script: list[Action] = [respond()]
        self.seen = 0  # complete requests received
        self.paths: list[str] = []
        self.url = ""
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    def play(self, *actions: Action) -> None:
        self.script = list(actions)
        self.seen = 0
        self.paths = []

    def _next(self) -> Action:
        return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while True:
                _, path, _, _ = await read_request(reader)
                self.paths.append(path)
                self.seen += 1
                if not await self._act(self._next(), writer):
                    return
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            return
        finally:
            self._writers.discard(writer)
            if not writer.is_closing():
                writer.close()

    async def _act(self, action: Action, writer: asyncio.StreamWriter) -> bool:
        """Perform one action; False when the connection is gone."""
        kind = action[0]
        if kind == "delay":
            await asyncio.sleep(action[1])
            return await self._act(action[2], writer)
        if kind == "respond":
            _, status, headers, body = action
            await write_response(writer, status, headers, body)
            return True
        if kind == "close_before_headers":
            writer.close()
            return False
        if kind == "truncate":
            _, status, body, claimed = action
            writer.write(f"HTTP/1.1 {status} X\r\ncontent-length: {claimed}\r\n\r\n".encode() + body)
            await writer.drain()
            writer.close()
            return False
        if kind == "reset_mid_response":
            writer.write(
                b'HTTP/1.1 200 OK\r\ncontent-length: 1000\r\ncontent-type: application/json\r\n\r\n{"na'
            )
            await writer.drain()
            sock = writer.get_extra_info("socket")
            if sock is not None:  # SO_LINGER 0: close() sends a TCP RST
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return False
        raise ValueError(f"unknown action {action!r}")

    @asynccontextmanager
    async def running(self) -> AsyncIterator[FaultServer]:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0, limit=2**22)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        try:
            yield self
        finally:
            self._server.close()
            for writer in list(self._writers):
                writer.transport.abort()
            await self._server.wait_closed()


def refused_url() -> str:
    """A loopback address where nothing listens."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"
