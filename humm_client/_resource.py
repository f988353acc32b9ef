"""Base pieces of the generated per-tag namespaces (``humm.<tag>``).

The namespaces themselves are generated from ``openapi.yaml`` by
``templates/endpoint_init.py.jinja``; each method packs its arguments and hands
them, with the operation's ``Operation`` descriptor, to ``Requester._request``.
"""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from ._exceptions import InvalidArgumentError
from ._generated.types import File, Unset
from ._types import NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ._pagination import Pagination

BodyT = TypeVar("BodyT")


@dataclass(frozen=True, slots=True)
class Operation:
    """What the client needs to know about one operation, beyond its arguments."""

    #: ``"<tag>.<method>"``, for logs and errors.
    name: str
    #: The generated endpoint module (``_get_kwargs`` and ``_parse_response``).
    module: ModuleType
    #: Which host: ``"config"`` or ``"analyst"``.
    server: str
    #: Safe to replay after the server may have acted.
    idempotent: bool
    #: Path parameters and their kind (``"uuid"`` or ``"string"``): validated before sending.
    path_params: Mapping[str, str] = field(default_factory=dict)
    #: Query parameters typed as UUIDs: validated before sending.
    uuid_query_params: tuple[str, ...] = ()
    #: Body field to fill with a fresh idempotency key when the caller gives none.
    idempotency_key_field: str | None = None
    #: Non-JSON content types a success may come in (returned as text).
    text_content_types: tuple[str, ...] = ()
    #: How a list operation pages (None: it does not).
    pagination: Pagination | None = None


def json_or_content(model: BodyT, content: str | bytes | Unset) -> BodyT | File:
    """The JSON body, or the raw document given as ``content=`` (not both)."""
    if isinstance(content, Unset):
        return model
    to_dict = getattr(model, "to_dict", None)
    if to_dict is not None and to_dict():
        raise InvalidArgumentError("pass either content= or the JSON fields, not both")
    if isinstance(content, str):
        content = content.encode("utf-8")
    if not isinstance(content, bytes):
        raise InvalidArgumentError(f"content must be str or bytes, got {type(content).__name__}")
    return File(payload=io.BytesIO(content))


class Requester(ABC):
    """What a namespace needs from the client: one way to run an operation."""

    @abstractmethod
    async def _request(
        self,
        op: Operation,
        args: dict[str, Any],
        *,
        raw: bool,
        timeout: TimeoutTypes | NotGiven,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
    ) -> object: ...


class AsyncResource:
    """Base of every generated namespace: holds the client it sends through."""

    __slots__ = ("__dict__", "_client")

    def __init__(self, client: Requester) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace>"
