"""The templates themselves: pinned to the upstream they fork, and rendered for a fixture spec.

``fixture.yaml`` takes the template branches the Humm spec does not (see its header); its
rendering is kept in ``golden/`` (like openapi-python-client's own end_to_end_tests) and
exercised here through a real ``HummClient``.
"""

from __future__ import annotations

import filecmp
import hashlib
import importlib.metadata
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openapi_python_client
import pytest

from humm_client import HummClient, ResponseValidationError

from ..loopback import Loopback
from ..spec import ROOT

HERE = Path(__file__).resolve().parent
TEMPLATES = ROOT / "templates"
UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"
HEADER = re.compile(r"\{#- upstream: openapi-python-client (\S+) templates/(\S+) sha256=([0-9a-f]{64}) -#\}")


def test_every_forked_template_records_its_upstream() -> None:
    forks = sorted(p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.jinja"))
    overriding = [f for f in forks if (UPSTREAM / f).exists()]
    assert len(overriding) >= 10
    for name in overriding:
        first_line = (TEMPLATES / name).read_text(encoding="utf-8").splitlines()[0]
        match = HEADER.fullmatch(first_line)
        assert match is not None, f"templates/{name} must start with its upstream header"
        assert match.group(2) == name


@pytest.mark.parametrize(
    "name",
    sorted(
        p.relative_to(TEMPLATES).as_posix()
        for p in TEMPLATES.rglob("*.jinja")
        if (UPSTREAM / p.relative_to(TEMPLATES)).exists()
    ),
)
def test_upstream_template_has_not_changed_under_the_fork(name: str) -> None:
    match = HEADER.fullmatch((TEMPLATES / name).read_text(encoding="utf-8").splitlines()[0])
    assert match is not None
    version, _, recorded = match.groups()
    assert importlib.metadata.version("openapi-python-client") == version, (
        f"templates/{name} forks openapi-python-client {version}: review it against the installed version"
    )
    actual = hashlib.sha256((UPSTREAM / name).read_bytes()).hexdigest()
    assert actual == recorded, (
        f"upstream templates/{name} changed: merge the change into our fork, then update its sha256"
    )


def test_fixture_spec_renders_exactly_the_golden_output(tmp_path: Path) -> None:
    out = tmp_path / "golden"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), str(out), str(HERE / "fixture.yaml")],
        check=True,
        capture_output=True,
    )

    def differences(cmp: filecmp.dircmp[str]) -> list[str]:
        found = [f"{cmp.left}/{n}" for n in cmp.left_only + cmp.right_only + cmp.diff_files]
        found += [
            f"{cmp.left}/{n}"
            for n in cmp.common_files
            if not filecmp.cmp(Path(cmp.left, n), Path(cmp.right, n), shallow=False)
        ]
        for sub in cmp.subdirs.values():
            found += differences(sub)
        return found

    cmp = filecmp.dircmp(out, HERE / "golden", ignore=["__pycache__"])
    assert differences(cmp) == [], (
        "regenerate: python scripts/generate.py tests/generator/golden tests/generator/fixture.yaml"
    )


def widgets(humm: HummClient) -> Any:
    from .golden.api.widgets import Widgets

    return Widgets(humm)


async def test_empty_2xx_returns_none(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(status_code=204)
    assert await widgets(humm).delete("a/b") is None
    request = loopback.get_request()
    assert request is not None
    assert request.url.raw_path == b"/widgets/a%2Fb"


async def test_headers_201_and_idempotency_key(humm: HummClient, loopback: Loopback) -> None:
    widget = {"id": "3c90c3cc-0d44-4b50-8888-8dd25736052a", "name": "w", "kind": None}
    loopback.add_response(status_code=201, json=widget)
    created = await widgets(humm).create(x_request_source="cli", x_dry_run=True, name="w", kind="round")
    assert created.to_dict() == widget
    assert created.created_at is None
    request = loopback.get_request()
    assert request is not None
    assert request.headers["x-request-source"] == "cli"
    assert request.headers["x-dry-run"] == "true"
    body = json.loads(request.content)
    assert body["kind"] == "round"
    assert len(body["idempotency_key"]) == 36  # a POST marked x-humm-idempotent gets a key


async def test_free_form_and_bare_array_bodies_are_sent_whole(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json={"seen": True})
    loopback.add_response(json={"id": "3c90c3cc-0d44-4b50-8888-8dd25736052a", "name": "w"})
    assert await widgets(humm).annotate("w", body={"note": "hi", "n": 1}) == {"seen": True}
    await widgets(humm).replace_tags("w", body=["a", "b"])
    first, second = loopback.get_requests()
    assert str(first.url).startswith(loopback.analyst_url)  # the operation's server
    assert json.loads(first.content) == {"note": "hi", "n": 1}
    assert json.loads(second.content) == ["a", "b"]


async def test_text_success_and_offset_pages_over_a_bare_list(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(text="some notes", headers={"content-type": "text/plain"})
    assert await widgets(humm).notes("w") == "some notes"
    one = {"id": "3c90c3cc-0d44-4b50-8888-8dd25736052a", "name": "w"}
    loopback.add_response(json=[one, one])
    loopback.add_response(json=[one])
    names = [w.name async for w in widgets(humm).list(kind="square", limit=2).iterate()]
    assert names == ["w", "w", "w"]
    offsets = [r.url.params.get("offset") for r in loopback.get_requests()[1:]]
    assert offsets == ["0", "2"]


async def test_a_guessed_required_field_may_be_missing(
    humm: HummClient, loopback: Loopback, drift_log: Callable[[], list[str]]
) -> None:
    """``Widget.owner`` is required only by a guess (``x-humm-inferred``): missing reads None, is
    reported once, and ``to_dict()`` gives back what was sent; a documented field stays strict."""
    widget = {"id": "3c90c3cc-0d44-4b50-8888-8dd25736052a", "name": "w"}
    loopback.add_response(json=widget)
    loopback.add_response(json={**widget, "owner": None})
    loopback.add_response(json={"id": widget["id"], "owner": "ann"})
    missing = await widgets(humm).replace_tags("w", body=[])
    null = await widgets(humm).replace_tags("w", body=[])
    assert missing.owner is None and missing.to_dict() == widget
    assert null.owner is None and null.to_dict() == {**widget, "owner": None}  # nullable: no drift
    assert [line.split(": ", 1)[1] for line in drift_log()] == [
        "Widget.owner missing (tolerated; the spec guessed here)"
    ]
    with pytest.raises(ResponseValidationError, match="name"):
        await widgets(humm).replace_tags("w", body=[])
