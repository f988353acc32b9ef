"""``AsyncPaginator``: await it for one page, or iterate every item lazily.

    members = await humm.organization_members.list(org_id, page_size=50)   # one page
    async for member in humm.organization_members.list(org_id).iterate():  # all of them
        ...

Pages are fetched one at a time, only as the iteration reaches them, and it stops
on a short (or empty) page. Works for ``page``/``page_size`` and ``limit``/``offset``
operations alike; which one an operation uses comes from the spec.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Mapping
from typing import Any, Generic, TypeVar, cast

from ._exceptions import InvalidArgumentError
from ._resource import Operation, Requester
from ._runtime import Unset
from ._types import NotGiven, TimeoutTypes

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


class AsyncPaginator(Generic[PageT, ItemT]):
    """A list call: awaitable (one page) and iterable over every item (``iterate()``)."""

    def __init__(
        self,
        client: Requester,
        op: Operation[PageT],
        args: dict[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
    ) -> None:
        if op.pagination is None:  # pragma: no cover - the template only wraps paginated operations
            raise TypeError(f"{op.name} does not paginate")
        self._client = client
        self._op = op
        self._paging = op.pagination
        self._args = args
        self._options: dict[str, Any] = {
            "timeout": timeout,
            "max_retries": max_retries,
            "extra_headers": extra_headers,
            "extra_query": extra_query,
        }

    async def _fetch(self, args: dict[str, Any]) -> PageT:
        return await self._client._request(self._op, args, **self._options)

    def __await__(self) -> Generator[Any, None, PageT]:
        return self._fetch(self._args).__await__()

    def _items(self, page: PageT) -> list[ItemT]:
        field = self._paging.items_field
        items = getattr(page, field) if field is not None else page
        if isinstance(items, Unset) or items is None:
            return []
        return cast(list[ItemT], items)

    async def iterate(self) -> AsyncIterator[ItemT]:
        """Every item, from the page the call asked for (or the first) to the last page."""
        paging = self._paging
        args = dict(self._args)
        size = args.get(paging.size_param)
        if isinstance(size, Unset):
            size = paging.default_size
        elif not isinstance(size, int) or isinstance(size, bool) or size < 1:
            raise InvalidArgumentError(f"{paging.size_param} must be a positive int, got {size!r}")
        start_param = paging.page_param if paging.style == "page" else paging.offset_param
        assert start_param is not None
        given = args.get(start_param)
        position: int
        if isinstance(given, Unset):
            position = paging.first_page if paging.style == "page" else 0
        elif isinstance(given, int) and not isinstance(given, bool) and given >= 0:
            position = given
        else:
            raise InvalidArgumentError(f"{start_param} must be a non-negative int, got {given!r}")
        while True:
            args[start_param] = position
            items = self._items(await self._fetch(args))
            for item in items:
                yield item
            if not items or (size is not None and len(items) < size):
                return
            position += 1 if paging.style == "page" else len(items)
