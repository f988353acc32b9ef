"""Print the README's table of every namespace and method, from openapi.yaml.

Usage: python scripts/api_table.py   (paste the output under "Every operation" in README.md;
tests/contract/test_readme.py fails when the README and the spec disagree).
"""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "put", "post", "patch", "delete")


def rows() -> list[tuple[str, str, str, str]]:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    hosts = {v: k for k, v in spec["x-humm-servers"].items()}
    out = []
    for path, item in spec["paths"].items():
        host = hosts[item["servers"][0]["url"]] if "servers" in item else "config"
        for method in METHODS:
            if method in item:
                op = item[method]
                namespace = op["tags"][0].replace("-", "_")
                call = f"`humm.{namespace}.{op['x-humm-method']}()`"
                out.append((namespace, call, f"`{method.upper()} {path}`", host))
    return sorted(out)


def main() -> None:
    print("| namespace | method | endpoint | host |")
    print("|---|---|---|---|")
    for namespace, call, endpoint, host in rows():
        print(f"| `{namespace}` | {call} | {endpoint} | {host} |")


if __name__ == "__main__":
    main()
