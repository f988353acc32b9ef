"""A user's ``httpx.AsyncClient`` or ``httpx2.AsyncClient``, behind the transport contract.

The client is used as it was configured (its proxies, TLS, limits, event hooks, base headers),
with three exceptions that keep the SDK's promises: the SDK's own timeouts replace the client's
(connect and pool phases here; the whole attempt is bounded above, in ``HummClient``), redirects
are not followed, and the body is read raw (``aiter_raw``) so that ``_body`` decodes it under the
size cap. httpx and httpx2 share an API and an exception tree, and so does httpcore with
httpcore2 (which respx's and a mock's side effects raise): one table, by class name, maps all four.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from ._contract import Exchange, NotSent, Phases, Transport, TransportFailure

if TYPE_CHECKING:
    from ._wire import HummRequest

__all__ = ["ERROR_TABLE", "HttpxTransport", "failure", "is_http_client"]

#: Exception class name -> (sent, timed_out, invalid_request), most specific first; the same
#: names in httpx, httpx2, httpcore and httpcore2. Matched along the exception's MRO.
ERROR_TABLE: dict[str, tuple[bool, bool, bool]] = {
    # Never sent: no connection was made, or the request could not be written as given.
    "ConnectTimeout": (False, True, False),
    "PoolTimeout": (False, True, False),
    "ConnectError": (False, False, False),
    "ProxyError": (False, False, False),
    "UnsupportedProtocol": (False, False, True),
    "LocalProtocolError": (False, False, True),
    "InvalidURL": (False, False, True),
    # Sent, or maybe: the server may have acted.
    "ReadTimeout": (True, True, False),
    "WriteTimeout": (True, True, False),
    "TimeoutException": (True, True, False),
    "RemoteProtocolError": (True, False, False),
    "ReadError": (True, False, False),
    "WriteError": (True, False, False),
    "CloseError": (True, False, False),
    "NetworkError": (True, False, False),
    "DecodingError": (True, False, False),
    "TooManyRedirects": (True, False, False),
    "ProtocolError": (True, False, False),
    "TransportError": (True, False, False),
    "RequestError": (True, False, False),
    "HTTPError": (True, False, False),
    "StreamError": (True, False, False),
}


def failure(exc: BaseException) -> TransportFailure:
    """An httpx/httpx2/httpcore/httpcore2 exception as a ``TransportFailure``."""
    for cls in type(exc).__mro__:
        row = ERROR_TABLE.get(cls.__name__)
        if row is not None and cls.__module__.split(".")[0] in ("httpx", "httpx2", "httpcore", "httpcore2"):
            sent, timed_out, invalid = row
            kind = type(exc).__name__
            message = str(exc) or kind
            if invalid:
                message = f"the request cannot be sent as given: {message}"
            if sent:
                return TransportFailure(message, kind=kind, timed_out=timed_out)
            return NotSent(message, kind=kind, timed_out=timed_out, invalid_request=invalid)
    if isinstance(exc, RuntimeError) and "closed" in str(exc):  # "the client has been closed"
        return NotSent("the http_client has been closed", kind=type(exc).__name__)
    return TransportFailure(f"{type(exc).__name__}: {str(exc)[:200]}", kind=type(exc).__name__)


def is_http_client(value: object) -> bool:
    """An ``httpx.AsyncClient`` or ``httpx2.AsyncClient`` (without importing httpx2)."""
    for cls in type(value).__mro__:
        if cls.__name__ == "AsyncClient" and cls.__module__.split(".")[0] in ("httpx", "httpx2"):
            return True
    return False


class _HttpxExchange(Exchange):
    __slots__ = ("_chunks", "_response")

    def __init__(self, response: Any) -> None:
        self._response = response
        self._chunks: AsyncIterator[bytes] = response.aiter_raw()
        self.status = response.status_code
        self.reason = response.reason_phrase.encode("latin-1", "replace")
        self.raw_headers = response.headers.raw
        self.content_encoding = response.headers.get("Content-Encoding")
        self.done = False

    async def read_chunk(self) -> bytes:
        try:
            return await anext(self._chunks, b"")
        except Exception as exc:
            mapped = failure(exc)
        raise mapped  # outside the except block: the native exception is not its __context__

    async def release(self, *, reuse: bool) -> None:
        await self._response.aclose()


class HttpxTransport(Transport):
    """Sends through ``client`` (httpx's or httpx2's ``AsyncClient``); ``owned``: closed with
    the ``HummClient`` (the client the SDK builds for pytest-httpx), else left to its owner."""

    def __init__(self, client: Any, *, owned: bool = False) -> None:
        self._client = client
        self.owned = owned

    @property
    def is_closed(self) -> bool:
        return bool(self._client.is_closed)

    async def send(self, request: HummRequest, phases: Phases) -> Exchange:
        client = self._client
        try:
            native = client.build_request(
                request.method,
                request.target.text,
                headers=request.fields,
                content=request.body,
                timeout=(phases.connect, None, None, phases.pool),  # connect, read, write, pool
            )
            response = await client.send(native, stream=True, follow_redirects=False)
        except Exception as exc:
            mapped = failure(exc)
        else:
            return _HttpxExchange(response)
        raise mapped

    async def aclose(self) -> None:
        if self.owned:
            await self._client.aclose()
