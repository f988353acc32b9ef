"""Regenerate ``humm_client/_generated`` from ``openapi.yaml``.

Runs openapi-python-client (pinned) with our custom templates, and hands the
templates one extra global, ``humm_ops``: the ``x-humm-*`` extensions and the
server of every operation, which the generator itself does not keep. The
post-hooks run the project's pinned ruff with ``--isolated --no-cache`` so the
output depends on nothing but the spec, the templates and the pinned tools.

Usage: python scripts/generate.py [OUTPUT_DIR]   (default: humm_client/_generated)
"""

from __future__ import annotations

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
                "pagination": op.get("x-humm-pagination"),
                "http_method": method.upper(),
                "path": path,
            }
    return ops


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
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
