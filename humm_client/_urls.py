"""Request URLs without parsing the whole URL again on every call.

httpx validates a URL string character by character in Python (~13 µs a request, the
largest single cost of building one). A client's base URLs never change, so each is parsed
once; a request only appends its path, which the generated code has already percent-encoded.
A path or query that is not plain ASCII URL text takes httpx's full parser, as does any
httpx version without the internals this relies on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import httpx

_PLAIN = re.compile(r"[A-Za-z0-9\-._~%/!$&'()*+,;=:@]*")


class BaseURL:
    """One parsed base URL (``https://config.heyhumm.ai``) that request paths are appended to."""

    __slots__ = ("_fast", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        parsed = httpx.URL(text)  # validates once (raises httpx.InvalidURL)
        self._fast: Callable[[str, str | None], httpx.URL] | None = None
        try:
            from httpx._urlparse import ParseResult

            ref = parsed._uri_reference
            prefix = ref.path.rstrip("/")

            def fast(path: str, query: str | None) -> httpx.URL:
                url = httpx.URL.__new__(httpx.URL)
                url._uri_reference = ParseResult(
                    ref.scheme, ref.userinfo, ref.host, ref.port, prefix + path, query, None
                )
                return url

            self._fast = fast
        except (ImportError, AttributeError, TypeError):  # pragma: no cover - another httpx
            self._fast = None

    def join(self, path: str, params: Mapping[str, Any] | None) -> httpx.URL:
        """``base + path`` with ``params`` as the query string."""
        query = str(httpx.QueryParams(params)) if params else None
        if self._fast is not None and _PLAIN.fullmatch(path) and (query is None or _PLAIN.fullmatch(query)):
            return self._fast(path, query)
        return httpx.URL(self.text + path, params=params or None)
