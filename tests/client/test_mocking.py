"""About the mock path: respx and pytest-httpx, used as their docs show, intercept a default
HummClient (no http_client=, no test-only switch in the client). The rest of the client tests
run over the real transport on loopback."""

from __future__ import annotations

import httpx
import respx
from pytest_httpx import HTTPXMock

from humm_client import HummClient, NotFoundError

from ..loopback import Loopback
from ..spec import TOKEN
from .test_config import RESPONSE, SOURCE

URL = f"https://config.example/api/integration-sources/{SOURCE}"


@respx.mock
async def test_respx_decorator_intercepts_a_default_client() -> None:
    route = respx.put(URL).mock(return_value=httpx.Response(200, json=RESPONSE))
    async with HummClient(token=TOKEN, base_url="https://config.example") as humm:
        source = await humm.integration_sources.update(SOURCE, name="n")
    assert source.name == "n"
    assert route.call_count == 1
    assert route.calls.last.request.headers["authorization"] == f"Bearer {TOKEN}"


async def test_respx_router_on_a_client_built_before_mocking(loopback: Loopback) -> None:
    humm = HummClient(token=TOKEN, base_url="https://config.example")
    async with humm:
        with respx.mock(assert_all_called=True) as mock:
            mock.put(URL).respond(404, json={"detail": "Integration source not found"})
            try:
                await humm.integration_sources.update(SOURCE, name="n")
            except NotFoundError as exc:
                assert exc.status_code == 404
            else:
                raise AssertionError("expected a 404")


async def test_respx_pass_through_reaches_the_real_transport(loopback: Loopback) -> None:
    loopback.add_response(json=RESPONSE)
    async with HummClient(token=TOKEN, base_url=loopback.url) as humm:
        with respx.mock:
            route = respx.route(host="127.0.0.1").pass_through()
            await humm.integration_sources.update(SOURCE, name="n")
    assert route.call_count == 1
    assert len(loopback.get_requests()) == 1  # it went over the socket


async def test_pytest_httpx_intercepts_a_default_client(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="PUT", url=URL, json=RESPONSE)
    async with HummClient(token=TOKEN, base_url="https://config.example") as humm:
        source = await humm.integration_sources.update(SOURCE, name="n")
    assert source.name == "n"
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
