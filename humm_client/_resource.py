"""What the generated namespaces are built from: ``Operation[T]``, ``AsyncResource``, ``LazyModule``.

The namespaces themselves are generated from ``openapi.yaml`` by
``templates/endpoint_init.py.jinja``; each method packs its arguments and hands
them, with the operation's ``Operation`` descriptor (``OPERATION`` in the operation's
endpoint module, loaded on the method's first call), to ``Requester._request``,
which returns the operation's typed result ``T``.
"""

from __future__ import annotations

import importlib
import io
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypedDict, TypeVar

import httpx

from ._exceptions import InvalidArgumentError
from ._runtime import File, Unset

T = TypeVar("T")
BodyT = TypeVar("BodyT")


class RequestKwargs(TypedDict, total=False):
    """What a generated ``build_request`` returns: the parts of one HTTP request."""

    method: str
    url: str
    params: dict[str, Any]
    headers: dict[str, str]
    json: Any
    content: Any


@dataclass(frozen=True, slots=True)
class Pagination:
    """How an operation pages, from its ``x-humm-pagination`` extension."""

    style: str  # "page" or "offset"
    size_param: str
    page_param: str | None = None
    offset_param: str | None = None
    items_field: str | None = None
    default_size: int | None = None
    first_page: int = 1


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """One API operation: its generated request builder and response parser, plus policy."""

    #: ``"<tag>.<method>"``, for logs and errors.
    name: str
    #: The generated ``build_request``: keyword arguments -> the parts of the HTTP request.
    build: Callable[..., RequestKwargs]
    #: The generated ``parse_response(status_code, response)`` for a successful (2xx) response.
    parse: Callable[[int, httpx.Response], T]
    #: Which host: ``"config"`` or ``"analyst"``.
    server: str
    #: The path template (``/api/integration-sources/{source_id}``), for traces.
    route: str
    #: Safe to replay after the server may have acted.
    idempotent: bool
    #: Path parameters and their kind (``"uuid"`` or ``"string"``): validated before sending.
    path_params: Mapping[str, str] = field(default_factory=dict)
    #: Query parameters typed as UUIDs: validated before sending.
    uuid_query_params: tuple[str, ...] = ()
    #: Body field to fill with a fresh idempotency key when the caller gives none.
    idempotency_key_field: str | None = None
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
    async def _request(self, op: Operation[T], args: dict[str, Any], options: Mapping[str, Any] = ...) -> T:
        """Run ``op`` with ``args``; ``options``: the call's ``RequestOptions`` (see ``_options``)."""


class AsyncResource:
    """Base of every generated namespace: holds the client it sends through."""

    __slots__ = ("__dict__", "_client")

    def __init__(self, client: Requester) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace>"


class LazyModule:
    """An endpoint module of a namespace package, imported on the first read of one of its names.

    A namespace module binds ``_op = LazyModule(globals(), "op")`` instead of importing ``.op``
    (and with it the operation's models). The first read of ``_op.OPERATION`` imports ``.op``
    and rebinds the global ``_op`` to it, so every later read is a plain module attribute.
    """

    __slots__ = ("_module", "_namespace")

    def __init__(self, namespace: dict[str, Any], module: str) -> None:
        self._namespace = namespace
        self._module = module

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # introspection (copy, pickle, inspect) imports nothing
            raise AttributeError(name)
        module = importlib.import_module(f".{self._module}", self._namespace["__name__"])
        self._namespace[f"_{self._module}"] = module
        return getattr(module, name)

    def __repr__(self) -> str:
        return f"<LazyModule {self._namespace['__name__']}.{self._module}>"
