"""Checks on caller input, raised as ``InvalidArgumentError`` before anything is sent."""

from __future__ import annotations

import uuid
from enum import Enum
from typing import TypeVar, overload

import httpx

from ._exceptions import InvalidArgumentError
from ._runtime import Unset
from ._urls import BaseURL

E = TypeVar("E", bound=Enum)


def describe(value: object) -> str:
    """A short repr for error messages (a huge argument must not flood a log line)."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def as_uuid(value: object, name: str) -> uuid.UUID:
    """A UUID argument given as ``uuid.UUID`` or its string form."""
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            pass
    raise InvalidArgumentError(f"{name} must be a UUID (uuid.UUID or its string form), got {describe(value)}")


def check_path_param(name: str, kind: str, value: object) -> None:
    """Path parameters are validated so that no value can change the request path."""
    if kind == "uuid":
        as_uuid(value, name)
    elif not isinstance(value, (str, int)) or isinstance(value, bool) or str(value) in ("", ".", ".."):
        raise InvalidArgumentError(f"{name} must be a non-empty string id, got {describe(value)}")


def check_base_url(name: str, value: str) -> BaseURL:
    """A base URL argument, parsed once for the client's lifetime."""
    url = value.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise InvalidArgumentError(f"{name} must be an http(s) URL, got {value!r}")
    try:
        return BaseURL(url)
    except httpx.InvalidURL as exc:
        raise InvalidArgumentError(f"{name} is not a valid URL: {exc}") from None


@overload
def as_enum(cls: type[E], value: E | str, name: str) -> E: ...
@overload
def as_enum(cls: type[E], value: E | str | None, name: str) -> E | None: ...  # type: ignore[overload-overlap]
@overload
def as_enum(cls: type[E], value: E | str | Unset, name: str) -> E | Unset: ...
@overload
def as_enum(cls: type[E], value: E | str | Unset | None, name: str) -> E | Unset | None: ...
def as_enum(cls: type[E], value: E | str | Unset | None, name: str) -> E | Unset | None:
    """An enum argument given as the enum or its string value (both are in the signature).

    A string the spec does not list yet is passed on (the enums are forward compatible: the
    server may know a newer value); anything else is an ``InvalidArgumentError``. The overlap
    mypy reports is harmless: a value that is neither None nor UNSET matches the first overload.
    """
    if value is None or isinstance(value, (Unset, cls)):
        return value
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in cls)
        raise InvalidArgumentError(f"{name} must be one of {allowed}, got {describe(value)}") from None
