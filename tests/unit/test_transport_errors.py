"""Each transport maps its exceptions in one table, to a ``TransportFailure`` with the right
"was it sent?" meaning; every exception class each library exports has a row meant for it
(httpx's test_httpcore_all_exceptions_mapped is the model)."""

from __future__ import annotations

import importlib
import ssl

import aiohttp
import pytest
from aiohttp.client_reqrep import ConnectionKey

from humm_client._aiohttp import aiohttp_exception_classes, certificate_problem, error_table
from humm_client._aiohttp import failure as aiohttp_failure
from humm_client._contract import NotSent, TransportFailure
from humm_client._httpx import ERROR_TABLE
from humm_client._httpx import failure as httpx_failure

NEVER_CONNECTED = {
    "ClientConnectorError", "ClientConnectorCertificateError", "ClientConnectorSSLError", "ClientSSLError",
    "ClientConnectorDNSError", "ClientProxyConnectionError", "ServerFingerprintMismatch", "ConnectionTimeoutError",
    "InvalidURL", "InvalidUrlClientError", "InvalidUrlRedirectClientError", "NonHttpUrlClientError",
    "NonHttpUrlRedirectClientError", "ClientHttpProxyError",
}  # fmt: skip
#: Before the request went out, in httpx/httpcore (and their continuations) terms.
HTTPX_NOT_SENT = {"ConnectError", "ConnectTimeout", "PoolTimeout", "ProxyError", "UnsupportedProtocol",
                  "LocalProtocolError", "InvalidURL"}  # fmt: skip
HTTPX_TIMEOUTS = {"ConnectTimeout", "PoolTimeout", "ReadTimeout", "WriteTimeout", "TimeoutException"}


def test_every_aiohttp_exception_class_falls_on_a_row_of_its_own_kind() -> None:
    rows = [source for source, _, _ in error_table()]
    for cls in aiohttp_exception_classes():
        assert any(issubclass(cls, source) for source in rows), cls
    assert len(list(aiohttp_exception_classes())) >= 25


@pytest.mark.parametrize("cls", aiohttp_exception_classes(), ids=lambda c: c.__name__)
def test_each_aiohttp_exception_maps_to_a_failure(cls: type[BaseException]) -> None:
    exc = cls.__new__(cls)  # built without arguments: the mapping must not depend on them
    mapped = aiohttp_failure(exc)
    assert isinstance(mapped, TransportFailure)
    assert mapped.sent is (cls.__name__ not in NEVER_CONNECTED), cls.__name__
    assert mapped.kind == cls.__name__
    assert mapped.__cause__ is None and mapped.__context__ is None


@pytest.mark.parametrize(
    ("exc", "sent", "timed_out"),
    [
        (TimeoutError(), True, True),
        (aiohttp.ServerDisconnectedError(), True, False),
        (aiohttp.ClientPayloadError("truncated"), True, False),
        (aiohttp.ConnectionTimeoutError(), False, True),
        (aiohttp.SocketTimeoutError(), True, True),
    ],
)  # fmt: skip
def test_representative_aiohttp_mappings(exc: BaseException, sent: bool, timed_out: bool) -> None:
    mapped = aiohttp_failure(exc)
    assert (mapped.sent, mapped.timed_out) == (sent, timed_out)


def test_a_header_aiohttp_refuses_is_an_invalid_request_not_sent() -> None:
    mapped = aiohttp_failure(ValueError("Newline or carriage return character detected in HTTP header"))
    assert isinstance(mapped, NotSent) and mapped.invalid_request


def test_a_malformed_response_names_what_the_parser_said() -> None:
    exc = aiohttp.ClientResponseError(None, (), status=400, message="Duplicate Content-Length")  # type: ignore[arg-type]
    assert aiohttp_failure(exc).message == "the response is malformed: Duplicate Content-Length"


def _exception_classes(module_name: str) -> list[type[BaseException]]:
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        pytest.skip(f"{module_name} is not installed")
    return [v for v in vars(module).values() if isinstance(v, type) and issubclass(v, Exception)]


@pytest.mark.parametrize("module_name", ["httpx", "httpx2", "httpcore", "httpcore2"])
def test_each_httpx_family_exception_maps_by_its_meaning(module_name: str) -> None:
    classes = _exception_classes(module_name)
    mapped_any = 0
    for cls in classes:
        if cls.__name__ not in ERROR_TABLE and not any(c.__name__ in ERROR_TABLE for c in cls.__mro__[1:]):
            continue  # not a transport error (e.g. CookieConflict, HTTPStatusError's siblings)
        mapped_any += 1
        try:
            exc = cls("boom")
        except TypeError:
            exc = cls.__new__(cls)
        mapped = httpx_failure(exc)
        name = next(c.__name__ for c in cls.__mro__ if c.__name__ in ERROR_TABLE)
        assert mapped.sent is (name not in HTTPX_NOT_SENT), cls
        assert mapped.timed_out is (name in HTTPX_TIMEOUTS), cls
    assert mapped_any >= 12, module_name


def test_every_name_in_the_httpx_table_exists_in_httpx() -> None:
    import httpcore
    import httpx

    assert all(hasattr(httpx, name) or hasattr(httpcore, name) for name in ERROR_TABLE)


def test_certificate_failures_are_recognised_through_the_cause_chain() -> None:
    key = ConnectionKey("h", 443, True, True, None, None, None)
    cause = ssl.SSLCertVerificationError(1, "certificate verify failed")
    cause.verify_message = "unable to get local issuer certificate"
    error = aiohttp.ClientConnectorCertificateError(key, cause)
    assert aiohttp_failure(error).certificate == "unable to get local issuer certificate"
    assert certificate_problem(aiohttp.ClientConnectorError(key, OSError(111, "refused"))) is None


def test_an_idle_connection_the_peer_closed_reads_as_not_reusable() -> None:
    import select
    import socket

    from humm_client._aiohttp import _readable

    ours, theirs = socket.socketpair()
    try:
        poller = select.poll()
        poller.register(ours.fileno(), select.POLLIN | select.POLLPRI)
        assert not _readable(poller)  # idle, open: reusable
        theirs.close()  # the server's FIN, waiting unread
        assert _readable(poller)
    finally:
        ours.close()
