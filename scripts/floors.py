"""Print a pip constraints file pinning every runtime requirement (and the named extras') to the
lower bound it declares in pyproject.toml: what ``make test-floors`` installs the wheel against.

A requirement without a lower bound is an error: every floor is meant to be tested.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent


def floors(extras: list[str]) -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    lines = []
    for text in requirements:
        requirement = Requirement(text)
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        lows = [spec.version for spec in requirement.specifier if spec.operator in (">=", "==", "~=")]
        if not lows:
            raise SystemExit(f"floors: {text!r} declares no lower bound")
        lines.append(f"{requirement.name}=={lows[0]}")
    return lines


if __name__ == "__main__":
    print("\n".join(floors(sys.argv[1:])))
