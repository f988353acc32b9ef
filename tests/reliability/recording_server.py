"""A loopback HTTP/1.1 server that records when each request arrived, with its headers, and how
many it was handling at once. A test hands it ``answer(n, headers) -> (status, headers, body,
delay)`` for the n-th request (0-based); the delay is spent before answering, with the request
counted as in flight.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from ..loopback import read_request, write_response

Answer = tuple[int, dict[str, str], bytes, float]


@dataclass
class Arrival:
    at: float  # event-loop time (the client in the test runs on the same loop and clock)
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class RecordingServer:
    answer: Callable[[int, dict[str, str]], Answer]
    arrivals: list[Arrival] = field(default_factory=list)
    answered_at: list[float] = field(default_factory=list)  # when each response was written
    in_flight: int = 0
    max_in_flight: int = 0
    url: str = ""

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        loop = asyncio.get_running_loop()
        try:
            while True:
                method, path, raw, _ = await read_request(reader)
                headers = {name.strip().lower(): value for name, value in raw}
                n = len(self.arrivals)
                self.arrivals.append(Arrival(loop.time(), method, path, headers))
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
                status, response_headers, body, delay = self.answer(n, headers)
                if delay:
                    await asyncio.sleep(delay)
                self.in_flight -= 1  # before writing: the client cannot have the answer yet
                self.answered_at.append(loop.time())
                await write_response(writer, status, response_headers, body)
        except (asyncio.IncompleteReadError, ConnectionError):
            return
        finally:
            writer.close()

    @asynccontextmanager
    async def running(self) -> AsyncIterator[RecordingServer]:
        server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
        try:
            yield self
        finally:
            server.close()
            await server.wait_closed()
