"""Every aiohttp exception class is mapped, in one place, to the httpx error with the right
"was it sent?" meaning (httpx's test_httpcore_all_exceptions_mapped is the model)."""

from __future__ import annotations

import ssl

import aiohttp
import httpx
import pytest
from aiohttp.client_reqrep import ConnectionKey
from httpx._transports.default import map_httpcore_exceptions

from humm_client._transport import aiohttp_exception_classes, certificate_problem, error_table, map_error

NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.UnsupportedProtocol, httpx.LocalProtocolError)
NEVER_CONNECTED = {
    "ClientConnectorError", "ClientConnectorCertificateError", "ClientConnectorSSLError", "ClientSSLError",
    "ClientConnectorDNSError", "ClientProxyConnectionError", "ServerFingerprintMismatch", "ConnectionTimeoutError",
    "InvalidURL", "InvalidUrlClientError", "InvalidUrlRedirectClientError", "NonHttpUrlClientError",
    "NonHttpUrlRedirectClientError",
}  # fmt: skip


def test_every_aiohttp_exception_class_has_its_own_row() -> None:
    mapped = {source for source, _ in error_table()}
    unmapped = {cls.__name__ for cls in aiohttp_exception_classes()} - {cls.__name__ for cls in mapped}
    assert not unmapped, f"aiohttp exceptions without a row in error_table(): {unmapped}"
    assert len(list(aiohttp_exception_classes())) >= 25


def _as_httpx(exc: BaseException) -> httpx.TransportError:
    try:
        with map_httpcore_exceptions():
            raise map_error(exc) from exc
    except httpx.TransportError as mapped:
        return mapped
    raise AssertionError("not mapped to an httpx.TransportError")


@pytest.mark.parametrize("cls", aiohttp_exception_classes(), ids=lambda c: c.__name__)
def test_each_aiohttp_exception_maps_to_an_httpx_transport_error(cls: type[BaseException]) -> None:
    exc = cls.__new__(cls)  # built without arguments: the mapping must not depend on them
    mapped = _as_httpx(exc)
    sent = not isinstance(mapped, NOT_SENT)
    assert sent is (cls.__name__ not in NEVER_CONNECTED), f"{cls.__name__} -> {type(mapped).__name__}"


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (TimeoutError(), httpx.ReadTimeout),
        (ValueError("Newline or carriage return character detected in HTTP status message or header"),
         httpx.LocalProtocolError),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientPayloadError("truncated"), httpx.ReadError),
        (aiohttp.ConnectionTimeoutError(), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError(), httpx.ReadTimeout),
    ],
)  # fmt: skip
def test_representative_mappings(exc: BaseException, expected: type[Exception]) -> None:
    assert type(_as_httpx(exc)) is expected


def test_certificate_failures_are_recognised_through_the_cause_chain() -> None:
    key = ConnectionKey("h", 443, True, True, None, None, None)
    cause = ssl.SSLCertVerificationError(1, "certificate verify failed")
    cause.verify_message = "unable to get local issuer certificate"
    error = aiohttp.ClientConnectorCertificateError(key, cause)
    assert certificate_problem(_as_httpx(error)) == "unable to get local issuer certificate"
    assert certificate_problem(_as_httpx(aiohttp.ClientConnectorError(key, OSError(111, "refused")))) is None
