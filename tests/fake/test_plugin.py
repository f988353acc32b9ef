"""The pytest plugin is safe to load without the testing extra, and provides `humm_fake`."""

from __future__ import annotations

import sys

import pytest

from humm_client.testing import FakeHumm

from ..spec import run_python


def test_humm_fake_fixture_is_a_fresh_fake(humm_fake: FakeHumm) -> None:
    assert isinstance(humm_fake, FakeHumm)
    assert humm_fake.requests == []


def test_loading_the_plugin_does_not_import_the_fake() -> None:
    code = (
        "import sys, humm_client.testing._plugin; "
        "print('starlette' in sys.modules, 'humm_client.testing._app' in sys.modules)"
    )
    assert run_python(code).split() == ["False", "False"]


@pytest.mark.parametrize("missing", ["starlette", "jsonschema"])
def test_the_fake_without_the_testing_extra_says_what_to_install(
    missing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = [m for m in sys.modules if m.startswith((f"{missing}.", "humm_client.testing._"))]
    for name in loaded:
        if name != "humm_client.testing._plugin":
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, missing, None)  # how the import system marks an absent package
    with pytest.raises(
        ModuleNotFoundError, match=rf"needs '{missing}'.*pip install 'humm-client\[testing\]'"
    ):
        from humm_client.testing import FakeHumm  # noqa: F401
