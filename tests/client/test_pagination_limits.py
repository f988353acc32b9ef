"""Pagination cannot run away (issue 11), checked over loopback with the default transport."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator

import pytest

from humm_client import HummClient, HummError, InvalidArgumentError

from ..reliability.server import FaultServer, respond
from ..spec import TOKEN
from .test_whole_api import ORG, member, memory


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with FaultServer().running() as s:
        yield s


def page(*items: dict[str, object]) -> tuple[object, ...]:
    return respond(200, json.dumps(list(items)).encode())


async def test_a_server_ignoring_the_page_parameter_stops_on_the_second_request(server: FaultServer) -> None:
    server.play(page(member(1), member(2)))  # the same full page, whatever is asked
    seen: list[uuid.UUID] = []
    async with HummClient(token=TOKEN, base_url=server.url) as humm:
        with pytest.raises(HummError, match=r"repeats the previous one.*ignore 'page'"):
            async for m in humm.organization_members.list(ORG, page_size=2).iterate():
                seen.append(m.id)
    assert server.seen == 2
    assert seen == [uuid.UUID(int=1), uuid.UUID(int=2)]  # each item once


async def test_without_a_page_size_a_repeating_server_still_stops(server: FaultServer) -> None:
    # organization_members documents no default page size: only the repeat check can stop it.
    server.play(page(member(1), member(2), member(3)))
    async with HummClient(token=TOKEN, base_url=server.url) as humm:
        with pytest.raises(HummError, match="repeats"):
            async for _ in humm.organization_members.list(ORG).iterate():
                pass
    assert server.seen == 2


async def test_max_pages_is_a_safety_limit(server: FaultServer) -> None:
    # Every page full and new: a list longer than the caller allowed for.
    server.play(*(page(member(2 * i), member(2 * i + 1)) for i in range(1, 10)))
    count = 0
    async with HummClient(token=TOKEN, base_url=server.url) as humm:
        with pytest.raises(HummError, match="max_pages=3"):
            async for _ in humm.organization_members.list(ORG, page_size=2).iterate(max_pages=3):
                count += 1
    assert (server.seen, count) == (3, 6)


async def test_the_documented_default_page_size_is_sent(server: FaultServer) -> None:
    server.play(page(memory(1), memory(2)))  # short against the documented limit of 50: the last page
    async with HummClient(token=TOKEN, analyst_base_url=server.url) as humm:
        items = [m async for m in humm.memories.list(organization_id=ORG).iterate()]
    assert len(items) == 2
    assert server.seen == 1
    assert "limit=50" in server.paths[0]
    assert "offset=0" in server.paths[0]


@pytest.mark.parametrize("bad", [0, -1, True, 2.5, "3"])
async def test_bad_max_pages_is_a_typed_error_before_sending(server: FaultServer, bad: object) -> None:
    async with HummClient(token=TOKEN, base_url=server.url) as humm:
        with pytest.raises(InvalidArgumentError, match="max_pages"):
            async for _ in humm.organization_members.list(ORG).iterate(max_pages=bad):  # type: ignore[arg-type]
                pass
    assert server.seen == 0


async def test_async_for_on_the_paginator_walks_every_page() -> None:
    from humm_client.testing import FakeHumm

    fake = FakeHumm()
    org = fake.add_organization(name="Acme")
    for n in range(5):
        fake.add(
            "OrganizationMemberWithUser", organization_id=str(org.id), user_id=str(uuid.UUID(int=n + 1)),
            role="ANALYST", membership_state="active",
        )  # fmt: skip
    async with fake.client() as humm:
        seen = [str(m.user_id) async for m in humm.organization_members.list(org.id, page_size=2)]
    assert seen == [str(uuid.UUID(int=n + 1)) for n in range(5)]
    assert len(fake.requests_to("organization_members.list")) == 3  # pages of 2, 2 and 1
