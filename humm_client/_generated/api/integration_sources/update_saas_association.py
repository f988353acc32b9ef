"""``PUT /api/integration-sources/{source_id}/saas-associations/{association_id}``: generated from openapi.yaml; do not edit."""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import types as _types
from ...models.relationship_status import RelationshipStatus
from ...models.relationship_type import RelationshipType
from ...models.saas_association_response import SaasAssociationResponse
from ...models.saas_association_update import SaasAssociationUpdate
from ...types import (
    UNSET,
    Operation,
    RequestKwargs,
    Unset,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = [
    "OPERATION",
    "build_request",
    "parse_response",
    "RelationshipStatus",
    "RelationshipType",
    "SaasAssociationUpdate",
]


def build_request(
    source_id: UUID,
    association_id: UUID,
    *,
    body: SaasAssociationUpdate,
    organization_id: None | Unset | UUID = UNSET,
    resource_id: None | Unset | UUID = UNSET,
    integration_source_id: None | Unset | UUID = UNSET,
    data_source_id: None | Unset | UUID = UNSET,
    context_source_id: None | Unset | UUID = UNSET,
    job_id: None | Unset | UUID = UNSET,
) -> RequestKwargs:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_organization_id: None | str | Unset
    if isinstance(organization_id, Unset):
        json_organization_id = UNSET
    elif isinstance(organization_id, UUID):
        json_organization_id = str(organization_id)
    else:
        json_organization_id = organization_id
    params["organization_id"] = json_organization_id

    json_resource_id: None | str | Unset
    if isinstance(resource_id, Unset):
        json_resource_id = UNSET
    elif isinstance(resource_id, UUID):
        json_resource_id = str(resource_id)
    else:
        json_resource_id = resource_id
    params["resource_id"] = json_resource_id

    json_integration_source_id: None | str | Unset
    if isinstance(integration_source_id, Unset):
        json_integration_source_id = UNSET
    elif isinstance(integration_source_id, UUID):
        json_integration_source_id = str(integration_source_id)
    else:
        json_integration_source_id = integration_source_id
    params["integration_source_id"] = json_integration_source_id

    json_data_source_id: None | str | Unset
    if isinstance(data_source_id, Unset):
        json_data_source_id = UNSET
    elif isinstance(data_source_id, UUID):
        json_data_source_id = str(data_source_id)
    else:
        json_data_source_id = data_source_id
    params["data_source_id"] = json_data_source_id

    json_context_source_id: None | str | Unset
    if isinstance(context_source_id, Unset):
        json_context_source_id = UNSET
    elif isinstance(context_source_id, UUID):
        json_context_source_id = str(context_source_id)
    else:
        json_context_source_id = context_source_id
    params["context_source_id"] = json_context_source_id

    json_job_id: None | str | Unset
    if isinstance(job_id, Unset):
        json_job_id = UNSET
    elif isinstance(job_id, UUID):
        json_job_id = str(job_id)
    else:
        json_job_id = job_id
    params["job_id"] = json_job_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestKwargs = {
        "method": "put",
        "url": "/api/integration-sources/{source_id}/saas-associations/{association_id}".format(
            source_id=quote(str(source_id), safe=""),
            association_id=quote(str(association_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    status_code: int, response: httpx.Response
) -> SaasAssociationResponse:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = SaasAssociationResponse.from_dict(response.json())

    return response_200


OPERATION: Operation[SaasAssociationResponse] = Operation(
    name="integration_sources.update_saas_association",
    build=build_request,
    parse=parse_response,
    server="config",
    route="/api/integration-sources/{source_id}/saas-associations/{association_id}",
    idempotent=True,
    path_params={
        "source_id": "uuid",
        "association_id": "uuid",
    },
    uuid_query_params=(
        "organization_id",
        "resource_id",
        "integration_source_id",
        "data_source_id",
        "context_source_id",
        "job_id",
    ),
)
