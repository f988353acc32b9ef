"""The default HTTP transport: httpx's transport API over aiohttp's connection pool.

Why: httpx's own pool collapses under concurrency (see BENCHMARKS.md: at 50 concurrent
requests it is several times slower than aiohttp, and 1,000 requests fired at once through
one ``httpx.AsyncClient`` time out before reaching a server that answers in a millisecond).

Shape: ``HummTransport`` *is* an ``httpx.AsyncHTTPTransport`` and inherits its
``handle_async_request``; only the object in the place of httpcore's connection pool
(``_pool``) differs: ``AiohttpPool`` takes httpcore's ``Request`` and returns httpcore's
``Response`` like httpcore's pool does, over one ``aiohttp.ClientSession``. So everything
httpx does around its pool still happens (httpcore-to-httpx error mapping, response
streams, content decoding) and the mocking libraries find the SDK's requests where they
look for httpx's: pytest-httpx patches ``httpx.AsyncHTTPTransport.handle_async_request``
(inherited here), and respx patches the ``handle_async_request`` of the httpcore pool
classes it lists, to which ``AiohttpPool`` is added when respx is loaded (a patch of the
class, nothing checked per request).

Errors: every aiohttp exception is mapped in ``error_table()`` to the httpcore exception with the
right "was it sent?" meaning: only a connection that was never established counts as "not
sent" (``ConnectError`` / ``ConnectTimeout``); a server that disconnects mid-request or
mid-response is a ``RemoteProtocolError`` / ``ReadError``/ ``WriteError``, so the retry
policy cannot replay a POST the server may have processed. (httpx-aiohttp 0.2 maps every
``aiohttp.ClientConnectionError`` to ``httpx.ConnectTimeout``.)

Event loops: the aiohttp session belongs to the loop it was opened on. It closes itself when
that loop shuts down (an async generator that ``asyncio.run`` finalises), and a later loop
gets a fresh session; a loop that is still open elsewhere is refused before anything is sent.

aiohttp and httpcore are imported when the transport is built (with the client), not by
``import humm_client`` and not by the first request.
"""

from __future__ import annotations

import asyncio
import functools
import os
import ssl
import sys
from collections.abc import AsyncGenerator, Iterable
from typing import TYPE_CHECKING, Any

import httpx
from httpx._decoders import SUPPORTED_DECODERS

from ._exceptions import HummError, InvalidArgumentError
from ._wire import HummRequest, HummResponse

if TYPE_CHECKING:
    import aiohttp
    import httpcore

__all__ = [
    "ACCEPT_ENCODING",
    "DEFAULT_LIMITS",
    "AiohttpPool",
    "HummRequest",
    "HummResponse",
    "HummTransport",
    "certificate_problem",
    "httpx_transport_is_patched",
]

# What httpx can decode here: gzip and deflate always, br and zstd when brotli / zstandard are installed.
ACCEPT_ENCODING = ", ".join(name for name in SUPPORTED_DECODERS if name != "identity")

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=15.0)

VerifyTypes = ssl.SSLContext | str | os.PathLike[str] | bool
CertTypes = str | tuple[str, str] | tuple[str, str, str]
ProxyTypes = str | httpx.URL | httpx.Proxy


