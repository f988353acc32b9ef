from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.widget_kind import WidgetKind
from ..types import UNSET, Unset, is_present, parse_datetime

T = TypeVar("T", bound="Widget")


@_attrs_define
class Widget:
    """
    Attributes:
        id (UUID):
        name (str):
        owner (None | str):
        kind (None | WidgetKind):
        created_at (datetime.datetime | None):
    """

    id: UUID
    name: str
    owner: None | str
    kind: None | WidgetKind = None
    created_at: datetime.datetime | None = None
    #: The keys the server sent (None: built in code), so ``to_dict()`` gives back exactly those.
    _present: frozenset[str] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        owner_sent: None | str | Unset = (
            self.owner if is_present(self._present, "owner", self.owner) else UNSET
        )
        owner: None | str | Unset
        if isinstance(owner_sent, Unset):
            owner = UNSET
        else:
            owner = owner_sent

        kind_sent: None | Unset | WidgetKind = (
            self.kind if is_present(self._present, "kind", self.kind) else UNSET
        )
        kind: None | str | Unset
        if isinstance(kind_sent, Unset):
            kind = UNSET
        elif isinstance(kind_sent, WidgetKind):
            kind = WidgetKind(kind_sent).value
        else:
            kind = kind_sent

        created_at_sent: datetime.datetime | Unset = (
            self.created_at
            if is_present(self._present, "created_at", self.created_at)
            and self.created_at is not None
            else UNSET
        )
        created_at: str | Unset = UNSET
        if not isinstance(created_at_sent, Unset):
            created_at = created_at_sent.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if kind is not UNSET:
            field_dict["kind"] = kind
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        owner_raw = d.pop("owner", UNSET)
        if owner_raw is UNSET:
            _types.note_field("Widget", "owner", owner_raw)
        _owner = owner_raw
        owner: None | str | Unset
        if _owner is None or _owner is UNSET:
            owner = _owner
        else:
            if not isinstance(_owner, str):
                raise TypeError(
                    f"owner: expected a string, got {type(_owner).__name__}"
                )
            owner = _owner

        _kind = d.pop("kind", UNSET)
        kind: None | Unset | WidgetKind
        if _kind is None or _kind is UNSET:
            kind = _kind
        else:
            if not isinstance(_kind, str):
                raise TypeError("kind" + ": unexpected type " + type(_kind).__name__)
            kind_type_0 = WidgetKind(_kind)

            kind = kind_type_0

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        widget = cls(
            id=id,
            name=name,
            owner=None if isinstance(owner, Unset) else owner,
            kind=None if isinstance(kind, Unset) else kind,
            created_at=None if isinstance(created_at, Unset) else created_at,
        )
        widget._present = frozenset(src_dict)
        if d:
            _types.note_unknown_fields("Widget", d)

        widget.additional_properties = d
        return widget

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
