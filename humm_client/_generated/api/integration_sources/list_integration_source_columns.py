"""``GET /api/integration-sources/{source_id}/columns``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...models.integration_source_column_response import IntegrationSourceColumnResponse
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
    source_id: UUID,
    *,
    active_only: bool | Unset = True,
    organization_id: None | Unset | UUID = UNSET,
    resource_id: None | Unset | UUID = UNSET,
    integration_source_id: None | Unset | UUID = UNSET,
    data_source_id: None | Unset | UUID = UNSET,
    context_source_id: None | Unset | UUID = UNSET,
    job_id: None | Unset | UUID = UNSET,
) -> RequestKwargs:

    params: dict[str, Any] = {}
    if active_only is not UNSET and active_only is not None:
        params["active_only"] = active_only

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
        "url": "/api/integration-sources/{source_id}/columns".format(
            source_id=path_segment(source_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    status_code: int, response: httpx.Response
) -> list[IntegrationSourceColumnResponse]:
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
        response_200_item = IntegrationSourceColumnResponse.from_dict(
            response_200_item_data
        )

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[IntegrationSourceColumnResponse]] = Operation(
    name="integration_sources.list_columns",
    build=build_request,
    parse=parse_response,
    server="config",
    route="/api/integration-sources/{source_id}/columns",
    idempotent=True,
    path_params={
        "source_id": "uuid",
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
