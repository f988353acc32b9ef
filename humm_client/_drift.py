"""Drift reporting: when the SDK tolerates a deviation from the spec, say so once.

The spec is reconstructed from cut docs pages; where it guessed (``x-humm-inferred``), the
parser reads leniently and calls ``report_drift`` so maintainers learn what the real API does,
at INFO on the ``humm_client`` logger, once per operation and field (not once per response).
"""

from __future__ import annotations

import threading

from ._logs import logger

#: Distinct (operation, what) pairs remembered; past this a hostile server cannot grow memory.
_MAX_REMEMBERED = 10_000
_reported: set[tuple[str, str]] = set()
_lock = threading.Lock()


def report_drift(operation: str, what: str) -> bool:
    """Log ``what`` (e.g. ``"MemoryResponse.user_id missing"``) for ``operation`` the first time
    it is seen; True when it was logged now."""
    key = (operation, what)
    with _lock:
        if key in _reported or len(_reported) >= _MAX_REMEMBERED:
            return False
        _reported.add(key)
    logger.info("API drift in %s: %s (tolerated; the spec guessed here)", operation, what)
    return True
