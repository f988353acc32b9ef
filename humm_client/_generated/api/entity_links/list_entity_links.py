"""``GET /api/organization/{organization_id}/entity-links``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...models.entity_link_response import EntityLinkResponse
from ...models.entity_link_status import EntityLinkStatus
from ...types import (
    UNSET,
    Operation,
    RequestKwargs,
    Unset,
    path_segment,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response", "EntityLinkStatus"]


def build_request(
    organization_id: UUID,
    *,
    source_integration_source_id: None | Unset | UUID = UNSET,
    target_integration_source_id: None | Unset | UUID = UNSET,
    status: EntityLinkStatus | None | Unset = UNSET,
    link_type: None | str | Unset = UNSET,
) -> RequestKwargs:

    params: dict[str, Any] = {}
    if (
        source_integration_source_id is not UNSET
        and source_integration_source_id is not None
    ):
        params["source_integration_source_id"] = str(source_integration_source_id)

    if (
        target_integration_source_id is not UNSET
        and target_integration_source_id is not None
    ):
        params["target_integration_source_id"] = str(target_integration_source_id)

    if status is not UNSET and status is not None:
        json_status: None | str | Unset
        if isinstance(status, Unset):
            json_status = UNSET
        elif isinstance(status, EntityLinkStatus):
            json_status = EntityLinkStatus(status).value
        else:
            json_status = status
        params["status"] = json_status

    if link_type is not UNSET and link_type is not None:
        json_link_type: None | str | Unset
        if isinstance(link_type, Unset):
            json_link_type = UNSET
        else:
            json_link_type = link_type
        params["link_type"] = json_link_type

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/api/organization/{organization_id}/entity-links".format(
            organization_id=path_segment(organization_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    status_code: int, response: httpx.Response
) -> list[EntityLinkResponse]:
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
        response_200_item = EntityLinkResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[EntityLinkResponse]] = Operation(
    name="entity_links.list",
    build=build_request,
    parse=parse_response,
    server="config",
    route="/api/organization/{organization_id}/entity-links",
    idempotent=True,
    path_params={
        "organization_id": "uuid",
    },
    uuid_query_params=(
        "source_integration_source_id",
        "target_integration_source_id",
    ),
)
