from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.widget_kind import WidgetKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="WidgetCreate")


@_attrs_define
class WidgetCreate:
    """
    Attributes:
        name (str): Display name
        kind (None | Unset | WidgetKind): The widget's shape, if known
        idempotency_key (str | Unset):
    """

    name: str
    kind: None | Unset | WidgetKind = UNSET
    idempotency_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, WidgetKind):
            kind = WidgetKind(self.kind).value
        else:
            kind = self.kind

        idempotency_key = self.idempotency_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        _kind = d.pop("kind", UNSET)
        kind: None | Unset | WidgetKind
        if _kind is None or _kind is UNSET:
            kind = _kind
        else:
            if not isinstance(_kind, str):
                raise TypeError("kind" + ": unexpected type " + type(_kind).__name__)
            kind_type_0 = WidgetKind(_kind)

            kind = kind_type_0

        idempotency_key = d.pop("idempotency_key", UNSET)
        if not isinstance(idempotency_key, Unset):
            if not isinstance(idempotency_key, str):
                raise TypeError(
                    f"idempotency_key: expected a string, got {type(idempotency_key).__name__}"
                )

        widget_create = cls(
            name=name,
            kind=kind,
            idempotency_key=idempotency_key,
        )

        widget_create.additional_properties = d
        return widget_create

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
