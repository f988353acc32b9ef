"""The spec itself: valid, complete for the seed pages, and in step with the client."""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from humm_client import HummClient
from humm_client._generated.api import NAMESPACES

from ..spec import ROOT, load_spec, operations, resolve


def test_spec_is_valid_openapi_31() -> None:
    spec = load_spec()
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_operation_ids_are_short_stable_identifiers() -> None:
    ids = [op.operation_id for op in operations()]
    assert len(ids) == len(set(ids))
    for op_id in ids:
        assert re.fullmatch(r"[a-z][a-z0-9_]{2,60}", op_id), op_id


def test_every_operation_has_bearer_422_and_a_tag() -> None:
    spec = load_spec()
    scheme = spec["components"]["securitySchemes"]["HTTPBearer"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    assert spec["security"] == [{"HTTPBearer": []}]
    for op in operations():
        assert len(op.data["tags"]) == 1, op
        error = resolve(op.data["responses"]["422"])
        schema = error["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/HTTPValidationError"}, op


def test_servers() -> None:
    spec = load_spec()
    assert spec["servers"][0]["url"] == "https://config.heyhumm.ai"
    assert spec["x-humm-servers"] == {
        "config": "https://config.heyhumm.ai",
        "analyst": "https://analyst.heyhumm.ai",
    }
    for op in operations():
        expected = "config" if op.path.startswith("/api/") else "analyst"
        assert op.server == expected, op


def test_path_parameters_are_never_nullable() -> None:
    for op in operations():
        for p in op.path_params:
            assert p["required"] is True
            assert resolve(p["schema"]).get("type") == "string", (op, p["name"])


# -- the seed pages, field by field -------------------------------------------------------

UPDATE_FIELDS = {
    "name": "string", "description": "string", "configuration": "object", "capabilities": "array",
    "is_active": "boolean", "connection_status": "ConnectionStatus", "last_connection_test": "date-time",
    "legacy_data_source_id": "uuid", "system_source_id": "uuid", "instance_label": "string",
    "airbyte_source_id": "string", "airbyte_connection_id": "string", "airbyte_connection_ids": "array",
    "airbyte_destination_id": "string", "last_sync_at": "date-time", "last_sync_status": "string",
    "last_sync_row_count": "integer", "selected_streams": "array", "description_source": "DescriptionSource",
    "description_generated_at": "date-time", "description_version": "integer",
}  # fmt: skip


def _kind(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return str(schema["$ref"].rsplit("/", 1)[1])
    return str(schema.get("format") or schema.get("type"))


def test_integration_source_update_has_every_documented_field_optional_and_nullable() -> None:
    schema = load_spec()["components"]["schemas"]["IntegrationSourceUpdate"]
    assert "required" not in schema
    assert set(schema["properties"]) == set(UPDATE_FIELDS)
    for name, kind in UPDATE_FIELDS.items():
        variants = schema["properties"][name]["anyOf"]
        assert {"type": "null"} in variants, name
        (non_null,) = [v for v in variants if v != {"type": "null"}]
        assert _kind(non_null) == kind, name
    label = next(v for v in schema["properties"]["instance_label"]["anyOf"] if v.get("type") == "string")
    assert label["maxLength"] == 20


def test_enums_have_every_documented_value() -> None:
    schemas = load_spec()["components"]["schemas"]
    assert schemas["ConnectionStatus"]["enum"] == ["connected", "disconnected", "error", "unknown"]
    assert schemas["DescriptionSource"]["enum"] == [
        "ai_generated", "manual_edit", "imported", "information_schema",
    ]  # fmt: skip
    assert schemas["SourceType"]["enum"] == ["database", "saas"]


def test_integration_source_response_required_fields_and_defaults() -> None:
    schema = load_spec()["components"]["schemas"]["IntegrationSourceResponse"]
    assert set(schema["required"]) == {
        "name", "source_type", "connector_type", "organization_id", "id", "created_at", "updated_at",
        "description_version",
    }  # fmt: skip
    props = schema["properties"]
    assert props["is_system"]["default"] is False
    assert props["is_sync"]["default"] is False
    assert props["is_active"]["default"] is True
    assert props["connection_status"]["default"] == "unknown"
    assert len(props) == 29


def test_seed_operations() -> None:
    paths = load_spec()["paths"]
    put = paths["/api/integration-sources/{source_id}"]["put"]
    post = paths["/api/integration-sources/{source_id}/databases"]["post"]
    query = ["organization_id", "resource_id", "integration_source_id", "data_source_id",
             "context_source_id", "job_id"]  # fmt: skip
    for op in (put, post):
        params = [resolve(p) for p in op["parameters"]]
        assert [p["name"] for p in params if p["in"] == "query"] == query
        for p in op["parameters"][1:]:
            assert p["$ref"].startswith("#/components/parameters/")  # reusable
        for p in params[1:]:
            assert p["required"] is False
            assert p["schema"] == {"anyOf": [{"type": "string", "format": "uuid"}, {"type": "null"}]}
    create = load_spec()["components"]["schemas"]["IntegrationSourceDatabaseCreate"]
    assert create["required"] == ["name"]
    assert create["properties"]["is_active"]["default"] is True
    assert create["properties"]["priority"]["default"] == 99


# -- spec <-> client -------------------------------------------------------------------------


def _client_methods() -> set[tuple[str, str]]:
    out = set()
    for ns in NAMESPACES:
        cls = type(getattr(HummClient(token="t"), ns))
        for name, _member in inspect.getmembers(cls, inspect.isfunction):
            if not name.startswith("_"):
                out.add((ns, name))
    return out


def test_every_operation_has_a_client_method_and_back() -> None:
    from_spec = {(op.tag, op.py_method) for op in operations()}
    assert len(from_spec) == len(operations()), "two operations share a method name"
    assert _client_methods() == from_spec


def test_generator_config_is_committed_with_pinned_tools() -> None:
    config = yaml.safe_load((ROOT / "generator-config.yml").read_text())
    assert all("--no-cache" in hook and "--isolated" in hook for hook in config["post_hooks"])
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '"openapi-python-client==0.29.1"' in pyproject


@pytest.mark.parametrize("name", ["with_raw_response"])
def test_namespaces_offer_raw_responses(name: str) -> None:
    humm = HummClient(token="t")
    for ns in NAMESPACES:
        raw = getattr(getattr(humm, ns), name)
        assert {m for m, _ in inspect.getmembers(raw, inspect.iscoroutinefunction)} == {
            op.py_method for op in operations() if op.tag == ns
        }
