"""Every response schema, random spec-valid bodies (hypothesis-jsonschema): the generated model
parses them and ``to_dict()`` gives back exactly the body (the server's UUID and datetime text
included, unknown keys kept), and a wrongly typed value anywhere at the top level or in a list
raises TypeError/ValueError (what the client turns into ResponseValidationError)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from humm_client._drift import pending_notes
from humm_client._generated import models

from ..spec import ROOT, UUID_EITHER_CASE, closed, inline

SPEC: dict[str, Any] = json.loads((ROOT / "humm_client" / "_generated" / "openapi.json").read_text("utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
REF = "#/components/schemas/"


def refs(node: Any, found: set[str]) -> set[str]:
    """The components a schema refers to, transitively."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF) and ref[len(REF) :] not in found:
            found.add(ref[len(REF) :])
            refs(SCHEMAS[ref[len(REF) :]], found)
        for value in node.values():
            refs(value, found)
    elif isinstance(node, list):
        for value in node:
            refs(value, found)
    return found


def response_schemas() -> list[str]:
    """The object schemas a 2xx response may hold (at any depth) that have a model class."""
    found: set[str] = set()
    for item in SPEC["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                if str(status).startswith("2"):
                    refs(response, found)
    return sorted(n for n in found if hasattr(getattr(models, n, None), "from_dict"))


def json_types(schema: dict[str, Any]) -> set[str] | None:
    """The JSON types a schema accepts (None: any)."""
    members = schema.get("anyOf") or schema.get("oneOf") or schema.get("allOf")
    if members:
        found: set[str] = set()
        for member in members:
            types = json_types(member)
            if types is None:
                return None
            found |= types
        return found
    if "enum" in schema:
        return {"string" if isinstance(v, str) else "null" if v is None else "other" for v in schema["enum"]}
    kind = schema.get("type")
    if kind is None:
        return None
    return {kind} if isinstance(kind, str) else set(kind)


#: A value of each JSON type (an integer is also a number; a boolean is not an integer).
SAMPLES: list[tuple[str, Any]] = [
    ("integer", 12345),
    ("string", "wrong"),
    ("boolean", True),
    ("array", [12345]),
    ("object", {"wrong": 1}),
    ("number", 1.5),
]


def wrong_value(schema: dict[str, Any]) -> tuple[bool, Any]:
    """(True, a value of a JSON type the schema does not accept), or (False, None)."""
    types = json_types(schema)
    if types is None:
        return False, None
    for kind, value in SAMPLES:
        accepted = kind in types or (kind == "integer" and "number" in types)
        if not accepted:
            return True, value
    return False, None


def formats(schema: dict[str, Any]) -> set[str]:
    members = schema.get("anyOf") or schema.get("allOf") or [schema]
    return {m["format"] for m in members if "format" in m and m is not schema} | (
        {schema["format"]} if "format" in schema else set()
    )


def array_items(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The item schema of an array (or nullable array) property."""
    for member in schema.get("anyOf") or [schema]:
        if member.get("type") == "array" and isinstance(member.get("items"), dict):
            items: dict[str, Any] = member["items"]
            return items
    return None


def mutations(
    schema: dict[str, Any], body: dict[str, Any], inferred: set[str]
) -> list[tuple[str, dict[str, Any]]]:
    """Copies of ``body`` with one value wrongly typed: (what was changed, the copy). A field the
    spec guessed (``inferred``) reads null or missing as None by design: only its other values
    are checked."""
    out: list[tuple[str, dict[str, Any]]] = []
    required = set(schema.get("required", []))
    for name, prop in schema["properties"].items():
        lenient = name in inferred
        is_wrong, value = wrong_value(prop)
        if is_wrong:
            out.append((f"{name}={value!r}", {**body, name: value}))
        types = json_types(prop)
        if types is not None and "null" not in types and not lenient:
            out.append((f"{name}=null", {**body, name: None}))
        for fmt in formats(prop) & {"uuid", "date-time"}:
            out.append((f"{name}: not a {fmt}", {**body, name: "not-a-" + fmt}))
        items = array_items(prop)
        if items is not None:
            is_wrong, item = wrong_value(items)
            if is_wrong:
                current = body.get(name)
                listed = list(current) if isinstance(current, list) else []
                out.append((f"{name}[] item {item!r}", {**body, name: [*listed, item]}))
        if name in required and not lenient:
            out.append((f"{name} missing", {k: v for k, v in body.items() if k != name}))
    return out


EXTRA_KEYS = st.dictionaries(
    st.text(min_size=1, max_size=8).map(lambda s: "zz_unknown_" + s),
    st.none() | st.integers() | st.text(max_size=5) | st.lists(st.integers(), max_size=2),
    max_size=2,
)


@pytest.mark.parametrize("name", response_schemas())
def test_bodies_round_trip_and_wrong_types_are_rejected(name: str) -> None:
    model = getattr(models, name)
    schema = inline(copy.deepcopy(SCHEMAS[name]))
    inferred = {k for k, v in SCHEMAS[name]["properties"].items() if "x-humm-inferred" in v}

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(body=from_schema(closed(schema, UUID_EITHER_CASE)), extra=EXTRA_KEYS)
    def check(body: dict[str, Any], extra: dict[str, Any]) -> None:
        sent = {**body, **extra}
        parsed = model.from_dict(sent)
        assert parsed.to_dict() == sent
        assert parsed.additional_properties == extra
        assert model.from_dict(parsed.to_dict()) == parsed
        for what, wrong in mutations(schema, body, inferred):
            with pytest.raises((TypeError, ValueError, KeyError)):
                model.from_dict(wrong)
                pytest.fail(f"{name}.{what} was accepted")
        pending_notes().clear()

    check()


def test_every_response_schema_is_covered() -> None:
    names = response_schemas()
    assert "IntegrationSourceResponse" in names
    assert len(names) >= 20
