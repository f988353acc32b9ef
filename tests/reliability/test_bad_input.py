"""Bad input from the caller: a clear error naming the parameter, before anything is sent, or
(where the API validates) a typed UnprocessableEntityError, never a crash inside httpx or the
generated code."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from humm_client import InvalidArgumentError, UnprocessableEntityError
from humm_client.testing import FakeHumm

ORG = uuid.UUID("3c90c3cc-0d44-4b50-8888-8dd25736052a")


@pytest.fixture
def fake() -> FakeHumm:
    return FakeHumm()


def seed(fake: FakeHumm) -> Any:
    return fake.add_integration_source(
        name="w", source_type="database", connector_type="postgresql", organization_id=ORG
    )


@pytest.mark.parametrize(
    ("call", "param"),
    [
        (lambda h: h.integration_sources.update("not-a-uuid", name="x"), "source_id"),
        (lambda h: h.integration_sources.update(ORG, name="x", organization_id="acme"), "organization_id"),
        (lambda h: h.organizations.get(12345), "organization_id"),
        (lambda h: h.memories.get("../../etc", organization_id="o"), "memory_id"),
        (
            lambda h: h.user_identifiers.upsert(ORG, "bob", integration_source_id=ORG, identifier_key="k"),
            "user_id",
        ),
        (lambda h: h.integration_sources.update(ORG, configuration={"x": object()}), "JSON"),
        (lambda h: h.integration_sources.update(ORG, name="x", timeout="soon"), "timeout"),
    ],
)
async def test_rejected_before_sending_naming_the_parameter(fake: FakeHumm, call: Any, param: str) -> None:
    async with fake.client() as humm:
        with pytest.raises(InvalidArgumentError, match=param):
            await call(humm)
    assert fake.requests == []


async def test_unknown_keyword_names_it_before_sending(fake: FakeHumm) -> None:
    async with fake.client() as humm:
        with pytest.raises(TypeError, match="nmae"):
            await humm.integration_sources.update(ORG, nmae="x")  # type: ignore[call-arg]
    assert fake.requests == []


@pytest.mark.parametrize(
    ("kwargs", "loc"),
    [
        ({"last_sync_row_count": "ten"}, ["body", "last_sync_row_count"]),
        ({"connection_status": "bogus"}, ["body", "connection_status"]),
        ({"instance_label": "X" * 50}, ["body", "instance_label"]),
        ({"selected_streams": "orders"}, ["body", "selected_streams"]),
    ],
)
async def test_values_the_api_rejects_are_typed_422s(
    fake: FakeHumm, kwargs: dict[str, Any], loc: list[str]
) -> None:
    source = seed(fake)
    async with fake.client() as humm:
        with pytest.raises(UnprocessableEntityError) as info:
            await humm.integration_sources.update(source.id, **kwargs)
    assert info.value.errors[0]["loc"] == loc


async def test_a_string_where_a_query_int_is(fake: FakeHumm) -> None:
    org = fake.add_organization(name="Acme")
    async with fake.client() as humm:
        with pytest.raises(UnprocessableEntityError) as info:
            await humm.organization_members.list(org.id, page="two")  # type: ignore[arg-type]
    assert info.value.errors[0]["loc"] == ["query", "page"]
