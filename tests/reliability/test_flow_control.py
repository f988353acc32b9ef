"""The shared per-host pause (429/503 + Retry-After), max_concurrency and with_options, on the wire."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid

import pytest

from humm_client import ClientClosedError, HummClient, InternalServerError

from .matrix import example
from .recording_server import Answer, RecordingServer

ID = uuid.UUID("3c90c3cc-0d44-4b50-8888-8dd25736052a")
PUT_OK = json.dumps(example("PUT")).encode()
JSON = {"content-type": "application/json"}
#: asyncio may fire a timer up to its clock resolution early; nothing else is tolerated.
EPSILON = 0.005


class PauseLog(logging.Handler):
    """Collects the client's "pausing" INFO records, and signals the first."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []
        self.first = asyncio.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if "pausing every request" in record.getMessage():
            self.records.append(record)
            self.first.set()


@pytest.fixture
def pause_log() -> object:
    handler = PauseLog()
    logger = logging.getLogger("humm_client")
    old_level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(old_level)


async def test_a_429_with_retry_after_pauses_the_whole_client_then_all_50_succeed(
    pause_log: PauseLog,
) -> None:
    def answer(n: int, headers: dict[str, str]) -> Answer:
        if n == 0:
            return 429, {**JSON, "retry-after": "1"}, b'{"detail":"slow down"}', 0.0
        return 200, JSON, PUT_OK, 0.0

    async with (
        RecordingServer(answer).running() as server,
        HummClient(token="t", base_url=server.url) as humm,
    ):
        first = asyncio.create_task(humm.integration_sources.update(ID, name="x"))
        await asyncio.wait_for(pause_log.first.wait(), 5)  # the client has the 429: paused
        rest = [asyncio.create_task(humm.integration_sources.update(ID, name="x")) for _ in range(49)]
        results = await asyncio.gather(first, *rest)

    assert [r.name for r in results] == [example("PUT")["name"]] * 50
    told_to_wait = server.answered_at[0]
    later = [a.at for a in server.arrivals[1:]]
    assert len(later) == 50  # 49 new calls and the retry of the first: nothing else
    # The server asked for a second of quiet and got it, from every call.
    assert min(later) >= told_to_wait + 1.0 - EPSILON, min(later) - told_to_wait
    # The queued calls resume one after another (10 ms apart), not in one burst.
    assert max(later) >= told_to_wait + 1.0 + 0.4, max(later) - told_to_wait
    assert len(pause_log.records) == 1  # once per pause, not once per waiting call


async def test_a_later_429_during_the_pause_extends_it_without_a_second_log_line(
    pause_log: PauseLog,
) -> None:
    def answer(n: int, headers: dict[str, str]) -> Answer:
        if n < 10:  # ten calls in flight together, each told to wait
            return 429, {**JSON, "retry-after": "0.3"}, b"{}", 0.02 * n
        return 200, JSON, PUT_OK, 0.0

    async with (
        RecordingServer(answer).running() as server,
        HummClient(token="t", base_url=server.url) as humm,
    ):
        await asyncio.gather(*(humm.integration_sources.update(ID, name="x") for _ in range(10)))
    last_429 = server.answered_at[9]
    assert min(a.at for a in server.arrivals[10:]) >= last_429 + 0.3 - EPSILON
    assert len(pause_log.records) == 1


async def test_a_503_pauses_but_a_post_is_still_not_replayed(pause_log: PauseLog) -> None:
    def answer(n: int, headers: dict[str, str]) -> Answer:
        if n == 0:
            return 503, {**JSON, "retry-after": "0.4"}, b'{"detail":"maintenance"}', 0.0
        return 200, JSON, json.dumps(example("POST")).encode(), 0.0

    async with (
        RecordingServer(answer).running() as server,
        HummClient(token="t", base_url=server.url) as humm,
    ):
        with pytest.raises(InternalServerError):
            await humm.integration_sources.create_database(ID, name="analytics")
        assert len(server.arrivals) == 1  # the POST may have been processed: never replayed
        await humm.integration_sources.create_database(ID, name="analytics")
    assert server.arrivals[1].at >= server.answered_at[0] + 0.4 - EPSILON
    assert len(pause_log.records) == 1


