"""Imports run one way (handwritten helpers <- generated code <- client), with no circle."""

from __future__ import annotations

import ast
from pathlib import Path

import humm_client

PACKAGE = Path(humm_client.__file__).resolve().parent


def module_name(path: Path) -> str:
    parts = ["humm_client", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The humm_client modules a file imports at module level (TYPE_CHECKING blocks included)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        stmts = node.body if isinstance(node, ast.If) else [node]
        for stmt in stmts:
            if isinstance(stmt, ast.ImportFrom):
                base = stmt.module or ""
                if stmt.level:
                    base = ".".join(
                        package.split(".")[: len(package.split(".")) - stmt.level + 1]
                        + ([base] if base else [])
                    )
                out.add(base)
                out.update(f"{base}.{alias.name}" for alias in stmt.names)  # `from . import module`
            elif isinstance(stmt, ast.Import):
                out.update(alias.name for alias in stmt.names)
    return {m for m in out if m.startswith("humm_client")} - {name}


def graph() -> dict[str, set[str]]:
    return {module_name(p): imports(p) for p in PACKAGE.rglob("*.py")}


def test_no_import_circle() -> None:
    edges = graph()
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if nxt not in edges:  # a name, not a module
                continue
            assert state.get(nxt) != 1, "import circle: " + " -> ".join([*trail, node, nxt])
            if nxt not in state:
                visit(nxt, [*trail, node])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [])


def test_handwritten_modules_reach_no_private_generated_name() -> None:
    for path in PACKAGE.rglob("*.py"):
        if "_generated" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and "_generated" in node.module:
                parts = node.module.split(".")
                inner = parts[parts.index("_generated") + 1 :]
                assert not any(p.startswith("_") for p in inner), f"{path.name} imports {node.module}"
                private = [
                    a.name for a in node.names if a.name.startswith("_") and not a.name.startswith("__")
                ]
                assert not private, f"{path.name} imports {private}"


def test_generated_code_imports_only_the_runtime_seam() -> None:
    allowed = {
        "humm_client._drift",  # the parsers note tolerated drift there
        "humm_client._options",  # RequestOptions, the **options of every method
        "humm_client._pagination",
        "humm_client._resource",
        "humm_client._response",
        "humm_client._runtime",
        "humm_client._types",
        "humm_client._validation",
    }
    edges = graph()
    modules = set(edges)
    for module, targets in edges.items():
        if module.startswith("humm_client._generated"):
            outside = {t for t in targets if t in modules and not t.startswith("humm_client._generated")}
            assert outside <= allowed, (module, outside - allowed)
