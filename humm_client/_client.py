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
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

import httpx

from ._constants import (
    DEFAULT_ANALYST_BASE_URL,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_ANALYST_BASE_URL,
    ENV_BASE_URL,
    ENV_TOKEN,
)
from ._drift import pending_notes, report_pending
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    HummError,
    InvalidArgumentError,
    ResponseValidationError,
    make_status_error,
)
from ._generated.api import Namespaces
from ._headers import check_header, merge_headers
from ._json import dumps as dump_json
from ._logs import logger
from ._ratelimit import PAUSE_STATUSES, FlowControl
from ._resource import AsyncResource, Operation
from ._response import RawResponse, raw_response_mode
from ._retries import retry_delay, should_retry_error, should_retry_status
from ._runtime import UNSET, Unset
from ._security import check_token_transport
from ._tracing import load_tracing
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes
from ._validation import as_max_retries, as_timeout, as_uuid, check_base_url, check_path_param
from ._version import __version__
from ._wire import HummRequest

if TYPE_CHECKING:  # the transport (asyncio, ssl, aiohttp) loads when a client is built
    from ._transport import AiohttpPool, CertTypes, ProxyTypes, VerifyTypes

__all__ = ["HummClient"]

T = TypeVar("T")

# Failures after which the server cannot have seen the request.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


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


