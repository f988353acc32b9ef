"""FakeHumm behaves like the service: auth, validation, 404s, PUT semantics, defaults, faults."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from humm_client import (
    AuthenticationError,
    HummClient,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    UnprocessableEntityError,
)
from humm_client.models import IntegrationSourceResponse
from humm_client.testing import FakeHumm

ORG = uuid.UUID("3c90c3cc-0d44-4b50-8888-8dd25736052a")


def seed(fake: FakeHumm, **extra: Any) -> IntegrationSourceResponse:
    source: IntegrationSourceResponse = fake.add_integration_source(
        name="warehouse", source_type="database", connector_type="postgresql", organization_id=ORG, **extra
    )
    return source


def test_seeding_fills_server_fields_and_documented_defaults(humm_fake: FakeHumm) -> None:
    source = seed(humm_fake)
    assert isinstance(source, IntegrationSourceResponse)
    assert isinstance(source.id, uuid.UUID)
    assert source.is_active is True and source.is_system is False and source.is_sync is False
    assert source.connection_status == "unknown"
    assert source.created_at.tzinfo is not None


def test_seeding_requires_the_documented_fields(humm_fake: FakeHumm) -> None:
    with pytest.raises(TypeError, match="connector_type"):
        humm_fake.add_integration_source(name="x", source_type="database", organization_id=ORG)
    with pytest.raises(ValueError, match="source_type"):
        humm_fake.add_integration_source(
            name="x", source_type="lake", connector_type="s3", organization_id=ORG
        )


async def test_put_semantics_omitted_unchanged_null_clears(humm_fake: FakeHumm) -> None:
    source = seed(humm_fake, description="first")
    async with humm_fake.client() as humm:
        renamed = await humm.integration_sources.update(source.id, name="renamed")
        assert (renamed.name, renamed.description) == ("renamed", "first")
        cleared = await humm.integration_sources.update(source.id, description=None)
        assert (cleared.name, cleared.description) == ("renamed", None)
        assert cleared.updated_at >= source.updated_at


async def test_server_owned_defaults_on_create(humm_fake: FakeHumm) -> None:
    source = seed(humm_fake)
    async with humm_fake.client() as humm:
        db = await humm.integration_sources.create_database(source.id, name="analytics")
    assert (db.priority, db.is_active, db.integration_source_id) == (99, True, source.id)


async def test_unknown_ids_are_404(humm_fake: FakeHumm) -> None:
    async with humm_fake.client() as humm:
        with pytest.raises(NotFoundError):
            await humm.integration_sources.update(uuid.uuid4(), name="x")
        with pytest.raises(NotFoundError):
            await humm.integration_sources.create_database(uuid.uuid4(), name="x")


async def test_requests_violating_the_spec_get_fastapi_422(humm_fake: FakeHumm) -> None:
    source = seed(humm_fake)
    async with humm_fake.client() as humm:
        with pytest.raises(UnprocessableEntityError) as info:
            await humm.integration_sources.update(source.id, instance_label="X" * 21)
    assert info.value.detail == [
        {"type": "string_too_long", "loc": ["body", "instance_label"], "msg": f"'{'X' * 21}' is too long"}
    ]


async def test_raw_http_422_shapes(humm_fake: FakeHumm) -> None:
    source = seed(humm_fake)
    headers = {"Authorization": "Bearer t"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=humm_fake), base_url="http://f") as http:
        missing = await http.post(f"/api/integration-sources/{source.id}/databases", json={}, headers=headers)
        bad_path = await http.put("/api/integration-sources/not-a-uuid", json={}, headers=headers)
        bad_json = await http.put(f"/api/integration-sources/{source.id}", content=b"{", headers=headers)
        no_query = await http.get("/memories", headers=headers)
    assert missing.status_code == 422
    assert missing.json()["detail"][0] == {
        "type": "missing",
        "loc": ["body", "name"],
        "msg": "Field required",
    }
    assert bad_path.json()["detail"][0]["loc"] == ["path", "source_id"]
    assert bad_json.json()["detail"][0]["type"] == "json_invalid"
    assert no_query.json()["detail"][0]["loc"] == ["query", "organization_id"]


async def test_401_without_a_bearer_token(humm_fake: FakeHumm) -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=humm_fake), base_url="http://f") as http:
        response = await http.get(f"/api/organization/{ORG}")
    assert response.status_code == 401
    assert response.json() == {"detail": "Not authenticated"}


async def test_a_fake_with_a_token_rejects_others() -> None:
    fake = FakeHumm(token="right")
    async with fake.client(token="wrong") as humm:
        with pytest.raises(AuthenticationError):
            await humm.organizations.get(ORG)


async def test_fail_next_with_retry_after_is_retried(humm_fake: FakeHumm) -> None:
    source = seed(humm_fake)
    humm_fake.fail_next(503, times=2, retry_after=0)
    async with humm_fake.client() as humm:
        await humm.integration_sources.update(source.id, name="x")
    assert len(humm_fake.requests) == 3


async def test_fail_next_on_a_post_is_not_replayed(humm_fake: FakeHumm) -> None:
    source = seed(humm_fake)
    humm_fake.fail_next(500)
    async with humm_fake.client() as humm:
        with pytest.raises(InternalServerError):
            await humm.integration_sources.create_database(source.id, name="x")
    assert len(humm_fake.requests) == 1


async def test_429_exhausts_retries(humm_fake: FakeHumm) -> None:
    humm_fake.fail_next(429, times=5, retry_after=0)
    async with humm_fake.client(max_retries=1) as humm:
        with pytest.raises(RateLimitError):
            await humm.organizations.get(ORG)
    assert len(humm_fake.requests) == 2


async def test_organizations_members_and_pagination(humm_fake: FakeHumm) -> None:
    org = humm_fake.add_organization(name="Acme")
    async with humm_fake.client() as humm:
        assert (await humm.organizations.get(org.id)).name == "Acme"
        for _ in range(5):
            await humm.organization_members.create(org.id, user_id=uuid.uuid4(), role="ANALYST")
        members = [m async for m in humm.organization_members.list(org.id, page_size=2).iterate()]
        assert len(members) == 5
        with pytest.raises(NotFoundError):
            await humm.organization_members.list(uuid.uuid4())


async def test_memories_round_trip_on_the_analyst_host(humm_fake: FakeHumm) -> None:
    async with humm_fake.client() as humm:
        created = await humm.memories.create(
            organization_id=str(ORG), type_="procedural", content="SLA is 24h",
            quality_score=0.9, thread_id=uuid.uuid4(), user_id=uuid.uuid4(),
        )  # fmt: skip
        assert created.id is not None  # the docs do not say a memory always has one: typed optional
        fetched = await humm.memories.get(created.id, organization_id=str(ORG))
        assert fetched.content == "SLA is 24h"
        patched = await humm.memories.update(created.id, organization_id=str(ORG), content="SLA is 12h")
        assert patched.content == "SLA is 12h"
        assert [m.id for m in await humm.memories.list(organization_id=str(ORG))] == [created.id]
    assert humm_fake.requests[0] == ("POST", "/memories")


async def test_ontology_json_and_yaml(humm_fake: FakeHumm) -> None:
    async with humm_fake.client() as humm:
        await humm.ontology.update(ORG, content="metadata:\n  organization_name: Acme\n")
        assert await humm.ontology.get(ORG, format_="yaml") == "metadata:\n  organization_name: Acme\n"
        await humm.ontology.update(ORG, change_log="v2", yaml="a: 1\n")
        assert await humm.ontology.get(ORG) == {"change_log": "v2", "yaml": "a: 1\n"}


async def test_start_thread_is_deduplicated_by_idempotency_key(humm_fake: FakeHumm) -> None:
    async with humm_fake.client() as humm:
        first = await humm.threads.start(organization_id=str(ORG), query="q", idempotency_key="k1")
        again = await humm.threads.start(organization_id=str(ORG), query="different", idempotency_key="k1")
    assert first == again


async def test_fake_works_with_a_plain_asgi_transport(humm_fake: FakeHumm) -> None:
    source = seed(humm_fake)
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=humm_fake))
    async with http, HummClient(token="t", base_url="https://x", http_client=http) as humm:
        assert (await humm.integration_sources.update(source.id, name="y")).name == "y"


async def test_recorded_requests_carry_query_headers_and_body(humm_fake: FakeHumm) -> None:
    org = humm_fake.add_organization(name="Acme")
    source = humm_fake.add_integration_source(
        name="Warehouse", source_type="database", connector_type="postgresql", organization_id=org.id
    )
    async with humm_fake.client(token="sk-secret-token") as humm:
        await humm.integration_sources.update(
            source.id, name="Renamed", organization_id=org.id, extra_headers={"X-Job": "nightly"}
        )
        await humm.organizations.get(org.id)
    update = humm_fake.requests_to("integration_sources.update")
    assert len(update) == 1
    (sent,) = update
    assert (sent.method, sent.path) == ("PUT", f"/api/integration-sources/{source.id}")
    assert sent.query == {"organization_id": str(org.id)}
    assert sent.body == {"name": "Renamed"}
    assert sent.headers["x-job"] == "nightly"
    assert sent.headers["authorization"] == "[redacted]"
    assert "sk-secret-token" not in repr(humm_fake.requests)
    assert humm_fake.last_request.path == f"/api/organization/{org.id}"
    assert humm_fake.last_request.body is None
    assert ("PUT", f"/api/integration-sources/{source.id}") in humm_fake.requests  # the older form
    with pytest.raises(ValueError, match=r"no operation 'integration_sources\.rename'"):
        humm_fake.requests_to("integration_sources.rename")


def test_a_misspelled_seed_field_is_refused_by_name(humm_fake: FakeHumm) -> None:
    with pytest.raises(TypeError, match="no field\\(s\\) 'descriptoin'"):
        humm_fake.add_integration_source(
            name="W", source_type="database", connector_type="postgresql",
            organization_id="3c90c3cc-0d44-4b50-8888-8dd25736052a", descriptoin="typo",
        )  # fmt: skip
    with pytest.raises(ValueError, match="invalid IntegrationSourceResponse"):
        humm_fake.add_integration_source(
            name="W", source_type="database", connector_type="postgresql",
            organization_id="3c90c3cc-0d44-4b50-8888-8dd25736052a", is_active="yes",
        )  # fmt: skip
    with pytest.raises(AssertionError, match="no request"):
        humm_fake.last_request  # noqa: B018
