"""``PUT /api/organization/{organization_id}/ontology``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...models.ontology_update import OntologyUpdate
from ...types import (
    UNSET,
    File,
    Operation,
    RequestKwargs,
    Unset,
    parse_object,
    path_segment,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response", "OntologyUpdate"]


def build_request(
    organization_id: UUID,
    *,
    body: OntologyUpdate | File | Unset = UNSET,
) -> RequestKwargs:
    headers: dict[str, Any] = {}

    _kwargs: RequestKwargs = {
        "method": "put",
        "url": "/api/organization/{organization_id}/ontology".format(
            organization_id=path_segment(organization_id),
        ),
    }

    if isinstance(body, OntologyUpdate):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, File):
        _kwargs["content"] = body.payload

        headers["Content-Type"] = "application/yaml"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> dict[str, Any]:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = parse_object(response.json())

    return response_200


OPERATION: Operation[dict[str, Any]] = Operation(
    name="ontology.update",
    build=build_request,
    parse=parse_response,
    server="config",
    route="/api/organization/{organization_id}/ontology",
    idempotent=True,
    path_params={
        "organization_id": "uuid",
    },
    uuid_query_params=(),
)
