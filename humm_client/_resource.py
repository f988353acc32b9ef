"""Base pieces of the generated per-tag namespaces (``humm.<tag>``).

The namespaces themselves are generated from ``openapi.yaml`` by
``templates/endpoint_init.py.jinja``; each method packs its arguments and hands
them, with the operation's ``Operation`` descriptor, to ``Requester._request``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from ._types import NotGiven, TimeoutTypes


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