async def test_max_concurrency_bounds_what_a_slow_server_sees_in_flight() -> None:
    def answer(n: int, headers: dict[str, str]) -> Answer:
        return 200, JSON, PUT_OK, 0.05  # drains slowly

    async with RecordingServer(answer).running() as server:
        async with HummClient(token="t", base_url=server.url, max_concurrency=5) as humm:
            await asyncio.gather(*(humm.integration_sources.update(ID, name="x") for _ in range(40)))
        assert len(server.arrivals) == 40
        assert server.max_in_flight == 5
        async with HummClient(token="t", base_url=server.url) as unbounded:  # the same load, no cap
            await asyncio.gather(*(unbounded.integration_sources.update(ID, name="x") for _ in range(40)))
        assert server.max_in_flight > 5


@pytest.mark.parametrize("bad", [0, -1, 2.5, True, "5"])
def test_max_concurrency_must_be_a_positive_int(bad: object) -> None:
    from humm_client import InvalidArgumentError

    with pytest.raises(InvalidArgumentError, match="max_concurrency"):
        HummClient(token="t", max_concurrency=bad)  # type: ignore[arg-type]


# -- with_options ----------------------------------------------------------------------


async def test_with_options_shares_the_pool_and_leaves_the_parent_as_it_was() -> None:
    def answer(n: int, headers: dict[str, str]) -> Answer:
        if headers.get("x-scope") == "sync-job":  # the child's calls fail, so retries show
            return 500, JSON, b'{"detail":"boom"}', 0.0
        return 200, JSON, PUT_OK, 0.0

    async with RecordingServer(answer).running() as server:
        parent = HummClient(token="t", base_url=server.url, default_headers={"x-team": "data"})
        child = parent.with_options(timeout=7.0, max_retries=0, default_headers={"x-scope": "sync-job"})
        assert child._transport is parent._transport  # one pool
        assert (child.timeout.read, parent.timeout.read) == (7.0, 30.0)
        assert (child.max_retries, parent.max_retries) == (0, 2)

        with pytest.raises(InternalServerError):
            await child.integration_sources.update(ID, name="x")
        assert len(server.arrivals) == 1  # max_retries=0: no retry
        sent = server.arrivals[0].headers
        assert (sent["x-scope"], sent["x-team"], sent["authorization"]) == ("sync-job", "data", "Bearer t")

        await parent.integration_sources.update(ID, name="x")
        assert "x-scope" not in server.arrivals[1].headers

        await child.aclose()  # closes the child only
        assert child.is_closed and not parent.is_closed
        with pytest.raises(ClientClosedError):
            await child.integration_sources.update(ID, name="x")
        await parent.integration_sources.update(ID, name="x")  # the shared pool still works

        sibling = parent.with_options(max_retries=1)
        await parent.aclose()  # the parent owns the pool: its children stop with it
        with pytest.raises(ClientClosedError):
            await sibling.integration_sources.update(ID, name="x")


async def test_a_pause_seen_by_a_with_options_child_holds_the_parent_too(pause_log: PauseLog) -> None:
    def answer(n: int, headers: dict[str, str]) -> Answer:
        if n == 0:
            return 429, {**JSON, "retry-after": "0.3"}, b"{}", 0.0
        return 200, JSON, PUT_OK, 0.0

    async with (
        RecordingServer(answer).running() as server,
        HummClient(token="t", base_url=server.url) as humm,
    ):
        child = humm.with_options(max_retries=0)
        with pytest.raises(Exception, match="429"):
            await child.integration_sources.update(ID, name="x")
        await humm.integration_sources.update(ID, name="x")
    assert server.arrivals[1].at >= server.answered_at[0] + 0.3 - EPSILON


def test_with_options_rejects_bad_values_before_anything_is_sent() -> None:
    from humm_client import InvalidArgumentError

    humm = HummClient(token="t")
    with pytest.raises(InvalidArgumentError):
        humm.with_options(max_retries=-1)
    with pytest.raises(InvalidArgumentError):
        humm.with_options(timeout="30")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError):  # header values are checked as the constructor checks them
        humm.with_options(default_headers={"X-Scope": "a\r\nInjected: 1"})
    assert humm.max_retries == 2
