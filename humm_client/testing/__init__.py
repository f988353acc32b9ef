"""``humm_client.testing``: a fake Humm server for your own tests (no credentials, no network).

    from humm_client.testing import FakeHumm

    fake = FakeHumm()
    source = fake.add_integration_source(name="Warehouse", source_type="database",
                                         connector_type="postgresql", organization_id=org_id)
    async with fake.client() as humm:
        await humm.integration_sources.update(source.id, name="Renamed")

Needs the testing extra (starlette, jsonschema, and uvicorn to serve it over HTTP with
``python -m humm_client.testing``): ``pip install 'humm-client[testing]'``.
Importing this package costs nothing: the fake loads on
first use of ``FakeHumm``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import FakeHumm

__all__ = ["FakeHumm"]


def __getattr__(name: str) -> Any:
    if name != "FakeHumm":
        raise AttributeError(f"module 'humm_client.testing' has no attribute {name!r}")
    try:
        from ._app import FakeHumm
    except ModuleNotFoundError as exc:
        package = (exc.name or "?").split(".")[0]
        raise ModuleNotFoundError(
            f"humm_client.testing.FakeHumm needs {package!r}, which comes with the testing extra: "
            "pip install 'humm-client[testing]'",
            name=package,
        ) from exc
    return FakeHumm
