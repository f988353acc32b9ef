"""What the fake saw: one ``RecordedRequest`` per request, for assertions in users' tests."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from ._spec import operation_table

__all__ = ["RecordedRequest", "operation_pattern"]

#: Header values a test never needs to see (the token), shown as this.
REDACTED = "[redacted]"
_SECRET = frozenset({"authorization", "proxy-authorization", "cookie"})


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received.

    ``query``: the query parameters (a repeated one keeps its last value); ``headers``: lower-case
    names, the ``Authorization`` value redacted; ``body``: the decoded JSON (``None`` for no body,
    the text for a non-JSON one). For older tests it still compares equal to, and unpacks as,
    ``(method, path)``.
    """

    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None

    @classmethod
    def from_scope(cls, scope: dict[str, Any], body: bytes) -> RecordedRequest:
        headers = {}
        for name, value in scope.get("headers", []):
            key = name.decode("latin-1").lower()
            headers[key] = REDACTED if key in _SECRET else value.decode("latin-1")
        decoded: Any = None
        if body:
            text = body.decode("utf-8", "replace")
            try:
                decoded = json.loads(text)
            except ValueError:
                decoded = text
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
        return cls(scope["method"], scope["path"], query, headers, decoded)

    # (method, path), as the fake recorded requests before they carried more.
    def __iter__(self) -> Any:
        return iter((self.method, self.path))

    def __getitem__(self, index: int) -> str:
        return (self.method, self.path)[index]

    def __len__(self) -> int:
        return 2

    def __eq__(self, other: object) -> bool:
        if isinstance(other, tuple):
            return (self.method, self.path) == other
        if isinstance(other, RecordedRequest):
            return (self.method, self.path, self.query, self.headers, self.body) == (
                other.method,
                other.path,
                other.query,
                other.headers,
                other.body,
            )
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.method, self.path))


def operation_pattern(name: str) -> tuple[str, re.Pattern[str]]:
    """``"integration_sources.update"`` -> its HTTP method and a regex for its concrete paths."""
    for row in operation_table():
        if f"{row['tag']}.{row['method']}" == name:
            template = re.escape(row["path"]).replace(r"\{", "{").replace(r"\}", "}")
            pattern = re.sub(r"\{[^}/]+\}", "[^/]+", template)
            return row["http_method"], re.compile(pattern + "$")
    known = sorted(f"{row['tag']}.{row['method']}" for row in operation_table())
    raise ValueError(f"no operation {name!r}; the operations are {', '.join(known)}")