def _error_table() -> tuple[tuple[type[BaseException], type[Exception]], ...]:
    """Each aiohttp exception -> the httpcore exception httpx maps to its own.

    Most specific first. The test suite checks that every exception class aiohttp exports
    has its own row, so a new aiohttp release cannot add one that falls through unseen.
    """
    import aiohttp
    import httpcore

    return (
        # Never connected: safe to retry whatever the method (a certificate failure is
        # recognised separately and not retried).
        (aiohttp.ClientConnectorCertificateError, httpcore.ConnectError),
        (aiohttp.ClientConnectorSSLError, httpcore.ConnectError),
        (aiohttp.ClientSSLError, httpcore.ConnectError),
        (aiohttp.ClientConnectorDNSError, httpcore.ConnectError),
        (aiohttp.ClientProxyConnectionError, httpcore.ConnectError),
        (aiohttp.ClientConnectorError, httpcore.ConnectError),
        (aiohttp.ServerFingerprintMismatch, httpcore.ConnectError),
        (aiohttp.ConnectionTimeoutError, httpcore.ConnectTimeout),  # connecting, or waiting for the pool
        (aiohttp.InvalidUrlRedirectClientError, httpcore.UnsupportedProtocol),
        (aiohttp.InvalidUrlClientError, httpcore.UnsupportedProtocol),
        (aiohttp.InvalidURL, httpcore.UnsupportedProtocol),
        (aiohttp.NonHttpUrlRedirectClientError, httpcore.UnsupportedProtocol),
        (aiohttp.NonHttpUrlClientError, httpcore.UnsupportedProtocol),
        # Connected: the server may have seen the request.
        (aiohttp.SocketTimeoutError, httpcore.ReadTimeout),
        (aiohttp.ServerTimeoutError, httpcore.ReadTimeout),
        (aiohttp.ServerDisconnectedError, httpcore.RemoteProtocolError),
        (aiohttp.ServerConnectionError, httpcore.RemoteProtocolError),
        (aiohttp.ClientConnectionResetError, httpcore.WriteError),
        (aiohttp.ClientOSError, httpcore.ReadError),
        (aiohttp.ClientPayloadError, httpcore.ReadError),
        (aiohttp.ClientHttpProxyError, httpcore.ProxyError),  # the proxy refused the tunnel
        (aiohttp.TooManyRedirects, httpcore.RemoteProtocolError),
        (aiohttp.RedirectClientError, httpcore.RemoteProtocolError),
        (aiohttp.WSServerHandshakeError, httpcore.RemoteProtocolError),
        (aiohttp.ContentTypeError, httpcore.RemoteProtocolError),
        (aiohttp.ClientResponseError, httpcore.RemoteProtocolError),  # a malformed response
        (aiohttp.UploadAbortedError, httpcore.WriteError),
        (aiohttp.ClientConnectionError, httpcore.RemoteProtocolError),
        (aiohttp.ClientError, httpcore.RemoteProtocolError),
        (TimeoutError, httpcore.ReadTimeout),
        (ValueError, httpcore.LocalProtocolError),  # aiohttp refusing a header or method: not sent
    )


@functools.cache
def error_table() -> tuple[tuple[type[BaseException], type[Exception]], ...]:
    return _error_table()


def map_error(exc: BaseException) -> Exception:
    """aiohttp's (or asyncio's) exception as the httpcore one; the one place they are mapped."""
    for source, target in error_table():
        if isinstance(exc, source):
            try:
                message = str(exc) or type(exc).__name__
            except Exception:  # an exception built without its arguments
                message = type(exc).__name__
            return target(message)
    raise TypeError(f"not an aiohttp error: {exc!r}")


def certificate_problem(exc: BaseException) -> str | None:
    """Why TLS verification failed, when that is what ``exc`` (or its causes) is about."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return None
        cert_error = getattr(seen, "certificate_error", seen)  # aiohttp keeps ssl's error there
        if isinstance(cert_error, ssl.SSLCertVerificationError):
            return getattr(cert_error, "verify_message", None) or str(cert_error)
        if type(seen).__name__ == "ServerFingerprintMismatch":
            return "the server's certificate does not match the pinned fingerprint"
        seen = seen.__cause__ or seen.__context__
    return None


@functools.cache
def _default_ssl_context(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    """httpx's default context (certifi, or SSL_CERT_FILE / SSL_CERT_DIR): built once per process."""
    if cafile:
        return ssl.create_default_context(cafile=cafile)
    if capath:
        return ssl.create_default_context(capath=capath)
    return httpx.create_ssl_context(verify=True, trust_env=False)


