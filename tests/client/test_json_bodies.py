"""JSON bodies over the default transport (orjson underneath, humm_client._json): the values and
errors are those of the standard library's json, in the corners where orjson differs."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from humm_client import HummClient, InvalidArgumentError, ResponseValidationError
from humm_client._json import dumps, loads

from ..loopback import Loopback
from ..spec import TOKEN
from .test_config import RESPONSE, SOURCE


def _client(loopback: Loopback) -> HummClient:
    return HummClient(token=TOKEN, base_url=loopback.url, max_retries=0)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
async def test_a_non_finite_number_in_a_request_is_refused_unsent(loopback: Loopback, value: float) -> None:
    async with _client(loopback) as humm:
        with pytest.raises(InvalidArgumentError, match="not JSON-serialisable"):
            await humm.integration_sources.update(SOURCE, configuration={"x": [1, value]})
    assert loopback.get_requests() == []


async def test_keys_and_integers_orjson_refuses_are_sent_as_json_writes_them(loopback: Loopback) -> None:
    loopback.add_response(json=RESPONSE)
    configuration = {"big": 2**70 + 1, "small": -(2**64) - 1, "none": None, "é": "ü"}
    async with _client(loopback) as humm:
        await humm.integration_sources.update(
            SOURCE,
            configuration={**configuration, 1: True},  # type: ignore[dict-item]
        )
    request = loopback.get_request()
    assert request is not None
    assert json.loads(request.content) == {"configuration": {**configuration, "1": True}}


async def test_integers_past_64_bits_in_a_response_stay_exact(loopback: Loopback) -> None:
    big, negative = 2**70 + 1, -(2**66) - 1  # not exact as floats
    loopback.add_response(json={**RESPONSE, "description_version": big, "configuration": {"n": negative}})
    async with _client(loopback) as humm:
        source = await humm.integration_sources.update(SOURCE, name="n")
    assert source.description_version == big
    assert source.configuration == {"n": negative}
    assert type(source.configuration["n"]) is int


async def test_a_response_json_cannot_read_is_a_validation_error(loopback: Loopback) -> None:
    loopback.add_response(content=b'{"name": "n", ', headers={"content-type": "application/json"})
    async with _client(loopback) as humm:
        with pytest.raises(ResponseValidationError, match="does not match the API spec"):
            await humm.integration_sources.update(SOURCE, name="n")


async def test_text_orjson_refuses_is_read_as_json_reads_it(loopback: Loopback) -> None:
    # A lone surrogate escape: json reads it, orjson does not.
    body = json.dumps({**RESPONSE, "name": "\ud800"}).encode()
    loopback.add_response(content=body, headers={"content-type": "application/json"})
    async with _client(loopback) as humm:
        source = await humm.integration_sources.update(SOURCE, name="n")
    assert source.name == "\ud800"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_dumps_and_loads_agree_with_json(value: object) -> None:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    assert json.loads(dumps(value)) == json.loads(text)
    assert loads(text.encode()) == json.loads(text)
    assert loads(json.dumps(value).encode()) == json.loads(text)  # ASCII escapes, surrogates included


async def test_the_httpx_objects_a_user_sees_are_httpxs_own(loopback: Loopback) -> None:
    """The fast path builds the request's and response's httpx.Headers only when read: what an error
    shows must equal what httpx itself would have built, and survive pickling."""
    import pickle

    import httpx

    from humm_client import NotFoundError

    loopback.add_response(404, json={"detail": "gone"}, headers={"X-Request-Id": "r1"})
    async with _client(loopback) as humm:
        with pytest.raises(NotFoundError) as caught:
            await humm.integration_sources.update(SOURCE, name="n", extra_headers={"X-Team": "t"})
    response = caught.value.response
    request = response.request
    assert isinstance(request, httpx.Request) and isinstance(response, httpx.Response)
    assert next(iter(request.headers)) == "host"  # first, as httpx.Request puts it
    assert request.headers["host"] == loopback.url.removeprefix("http://")
    assert request.headers["content-length"] == str(len(request.content))
    assert request.headers["x-team"] == "t"
    assert response.headers["x-request-id"] == "r1" and caught.value.request_id == "r1"
    assert response.json() == {"detail": "gone"}
    copy = pickle.loads(pickle.dumps(response))
    assert (
        copy.status_code == 404 and copy.headers["x-request-id"] == "r1" and copy.content == response.content
    )
