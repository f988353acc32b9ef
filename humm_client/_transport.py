"""The default HTTP transport: httpx's API over aiohttp's connection pool.

Why: httpx's own pool collapses under concurrency (see BENCHMARKS.md: at 50 concurrent
requests it is several times slower than aiohttp, and 1,000 requests fired at once through
one ``httpx.AsyncClient`` time out before reaching a server that answers in a millisecond).
The generated code needs httpx's ``Request``/``Response``; this transport keeps those and
moves the sockets to aiohttp.

It reads each body whole (the SDK never streams) and maps aiohttp's errors so that only a
connection that was never established counts as "not sent" (``httpx.ConnectError`` /
``httpx.ConnectTimeout``): a server that disconnects mid-request or mid-response is a
``httpx.RemoteProtocolError`` / ``httpx.ReadError``, never a connect error, so the retry
policy cannot replay a POST the server may have processed. (httpx-aiohttp 0.2 maps every
``aiohttp.ClientConnectionError`` to ``httpx.ConnectTimeout``.)

aiohttp is imported when the first client is built, not by ``import humm_client``.
"""

from __future__ import annotations

import asyncio
import ssl
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import aiohttp

__all__ = ["AiohttpTransport", "httpx_is_mocked"]

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=15.0)


def _map_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """aiohttp's exception as the httpx one with the right "was it sent?" meaning."""
    import aiohttp

    message = str(exc) or type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):  # connecting, or waiting for the pool
        return httpx.ConnectTimeout(message, request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):  # refused, DNS, TLS: never connected
        return httpx.ConnectError(message, request=request)
    if isinstance(exc, (aiohttp.SocketTimeoutError, aiohttp.ServerTimeoutError, asyncio.TimeoutError)):
        return httpx.ReadTimeout(message, request=request)
    if isinstance(exc, aiohttp.ClientPayloadError):
        return httpx.ReadError(message, request=request)
    if isinstance(exc, (aiohttp.InvalidURL, aiohttp.NonHttpUrlClientError)):
        return httpx.UnsupportedProtocol(message, request=request)
    # ServerDisconnectedError, ClientOSError on an open connection, protocol errors:
    # the request may have reached the server.
    return httpx.RemoteProtocolError(message, request=request)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` that sends through one ``aiohttp.ClientSession``."""

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_LIMITS,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self._limits = limits
        self._verify = verify
        self._session: aiohttp.ClientSession | None = None
        self._closed = False

    def _open(self) -> aiohttp.ClientSession:
        import aiohttp

        ssl_option: ssl.SSLContext | bool = self._verify
        if ssl_option is True:
            ssl_option = httpx.create_ssl_context()
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry or 15.0,
            ssl=ssl_option,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,  # httpx decodes, from the Content-Encoding it sees
            cookie_jar=aiohttp.DummyCookieJar(),  # an API client keeps no cookies
            skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
        )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import aiohttp
        from yarl import URL

        if self._closed:
            raise RuntimeError("Cannot send a request, as the transport has been closed.")
        if httpx_is_mocked():  # e.g. pytest-httpx: let the mock see the request
            return await httpx.AsyncHTTPTransport().handle_async_request(request)
        session = self._session or self._open()
        timeout = request.extensions.get("timeout") or {}
        body = request.content if "content-length" in request.headers else await request.aread()
        try:
            async with session.request(
                request.method,
                URL(str(request.url), encoded=True),  # keep our percent-encoding as is
                headers=request.headers.multi_items(),
                data=body or None,
                allow_redirects=False,
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    connect=timeout.get("pool"),
                    sock_connect=timeout.get("connect"),
                    sock_read=timeout.get("read"),
                ),
            ) as response:
                content = await response.read()
                status = response.status
                headers: Any = response.raw_headers
                reason = response.reason
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise _map_error(exc, request) from exc
        return httpx.Response(
            status,
            headers=headers,
            content=content,
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (reason or "").encode()},
        )

    async def aclose(self) -> None:
        self._closed = True
        if self._session is not None:
            await self._session.close()


def httpx_is_mocked() -> bool:
    """True while pytest-httpx (or another mock) patches httpx's own transport.

    Then the default transport hands each request to httpx's own transport, so the mock
    sees it (checked per request: a fixture may start mocking after the client exists).
    """
    handler = httpx.AsyncHTTPTransport.handle_async_request
    return not getattr(handler, "__module__", "").startswith("httpx.")