def make_ssl_context(verify: VerifyTypes, cert: CertTypes | None, trust_env: bool) -> ssl.SSLContext:
    """The SSL context for ``verify``/``cert``, with httpx's meaning of each."""
    try:
        if isinstance(verify, ssl.SSLContext):
            context = verify
        elif verify is True:
            env = os.environ if trust_env else {}
            if cert is None:
                return _default_ssl_context(env.get("SSL_CERT_FILE"), env.get("SSL_CERT_DIR"))
            context = httpx.create_ssl_context(verify=True, trust_env=trust_env)
        elif verify is False:
            context = httpx.create_ssl_context(verify=False)
        elif isinstance(verify, (str, os.PathLike)):
            path = os.fspath(verify)
            if os.path.isdir(path):
                context = ssl.create_default_context(capath=path)
            else:
                context = ssl.create_default_context(cafile=path)
        else:
            raise InvalidArgumentError(
                "verify must be True, False, an ssl.SSLContext or the path of a CA bundle"
            )
        if cert is not None:
            if isinstance(cert, str):
                context.load_cert_chain(cert)
            else:
                context.load_cert_chain(*cert)
    except (OSError, ssl.SSLError) as exc:
        raise InvalidArgumentError(f"cannot load the TLS certificates given in verify/cert: {exc}") from None
    return context


def _proxy_kwargs(proxy: ProxyTypes) -> dict[str, Any]:
    """aiohttp's per-request proxy arguments for one proxy."""
    import aiohttp
    from yarl import URL

    try:
        parsed = proxy if isinstance(proxy, httpx.Proxy) else httpx.Proxy(proxy)
    except (ValueError, TypeError, httpx.InvalidURL) as exc:
        raise InvalidArgumentError(f"proxy: {exc}") from None
    if parsed.url.scheme not in ("http", "https"):
        raise InvalidArgumentError(
            f"{parsed.url.scheme} proxies are not supported by the default transport: pass "
            "http_client=httpx.AsyncClient(proxy=...) (with httpx[socks]), or trust_env=False "
            "to ignore the proxy environment variables"
        )
    return {
        "proxy": URL(str(parsed.url)),
        "proxy_auth": aiohttp.BasicAuth(*parsed.auth) if parsed.auth else None,
        "proxy_headers": dict(parsed.headers) or None,
    }


def _proxy_routes(proxy: ProxyTypes | None, trust_env: bool) -> list[tuple[Any, dict[str, Any] | None]]:
    """URL pattern -> proxy arguments (None: connect directly), in httpx's order of precedence.

    Like ``httpx.AsyncClient``: an explicit ``proxy`` applies to every request; otherwise,
    with ``trust_env``, HTTP_PROXY / HTTPS_PROXY / ALL_PROXY and NO_PROXY, read once.
    """
    from httpx._utils import URLPattern, get_environment_proxies

    if proxy is not None:
        return [(URLPattern("all://"), _proxy_kwargs(proxy))]
    if not trust_env:
        return []
    routes = {
        URLPattern(pattern): None if url is None else _proxy_kwargs(url)
        for pattern, url in get_environment_proxies().items()
    }
    return sorted(routes.items(), key=lambda item: item[0])


# Bound by _load() when the first transport is built: the request path does no imports.
_aiohttp: Any = None
_httpcore: Any = None
_URL: Any = None


def _load() -> None:
    global _aiohttp, _httpcore, _URL
    import aiohttp
    import httpcore
    from yarl import URL

    _aiohttp, _httpcore, _URL = aiohttp, httpcore, URL


def _client_timeout(timeout: dict[str, float | None]) -> aiohttp.ClientTimeout:
    """httpx's timeout extension as aiohttp's (pool -> connect, connect -> sock_connect)."""
    result: aiohttp.ClientTimeout = _aiohttp.ClientTimeout(
        total=None,
        connect=timeout.get("pool"),
        sock_connect=timeout.get("connect"),
        sock_read=timeout.get("read"),
    )
    return result


