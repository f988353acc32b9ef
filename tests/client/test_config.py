"""Configuration, environment variables, lifecycle and repr."""

from __future__ import annotations

import httpx
import pytest

import humm_client
from humm_client import ClientClosedError, HummClient, HummError, InvalidArgumentError

from ..loopback import Loopback
from ..spec import TOKEN

SOURCE = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
RESPONSE = {
    "name": "n", "source_type": "database", "connector_type": "postgresql",
    "organization_id": SOURCE, "id": SOURCE, "created_at": "2023-11-07T05:31:56Z",
    "updated_at": "2023-11-07T05:31:56Z", "description_version": 1,
}  # fmt: skip


def test_missing_token_says_how_to_set_it() -> None:
    with pytest.raises(HummError, match="HUMM_API_TOKEN"):
        HummClient()


def test_token_and_urls_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUMM_API_TOKEN", TOKEN)
    monkeypatch.setenv("HUMM_BASE_URL", "http://localhost:9000/")
    monkeypatch.setenv("HUMM_ANALYST_BASE_URL", "http://localhost:9001")
    humm = HummClient()
    assert humm.base_url == "http://localhost:9000"
    assert humm.analyst_base_url == "http://localhost:9001"


def test_documented_defaults() -> None:
    humm = HummClient(token=TOKEN)
    assert humm.base_url == "https://config.heyhumm.ai"
    assert humm.analyst_base_url == "https://analyst.heyhumm.ai"
    assert humm.max_retries == 2
    assert humm.timeout == httpx.Timeout(30.0, connect=5.0)


def test_arguments_win_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUMM_BASE_URL", "https://env.example")
    assert HummClient(token=TOKEN, base_url="https://arg.example").base_url == "https://arg.example"


@pytest.mark.parametrize(
    "kwargs",
    [{"base_url": "config.heyhumm.ai"}, {"max_retries": -1}, {"max_retries": "2"}, {"timeout": "30"}],
)
def test_bad_configuration_is_a_typed_error(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidArgumentError):
        HummClient(token=TOKEN, **kwargs)  # type: ignore[arg-type]


def test_repr_never_shows_the_token() -> None:
    humm = HummClient(token=TOKEN)
    assert TOKEN not in repr(humm)
    assert TOKEN not in str(vars(humm).get("_transport"))
    assert "HummClient(" in repr(humm)


async def test_async_with_closes_the_pool() -> None:
    async with HummClient(token=TOKEN) as humm:
        http = humm._transport
    assert http.is_closed
    assert humm.is_closed


async def test_user_supplied_http_client_is_used_and_left_open(loopback: Loopback) -> None:
    loopback.add_response(json=RESPONSE)
    async with httpx.AsyncClient(headers={"X-Mine": "1"}) as http:
        async with HummClient(token=TOKEN, base_url=loopback.url, http_client=http) as humm:
            await humm.integration_sources.update(SOURCE, name="n")
        assert not http.is_closed
    assert loopback.get_request().headers["x-mine"] == "1"  # type: ignore[union-attr]


async def test_use_after_close_is_a_clear_error() -> None:
    humm = HummClient(token=TOKEN)
    await humm.aclose()
    await humm.aclose()  # idempotent
    with pytest.raises(ClientClosedError, match="closed"):
        await humm.integration_sources.update(SOURCE, name="x")


async def test_headers_user_agent_auth_and_defaults(loopback: Loopback) -> None:
    loopback.add_response(json=RESPONSE)
    async with HummClient(token=TOKEN, base_url=loopback.url, default_headers={"X-Team": "data"}) as humm:
        await humm.integration_sources.update(SOURCE, name="n")
    request = loopback.get_request()
    assert request is not None
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["x-team"] == "data"
    assert request.headers["user-agent"].startswith(f"humm-client/{humm_client.__version__} python/")
