"""The SDK's promises, over servers that misbehave on loopback, on every transport a user can
take: the default aiohttp pool, a user's ``httpx.AsyncClient``, a user's ``httpx2.AsyncClient``
(and, in test_fake_transport.py, the in-process fake). Each test asserts what the caller got and
what the server saw; each is bounded in time (``bounded``), so a hang fails instead of stalling."""

from __future__ import annotations

import asyncio
import base64
import copy
import gzip
import json
import logging
import pickle
import ssl
import time
import tracemalloc
import zlib
from collections.abc import Awaitable
from typing import Any, TypeVar

import pytest
import trustme

from humm_client import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    HummError,
    InvalidArgumentError,
    NotFoundError,
    ResponseTooLargeError,
)

from ..spec import TOKEN
from .servers import GET_BODY, ID, POST_BODY, PUT_BODY, TRANSPORTS, RawServer, chain, client, response

T = TypeVar("T")
pytestmark = pytest.mark.parametrize("transport", TRANSPORTS)
SLACK = 1.5  # seconds a deadline may be overrun on this shared 2-core machine


async def bounded(call: Awaitable[T], seconds: float = 15.0) -> T:
    """``call``, failed (not hung) if it outlives ``seconds``."""
    return await asyncio.wait_for(call, seconds)


async def drip(writer: asyncio.StreamWriter, data: bytes, every: float = 0.2) -> None:
    for byte in data:
        writer.write(bytes([byte]))
        await writer.drain()
        await asyncio.sleep(every)


# -- deadlines ------------------------------------------------------------------------------


async def drip_headers(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer) -> None:
    await server.read_request(reader)
    await drip(writer, response(200, GET_BODY) * 10)


async def drip_body(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer) -> None:
    await server.read_request(reader)
    head, _, body = response(200, GET_BODY).partition(b"\r\n\r\n")
    writer.write(head + b"\r\n\r\n")
    await drip(writer, body)


@pytest.mark.parametrize("handler", [drip_headers, drip_body], ids=["headers", "body"])
async def test_a_drip_fed_response_ends_within_the_timeout(transport: str, handler: Any) -> None:
    async with RawServer(handler).running() as server, client(transport, server.url, timeout=1.0) as humm:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            await bounded(humm.organizations.get(ID, max_retries=0))
        elapsed = time.monotonic() - started
    assert elapsed < 1.0 + SLACK, elapsed
    assert server.requests == 1
    assert info.value.attempts == 1
    assert "after 1 attempt(s)" in str(info.value)


