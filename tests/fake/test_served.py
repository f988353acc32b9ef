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
