"""The README stays true: it lists every operation, and shows the two set-up commands."""

from __future__ import annotations

from ..spec import ROOT, operations


def test_readme_lists_every_method() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for op in operations():
        assert f"`humm.{op.tag}.{op.py_method}()` | `{op.method.upper()} {op.path}`" in readme, op


def test_readme_shows_the_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
