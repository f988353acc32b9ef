"""The default transport: one ``aiohttp.ClientSession`` per event loop, behind the contract.

Why aiohttp: httpx's own pool collapses under concurrency (BENCHMARKS.md: at 50 concurrent
requests it is several times slower, and 1,000 requests fired at once through one
``httpx.AsyncClient`` time out before reaching a server that answers in a millisecond).

What it does, and nothing more (see ``_contract``): the request's method, URL text, headers and
body go to aiohttp as they are; the response head comes back with the body's raw chunks
(``auto_decompress=False``: ``_body`` decodes, under the size cap). aiohttp's own habits that
would break the SDK's promises are turned off here:

- its hidden resend of an idempotent request when a reused connection drops
  (``ClientSession._retry_connection``, aiohttp >= 3.11): the client owns every attempt;
- reusing an idle pooled connection the server has already closed: before a pooled connection
  is reused its socket is checked, as httpcore does, and one with anything to read (the server's
  FIN, or stray bytes) is closed instead, so the request goes on a fresh connection rather than
  failing as "maybe sent";
- ``aiohttp.BasicAuth`` for proxy credentials (deprecated, it warns): the ``Proxy-Authorization``
  header is written here, and its value is given to the client's redactor.

Errors: ``failure()`` maps every aiohttp exception, in one table of classes every supported
aiohttp has (>= 3.11), to a ``TransportFailure``: only a connection that was never established
is ``NotSent``; a disconnect mid-request or mid-response may have been processed.

Mocks: respx's default mocker patches ``handle_async_request`` of the httpcore pool classes it
lists; ``AiohttpTransport`` is added to them, and keeps such a method (httpcore ``Request`` in,
``Response`` out). While it is replaced, ``send`` goes through it (see ``_MockSeam``).

Event loops: the session belongs to the loop it was opened on; it closes itself when that loop
shuts down, and a later loop gets a fresh session.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import io
import os
import select
import ssl
import sys
from abc import ABCMeta
from collections.abc import AsyncGenerator, Iterable
from typing import TYPE_CHECKING, Any

import httpx

from ._contract import Exchange, NotSent, Phases, Transport, TransportFailure
from ._exceptions import HummError, InvalidArgumentError

if TYPE_CHECKING:
    import aiohttp
    import httpcore

    from ._wire import HummRequest

__all__ = [
    "DEFAULT_LIMITS",
    "AiohttpTransport",
    "aiohttp_exception_classes",
    "certificate_problem",
    "error_table",
    "failure",
]

#: Past this, a body goes to aiohttp as a BytesIO (same bytes; raw bytes that large make it warn).
_LARGE_BODY = 1 << 20

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=15.0)

VerifyTypes = ssl.SSLContext | str | os.PathLike[str] | bool
CertTypes = str | tuple[str, str] | tuple[str, str, str]
ProxyTypes = str | httpx.URL | httpx.Proxy


@functools.cache
def error_table() -> tuple[tuple[type[BaseException], bool, bool], ...]:
    """Each aiohttp exception -> (sent, timed_out). Most specific first.

    Only classes every supported aiohttp (>= 3.11) exports; the tests check that every client
    exception class of the installed aiohttp falls on a row meant for it.
    """
    import aiohttp

    return (
        # Never connected: safe to retry whatever the method (a certificate failure is
        # recognised separately and never retried).
        (aiohttp.ClientConnectorCertificateError, False, False),
        (aiohttp.ClientConnectorSSLError, False, False),
        (aiohttp.ClientSSLError, False, False),
        (aiohttp.ClientConnectorDNSError, False, False),
        (aiohttp.ClientProxyConnectionError, False, False),
        (aiohttp.ClientConnectorError, False, False),
        (aiohttp.ServerFingerprintMismatch, False, False),
        (aiohttp.ConnectionTimeoutError, False, True),  # connecting, or waiting for the pool
        (aiohttp.ClientHttpProxyError, False, False),  # the proxy refused the tunnel
        (aiohttp.InvalidURL, False, False),
        (aiohttp.NonHttpUrlClientError, False, False),
        # Connected: the server may have seen the request.
        (aiohttp.SocketTimeoutError, True, True),
        (aiohttp.ServerTimeoutError, True, True),
        (aiohttp.ServerDisconnectedError, True, False),
        (aiohttp.ClientConnectionResetError, True, False),
        (aiohttp.ClientOSError, True, False),
        (aiohttp.ClientPayloadError, True, False),
        (aiohttp.ClientResponseError, True, False),  # a malformed response (and its subclasses)
        (aiohttp.ClientConnectionError, True, False),
        (aiohttp.ClientError, True, False),
        (TimeoutError, True, True),
    )


def failure(exc: BaseException) -> TransportFailure:
    """aiohttp's (or asyncio's) exception as a ``TransportFailure``: the one place they are mapped."""
    kind = type(exc).__name__
    if isinstance(exc, ValueError) and not isinstance(exc, OSError):
        # aiohttp refusing a header, method or URL before sending anything.
        return NotSent(
            f"the request cannot be sent as given: {_message(exc)}", kind=kind, invalid_request=True
        )
    for source, sent, timed_out in error_table():
        if isinstance(exc, source):
            cls = TransportFailure if sent else NotSent
            return cls(_message(exc), kind=kind, timed_out=timed_out, certificate=certificate_problem(exc))
    return TransportFailure(_message(exc), kind=kind)


def _message(exc: BaseException) -> str:
    """What went wrong, as aiohttp says it, without the request (URL, headers) it may carry."""
    message = getattr(exc, "message", None)  # ClientResponseError: the parser's own words
    if isinstance(message, str) and message:
        if type(exc).__name__ == "ClientResponseError" or getattr(exc, "status", 0) == 400:
            return f"the response is malformed: {message}"
        return message
    try:
        text = str(exc)
    except Exception:  # an exception built without its arguments
        text = ""
    return text or type(exc).__name__


def certificate_problem(exc: BaseException) -> str | None:
    """Why TLS verification failed, when that is what ``exc`` (or its causes) is about."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return None
        try:
            cert_error = getattr(seen, "certificate_error", seen)  # aiohttp keeps ssl's error there
        except Exception:  # an exception built without its arguments
            cert_error = seen
        if isinstance(cert_error, ssl.SSLCertVerificationError):
            return getattr(cert_error, "verify_message", None) or _message(cert_error)
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


