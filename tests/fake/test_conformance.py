"""`python -m humm_client.conformance` against the fake served on loopback, with drift injected
through ``FakeHumm.drift``: the report names each finding, and nothing but GET is sent."""

from __future__ import annotations

import sys
import uuid

import httpx
import pytest

from humm_client import conformance
from humm_client.testing import FakeHumm

from .test_served import serve_in_thread

ORG = uuid.UUID("22222222-2222-2222-2222-222222222222")
USER = "44444444-4444-4444-4444-444444444444"


def seeded() -> FakeHumm:
    fake = FakeHumm()
    fake.add_organization(id=ORG, name="Acme")
    fake.add_integration_source(name="crm", source_type="saas", connector_type="hubspot", organization_id=ORG)
    fake.add(
        "MemoryResponse", type="procedural", content="Use NRR", quality_score=0.9,
        thread_id=str(uuid.uuid4()), organization_id=str(ORG), user_id=USER,
    )  # fmt: skip
    return fake


def run_command(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    monkeypatch.setenv("HUMM_API_TOKEN", "conformance-token")
    monkeypatch.setenv("HUMM_BASE_URL", url)
    monkeypatch.setenv("HUMM_ANALYST_BASE_URL", url)
    code = conformance.main(["--id", f"organization_id={ORG}", "--timeout", "10"])
    return code, capsys.readouterr().out


def test_a_faithful_server_conforms(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = seeded()
    with serve_in_thread(fake) as url:
        code, out = run_command(url, monkeypatch, capsys)
    assert code == 0, out
    assert "DRIFT" not in out
    assert "list_memories" in out and "get_memory" in out  # the listed memory's id was used


def test_drift_is_reported_per_operation_and_nothing_is_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = seeded()
    fake.drift(
        "MemoryResponse", drop=["user_id"],
        values={"status": "archived", "quality_score": "high", "embedding_model": "v3"},
    )  # fmt: skip
    fake.drift("OrganizationResponse", drop=["name"], values={"plan": "enterprise"})
    with serve_in_thread(fake) as url:
        code, out = run_command(url, monkeypatch, capsys)
    print(out)  # shown with -s: the report as a maintainer sees it
    assert code == 1
    lines = out.splitlines()

    def block(operation: str) -> str:
        start = next(i for i, line in enumerate(lines) if line.startswith(operation + " "))
        end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith("    ")), len(lines))
        return "\n".join(lines[start:end])

    memories = block("list_memories")
    assert "GET  200  DRIFT" in memories
    assert "fields missing       [0].user_id" in memories
    assert "[0].embedding_model" in memories
    assert "[0].quality_score: 'high' is not of type 'number'" in memories
    assert "[0].status='archived'" in memories
    assert "fields missing       user_id" in block("get_memory")
    organization = block("get_organization")
    assert "fields missing       name" in organization and "fields unknown       plan" in organization
    assert "skipped: pass --id for run_id" in block("get_run_details")
    assert {method for method, _ in fake.requests} == {"GET"}
    assert len(fake.requests) >= 5


async def test_only_get_leaves_the_process() -> None:
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        return httpx.Response(200, json={})

    guard = conformance._ReadOnly(httpx.MockTransport(handler))
    async with httpx.AsyncClient(transport=guard) as http:
        await http.get("http://x/")
        with pytest.raises(AssertionError, match="read-only: refused POST"):
            await http.post("http://x/memories", json={})
    assert sent == ["GET"]


def test_without_jsonschema_it_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HUMM_API_TOKEN", "conformance-token")
    monkeypatch.setitem(sys.modules, "jsonschema", None)  # import now fails
    assert conformance.main([]) == 2
    assert 'pip install "humm-client[testing]"' in capsys.readouterr().err
