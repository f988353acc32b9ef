"""``HummClient``: configuration, lifecycle, and the request pipeline behind every method."""

from __future__ import annotations

import copy
import functools
import logging
import os
import platform
import time
import uuid
from collections.abc import Mapping
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

import httpx

from ._auth import BearerAuth
from ._body import BodyError, accept_encoding, read_body
from ._constants import (
    DEFAULT_ANALYST_BASE_URL,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_ANALYST_BASE_URL,
    ENV_BASE_URL,
)
from ._contract import Exchange, Transport, TransportFailure
from ._drift import pending_notes, report_pending
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    HummError,
    InvalidArgumentError,
    ResponseTooLargeError,
    ResponseValidationError,
    make_status_error,
)
from ._generated.api import Namespaces
from ._headers import merge_headers
from ._httpx import is_http_client
from ._json import dumps as dump_json
from ._logs import logger
from ._options import CallOptions, as_max_response_size, as_max_retries, as_timeout
from ._ratelimit import PAUSE_STATUSES, FlowControl
from ._resource import AsyncResource, Operation
from ._response import RawResponse, raw_response_mode
from ._retries import retry_delay, should_retry_error, should_retry_status
from ._runtime import UNSET, Unset
from ._security import Redactor, check_token_transport
from ._tracing import load_tracing
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes
from ._validation import as_uuid, check_base_url, check_path_param
from ._version import __version__
from ._wire import SECRET_HEADERS, HummRequest, HummResponse

if TYPE_CHECKING:  # the transport (asyncio, ssl, aiohttp) loads when a client is built
    import httpx2

    from ._aiohttp import CertTypes, ProxyTypes, VerifyTypes

__all__ = ["HummClient"]

T = TypeVar("T")

_NONE: Mapping[str, Any] = MappingProxyType({})
_debug_enabled = functools.partial(logger.isEnabledFor, logging.DEBUG)


def parse_response(op: Operation[T], response: httpx.Response) -> T:
    """The typed result of a successful response; a body that does not match the spec raises.

    What the parser tolerated (``x-humm-inferred`` fields missing or null, an undocumented 2xx,
    unknown fields or enum values) it notes; the notes are reported here under ``op.name``.
    """
    notes = pending_notes()
    if notes:  # left over from code outside a response (e.g. an enum built from user input)
        notes.clear()
    try:
        result = op.parse(response.status_code, response)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        # json.JSONDecodeError is a ValueError; so is an invalid UUID or datetime.
        raise ResponseValidationError(
            f"{op.name}: the {response.status_code} response does not match the API spec "
            f"({type(exc).__name__}: {exc})",
            response=response,
        ) from None
    if notes:
        report_pending(op.name, notes)
    return result


class _Lifecycle:
    """Shared by a client and its ``with_options`` children: closing the parent closes them all."""

    __slots__ = ("closed",)

    def __init__(self) -> None:
        self.closed = False