async def test_the_default_timeout_bounds_a_drip_too(transport: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The default is 30 s; the same deadline applies, shortened here so the test stays quick.
    import humm_client._client as client_module

    monkeypatch.setattr(client_module, "DEFAULT_TIMEOUT", 1.0, raising=False)
    async with RawServer(drip_body).running() as server, client(transport, server.url, timeout=1.0) as humm:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await bounded(humm.organizations.get(ID))  # GET: retried twice, each attempt bounded
    assert time.monotonic() - started < 3 * 1.0 + SLACK
    assert server.requests == 3


async def stall_upload(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer) -> None:
    await server.read_head(reader)  # and never read the body
    await asyncio.sleep(60)


async def test_a_stalled_upload_ends_within_the_timeout(transport: str) -> None:
    async with (
        RawServer(stall_upload).running() as server,
        client(transport, server.url, timeout=1.0) as humm,
    ):
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await bounded(humm.integration_sources.update(ID, description="x" * (16 << 20), max_retries=0))
    assert time.monotonic() - started < 1.0 + SLACK
    assert server.requests == 1


@pytest.mark.parametrize("value", [0, -1, float("nan"), float("inf"), None])
async def test_a_timeout_that_bounds_nothing_is_refused_everywhere(transport: str, value: Any) -> None:
    async with RawServer(drip_body).running() as server:
        with pytest.raises(InvalidArgumentError, match="timeout"):
            async with client(transport, server.url, timeout=value):
                pass
        async with client(transport, server.url) as humm:
            with pytest.raises(InvalidArgumentError, match="timeout"):
                await humm.organizations.get(ID, timeout=value)
            with pytest.raises(InvalidArgumentError, match="timeout"):
                humm.with_options(timeout=value)
    assert server.requests == 0


# -- attempts -------------------------------------------------------------------------------


async def ok_then_drop(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer) -> None:
    """The first request on the first connection is answered (kept alive); every later request
    is read and the connection closed without an answer."""
    await server.read_request(reader)
    if server.requests == 1:
        writer.write(response(200, GET_BODY))
        await writer.drain()
        await server.read_request(reader)


@pytest.mark.parametrize("max_retries", [0, 2])
async def test_each_attempt_is_one_send_even_on_a_reused_connection(transport: str, max_retries: int) -> None:
    async with RawServer(ok_then_drop).running() as server, client(transport, server.url) as humm:
        await bounded(humm.organizations.get(ID))  # leaves a pooled connection
        with pytest.raises(APIConnectionError) as info:
            await bounded(humm.organizations.get(ID, max_retries=max_retries))
    assert server.requests == 1 + max_retries + 1  # no hidden resend by the transport
    assert info.value.attempts == max_retries + 1
    assert f"after {max_retries + 1} attempt(s)" in str(info.value)


async def unavailable(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer) -> None:
    while True:
        await server.read_request(reader)
        writer.write(response(503, b'{"detail": "down"}'))
        await writer.drain()


async def test_max_retries_zero_sends_exactly_once(transport: str) -> None:
    async with (
        RawServer(unavailable).running() as server,
        client(transport, server.url, max_retries=0) as humm,
    ):
        with pytest.raises(HummError):
            await bounded(humm.organizations.get(ID))
    assert server.requests == 1


async def answer_then_close(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer
) -> None:
    """Answers one request on each connection, then closes it (no Connection: close header): the
    client's pooled connection has the server's FIN waiting unread."""
    await server.read_request(reader)
    writer.write(response(200, GET_BODY if server.requests == 1 else POST_BODY))
    await writer.drain()
    writer.close()


async def test_a_post_on_a_connection_the_server_closed_goes_on_a_fresh_one(transport: str) -> None:
    async with RawServer(answer_then_close).running() as server, client(transport, server.url) as humm:
        await bounded(humm.organizations.get(ID))
        time.sleep(0.1)  # the FIN arrives while the loop is busy: it waits unread
        db = await bounded(humm.integration_sources.create_database(ID, name="db", max_retries=0))
    assert db.name
    assert (server.requests, server.connections) == (2, 2)


# -- framing --------------------------------------------------------------------------------


async def truncated(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer) -> None:
    await server.read_request(reader)
    writer.write(b'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"na')


async def conflicting_length(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer
) -> None:
    await server.read_request(reader)
    writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\n{}")
    await writer.drain()


async def test_a_truncated_body_is_a_connection_error_retried_when_idempotent(transport: str) -> None:
    async with RawServer(truncated).running() as server, client(transport, server.url) as humm:
        with pytest.raises(APIConnectionError) as info:
            await bounded(humm.organizations.get(ID))
    assert server.requests == 3
    assert not isinstance(info.value, APITimeoutError)


async def test_conflicting_content_lengths_are_named(transport: str) -> None:
    async with RawServer(conflicting_length).running() as server, client(transport, server.url) as humm:
        with pytest.raises(APIConnectionError) as info:
            await bounded(humm.organizations.get(ID, max_retries=0))
    assert "content-length" in str(info.value).lower()
    assert "400, message" not in str(info.value)


# -- size limits and encodings ----------------------------------------------------------------


def answering(body: bytes, headers: dict[str, str]) -> Any:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer) -> None:
        while True:
            await server.read_request(reader)
            writer.write(response(200, body, headers))
            await writer.drain()

    return handler


BOMB = gzip.compress(b" " * (64 << 20), 9)  # 64 MiB of JSON whitespace in ~64 KiB


async def test_a_compression_bomb_stops_at_the_cap_with_bounded_memory(transport: str) -> None:
    cap = 1 << 20
    handler = answering(BOMB, {"content-encoding": "gzip"})
    async with RawServer(handler).running() as server, client(transport, server.url) as humm:
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError) as info:
                await bounded(humm.organizations.get(ID, max_response_size=cap))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 8 * cap, peak
    assert info.value.max_response_size == cap
    assert "max_response_size" in str(info.value) and "1,048,576" in str(info.value)
    assert server.requests == 1  # never retried: the same answer would come again


