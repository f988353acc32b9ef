"""Retries on the wire (requests counted) and the typed end of every failure."""

from __future__ import annotations

import asyncio
import json
import logging
import socket

import pytest

from humm_client import (
    APIConnectionError,
    APITimeoutError,
    HummClient,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from humm_client.models import ConnectionStatus

from ..loopback import Loopback
from ..spec import TOKEN
from .test_config import RESPONSE, SOURCE
from .test_requests import DB_RESPONSE


async def test_put_503_twice_then_200_succeeds_after_three_requests(
    humm: HummClient, loopback: Loopback
) -> None:
    loopback.add_response(status_code=503)
    loopback.add_response(status_code=503)
    loopback.add_response(json=RESPONSE)
    src = await humm.integration_sources.update(SOURCE, name="x")
    assert src.name == "n"
    assert len(loopback.get_requests()) == 3


async def test_put_gives_up_after_max_retries(humm: HummClient, loopback: Loopback) -> None:
    for _ in range(3):
        loopback.add_response(status_code=502, text="bad gateway")
    with pytest.raises(InternalServerError) as info:
        await humm.integration_sources.update(SOURCE, name="x")
    assert info.value.status_code == 502
    assert len(loopback.get_requests()) == 3


async def test_max_retries_zero_disables_retries(loopback: Loopback) -> None:
    loopback.add_response(status_code=503)
    async with HummClient(token=TOKEN, base_url=loopback.url, max_retries=0) as humm:
        with pytest.raises(InternalServerError):
            await humm.integration_sources.update(SOURCE, name="x")
    assert len(loopback.get_requests()) == 1


async def test_post_500_is_never_replayed(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(status_code=500)
    with pytest.raises(InternalServerError):
        await humm.integration_sources.create_database(SOURCE, name="db")
    assert len(loopback.get_requests()) == 1


async def test_post_read_timeout_is_never_replayed(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json=DB_RESPONSE, delay=0.3)
    with pytest.raises(APITimeoutError):
        await humm.integration_sources.create_database(SOURCE, name="db", timeout=0.1)
    assert len(loopback.get_requests()) == 1


async def test_post_429_with_retry_after_zero_is_retried(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(status_code=429, headers={"Retry-After": "0"})
    loopback.add_response(json=DB_RESPONSE)
    db = await humm.integration_sources.create_database(SOURCE, name="db")
    assert db.name == "analytics"
    assert len(loopback.get_requests()) == 2


async def test_post_connect_error_is_retried(caplog: pytest.LogCaptureFixture) -> None:
    # The port refuses the first attempt (bound, not listening) and starts listening when the
    # client logs its retry: the POST, never sent, is sent again and succeeds.
    caplog.set_level(logging.INFO)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    seen: list[bytes] = []

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        seen.append(head)
        await reader.readexactly(int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0]))
        body = json.dumps(DB_RESPONSE).encode()
        writer.write(
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s"
            % (len(body), body)
        )
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, sock=sock, start_serving=False)

    started: list[asyncio.Task[None]] = []

    class ListenOnRetry(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "Retrying" in record.getMessage():
                sock.listen(8)
                started.append(asyncio.ensure_future(server.start_serving()))

    handler = ListenOnRetry()
    logging.getLogger("humm_client").addHandler(handler)
    try:
        async with HummClient(token=TOKEN, base_url=f"http://127.0.0.1:{sock.getsockname()[1]}") as humm:
            db = await humm.integration_sources.create_database(SOURCE, name="db")
    finally:
        logging.getLogger("humm_client").removeHandler(handler)
        server.close()
        await server.wait_closed()
    assert db.name == "analytics"
    assert len(seen) == 1
    assert any("after ClientConnectorError" in r.getMessage() for r in caplog.records)


async def test_put_read_timeout_is_retried_then_typed(humm: HummClient, loopback: Loopback) -> None:
    for _ in range(3):
        loopback.add_response(json=RESPONSE, delay=0.3)
    with pytest.raises(APITimeoutError):
        await humm.integration_sources.update(SOURCE, name="x", timeout=0.1)
    assert len(loopback.get_requests()) == 3


async def test_connection_errors_are_typed(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_disconnect()  # the server reads the POST and closes: it may have acted on it
    with pytest.raises(APIConnectionError) as info:
        await humm.integration_sources.create_database(SOURCE, name="db")
    assert not isinstance(info.value, APITimeoutError)
    assert len(loopback.get_requests()) == 1


async def test_rate_limit_exhausted(humm: HummClient, loopback: Loopback) -> None:
    for _ in range(3):
        loopback.add_response(status_code=429, headers={"retry-after-ms": "1"})
    with pytest.raises(RateLimitError):
        await humm.integration_sources.update(SOURCE, name="x")


async def test_422_is_typed_with_detail(humm: HummClient, loopback: Loopback) -> None:
    detail = [{"loc": ["body", "instance_label"], "msg": "String should have at most 20 characters",
               "type": "string_too_long"}]  # fmt: skip
    loopback.add_response(status_code=422, json={"detail": detail})
    with pytest.raises(UnprocessableEntityError) as info:
        await humm.integration_sources.update(SOURCE, instance_label="x" * 21)
    assert info.value.errors[0]["loc"] == ["body", "instance_label"]
    assert len(loopback.get_requests()) == 1


async def test_404_is_typed(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(status_code=404, json={"detail": "Integration source not found"})
    with pytest.raises(NotFoundError, match="not found"):
        await humm.integration_sources.update(SOURCE, name="x")


@pytest.mark.parametrize(
    ("kwargs", "what"),
    [
        ({"json": {k: v for k, v in RESPONSE.items() if k != "id"}}, "id"),  # required field missing
        ({"json": {**RESPONSE, "id": "not-a-uuid"}}, "UUID"),
        ({"json": {**RESPONSE, "created_at": "yesterday"}}, "date"),
        ({"text": "<html><body>Gateway</body></html>"}, "JSON"),
        ({"content": b""}, ""),
        ({"json": [1, 2]}, ""),
    ],
)
async def test_bad_2xx_bodies_raise_response_validation_error(
    humm: HummClient, loopback: Loopback, kwargs: dict[str, object], what: str
) -> None:
    loopback.add_response(**kwargs)  # type: ignore[arg-type]
    with pytest.raises(ResponseValidationError) as info:
        await humm.integration_sources.update(SOURCE, name="x")
    assert info.value.status_code == 200
    assert isinstance(info.value.body, str)


async def test_unknown_enum_value_parses_and_equals_its_string(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json={**RESPONSE, "connection_status": "degraded", "description_source": "llm"})
    src = await humm.integration_sources.update(SOURCE, name="x")
    assert src.connection_status == "degraded"
    assert isinstance(src.connection_status, ConnectionStatus)
    assert src.description_source == "llm"
    assert src.to_dict()["connection_status"] == "degraded"


async def test_unknown_fields_are_kept(humm: HummClient, loopback: Loopback) -> None:
    body = {**RESPONSE, "new_field": {"a": 1}}
    loopback.add_response(json=body)
    src = await humm.integration_sources.update(SOURCE, name="x")
    assert src["new_field"] == {"a": 1}
    assert src.to_dict() == body


@pytest.mark.parametrize(
    "stamp",
    ["2023-11-07T05:31:56Z", "2023-11-07T05:31:56.123456+02:00", "2023-11-07T05:31:56", "20231107T053156Z"],
)
async def test_iso_8601_datetimes_parse_and_round_trip(
    humm: HummClient, loopback: Loopback, stamp: str
) -> None:
    loopback.add_response(json={**RESPONSE, "created_at": stamp, "last_sync_at": stamp})
    src = await humm.integration_sources.update(SOURCE, name="x")
    assert src.created_at.year == 2023 and src.created_at.minute == 31
    assert src.to_dict()["created_at"] == stamp
    assert src.to_dict()["last_sync_at"] == stamp


async def test_retries_are_logged_without_the_token(
    humm: HummClient, loopback: Loopback, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    loopback.add_response(status_code=503)
    loopback.add_response(json=RESPONSE)
    await humm.integration_sources.update(SOURCE, name="x")
    messages = [r.getMessage() for r in caplog.records]
    assert any("Retrying PUT" in m and "503" in m for m in messages)
    assert any("-> 200" in m and "attempt 2" in m for m in messages)
    assert all(TOKEN not in m for m in messages)
