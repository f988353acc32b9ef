"""The transport contract: what ``HummClient`` needs from whatever carries its requests.

Why: the SDK's promises (deadlines, attempt counts, size limits, redaction, error classes) are
kept once, in ``HummClient``, above this interface, so they hold whichever HTTP stack carries the
call. A transport only moves bytes: one request in, and either an ``Exchange`` (status, raw
headers, the body's still-encoded chunks) or a ``TransportFailure`` that says whether the server
can have seen the request. It does no retries, no decoding, no timeouts of its own beyond the
connect and pool phases (so that a connect failure can be told "not sent"), and keeps no secrets
in its failures: each implementation maps its native exceptions in one table and raises a
``TransportFailure`` built from the class name and a message, never the native exception.

Implementations: ``_aiohttp.AiohttpTransport`` (the default pool), ``_httpx.HttpxTransport`` (a
user's ``httpx.AsyncClient`` or ``httpx2.AsyncClient``), ``_asgi.ASGITransport`` (the in-process
fake of ``humm_client.testing``).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._wire import HummRequest

__all__ = ["Exchange", "NotSent", "Phases", "Transport", "TransportFailure"]


@dataclass(frozen=True, slots=True)
class Phases:
    """The parts of an attempt a transport bounds itself (the client bounds the whole attempt).

    ``connect``: establishing a connection (TCP, TLS, a proxy tunnel); ``pool``: waiting for a free
    connection. Exceeding either is a ``NotSent`` timeout: nothing reached the server.
    """

    connect: float | None
    pool: float | None


class TransportFailure(Exception):
    """A transport could not complete an exchange. ``sent``: whether the server may have seen it.

    Built by a transport's one mapping table from the native exception's class and message; it is
    raised *instead of* the native exception (whose ``repr`` may hold request headers), with no
    ``__cause__`` or ``__context__`` of its own (see ``HummClient``).
    """

    sent: bool = True
    #: A read or write ran out of time (a deadline of the transport's own; rare: see Phases).
    timed_out: bool = False
    #: The native exception's class name, for messages ("ServerDisconnectedError").
    kind: str

    def __init__(
        self,
        message: str,
        *,
        kind: str,
        timed_out: bool = False,
        certificate: str | None = None,
        invalid_request: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.timed_out = timed_out
        #: Why TLS verification failed, when it did (never retried).
        self.certificate = certificate
        #: The transport refused the request as given (a header or URL it cannot send).
        self.invalid_request = invalid_request

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_failure, (type(self), self.message, self.__dict__))


def _rebuild_failure(cls: type[TransportFailure], message: str, state: dict[str, object]) -> TransportFailure:
    failure = cls.__new__(cls)
    Exception.__init__(failure, message)
    failure.__dict__.update(state)
    return failure


class NotSent(TransportFailure):
    """Nothing of the request reached the server: safe to retry whatever the method."""

    sent = False


class Exchange(ABC):
    """A response whose status and headers have arrived; the body is read with ``read_chunk``."""

    __slots__ = ("content_encoding", "done", "raw_headers", "reason", "status")

    status: int
    reason: bytes
    #: The header fields as received: (name, value) byte pairs, in order.
    raw_headers: list[tuple[bytes, bytes]] | tuple[tuple[bytes, bytes], ...]
    #: Set once the body is known to be complete (saves asking for the empty last chunk).
    done: bool
    #: The Content-Encoding header's value, if any (each transport has a fast lookup for it).
    content_encoding: str | None

    @abstractmethod
    async def read_chunk(self) -> bytes:
        """The next chunk of the body as sent (still Content-Encoded); ``b""`` at its end.

        Raises ``TransportFailure`` (``sent=True``) when the body breaks off.
        """

    @abstractmethod
    async def release(self, *, reuse: bool) -> None:
        """Done with this exchange: the connection goes back to the pool only if ``reuse`` and the
        body was read to its end; otherwise it is closed. Safe to call more than once."""


class Transport(ABC):
    """Sends one request; never retries, decodes or redacts (``HummClient`` does)."""

    #: Whether ``HummClient`` closes this transport with itself (False for a user's client).
    owned: bool = True

    @abstractmethod
    async def send(self, request: HummRequest, phases: Phases) -> Exchange:
        """Send ``request`` (method, URL text, header dict and body bytes, as built by the
        client) and return once the response head has arrived. Raises ``TransportFailure``."""

    @abstractmethod
    async def aclose(self) -> None:
        """Close the connections this transport owns."""

    @property
    @abstractmethod
    def is_closed(self) -> bool:
        """Whether the underlying client can no longer send (closed by its owner)."""
