"""What goes on the wire: only the arguments given, encoded paths, per-call options."""

from __future__ import annotations

import datetime
import json
import uuid

import httpx
import pytest

from humm_client import APITimeoutError, HummClient, InvalidArgumentError
from humm_client.models import ConnectionStatus, IntegrationSourceDatabaseResponse, IntegrationSourceResponse

from ..loopback import Loopback
from ..spec import TOKEN
from .test_config import RESPONSE, SOURCE

DB_RESPONSE = {
    "name": "analytics", "id": SOURCE, "integration_source_id": SOURCE, "created_at": "2023-11-07T05:31:56Z",
    "updated_at": "2023-11-07T05:31:56Z", "description_version": 1,
}  # fmt: skip


def sent_json(loopback: Loopback) -> object:
    request = loopback.get_request()
    assert request is not None
    return json.loads(request.content)


async def test_update_sends_exactly_the_fields_given(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json=RESPONSE)
    src = await humm.integration_sources.update(SOURCE, name="Warehouse")
    assert sent_json(loopback) == {"name": "Warehouse"}
    assert isinstance(src, IntegrationSourceResponse)
    request = loopback.get_request()
    assert request is not None
    assert request.method == "PUT"
    assert str(request.url) == f"{loopback.url}/api/integration-sources/{SOURCE}"


async def test_none_clears_a_field(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json=RESPONSE)
    await humm.integration_sources.update(SOURCE, description=None)
    assert sent_json(loopback) == {"description": None}


async def test_create_database_does_not_send_spec_defaults(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json=DB_RESPONSE)
    db = await humm.integration_sources.create_database(SOURCE, name="db")
    assert sent_json(loopback) == {"name": "db"}
    assert isinstance(db, IntegrationSourceDatabaseResponse)
    assert db.to_dict() == DB_RESPONSE


async def test_typed_values_serialise(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json=RESPONSE)
    when = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    sys_id = uuid.UUID(SOURCE)
    await humm.integration_sources.update(
        uuid.UUID(SOURCE),
        connection_status=ConnectionStatus.CONNECTED,
        last_sync_at=when,
        system_source_id=sys_id,
        configuration={"host": "db.internal", "port": 5432},
        selected_streams=["a", "b"],
    )
    assert sent_json(loopback) == {
        "connection_status": "connected",
        "last_sync_at": "2024-01-02T03:04:05+00:00",
        "system_source_id": SOURCE,
        "configuration": {"host": "db.internal", "port": 5432},
        "selected_streams": ["a", "b"],
    }


async def test_query_parameters_only_when_given(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json=RESPONSE)
    loopback.add_response(json=RESPONSE)
    await humm.integration_sources.update(SOURCE, name="x")
    await humm.integration_sources.update(SOURCE, name="x", organization_id=uuid.UUID(SOURCE), job_id=SOURCE)
    first, second = loopback.get_requests()
    assert first.url.query == b""
    assert dict(second.url.params) == {"organization_id": SOURCE, "job_id": SOURCE}


@pytest.mark.parametrize("bad", ["../organization/x", "..", "", "not-a-uuid", 42, None])
async def test_path_parameters_cannot_change_the_path(humm: HummClient, bad: object) -> None:
    # Nothing is sent (the loopback fixture fails the test on any unexpected request).
    with pytest.raises(InvalidArgumentError, match="source_id"):
        await humm.integration_sources.update(bad, name="x")  # type: ignore[arg-type]


async def test_bad_query_uuid_names_the_parameter(humm: HummClient) -> None:
    with pytest.raises(InvalidArgumentError, match="organization_id"):
        await humm.integration_sources.update(SOURCE, organization_id="acme")


async def test_unserialisable_body_is_a_typed_error(humm: HummClient) -> None:
    with pytest.raises(InvalidArgumentError, match="JSON"):
        await humm.integration_sources.update(SOURCE, configuration={"when": object()})


async def test_unknown_keyword_is_rejected_before_sending(humm: HummClient) -> None:
    with pytest.raises(TypeError, match="nmae"):
        await humm.integration_sources.update(SOURCE, nmae="x")  # type: ignore[call-arg]


