"""humm-client: the async Python SDK for the Humm config and Analyst APIs.

from humm_client import HummClient

async with HummClient() as humm:   # token from HUMM_API_TOKEN
    source = await humm.integration_sources.update(source_id, name="Warehouse")
"""

from ._client import HummClient
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    HummError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from ._logs import setup_logging as _setup_logging
from ._options import RequestOptions
from ._pagination import AsyncPaginator
from ._response import RawResponse
from ._runtime import UNSET, Unset
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "HummClient",
    "HummError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
]

# Tracebacks and docs say humm_client.X, not humm_client._module.X.
for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type):
        try:
            _obj.__module__ = "humm_client"
        except (AttributeError, TypeError):  # pragma: no cover - builtins
            pass

_setup_logging()
