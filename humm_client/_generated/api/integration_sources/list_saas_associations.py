"""``GET /api/integration-sources/{source_id}/saas-associations``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...models.relationship_status import RelationshipStatus
from ...models.relationship_type import RelationshipType
from ...models.saas_association_response import SaasAssociationResponse
from ...types import (
    UNSET,
    Operation,
    RequestKwargs,
    Unset,
    path_segment,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = [
    "OPERATION",
    "build_request",
    "parse_response",
    "RelationshipStatus",
    "RelationshipType",
]


def build_request(
    source_id: UUID,
    *,
    from_object_id: None | Unset | UUID = UNSET,
    to_object_id: None | Unset | UUID = UNSET,
    status: None | RelationshipStatus | Unset = UNSET,
    type_: None | RelationshipType | Unset = UNSET,
    organization_id: None | Unset | UUID = UNSET,
    resource_id: None | Unset | UUID = UNSET,
    integration_source_id: None | Unset | UUID = UNSET,
    data_source_id: None | Unset | UUID = UNSET,
    context_source_id: None | Unset | UUID = UNSET,
    job_id: None | Unset | UUID = UNSET,
) -> RequestKwargs:

    params: dict[str, Any] = {}
    if from_object_id is not UNSET and from_object_id is not None:
        params["from_object_id"] = str(from_object_id)

    if to_object_id is not UNSET and to_object_id is not None:
        params["to_object_id"] = str(to_object_id)

    if status is not UNSET and status is not None:
        json_status: None | str | Unset
        if isinstance(status, Unset):
            json_status = UNSET
        elif isinstance(status, RelationshipStatus):
            json_status = RelationshipStatus(status).value
        else:
            json_status = status
        params["status"] = json_status

    if type_ is not UNSET and type_ is not None:
        json_type_: None | str | Unset
        if isinstance(type_, Unset):
            json_type_ = UNSET
        elif isinstance(type_, RelationshipType):
            json_type_ = RelationshipType(type_).value
        else:
            json_type_ = type_
        params["type"] = json_type_

    if organization_id is not UNSET and organization_id is not None:
        params["organization_id"] = str(organization_id)

    if resource_id is not UNSET and resource_id is not None:
        params["resource_id"] = str(resource_id)

    if integration_source_id is not UNSET and integration_source_id is not None:
        params["integration_source_id"] = str(integration_source_id)

    if data_source_id is not UNSET and data_source_id is not None:
        params["data_source_id"] = str(data_source_id)

    if context_source_id is not UNSET and context_source_id is not None:
        params["context_source_id"] = str(context_source_id)

    if job_id is not UNSET and job_id is not None:
        params["job_id"] = str(job_id)

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/api/integration-sources/{source_id}/saas-associations".format(
            source_id=path_segment(source_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    status_code: int, response: httpx.Response
) -> list[SaasAssociationResponse]:
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
        response_200_item = SaasAssociationResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[SaasAssociationResponse]] = Operation(
    name="integration_sources.list_saas_associations",
    build=build_request,
    parse=parse_response,
    server="config",
    route="/api/integration-sources/{source_id}/saas-associations",
    idempotent=True,
    path_params={
        "source_id": "uuid",
    },
    uuid_query_params=(
        "from_object_id",
        "to_object_id",
        "organization_id",
        "resource_id",
        "integration_source_id",
        "data_source_id",
        "context_source_id",
        "job_id",
    ),
)
