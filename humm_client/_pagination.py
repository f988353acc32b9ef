"""``AsyncPaginator``: await it for one page, or iterate every item lazily.

    members = await humm.organization_members.list(org_id, page_size=50)   # one page
    async for member in humm.organization_members.list(org_id):            # all of them
        ...

Pages are fetched one at a time, only as the iteration reaches them, and it stops
on a short (or empty) page. Works for ``page``/``page_size`` and ``limit``/``offset``
operations alike; which one an operation uses comes from the spec.

It cannot run away: a page identical to the one before (a server ignoring the page
parameter) and more than ``max_pages`` pages both end in a ``HummError``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Mapping
from typing import Any, Generic, TypeVar, cast

from ._exceptions import HummError, InvalidArgumentError
from ._resource import Operation, Requester
from ._runtime import Unset

#: ``iterate()``'s safety limit: 1,000 pages is 50,000 items at the usual page size of 50.
DEFAULT_MAX_PAGES = 1000

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


class AsyncPaginator(Generic[PageT, ItemT]):
    """A list call: awaitable (one page) and iterable over every item (``iterate()``)."""

    def __init__(
        self,
        client: Requester,
        op: Operation[PageT],
        args: dict[str, Any],
        options: Mapping[str, Any],
    ) -> None:
        if op.pagination is None:  # pragma: no cover - the template only wraps paginated operations
            raise TypeError(f"{op.name} does not paginate")
        self._client = client
        self._op = op
        self._paging = op.pagination
        self._args = args
        self._options = options  # the call's RequestOptions, for every page

    async def _fetch(self, args: dict[str, Any]) -> PageT:
        return await self._client._request(self._op, args, self._options)

    def __await__(self) -> Generator[Any, None, PageT]:
        return self._fetch(self._args).__await__()

    def _items(self, page: PageT) -> list[ItemT]:
        field = self._paging.items_field
        items = getattr(page, field) if field is not None else page
        if isinstance(items, Unset) or items is None:
            return []
        return cast(list[ItemT], items)

    def __aiter__(self) -> AsyncIterator[ItemT]:
        """``async for item in humm.organization_members.list(org):`` every item, page after page
        (``iterate()`` with its default ``max_pages``)."""
        return self.iterate()

    async def iterate(self, *, max_pages: int = DEFAULT_MAX_PAGES) -> AsyncIterator[ItemT]:
        """Every item, from the page the call asked for (or the first) to the last page.

        Without a page size of yours, the documented default is sent, so a short page
        reliably means the last one. Raises ``HummError`` when a page repeats the previous
        one or after ``max_pages`` pages (raise the limit to walk longer lists).
        """
        paging = self._paging
        if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
            raise InvalidArgumentError(f"max_pages must be a positive int, got {max_pages!r}")
        args = dict(self._args)
        size = args.get(paging.size_param)
        if isinstance(size, Unset):
            size = paging.default_size
            if size is not None:  # the server's default, stated: a short page is then the last
                args[paging.size_param] = size
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
        previous: list[ItemT] | None = None
        for _ in range(max_pages):
            args[start_param] = position
            items = self._items(await self._fetch(args))
            if items and items == previous:
                raise HummError(
                    f"{self._op.name}: the page at {start_param}={position} repeats the previous one; "
                    f"the server seems to ignore {start_param!r}, so iteration stopped"
                )
            for item in items:
                yield item
            if not items or (size is not None and len(items) < size):
                return
            previous = items
            position += 1 if paging.style == "page" else len(items)
        raise HummError(
            f"{self._op.name}: stopped after max_pages={max_pages} pages; "
            "pass iterate(max_pages=...) to walk a longer list"
        )
