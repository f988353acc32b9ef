"""Request URLs without parsing the whole URL again on every call.

httpx validates a URL string character by character in Python (~13 µs a request, the
largest single cost of building one). A client's base URLs never change, so each is parsed
once; a request only appends its path, which the generated code has already percent-encoded.
The default transport sends the URL as text (``RequestURL``); the ``httpx.URL`` a user may
read (an error's ``request.url``) is made from the same parts only when read. A path or
query that is not plain ASCII URL text takes httpx's full parser, as does any httpx version
without the internals this relies on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import httpx

_PLAIN = re.compile(r"[A-Za-z0-9\-._~%/!$&'()*+,;=:@]*")


class BaseURL:
    """One parsed base URL (``https://config.heyhumm.ai``) that request paths are appended to."""

    __slots__ = ("_fast", "origin", "prefix", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        parsed = httpx.URL(text)  # validates once (raises httpx.InvalidURL)
        #: (scheme, host, port) as httpx's transport keys an origin (the proxy routes use it).
        self.origin: tuple[bytes, bytes, int | None] = (parsed.raw_scheme, parsed.raw_host, parsed.port)
        #: The normalised text a request's path is appended to (httpx's spelling of the base).
        self.prefix = str(parsed.copy_with(query=None, fragment=None)).rstrip("/")
        self._fast: Callable[[str, str | None], httpx.URL] | None = None
        try:
            from httpx._urlparse import ParseResult

            ref = parsed._uri_reference
            path_prefix = ref.path.rstrip("/")

            def fast(path: str, query: str | None) -> httpx.URL:
                url = httpx.URL.__new__(httpx.URL)
                url._uri_reference = ParseResult(
                    ref.scheme, ref.userinfo, ref.host, ref.port, path_prefix + path, query, None
                )
                return url

            self._fast = fast
        except (ImportError, AttributeError, TypeError):  # pragma: no cover - another httpx
            self._fast = None

    def join(self, path: str, params: Mapping[str, Any] | None) -> httpx.URL:
        """``base + path`` with ``params`` as the query string."""
        return self.request_url(path, params).url()

    def request_url(self, path: str, params: Mapping[str, Any] | None) -> RequestURL:
        """``join``'s URL as text, for sending; its ``httpx.URL`` is made only if read."""
        query = str(httpx.QueryParams(params)) if params else None
        if self._fast is not None and _PLAIN.fullmatch(path) and (query is None or _PLAIN.fullmatch(query)):
            text = self.prefix + path if query is None else f"{self.prefix}{path}?{query}"
            return RequestURL(text, self, path, query)
        url = httpx.URL(self.text + path, params=params or None)
        found = RequestURL(str(url), self, path, query)
        found.parsed = url
        return found


class RequestURL:
    """A request's URL: the text the transport sends, and the ``httpx.URL`` users read, on demand."""

    __slots__ = ("_base", "_path", "_query", "origin", "parsed", "text")

    def __init__(self, text: str, base: BaseURL, path: str, query: str | None) -> None:
        self.text = text
        self.origin = base.origin
        self.parsed: httpx.URL | None = None
        self._base, self._path, self._query = base, path, query

    def url(self) -> httpx.URL:
        """The ``httpx.URL`` (made once, from the parts already checked)."""
        parsed = self.parsed
        if parsed is None:
            base = self._base
            fast = base._fast
            parsed = self.parsed = fast(self._path, self._query) if fast is not None else httpx.URL(self.text)
        return parsed
