"""The spec as data, for contract tests: operations (the generator's table), docs examples, helpers."""

from __future__ import annotations

import functools
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
