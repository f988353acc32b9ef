"""Behaviour the whole-API spec adds: two hosts, pagination, ontology formats, idempotency keys,
and the path-parameter-wins rule for body fields of the same name."""

from __future__ import annotations

import json
import uuid

import pytest

from humm_client import HummClient, InternalServerError, InvalidArgumentError
from humm_client.models import MemoryResponse

from ..loopback import Loopback

ORG = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
USER = "11111111-2222-3333-4444-555555555555"


def member(i: int) -> dict[str, object]:
    return {
        "organization_id": ORG, "user_id": str(uuid.UUID(int=i)), "role": "ANALYST",
        "membership_state": "active", "id": str(uuid.UUID(int=i)),
        "created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z",
    }  # fmt: skip


def memory(i: int) -> dict[str, object]:
    return {
        "type": "procedural", "content": f"m{i}", "quality_score": 0.5, "thread_id": ORG,
        "organization_id": ORG, "user_id": USER, "id": str(uuid.UUID(int=i)),
        "created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z",
    }  # fmt: skip


async def test_each_operation_goes_to_its_host(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json={"id": ORG, "name": "Acme"})
    loopback.add_response(json=[])
    await humm.organizations.with_raw_response.get(ORG)
    await humm.memories.list(organization_id=ORG)
    config, analyst = loopback.get_requests()
    assert str(config.url) == f"{loopback.url}/api/organization/{ORG}"
    assert str(analyst.url) == f"{loopback.analyst_url}/memories?organization_id={ORG}"


async def test_page_pagination_iterates_lazily_to_a_short_page(humm: HummClient, loopback: Loopback) -> None:
    for items in ([member(1), member(2)], [member(3), member(4)], [member(5)]):
        loopback.add_response(json=items)
    seen = [m.id async for m in humm.organization_members.list(ORG, page_size=2).iterate()]
    assert seen == [uuid.UUID(int=i) for i in range(1, 6)]
    pages = [(r.url.params["page"], r.url.params["page_size"]) for r in loopback.get_requests()]
    assert pages == [("1", "2"), ("2", "2"), ("3", "2")]


async def test_offset_pagination_and_empty_last_page(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json=[memory(1), memory(2)])
    loopback.add_response(json=[memory(3), memory(4)])
    loopback.add_response(json=[])
    items = [m async for m in humm.memories.list(organization_id=ORG, limit=2).iterate()]
    assert [m.content for m in items] == ["m1", "m2", "m3", "m4"]
    assert all(isinstance(m, MemoryResponse) for m in items)
    offsets = [r.url.params["offset"] for r in loopback.get_requests()]
    assert offsets == ["0", "2", "4"]


async def test_iteration_stops_early_when_the_caller_breaks(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json=[member(1), member(2)])
    async for _ in humm.organization_members.list(ORG, page_size=2).iterate():
        break
    assert len(loopback.get_requests()) == 1  # nothing fetched ahead


async def test_awaiting_a_list_call_fetches_one_page(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json=[member(1)])
    page = await humm.organization_members.list(ORG, page=3)
    assert len(page) == 1
    assert loopback.get_request().url.params["page"] == "3"  # type: ignore[union-attr]


async def test_bad_page_size_is_a_typed_error(humm: HummClient) -> None:
    with pytest.raises(InvalidArgumentError, match="page_size"):
        async for _ in humm.organization_members.list(ORG, page_size=0).iterate():
            pass


async def test_ontology_as_json_and_as_yaml(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json={"metadata": {"organization_name": "Acme"}})
    loopback.add_response(
        text="metadata:\n  organization_name: Acme\n", headers={"content-type": "application/yaml"}
    )
    as_json = await humm.ontology.get(ORG)
    as_yaml = await humm.ontology.get(ORG, format_="yaml")
    assert as_json == {"metadata": {"organization_name": "Acme"}}
    assert as_yaml == "metadata:\n  organization_name: Acme\n"
    assert loopback.get_requests()[1].url.params["format"] == "yaml"


async def test_ontology_update_with_a_yaml_document(humm: HummClient, loopback: Loopback) -> None:
    document = "metadata:\n  organization_name: Acme Corp\nbusiness_rules: []\n"
    loopback.add_response(json={})
    loopback.add_response(json={})
    await humm.ontology.update(ORG, content=document)
    await humm.ontology.update(ORG, change_log="NRR", yaml=document)
    raw, wrapped = loopback.get_requests()
    assert raw.headers["content-type"] == "application/yaml"
    assert raw.content == document.encode()
    assert wrapped.headers["content-type"] == "application/json"
    assert json.loads(wrapped.content) == {"change_log": "NRR", "yaml": document}


async def test_ontology_update_refuses_both_forms(humm: HummClient) -> None:
    with pytest.raises(InvalidArgumentError, match="either"):
        await humm.ontology.update(ORG, content="a: 1", yaml="a: 1")


async def test_start_thread_idempotency_key_is_generated_once_per_call(
    humm: HummClient, loopback: Loopback
) -> None:
    loopback.add_response(status_code=503)
    loopback.add_response(status_code=500)  # retried: the spec marks the operation idempotent
    loopback.add_response(json={"thread_id": "t1"})
    loopback.add_response(json={"thread_id": "t2"})
    await humm.threads.start(organization_id=ORG, query="Revenue last week?")
    await humm.threads.start(organization_id=ORG, query="And this week?")
    keys = [json.loads(r.content)["idempotency_key"] for r in loopback.get_requests()]
    assert keys[0] == keys[1] == keys[2]  # one key across the retries of one call
    assert keys[3] != keys[0]  # a new call, a new key
    uuid.UUID(keys[0])


async def test_start_thread_keeps_the_callers_key(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json={})
    await humm.threads.start(organization_id=ORG, idempotency_key="mine-1")
    assert json.loads(loopback.get_request().content)["idempotency_key"] == "mine-1"  # type: ignore[union-attr]


async def test_other_posts_still_never_replay_after_500(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(status_code=500)
    with pytest.raises(InternalServerError):
        await humm.memories.create(
            organization_id=ORG, type_="procedural", content="c", quality_score=0.5,
            thread_id=uuid.UUID(ORG), user_id=uuid.UUID(USER),
        )  # fmt: skip
    assert len(loopback.get_requests()) == 1


async def test_body_fields_named_like_path_parameters_take_the_path_value(
    humm: HummClient, loopback: Loopback
) -> None:
    loopback.add_response(json={})
    await humm.user_identifiers.with_raw_response.upsert(
        ORG, USER, integration_source_id=uuid.UUID(ORG), identifier_key="email"
    )
    request = loopback.get_request()
    assert request is not None
    assert request.url.path == f"/api/organization/{ORG}/user/{USER}/identifiers"
    body = json.loads(request.content)
    assert (body["organization_id"], body["user_id"]) == (ORG, USER)
    assert body["identifier_key"] == "email"


async def test_colliding_path_value_must_still_be_a_uuid(humm: HummClient) -> None:
    with pytest.raises(InvalidArgumentError, match="user_id"):
        await humm.user_identifiers.upsert(
            ORG, "bob", integration_source_id=uuid.UUID(ORG), identifier_key="k"
        )
