"""Drift reporting: when the SDK tolerates a deviation from the spec, say so once.

The spec is reconstructed from cut docs pages; where it guessed (``x-humm-inferred``), the
parser reads leniently and calls ``report_drift`` so maintainers learn what the real API does,
at INFO on the ``humm_client`` logger, once per operation and field (not once per response).

The generated parsers do not know which operation they parse for, so they only *note* a
deviation (``note_drift``, called on the tolerant branches alone: nothing runs per field when
nothing drifted); ``HummClient`` reports the notes under the operation's name after parsing.
Parsing is synchronous, so a thread's notes between two reports belong to one response.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from ._logs import logger
from ._runtime import UNSET

#: Distinct (operation, what) pairs remembered; past this a hostile server cannot grow memory.
_MAX_REMEMBERED = 10_000
#: Notes kept per response: a body with thousands of unknown keys reports the first ones.
_MAX_NOTES = 100
_reported: set[tuple[str, str]] = set()
_lock = threading.Lock()


class _Notes(threading.local):
    """The deviations the generated parsers noted in this thread since the last report."""

    def __init__(self) -> None:
        self.items: list[str] = []


_pending = _Notes()


def pending_notes() -> list[str]:
    """This thread's notes (the list itself: the client clears it around each parse)."""
    return _pending.items


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


def report_pending(operation: str, notes: list[str]) -> None:
    """Report (once each) and forget what the parsers noted while parsing ``operation``'s response."""
    for what in dict.fromkeys(notes):
        report_drift(operation, what)
    notes.clear()


def note_drift(what: str) -> None:
    """Remember a tolerated deviation until the client reports it under its operation."""
    items = _pending.items
    if len(items) < _MAX_NOTES:
        items.append(what)


def note_field(model: str, field: str, value: object) -> None:
    """An inferred field the server left out (``value`` is UNSET) or sent as null."""
    note_drift(f"{model}.{field} {'missing' if value is UNSET else 'null'}")


def note_unknown_fields(model: str, keys: Iterable[str]) -> None:
    """Fields the spec does not list (kept in ``additional_properties``)."""
    for key in keys:
        note_drift(f"{model}.{str(key)[:80]} unknown field")


def note_enum_value(enum: str, value: str) -> None:
    """A value the spec's enum does not list (kept as a member of its own)."""
    note_drift(f"{enum} value {value[:80]!r} unknown")


def note_status(status_code: int, documented: str) -> None:
    """A 2xx other than the documented one (parsed with the documented success schema)."""
    note_drift(f"status {status_code} (the spec documents {documented})")
