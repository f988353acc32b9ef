"""JSON for the request pipeline: orjson's speed with the standard library's meaning.

orjson differs from ``json`` in a few places; each difference falls back to ``json`` so a user
sees exactly what they saw before (the same values, the same errors):

- encoding: orjson refuses non-string keys and integers past 64 bits (``json`` writes them), and
  writes NaN/Infinity as ``null`` (``json.dumps(allow_nan=False)`` refuses them, which the client
  reports as ``InvalidArgumentError``). Any orjson ``TypeError``, or a ``null`` in its output (a
  ``None`` or a NaN: only ``json`` can tell), re-encodes with ``json``.
- decoding: orjson turns integers past 64 bits into floats, and refuses lone surrogates and
  NaN/Infinity literals. A body with a run of 19+ digits, or one orjson refuses, is decoded by
  ``json.loads``, whose result or error (a ``ValueError``: ``ResponseValidationError``) is
  today's.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

__all__ = ["dumps", "loads"]

# A run of 19+ digits: every digit becomes "0", everything else "x", then one substring search
# (C speed: a regex over the body costs more than the decoding it guards).
_DIGITS_AS_ZERO = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x78 for byte in range(256))
_LONG_RUN = b"0" * 19
# What json cannot encode either: left to json, to raise its own TypeError.
_PASSTHROUGH = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def dumps(value: Any) -> bytes:
    """UTF-8 compact JSON, as ``json.dumps(..., ensure_ascii=False, allow_nan=False)`` writes it."""
    try:
        encoded = orjson.dumps(value, option=_PASSTHROUGH)
    except TypeError:
        encoded = b"null"  # let json decide: it writes some of what orjson refuses
    if b"null" in encoded:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    return encoded


_WINDOW = 1 << 20  # a large body is scanned a window at a time: no full-size copy of it


def _has_long_run(raw: bytes) -> bool:
    """Whether ``raw`` has a run of 19+ digits, in windows that overlap by 18 bytes."""
    if len(raw) <= _WINDOW:
        return _LONG_RUN in raw.translate(_DIGITS_AS_ZERO)
    view = memoryview(raw)
    overlap = len(_LONG_RUN) - 1
    return any(
        _LONG_RUN in bytes(view[start : start + _WINDOW + overlap]).translate(_DIGITS_AS_ZERO)
        for start in range(0, len(raw), _WINDOW)
    )


def loads(content: bytes | str) -> Any:
    """``json.loads(content)``, by orjson where that gives the same result."""
    raw = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
    if len(raw) <= _WINDOW:  # the usual body: one translate, no function call
        long_run = _LONG_RUN in raw.translate(_DIGITS_AS_ZERO)
    else:
        long_run = _has_long_run(raw)
    if not long_run:
        try:
            return orjson.loads(content)
        except orjson.JSONDecodeError:
            pass
    return json.loads(content)
