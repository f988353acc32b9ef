"""The fake over real HTTP (uvicorn): `python -m humm_client.testing`, schemathesis against the
spec, and dropped connections."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from humm_client import APIConnectionError, HummClient
from humm_client.testing import FakeHumm

from ..spec import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on {port}")


@pytest.fixture
def served_module() -> Iterator[str]:
    """`python -m humm_client.testing --port N`, as a user would start it."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "humm_client.testing", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@contextlib.contextmanager
def serve_in_thread(app: FakeHumm) -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_for(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_schemathesis_finds_no_failure_against_the_fake(served_module: str, tmp_path: Path) -> None:
    """Property-based, from openapi.yaml: no 5xx, responses and content types match the spec,
    and invalid requests are rejected. Bounded: 5 examples per operation, a fixed seed, a timeout.
    Run in a temporary directory: schemathesis writes its `.schemathesis/` cache in the cwd."""
    schemathesis = Path(sys.executable).with_name("schemathesis")
    result = subprocess.run(
        [
            str(schemathesis), "run", str(ROOT / "openapi.yaml"), "--url", served_module,
            "-H", "Authorization: Bearer schemathesis",
            "--checks", "not_a_server_error,response_schema_conformance,content_type_conformance,"
            "negative_data_rejection",
            "--max-examples", "5", "--seed", "7", "--generation-database", "none",
            "--phases", "examples,coverage,fuzzing", "--no-color",
        ],
        capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"}, cwd=tmp_path,
    )  # fmt: skip
    summary = result.stdout[-3000:]
    assert result.returncode == 0, summary
    assert "39 selected / 39 total" in result.stdout
    assert " failed" not in summary.split("SUMMARY")[-1], summary


async def test_curl_style_http_against_the_module(served_module: str) -> None:
    async with httpx.AsyncClient(base_url=served_module) as http:
        unauthenticated = await http.get(f"/api/organization/{uuid.uuid4()}")
        invalid = await http.post("/memories", json={}, headers={"Authorization": "Bearer x"})
    assert unauthenticated.status_code == 401
    assert invalid.status_code == 422


async def test_dropped_connection_mid_response_is_a_typed_error() -> None:
    fake = FakeHumm()
    source = fake.add_integration_source(
        name="w", source_type="database", connector_type="postgresql", organization_id=uuid.uuid4()
    )
    with serve_in_thread(fake) as url:
        fake.drop_next(times=1)
        async with HummClient(token="t", base_url=url, max_retries=0) as humm:
            with pytest.raises(APIConnectionError):
                await humm.integration_sources.create_database(source.id, name="db")
            assert len(fake.requests) == 1  # a POST cut mid-response is never replayed
            fake.drop_next(times=1)
        async with HummClient(token="t", base_url=url) as humm:
            updated = await humm.integration_sources.update(source.id, name="after-drop")
        assert updated.name == "after-drop"  # the PUT was retried after the drop


async def test_latency_is_applied() -> None:
    humm_fake = FakeHumm(latency=0.05)
    started = asyncio.get_running_loop().time()
    async with humm_fake.client() as humm:
        with contextlib.suppress(Exception):
            await humm.organizations.get(uuid.uuid4())
    assert asyncio.get_running_loop().time() - started >= 0.05


ORG = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
SRC = "6f1d2b9e-5c3a-4e8b-9d7f-2a4c6e8b0d1f"
USER = "9b2e4d6f-8a1c-4e3b-a5d7-c9e1f3a5b7d9"
SEED = {
    "organizations": [{"id": ORG, "name": "Acme"}],
    "integration_sources": [
        {"id": SRC, "name": "Warehouse", "source_type": "database", "connector_type": "postgresql",
         "organization_id": ORG},
    ],
    "organization_members": [
        {"organization_id": ORG, "user_id": USER, "role": "ORGANIZATION_ADMIN", "membership_state": "active"},
    ],
}  # fmt: skip


@contextlib.contextmanager
def served(tmp_path: Path, *args: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """`python -m humm_client.testing --port N ...` in a subprocess; its output kept for checks."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "humm_client.testing", "--port", str(port), *args],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        wait_for(port)
        yield f"http://127.0.0.1:{port}", proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
async def test_a_seeded_served_fake_answers_and_a_timed_out_client_leaves_a_clean_log(
    tmp_path: Path, suffix: str
) -> None:
    import json

    import yaml

    from humm_client import APITimeoutError

    seed = tmp_path / f"seed{suffix}"
    seed.write_text(json.dumps(SEED) if suffix == ".json" else yaml.safe_dump(SEED))
    with served(tmp_path, "--seed", str(seed), "--latency", "0.3") as (url, proc):
        async with HummClient(token="t", base_url=url, analyst_base_url=url) as humm:
            source = await humm.integration_sources.update(SRC, name="Renamed", organization_id=ORG)
            assert (source.name, str(source.organization_id)) == ("Renamed", ORG)
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await humm.organizations.get(ORG, timeout=0.1, max_retries=0)  # latency 0.3 s
            assert time.monotonic() - started < 1.5
            await asyncio.sleep(0.5)  # the server finishes the abandoned request
            members = await humm.organization_members.list(ORG)
            assert [str(m.user_id) for m in members] == [USER]
        proc.terminate()
        output, _ = proc.communicate(timeout=10)
    assert proc.returncode in (0, -15)
    assert "3 seeded record(s)" in output
    assert "Traceback" not in output and "Exception in ASGI" not in output, output


def test_a_misspelled_seed_field_stops_the_server_naming_record_and_field(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    bad = {"integration_sources": [{**SEED["integration_sources"][0], "descriptoin": "typo"}]}
    seed.write_text(__import__("json").dumps(bad))
    result = subprocess.run(
        [sys.executable, "-m", "humm_client.testing", "--seed", str(seed)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "integration_sources[0]" in result.stderr and "'descriptoin'" in result.stderr, result.stderr


def test_the_readme_quickstart_runs_as_written_against_a_seeded_served_fake(tmp_path: Path) -> None:
    import json
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1]
    code = re.search(r"```python\n(.*?)```", quickstart, re.S)
    assert code is not None
    script = tmp_path / "quickstart.py"
    script.write_text(f"source_id = {SRC!r}\norg_id = {ORG!r}\n" + code.group(1))
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps(SEED))
    with served(tmp_path, "--seed", str(seed)) as (url, _):
        env = {**os.environ, "HUMM_API_TOKEN": "t", "HUMM_BASE_URL": url, "HUMM_ANALYST_BASE_URL": url}
        result = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=60, check=False
        )
    assert result.returncode == 0, result.stderr
    assert f"{USER} ORGANIZATION_ADMIN" in result.stdout


def test_seed_and_latency_options_are_checked() -> None:
    from humm_client.testing.__main__ import main

    with pytest.raises(SystemExit):
        main(["--latency", "-1"])
    with pytest.raises(SystemExit, match="no namespace 'widgets'"):
        with contextlib.ExitStack() as stack:
            path = Path(stack.enter_context(__import__("tempfile").TemporaryDirectory())) / "s.json"
            path.write_text('{"widgets": []}')
            main(["--seed", str(path)])
