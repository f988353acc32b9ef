"""Client-wide flow control: a shared pause per host, and an optional cap on requests in flight.

Why: when the server answers 429 (or 503) with ``Retry-After``, it asks the *client* for quiet,
not one call. Without a shared pause every other call in flight or started meanwhile still hits
the server, collects its own 429 and retries on its own schedule: a thundering herd. Here the
first such answer pauses every new request from the client to that host until the time given
(bounded at ``MAX_RETRY_AFTER``, as a single call's wait is), and the calls that queued behind
the pause resume one after another over a short window instead of all at once.

Nothing here runs on the default path: ``_send`` calls in only while ``engaged`` is true (a pause
is active or ``max_concurrency`` was given), or on a 429/503 response.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx

from ._logs import logger
from ._retries import retry_after

RequestT = TypeVar("RequestT", bound=httpx.Request)
ResponseT = TypeVar("ResponseT", bound=httpx.Response)

# asyncio is imported where it is used (a client is being built, or a pause is active), not at
# module level: `import humm_client` does not load asyncio (see BENCHMARKS.md, import time).

__all__ = ["PAUSE_STATUSES", "FlowControl"]

#: Statuses whose ``Retry-After`` pauses the whole client's traffic to that host.
PAUSE_STATUSES = frozenset({429, 503})
#: Calls queued behind a pause resume this far apart, in the order they queued...
STAGGER_STEP = 0.01
#: ...spread over at most this long (or the pause's own length, if shorter), then wrapping.
MAX_STAGGER = 1.0


class _Pause:
    __slots__ = ("queued", "until", "window")

    def __init__(self, until: float, window: float) -> None:
        self.until = until  # event-loop time at which the host may be called again
        self.window = window  # how long the resumption of queued calls is spread over
        self.queued = 0  # calls that have queued behind this pause so far (their turn numbers)


class FlowControl:
    """Shared by a client and every ``with_options`` copy of it: one pause table, one cap."""

    __slots__ = ("_pauses", "_slots", "engaged", "max_concurrency")

    def __init__(self, max_concurrency: int | None) -> None:
        import asyncio

        self.max_concurrency = max_concurrency
        self._slots = asyncio.Semaphore(max_concurrency) if max_concurrency is not None else None
        self._pauses: dict[str, _Pause] = {}
        #: Whether ``_send`` has to go through ``send`` (the default path checks only this).
        self.engaged = self._slots is not None

    # -- pauses ------------------------------------------------------------------------

    def note(self, request: httpx.Request, response: httpx.Response) -> None:
        """A 429/503: pause the host for the ``Retry-After`` it gives (none, or over 60 s: no pause)."""
        delay = retry_after(response.headers)
        if delay is None or delay <= 0:
            return
        import asyncio

        host = request.url.netloc.decode("ascii")
        now = asyncio.get_running_loop().time()
        pause = self._pauses.get(host)
        if pause is None or pause.until <= now:
            self._pauses[host] = _Pause(now + delay, min(MAX_STAGGER, delay))
            self.engaged = True
            logger.info(
                "%s answered HTTP %d with Retry-After %.2fs: pausing every request from this client "
                "to it until then",
                host,
                response.status_code,
                delay,
            )
        elif now + delay > pause.until:  # a later answer asks for longer: extend, no new log line
            pause.until = now + delay

    def paused(self, request: httpx.Request) -> bool:
        """Whether the request's host is paused right now (its retry then waits here, not alone)."""
        if not self._pauses:
            return False
        import asyncio

        pause = self._pauses.get(request.url.netloc.decode("ascii"))
        return pause is not None and pause.until > asyncio.get_running_loop().time()

    async def _wait(self, host: str) -> None:
        """Wait out the host's pause, taking a turn so that queued calls resume staggered."""
        import asyncio

        loop = asyncio.get_running_loop()
        while True:
            pause = self._pauses.get(host)
            if pause is None:
                return
            now = loop.time()
            if pause.until <= now:
                del self._pauses[host]
                self.engaged = bool(self._pauses) or self._slots is not None
                return
            turn = pause.queued
            pause.queued += 1
            offset = (turn * STAGGER_STEP) % pause.window if pause.window > 0 else 0.0
            resume = pause.until + offset
            await asyncio.sleep(resume - now)
            if self._pauses.get(host) is pause and pause.until <= resume:
                return  # our turn (a later turn may find the pause already forgotten: also done)

    # -- sending -----------------------------------------------------------------------

    async def send(
        self, request: RequestT, send_once: Callable[[RequestT], Awaitable[ResponseT]]
    ) -> ResponseT:
        """One attempt, after any pause of its host and within ``max_concurrency``."""
        import asyncio

        host = request.url.netloc.decode("ascii")
        slots = self._slots
        while True:
            await self._wait(host)
            if slots is None:
                return await send_once(request)
            await slots.acquire()
            pause = self._pauses.get(host)
            if pause is not None and pause.until > asyncio.get_running_loop().time():
                slots.release()  # a pause began while we queued for a slot: don't hold one through it
                continue
            try:
                return await send_once(request)
            finally:
                slots.release()
