from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_object

if TYPE_CHECKING:
    from ..models.model_config_provider import ModelConfigProvider


T = TypeVar("T", bound="ModelConfig")


@_attrs_define
class ModelConfig:
    """Configuration for model selection and reasoning effort.

    Attributes:
        auto_config (str | Unset):
        model (str | Unset):
        reasoning_effort (str | Unset):
        fallback_models (list[str] | Unset):
        provider (ModelConfigProvider | Unset):
        verbosity (str | Unset):
        backend_streaming (bool | Unset):
    """

    auto_config: str | Unset = UNSET
    model: str | Unset = UNSET
    reasoning_effort: str | Unset = UNSET
    fallback_models: list[str] | Unset = UNSET
    provider: ModelConfigProvider | Unset = UNSET
    verbosity: str | Unset = UNSET
    backend_streaming: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_config = self.auto_config

        model = self.model

        reasoning_effort = self.reasoning_effort

        fallback_models: list[str] | Unset = UNSET
        if not isinstance(self.fallback_models, Unset):
            fallback_models = self.fallback_models

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        verbosity = self.verbosity

        backend_streaming = self.backend_streaming

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_config is not UNSET:
            field_dict["auto_config"] = auto_config
        if model is not UNSET:
            field_dict["model"] = model
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if fallback_models is not UNSET:
            field_dict["fallback_models"] = fallback_models
        if provider is not UNSET:
            field_dict["provider"] = provider
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if backend_streaming is not UNSET:
            field_dict["backend_streaming"] = backend_streaming

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_config = d.pop("auto_config", UNSET)
        if not isinstance(auto_config, Unset):
            if not isinstance(auto_config, str):
                raise TypeError(
                    f"auto_config: expected a string, got {type(auto_config).__name__}"
                )

        model = d.pop("model", UNSET)
        if not isinstance(model, Unset):
            if not isinstance(model, str):
                raise TypeError(f"model: expected a string, got {type(model).__name__}")

        reasoning_effort = d.pop("reasoning_effort", UNSET)
        if not isinstance(reasoning_effort, Unset):
            if not isinstance(reasoning_effort, str):
                raise TypeError(
                    f"reasoning_effort: expected a string, got {type(reasoning_effort).__name__}"
                )

        fallback_models = d.pop("fallback_models", UNSET)
        if fallback_models is not UNSET:
            if type(fallback_models) is not list:
                raise TypeError(
                    f"fallback_models: expected an array, got {type(fallback_models).__name__}"
                )
            for fallback_models_item in fallback_models:
                if type(fallback_models_item) is not str:
                    raise TypeError(
                        f"fallback_models: expected an array of strings, got an item of type {type(fallback_models_item).__name__}"
                    )

        _provider = d.pop("provider", UNSET)
        provider: ModelConfigProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = parse_object(_provider)

        verbosity = d.pop("verbosity", UNSET)
        if not isinstance(verbosity, Unset):
            if not isinstance(verbosity, str):
                raise TypeError(
                    f"verbosity: expected a string, got {type(verbosity).__name__}"
                )

        backend_streaming = d.pop("backend_streaming", UNSET)
        if not isinstance(backend_streaming, Unset):
            if not isinstance(backend_streaming, bool):
                raise TypeError(
                    f"backend_streaming: expected a boolean, got {type(backend_streaming).__name__}"
                )

        model_config = cls(
            auto_config=auto_config,
            model=model,
            reasoning_effort=reasoning_effort,
            fallback_models=fallback_models,
            provider=provider,
            verbosity=verbosity,
            backend_streaming=backend_streaming,
        )

        model_config.additional_properties = d
        return model_config

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
