"""The fake's in-memory state: JSON items per response schema, by id, in insertion order."""

from __future__ import annotations

import copy
from typing import Any


class Store:
    """Items are kept as the JSON the API returns; reads hand out copies."""

    def __init__(self) -> None:
        self._items: dict[str, dict[str, dict[str, Any]]] = {}

    def put(self, kind: str, item: dict[str, Any]) -> None:
        self._items.setdefault(kind, {})[str(item["id"])] = copy.deepcopy(item)

    def get(self, kind: str, item_id: str) -> dict[str, Any] | None:
        item = self._items.get(kind, {}).get(str(item_id).lower())
        return copy.deepcopy(item) if item is not None else None

    def all(self, kind: str) -> list[dict[str, Any]]:
        return [copy.deepcopy(i) for i in self._items.get(kind, {}).values()]

    def kinds(self) -> list[str]:
        return list(self._items)

    def count(self, kind: str) -> int:
        return len(self._items.get(kind, {}))

    def clear(self) -> None:
        self._items.clear()