class _Body:
    """A response body already read: one chunk, without an async generator per response."""

    __slots__ = ("_content", "_done")

    def __init__(self, content: bytes) -> None:
        self._content = content
        self._done = False

    def __aiter__(self) -> _Body:
        self._done = False
        return self

    async def __anext__(self) -> bytes:
        if self._done:
            raise StopAsyncIteration
        self._done = True
        return self._content

    async def aclose(self) -> None:
        pass


def _httpx_error(exc: BaseException, request: httpx.Request) -> Exception:
    """aiohttp's exception as httpx's, chained as httpx's own transport chains it."""
    low = map_error(exc)
    low.__cause__ = exc
    high: Exception = getattr(httpx, type(low).__name__)(str(low), request=request)
    high.__cause__ = low
    return high


class _PoolType(type):
    """Keeps ``AiohttpPool.send`` in step with ``AiohttpPool.handle_async_request``.

    ``send`` is the client's fast path. While something replaces ``handle_async_request`` on
    the class (respx does, for the duration of a mock), ``send`` is swapped for the path through
    ``httpx.AsyncHTTPTransport.handle_async_request`` so the replacement sees every request;
    when the original comes back, so does the fast path. Decided when the class changes, not
    checked per request.
    """

    def __setattr__(cls, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        if name == "handle_async_request":
            cls._sync_send()

    def __delattr__(cls, name: str) -> None:
        super().__delattr__(name)
        if name == "handle_async_request":
            cls._sync_send()

    def _sync_send(cls) -> None:
        own = cls.__dict__.get("handle_async_request") is cls.__dict__.get("_own_handle_async_request")
        type.__setattr__(cls, "send", cls.__dict__["_send_direct" if own else "_send_via_httpx"])


class AiohttpPool(metaclass=_PoolType):
    """In the place of httpcore's connection pool: httpcore ``Request`` in, ``Response`` out.

    ``send`` is the default client's path: ``httpx.Request`` in, ``HummResponse`` out, straight
    to aiohttp (see ``_PoolType`` for when it goes through httpx's transport instead).
    """

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext | None,
        limits: httpx.Limits,
        proxy_routes: list[tuple[Any, dict[str, Any] | None]],
    ) -> None:
        self._ssl_context = ssl_context
        self._limits = limits
        self._proxy_routes = proxy_routes
        self._proxy_for_origin: dict[tuple[bytes, bytes, int | None], dict[str, Any]] = {}
        self._origins: dict[tuple[bytes, bytes, int | None], str] = {}
        self._timeout: tuple[object, aiohttp.ClientTimeout | None] = (None, None)
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._guard: AsyncGenerator[None, None] | None = None
        self._closed = False
        self.transport: httpx.AsyncBaseTransport | None = None  # the HummTransport that owns this pool

    # -- the session and its event loop --------------------------------------------------

    async def _open(self, loop: asyncio.AbstractEventLoop) -> aiohttp.ClientSession:
        import aiohttp

        if self._closed:
            raise RuntimeError("Cannot send a request, as the transport has been closed.")
        if self._loop is not None and not self._loop.is_closed():
            raise HummError(
                "This HummClient's connections belong to another event loop that is still open; "
                "nothing was sent. Use one HummClient per event loop."
            )
        # The previous loop (if any) has ended; its session was closed as it shut down.
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry or 15.0,
            # None: no https:// host to reach (see HummTransport's tls), aiohttp's verified default.
            ssl=self._ssl_context if self._ssl_context is not None else True,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,  # httpx decodes, once, from the Content-Encoding it sees
            cookie_jar=aiohttp.DummyCookieJar(),  # an API client keeps no cookies
            skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
        )
        guard = self._close_with_loop(session)
        await guard.__anext__()
        self._session, self._loop, self._guard = session, loop, guard
        return session

    @staticmethod
    async def _close_with_loop(session: aiohttp.ClientSession) -> AsyncGenerator[None, None]:
        """Suspended for the session's lifetime; finalised by aclose() or by the loop's shutdown.

        ``asyncio.run`` (and ``asyncio.Runner``) close every pending async generator before
        closing the loop, so the session's connections close on their own loop instead of
        being left behind on a dead one ("Event loop is closed", "unclosed transport").
        """
        try:
            yield
        finally:
            await session.close()

    # -- one request through aiohttp, for both interfaces --------------------------------

    async def _exchange(
        self,
        method: str,
        url: str,
        headers: Any,
        body: bytes | None,
        timeout: dict[str, float | None],
        origin: tuple[bytes, bytes, int | None],
    ) -> tuple[aiohttp.ClientResponse, bytes]:
        """One request through the loop's session: aiohttp's response (released) and its whole
        body. ``url`` is sent as it is (already percent-encoded); aiohttp's errors propagate."""
        loop = asyncio.get_running_loop()
        session = self._session
        if session is None or self._loop is not loop:
            session = await self._open(loop)
        cached = self._timeout
        if cached[0] is not timeout:  # the client passes the same dict for its default timeout
            cached = self._timeout = (timeout, _client_timeout(timeout))
        proxy = self._proxy_routes and self._route_key(origin)
        async with session.request(
            method,
            _URL(url, encoded=True),
            headers=headers,
            data=body,
            allow_redirects=False,
            timeout=cached[1],
            **(proxy or {}),
        ) as raw:
            content = await raw.read()
        return raw, content

    # -- httpcore's pool interface -------------------------------------------------------

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        url = request.url
        key = (url.scheme, url.host, url.port)
        origin = self._origins.get(key)
        if origin is None:
            origin = self._origin(url)
        stream = request.stream
        if isinstance(stream, httpx.ByteStream):
            body = b"".join(stream)
        else:
            body = b"".join([chunk async for chunk in stream])  # type: ignore[union-attr]
        try:
            response, content = await self._exchange(
                request.method.decode("ascii"),
                origin + url.target.decode("ascii"),
                [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers],
                body or None,
                request.extensions.get("timeout") or {},
                key,
            )
        except (_aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise map_error(exc) from exc
        result: httpcore.Response = _httpcore.Response(
            response.status,
            headers=list(response.raw_headers),
            content=_Body(content),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode()},
        )
        return result

    _own_handle_async_request = handle_async_request

    async def _send_direct(self, request: HummRequest) -> httpx.Response:
        """The fast path: the request's bytes to aiohttp, its answer as an already-read response."""
        target = request.target
        try:
            raw, content = await self._exchange(
                request.method,
                target.text,
                request.fields,
                request.body,
                request.extensions.get("timeout") or {},
                target.origin,
            )
        except (_aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise _httpx_error(exc, request) from exc
        reason = (raw.reason or "").encode()
        encoding = raw.headers.get("Content-Encoding")
        if encoding is None or encoding.lower() == "identity":  # nothing to decode: no decoder pass
            return HummResponse.received(raw.status, list(raw.raw_headers), content, request, reason)
        response = HummResponse(
            raw.status,
            headers=list(raw.raw_headers),
            stream=httpx.ByteStream(content),
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": reason},
        )
        await response.aread()  # httpx decodes gzip/deflate/br/zstd as it would have
        return response

    async def _send_via_httpx(self, request: HummRequest) -> httpx.Response:
        """While ``handle_async_request`` is replaced (a mock): through httpx's transport method."""
        assert self.transport is not None
        response = await self.transport.handle_async_request(request)
        response.request = request
        await response.aread()
        return response

    send = _send_direct

    def _origin(self, url: httpcore.URL) -> str:
        host = url.host.decode("ascii")
        if ":" in host:
            host = f"[{host}]"
        port = f":{url.port}" if url.port is not None else ""
        origin = self._origins[(url.scheme, url.host, url.port)] = (
            f"{url.scheme.decode('ascii')}://{host}{port}"
        )
        return origin

    def _route_key(self, key: tuple[bytes, bytes, int | None]) -> dict[str, Any]:
        """The proxy arguments for this origin (empty: direct), decided once per origin."""
        found = self._proxy_for_origin.get(key)
        if found is None:
            scheme, host, port = key
            origin = httpx.URL(scheme=scheme.decode(), host=host.decode(), port=port)
            found = {}
            for pattern, proxy in self._proxy_routes:
                if pattern.matches(origin):
                    found = proxy or {}
                    break
            self._proxy_for_origin[key] = found
        return found

    async def aclose(self) -> None:
        self._closed = True
        guard, self._guard, self._session = self._guard, None, None
        if guard is None or self._loop is None or self._loop.is_closed():
            return
        if self._loop is asyncio.get_running_loop():
            await guard.aclose()
        else:  # the session's loop runs elsewhere: close it there
            asyncio.run_coroutine_threadsafe(guard.aclose(), self._loop)

    async def __aenter__(self) -> AiohttpPool:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()


class HummTransport(httpx.AsyncHTTPTransport):
    """``httpx.AsyncHTTPTransport`` with aiohttp's connection pool in place of httpcore's.

    The arguments mean what they mean for ``httpx.AsyncHTTPTransport`` / ``httpx.AsyncClient``;
    ``trust_env`` also covers the proxy variables, as it does for ``httpx.AsyncClient``
    (this transport is used without one). ``limits.max_keepalive_connections`` has no aiohttp
    counterpart: every idle connection is kept until ``keepalive_expiry``. ``tls=False`` says
    no ``https://`` host will be called, so the SSL context is not built.
    """

    def __init__(
        self,
        *,
        verify: VerifyTypes = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        proxy: ProxyTypes | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        tls: bool = True,
    ) -> None:
        # Not super().__init__(): it would build the httpcore pool this transport replaces.
        _load()  # aiohttp and httpcore load now, with the client, not in the first request

        if not isinstance(limits, httpx.Limits):
            raise InvalidArgumentError("limits must be an httpx.Limits")
        routes = _proxy_routes(proxy, trust_env)
        # tls=False (the client's hosts are all http://), no proxy, default verify: no context
        # to build (loading the CA bundle costs tens of ms).
        plain = not tls and not routes and verify is True and cert is None
        pool = AiohttpPool(
            ssl_context=None if plain else make_ssl_context(verify, cert, trust_env),
            limits=limits,
            proxy_routes=routes,
        )
        pool.transport = self
        self._pool = pool  # type: ignore[assignment]
        self.pool = pool
        _register_with_respx()


# httpx's own method, as defined by httpx (module and name), not a replacement of it.
def httpx_transport_is_patched() -> bool:
    """Whether something (pytest-httpx) has replaced ``httpx.AsyncHTTPTransport.handle_async_request``.

    Asked once, when a client is built: such a client sends every request through that method.
    """
    method = httpx.AsyncHTTPTransport.handle_async_request
    return (getattr(method, "__module__", None), getattr(method, "__qualname__", None)) != (
        "httpx._transports.default",
        "AsyncHTTPTransport.handle_async_request",
    )


def _register_with_respx() -> None:
    """Let respx's default (httpcore) mocker patch ``AiohttpPool`` as it patches httpcore's pools.

    Runs when a transport is built, only if respx is loaded (under pytest its plugin loads it
    first); the unmocked path is untouched: respx patches the class while a mock is active.
    """
    mocks = sys.modules.get("respx.mocks")
    add_targets = getattr(getattr(mocks, "HTTPCoreMocker", None), "add_targets", None)
    if add_targets is not None:
        add_targets(f"{__name__}.AiohttpPool")


def aiohttp_exception_classes() -> Iterable[type[BaseException]]:
    """Every exception class aiohttp exports for its client (what ``error_table()`` must cover)."""
    import aiohttp

    return [
        value
        for value in vars(aiohttp).values()
        if isinstance(value, type) and issubclass(value, aiohttp.ClientError)
    ]
