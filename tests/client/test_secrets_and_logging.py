"""The token never appears in a log record, exception message, repr or traceback."""

from __future__ import annotations

import logging
import traceback

import pytest

from humm_client import HummClient, HummError

from ..loopback import Loopback
from ..reliability.server import refused_url
from ..spec import TOKEN, run_python
from .test_config import SOURCE

FAULTS: list[dict[str, object]] = [
    {"status_code": 401, "json": {"detail": "Not authenticated"}},
    {"status_code": 422, "json": {"detail": [{"loc": ["body"], "msg": "bad", "type": "x"}]}},
    {"status_code": 500, "text": "boom"},
    {"status_code": 200, "text": "not json"},
    {"refused": True},  # nothing listens: a connection error
    {"json": {}, "delay": 0.3},  # slower than the timeout
]


@pytest.mark.parametrize("fault", FAULTS)
async def test_token_absent_from_errors_and_logs(
    fault: dict[str, object], loopback: Loopback, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    base_url = refused_url() if "refused" in fault else loopback.url
    if "refused" not in fault:
        loopback.add_response(**fault)  # type: ignore[arg-type]
    async with HummClient(token=TOKEN, base_url=base_url, timeout=0.1) as humm:
        with pytest.raises(HummError) as info:
            await humm.integration_sources.create_database(SOURCE, name="db")
    text = str(info.value) + repr(info.value) + "".join(traceback.format_exception(info.value))
    assert TOKEN not in text
    for record in caplog.records:
        assert TOKEN not in record.getMessage()


def test_bearer_values_are_redacted_even_if_someone_logs_them(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger("humm_client").debug("header was %s", f"Bearer {TOKEN}")
    assert TOKEN not in caplog.records[0].getMessage()
    assert "[redacted]" in caplog.records[0].getMessage()


def test_humm_log_env_turns_on_debug_logging() -> None:
    code = (
        "import logging, humm_client; "
        "l = logging.getLogger('humm_client'); "
        "print(l.level == logging.DEBUG, len(l.handlers))"
    )
    assert run_python(code, HUMM_LOG="debug").split() == ["True", "1"]


@pytest.mark.parametrize("configured", [False, True])
def test_humm_log_prints_each_record_once(configured: bool) -> None:

    code = (
        "import asyncio, logging, sys\n"
        + (
            "logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format='ROOT %(message)s')\n"
            if configured
            else ""
        )
        + "from humm_client.testing import FakeHumm\n"
        "fake = FakeHumm(); org = fake.add_organization(name='Acme')\n"
        "async def go():\n"
        "    async with fake.client() as humm:\n"
        "        await humm.organizations.get(org.id)\n"
        "asyncio.run(go())\n"
    )
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", code], env={**__import__("os").environ, "HUMM_LOG": "debug"},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if "GET /api/organization/" in line]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("ROOT ") is configured
