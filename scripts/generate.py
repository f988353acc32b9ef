"""Regenerate ``humm_client/_generated`` from ``openapi.yaml``.

Runs openapi-python-client (pinned) with our custom templates, and hands the
templates one extra global, ``humm_ops``: the ``x-humm-*`` extensions and the
server of every operation, which the generator itself does not keep. The
post-hooks run the project's pinned ruff with ``--isolated --no-cache`` so the
output depends on nothing but the spec, the templates and the pinned tools.

Usage: python scripts/generate.py [OUTPUT_DIR]   (default: humm_client/_generated)
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import _get_project_for_url_or_path
from openapi_python_client.cli import handle_errors
from openapi_python_client.config import Config, ConfigFile, MetaType

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
IDEMPOTENT_METHODS = {"get", "put", "delete", "head", "options"}


def server_name(url: str, servers: dict[str, str]) -> str:
    """Map a server URL from the spec to the client's name for it."""
    for name, known in servers.items():
        if url.rstrip("/") == known:
            return name
    raise SystemExit(f"unknown server {url!r}: add it to x-humm-servers in openapi.yaml")


def collect_ops(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per operationId: method name, server, idempotency and pagination."""
    servers: dict[str, str] = {k: v.rstrip("/") for k, v in spec["x-humm-servers"].items()}
    default_server = server_name(spec["servers"][0]["url"], servers)
    ops: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        path_servers = item.get("servers")
        server = server_name(path_servers[0]["url"], servers) if path_servers else default_server
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            op_id = op["operationId"]
            ops[op_id] = {
                "method": op["x-humm-method"],
                "server": server,
                "idempotent": method in IDEMPOTENT_METHODS or bool(op.get("x-humm-idempotent")),
                "pagination": pagination(spec, op),
                "text_content_types": text_content_types(spec, op),
                "http_method": method.upper(),
                "path": path,
            }
    return ops


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        for part in node["$ref"].removeprefix("#/").split("/"):
            spec = spec[part]
        node = spec
    return node


def pagination(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    """x-humm-pagination plus the size and first-page defaults the spec gives the parameters."""
    info = op.get("x-humm-pagination")
    if info is None:
        return None
    params = {p["name"]: p for p in (resolve(spec, p) for p in op.get("parameters", []))}
    size_name = info.get("size_param") or info.get("limit_param")
    start_name = info.get("page_param") or info.get("offset_param")
    for name in (size_name, start_name):
        if name not in params:
            raise SystemExit(f"{op['operationId']}: x-humm-pagination names unknown parameter {name!r}")
    first = params[start_name].get("schema", {}).get("default")
    return {
        **info,
        "default_size": params[size_name].get("schema", {}).get("default"),
        "first_page": first if info["style"] == "page" else 0,
    }


def text_content_types(spec: dict[str, Any], op: dict[str, Any]) -> list[str]:
    """Non-JSON content types a 2xx response may come in: the client returns those as text."""
    out: list[str] = []
    for code, response in op.get("responses", {}).items():
        if str(code).startswith("2"):
            out += [t for t in resolve(spec, response).get("content", {}) if t != "application/json"]
    return sorted(out)


def main(argv: list[str]) -> int:
    output = Path(argv[1]).resolve() if len(argv) > 1 else ROOT / "humm_client" / "_generated"
    # The post-hooks must find the project's pinned ruff, never one from the machine.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "generator-config.yml"),
        MetaType.NONE,
        document_source=SPEC,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )
    project = _get_project_for_url_or_path(config=config, custom_template_path=ROOT / "templates")
    if not hasattr(project, "build"):
        handle_errors([project], fail_on_warning=True)  # exits non-zero
        return 1
    project.env.globals["humm_ops"] = collect_ops(spec)
    if output.exists():
        shutil.rmtree(output)
    errors = project.build()
    # Any warning (e.g. a skipped endpoint) fails the build: nothing is dropped silently.
    handle_errors(errors, fail_on_warning=True)
    # The spec itself ships with the package, as JSON, for humm_client.testing's fake server.
    (output / "openapi.json").write_text(
        json.dumps(spec, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
