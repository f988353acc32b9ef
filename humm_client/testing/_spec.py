"""The API spec as the fake server uses it: operations, their schemas, and JSON Schema validation.

The operations come from the generator's table (``_generated/operations.json``: one reading
of the spec, shared with the client, the README table and the tests); their schemas and
validation (jsonschema, Draft 2020-12, with format checks) from ``openapi.yaml`` itself,
shipped in the package as ``_generated/openapi.json``.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

_FORMATS = FormatChecker()


@_FORMATS.checks("uuid", raises=ValueError)
def _is_uuid(value: object) -> bool:
    import uuid

    if isinstance(value, str):
        uuid.UUID(value)
    return True


@_FORMATS.checks("date-time", raises=ValueError)
def _is_datetime(value: object) -> bool:
    from dateutil.parser import isoparse

    if isinstance(value, str):
        isoparse(value)
    return True


@functools.cache
def load_spec() -> dict[str, Any]:
    text = resources.files("humm_client._generated").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


@functools.cache
def operation_table() -> list[dict[str, Any]]:
    """Every operation as ``scripts/generate.py`` read it: names, host, pagination, pointer."""
    text = resources.files("humm_client._generated").joinpath("operations.json").read_text(encoding="utf-8")
    table: list[dict[str, Any]] = json.loads(text)
    return table


def at_pointer(document: Any, pointer: str) -> Any:
    """The node a JSON pointer (RFC 6901) names."""
    for part in pointer.removeprefix("#").lstrip("/").split("/"):
        document = document[part.replace("~1", "/").replace("~0", "~")]
    return document


def resolve(node: Any, spec: dict[str, Any] | None = None) -> Any:
    """Follow local ``$ref``s (in ``spec``, by default the shipped one)."""
    root = load_spec() if spec is None else spec
    while isinstance(node, dict) and "$ref" in node:
        node = at_pointer(root, node["$ref"])
    return node


def ref_name(schema: dict[str, Any] | None) -> str | None:
    """The component name of a ``$ref`` schema (also through ``allOf``/``anyOf`` with null)."""
    if not schema:
        return None
    if "$ref" in schema:
        return str(schema["$ref"].rsplit("/", 1)[1])
    for key in ("allOf", "anyOf"):
        for sub in schema.get(key, []):
            if "$ref" in sub:
                return str(sub["$ref"].rsplit("/", 1)[1])
    return None


@functools.cache
def _validator(schema_json: str) -> Draft202012Validator:
    schema = json.loads(schema_json)
    root = {**schema, "components": load_spec()["components"]}
    return Draft202012Validator(root, format_checker=_FORMATS)


def validate(schema: dict[str, Any], value: Any) -> list[ValidationError]:
    """Every way ``value`` violates ``schema`` (which may ``$ref`` the spec's components)."""
    validator = _validator(json.dumps(schema, sort_keys=True))
    return sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))


#: A path or query parameter whose value is stored in the item under another field name
#: (the fake scopes records by it; the conformance check carries ids across under both names).
SCOPE_FIELDS = {"source_id": "integration_source_id"}


@dataclass
class Operation:
    """One operation of the spec, with what the fake needs to serve it."""

    operation_id: str
    method: str
    path: str
    data: dict[str, Any]
    server: str = "config"  # which host: "config" or "analyst" (from the operations table)
    success_status: str = "200"
    path_params: list[dict[str, Any]] = field(default_factory=list)
    query_params: list[dict[str, Any]] = field(default_factory=list)

    @property
    def body_content(self) -> dict[str, Any]:
        return dict(self.data.get("requestBody", {}).get("content", {}))

    @property
    def body_required(self) -> bool:
        return bool(self.data.get("requestBody", {}).get("required", False))

    def ok_schema(self) -> dict[str, Any] | None:
        response = resolve(self.data.get("responses", {}).get(self.success_status))
        if not response:
            return None
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        return None if schema is None else dict(schema)

    @property
    def pagination(self) -> dict[str, Any] | None:
        value = self.data.get("x-humm-pagination")
        return None if value is None else dict(value)


@functools.cache
def operations() -> list[Operation]:
    ops = []
    for row in operation_table():
        data = at_pointer(load_spec(), row["pointer"])
        params = [resolve(p) for p in data.get("parameters", [])]
        ops.append(
            Operation(
                operation_id=row["operation_id"],
                method=row["http_method"],
                path=row["path"],
                data=data,
                server=row["server"],
                success_status=row["success_status"],
                path_params=[p for p in params if p["in"] == "path"],
                query_params=[p for p in params if p["in"] == "query"],
            )
        )
    # Literal segments before parameters: /relationships/bulk-status must win over /{source_id}.
    ops.sort(key=lambda op: [(seg.startswith("{"), seg) for seg in op.path.split("/")])
    return ops
