"""The default transport keeps what users of an httpx-based SDK expect, checked on loopback:
proxies and TLS settings (arguments and environment), compression, connection limits,
header safety, event-loop reuse, certificate failures, and when aiohttp is imported."""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import ssl
import threading
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
import trustme

from humm_client import APIConnectionError, HummClient, HummError, InvalidArgumentError
from humm_client._body import accept_encoding

from ..loopback import Loopback
from ..reliability.matrix import example
from ..reliability.server import refused_url
from ..spec import TOKEN, run_python
from .test_config import RESPONSE, SOURCE

# -- proxies -------------------------------------------------------------------------------


class ForwardProxy:
    """A logging HTTP forward proxy on loopback: records each request line, relays the exchange."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.url = ""

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            method, target, version = head.split(b"\r\n", 1)[0].decode().split(" ")
            self.seen.append(f"{method} {target}")
            url = httpx.URL(target)  # absolute-form: the proxy is told where to go
            up_reader, up_writer = await asyncio.open_connection(url.host, url.port)
            origin_form = f"{method} {url.raw_path.decode()} {version}".encode()
            up_writer.write(origin_form + b"\r\n" + head.split(b"\r\n", 1)[1])
            length = [
                int(line.split(b":")[1])
                for line in head.lower().split(b"\r\n")
                if line.startswith(b"content-length:")
            ]
            if length and length[0]:
                up_writer.write(await reader.readexactly(length[0]))
            response = await up_reader.readuntil(b"\r\n\r\n")
            size = [
                int(line.split(b":")[1])
                for line in response.lower().split(b"\r\n")
                if line.startswith(b"content-length:")
            ]
            response += await up_reader.readexactly(size[0] if size else 0)
            up_writer.close()
            writer.write(response)
            await writer.drain()
        finally:
            writer.close()

    @staticmethod
    async def running() -> AsyncIterator[ForwardProxy]:
        proxy = ForwardProxy()
        server = await asyncio.start_server(proxy._relay, "127.0.0.1", 0)
        proxy.url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
        async with server:
            yield proxy


@pytest.fixture
async def forward_proxy() -> AsyncIterator[ForwardProxy]:
    async for proxy in ForwardProxy.running():
        yield proxy


async def test_http_proxy_from_the_environment_is_used(
    loopback: Loopback, forward_proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", forward_proxy.url)
    loopback.add_response(json=RESPONSE)
    async with HummClient(token=TOKEN, base_url=loopback.url) as humm:
        src = await humm.integration_sources.update(SOURCE, name="n")
    assert src.name == "n"
    assert forward_proxy.seen == [f"PUT {loopback.url}/api/integration-sources/{SOURCE}"]
    assert loopback.get_request().headers["authorization"] == f"Bearer {TOKEN}"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("env", "kwargs"),
    [({"NO_PROXY": "127.0.0.1"}, {}), ({"no_proxy": "localhost,127.0.0.1"}, {}), ({}, {"trust_env": False})],
    ids=["NO_PROXY", "no_proxy list", "trust_env=False"],
)
async def test_proxy_environment_is_bypassed_like_httpx(
    loopback: Loopback,
    forward_proxy: ForwardProxy,
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    kwargs: dict[str, bool],
) -> None:
    monkeypatch.setenv("HTTP_PROXY", forward_proxy.url)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    loopback.add_response(json=RESPONSE)
    async with HummClient(token=TOKEN, base_url=loopback.url, **kwargs) as humm:  # type: ignore[arg-type]
        await humm.integration_sources.update(SOURCE, name="n")
    assert forward_proxy.seen == []
    assert len(loopback.get_requests()) == 1


async def test_proxy_argument_wins_over_the_environment(
    loopback: Loopback, forward_proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "*")
    loopback.add_response(json=RESPONSE)
    async with HummClient(token=TOKEN, base_url=loopback.url, proxy=forward_proxy.url) as humm:
        await humm.integration_sources.update(SOURCE, name="n")
    assert len(forward_proxy.seen) == 1


@pytest.mark.parametrize(
    "kwargs",
    [
        {"proxy": "socks5://127.0.0.1:1080"},
        {"proxy": "ftp://127.0.0.1"},
        {"verify": "/nonexistent/ca.pem"},
        {"cert": "/nonexistent/client.pem"},
        {"verify": 1},
        {"limits": 10},
        {"http_client": httpx.AsyncClient(), "verify": False},
        {"http_client": httpx.AsyncClient(), "proxy": "http://127.0.0.1:3128"},
    ],
)
def test_bad_transport_settings_are_typed_errors(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidArgumentError):
        HummClient(token=TOKEN, **kwargs)  # type: ignore[arg-type]


async def test_connection_limit_is_applied(loopback: Loopback) -> None:
    for _ in range(6):
        loopback.add_response(json=RESPONSE, delay=0.05)
    async with HummClient(token=TOKEN, base_url=loopback.url, limits=httpx.Limits(max_connections=2)) as humm:
        await asyncio.gather(*(humm.integration_sources.update(SOURCE, name="n") for _ in range(6)))
    assert loopback.connections == 2


# -- TLS -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
async def tls_loopback(ca: trustme.CA) -> AsyncIterator[Loopback]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    async with Loopback().running(tls=context) as server:
        yield server
        server.check()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.mark.parametrize("how", ["path", "SSLContext", "SSL_CERT_FILE"])
async def test_a_custom_ca_verifies(
    tls_loopback: Loopback, ca: trustme.CA, ca_file: str, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    verify: ssl.SSLContext | str | bool = True
    if how == "path":
        verify = ca_file
    elif how == "SSLContext":
        verify = ssl.create_default_context()
        ca.configure_trust(verify)
    else:
        monkeypatch.setenv("SSL_CERT_FILE", ca_file)
    tls_loopback.add_response(json=RESPONSE)
    async with HummClient(token=TOKEN, base_url=tls_loopback.url, verify=verify) as humm:
        assert (await humm.integration_sources.update(SOURCE, name="n")).name == "n"


async def test_a_wrong_ca_fails_fast_as_a_certificate_error(
    tls_loopback: Loopback, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    async with HummClient(token=TOKEN, base_url=tls_loopback.url, verify=str(other)) as humm:
        with pytest.raises(APIConnectionError, match="certificate verification failed") as info:
            await humm.integration_sources.create_database(SOURCE, name="db")  # a POST
    assert "verify=" in str(info.value)
    assert not [r for r in caplog.records if "Retrying" in r.getMessage()]  # one attempt, no retries
    assert tls_loopback.get_requests() == []


async def test_client_certificate(ca: trustme.CA, ca_file: str, tmp_path: Path) -> None:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    ca.configure_trust(context)
    context.verify_mode = ssl.CERT_REQUIRED  # the server wants a certificate signed by `ca`
    client_pem = tmp_path / "client.pem"
    ca.issue_cert("client@example.test").private_key_and_cert_chain_pem.write_to_path(str(client_pem))
    async with Loopback().running(tls=context) as server:
        server.add_response(json=RESPONSE)
        async with HummClient(token=TOKEN, base_url=server.url, verify=ca_file, cert=str(client_pem)) as humm:
            await humm.integration_sources.update(SOURCE, name="n")
        async with HummClient(token=TOKEN, base_url=server.url, verify=ca_file, max_retries=0) as humm:
            with pytest.raises(APIConnectionError):  # no client certificate: the handshake fails
                await humm.integration_sources.update(SOURCE, name="n")
        assert len(server.get_requests()) == 1


# -- compression ---------------------------------------------------------------------------


async def test_gzip_body_is_decoded_once_and_accept_encoding_is_sent(
    humm: HummClient, loopback: Loopback
) -> None:
    body = json.dumps(RESPONSE).encode()
    loopback.add_response(
        content=gzip.compress(body), headers={"content-encoding": "gzip", "content-type": "application/json"}
    )
    raw = await humm.integration_sources.with_raw_response.update(SOURCE, name="n")
    assert raw.content == body  # decoded exactly once (twice would fail on plain JSON)
    assert raw.parse().name == "n"
    sent = loopback.get_request()
    assert sent is not None
    assert sent.headers["accept-encoding"] == accept_encoding()
    assert {"gzip", "deflate"} <= {e.strip() for e in accept_encoding().split(",")}


# -- headers -------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["tok\r\nX-Evil: 1", "tok\nen", "tok\x00en", "tökén"])
def test_a_token_that_cannot_be_a_header_is_refused_at_construction(bad: str) -> None:
    with pytest.raises(InvalidArgumentError, match="token") as info:
        HummClient(token=bad)
    assert bad not in str(info.value)


@pytest.mark.parametrize(
    "headers",
    [{"X-Team": "a\r\nX-Evil: 1"}, {"X-Team": "a\nb"}, {"X-Te am": "a"}, {"X:Team": "a"}, {"": "a"}],
)
async def test_bad_headers_are_refused_before_sending(loopback: Loopback, headers: dict[str, str]) -> None:
    with pytest.raises(InvalidArgumentError):
        HummClient(token=TOKEN, base_url=loopback.url, default_headers=headers)
    async with HummClient(token=TOKEN, base_url=loopback.url) as humm:
        with pytest.raises(InvalidArgumentError):
            await humm.integration_sources.update(SOURCE, name="n", extra_headers=headers)
    assert loopback.get_requests() == []  # nothing reached the wire


async def test_one_authorization_header_whatever_the_case(loopback: Loopback) -> None:
    loopback.add_response(json=RESPONSE)
    loopback.add_response(json=RESPONSE)
    defaults = {
        "authorization": "Bearer from-defaults",
        "user-agent": "my-app/1",
        "ACCEPT": "application/json",
    }
    async with HummClient(token=TOKEN, base_url=loopback.url, default_headers=defaults) as humm:
        await humm.integration_sources.update(SOURCE, name="n")
        await humm.integration_sources.update(
            SOURCE, name="n", extra_headers={"AUTHORIZATION": "Bearer per-call"}
        )
    first, second = loopback.get_requests()
    for request, expected in ((first, "Bearer from-defaults"), (second, "Bearer per-call")):
        assert request.headers.get_list("authorization") == [expected]
        assert request.headers.get_list("user-agent") == ["my-app/1"]
        assert request.headers.get_list("accept") == ["application/json"]


# -- event loops ---------------------------------------------------------------------------


class CountingServer(ThreadingHTTPServer):
    """A loopback server in its own thread, so it outlives the event loops of a test."""

    daemon_threads = True
    seen = 0


class Answer(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        assert isinstance(self.server, CountingServer)
        self.server.seen += 1
        body = json.dumps(example("GET")).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def threaded_server() -> Iterator[CountingServer]:
    server = CountingServer(("127.0.0.1", 0), Answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_client_reused_under_a_second_asyncio_run_works(
    threaded_server: CountingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="asyncio")
    humm = HummClient(token=TOKEN, base_url=f"http://127.0.0.1:{threaded_server.server_address[1]}")
    first = asyncio.run(humm.organizations.get(SOURCE))
    second = asyncio.run(humm.organizations.get(SOURCE))  # the first loop is closed: a new pool
    asyncio.run(humm.aclose())
    assert first.to_dict() == second.to_dict() == example("GET")
    assert threaded_server.seen == 2  # each call sent once, and reported as done
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]  # no "never retrieved"
    # Unclosed sessions or transports would fail the test here: warnings are errors.


def test_a_client_used_from_a_second_open_loop_fails_before_sending(threaded_server: CountingServer) -> None:
    humm = HummClient(token=TOKEN, base_url=f"http://127.0.0.1:{threaded_server.server_address[1]}")
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(humm.organizations.get(SOURCE))
        with pytest.raises(HummError, match="event loop"):
            asyncio.run(humm.organizations.get(SOURCE))  # the first loop is still open
        assert threaded_server.seen == 1  # nothing was sent from the second loop
        loop.run_until_complete(humm.aclose())
    finally:
        loop.close()


# -- failures and imports ------------------------------------------------------------------


async def test_connection_refused_names_the_cause() -> None:
    async with HummClient(token=TOKEN, base_url=refused_url(), max_retries=0) as humm:
        with pytest.raises(APIConnectionError, match="not sent"):
            await humm.organizations.get(SOURCE)


def test_the_transport_is_imported_when_the_client_is_built() -> None:
    # `import humm_client` costs httpx, attrs and our own modules; aiohttp, asyncio and the
    # transport load with the first client (before its first request).
    code = (
        "import sys, humm_client\n"
        "def loaded(): return [m in sys.modules for m in ('aiohttp', 'asyncio', 'humm_client._aiohttp')]\n"
        "before = loaded(); humm_client.HummClient(token='t'); print(before, loaded())"
    )
    assert run_python(code) == "[False, False, False] [True, True, True]"