async def test_the_cap_is_per_client_and_a_body_under_it_is_decoded(transport: str) -> None:
    body = json.dumps({**json.loads(GET_BODY), "description": "d" * 200_000}).encode()
    async with RawServer(answering(gzip.compress(body), {"content-encoding": "gzip"})).running() as server:
        async with client(transport, server.url, max_response_size=100_000) as humm:
            with pytest.raises(ResponseTooLargeError):
                await bounded(humm.organizations.get(ID))
            org = await bounded(humm.with_options(max_response_size=len(body)).organizations.get(ID))
            assert org.description == "d" * 200_000
            raw = await bounded(humm.organizations.with_raw_response.get(ID, max_response_size=len(body)))
            assert raw.content == body


@pytest.mark.parametrize(
    ("encoding", "body", "named"),
    [
        ("compress", b"\x1f\x9d\x90", "'compress'"),
        ("gzip", b"\x1f\x8b\x08\x00garbage-not-gzip", "gzip response body is corrupt"),
        ("gzip", gzip.compress(GET_BODY)[:-12], "gzip response body is corrupt"),
        ("deflate", b"not deflate at all", "deflate response body is corrupt"),
    ],
    ids=["unsupported", "corrupt-gzip", "truncated-gzip", "corrupt-deflate"],
)
async def test_an_undecodable_body_names_its_encoding(
    transport: str, encoding: str, body: bytes, named: str
) -> None:
    async with RawServer(answering(body, {"content-encoding": encoding})).running() as server:
        async with client(transport, server.url) as humm:
            with pytest.raises(APIConnectionError, match=named):
                await bounded(humm.organizations.get(ID))


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "zstd"])
async def test_every_offered_encoding_is_decoded(transport: str, encoding: str) -> None:
    from humm_client._body import accept_encoding

    if encoding not in accept_encoding():
        pytest.skip(f"{encoding}: its decoder is not installed")
    if encoding == "br":
        import brotli  # type: ignore[import-untyped]

        body = brotli.compress(GET_BODY)
    elif encoding == "zstd":
        from backports import zstd

        body = zstd.compress(GET_BODY)
    else:
        body = gzip.compress(GET_BODY) if encoding == "gzip" else zlib.compress(GET_BODY)
    async with RawServer(answering(body, {"content-encoding": encoding})).running() as server:
        async with client(transport, server.url) as humm:
            org = await bounded(humm.organizations.get(ID))
    assert str(org.id) == json.loads(GET_BODY)["id"]


# -- secrets and exceptions -------------------------------------------------------------------


async def malformed(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer) -> None:
    await server.read_request(reader)
    writer.write(b"HTTP/1.1 abc Nonsense\r\n\r\n")
    await writer.drain()


def assert_no_secret(exc: BaseException, *secrets: str) -> None:
    for link in chain(exc):
        texts = [repr(link), str(link), *map(repr, link.args)]
        for secret in secrets:
            assert not any(secret in text for text in texts), (type(link).__name__, texts)
    for secret in secrets:
        assert secret.encode() not in pickle.dumps(exc)


async def test_a_malformed_response_keeps_the_token_out_of_the_whole_chain(
    transport: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="humm_client")
    async with RawServer(malformed).running() as server, client(transport, server.url) as humm:
        with pytest.raises(APIConnectionError) as info:
            await bounded(humm.organizations.get(ID, max_retries=1))
    assert_no_secret(info.value, TOKEN)
    assert info.value.request.headers["authorization"] == "[redacted]"
    assert len([r for r in caplog.records if "(attempt" in r.getMessage()]) == 2  # one line per send
    assert TOKEN not in caplog.text
    clone = pickle.loads(pickle.dumps(info.value))
    assert (type(clone), str(clone), clone.attempts) == (APIConnectionError, str(info.value), 2)
    assert clone.request.url == info.value.request.url


