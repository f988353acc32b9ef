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


def test_every_readme_link_works_on_pypi() -> None:
    # The README is the PyPI page: a relative link (a file, a #heading) is dead there.
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)\s]+)\)", readme)
    assert links
    assert [link for link in links if not link.startswith(("https://", "http://"))] == []
