from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

if TYPE_CHECKING:
    from ..models.validation_error import ValidationError


T = TypeVar("T", bound="HTTPValidationError")

#: The JSON keys of the fields: any other key the server sends is an unknown field.
_FIELDS = frozenset(
    {
        "detail",
    }
)


@_attrs_define
class HTTPValidationError:
    """
    Attributes:
        detail (list[ValidationError] | None):
    """

    detail: list[ValidationError] | None = None
    #: A copy of the JSON object the model was parsed from (None: built in code): ``to_dict()``
    #: gives back exactly its keys, and the server's text of a datetime the model still holds.
    _sent: Mapping[str, Any] | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self._sent
        field_dict: dict[str, Any] = dict(self.additional_properties)
        detail = self.detail
        if detail is not None and (sent is None or "detail" in sent):
            field_dict["detail"] = [item.to_dict() for item in detail]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_error import ValidationError  # noqa: PLC0415

        obj = object.__new__(cls)
        get = src_dict.get
        missing = 0
        v = get("detail")
        if v is None:
            if "detail" in src_dict:
                raise TypeError("detail: null, where the spec allows no null")
            missing += 1
            obj.detail = None
        else:
            if type(v) is not list:
                raise TypeError(f"detail: expected an array, got {type(v).__name__}")
            detail_items: list[ValidationError] = []
            for item in v:
                if type(item) is not dict:
                    raise TypeError(
                        f"detail item: expected an object, got {type(item).__name__}"
                    )
                detail_items.append(ValidationError.from_dict(item))
            obj.detail = detail_items

        # A snapshot of the keys and texts sent: the caller may change its mapping later.
        obj._sent = dict(src_dict)
        if len(src_dict) + missing > 1:
            extra = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
            _types.note_unknown_fields("HTTPValidationError", extra)
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