async def refuse_tunnel(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer
) -> None:
    head = await server.read_head(reader)
    server.state["proxy_authorization"] = [
        line for line in head.split(b"\r\n") if line.lower().startswith(b"proxy-authorization")
    ]
    writer.write(b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n")
    await writer.drain()


async def test_proxy_credentials_appear_in_no_exception(transport: str) -> None:
    password = "pr0xy-SECRET-pass"  # a test credential
    async with RawServer(refuse_tunnel).running() as proxy:
        url = proxy.url.replace("http://", f"http://user:{password}@")
        async with client(transport, "https://config.example", proxy=url, max_retries=0) as humm:
            with pytest.raises(APIConnectionError) as info:
                await bounded(humm.organizations.get(ID))
    assert proxy.state["proxy_authorization"], "the proxy was asked for the tunnel with credentials"
    sent = proxy.state["proxy_authorization"][0].split(b" ")[-1].decode()
    assert_no_secret(info.value, TOKEN, password, sent)


async def not_found(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer) -> None:
    await server.read_request(reader)
    writer.write(response(404, b'{"detail": "Organization not found"}', {"x-request-id": "req-9"}))
    await writer.drain()


async def test_errors_survive_copy_deepcopy_and_pickle_without_secrets(transport: str) -> None:
    async with RawServer(not_found).running() as server, client(transport, server.url) as humm:
        with pytest.raises(NotFoundError) as info:
            await bounded(humm.organizations.get(ID))
    error = info.value
    for clone in (copy.copy(error), copy.deepcopy(error), pickle.loads(pickle.dumps(error))):
        assert type(clone) is NotFoundError
        assert str(clone) == str(error)
        assert (clone.status_code, clone.request_id, clone.body) == (
            404,
            "req-9",
            {"detail": "Organization not found"},
        )
        assert clone.attempts == 1
    assert_no_secret(error, TOKEN)


# -- resources and lifecycle ------------------------------------------------------------------


async def echo_large(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer) -> None:
    head = await server.read_request(reader)
    server.state["head"] = head
    writer.write(response(200, PUT_BODY))
    await writer.drain()


async def test_a_large_upload_raises_no_warning(transport: str) -> None:
    # pytest's filterwarnings = error: any warning from the SDK's use of its dependencies fails.
    async with RawServer(echo_large).running() as server, client(transport, server.url) as humm:
        await bounded(humm.integration_sources.update(ID, description="x" * (3 << 20)))
    assert b"content-length: 31457" in server.state["head"].lower()


async def stall_mid_body(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer
) -> None:
    await server.read_request(reader)
    writer.write(b'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"na')
    await writer.drain()
    await reader.read()  # until the client closes the connection


async def test_cancellation_mid_body_closes_the_connection(transport: str) -> None:
    async with RawServer(stall_mid_body).running() as server, client(transport, server.url) as humm:
        task = asyncio.ensure_future(humm.organizations.get(ID))
        await asyncio.sleep(0.3)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await bounded(server.closed.wait(), 5)  # the half-read connection is not kept
    assert server.requests == 1


async def test_a_closed_parent_closes_its_children(transport: str) -> None:
    async with RawServer(answering(GET_BODY, {})).running() as server:
        async with client(transport, server.url) as humm:
            child = humm.with_options(max_retries=0)
            await bounded(child.organizations.get(ID))
        assert humm.is_closed and child.is_closed
        with pytest.raises(ClientClosedError):
            await child.organizations.get(ID)
    assert server.requests == 1


async def tunnel(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer) -> None:
    """An HTTP proxy: CONNECT host:port (its Proxy-Authorization recorded), then bytes both ways."""
    head = await server.read_head(reader)
    server.state["connect"] = head
    host, port = head.split(b" ")[1].decode().rsplit(":", 1)
    up_reader, up_writer = await asyncio.open_connection(host, int(port))
    writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
    await writer.drain()

    async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
        try:
            while data := await src.read(65536):
                dst.write(data)
                await dst.drain()
        except ConnectionError:
            pass
        finally:
            dst.close()

    await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


async def tls_answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: RawServer) -> None:
    head = await server.read_request(reader)
    server.state["head"] = head
    writer.write(response(200, GET_BODY, close=True))
    await writer.drain()


async def test_a_call_through_an_authenticating_proxy_tunnel_to_tls(transport: str) -> None:
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_context)
    verify = ssl.create_default_context()
    ca.configure_trust(verify)
    password = "tunnel-SECRET-pass"
    async with (
        RawServer(tls_answer).running(tls=server_context) as origin,
        RawServer(tunnel).running() as proxy,
    ):
        proxy_url = proxy.url.replace("http://", f"http://user:{password}@")
        async with client(transport, origin.url, proxy=proxy_url, verify=verify) as humm:
            org = await bounded(humm.organizations.get(ID))
    assert str(org.id) == json.loads(GET_BODY)["id"]
    expected = base64.b64encode(f"user:{password}".encode())
    assert b"proxy-authorization: basic " + expected.lower() in proxy.state["connect"].lower()
    assert b"proxy-authorization" not in origin.state["head"].lower()  # only the proxy sees it
    assert f"Bearer {TOKEN}".encode() in origin.state["head"]  # and only the origin sees the token
    assert origin.url.startswith("https://")
