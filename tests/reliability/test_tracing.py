"""OpenTelemetry spans over loopback, into the OTel SDK's in-memory exporter; and no import cost."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from humm_client import APIConnectionError, HummClient, NotFoundError

from ..spec import run_python
from .matrix import example
from .server import FaultServer, refused_url, respond

ID = uuid.UUID("3c90c3cc-0d44-4b50-8888-8dd25736052a")
JSON = {"content-type": "application/json"}

_EXPORTER = InMemorySpanExporter()


@pytest.fixture(scope="module", autouse=True)
def _tracer_provider() -> Iterator[None]:
    """What an application does: set a global tracer provider (here, once per test process)."""
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(_EXPORTER))
    trace.set_tracer_provider(provider)
    yield
    _EXPORTER.shutdown()  # later tests' spans are not kept


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    _EXPORTER.clear()
    yield _EXPORTER
    _EXPORTER.clear()


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with FaultServer().running() as s:
        yield s


def only(exporter: InMemorySpanExporter) -> ReadableSpan:
    finished = exporter.get_finished_spans()
    assert len(finished) == 1, [s.name for s in finished]
    return finished[0]


async def test_one_span_per_call_with_http_client_attributes(
    server: FaultServer, spans: InMemorySpanExporter
) -> None:
    server.play(respond(200, json.dumps(example("PUT")).encode(), {**JSON, "x-request-id": "req-42"}))
    async with HummClient(token="t", base_url=server.url) as humm:
        await humm.integration_sources.update(ID, name="x")
    span = only(spans)
    port = int(server.url.rsplit(":", 1)[1])
    assert span.name == "humm integration_sources.update"
    assert span.kind == trace.SpanKind.CLIENT
    assert dict(span.attributes or {}) == {
        "humm.operation": "integration_sources.update",
        "url.template": "/api/integration-sources/{source_id}",
        "http.request.method": "PUT",
        "server.address": "127.0.0.1",
        "server.port": port,
        "http.response.status_code": 200,
        "humm.request_id": "req-42",
        "humm.attempts": 1,
    }
    assert span.status.status_code == StatusCode.UNSET
    assert span.events == ()


async def test_a_retry_is_an_event_and_the_resend_count(
    server: FaultServer, spans: InMemorySpanExporter
) -> None:
    server.play(respond(503, b'{"detail":"busy"}'), respond(200, json.dumps(example("GET")).encode()))
    async with HummClient(token="t", base_url=server.url) as humm:
        await humm.organizations.get(ID)
    span = only(spans)
    assert span.attributes is not None
    assert span.attributes["http.request.resend_count"] == 1
    assert span.attributes["http.response.status_code"] == 200
    assert span.attributes["url.template"] == "/api/organization/{organization_id}"
    [event] = span.events
    assert event.name == "retry"
    assert event.attributes is not None
    assert (event.attributes["humm.retry"], event.attributes["humm.retry.reason"]) == (1, "HTTP 503")


async def test_a_not_found_error_is_recorded_on_its_span(
    server: FaultServer, spans: InMemorySpanExporter
) -> None:
    server.play(respond(404, b'{"detail":"Integration source not found"}'))
    async with HummClient(token="t", base_url=server.url) as humm:
        with pytest.raises(NotFoundError):
            await humm.integration_sources.update(ID, name="x")
    span = only(spans)
    assert span.status.status_code == StatusCode.ERROR
    assert span.status.description is not None and span.status.description.startswith("NotFoundError")
    assert span.attributes is not None
    assert (span.attributes["error.type"], span.attributes["http.response.status_code"]) == (
        "NotFoundError",
        404,
    )
    [exception] = [e for e in span.events if e.name == "exception"]
    assert exception.attributes is not None
    assert str(exception.attributes["exception.type"]).endswith("NotFoundError")


async def test_a_connection_error_is_recorded_with_its_type(spans: InMemorySpanExporter) -> None:
    async with HummClient(token="t", base_url=refused_url(), max_retries=1) as humm:
        with pytest.raises(APIConnectionError):
            await humm.organizations.get(ID)
    span = only(spans)
    assert span.attributes is not None
    assert span.attributes["error.type"] == "APIConnectionError"
    assert span.attributes["http.request.method"] == "GET"
    assert span.attributes["http.request.resend_count"] == 1
    assert "http.response.status_code" not in span.attributes


async def test_no_token_on_a_span(server: FaultServer, spans: InMemorySpanExporter) -> None:
    token = "sk-test-SECRET-token-3f9a"
    server.play(respond(401, b'{"detail":"bad token"}'))
    async with HummClient(token=token, base_url=server.url) as humm:
        with pytest.raises(Exception, match="401"):
            await humm.organizations.get(ID)
    span = only(spans)
    text = json.dumps([dict(span.attributes or {}), [dict(e.attributes or {}) for e in span.events]])
    assert token not in text


async def test_humm_tracing_off_records_nothing(
    server: FaultServer, spans: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HUMM_TRACING", "off")
    server.play(respond(200, json.dumps(example("GET")).encode()))
    async with HummClient(token="t", base_url=server.url) as humm:
        await humm.organizations.get(ID)
    assert spans.get_finished_spans() == ()


def test_import_humm_client_imports_no_opentelemetry_module() -> None:
    code = (
        "import sys, humm_client\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'opentelemetry'))\n"
        "humm_client.HummClient(token='t')\n"  # with HUMM_TRACING=off a client does not either
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'opentelemetry'))\n"
    )
    assert run_python(code, HUMM_TRACING="off").splitlines() == ["[]", "[]"]


def test_without_opentelemetry_installed_calls_work_untraced() -> None:
    code = (
        "import sys, asyncio\n"
        "sys.modules['opentelemetry'] = None  # as if not installed: importing it fails\n"
        "from humm_client.testing import FakeHumm\n"
        "async def main():\n"
        "    fake = FakeHumm()\n"
        "    source = fake.add_integration_source(name='a', source_type='database',\n"
        "        connector_type='postgres', organization_id='3c90c3cc-0d44-4b50-8888-8dd25736052a')\n"
        "    async with fake.client() as humm:\n"
        "        print((await humm.integration_sources.update(source.id, name='b')).name)\n"
        "        print(humm._tracing)\n"
        "asyncio.run(main())\n"
    )
    assert run_python(code).splitlines() == ["b", "None"]
