"""Retry policy as pure functions: what may be retried, and how long to wait.

The rule that matters: a request that may already have been processed is never
replayed unless the operation is idempotent. Idempotent operations (GET, PUT,
DELETE, and those the spec marks ``x-humm-idempotent``) retry on connection
failures, timeouts and 408/429/500/502/503/504. Others (POST, PATCH) retry only
when the server certainly did not act: the connection was never established,
or it answered 429.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping

from ._constants import (
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRYABLE_STATUSES,
)


def should_retry_status(status: int, *, idempotent: bool) -> bool:
    """Whether a response with this status may be retried."""
    if status == 429:
        return True
    return idempotent and status in RETRYABLE_STATUSES


def should_retry_error(*, sent: bool, idempotent: bool) -> bool:
    """Whether a transport failure may be retried.

    ``sent`` is False only when the connection was never established (refused,
    DNS failure, connect timeout, no free connection in the pool): then the
    server cannot have acted and any request is safe to replay.
    """
    return idempotent or not sent


def retry_after(headers: Mapping[str, str], *, now: Callable[[], float] = time.time) -> float | None:
    """The server's requested delay in seconds, if any and if within bounds.

    Reads ``retry-after-ms``, then ``Retry-After`` as seconds or an HTTP date.
    A delay above ``MAX_RETRY_AFTER`` (or unparsable) is ignored: we then fall
    back to our own backoff rather than stall or hammer.
    """
    delay: float | None = None
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            delay = float(ms) / 1000.0
        except ValueError:
            delay = None
    if delay is None:
        value = headers.get("retry-after")
        if value is not None:
            try:
                delay = float(value)
            except ValueError:
                parsed = email.utils.parsedate_tz(value)
                if parsed is not None:
                    delay = float(email.utils.mktime_tz(parsed)) - now()
    if delay is None or delay != delay:  # NaN
        return None
    if delay < 0:  # an HTTP date already past: retry now
        return 0.0
    return delay if delay <= MAX_RETRY_AFTER else None


def backoff(attempt: int, *, rand: Callable[[], float] = random.random) -> float:
    """Full-jitter exponential backoff for retry number ``attempt`` (0-based)."""
    cap = min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2.0**attempt)
    return cap * rand()


def retry_delay(attempt: int, headers: Mapping[str, str] | None) -> float:
    """How long to wait before retry number ``attempt``: the server's word, else backoff."""
    if headers is not None:
        requested = retry_after(headers)
        if requested is not None:
            return requested
    return backoff(attempt)
