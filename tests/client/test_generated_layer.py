"""The seam between the generated layer and the client: typed results, raw views, per-call options."""

from __future__ import annotations

import json

import pytest

from humm_client import HummClient, InternalServerError, InvalidArgumentError, RawResponse
from humm_client.models import IntegrationSourceResponse

from ..loopback import Loopback
from .test_config import RESPONSE, SOURCE


async def test_optional_response_fields_read_none_and_round_trip(
    humm: HummClient, loopback: Loopback
) -> None:
    sent = {**RESPONSE, "description": None}
    sent.pop("capabilities", None)
    loopback.add_response(json=sent)
    src = await humm.integration_sources.update(SOURCE, name="x")
    assert src.description is None  # sent as null
    assert src.capabilities is None  # not sent at all
    assert src.to_dict() == sent  # the null stays, the absent key stays absent


def test_response_model_built_in_code_omits_unset_fields() -> None:
    parsed = IntegrationSourceResponse.from_dict(RESPONSE)
    built = IntegrationSourceResponse(
        name=parsed.name,
        source_type=parsed.source_type,
        connector_type=parsed.connector_type,
        organization_id=parsed.organization_id,
        id=parsed.id,
        created_at=parsed.created_at,
        updated_at=parsed.updated_at,
        description_version=parsed.description_version,
        capabilities=["read"],
    )
    assert built == IntegrationSourceResponse.from_dict({**built.to_dict()})
    assert "description" not in built.to_dict()
    assert built.to_dict()["capabilities"] == ["read"]


async def test_raw_view_has_the_plain_method_signature_and_docs(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json=RESPONSE, headers={"x-request-id": "req-1"})
    raw = await humm.integration_sources.with_raw_response.update(SOURCE, name="x")
    assert isinstance(raw, RawResponse)
    assert raw.request_id == "req-1"
    assert raw.parse().name == RESPONSE["name"]
    assert (
        humm.integration_sources.with_raw_response.update.__doc__ == humm.integration_sources.update.__doc__
    )


async def test_plain_call_after_a_raw_call_is_parsed(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json=RESPONSE)
    loopback.add_response(json=RESPONSE)
    await humm.integration_sources.with_raw_response.update(SOURCE, name="x")
    assert isinstance(await humm.integration_sources.update(SOURCE, name="x"), IntegrationSourceResponse)


async def test_per_call_max_retries_overrides_the_client(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(status_code=503)
    with pytest.raises(InternalServerError):
        await humm.integration_sources.update(SOURCE, name="x", max_retries=0)
    assert len(loopback.get_requests()) == 1


async def test_per_call_max_retries_can_raise_the_limit(loopback: Loopback) -> None:
    for _ in range(3):
        loopback.add_response(status_code=503)
    loopback.add_response(json=RESPONSE)
    async with HummClient(token="t", base_url=loopback.url, max_retries=0) as humm:
        src = await humm.integration_sources.update(SOURCE, name="x", max_retries=3)
    assert src.name == RESPONSE["name"]
    assert len(loopback.get_requests()) == 4


@pytest.mark.parametrize("bad", [-1, True, 1.5, "2"])
async def test_per_call_max_retries_is_validated_before_sending(
    humm: HummClient, loopback: Loopback, bad: object
) -> None:
    with pytest.raises(InvalidArgumentError, match="max_retries"):
        await humm.integration_sources.update(SOURCE, name="x", max_retries=bad)  # type: ignore[arg-type]
    assert loopback.get_requests() == []


async def test_any_2xx_parses_with_the_success_schema(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(status_code=201, json=RESPONSE)
    src = await humm.integration_sources.update(SOURCE, name="x")
    assert src.to_dict() == RESPONSE


async def test_enum_argument_accepts_its_string_value(humm: HummClient, loopback: Loopback) -> None:
    loopback.add_response(json=RESPONSE)
    await humm.integration_sources.update(SOURCE, connection_status="connected")
    request = loopback.get_request()
    assert request is not None
    assert json.loads(request.content) == {"connection_status": "connected"}


async def test_enum_argument_of_the_wrong_type_is_rejected_before_sending(
    humm: HummClient, loopback: Loopback
) -> None:
    with pytest.raises(InvalidArgumentError, match=r"connection_status must be one of .*'connected'"):
        await humm.integration_sources.update(SOURCE, connection_status=3)  # type: ignore[arg-type]
    assert loopback.get_requests() == []
