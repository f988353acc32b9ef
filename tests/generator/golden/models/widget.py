from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.widget_kind import WidgetKind
from ..types import (
    UNSET,
    fromisoformat,
    parse_moment,
    parse_uuid,
    uuid_text,
)

T = TypeVar("T", bound="Widget")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "id",
        "name",
        "owner",
        "kind",
        "created_at",
    }
)
_WidgetKind: dict[str, WidgetKind] = {member.value: member for member in WidgetKind}


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
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    #: The datetimes as parsed (created_at), to tell them from ones assigned since.
    _moments: tuple[datetime.datetime | None, ...] = _attrs_field(
        default=(), init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        id = self.id
        field_dict["id"] = uuid_text(id)
        field_dict["name"] = self.name
        owner = self.owner
        if "owner" in sent if sent is not None else owner is not None:
            field_dict["owner"] = owner
        kind = self.kind
        if "kind" in sent if sent is not None else kind is not None:
            field_dict["kind"] = (
                None
                if kind is None
                else kind._value_
                if type(kind) is WidgetKind
                else WidgetKind(kind).value
            )
        created_at = self.created_at
        if created_at is not None and (sent is None or "created_at" in sent):
            field_dict["created_at"] = (
                sent["created_at"]
                if sent is not None and created_at is self._moments[0]
                else created_at.isoformat()
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = src_dict["id"]
        obj.id = parse_uuid(v)

        v = src_dict["name"]
        if type(v) is not str:
            raise TypeError(f"name: expected a string, got {type(v).__name__}")
        obj.name = v

        v = get("owner")
        if v is None:
            if "owner" not in src_dict:
                missing += 1
                _types.note_field("Widget", "owner", UNSET)
            obj.owner = None
        else:
            if type(v) is not str:
                raise TypeError(f"owner: expected a string, got {type(v).__name__}")
            obj.owner = v

        v = get("kind")
        if v is None:
            if "kind" not in src_dict:
                missing += 1
            obj.kind = None
        else:
            obj.kind = (
                kind_member
                if (kind_member := _WidgetKind.get(v)) is not None
                else WidgetKind(v)
            )

        created_at: datetime.datetime | None
        v = get("created_at")
        if v is None:
            if "created_at" in src_dict:
                raise TypeError("created_at: null, where the spec allows no null")
            missing += 1
            obj.created_at = created_at = None
        else:
            try:
                obj.created_at = created_at = fromisoformat(v)
            except ValueError:  # a rarer ISO form
                obj.created_at = created_at = parse_moment(v)

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        obj._moments = (created_at,)
        if len(src_dict) + missing > 5:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("Widget", extra)
            obj.additional_properties = extra
        else:
            obj.additional_properties = {}
        return obj

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
