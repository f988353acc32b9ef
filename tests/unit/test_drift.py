"""report_drift: once per (operation, field), at INFO on the humm_client logger."""

from __future__ import annotations

import logging

import pytest

from humm_client._drift import report_drift


def test_drift_is_logged_once_per_operation_and_field(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="humm_client")
    assert report_drift("memories.list", "MemoryResponse.user_id missing (test a)")
    assert not report_drift("memories.list", "MemoryResponse.user_id missing (test a)")
    assert report_drift("memories.get", "MemoryResponse.user_id missing (test a)")
    records = [r for r in caplog.records if "test a" in r.getMessage()]
    assert [(r.levelno, r.name) for r in records] == [(logging.INFO, "humm_client")] * 2
    assert "memories.list" in records[0].getMessage()
