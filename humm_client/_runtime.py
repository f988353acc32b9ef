"""Runtime helpers the generated code imports (never the reverse).

They are handwritten and linted here; ``_generated/types.py`` only re-exports
them under the names openapi-python-client's templates expect.
"""

from __future__ import annotations

import datetime
import re
import uuid
from collections.abc import Callable, Mapping
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Literal, cast
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


#: The canonical 8-4-4-4-12 hex form; `ServerUUID` keeps such text as it came.
_CANONICAL_UUID = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
).fullmatch
_UUID_INT = uuid.UUID.__dict__["int"]  # the base class's slot, a cache for `ServerUUID.int`


class ServerUUID(uuid.UUID):
    """A UUID parsed from the server (made by `parse_uuid`), holding the server's text (``text``).

    The 128-bit integer is computed from the text on first use, so parsing costs a format check
    only. It is a ``uuid.UUID`` in every other way: ``str()`` is the canonical lowercase form,
    it equals and hashes like the equal ``uuid.UUID``, pickles and copies, and its attributes
    are read-only; a parsed model's ``to_dict()`` gives back ``text`` (upper case stays upper).
    """

    __slots__ = ("_text",)
    _text: str
    is_safe = uuid.SafeUUID.unknown  # type: ignore[misc]  # a constant, not a slot
    # `ServerUUID()` runs no Python code (uuid.UUID's __init__ would parse the text again), and
    # parse_uuid stores the private slot directly; the public attributes are properties or
    # constants without setters, so they stay read-only as on uuid.UUID.
    if not TYPE_CHECKING:
        __init__ = object.__init__
        __setattr__ = object.__setattr__

    @property
    def text(self) -> str:
        """The UUID as the server wrote it (8-4-4-4-12 hex digits, either case)."""
        return self._text

    @property  # type: ignore[misc]  # computed from the text on first use
    def int(self) -> int:
        try:
            value: int = _UUID_INT.__get__(self, ServerUUID)
        except AttributeError:
            value = int(self._text.replace("-", ""), 16)
            _UUID_INT.__set__(self, value)
        return value

    def __str__(self) -> str:
        return self._text.lower()

    def __repr__(self) -> str:
        return f"UUID({str(self)!r})"

    def __reduce__(self) -> tuple[Callable[[Any], uuid.UUID], tuple[str]]:
        return parse_uuid, (self._text,)

    def __copy__(self) -> ServerUUID:
        return self

    def __deepcopy__(self, memo: object) -> ServerUUID:
        return self


def parse_uuid(value: Any) -> uuid.UUID:
    """A JSON string holding a UUID: a `ServerUUID` for the canonical form (the server's text kept),
    a plain ``uuid.UUID`` for the other forms ``uuid.UUID`` accepts; TypeError/ValueError otherwise."""
    if _CANONICAL_UUID(value) is None:  # TypeError for anything but a string
        return uuid.UUID(value)  # braces, "urn:uuid:", no dashes...; ValueError if none of them
    parsed = ServerUUID()
    parsed._text = value
    return parsed


def uuid_text(value: uuid.UUID) -> str:
    """A UUID's JSON text: the server's own for a parsed one, else the canonical form."""
    return value._text if type(value) is ServerUUID else str(value)


def parse_object(value: object) -> dict[str, Any]:
    """A free-form JSON object: checked to be an object, returned as a dict."""
    if not isinstance(value, dict):
        raise TypeError(f"expected a JSON object, got {type(value).__name__}")
    return value


def parse_datetime(value: object) -> datetime.datetime:
    """A request model's datetime read from JSON: `parse_moment`'s value as a `ServerDateTime`
    that keeps the text (response models keep the text themselves and take `parse_moment`'s)."""
    parsed = parse_moment(value)
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
    result._source = cast(str, value)
    return result


#: ``datetime.fromisoformat``: the generated parsers' fast path (TypeError for a non-string).
fromisoformat = datetime.datetime.fromisoformat


def parse_moment(value: object) -> datetime.datetime:
    """Parse an ISO-8601 datetime into a plain ``datetime`` (the caller keeps the text): the forms
    ``fromisoformat`` does not read go to python-dateutil. TypeError/ValueError when it is not one."""
    if type(value) is not str:
        raise TypeError(f"expected an ISO-8601 datetime string, got {type(value).__name__}")
    try:
        return fromisoformat(value)
    except ValueError:
        from dateutil.parser import isoparse  # only for the rarer ISO forms

        return isoparse(value)


def is_text(response: httpx.Response, content_types: tuple[str, ...]) -> bool:
    """A success that came as a document (e.g. YAML), returned to the caller as text."""
    content_type = response.headers.get("content-type", "").split(";")[0].strip()
    return content_type in content_types or content_type.startswith("text/")


def path_segment(value: object) -> str:
    """A path parameter as one percent-encoded segment (a UUID's text has nothing to encode)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    return quote(str(value), safe="")
