"""The errors humm-client raises. Every failure ends in one of these.

HummError
 ├── InvalidArgumentError        bad input from the caller, raised before anything is sent
 ├── ClientClosedError           the client was used after ``aclose()``
 ├── APIConnectionError          no usable HTTP response (refused, reset, DNS, protocol error)
 │    ├── APITimeoutError        an attempt ran out of time
 │    └── ResponseTooLargeError  the decoded body passed ``max_response_size``
 ├── ResponseValidationError     a 2xx response whose body does not match the spec
 └── APIStatusError              the server answered 4xx/5xx
      ├── BadRequestError            400
      ├── AuthenticationError        401
      ├── PermissionDeniedError      403
      ├── NotFoundError              404
      ├── ConflictError              409
      ├── UnprocessableEntityError   422 (``.detail``: FastAPI's validation errors)
      ├── RateLimitError             429
      └── InternalServerError        >= 500
"""

from __future__ import annotations

import json
from typing import Any, Literal

import httpx

from ._constants import REQUEST_ID_HEADERS

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "HummError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnprocessableEntityError",
]

_MAX_BODY_IN_MESSAGE = 300


class HummError(Exception):
    """Base class of every error raised by humm-client.

    Every one survives ``copy``, ``deepcopy`` and ``pickle`` with its type, message and attributes
    (status, body, request id, the request with its credentials redacted), so it can cross a
    process boundary; none holds the token.
    """

    message: str
    #: How many requests the call had sent when this was raised (0: none, e.g. a bad argument).
    attempts: int = 0

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        # The keyword-only constructors (request=, response=) cannot be called with args alone.
        return (_restore, (type(self), self.message, self.__dict__.copy()))


def _restore(cls: type[HummError], message: str, state: dict[str, Any]) -> HummError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class InvalidArgumentError(HummError, ValueError):
    """An argument cannot be sent as given (e.g. a non-UUID id); nothing was sent."""


class ClientClosedError(HummError, RuntimeError):
    """The client was used after ``aclose()``."""


class APIConnectionError(HummError):
    """The request got no usable HTTP response."""

    request: httpx.Request

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """An attempt ran out of time (its deadline, or the connect or pool phase), after retries."""


class ResponseTooLargeError(APIConnectionError):
    """The response body, decoded, is larger than ``max_response_size`` (never retried)."""

    max_response_size: int

    def __init__(self, message: str, *, request: httpx.Request, max_response_size: int) -> None:
        super().__init__(message, request=request)
        self.max_response_size = max_response_size


def _decode_body(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):  # RecursionError: a body nested too deep to decode
        return response.text


def find_request_id(headers: httpx.Headers) -> str | None:
    """The server's request id header, if it sent one."""
    return next((headers[h] for h in REQUEST_ID_HEADERS if h in headers), None)


def _short(text: str) -> str:
    return text if len(text) <= _MAX_BODY_IN_MESSAGE else text[:_MAX_BODY_IN_MESSAGE] + "…"


class ResponseValidationError(HummError):
    """A 2xx response whose body does not match the spec; ``body`` holds the raw text."""

    response: httpx.Response
    body: str
    status_code: int

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = response.text


class APIStatusError(HummError):
    """The server answered with a non-2xx status: 4xx or 5xx (or a redirect, which is not followed)."""

    response: httpx.Response
    status_code: int
    body: Any
    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = find_request_id(response.headers)


class BadRequestError(APIStatusError):
    status_code: Literal[400]


class AuthenticationError(APIStatusError):
    status_code: Literal[401]


class PermissionDeniedError(APIStatusError):
    status_code: Literal[403]


class NotFoundError(APIStatusError):
    status_code: Literal[404]


class ConflictError(APIStatusError):
    status_code: Literal[409]


class UnprocessableEntityError(APIStatusError):
    """FastAPI rejected the request. ``detail`` is what it sent: its validation errors
    (``{"loc", "msg", "type"}`` entries), or the text of an ``HTTPException(422, "...")``;
    ``errors`` is always the list (empty for a text), for code that indexes it."""

    status_code: Literal[422]
    detail: list[dict[str, Any]] | str
    errors: list[dict[str, Any]]

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, response=response, body=body)
        raw = body.get("detail") if isinstance(body, dict) else None
        self.errors = [d for d in raw if isinstance(d, dict)] if isinstance(raw, list) else []
        self.detail = raw if isinstance(raw, str) else self.errors


class RateLimitError(APIStatusError):
    status_code: Literal[429]


class InternalServerError(APIStatusError):
    pass


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for a non-2xx response (one table, one function)."""
    body = _decode_body(response)
    code = response.status_code
    cls = _STATUS_ERRORS.get(code) or (InternalServerError if code >= 500 else APIStatusError)
    try:
        text = json.dumps(body) if not isinstance(body, str) else body
    except RecursionError:  # decodable, but too deep to re-encode
        text = response.text
    message = f"{code} {response.reason_phrase} from {response.request.method} {response.request.url.path}"
    if 300 <= code < 400:  # redirects are not followed: say where it pointed
        message += f" (redirect to {response.headers.get('location', 'nowhere: no Location header')})"
    if text:
        message += f": {_short(text)}"
    request_id = find_request_id(response.headers)
    if request_id is not None:  # in the text too: logs and tracebacks carry it to the service's team
        message += f" [request id {request_id}]"
    return cls(message, response=response, body=body)
