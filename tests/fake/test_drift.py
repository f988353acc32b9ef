"""Drift a test can inject into the fake (``FakeHumm.drift``), and how the client meets it:
strict where the docs spoke, tolerant where the spec guessed (``x-humm-inferred``), and every
tolerated deviation reported once per operation and field at INFO on the ``humm_client`` logger.
The ``served`` tests run the fake over real HTTP (uvicorn) with a default ``HummClient``."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

from humm_client import HummClient, ResponseValidationError
from humm_client.testing import FakeHumm

from .test_served import serve_in_thread

ORG = uuid.UUID("22222222-2222-2222-2222-222222222222")


def memory(fake: FakeHumm) -> dict[str, Any]:
    return fake.add(
        "MemoryResponse", type="procedural", content="Use NRR", quality_score=0.9,
        thread_id=str(uuid.uuid4()), organization_id=str(ORG), user_id=str(uuid.uuid4()),
    )  # fmt: skip


async def test_drift_changes_what_the_fake_answers(humm_fake: FakeHumm) -> None:
    stored = memory(humm_fake)
    humm_fake.drift("MemoryResponse", drop=["content"], values={"brand_new": [1]})
    async with humm_fake.client() as humm:
        raw = await humm.memories.with_raw_response.get(stored["id"], organization_id=str(ORG))
    body = raw.http_response.json()
    assert "content" not in body and body["brand_new"] == [1]
    assert humm_fake.store.get("MemoryResponse", str(stored["id"]))["content"] == "Use NRR"  # type: ignore[index]


def test_drift_names_a_schema_of_the_spec(humm_fake: FakeHumm) -> None:
    with pytest.raises(ValueError, match="no schema 'Memory'"):
        humm_fake.drift("Memory", drop=["user_id"])


async def test_a_documented_required_field_missing_still_fails(humm_fake: FakeHumm) -> None:
    """IntegrationSourceResponse.id is required by the docs (the seed page): no leniency."""
    source = humm_fake.add_integration_source(
        name="crm", source_type="saas", connector_type="hubspot", organization_id=ORG
    )
    humm_fake.drift("IntegrationSourceResponse", drop=["id"])
    async with humm_fake.client() as humm:
        with pytest.raises(ResponseValidationError):
            await humm.integration_sources.update(source.id, name="CRM")


async def test_a_memory_without_its_inferred_user_id_parses(humm_fake: FakeHumm) -> None:
    stored = memory(humm_fake)
    humm_fake.drift("MemoryResponse", drop=["user_id"])
    async with humm_fake.client() as humm:
        got = await humm.memories.get(stored["id"], organization_id=str(ORG))
    assert got.user_id is None


SUFFIX = " (tolerated; the spec guessed here)"


async def test_served_a_memory_without_user_id_parses_and_is_reported_once(
    drift_log: Callable[[], list[str]],
) -> None:
    fake = FakeHumm()
    stored = memory(fake)
    fake.drift("MemoryResponse", drop=["user_id"])
    with serve_in_thread(fake) as url:
        async with HummClient(token="t", base_url=url, analyst_base_url=url) as humm:
            first = await humm.memories.get(stored["id"], organization_id=str(ORG))
            second = await humm.memories.get(stored["id"], organization_id=str(ORG))
    assert first.user_id is None and second.user_id is None
    assert first.content == "Use NRR" and "user_id" not in first.to_dict()
    assert drift_log() == ["API drift in memories.get: MemoryResponse.user_id missing" + SUFFIX]


async def test_served_null_in_inferred_non_nullable_fields_reads_none(
    drift_log: Callable[[], list[str]],
) -> None:
    """``MemoryResponse.scope`` (optional) and ``created_at`` (required) are non-nullable only
    because the docs page is cut; an unknown field and enum value are kept and reported."""
    fake = FakeHumm()
    stored = memory(fake)
    fake.drift(
        "MemoryResponse", values={"scope": None, "created_at": None, "status": "archived", "brand_new": 1}
    )
    with serve_in_thread(fake) as url:
        async with HummClient(token="t", base_url=url, analyst_base_url=url) as humm:
            got = await humm.memories.get(stored["id"], organization_id=str(ORG))
    assert got.scope is None and got.created_at is None
    assert got.status == "archived" and got["brand_new"] == 1  # kept, as before
    assert sorted(drift_log()) == [
        "API drift in memories.get: MemoryResponse.brand_new unknown field" + SUFFIX,
        "API drift in memories.get: MemoryResponse.created_at null" + SUFFIX,
        "API drift in memories.get: MemoryResponse.scope null" + SUFFIX,
        "API drift in memories.get: MemoryStatus value 'archived' unknown" + SUFFIX,
    ]


async def test_served_an_integration_source_without_id_still_fails(
    drift_log: Callable[[], list[str]],
) -> None:
    fake = FakeHumm()
    source = fake.add_integration_source(
        name="crm", source_type="saas", connector_type="hubspot", organization_id=ORG
    )
    fake.drift("IntegrationSourceResponse", drop=["id"])
    with serve_in_thread(fake) as url:
        async with HummClient(token="t", base_url=url, analyst_base_url=url) as humm:
            with pytest.raises(ResponseValidationError, match=r"integration_sources\.update"):
                await humm.integration_sources.update(source.id, name="CRM")
    assert drift_log() == []


async def test_a_documented_memory_is_not_drift(
    humm_fake: FakeHumm, drift_log: Callable[[], list[str]]
) -> None:
    stored = memory(humm_fake)
    async with humm_fake.client() as humm:
        got = await humm.memories.get(stored["id"], organization_id=str(ORG))
    assert got.user_id is not None
    assert drift_log() == []