class HummClient(Namespaces):
    """The async client for the Humm config and Analyst APIs.

    Hold one for the lifetime of your application: it owns one connection pool (unless you pass
    ``http_client``, an ``httpx.AsyncClient`` or ``httpx2.AsyncClient`` that is used as is and
    never closed by us). Use it as ``async with HummClient() as humm:`` or call
    ``await humm.aclose()``. Operations live on namespaces, one per API area:
    ``humm.integration_sources.update(...)``.
    """

    def __init__(
        self,
        token: str | None = None,
        base_url: str | None = None,
        *,
        analyst_base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | httpx2.AsyncClient | None = None,
        max_concurrency: int | None = None,
        allow_insecure_http: bool = False,
        proxy: ProxyTypes | None = None,
        verify: VerifyTypes = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        limits: httpx.Limits | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self._auth = BearerAuth(token)
        for name, url in (("base_url", base_url), ("analyst_base_url", analyst_base_url)):
            if url is not None and not isinstance(url, str):
                raise InvalidArgumentError(f"{name} must be a str URL, got {type(url).__name__}")
        self._options = CallOptions(
            timeouts=as_timeout(timeout),
            max_retries=as_max_retries(max_retries),
            max_response_size=as_max_response_size(max_response_size),
        )
        if http_client is not None and not is_http_client(http_client):
            raise InvalidArgumentError("http_client must be an httpx.AsyncClient or an httpx2.AsyncClient")
        transport_settings = {"proxy": proxy, "cert": cert, "limits": limits}
        given = [name for name, value in transport_settings.items() if value is not None]
        given += [name for name, value in (("verify", verify), ("trust_env", trust_env)) if value is not True]
        if http_client is not None and given:
            raise InvalidArgumentError(
                f"{', '.join(given)} configure the default transport: with http_client=, "
                "set them on your httpx.AsyncClient instead"
            )
        if default_headers is not None and not isinstance(default_headers, Mapping):
            raise InvalidArgumentError(
                f"default_headers must be a mapping of str to str, got {type(default_headers).__name__}"
            )
        self._base_urls = {
            "config": check_base_url(
                "base_url", base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
            ),
            "analyst": check_base_url(
                "analyst_base_url",
                analyst_base_url or os.environ.get(ENV_ANALYST_BASE_URL) or DEFAULT_ANALYST_BASE_URL,
            ),
        }
        check_token_transport(self._base_urls, allow_insecure_http=allow_insecure_http)
        if max_concurrency is not None and (
            isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int) or max_concurrency < 1
        ):
            raise InvalidArgumentError(
                f"max_concurrency must be a positive int or None, got {max_concurrency!r}"
            )
        defaults = {
            "Accept": "application/json",
            # What _body can decode, on every transport (a user's httpx client offers its own).
            "Accept-Encoding": accept_encoding(),
            "User-Agent": f"humm-client/{__version__} python/{platform.python_version()}",
            **self._auth.headers,
        }
        # The caller's headers win, whatever their case; none is sent twice.
        self._headers: dict[str, str] = merge_headers(defaults, default_headers)
        self._merged: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}  # see _merged_headers
        _load_asyncio()
        transport: Transport | None = self.__dict__.pop("_given_transport", None)  # see over_transport
        if transport is None:
            transport = _choose_transport(
                http_client,
                proxy=proxy,
                verify=verify,
                cert=cert,
                trust_env=trust_env,
                limits=limits,
                tls=any(url.text.startswith("https://") for url in self._base_urls.values()),
            )
        self._transport = transport
        secrets = [*self._auth.secrets, *getattr(transport, "secrets", ())]
        secrets += [v for k, v in self._headers.items() if k.lower() in SECRET_HEADERS]
        self._redact = Redactor(secrets)
        self._closed = False  # this client (a with_options child closes only itself)
        self._lifecycle = _Lifecycle()  # the root client's, shared with its children
        self._is_child = False
        # Shared with every with_options() copy: one pause table per host, one in-flight cap.
        self._flow = FlowControl(max_concurrency)
        self._install_tracing()

    def _install_tracing(self) -> None:
        """With OpenTelemetry present, ``_request`` runs in a span; without, nothing changes."""
        self._tracing = load_tracing()
        if self._tracing is not None:  # an instance attribute: the untraced path stays untouched
            self.__dict__["_request"] = self._tracing.wrap(type(self)._request.__get__(self))

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        max_response_size: int | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A client for one part of an application, with other defaults and the same pool.

        It shares this client's connection pool, rate-limit pauses and ``max_concurrency``;
        closing it closes nothing of them, and closing this client closes it too. This client is
        left as it was. ``default_headers`` are added to (and override) this client's.
        """
        self._check_open()
        given = {
            name: value
            for name, value in (
                ("timeout", timeout),
                ("max_retries", max_retries),
                ("max_response_size", max_response_size),
            )
            if not isinstance(value, NotGiven)
        }
        options = self._options.merge(given)
        # The constructor's rules: checked values, names merged case-insensitively, none sent twice.
        headers = merge_headers(self._headers, default_headers)
        child = copy.copy(self)
        for name, value in list(child.__dict__.items()):
            if isinstance(value, AsyncResource) or name == "_request":  # bound to the parent
                del child.__dict__[name]
        child._is_child = True
        child._closed = False
        child._options = options
        child._headers = headers
        child._merged = {}
        secrets = [*self._auth.secrets, *getattr(self._transport, "secrets", ())]
        child._redact = Redactor(secrets + [v for k, v in headers.items() if k.lower() in SECRET_HEADERS])
        child._install_tracing()
        return child

    @property
    def base_url(self) -> str:
        return self._base_urls["config"].text

    @property
    def analyst_base_url(self) -> str:
        return self._base_urls["analyst"].text

    @property
    def timeout(self) -> httpx.Timeout:
        """Each attempt's bounds: the deadline (the largest part) and the connect and pool phases."""
        return self._options.timeouts.as_httpx()

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    @property
    def max_response_size(self) -> int:
        return self._options.max_response_size

    def __repr__(self) -> str:
        return (
            f"HummClient(base_url={self.base_url!r}, analyst_base_url={self.analyst_base_url!r}, "
            f"max_retries={self.max_retries})"
        )

    # -- lifecycle -----------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the client. The root client also closes its connection pool (a user-supplied
        ``http_client`` is left open) and, with it, every ``with_options`` child."""
        if self._closed:
            return
        self._closed = True
        if self._is_child:
            return
        self._lifecycle.closed = True
        if self._transport.owned:
            await self._transport.aclose()

    @property
    def is_closed(self) -> bool:
        return self._closed or self._lifecycle.closed

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # -- the request pipeline ------------------------------------------------------

    def _build_request(self, op: Operation[Any], args: dict[str, Any], options: CallOptions) -> HummRequest:
        """The one way a request is built: checked arguments -> method, URL text, headers, body."""
        for name, kind in op.path_params.items():
            check_path_param(name, kind, args[name])
        for name in op.uuid_query_params:
            value = args.get(name)
            if value is not None and value is not UNSET:
                as_uuid(value, name)
        body = args.get("body")
        if op.idempotency_key_field is not None and body is not None:
            # One key per call, reused by every retry of it: the server dedupes replays.
            if isinstance(getattr(body, op.idempotency_key_field, None), Unset):
                setattr(body, op.idempotency_key_field, str(uuid.uuid4()))
        try:
            kwargs = op.build(**args)
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            raise InvalidArgumentError(f"{op.name}: an argument has the wrong type: {exc}") from None
        headers = self._merged_headers(kwargs.get("headers"), options.extra_headers)
        params: dict[str, Any] | None = kwargs.get("params")
        if options.extra_query:
            params = {**(params or {}), **options.extra_query}
        content: Any = kwargs.get("content")
        if content is not None and hasattr(content, "read"):  # a raw document arrives as a file object
            content = content.read()
        if "json" in kwargs:
            try:
                content = dump_json(kwargs["json"])
            except (TypeError, ValueError) as exc:
                raise InvalidArgumentError(
                    f"{op.name}: the request body is not JSON-serialisable: {exc}"
                ) from None
        try:
            target = self._base_urls[op.server].request_url(kwargs["url"], params)
        except (TypeError, ValueError, httpx.InvalidURL) as exc:
            raise InvalidArgumentError(f"{op.name}: cannot build the request: {exc}") from None
        return HummRequest(kwargs["method"], target, headers, content, {})

    def _merged_headers(
        self, generated: Mapping[str, str] | None, extra_headers: Mapping[str, str] | None
    ) -> dict[str, str]:
        """The client's headers with an operation's (its Content-Type, header parameters) and
        the caller's ``extra_headers``. Without ``extra_headers`` the merge is kept: every call
        of an operation brings the same few generated headers. The dict is only ever read."""
        if extra_headers is not None:
            return merge_headers(self._headers, generated, extra_headers)
        key = tuple(generated.items()) if generated else ()
        merged = self._merged.get(key)
        if merged is None:
            merged = merge_headers(self._headers, generated)
            if len(self._merged) < 64:  # header parameters may vary per call: keep a few
                self._merged[key] = merged
        return merged

    async def _attempt(self, request: HummRequest, options: CallOptions) -> HummResponse:
        """One send, bounded as a whole by the deadline: the response with its body read and
        decoded, or a ``TransportFailure``/``BodyError`` free of any native exception."""
        timeouts = options.timeouts
        exchange: Exchange | None = None
        reuse = False
        failure: Exception | None = None
        deadline = _Deadline(_current_task())
        loop = _running_loop()
        timer = loop.call_at(loop.time() + timeouts.deadline, deadline)
        try:
            exchange = await self._transport.send(request, timeouts.phases)
            body = await read_body(exchange, options.max_response_size)
            reuse = True
        except (TransportFailure, BodyError) as exc:
            failure = exc
        except _CancelledError:
            if not deadline.expired or deadline.task.uncancel() > 0:  # (also) cancelled by the caller
                raise
            failure = TransportFailure(
                f"no complete response within the timeout of {timeouts.deadline:g} s",
                kind="deadline",
                timed_out=True,
            )
        finally:
            timer.cancel()
            if exchange is not None:
                await exchange.release(reuse=reuse)
        if failure is not None:
            failure.__cause__ = failure.__context__ = failure.__traceback__ = None
            raise failure
        assert exchange is not None
        return HummResponse.received(exchange.status, exchange.raw_headers, body, request, exchange.reason)

    async def _send(
        self, op: Operation[Any], request: HummRequest, options: CallOptions
    ) -> tuple[HummResponse, int]:
        """Send with the retry policy: the final response and the number of attempts, or a typed
        error. Every attempt is one send: the transports never resend on their own."""
        max_retries = options.max_retries
        attempt = 0
        response: HummResponse
        while True:
            if attempt:  # _request checked the first
                self._check_open()
            started = time.perf_counter()
            try:
                if self._flow.engaged:  # a host is paused, or max_concurrency is set
                    response = await self._flow.send(
                        request, functools.partial(self._attempt, options=options)
                    )
                else:
                    response = await self._attempt(request, options)
            except BodyError as exc:
                self._log_attempt(request, attempt, started, exc.message)
                error: APIConnectionError
                what = f"{request.method} {request.url.path}: {exc.message}"
                if exc.too_large:
                    error = ResponseTooLargeError(
                        what, request=request.redacted(), max_response_size=options.max_response_size
                    )
                else:
                    error = APIConnectionError(what, request=request.redacted())
                error.attempts = attempt + 1
                raise error from None
            except TransportFailure as failure:
                message = failure.message = self._redact(failure.message)
                failure.args = (message,)
                self._log_attempt(request, attempt, started, f"{failure.kind}: {message}")
                if failure.invalid_request:
                    raise InvalidArgumentError(f"{request.method} {request.url.path}: {message}") from None
                if failure.certificate is not None:  # retrying cannot fix a certificate
                    error = APIConnectionError(
                        f"{request.method} {request.url.path} failed: TLS certificate verification "
                        f"failed ({self._redact(failure.certificate)}); set verify= to the CA bundle "
                        "that signs the server's certificate",
                        request=request.redacted(),
                    )
                    error.attempts = attempt + 1
                    raise error from failure
                if self._closed or self._lifecycle.closed:
                    raise ClientClosedError(
                        "HummClient was closed while the request was in flight"
                    ) from failure
                if attempt < max_retries and should_retry_error(sent=failure.sent, idempotent=op.idempotent):
                    attempt = await self._wait_to_retry(request, attempt, max_retries, failure.kind, None)
                    continue
                cls = APITimeoutError if failure.timed_out else APIConnectionError
                what = "timed out" if failure.timed_out else "failed"
                sent = "" if failure.sent else ", not sent"
                error = cls(
                    f"{request.method} {request.url.path} {what} ({failure.kind}{sent}: {message}) "
                    f"after {attempt + 1} attempt(s)",
                    request=request.redacted(),
                )
                error.attempts = attempt + 1
                raise error from failure
            status = response.status_code
            if _debug_enabled():
                self._log_attempt(request, attempt, started, status)
            if status in PAUSE_STATUSES:
                self._flow.note(request, response)
            if (
                status >= 400
                and attempt < max_retries
                and should_retry_status(status, idempotent=op.idempotent)
            ):
                attempt = await self._wait_to_retry(
                    request, attempt, max_retries, f"HTTP {status}", response.headers
                )
                continue
            if self._tracing is not None:
                self._tracing.on_response(request, response, attempt + 1)
            return response, attempt + 1

    @staticmethod
    def _log_attempt(request: HummRequest, attempt: int, started: float, outcome: int | str) -> None:
        """One debug line per send (the URL is made only when the line is written)."""
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %s in %.1f ms (attempt %d)",
                request.method,
                request.url.path,
                outcome,
                (time.perf_counter() - started) * 1000,
                attempt + 1,
            )

    async def _wait_to_retry(
        self,
        request: HummRequest,
        attempt: int,
        max_retries: int,
        reason: str,
        headers: httpx.Headers | None,
    ) -> int:
        """Log the retry, wait for it (the server's Retry-After, else backoff); the next attempt."""
        paused = headers is not None and self._flow.paused(request)
        delay = None if paused else retry_delay(attempt, headers)
        if self._tracing is not None:
            self._tracing.on_retry(request, attempt + 1, reason, delay)
        if delay is None:
            # The host asked the whole client for quiet: wait in its queue (see _ratelimit).
            logger.info(
                "Retrying %s %s when the pause ends after %s (retry %d of %d)",
                request.method,
                request.url.path,
                reason,
                attempt + 1,
                max_retries,
            )
            return attempt + 1
        logger.info(
            "Retrying %s %s in %.2fs after %s (retry %d of %d)",
            request.method,
            request.url.path,
            delay,
            reason,
            attempt + 1,
            max_retries,
        )
        await _sleep(delay)
        return attempt + 1

    def _check_open(self) -> None:
        if self._closed or self._lifecycle.closed or self._transport.is_closed:
            raise ClientClosedError("HummClient is closed: create a new one (or don't call aclose() yet)")

    async def _request(self, op: Operation[T], args: dict[str, Any], options: Mapping[str, Any] = _NONE) -> T:
        """Run one operation: its typed result, or (under ``with_raw_response``) its ``RawResponse``."""
        request: HummRequest | None = None
        response: HummResponse | None = None
        try:
            self._check_open()
            call = self._options.merge(options) if options else self._options
            raw = raw_response_mode.get()
            request = self._build_request(op, args, call)
            response, attempts = await self._send(op, request, call)
            if not 200 <= response.status_code < 300:  # 1xx, 3xx (names the Location), 4xx, 5xx
                response.request = request.redacted()
                error = make_status_error(response)
                error.attempts = attempts
                raise error
            if raw:
                # The raw wrappers (humm_client._response) hand this on typed as RawResponse[T].
                return cast(T, RawResponse(response, functools.partial(_parse_typed, op)))
            return parse_response(op, response)
        except HummError:
            raise
        except Exception as exc:
            raise _typed_error(op, exc, request, response) from None


def over_transport(transport: Transport, **kwargs: Any) -> HummClient:
    """A ``HummClient`` that sends through ``transport`` (the in-process fake's), otherwise built
    as ``HummClient(**kwargs)`` builds it."""
    client = HummClient.__new__(HummClient)
    client.__dict__["_given_transport"] = transport
    client.__init__(**kwargs)  # type: ignore[misc]
    return client


def _choose_transport(http_client: Any, **settings: Any) -> Transport:
    """What carries a client's requests, decided once, here, when the client is built.

    A user's httpx/httpx2 client, as given. Otherwise the aiohttp pool, unless pytest-httpx has
    replaced ``httpx.AsyncHTTPTransport.handle_async_request``: then a private
    ``httpx.AsyncClient`` (so the mock sees every request; see the README's "Mocking"). respx
    needs no decision: it patches the aiohttp transport itself while a mock is active.
    """
    from ._httpx import HttpxTransport

    if http_client is not None:
        return HttpxTransport(http_client)
    if _httpx_transport_is_patched():
        limits = settings["limits"] or httpx.Limits()
        return HttpxTransport(httpx.AsyncClient(limits=limits, trust_env=settings["trust_env"]), owned=True)
    from ._aiohttp import DEFAULT_LIMITS, AiohttpTransport

    settings["limits"] = settings["limits"] or DEFAULT_LIMITS
    return AiohttpTransport(**settings)


def _httpx_transport_is_patched() -> bool:
    """Whether something (pytest-httpx) has replaced ``httpx.AsyncHTTPTransport.handle_async_request``."""
    method = httpx.AsyncHTTPTransport.handle_async_request
    return (getattr(method, "__module__", None), getattr(method, "__qualname__", None)) != (
        "httpx._transports.default",
        "AsyncHTTPTransport.handle_async_request",
    )


# asyncio's parts, bound when the first client is built: `import humm_client` does not load asyncio.
_sleep: Any = None
_current_task: Any = None
_running_loop: Any = None
_CancelledError: Any = None


def _load_asyncio() -> None:
    global _sleep, _current_task, _running_loop, _CancelledError
    if _sleep is None:
        import asyncio

        _sleep, _current_task, _running_loop = asyncio.sleep, asyncio.current_task, asyncio.get_running_loop
        _CancelledError = asyncio.CancelledError


class _Deadline:
    """An attempt's deadline: when it passes, the attempt's task is cancelled (what
    ``asyncio.timeout`` does, at half its cost per call); ``expired`` tells that cancellation
    from the caller's own."""

    __slots__ = ("expired", "task")

    def __init__(self, task: Any) -> None:
        self.task = task
        self.expired = False

    def __call__(self) -> None:
        self.expired = True
        self.task.cancel()


def _parse_typed(op: Operation[T], response: httpx.Response) -> T:
    """``parse_response`` for ``RawResponse.parse()``: the same typed errors as a plain call."""
    try:
        return parse_response(op, response)
    except HummError:
        raise
    except Exception as exc:
        raise _typed_error(op, exc, response.request, response) from None


def _typed_error(
    op: Operation[Any], exc: Exception, request: httpx.Request | None, response: httpx.Response | None
) -> HummError:
    """The one translation of an unexpected failure (anything the generated code raises,
    ``RecursionError`` on a deep body, ``UnicodeDecodeError``) into the typed tree, so that every
    failure a user sees is a ``HummError``."""
    what = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    if response is not None:
        return ResponseValidationError(
            f"{op.name}: the {response.status_code} response could not be read as the API spec says "
            f"({what[:200]})",
            response=response,
        )
    if request is not None:
        redacted = request.redacted() if isinstance(request, HummRequest) else request
        return APIConnectionError(
            f"{request.method} {request.url.path} failed ({type(exc).__name__})", request=redacted
        )
    return HummError(f"{op.name}: {what[:200]}")
