"""The token goes only over https://, or http:// to this machine, unless the caller opts in."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from humm_client import HummClient, InvalidArgumentError

from ..spec import TOKEN


@pytest.mark.parametrize(
    "kwargs",
    [
        {"base_url": "http://config.heyhumm.ai"},
        {"analyst_base_url": "http://analyst.heyhumm.ai"},
        {"base_url": "http://10.0.0.7:8000"},
        {"base_url": "http://localhost.example.com"},
    ],
)
def test_plain_http_to_another_host_is_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgumentError, match="clear text") as info:
        HummClient(token=TOKEN, **kwargs)
    assert "allow_insecure_http=True" in str(info.value)
    assert TOKEN not in str(info.value)


def test_plain_http_from_the_environment_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUMM_BASE_URL", "http://config.heyhumm.ai")
    with pytest.raises(InvalidArgumentError, match="base_url"):
        HummClient(token=TOKEN)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000",
        "http://127.8.9.1",
        "http://localhost:4010",
        "http://api.localhost",
        "http://[::1]:8000",
    ],
)
def test_plain_http_to_loopback_is_allowed_quietly(url: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="humm_client"):
        humm = HummClient(token=TOKEN, base_url=url, analyst_base_url=url)
    assert humm.base_url == url
    assert caplog.records == []


def test_opting_in_logs_a_warning_without_the_token(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="humm_client"):
        humm = HummClient(token=TOKEN, base_url="http://config.internal:8080", allow_insecure_http=True)
    assert humm.base_url == "http://config.internal:8080"
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert "clear text" in record.getMessage() and "http://config.internal:8080" in record.getMessage()
    assert TOKEN not in record.getMessage()


def test_https_needs_no_opt_in(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="humm_client"):
        HummClient(token=TOKEN, base_url="https://config.test", allow_insecure_http=True)
    assert caplog.records == []
