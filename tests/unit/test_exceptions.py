"""One table maps statuses to exception classes; each carries what a caller needs."""

from __future__ import annotations

import httpx
import pytest

import humm_client as h
from humm_client._exceptions import make_status_error


def _response(status: int, **kwargs: object) -> httpx.Response:
    request = httpx.Request("PUT", "https://config.test/api/integration-sources/x")
    return httpx.Response(status, request=request, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, h.BadRequestError), (401, h.AuthenticationError), (403, h.PermissionDeniedError),
        (404, h.NotFoundError), (409, h.ConflictError), (422, h.UnprocessableEntityError),
        (429, h.RateLimitError), (500, h.InternalServerError), (503, h.InternalServerError),
        (418, h.APIStatusError),
    ],
)  # fmt: skip
def test_status_to_exception(status: int, cls: type[h.APIStatusError]) -> None:
    error = make_status_error(_response(status, json={"detail": "nope"}))
    assert type(error) is cls
    assert isinstance(error, h.APIStatusError) and isinstance(error, h.HummError)
    assert error.status_code == status
    assert error.body == {"detail": "nope"}
    assert str(status) in str(error) and "/api/integration-sources/x" in str(error)


def test_request_id_and_text_body() -> None:
    response = _response(502, text="<html>Bad gateway</html>", headers={"x-request-id": "r-1"})
    error = make_status_error(response)
    assert error.request_id == "r-1"
    assert error.body == "<html>Bad gateway</html>"


def test_unprocessable_entity_detail() -> None:
    detail = [{"loc": ["body", "name"], "msg": "Field required", "type": "missing"}]
    error = make_status_error(_response(422, json={"detail": detail}))
    assert isinstance(error, h.UnprocessableEntityError)
    assert error.detail == detail
    assert error.detail[0]["loc"] == ["body", "name"]


def test_long_bodies_are_cut_in_messages() -> None:
    error = make_status_error(_response(500, text="x" * 10_000))
    assert len(str(error)) < 500
    assert len(error.body) == 10_000


def test_invalid_argument_is_also_a_value_error() -> None:
    assert issubclass(h.InvalidArgumentError, ValueError)
    assert issubclass(h.APITimeoutError, h.APIConnectionError)


def test_a_422_with_a_text_detail_keeps_the_text() -> None:
    import httpx

    from humm_client import UnprocessableEntityError
    from humm_client._exceptions import make_status_error

    request = httpx.Request("PUT", "https://config.example/api/x")
    response = httpx.Response(422, json={"detail": "Ontology YAML is invalid: line 3"}, request=request)
    error = make_status_error(response)
    assert isinstance(error, UnprocessableEntityError)
    assert error.detail == "Ontology YAML is invalid: line 3"
    assert error.errors == []
    assert "Ontology YAML is invalid: line 3" in str(error)
    listed = make_status_error(
        httpx.Response(
            422, json={"detail": [{"loc": ["body", "x"], "msg": "bad", "type": "t"}]}, request=request
        )
    )
    assert isinstance(listed, UnprocessableEntityError)
    assert listed.detail == listed.errors == [{"loc": ["body", "x"], "msg": "bad", "type": "t"}]


def test_the_request_id_is_in_the_message() -> None:
    import httpx

    from humm_client._exceptions import make_status_error

    request = httpx.Request("GET", "https://config.example/api/x")
    response = httpx.Response(
        503, json={"detail": "down"}, headers={"x-request-id": "req-77"}, request=request
    )
    error = make_status_error(response)
    assert error.request_id == "req-77"
    assert "[request id req-77]" in str(error)
