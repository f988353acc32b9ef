from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OntologyUpdate")


@_attrs_define
class OntologyUpdate:
    """
    Attributes:
        change_log (str | Unset):
        yaml (str | Unset):
    """

    change_log: str | Unset = UNSET
    yaml: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change_log = self.change_log

        yaml = self.yaml

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if change_log is not UNSET:
            field_dict["change_log"] = change_log
        if yaml is not UNSET:
            field_dict["yaml"] = yaml

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        change_log = d.pop("change_log", UNSET)
        if not isinstance(change_log, Unset):
            if not isinstance(change_log, str):
                raise TypeError(
                    f"change_log: expected a string, got {type(change_log).__name__}"
                )

        yaml = d.pop("yaml", UNSET)
        if not isinstance(yaml, Unset):
            if not isinstance(yaml, str):
                raise TypeError(f"yaml: expected a string, got {type(yaml).__name__}")

        ontology_update = cls(
            change_log=change_log,
            yaml=yaml,
        )

        ontology_update.additional_properties = d
        return ontology_update

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
