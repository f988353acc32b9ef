"""Runtime helpers the generated code imports (never the reverse).

They are handwritten and linted here; ``_generated/types.py`` only re-exports
them under the names openapi-python-client's templates expect.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Mapping
from typing import IO, Any, BinaryIO, Literal
from urllib.parse import quote

import httpx
from attrs import define


class Unset:
    """Marks an argument the caller did not pass (``None`` is a real value, sent as null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A raw document sent as the request body (e.g. the ontology's YAML)."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The tuple httpx accepts for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


class ServerDateTime(datetime.datetime):
    """A datetime parsed from the server, remembering the exact text it came from.

    ``isoformat()`` with no arguments returns that text, so a parsed model's
    ``to_dict()`` gives back the JSON the server sent ("Z" stays "Z"). Everything
    else behaves as a plain ``datetime.datetime``.
    """

    __slots__ = ("_source",)
    _source: str

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        source: str | None = getattr(self, "_source", None)
        if source is not None and sep == "T" and timespec == "auto":
            return source
        return super().isoformat(sep, timespec)


def parse_object(value: object) -> dict[str, Any]:
    """A free-form JSON object: checked to be an object, returned as a dict."""
    if not isinstance(value, dict):
        raise TypeError(f"expected a JSON object, got {type(value).__name__}")
    return value


def parse_datetime(value: object) -> datetime.datetime:
    """Parse any ISO-8601 datetime (C fast path first, python-dateutil for the rarer forms)."""
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO-8601 datetime string, got {type(value).__name__}")
    try:
        result = ServerDateTime.fromisoformat(value)
    except ValueError:
        from dateutil.parser import isoparse  # only for the rarer ISO forms

        parsed = isoparse(value)
        result = ServerDateTime(
            parsed.year,
            parsed.month,
            parsed.day,
            parsed.hour,
            parsed.minute,
            parsed.second,
            parsed.microsecond,
            parsed.tzinfo,
            fold=parsed.fold,
        )
    result._source = value
    return result


def is_text(response: httpx.Response, content_types: tuple[str, ...]) -> bool:
    """A success that came as a document (e.g. YAML), returned to the caller as text."""
    content_type = response.headers.get("content-type", "").split(";")[0].strip()
    return content_type in content_types or content_type.startswith("text/")


def is_present(present: frozenset[str] | None, key: str, value: object) -> bool:
    """Whether a response model's ``to_dict()`` emits ``key``: the server sent it (or, for a
    model built in code, its value is not None)."""
    return value is not None if present is None else key in present


def path_segment(value: object) -> str:
    """A path parameter as one percent-encoded segment (a UUID's text has nothing to encode)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    return quote(str(value), safe="")
