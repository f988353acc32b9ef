"""`make api-diff` on a scratch git repository: a copy of this one with the spec edited and the
SDK regenerated, as a maintainer (or the regeneration workflow) would do it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COPIED = (
    "humm_client",
    "scripts",
    "templates",
    "openapi.yaml",
    "generator-config.yml",
    "pyproject.toml",
    "api.md",
)


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo, check=True, capture_output=True,
    )  # fmt: skip


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    """This repository's SDK as committed base of a fresh git repository."""
    repo = tmp_path / "repo"
    repo.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, repo / name)
    _git(repo, "init", "--quiet", "--initial-branch=main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "--quiet", "-m", "base")
    return repo


def _edit_operation(repo: Path, operation_id: str, edit: Any) -> None:
    spec_path = repo / "openapi.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    operation = next(
        op for item in spec["paths"].values() for op in item.values()
        if isinstance(op, dict) and op.get("operationId") == operation_id
    )  # fmt: skip
    edit(operation)
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    subprocess.run([sys.executable, "scripts/generate.py"], cwd=repo, check=True, capture_output=True)


def _run(repo: Path, script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, f"scripts/{script}", *args], cwd=repo, capture_output=True, text=True, timeout=300
    )


def test_renaming_a_method_is_breaking_until_the_minor_version_is_bumped(scratch: Path) -> None:
    _edit_operation(scratch, "search_memories", lambda op: op.update({"x-humm-method": "semantic_search"}))

    result = _run(scratch, "api_diff.py", "--base", "main")
    assert result.returncode == 1, result.stdout + result.stderr
    breaking = result.stdout.split("### Breaking")[1].split("###")[0]
    assert "`humm.memories.search()` removed" in breaking
    assert "humm.memories.semantic_search()" in result.stdout.split("### Added")[1]
    assert "bump it to 0.2.0" in result.stdout

    stale = _run(scratch, "api_md.py", "--check")
    assert stale.returncode == 1
    assert "-async humm.memories.search(" in stale.stdout

    (scratch / "humm_client" / "_version.py").write_text('__version__ = "0.2.0"\n', encoding="utf-8")
    bumped = _run(scratch, "api_diff.py", "--base", "main")
    assert bumped.returncode == 0, bumped.stdout + bumped.stderr
    assert "`humm.memories.search()` removed" in bumped.stdout
    assert "the version was bumped (0.1.0 → 0.2.0)" in bumped.stdout


def test_adding_an_optional_query_parameter_is_listed_as_added(scratch: Path) -> None:
    parameter = {"name": "include_archived", "in": "query", "required": False, "schema": {"type": "boolean"}}
    _edit_operation(scratch, "list_memories", lambda op: op["parameters"].append(parameter))

    result = _run(scratch, "api_diff.py", "--base", "main")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "### Breaking" not in result.stdout
    added = result.stdout.split("### Added")[1].split("###")[0]
    assert "`humm.memories.list()`: parameter `include_archived: " in added
    assert "Verdict: no breaking change." in result.stdout


def test_an_unchanged_tree_reports_no_change(scratch: Path) -> None:
    result = _run(scratch, "api_diff.py", "--base", "main")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No change to the public Python API." in result.stdout


def test_a_query_parameter_made_required_is_breaking_by_griffe(scratch: Path) -> None:
    def require_thread_id(operation: dict[str, Any]) -> None:
        next(p for p in operation["parameters"] if p["name"] == "thread_id")["required"] = True

    _edit_operation(scratch, "list_memories", require_thread_id)

    result = _run(scratch, "api_diff.py", "--base", "main")
    assert result.returncode == 1, result.stdout + result.stderr
    breaking = result.stdout.split("### Breaking")[1].split("###")[0]
    assert "`humm.memories.list`: Parameter is now required (`thread_id`)" in breaking
