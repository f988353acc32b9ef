"""Write ``api.md``, the SDK's public API surface, from the code (``make api-md``).

``--check`` (``make check-api-md``, part of ``make test``) fails when the committed file is
stale, so every change to the spec, the templates or the handwritten layer shows its effect on
users in review. Read statically with griffe: see ``api_surface.py`` for what counts as public.
"""

from __future__ import annotations

import argparse
import difflib
import sys

from api_surface import ROOT, Entry, Surface, load_package, surface

HEADER = """# humm-client API

Every public name of the SDK: what `humm_client` exports, each `HummClient` namespace with its
methods' signatures, each model and enum of `humm_client.models`, and `humm_client.testing`.
Generated from the code by `make api-md` (`scripts/api_md.py`); `make test` fails when it is stale.
Do not edit by hand.
"""


def _relative(entry: Entry, owner: str) -> str:
    return (
        entry.signature().replace(owner + ".", "", 1)
        if entry.key.startswith(owner + ".")
        else entry.signature()
    )


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


def _render_classes(entries: list[Entry], module: str) -> list[str]:
    """Entries under ``module`` as ``class X(bases):`` blocks and top-level lines."""
    lines: list[str] = []
    owner: str | None = None
    for entry in entries:
        if owner is not None and entry.key.startswith(owner + "."):
            member = entry.signature() if entry.kind == "field" else _relative(entry, owner)
            prefix = "async def " if entry.obj is not None and "async" in entry.obj.labels else ""
            if entry.kind == "method" and not prefix:
                prefix = "def "
            lines.append(_indent(prefix + member))
            continue
        owner = None
        name = entry.key[len(module) + 1 :]
        if entry.kind == "class":
            owner = entry.key
            bases = f"({', '.join(entry.bases)})" if entry.bases else ""
            lines.append(f"class {name}{bases}:")
            if entry.params is not None:
                lines.append(_indent(Entry("__init__", "method", entry.params).signature()))
        else:
            lines.append(_relative(entry, module))
    return lines


def render(api: Surface) -> str:
    out = [HEADER]
    for section, entries in api.sections.items():
        out.append(f"## `{section}`\n")
        out.append("```python")
        if section.startswith("humm."):
            namespace = entries[0]
            out.append(f"{section}: {namespace.annotation}")
            for entry in entries[1:]:
                prefix = "async " if entry.obj is not None and "async" in entry.obj.labels else ""
                out.append(prefix + entry.signature())
        else:
            out.extend(_render_classes(entries, section))
        out.append("```\n")
    return "\n".join(out).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if api.md differs from the code")
    args = parser.parse_args(argv)
    text = render(surface(load_package()))
    path = ROOT / "api.md"
    if not args.check:
        path.write_text(text, encoding="utf-8")
        print(f"api.md: {text.count(chr(10))} lines written")
        return 0
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if current == text:
        print("check-api-md: api.md matches the code")
        return 0
    diff = difflib.unified_diff(
        current.splitlines(), text.splitlines(), "api.md", "from the code", lineterm=""
    )
    print("\n".join(list(diff)[:60]))
    print("check-api-md: api.md is stale: run 'make api-md' and commit it.")
    return 1


if __name__ == "__main__":
    sys.exit(main())
