"""Check a built wheel is a good library dependency (run by `make package-check`).

Its metadata requires only the runtime dependencies, offers only the user-facing extras (the dev
tools are a PEP 735 dependency group, not an extra), names its license file and project URLs, and
it ships py.typed, the generated code, the spec copy the fake needs, and the pytest plugin.
"""

from __future__ import annotations

import sys
import zipfile
from email.parser import Parser

RUNTIME = {"httpx", "attrs", "python-dateutil", "aiohttp", "orjson"}
EXTRAS = {"testing", "tracing", "httpx2", "brotli", "zstd"}


def main(path: str) -> int:
    with zipfile.ZipFile(path) as wheel:
        names = set(wheel.namelist())
        meta_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(wheel.read(meta_name).decode())
        entry_points = wheel.read(meta_name.replace("METADATA", "entry_points.txt")).decode()
    required = {r.split(";")[0].split(">")[0].split("=")[0].split("<")[0].strip()
                for r in meta.get_all("Requires-Dist") or [] if "extra ==" not in r}  # fmt: skip
    problems = []
    if required != RUNTIME:
        problems.append(f"unconditional requirements are {sorted(required)}, expected {sorted(RUNTIME)}")
    for needed in ("humm_client/py.typed", "humm_client/_generated/openapi.json",
                   "humm_client/_generated/api/__init__.py", "humm_client_pytest/__init__.py"):  # fmt: skip
        if needed not in names:
            problems.append(f"{needed} is missing from the wheel")
    extras = set(meta.get_all("Provides-Extra") or [])
    if extras != EXTRAS:
        problems.append(
            f"the extras are {sorted(extras)}, expected {sorted(EXTRAS)} (dev tools are a dependency group)"
        )
    if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names) or "LICENSE" not in (
        meta.get_all("License-File") or []
    ):
        problems.append("the LICENSE file is not in the wheel's metadata")
    if len(meta.get_all("Project-URL") or []) < 5:
        problems.append("[project.urls] is incomplete")
    if any(n.startswith("tests/") for n in names):
        problems.append("tests/ is in the wheel")
    if "humm_client_pytest" not in entry_points:
        problems.append("the pytest11 entry point is missing")
    for problem in problems:
        print(f"package-check: {problem}")
    if not problems:
        print(
            f"package-check: {path}: runtime deps {sorted(required)}, extras {sorted(extras)}, LICENSE, "
            "project URLs, py.typed, spec, pytest plugin: ok"
        )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
