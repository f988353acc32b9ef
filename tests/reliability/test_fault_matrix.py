"""Every cell of the fault matrix, on the wire: the expected end and the requests seen."""

from __future__ import annotations

import logging
import traceback
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

import humm_client
from humm_client import HummClient

from ..spec import TOKEN
from .matrix import FAULTS, METHODS, Fault, example, render, unknown_enum
from .server import FaultServer, refused_url

ID = uuid.UUID("3c90c3cc-0d44-4b50-8888-8dd25736052a")


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with FaultServer().running() as s:
        yield s


async def call(humm: HummClient, method: str) -> Any:
    if method == "GET":
        return await humm.organizations.get(ID)
    if method == "PUT":
        return await humm.integration_sources.update(ID, name="Warehouse")
    return await humm.integration_sources.create_database(ID, name="analytics")


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.name)
async def test_fault(
    fault: Fault, method: str, server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    expected_end, expected_seen = fault.expected(method)
    url = refused_url() if fault.name == "connection refused" else server.url
    server.play(*fault.script(method))
    timeout = 0.3 if fault.name == "read timeout" else 5.0
    error: BaseException | None = None
    async with HummClient(token=TOKEN, base_url=url, timeout=timeout) as humm:
        try:
            result = await call(humm, method)
        except humm_client.HummError as exc:
            error = exc
    if expected_end == "success":
        assert error is None, f"expected success, got {error!r}"
        body = result.to_dict()
        if fault.name == "1 MiB response":
            assert len(str(body["description"])) == 2**20
        elif fault.name == "unknown extra fields":
            assert body["brand_new_field"] == {"x": [1, 2]}
        elif fault.name == "an unknown enum value":
            ((field, value),) = unknown_enum(method).items()
            assert getattr(result, field) == value and body[field] == value
        else:
            assert body == example(method)
    else:
        assert error is not None, "expected an error, got a result"
        assert type(error).__name__ == expected_end, repr(error)
        text = str(error) + repr(error) + "".join(traceback.format_exception(error))
        assert TOKEN not in text
    assert server.seen == expected_seen
    for record in caplog.records:
        assert TOKEN not in record.getMessage()


def test_docs_table_is_current(root: Any) -> None:
    assert (root / "docs" / "reliability.md").read_text(encoding="utf-8") == render(), (
        "docs/reliability.md is stale: python -m tests.reliability.matrix"
    )
