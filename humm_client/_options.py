"""Per-call options: declared once (``RequestOptions``), resolved once (``CallOptions``).

Why: every generated method takes the same options (``timeout``, ``max_retries``,
``extra_headers``, ``extra_query``, ``max_response_size``). They are typed here, once, as the
``**options`` of every method, and resolved client -> ``with_options`` -> call into one frozen
``CallOptions`` that the request pipeline reads: nothing is re-declared or passed along by hand.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, TypedDict

import httpx

from ._contract import Phases
from ._exceptions import InvalidArgumentError
from ._types import TimeoutTypes

__all__ = ["CallOptions", "RequestOptions", "as_max_response_size", "as_max_retries", "as_timeout"]


class RequestOptions(TypedDict, total=False):
    """The options every operation method takes as keyword arguments, after its own.

    - ``timeout``: seconds (or an ``httpx.Timeout``) each attempt may take, from asking for a
      connection to the last byte of the body; see the README's "Timeouts".
    - ``max_retries``: retries after the first attempt (0: send exactly once).
    - ``extra_headers``: added to (and overriding) the client's headers for this call.
    - ``extra_query``: added to the query string for this call.
    - ``max_response_size``: the largest decoded body accepted, in bytes.
    """

    timeout: TimeoutTypes
    max_retries: int
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    max_response_size: int


def _seconds(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidArgumentError(f"{name} must be a number of seconds, got {value!r}")
    seconds = float(value)
    if not seconds > 0 or math.isinf(seconds):  # NaN fails `> 0`
        raise InvalidArgumentError(
            f"{name} must be a positive, finite number of seconds, got {value!r} "
            "(every attempt is bounded: there is no 'no timeout')"
        )
    return seconds


@dataclass(frozen=True, slots=True)
class Timeouts:
    """A resolved timeout: the attempt's deadline, and what the transport bounds itself."""

    deadline: float
    phases: Phases

    def as_httpx(self) -> httpx.Timeout:
        """The same bounds as an ``httpx.Timeout`` (``as_timeout`` reads it back unchanged)."""
        return httpx.Timeout(self.deadline, connect=self.phases.connect, pool=self.phases.pool)


def as_timeout(value: object) -> Timeouts:
    """``timeout=`` as ``Timeouts``; ``InvalidArgumentError`` for 0, negative, NaN, inf, None.

    A number bounds the whole attempt (and its connect phase). An ``httpx.Timeout`` (or
    ``httpx2.Timeout``) bounds the attempt by its largest part and each phase by its own; a part
    left ``None`` only leaves that phase to the deadline.
    """
    if value is None:
        raise InvalidArgumentError(
            "timeout=None is not accepted: every attempt is bounded. Pass a number of seconds "
            "(or an httpx.Timeout); see the README's 'Timeouts'"
        )
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = _seconds("timeout", value)
        return Timeouts(seconds, Phases(connect=seconds, pool=seconds))
    if isinstance(value, httpx.Timeout) or type(value).__name__ == "Timeout":
        parts = {name: getattr(value, name, None) for name in ("connect", "read", "write", "pool")}
        given = {name: _seconds(f"timeout.{name}", part) for name, part in parts.items() if part is not None}
        if not given:
            raise InvalidArgumentError(
                "timeout: an httpx.Timeout with every part None would let a call wait forever"
            )
        deadline = max(given.values())
        return Timeouts(
            deadline, Phases(connect=given.get("connect", deadline), pool=given.get("pool", deadline))
        )
    raise InvalidArgumentError(f"timeout must be a number of seconds or an httpx.Timeout, got {value!r}")


def as_max_retries(value: object) -> int:
    """``max_retries``: a non-negative int."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidArgumentError(f"max_retries must be a non-negative int, got {value!r}")
    return value


def as_max_response_size(value: object) -> int:
    """``max_response_size``: a positive int of bytes."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError(f"max_response_size must be a positive int (bytes), got {value!r}")
    return value


_KNOWN = frozenset(RequestOptions.__annotations__)


class UnknownArgumentError(InvalidArgumentError, TypeError):
    """A keyword no method takes (a typo): a ``TypeError``, as Python raises for one, and an
    ``InvalidArgumentError``, as every bad input is."""


@dataclass(frozen=True, slots=True)
class CallOptions:
    """What one call runs with: the client's options, updated by ``with_options`` and the call."""

    timeouts: Timeouts
    max_retries: int
    max_response_size: int
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None

    def merge(self, given: Mapping[str, Any]) -> CallOptions:
        """These options updated by ``given`` (a call's ``**options``), each value checked."""
        unknown = set(given) - _KNOWN
        if unknown:
            names = ", ".join(repr(name) for name in sorted(unknown))
            raise UnknownArgumentError(
                f"unexpected keyword argument(s) {names}: not a parameter of the method, nor one of "
                f"the options every method takes ({', '.join(sorted(_KNOWN))})"
            )
        changes: dict[str, Any] = {}
        if "timeout" in given:
            changes["timeouts"] = as_timeout(given["timeout"])
        if "max_retries" in given:
            changes["max_retries"] = as_max_retries(given["max_retries"])
        if "max_response_size" in given:
            changes["max_response_size"] = as_max_response_size(given["max_response_size"])
        for name in ("extra_headers", "extra_query"):
            value = given.get(name)
            if value is not None and not isinstance(value, Mapping):
                raise InvalidArgumentError(f"{name} must be a mapping, got {type(value).__name__}")
            if name in given:
                changes[name] = value
        return replace(self, **changes)
