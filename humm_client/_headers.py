"""Header checks and case-insensitive merging, before anything is sent.

Why: a CR, LF or NUL in a value would otherwise surface as a bare ``ValueError`` from the
transport at call time (or, with some transports, split the request), and merging plain
dicts by exact key sends ``Authorization`` twice when a caller writes ``authorization``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from ._exceptions import InvalidArgumentError

__all__ = ["check_header", "merge_headers"]

# RFC 9110 field-name: a token. Field values: visible ASCII, spaces and tabs inside.
_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_VALUE = re.compile(r"[\x21-\x7e]([\x20-\x7e\t]*[\x21-\x7e])?|")


def check_header(name: object, value: object) -> None:
    """``InvalidArgumentError`` for a header no server should receive; the value is never echoed."""
    if type(name) is str and type(value) is str and _valid(name, value):
        return
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise InvalidArgumentError(f"invalid header name {name!r}: use letters, digits and !#$%&'*+-.^_`|~")
    if not isinstance(value, str):
        raise InvalidArgumentError(f"header {name}: the value must be a str, got {type(value).__name__}")
    raise InvalidArgumentError(
        f"header {name}: the value has a control character (CR, LF, NUL...), a non-ASCII "
        "character or surrounding whitespace"
    )


@functools.lru_cache(maxsize=512)
def _valid(name: str, value: str) -> bool:
    """Cached: the same few headers (Content-Type, a caller's defaults) come with every call."""
    return _NAME.fullmatch(name) is not None and _VALUE.fullmatch(value) is not None


def merge_headers(base: Mapping[str, str], *overrides: Mapping[str, str] | None) -> dict[str, str]:
    """``base`` updated by each of ``overrides`` in turn, names compared case-insensitively.

    The later value wins and takes the later spelling, so a caller can override
    ``Authorization``, ``User-Agent`` or ``Accept`` but never send two of them.
    """
    merged = dict(base)
    lower: dict[str, str] | None = None  # lower-case name -> the spelling in `merged`
    for headers in overrides:
        if not headers:
            continue
        if not isinstance(headers, Mapping):
            raise InvalidArgumentError(
                f"headers must be a mapping of str to str, got {type(headers).__name__}"
            )
        for name, value in headers.items():
            check_header(name, value)
            if name not in merged:
                if lower is None:
                    lower = {key.lower(): key for key in merged}
                existing = lower.get(name.lower())
                if existing is not None:
                    del merged[existing]
                lower[name.lower()] = name
            merged[name] = value
    return merged
