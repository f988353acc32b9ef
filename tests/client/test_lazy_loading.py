"""A namespace loads its operations' code on their first call: first use of ``humm.<tag>`` is cheap.

Asserted on what is imported (``sys.modules`` of a fresh interpreter), not on timings.
"""

from __future__ import annotations

import importlib
import json

import pytest

from humm_client import HummClient
from humm_client._resource import LazyModule
from humm_client.testing import FakeHumm
from humm_client.testing._spec import operation_table

from ..spec import run_python

NAMESPACE = "humm_client._generated.api.integration_sources"
SOURCE_ORG = "3c90c3cc-0d44-4b50-8888-8dd25736052a"

FRESH = """
import asyncio, json, sys, uuid

def loaded():
    prefixes = ("humm_client._generated.models.", "humm_client._generated.api.integration_sources.")
    return sorted(m for m in sys.modules if m.startswith(prefixes))

from humm_client import HummClient

HummClient(token="t", base_url="http://127.0.0.1:1").integration_sources
namespace = loaded()

from humm_client.testing import FakeHumm

fake = FakeHumm()
source = fake.add_integration_source(
    name="Warehouse", source_type="database", connector_type="postgresql", organization_id=str(uuid.uuid4())
)

async def main():
    async with fake.client() as humm:
        before = loaded()
        first = await humm.integration_sources.update(source.id, name="Renamed", connection_status="connected")
        second = await humm.integration_sources.update(source.id, name="Again")
        return before, [first.name, second.name, str(first.connection_status)]

before, results = asyncio.run(main())
print(json.dumps({"namespace": namespace, "before": before, "after": loaded(), "results": results}))
"""


def run_fresh() -> dict[str, list[str]]:
    result: dict[str, list[str]] = json.loads(run_python(FRESH))
    return result


def test_first_use_of_a_namespace_loads_no_model_and_no_endpoint_module() -> None:
    seen = run_fresh()
    assert seen["namespace"] == []
    assert f"{NAMESPACE}.update_integration_source" not in seen["before"]
    assert "humm_client._generated.models.integration_source_update" not in seen["before"]
    assert seen["results"] == ["Renamed", "Again", "connected"]
    # The call loaded its own endpoint module and models, and nothing of the namespace's other operations.
    endpoint_modules = [m for m in seen["after"] if m.startswith(f"{NAMESPACE}.")]
    assert endpoint_modules == [f"{NAMESPACE}.update_integration_source"]
    for model in ("integration_source_update", "integration_source_response", "connection_status"):
        assert f"humm_client._generated.models.{model}" in seen["after"]
    assert "humm_client._generated.models.saas_field_update" not in seen["after"]


async def test_after_the_first_call_the_namespace_reads_the_endpoint_module_itself(
    humm_fake: FakeHumm,
) -> None:
    namespace = importlib.import_module(NAMESPACE)
    source = humm_fake.add_integration_source(
        name="Warehouse", source_type="database", connector_type="postgresql", organization_id=SOURCE_ORG
    )
    async with humm_fake.client() as humm:
        await humm.integration_sources.update(source.id, name="Renamed")
    endpoint = importlib.import_module(f"{NAMESPACE}.update_integration_source")
    assert vars(namespace)["_update_integration_source"] is endpoint  # no stand-in left in the way
    assert endpoint.OPERATION.name == "integration_sources.update"


def test_lazy_module_imports_on_first_read_and_replaces_itself() -> None:
    globals_: dict[str, object] = {"__name__": NAMESPACE}
    lazy = LazyModule(globals_, "get_saas_object")
    assert repr(lazy) == f"<LazyModule {NAMESPACE}.get_saas_object>"
    with pytest.raises(AttributeError):
        lazy.__wrapped__  # noqa: B018  # introspection: loads nothing, rebinds nothing
    assert "_get_saas_object" not in globals_
    endpoint = importlib.import_module(f"{NAMESPACE}.get_saas_object")
    assert lazy.OPERATION is endpoint.OPERATION
    assert globals_["_get_saas_object"] is endpoint


def test_each_method_runs_the_operation_of_its_own_endpoint_module() -> None:
    humm = HummClient(token="t")
    for row in operation_table():
        endpoint = importlib.import_module(f"humm_client._generated.api.{row['tag']}.{row['operation_id']}")
        op = endpoint.OPERATION
        assert (op.name, op.route, op.server, op.idempotent) == (
            f"{row['tag']}.{row['method']}",
            row["path"],
            row["server"],
            row["idempotent"],
        )
        assert op.build is endpoint.build_request and op.parse is endpoint.parse_response
        method = getattr(type(getattr(humm, row["tag"])), row["method"])
        assert f"_{row['operation_id']}" in method.__code__.co_names
