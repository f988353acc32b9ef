"""The spec as data, for contract tests: operations, their docs examples, and helpers."""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from humm_client.testing._spec import resolve as _resolve

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "sk-test-SECRET-token-3f9a"  # distinctive, so tests can prove it never leaks
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


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
    path_item: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.data["operationId"])

    @property
    def tag(self) -> str:
        return str(self.data["tags"][0]).replace("-", "_")

    @property
    def py_method(self) -> str:
        return str(self.data["x-humm-method"])

    @property
    def parameters(self) -> list[dict[str, Any]]:
        return [resolve(p) for p in self.data.get("parameters", [])]

    @property
    def path_params(self) -> list[dict[str, Any]]:
        return [p for p in self.parameters if p["in"] == "path"]

    @property
    def server(self) -> str:
        servers = self.path_item.get("servers") or load_spec()["servers"]
        url = servers[0]["url"].rstrip("/")
        names = {v.rstrip("/"): k for k, v in load_spec()["x-humm-servers"].items()}
        return names[url]

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
    ops = []
    for path, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                ops.append(Op(path, method, item[method], item))
    return ops


def sample_path_args(op: Op) -> dict[str, str]:
    """A valid value for each path parameter (a fixed UUID, or a plain id)."""
    out = {}
    for i, p in enumerate(op.path_params):
        fmt = resolve(p["schema"]).get("format")
        out[p["name"]] = str(uuid.UUID(int=i + 1)) if fmt == "uuid" else f"id-{i + 1}"
    return out
