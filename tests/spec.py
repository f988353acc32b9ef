"""The spec as data, for contract tests: operations (the generator's table), docs examples, helpers."""

from __future__ import annotations

import copy
import functools
import os
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from humm_client.testing._spec import at_pointer, operation_table
from humm_client.testing._spec import resolve as _resolve

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "sk-test-SECRET-token-3f9a"  # distinctive, so tests can prove it never leaks


@functools.cache
def load_spec() -> dict[str, Any]:
    with open(ROOT / "openapi.yaml", encoding="utf-8") as f:
        data: dict[str, Any] = yaml.safe_load(f)
    return data


def resolve(node: Any) -> Any:
    """Follow a local $ref in openapi.yaml (the fake's resolver, on the source spec)."""
    return _resolve(node, load_spec())


@dataclass(frozen=True)
class Op:
    path: str
    method: str
    data: dict[str, Any]
    row: dict[str, Any]  # this operation in humm_client/_generated/operations.json

    @property
    def operation_id(self) -> str:
        return str(self.row["operation_id"])

    @property
    def tag(self) -> str:
        return str(self.row["tag"])

    @property
    def py_method(self) -> str:
        return str(self.row["method"])

    @property
    def parameters(self) -> list[dict[str, Any]]:
        return [resolve(p) for p in self.data.get("parameters", [])]

    @property
    def path_params(self) -> list[dict[str, Any]]:
        return [p for p in self.parameters if p["in"] == "path"]

    @property
    def server(self) -> str:
        return str(self.row["server"])

    def request_example(self) -> Any | None:
        body = self.data.get("requestBody")
        if not body:
            return None
        media = body["content"].get("application/json", {})
        ex = media.get("examples", {}).get("docs")
        return None if ex is None else ex["value"]

    def response_example(self) -> Any | None:
        for code in ("200", "201"):
            resp = resolve(self.data.get("responses", {}).get(code))
            if resp:
                media = resp.get("content", {}).get("application/json", {})
                ex = media.get("examples", {}).get("docs")
                if ex is not None:
                    return ex["value"]
        return None

    def __str__(self) -> str:
        return f"{self.method.upper()} {self.path}"


def operations() -> list[Op]:
    """Every operation, in the generator's table order, with its object from openapi.yaml."""
    return [
        Op(row["path"], row["http_method"].lower(), at_pointer(load_spec(), row["pointer"]), row)
        for row in operation_table()
    ]


def sample_path_args(op: Op) -> dict[str, str]:
    """A valid value for each path parameter (a fixed UUID, or a plain id)."""
    out = {}
    for i, p in enumerate(op.path_params):
        fmt = resolve(p["schema"]).get("format")
        out[p["name"]] = str(uuid.UUID(int=i + 1)) if fmt == "uuid" else f"id-{i + 1}"
    return out


def inline(node: Any, depth: int = 0) -> Any:
    """The schema with local $refs replaced by what they point to (hypothesis-jsonschema wants that)."""
    if isinstance(node, dict):
        if "$ref" in node:
            return inline(copy.deepcopy(resolve(node)), depth + 1)
        return {k: inline(v, depth) for k, v in node.items() if k not in ("examples", "example")}
    if isinstance(node, list):
        return [inline(v, depth) for v in node]
    return node


UUID_LOWER = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
UUID_EITHER_CASE = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"


def closed(schema: Any, uuid_pattern: str = UUID_LOWER) -> Any:
    """A schema hypothesis-jsonschema draws from quickly: objects without extra keys (tests that
    want unknown keys draw them apart), arrays of at most 3 items, and UUIDs matching
    ``uuid_pattern`` (the canonical lowercase form the API sends, by default)."""
    if isinstance(schema, dict):
        out = {k: closed(v, uuid_pattern) for k, v in schema.items()}
        if out.get("type") == "object" and "properties" in out:
            out.setdefault("additionalProperties", False)
        if out.get("type") == "array":
            out.setdefault("maxItems", 3)
        if out.get("format") == "uuid":
            out["pattern"] = uuid_pattern
        return out
    if isinstance(schema, list):
        return [closed(v, uuid_pattern) for v in schema]
    return schema


def run_python(code: str, **env: str) -> str:
    """``code`` run by a fresh interpreter (this one's environment, plus ``env``): its stdout,
    stripped. A non-zero exit fails the test with the child's stderr."""
    done = subprocess.run(
        [sys.executable, "-c", code], env={**os.environ, **env}, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()
