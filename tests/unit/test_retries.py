"""The retry policy as pure functions, with fixed clocks and random numbers."""

from __future__ import annotations

import email.utils

import pytest

from humm_client import _retries
from humm_client._retries import backoff, retry_after, should_retry_error, should_retry_status


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_idempotent_requests_retry_on_transient_statuses(status: int) -> None:
    assert should_retry_status(status, idempotent=True)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
def test_client_errors_never_retry(status: int) -> None:
    assert not should_retry_status(status, idempotent=True)
    assert not should_retry_status(status, idempotent=False)


@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
def test_non_idempotent_requests_do_not_retry_after_the_server_may_have_acted(status: int) -> None:
    assert not should_retry_status(status, idempotent=False)


def test_429_is_retried_even_for_post() -> None:
    assert should_retry_status(429, idempotent=False)


def test_transport_errors() -> None:
    assert should_retry_error(sent=False, idempotent=False)  # never reached the server
    assert not should_retry_error(sent=True, idempotent=False)  # may have been processed
    assert should_retry_error(sent=True, idempotent=True)


def test_retry_after_seconds_ms_and_http_date() -> None:
    assert retry_after({"retry-after": "3"}) == 3.0
    assert retry_after({"retry-after": "0"}) == 0.0
    assert retry_after({"retry-after-ms": "250"}) == 0.25
    assert retry_after({"retry-after-ms": "250", "retry-after": "9"}) == 0.25
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 7, usegmt=True)
    assert retry_after({"retry-after": date}, now=lambda: now) == pytest.approx(7.0)
    past = email.utils.formatdate(now - 30, usegmt=True)
    assert retry_after({"retry-after": past}, now=lambda: now) == 0.0


def test_retry_after_out_of_bounds_or_garbage_is_ignored() -> None:
    assert retry_after({"retry-after": "61"}) is None
    assert retry_after({"retry-after": "soon"}) is None
    assert retry_after({"retry-after": "nan"}) is None
    assert retry_after({}) is None


def test_backoff_is_full_jitter_exponential_and_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retries, "INITIAL_RETRY_DELAY", 0.5)
    monkeypatch.setattr(_retries, "MAX_RETRY_DELAY", 8.0)
    assert backoff(0, rand=lambda: 1.0) == 0.5
    assert backoff(1, rand=lambda: 1.0) == 1.0
    assert backoff(3, rand=lambda: 1.0) == 4.0
    assert backoff(10, rand=lambda: 1.0) == 8.0
    assert backoff(3, rand=lambda: 0.0) == 0.0
    assert backoff(2, rand=lambda: 0.5) == 1.0