class HummClient(Namespaces):
    """The async client for the Humm config and Analyst APIs.

    Hold one for the lifetime of your application: it owns one pooled HTTP
    client (unless you pass ``http_client``, which is used as is and never
    closed by us). Use it as ``async with HummClient() as humm:`` or call
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
        http_client: httpx.AsyncClient | None = None,
        max_concurrency: int | None = None,
        allow_insecure_http: bool = False,
        proxy: ProxyTypes | None = None,
        verify: VerifyTypes = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        limits: httpx.Limits | None = None,
    ) -> None:
        token = token if token is not None else os.environ.get(ENV_TOKEN)
        if not token or not isinstance(token, str) or not token.strip():
            raise HummError(
                f"No API token: pass HummClient(token=...) or set the {ENV_TOKEN} environment variable."
            )
        as_max_retries(max_retries)
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise InvalidArgumentError("http_client must be an httpx.AsyncClient")
        transport_settings = {"proxy": proxy, "cert": cert, "limits": limits}
        given = [name for name, value in transport_settings.items() if value is not None]
        given += [name for name, value in (("verify", verify), ("trust_env", trust_env)) if value is not True]
        if http_client is not None and given:
            raise InvalidArgumentError(
                f"{', '.join(given)} configure the default transport: with http_client=, "
                "set them on your httpx.AsyncClient instead"
            )
        try:
            check_header("Authorization", f"Bearer {token.strip()}")
        except InvalidArgumentError:
            raise InvalidArgumentError(
                "the API token has a character that cannot go in an HTTP header (CR, LF, NUL, non-ASCII)"
            ) from None
        self._token = token.strip()
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
        self._timeout = as_timeout(timeout)
        self._timeout_dict = self._timeout.as_dict()
        self.max_retries = max_retries
        defaults = {
            "Accept": "application/json",
            "User-Agent": f"humm-client/{__version__} python/{platform.python_version()}",
            "Authorization": f"Bearer {self._token}",
        }
        if http_client is None:  # a user's httpx client sends its own Accept-Encoding
            from ._transport import ACCEPT_ENCODING

            defaults["Accept-Encoding"] = ACCEPT_ENCODING
        # The caller's headers win, whatever their case; none is sent twice.
        self._headers: dict[str, str] = merge_headers(defaults, default_headers)
        self._merged: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}  # see _merged_headers
        self._owns_http = http_client is None
        # Our own client: requests go straight to its transport (see _send_once).
        self._direct_transport: httpx.AsyncBaseTransport | None = None
        self._direct_pool: AiohttpPool | None = None
        if http_client is None:
            from ._transport import DEFAULT_LIMITS, HummTransport, httpx_transport_is_patched

            transport = HummTransport(  # aiohttp loads now, not in the first request
                proxy=proxy,
                verify=verify,
                cert=cert,
                trust_env=trust_env,
                limits=limits or DEFAULT_LIMITS,
                tls=any(url.text.startswith("https://") for url in self._base_urls.values()),
            )
            self._direct_transport = transport
            if not httpx_transport_is_patched():  # decided once, here: see the README's "Mocking"
                self._direct_pool = transport.pool
            http_client = httpx.AsyncClient(transport=self._direct_transport, follow_redirects=False)
        self._http = http_client
        self._closed = False
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
    ) -> Self:
        """A client for one part of an application, with other defaults and the same pool.

        It shares this client's connection pool, rate-limit pauses and ``max_concurrency``;
        closing it closes nothing of them (close the parent when done). This client is left as
        it was. ``default_headers`` are added to (and override) this client's.
        """
        self._check_open()
        if not isinstance(max_retries, NotGiven):
            as_max_retries(max_retries)
        # The constructor's rules: checked values, names merged case-insensitively, none sent twice.
        headers = merge_headers(self._headers, default_headers)
        child = copy.copy(self)
        for name, value in list(child.__dict__.items()):
            if isinstance(value, AsyncResource) or name == "_request":  # bound to the parent
                del child.__dict__[name]
        child._owns_http = False
        child._closed = False
        if not isinstance(timeout, NotGiven):
            child._timeout = as_timeout(timeout)
            child._timeout_dict = child._timeout.as_dict()
        if not isinstance(max_retries, NotGiven):
            child.max_retries = max_retries
        child._headers = headers
        child._merged = {}
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
        return self._timeout

    def __repr__(self) -> str:
        return (
            f"HummClient(base_url={self.base_url!r}, analyst_base_url={self.analyst_base_url!r}, "
            f"max_retries={self.max_retries})"
        )

    # -- lifecycle -----------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the pooled HTTP client (a user-supplied ``http_client`` is left open)."""
        if self._closed:
            return
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    @property
    def is_closed(self) -> bool:
        return self._closed

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

    def _build_request(
        self,
        op: Operation[Any],
        args: dict[str, Any],
        timeout: TimeoutTypes | NotGiven,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
    ) -> httpx.Request:
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
        headers = self._merged_headers(kwargs.get("headers"), extra_headers)
        params: dict[str, Any] | None = kwargs.get("params")
        if extra_query:
            params = {**(params or {}), **extra_query}
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
        timeouts = self._timeout_dict if isinstance(timeout, NotGiven) else as_timeout(timeout).as_dict()
        try:
            if self._direct_pool is not None:
                # Our own client, sending straight to aiohttp: the parts, as they are.
                return HummRequest(
                    kwargs["method"],
                    self._base_urls[op.server].request_url(kwargs["url"], params),
                    headers,
                    content,
                    {"timeout": timeouts},
                )
            if self._direct_transport is not None:
                # Our own client has no defaults to merge: build the request directly.
                return httpx.Request(
                    kwargs["method"],
                    self._base_urls[op.server].join(kwargs["url"], params),
                    headers=headers,
                    content=content,
                    extensions={"timeout": timeouts},
                )
            return self._http.build_request(
                kwargs["method"],
                self._base_urls[op.server].text + kwargs["url"],
                params=params or None,
                headers=headers,
                content=content,
                extensions={"timeout": timeouts},
            )
        except (TypeError, ValueError, httpx.InvalidURL) as exc:
            raise InvalidArgumentError(f"{op.name}: cannot build the request: {exc}") from None

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

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        pool = self._direct_pool
        if pool is not None:  # bytes to aiohttp (or, while respx patches the pool, through httpx)
            return await pool.send(request)  # type: ignore[arg-type]  # a HummRequest: _build_request
        transport = self._direct_transport
        if transport is None:
            return await self._http.send(request)
        # Our own client: nothing in httpx.AsyncClient.send (auth flows, redirects, cookies,
        # event hooks) applies, so go straight to the transport.
        response = await transport.handle_async_request(request)
        response.request = request
        await response.aread()
        return response

    async def _send(self, op: Operation[Any], request: httpx.Request, max_retries: int) -> httpx.Response:
        """Send with the retry policy; return the final response or raise a typed error."""
        attempt = 0
        while True:
            if attempt:  # _request checked the first
                self._check_open()
            started = time.perf_counter()
            try:
                if self._flow.engaged:  # a host is paused, or max_concurrency is set
                    response = await self._flow.send(request, self._send_once)
                else:
                    response = await self._send_once(request)
            except httpx.LocalProtocolError as exc:  # refused by the HTTP layer before sending
                raise InvalidArgumentError(
                    f"{request.method} {request.url.path} cannot be sent: {exc}"
                ) from exc
            except httpx.TransportError as exc:
                from ._transport import certificate_problem

                certificate = certificate_problem(exc)
                if certificate is not None:  # retrying cannot fix a certificate
                    raise APIConnectionError(
                        f"{request.method} {request.url.path} failed: TLS certificate verification "
                        f"failed ({certificate}); set verify= to the CA bundle that signs the "
                        "server's certificate",
                        request=request,
                    ) from exc
                sent = not isinstance(exc, _NOT_SENT)
                if attempt < max_retries and should_retry_error(sent=sent, idempotent=op.idempotent):
                    attempt = await self._wait_to_retry(
                        request, attempt, max_retries, type(exc).__name__, None
                    )
                    continue
                timed_out = isinstance(exc, httpx.TimeoutException)
                cls = APITimeoutError if timed_out else APIConnectionError
                what = "timed out" if timed_out else "failed"
                raise cls(
                    f"{request.method} {request.url.path} {what} ({type(exc).__name__}: {exc}) "
                    f"after {attempt + 1} attempt(s)",
                    request=request,
                ) from exc
            except RuntimeError as exc:
                self._check_open(cause=exc)
                raise APIConnectionError(
                    f"{request.method} {request.url.path} could not be sent: {exc}", request=request
                ) from exc
            status = response.status_code
            if logger.isEnabledFor(logging.DEBUG):  # request.url is made only when it is read
                logger.debug(
                    "%s %s -> %d in %.1f ms (attempt %d)",
                    request.method,
                    request.url.path,
                    status,
                    (time.perf_counter() - started) * 1000,
                    attempt + 1,
                )
            if status in PAUSE_STATUSES:
                self._flow.note(request, response)
            if (
                status >= 400
                and attempt < max_retries
                and should_retry_status(status, idempotent=op.idempotent)
            ):
                await response.aclose()
                attempt = await self._wait_to_retry(
                    request, attempt, max_retries, f"HTTP {status}", response.headers
                )
                continue
            if self._tracing is not None:
                self._tracing.on_response(request, response)
            return response

    async def _wait_to_retry(
        self,
        request: httpx.Request,
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
        import asyncio  # not at import: `import humm_client` does not load asyncio

        await asyncio.sleep(delay)
        return attempt + 1

    def _check_open(self, cause: BaseException | None = None) -> None:
        if self._closed or self._http.is_closed:
            raise ClientClosedError(
                "HummClient is closed: create a new one (or don't call aclose() yet)"
            ) from cause

    async def _request(
        self,
        op: Operation[T],
        args: dict[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> T:
        """Run one operation: its typed result, or (under ``with_raw_response``) its ``RawResponse``."""
        request: httpx.Request | None = None
        response: httpx.Response | None = None
        try:
            self._check_open()
            raw = raw_response_mode.get()
            retries = self.max_retries if isinstance(max_retries, NotGiven) else as_max_retries(max_retries)
            request = self._build_request(op, args, timeout, extra_headers, extra_query)
            response = await self._send(op, request, retries)
            if not 200 <= response.status_code < 300:  # 1xx, 3xx (names the Location), 4xx, 5xx
                raise make_status_error(response)
            if raw:
                # The raw wrappers (humm_client._response) hand this on typed as RawResponse[T].
                return cast(T, RawResponse(response, functools.partial(_parse_typed, op)))
            return parse_response(op, response)
        except HummError:
            raise
        except Exception as exc:
            raise _typed_error(op, exc, request, response) from exc


def _parse_typed(op: Operation[T], response: httpx.Response) -> T:
    """``parse_response`` for ``RawResponse.parse()``: the same typed errors as a plain call."""
    try:
        return parse_response(op, response)
    except HummError:
        raise
    except Exception as exc:
        raise _typed_error(op, exc, response.request, response) from exc


def _typed_error(
    op: Operation[Any], exc: Exception, request: httpx.Request | None, response: httpx.Response | None
) -> HummError:
    """The one translation of a lower-level failure (anything the generated code raises,
    ``RecursionError`` on a deep body, ``UnicodeDecodeError``, a transport's own exception)
    into the typed tree, so that every failure a user sees is a ``HummError``."""
    what = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    if response is not None:
        return ResponseValidationError(
            f"{op.name}: the {response.status_code} response could not be read as the API spec says "
            f"({what[:200]})",
            response=response,
        )
    if request is not None:
        return APIConnectionError(
            f"{request.method} {request.url.path} failed ({type(exc).__name__})", request=request
        )
    return HummError(f"{op.name}: {what[:200]}")