def test_generated_request_builder_percent_encodes_path_segments() -> None:
    # The generated layer on its own (no client validation) still cannot be steered elsewhere.
    from humm_client._generated.api.integration_sources import update_integration_source
    from humm_client._generated.models import IntegrationSourceUpdate

    kwargs = update_integration_source.build_request(
        "../organization/x",  # type: ignore[arg-type]
        body=IntegrationSourceUpdate(name="x"),
    )
    assert kwargs["url"] == "/api/integration-sources/..%2Forganization%2Fx"
    assert (
        httpx.URL("https://c.test" + kwargs["url"]).raw_path
        == b"/api/integration-sources/..%2Forganization%2Fx"
    )


async def test_per_call_timeout_headers_and_query(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json=RESPONSE, delay=0.3)  # slower than the call's timeout
    loopback.add_response(json=RESPONSE)
    with pytest.raises(APITimeoutError):
        await humm.integration_sources.create_database(SOURCE, name="db", timeout=0.1)  # POST: not retried
    await humm.integration_sources.update(
        SOURCE, name="x", timeout=3.5, extra_headers={"X-Trace": "t1"}, extra_query={"dry_run": "1"}
    )
    request = loopback.get_requests()[1]
    assert request.headers["x-trace"] == "t1"
    assert request.url.params["dry_run"] == "1"


async def test_default_timeout_is_always_on(loopback: Loopback) -> None:
    loopback.add_response(json=RESPONSE, delay=0.3)
    async with HummClient(token=TOKEN, base_url=loopback.url, timeout=0.1, max_retries=0) as humm:
        with pytest.raises(APITimeoutError):
            await humm.integration_sources.update(SOURCE, name="x")
    assert HummClient(token=TOKEN).timeout == httpx.Timeout(30.0, connect=5.0)


async def test_raw_response(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json=RESPONSE, headers={"x-request-id": "req-9", "x-ratelimit-remaining": "7"})
    raw = await humm.integration_sources.with_raw_response.update(SOURCE, name="x")
    assert raw.status_code == 200
    assert raw.headers["x-ratelimit-remaining"] == "7"
    assert raw.request_id == "req-9"
    assert json.loads(raw.content) == RESPONSE
    parsed = raw.parse()
    assert isinstance(parsed, IntegrationSourceResponse)
    assert parsed is raw.parse()
    assert parsed.to_dict() == RESPONSE


async def test_per_call_headers_stay_with_their_call(humm: HummClient, loopback: Loopback) -> None:
    # The client reuses each operation's merged headers between calls: a call's extra_headers
    # and a with_options copy's defaults must never reach another call.
    for _ in range(4):
        loopback.add_response(json=RESPONSE)
    await humm.integration_sources.update(SOURCE, name="x")
    await humm.integration_sources.update(SOURCE, name="x", extra_headers={"X-Trace": "t1"})
    await humm.with_options(default_headers={"X-Team": "data"}).integration_sources.update(SOURCE, name="x")
    await humm.integration_sources.update(SOURCE, name="x")
    sent = [{k.lower() for k in r.headers} for r in loopback.get_requests()]
    assert ["x-trace" in h for h in sent] == [False, True, False, False]
    assert ["x-team" in h for h in sent] == [False, False, True, False]
    assert all("content-type" in h and "authorization" in h for h in sent)


async def test_the_request_a_user_reads_is_the_one_sent(humm: HummClient, loopback: Loopback) -> None:
    import pickle

    loopback.add_response(json=RESPONSE)
    raw = await humm.integration_sources.with_raw_response.update(SOURCE, name="x", extra_query={"a": "b c"})
    sent = loopback.get_request()
    assert sent is not None
    request = raw.http_response.request
    assert str(request.url) == str(sent.url) == f"{loopback.url}/api/integration-sources/{SOURCE}?a=b+c"
    assert request.method == "PUT"
    assert request.headers["content-type"] == "application/json"
    copy = pickle.loads(pickle.dumps(request))
    assert (copy.method, copy.url, copy.headers) == (request.method, request.url, request.headers)
