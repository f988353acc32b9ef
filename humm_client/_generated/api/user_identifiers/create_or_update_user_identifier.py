"""``POST /api/organization/{organization_id}/user/{user_id}/identifiers``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...models.identifier_discovery_method import IdentifierDiscoveryMethod
from ...models.user_identifier_create import UserIdentifierCreate
from ...models.user_identifier_response import UserIdentifierResponse
from ...types import (
    Operation,
    RequestKwargs,
    path_segment,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = [
    "OPERATION",
    "build_request",
    "parse_response",
    "IdentifierDiscoveryMethod",
    "UserIdentifierCreate",
]


def build_request(
    organization_id: UUID,
    user_id: UUID,
    *,
    body: UserIdentifierCreate,
) -> RequestKwargs:
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "post",
        "url": "/api/organization/{organization_id}/user/{user_id}/identifiers".format(
            organization_id=path_segment(organization_id),
            user_id=path_segment(user_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    status_code: int, response: httpx.Response
) -> UserIdentifierResponse:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = UserIdentifierResponse.from_dict(response.json())

    return response_200


OPERATION: Operation[UserIdentifierResponse] = Operation(
    name="user_identifiers.upsert",
    build=build_request,
    parse=parse_response,
    server="config",
    route="/api/organization/{organization_id}/user/{user_id}/identifiers",
    idempotent=False,
    path_params={
        "organization_id": "uuid",
        "user_id": "uuid",
    },
    uuid_query_params=(),
)
