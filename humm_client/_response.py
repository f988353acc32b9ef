"""``RawResponse``: what ``with_raw_response`` methods return."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar, cast

import httpx

from ._exceptions import find_request_id

T = TypeVar("T")
_UNPARSED = object()


class RawResponse(Generic[T]):
    """The HTTP response of a successful call; the typed model is parsed on demand.

    Use it to read headers (rate limits, request ids) or the exact body. Non-2xx
    statuses still raise, exactly as the plain methods do.
    """

    __slots__ = ("_parsed", "_parser", "http_response")

    def __init__(self, http_response: httpx.Response, parser: Callable[[httpx.Response], object]) -> None:
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
