"""``humm.widgets``: generated from openapi.yaml; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Unpack, cast
from uuid import UUID

from humm_client._options import RequestOptions
from humm_client._pagination import AsyncPaginator
from humm_client._resource import AsyncResource, LazyModule, json_or_content
from humm_client._response import (
    paginator_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from humm_client._validation import as_enum, as_uuid

from ...types import UNSET, File, Unset

# Each operation's endpoint module, and with it the operation's models (attrs classes, built
# when imported), loads on the operation's first call, not with the namespace: the annotations
# need only the names, and a method reads what it runs (``OPERATION``, the body model, enums)
# from its endpoint module.
if TYPE_CHECKING:
    from ...models.widget import Widget
    from ...models.widget_create import WidgetCreate
    from ...models.widget_kind import WidgetKind
    from . import annotate_widget as _annotate_widget
    from . import create_widget as _create_widget
    from . import delete_widget as _delete_widget
    from . import get_widget_notes as _get_widget_notes
    from . import list_widgets as _list_widgets
    from . import replace_widget_tags as _replace_widget_tags
else:
    _list_widgets = LazyModule(globals(), "list_widgets")
    _create_widget = LazyModule(globals(), "create_widget")
    _replace_widget_tags = LazyModule(globals(), "replace_widget_tags")
    _delete_widget = LazyModule(globals(), "delete_widget")
    _get_widget_notes = LazyModule(globals(), "get_widget_notes")
    _annotate_widget = LazyModule(globals(), "annotate_widget")

__all__ = ["Widgets", "WidgetsWithRawResponse"]


class Widgets(AsyncResource):
    """Operations tagged ``widgets`` in the API docs."""

    @cached_property
    def with_raw_response(self) -> WidgetsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, lazily parsed model)."""
        return WidgetsWithRawResponse(self)

    def list(
        self,
        *,
        kind: WidgetKind | Literal["round", "square"],
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[builtins.list[Widget], Widget]:
        """List Widgets: ``GET /widgets``.

        Await it for one page, or ``async for item in ....iterate()`` for every item, page by page.
        """

        return AsyncPaginator(
            self._client,
            _list_widgets.OPERATION,
            {
                "kind": as_enum(_list_widgets.WidgetKind, kind, "kind"),
                "offset": offset,
                "limit": limit,
            },
            options,
        )

    async def create(
        self,
        *,
        x_request_source: str,
        name: str,
        kind: None | Unset | WidgetKind | Literal["round", "square"] = UNSET,
        idempotency_key: str | Unset = UNSET,
        x_dry_run: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Widget:
        """Create Widget: ``POST /widgets``.

        Args:
            name: Display name
            kind: The widget's shape, if known
        """

        return await self._client._request(
            _create_widget.OPERATION,
            {
                "body": _create_widget.WidgetCreate(
                    name=name,
                    kind=as_enum(_create_widget.WidgetKind, kind, "kind"),
                    idempotency_key=idempotency_key,
                ),
                "x_request_source": x_request_source,
                "x_dry_run": x_dry_run,
            },
            options,
        )

    async def replace_tags(
        self,
        slug: str,
        *,
        body: builtins.list[str],
        **options: Unpack[RequestOptions],
    ) -> Widget:
        """Replace Widget Tags: ``PUT /widgets/{slug}``."""

        return await self._client._request(
            _replace_widget_tags.OPERATION,
            {
                "slug": slug,
                "body": body,
            },
            options,
        )

    async def delete(
        self,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete Widget: ``DELETE /widgets/{slug}``."""

        return await self._client._request(
            _delete_widget.OPERATION,
            {
                "slug": slug,
            },
            options,
        )

    async def notes(
        self,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Get Widget Notes: ``GET /widgets/{slug}/notes`` (analyst API)."""

        return await self._client._request(
            _get_widget_notes.OPERATION,
            {
                "slug": slug,
            },
            options,
        )

    async def annotate(
        self,
        slug: str,
        *,
        body: dict[str, Any],
        **options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """Annotate Widget: ``PATCH /widgets/{slug}/notes`` (analyst API)."""

        return await self._client._request(
            _annotate_widget.OPERATION,
            {
                "slug": slug,
                "body": body,
            },
            options,
        )


class WidgetsWithRawResponse:
    """``Widgets`` methods that return the raw HTTP response (``RawResponse``)."""

    def __init__(self, resource: Widgets) -> None:
        self.list = paginator_to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.replace_tags = to_raw_response_wrapper(resource.replace_tags)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.notes = to_raw_response_wrapper(resource.notes)
        self.annotate = to_raw_response_wrapper(resource.annotate)
