"""The pytest plugin is safe to load without the testing extra, and provides `humm_fake`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from humm_client.testing import FakeHumm

from ..spec import run_python


def test_humm_fake_fixture_is_a_fresh_fake(humm_fake: FakeHumm) -> None:
    assert isinstance(humm_fake, FakeHumm)
    assert humm_fake.requests == []


def test_loading_the_plugin_does_not_import_the_fake() -> None:
    code = (
        "import sys, humm_client_pytest; "
        "print('starlette' in sys.modules, 'humm_client.testing._app' in sys.modules)"
    )
    assert run_python(code).split() == ["False", "False"]


def test_a_pytest_session_pays_for_the_sdk_only_when_a_test_uses_the_fake(tmp_path: Path) -> None:
    # Every installed plugin loads into every pytest session: ours must import nothing heavy until
    # a test asks for humm_fake. Other plugins' autoloading is off, so only ours is measured.
    heavy = ("humm_client", "httpx", "aiohttp", "attrs", "humm_client._generated.models")
    (tmp_path / "test_plain.py").write_text(
        "import sys\n"
        "def test_nothing_heavy_loaded():\n"
        f"    assert [m for m in {heavy!r} if m in sys.modules] == []\n"
    )
    (tmp_path / "test_fake.py").write_text(
        "import asyncio\n"
        "def test_uses_the_fake(humm_fake):\n"
        "    org = humm_fake.add_organization(name='Acme')\n"
        "    async def go():\n"
        "        async with humm_fake.client() as humm:\n"
        "            return await humm.organizations.get(org.id)\n"
        "    assert asyncio.run(go()).name == 'Acme'\n"
    )
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    env.pop("COVERAGE_PROCESS_START", None)
    common = [sys.executable, "-m", "pytest", "-q", "-p", "humm_client_pytest", "-p", "no:cacheprovider"]
    for name, expected in (("test_plain.py", "1 passed"), ("test_fake.py", "1 passed")):
        result = subprocess.run(
            [*common, "--rootdir", str(tmp_path), str(tmp_path / name)],
            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=False,
        )  # fmt: skip
        assert result.returncode == 0 and expected in result.stdout, result.stdout + result.stderr


def test_the_plugin_is_what_the_entry_point_names() -> None:
    from importlib.metadata import entry_points

    (plugin,) = [ep for ep in entry_points(group="pytest11") if ep.name == "humm_client"]
    assert plugin.value == "humm_client_pytest"


@pytest.mark.parametrize("missing", ["starlette", "jsonschema"])
def test_the_fake_without_the_testing_extra_says_what_to_install(
    missing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = [m for m in sys.modules if m.startswith((f"{missing}.", "humm_client.testing._"))]
    for name in loaded:
        if name != "humm_client_pytest":
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, missing, None)  # how the import system marks an absent package
    with pytest.raises(
        ModuleNotFoundError, match=rf"needs '{missing}'.*pip install 'humm-client\[testing\]'"
    ):
        from humm_client.testing import FakeHumm  # noqa: F401
