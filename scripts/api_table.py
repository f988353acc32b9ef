"""Print the README's table of every namespace and method, from the generator's operations table.

Usage: python scripts/api_table.py   (paste the output under "Every operation" in README.md;
tests/contract/test_readme.py fails when the README and the spec disagree).
"""

from __future__ import annotations

import json
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "humm_client" / "_generated" / "operations.json"


def rows() -> list[tuple[str, str, str, str]]:
    out = []
    for op in json.loads(TABLE.read_text(encoding="utf-8")):
        call = f"`humm.{op['tag']}.{op['method']}()`"
        out.append((op["tag"], call, f"`{op['http_method']} {op['path']}`", op["server"]))
    return sorted(out)


def main() -> None:
    print("| namespace | method | endpoint | host |")
    print("|---|---|---|---|")
    for namespace, call, endpoint, host in rows():
        print(f"| `{namespace}` | {call} | {endpoint} | {host} |")


if __name__ == "__main__":
    main()