def _proxy_kwargs(proxy: ProxyTypes, secrets: list[str]) -> dict[str, Any]:
    """aiohttp's per-request proxy arguments for one proxy; its credentials go to ``secrets``."""
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
    headers = dict(parsed.headers)
    if parsed.auth:
        user, password = parsed.auth
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        headers["Proxy-Authorization"] = f"Basic {token}"
        secrets.extend((token, password, f"{user}:{password}"))
    url = parsed.url.copy_with(username=None, password=None)
    return {"proxy": URL(str(url)), "proxy_headers": headers or None}


def _proxy_routes(
    proxy: ProxyTypes | None, trust_env: bool, secrets: list[str]
) -> list[tuple[Any, dict[str, Any] | None]]:
    """URL pattern -> proxy arguments (None: connect directly), in httpx's order of precedence.

    Like ``httpx.AsyncClient``: an explicit ``proxy`` applies to every request; otherwise,
    with ``trust_env``, HTTP_PROXY / HTTPS_PROXY / ALL_PROXY and NO_PROXY, read once.
    """
    from httpx._utils import URLPattern, get_environment_proxies

    if proxy is not None:
        return [(URLPattern("all://"), _proxy_kwargs(proxy, secrets))]
    if not trust_env:
        return []
    routes = {
        URLPattern(pattern): None if url is None else _proxy_kwargs(url, secrets)
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


_NOTHING_TO_READ: list[Any] = []


def _readable(poller: Any) -> bool:
    """Whether an idle connection's socket has something to read: on an idle HTTP/1.1 connection
    that can only be the server closing it (or garbage), so it must not carry a request. A socket
    closed under us (POLLNVAL) is not reusable either."""
    try:
        events: list[Any] = poller.poll(0)
    except (OSError, ValueError):
        return True
    return events != _NOTHING_TO_READ


def _checked_connector(**kwargs: Any) -> aiohttp.TCPConnector:
    """A ``TCPConnector`` whose connections are checked before a pooled one is handed out (see
    the module): aiohttp asks ``is_connected()`` of an idle connection only when it would reuse
    it (and when it expires), so that is where the check goes."""
    connector: aiohttp.TCPConnector = _aiohttp.TCPConnector(**kwargs)
    connector._factory = functools.partial(_checked_handler(), loop=connector._loop)
    return connector


@functools.cache
def _checked_handler() -> type:
    from aiohttp.client_proto import ResponseHandler

    class CheckedHandler(ResponseHandler):
        _poller: Any = None

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            sock = transport.get_extra_info("socket")
            if sock is not None:  # one poll object per connection, registered once
                self._poller = select.poll()
                self._poller.register(sock.fileno(), select.POLLIN | select.POLLPRI)

        def is_connected(self) -> bool:
            poller = self._poller
            connected: bool = super().is_connected()
            return connected and (poller is None or not _readable(poller))

    return CheckedHandler


class _AiohttpExchange(Exchange):
    __slots__ = ("_response",)

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response
        self.status = response.status
        self.reason = (response.reason or "").encode("latin-1", "replace")
        self.raw_headers = response.raw_headers
        self.content_encoding = response.headers.get("Content-Encoding")
        self.done = False

    async def read_chunk(self) -> bytes:
        if self.done:
            return b""
        content = self._response.content
        try:
            chunk: bytes = await content.readany()
        except (_aiohttp.ClientError, TimeoutError) as exc:
            mapped = failure(exc)
        else:
            self.done = content.is_eof()
            return chunk
        raise mapped  # outside the except block: the native exception is not its __context__

    async def release(self, *, reuse: bool) -> None:
        if reuse:
            self._response.release()
        else:
            self._response.close()


class BufferedExchange(Exchange):
    """A response already read whole (a mock's, the in-process fake's)."""

    __slots__ = ("_body",)

    def __init__(
        self, status: int, reason: bytes, raw_headers: list[tuple[bytes, bytes]], body: bytes
    ) -> None:
        self.status, self.reason, self.raw_headers = status, reason, raw_headers
        self._body = body
        self.done = False
        self.content_encoding = next(
            (v.decode("latin-1") for k, v in raw_headers if k.lower() == b"content-encoding"), None
        )

    async def read_chunk(self) -> bytes:
        body, self._body = self._body, b""
        self.done = True
        return body

    async def release(self, *, reuse: bool) -> None:
        self._body = b""


class _MockSeam(type):
    """Keeps ``AiohttpTransport.send`` in step with ``AiohttpTransport.handle_async_request``.

    While something replaces ``handle_async_request`` on the class (respx does, for the duration
    of a mock), ``send`` goes through it so the replacement sees every request; when the original
    comes back, so does the direct path. Decided when the class changes, not checked per request.
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
        type.__setattr__(cls, "send", cls.__dict__["_send_direct" if own else "_send_via_mock"])


class _TransportMeta(_MockSeam, ABCMeta):
    """``_MockSeam`` for a subclass of the ``Transport`` ABC."""


class AiohttpTransport(Transport, metaclass=_TransportMeta):
    """The default pool. The arguments mean what they mean for ``httpx.AsyncClient``;
    ``limits.max_keepalive_connections`` has no aiohttp counterpart (every idle connection is
    kept until ``keepalive_expiry``). ``tls=False`` says no ``https://`` host will be called, so
    the SSL context is not built."""

    owned = True

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
        _load()  # aiohttp and httpcore load now, with the client, not in the first request
        if not isinstance(limits, httpx.Limits):
            raise InvalidArgumentError("limits must be an httpx.Limits")
        #: Credentials this transport sends (proxy passwords): the client's redactor removes them.
        self.secrets: list[str] = []
        self._proxy_routes = _proxy_routes(proxy, trust_env, self.secrets)
        plain = not tls and not self._proxy_routes and verify is True and cert is None
        self._ssl_context = None if plain else make_ssl_context(verify, cert, trust_env)
        self._limits = limits
        self._proxy_for_origin: dict[tuple[bytes, bytes, int | None], dict[str, Any]] = {}
        self._origins: dict[tuple[bytes, bytes, int | None], str] = {}
        self._timeout: tuple[object, aiohttp.ClientTimeout | None] = (None, None)
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._guard: AsyncGenerator[None, None] | None = None
        self._closed = False
        _register_with_respx()

    @property
    def is_closed(self) -> bool:
        return self._closed

    # -- the session and its event loop --------------------------------------------------

    async def _open(self, loop: asyncio.AbstractEventLoop) -> aiohttp.ClientSession:
        if self._closed:
            raise RuntimeError("the transport has been closed")
        if self._loop is not None and not self._loop.is_closed():
            raise HummError(
                "This HummClient's connections belong to another event loop that is still open; "
                "nothing was sent. Use one HummClient per event loop."
            )
        connector = _checked_connector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry or 15.0,
            ssl=self._ssl_context if self._ssl_context is not None else True,
        )
        session: aiohttp.ClientSession = _aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,  # _body decodes, under the size cap
            cookie_jar=_aiohttp.DummyCookieJar(),  # an API client keeps no cookies
            skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
        )
        session._retry_connection = False  # the client owns every attempt (see the module)
        guard = self._close_with_loop(session)
        await guard.__anext__()
        self._session, self._loop, self._guard = session, loop, guard
        return session

    @staticmethod
    async def _close_with_loop(session: aiohttp.ClientSession) -> AsyncGenerator[None, None]:
        """Suspended for the session's lifetime; finalised by aclose() or by the loop's shutdown
        (``asyncio.run`` closes pending async generators before the loop), so the connections
        close on their own loop instead of being left behind on a dead one."""
        try:
            yield
        finally:
            await session.close()

    async def _request(
        self,
        method: str,
        url: str,
        headers: Any,
        body: bytes | None,
        phases: Phases,
        origin: tuple[bytes, bytes, int | None],
    ) -> aiohttp.ClientResponse:
        """One request through the loop's session, returned once its head has arrived."""
        loop = asyncio.get_running_loop()
        session = self._session
        if session is None or self._loop is not loop:
            session = await self._open(loop)
        cached = self._timeout
        if cached[0] is not phases:  # the client passes the same Phases for its default timeout
            timeout = _aiohttp.ClientTimeout(total=None, connect=phases.pool, sock_connect=phases.connect)
            cached = self._timeout = (phases, timeout)
        proxy = self._proxy_routes and self._route_key(origin)
        data: bytes | io.BytesIO | None = body
        if body is not None and len(body) > _LARGE_BODY:  # aiohttp warns about large raw bytes
            data = io.BytesIO(body)
        response: aiohttp.ClientResponse = await session.request(
            method,
            _URL(url, encoded=True),
            headers=headers,
            data=data,
            allow_redirects=False,
            timeout=cached[1],
            **(proxy or {}),
        )
        return response

    async def _send_direct(self, request: HummRequest, phases: Phases) -> Exchange:
        target = request.target
        try:
            response = await self._request(
                request.method, target.text, request.fields, request.body, phases, target.origin
            )
        except (_aiohttp.ClientError, TimeoutError, ValueError) as exc:
            mapped = failure(exc)
        else:
            return _AiohttpExchange(response)
        raise mapped  # outside the except block: the native exception is not its __context__

    send = _send_direct

    # -- httpcore's pool interface: what respx patches -----------------------------------

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        """The request through aiohttp, as httpcore's pool would answer it (respx's pass-through)."""
        url = request.url
        key = (url.scheme, url.host, url.port)
        origin = self._origins.get(key) or self._origin(url)
        stream: Any = request.stream
        body = (
            b"".join([chunk async for chunk in stream]) if hasattr(stream, "__aiter__") else b"".join(stream)
        )
        timeout = request.extensions.get("timeout") or {}
        response = await self._request(
            request.method.decode("ascii"),
            origin + url.target.decode("ascii"),
            [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers],
            body or None,
            Phases(connect=timeout.get("connect"), pool=timeout.get("pool")),
            key,
        )
        async with response:
            content = await response.read()
        result: httpcore.Response = _httpcore.Response(
            response.status,
            headers=list(response.raw_headers),
            content=content,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode()},
        )
        return result

    _own_handle_async_request = handle_async_request

    async def _send_via_mock(self, request: HummRequest, phases: Phases) -> Exchange:
        """While ``handle_async_request`` is replaced (a mock): the request through it."""
        from ._httpx import failure as httpx_failure

        low = _httpcore.Request(
            request.method.encode("ascii"),
            request.target.text.encode("ascii"),
            headers=[(k.encode("latin-1"), v.encode("latin-1")) for k, v in request.fields.items()],
            content=request.body or b"",
            extensions={"timeout": {"connect": phases.connect, "pool": phases.pool}},
        )
        try:
            response = await self.handle_async_request(low)
            content = await response.aread()
        except (_aiohttp.ClientError, TimeoutError, ValueError) as exc:  # a pass-through's failure
            mapped = failure(exc)
        except Exception as exc:  # a mock's side effect: httpx's or httpcore's exceptions
            mapped = httpx_failure(exc)
        else:
            reason = response.extensions.get("reason_phrase", b"")
            return BufferedExchange(response.status, reason, list(response.headers), content)
        raise mapped

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


def _register_with_respx() -> None:
    """Let respx's default (httpcore) mocker patch ``AiohttpTransport`` as it patches httpcore's
    pools. Runs when a transport is built, only if respx is loaded (under pytest its plugin loads
    it first); the unmocked path is untouched: respx patches the class while a mock is active."""
    mocks = sys.modules.get("respx.mocks")
    add_targets = getattr(getattr(mocks, "HTTPCoreMocker", None), "add_targets", None)
    if add_targets is not None:
        add_targets(f"{__name__}.AiohttpTransport")


def aiohttp_exception_classes() -> Iterable[type[BaseException]]:
    """Every exception class aiohttp exports for its client (what ``error_table()`` must cover)."""
    import aiohttp

    return [
        value
        for value in vars(aiohttp).values()
        if isinstance(value, type) and issubclass(value, aiohttp.ClientError)
    ]
