"""OpenTelemetry spans, one per operation, when ``opentelemetry-api`` is installed.

Why here and not an instrumentation package: httpx's instrumentation cannot see requests that go
straight to our aiohttp transport, and only the SDK knows the operation, its route template and
its retries. ``opentelemetry`` is imported when a client is built, never by ``import
humm_client``; when it is not installed, or ``HUMM_TRACING=off``, the client keeps no tracer and
its request path is exactly the untraced one (see ``HummClient.__init__``).

Attributes follow OpenTelemetry's HTTP client semantic conventions: ``http.request.method``,
``url.template``, ``server.address``/``server.port``, ``http.response.status_code``,
``http.request.resend_count`` (retries), ``error.type``; plus ``humm.operation`` and
``humm.request_id``. Each retry is a span event; a failure is recorded on the span with its
``HummError`` type.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._exceptions import HummError, find_request_id
from ._resource import Operation
from ._version import __version__

if TYPE_CHECKING:
    from opentelemetry.trace import Tracer

__all__ = ["Tracing", "load_tracing"]

R = TypeVar("R")

#: ``HUMM_TRACING=off`` turns tracing off for clients built afterwards.
ENV_TRACING = "HUMM_TRACING"
_OFF = ("off", "0", "false", "no", "none")
_MISSING = object()
_tracer_cache: Any = _MISSING


def load_tracing() -> Tracing | None:
    """The tracing hooks for a new client, or None (not installed, or ``HUMM_TRACING=off``)."""
    global _tracer_cache
    if os.environ.get(ENV_TRACING, "").strip().lower() in _OFF:
        return None
    if _tracer_cache is _MISSING:  # one import attempt per process, found or not
        try:
            from opentelemetry import trace
        except ImportError:
            _tracer_cache = None
        else:
            # A ProxyTracer: it follows whichever tracer provider the application sets, even later.
            _tracer_cache = trace.get_tracer("humm_client", __version__)
    return Tracing(_tracer_cache) if _tracer_cache is not None else None


def _proxy_check(trace: Any) -> Callable[[], bool]:
    """A cheap "no tracer provider set yet?" test.

    ``trace.get_tracer_provider()`` reads ``os.environ`` on every call while none is set; the
    module global it consults is read directly when present (it has been in every release).
    """
    if "_TRACER_PROVIDER" in vars(trace) and "OTEL_PYTHON_TRACER_PROVIDER" not in os.environ:
        return lambda: trace._TRACER_PROVIDER is None
    return lambda: isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)


class Tracing:
    """Wraps a client's ``_request`` in a span and notes what ``_send`` sees on it."""

    __slots__ = ("_current_span", "_error", "_is_proxy", "_kind", "_provider_set", "_tracer")

    def __init__(self, tracer: Tracer) -> None:
        from opentelemetry import trace

        self._tracer = tracer
        self._current_span = trace.get_current_span
        self._kind = trace.SpanKind.CLIENT
        self._error = trace.StatusCode.ERROR
        # Until the application sets a tracer provider, spans would be no-ops that still cost
        # ~20 µs a call (context attach/detach): skip them, and pick tracing up once it is set
        # (OpenTelemetry sets the global provider once, so a True is never taken back).
        self._provider_set = False
        self._is_proxy = _proxy_check(trace)

    def wrap(self, request: Callable[..., Coroutine[Any, Any, R]]) -> Callable[..., Coroutine[Any, Any, R]]:
        """``request`` (a bound ``_request``) run inside one span per operation."""

        @functools.wraps(request)
        async def traced(op: Operation[Any], args: dict[str, Any], options: Any = None) -> R:
            call = request(op, args) if options is None else request(op, args, options)
            if not self._provider_set:
                if self._is_proxy():  # no provider yet: the plain call, no second coroutine
                    return await call
                self._provider_set = True
            return await self.run(op, call)

        return traced

    async def run(self, op: Operation[Any], call: Awaitable[R]) -> R:
        """``call`` inside the operation's span (a tracer provider is set)."""
        with self._tracer.start_as_current_span(
            f"humm {op.name}", kind=self._kind, record_exception=False, set_status_on_exception=False
        ) as span:
            if span.is_recording():
                span.set_attribute("humm.operation", op.name)
                span.set_attribute("url.template", op.route)
            try:
                return await call
            except HummError as exc:
                if span.is_recording():
                    name = type(exc).__name__
                    request = getattr(exc, "request", None)
                    if isinstance(request, httpx.Request):  # e.g. a connection error: no response
                        span.set_attribute("http.request.method", request.method)
                        span.set_attribute("server.address", request.url.host)
                    span.set_attribute("error.type", name)
                    span.set_attribute("humm.attempts", exc.attempts)
                    span.record_exception(exc)
                    span.set_status(self._error, f"{name}: {exc.message}")
                raise

    def on_retry(self, request: httpx.Request, retry: int, reason: str, delay: float | None) -> None:
        """A retry is about to happen: an event, and the resend count so far."""
        if not self._provider_set:  # no span was started
            return
        span = self._current_span()
        if not span.is_recording():
            return
        span.set_attribute("http.request.resend_count", retry)
        attributes: dict[str, Any] = {"humm.retry": retry, "humm.retry.reason": reason}
        if delay is not None:
            attributes["humm.retry.delay_s"] = round(delay, 3)
        span.add_event("retry", attributes)

    def on_response(self, request: httpx.Request, response: httpx.Response, attempts: int) -> None:
        """The final response of the operation (success or an error status), after ``attempts`` sends."""
        if not self._provider_set:  # no span was started
            return
        span = self._current_span()
        if not span.is_recording():
            return
        url = request.url
        span.set_attribute("http.request.method", request.method)
        span.set_attribute("server.address", url.host)
        if url.port is not None:
            span.set_attribute("server.port", url.port)
        span.set_attribute("http.response.status_code", response.status_code)
        span.set_attribute("humm.attempts", attempts)
        request_id = find_request_id(response.headers)
        if request_id is not None:
            span.set_attribute("humm.request_id", request_id)
