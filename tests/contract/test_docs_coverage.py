"""Every endpoint the docs list (and the guides show) is in the spec, and on the client."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ..spec import ROOT, operations

INDEX = Path(__file__).with_name("docs_index.tsv")  # a copy of shared/humm-docs/INDEX.tsv
GUIDE_ENDPOINTS = {
    ("GET", "/api/organization/{organization_id}/ontology"),
    ("PUT", "/api/organization/{organization_id}/ontology"),
    ("GET", "/commands"),
    ("GET", "/commands/{command_id}"),
    ("PUT", "/commands/{command_id}"),
    ("GET", "/memories/{memory_id}"),
    ("PATCH", "/memories/{memory_id}"),
}


def _index_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _documented(path: Path) -> set[tuple[str, str]]:
    return {(r["method"], r["path"]) for r in _index_rows(path) if r["method"] != "-"}


def test_index_copy_matches_shared_docs_when_present() -> None:
    shared = ROOT.parent / "shared" / "humm-docs" / "INDEX.tsv"
    if not shared.exists():
        pytest.skip("shared/humm-docs is not beside this checkout")
    assert _index_rows(shared) == _index_rows(INDEX)


def test_every_documented_endpoint_is_in_the_spec() -> None:
    in_spec = {(op.method.upper(), op.path) for op in operations()}
    documented = _documented(INDEX)
    assert len(documented) == 32
    assert documented - in_spec == set()
    assert GUIDE_ENDPOINTS - in_spec == set()


def test_the_spec_has_nothing_the_docs_do_not_show() -> None:
    in_spec = {(op.method.upper(), op.path) for op in operations()}
    assert in_spec - _documented(INDEX) - GUIDE_ENDPOINTS == set()


def test_one_tag_per_docs_section() -> None:
    sections = {r["section"] for r in _index_rows(INDEX) if r["method"] != "-"}
    tags = {op.data["tags"][0] for op in operations()}
    assert tags == sections | {"ontology"}
