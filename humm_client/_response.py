"""``RawResponse``, and the wrappers that give every namespace its ``with_raw_response``.

A namespace's raw view is built once from its own methods (as openai-python's
``async_to_raw_response_wrapper`` does): each wrapped call runs the same method
with the raw mode switched on for its duration, so there is one copy of every
signature, and the raw method has the same parameters, typed, as the plain one.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

from ._exceptions import find_request_id
from ._pagination import AsyncPaginator

T = TypeVar("T")
P = ParamSpec("P")
PageT = TypeVar("PageT")
_UNPARSED = object()

#: Set by the wrappers below for the duration of one call; read by ``HummClient._request``.
raw_response_mode: ContextVar[bool] = ContextVar("humm_raw_response_mode", default=False)


class RawResponse(Generic[T]):
    """The HTTP response of a successful call; the typed model is parsed on demand.

    Use it to read headers (rate limits, request ids) or the exact body. Non-2xx
    statuses still raise, exactly as the plain methods do.
    """

    __slots__ = ("_parsed", "_parser", "http_response")

    def __init__(self, http_response: httpx.Response, parser: Callable[[httpx.Response], T]) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: object = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def request_id(self) -> str | None:
        return find_request_id(self.http_response.headers)

    def parse(self) -> T:
        """The typed model (parsed once; raises ``ResponseValidationError`` on a bad body)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parser(self.http_response)
        return cast(T, self._parsed)

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse [{self.status_code}] {request.method} {request.url.path}>"


def to_raw_response_wrapper(func: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The same method, returning the ``RawResponse`` instead of the parsed model."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = raw_response_mode.set(True)
        try:
            return cast(RawResponse[T], await func(*args, **kwargs))
        finally:
            raw_response_mode.reset(token)

    return wrapped


def paginator_to_raw_response_wrapper(
    func: Callable[P, AsyncPaginator[PageT, Any]],
) -> Callable[P, Awaitable[RawResponse[PageT]]]:
    """A list method's raw view: one page, as a ``RawResponse``."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[PageT]:
        paginator = func(*args, **kwargs)
        token = raw_response_mode.set(True)
        try:
            return cast(RawResponse[PageT], await paginator)
        finally:
            raw_response_mode.reset(token)

    return wrapped
