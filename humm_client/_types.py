"""Small shared types: the not-given sentinel for per-call options."""

from __future__ import annotations

from typing import Literal, TypeAlias

import httpx


class NotGiven:
    """Marks a per-call option the caller did not pass (``None`` is a real value)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

#: Seconds per attempt, or an ``httpx.Timeout`` (its largest part is the attempt's deadline).
#: There is no "no timeout": 0, negative, NaN, infinity and ``None`` are refused.
TimeoutTypes: TypeAlias = float | httpx.Timeout
