"""``PUT /api/integration-sources/relationships/{relationship_id}``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...models.integration_source_relationship_response import (
    IntegrationSourceRelationshipResponse,
)
from ...models.integration_source_relationship_update import (
    IntegrationSourceRelationshipUpdate,
)
from ...models.relationship_status import RelationshipStatus
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
    "IntegrationSourceRelationshipUpdate",
    "RelationshipStatus",
]


def build_request(
    relationship_id: UUID,
    *,
    body: IntegrationSourceRelationshipUpdate,
    organization_id: None | Unset | UUID = UNSET,
    resource_id: None | Unset | UUID = UNSET,
    source_id: None | Unset | UUID = UNSET,
    integration_source_id: None | Unset | UUID = UNSET,
    data_source_id: None | Unset | UUID = UNSET,
    context_source_id: None | Unset | UUID = UNSET,
    job_id: None | Unset | UUID = UNSET,
) -> RequestKwargs:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    if organization_id is not UNSET and organization_id is not None:
        params["organization_id"] = str(organization_id)

    if resource_id is not UNSET and resource_id is not None:
        params["resource_id"] = str(resource_id)

    if source_id is not UNSET and source_id is not None:
        params["source_id"] = str(source_id)

    if integration_source_id is not UNSET and integration_source_id is not None:
        params["integration_source_id"] = str(integration_source_id)

    if data_source_id is not UNSET and data_source_id is not None:
        params["data_source_id"] = str(data_source_id)

    if context_source_id is not UNSET and context_source_id is not None:
        params["context_source_id"] = str(context_source_id)

    if job_id is not UNSET and job_id is not None:
        params["job_id"] = str(job_id)

    _kwargs: RequestKwargs = {
        "method": "put",
        "url": "/api/integration-sources/relationships/{relationship_id}".format(
            relationship_id=path_segment(relationship_id),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    status_code: int, response: httpx.Response
) -> IntegrationSourceRelationshipResponse:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = IntegrationSourceRelationshipResponse.from_dict(response.json())

    return response_200


OPERATION: Operation[IntegrationSourceRelationshipResponse] = Operation(
    name="integration_sources.update_relationship",
    build=build_request,
    parse=parse_response,
    server="config",
    route="/api/integration-sources/relationships/{relationship_id}",
    idempotent=True,
    path_params={
        "relationship_id": "uuid",
    },
    uuid_query_params=(
        "organization_id",
        "resource_id",
        "source_id",
        "integration_source_id",
        "data_source_id",
        "context_source_id",
        "job_id",
    ),
)
