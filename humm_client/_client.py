"""``HummClient``: configuration, lifecycle, and the request pipeline behind every method."""

from __future__ import annotations

import asyncio
import functools
import json
import os
import platform
import time
import uuid
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self

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
from ._generated.client import Client as _GeneratedClient
from ._generated.types import Unset
from ._headers import check_header, merge_headers
from ._logs import logger
from ._resource import Operation
from ._response import RawResponse
from ._retries import retry_delay, should_retry_error, should_retry_status
from ._transport import (
    ACCEPT_ENCODING,
    DEFAULT_LIMITS,
    CertTypes,
    ProxyTypes,
    VerifyTypes,
    certificate_problem,
)
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes
from ._validation import as_timeout, check_base_url, check_path_param, check_uuid_query
from ._version import __version__

__all__ = ["HummClient"]

# The generated parsers want a client only to read `raise_on_unexpected_status`;
# we call them for documented 2xx statuses alone.
_PARSE_CLIENT = _GeneratedClient(base_url="", raise_on_unexpected_status=True)

# Failures after which the server cannot have seen the request.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def parse_response(op: Operation, response: httpx.Response) -> object:
    """The typed result of a successful response; a body that does not match the spec raises."""
    if op.text_content_types:
        content_type = response.headers.get("content-type", "").split(";")[0].strip()
        if content_type in op.text_content_types or content_type.startswith("text/"):
            return response.text
    try:
        return op.module._parse_response(client=_PARSE_CLIENT, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        # json.JSONDecodeError is a ValueError; so is an invalid UUID or datetime.
        raise ResponseValidationError(
            f"{op.name}: the {response.status_code} response does not match the API spec "
            f"({type(exc).__name__}: {exc})",
            response=response,
        ) from None


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
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise InvalidArgumentError(f"max_retries must be a non-negative int, got {max_retries!r}")
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
        self._timeout = as_timeout(timeout)
        self._timeout_dict = self._timeout.as_dict()
        self.max_retries = max_retries
        defaults = {
            "Accept": "application/json",
            "User-Agent": f"humm-client/{__version__} python/{platform.python_version()}",
            "Authorization": f"Bearer {self._token}",
        }
        if http_client is None:  # a user's httpx client sends its own Accept-Encoding
            defaults["Accept-Encoding"] = ACCEPT_ENCODING
        # The caller's headers win, whatever their case; none is sent twice.
        self._headers: dict[str, str] = merge_headers(defaults, default_headers)
        self._owns_http = http_client is None
        # Our own client: requests go straight to its transport (see _send_once).
        self._direct_transport: httpx.AsyncBaseTransport | None = None
        if http_client is None:
            from ._transport import HummTransport  # aiohttp loads now, not in the first request

            self._direct_transport = HummTransport(
                proxy=proxy, verify=verify, cert=cert, trust_env=trust_env, limits=limits or DEFAULT_LIMITS
            )
            http_client = httpx.AsyncClient(transport=self._direct_transport, follow_redirects=False)
        self._http = http_client
        self._closed = False

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
        op: Operation,
        args: dict[str, Any],
        timeout: TimeoutTypes | NotGiven,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
    ) -> httpx.Request:
        for name, kind in op.path_params.items():
            check_path_param(name, kind, args[name])
        for name in op.uuid_query_params:
            check_uuid_query(name, args.get(name))
        body = args.get("body")
        if op.idempotency_key_field is not None and body is not None:
            # One key per call, reused by every retry of it: the server dedupes replays.
            if isinstance(getattr(body, op.idempotency_key_field, None), Unset):
                setattr(body, op.idempotency_key_field, str(uuid.uuid4()))
        try:
            kwargs = op.module._get_kwargs(**args)
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            raise InvalidArgumentError(f"{op.name}: an argument has the wrong type: {exc}") from None
        headers = merge_headers(self._headers, kwargs.get("headers"), extra_headers)
        params: dict[str, Any] = dict(kwargs.get("params") or {})
        if extra_query:
            params.update(extra_query)
        content = kwargs.get("content")
        if hasattr(content, "read"):  # a raw-document body arrives as a file object
            content = content.read()
        if "json" in kwargs:
            try:
                content = json.dumps(
                    kwargs["json"], ensure_ascii=False, separators=(",", ":"), allow_nan=False
                )
            except (TypeError, ValueError) as exc:
                raise InvalidArgumentError(
                    f"{op.name}: the request body is not JSON-serialisable: {exc}"
                ) from None
            content = content.encode("utf-8")
        timeouts = self._timeout_dict if isinstance(timeout, NotGiven) else as_timeout(timeout).as_dict()
        try:
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

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        transport = self._direct_transport
        if transport is None:
            return await self._http.send(request)
        # Our own client: nothing in httpx.AsyncClient.send (auth flows, redirects, cookies,
        # event hooks) applies, so go straight to the transport.
        response = await transport.handle_async_request(request)
        response.request = request
        await response.aread()
        return response

    async def _send(self, op: Operation, request: httpx.Request) -> httpx.Response:
        """Send with the retry policy; return the final response or raise a typed error."""
        attempt = 0
        while True:
            self._check_open()
            started = time.perf_counter()
            try:
                response = await self._send_once(request)
            except httpx.LocalProtocolError as exc:  # refused by the HTTP layer before sending
                raise InvalidArgumentError(
                    f"{request.method} {request.url.path} cannot be sent: {exc}"
                ) from exc
            except httpx.TransportError as exc:
                certificate = certificate_problem(exc)
                if certificate is not None:  # retrying cannot fix a certificate
                    raise APIConnectionError(
                        f"{request.method} {request.url.path} failed: TLS certificate verification "
                        f"failed ({certificate}); set verify= to the CA bundle that signs the "
                        "server's certificate",
                        request=request,
                    ) from exc
                sent = not isinstance(exc, _NOT_SENT)
                if attempt < self.max_retries and should_retry_error(sent=sent, idempotent=op.idempotent):
                    attempt = await self._wait_to_retry(request, attempt, type(exc).__name__, None)
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
            logger.debug(
                "%s %s -> %d in %.1f ms (attempt %d)",
                request.method,
                request.url.path,
                status,
                (time.perf_counter() - started) * 1000,
                attempt + 1,
            )
            if (
                status >= 400
                and attempt < self.max_retries
                and should_retry_status(status, idempotent=op.idempotent)
            ):
                await response.aclose()
                attempt = await self._wait_to_retry(request, attempt, f"HTTP {status}", response.headers)
                continue
            return response

    async def _wait_to_retry(
        self, request: httpx.Request, attempt: int, reason: str, headers: httpx.Headers | None
    ) -> int:
        """Log the retry, wait for it (the server's Retry-After, else backoff); the next attempt."""
        delay = retry_delay(attempt, headers)
        logger.info(
            "Retrying %s %s in %.2fs after %s (retry %d of %d)",
            request.method,
            request.url.path,
            delay,
            reason,
            attempt + 1,
            self.max_retries,
        )
        await asyncio.sleep(delay)
        return attempt + 1

    def _check_open(self, cause: BaseException | None = None) -> None:
        if self._closed or self._http.is_closed:
            raise ClientClosedError(
                "HummClient is closed: create a new one (or don't call aclose() yet)"
            ) from cause

    async def _request(
        self,
        op: Operation,
        args: dict[str, Any],
        *,
        raw: bool,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> object:
        self._check_open()
        request = self._build_request(op, args, timeout, extra_headers, extra_query)
        response = await self._send(op, request)
        if response.status_code >= 400:
            raise make_status_error(response)
        if raw:
            return RawResponse[object](response, functools.partial(parse_response, op))
        if response.status_code >= 300:
            raise ResponseValidationError(
                f"{op.name}: unexpected {response.status_code} response", response=response
            )
        return parse_response(op, response)
