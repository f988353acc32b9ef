"""``GET /api/organization/{organization_id}/ontology``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...models.ontology_format import OntologyFormat
from ...types import (
    UNSET,
    Operation,
    RequestKwargs,
    Unset,
    is_text,
    parse_object,
    path_segment,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response", "OntologyFormat"]


def build_request(
    organization_id: UUID,
    *,
    format_: OntologyFormat | Unset = OntologyFormat.JSON,
) -> RequestKwargs:

    params: dict[str, Any] = {}
    if format_ is not UNSET and format_ is not None:
        json_format_: str | Unset = UNSET
        if not isinstance(format_, Unset):
            json_format_ = OntologyFormat(format_).value

        params["format"] = json_format_

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/api/organization/{organization_id}/ontology".format(
            organization_id=path_segment(organization_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> dict[str, Any] | str:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    if is_text(response, ("application/yaml",)):
        return response.text
    response_200 = parse_object(response.json())

    return response_200


OPERATION: Operation[dict[str, Any] | str] = Operation(
    name="ontology.get",
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
