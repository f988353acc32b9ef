"""The public surface is exactly ``__all__``: nothing forgotten, nothing leaked."""

from __future__ import annotations

import types

import humm_client


def test_all_lists_every_public_name() -> None:
    public = {
        name
        for name, value in vars(humm_client).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)  # submodules load on demand
    }
    assert public == set(humm_client.__all__) - {"__version__"}


def test_public_classes_say_humm_client() -> None:
    assert humm_client.HummClient.__module__ == "humm_client"
    assert humm_client.NotFoundError.__module__ == "humm_client"


def test_contract_names_exist() -> None:
    for name in (
        "HummError APIConnectionError APITimeoutError APIStatusError BadRequestError AuthenticationError "
        "PermissionDeniedError NotFoundError ConflictError UnprocessableEntityError RateLimitError "
        "InternalServerError ResponseValidationError HummClient"
    ).split():
        assert hasattr(humm_client, name), name
