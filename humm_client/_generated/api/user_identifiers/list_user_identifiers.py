"""``GET /api/organization/{organization_id}/user/{user_id}/identifiers``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...models.user_identifier_response import UserIdentifierResponse
from ...types import (
    UNSET,
    Operation,
    RequestKwargs,
    Unset,
    path_segment,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response"]


def build_request(
    organization_id: UUID,
    user_id: UUID,
    *,
    integration_source_id: None | Unset | UUID = UNSET,
) -> RequestKwargs:

    params: dict[str, Any] = {}
    if integration_source_id is not UNSET and integration_source_id is not None:
        params["integration_source_id"] = str(integration_source_id)

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/api/organization/{organization_id}/user/{user_id}/identifiers".format(
            organization_id=path_segment(organization_id),
            user_id=path_segment(user_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    status_code: int, response: httpx.Response
) -> list[UserIdentifierResponse]:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = []
    _response_200 = response.json()
    if type(_response_200) is not list:
        raise TypeError(
            f"response_200: expected an array, got {type(_response_200).__name__}"
        )
    for response_200_item_data in _response_200:
        response_200_item = UserIdentifierResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[UserIdentifierResponse]] = Operation(
    name="user_identifiers.list",
    build=build_request,
    parse=parse_response,
    server="config",
    route="/api/organization/{organization_id}/user/{user_id}/identifiers",
    idempotent=True,
    path_params={
        "organization_id": "uuid",
        "user_id": "uuid",
    },
    uuid_query_params=("integration_source_id",),
)
