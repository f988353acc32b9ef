"""``GET /api/organization/{organization_id}``: generated from openapi.yaml; do not edit."""

from uuid import UUID

import httpx

from ... import types as _types
from ...models.organization_response import OrganizationResponse
from ...types import Operation, RequestKwargs, path_segment

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response"]


def build_request(
    organization_id: UUID,
) -> RequestKwargs:

    _kwargs: RequestKwargs = {
        "method": "get",
        "url": "/api/organization/{organization_id}".format(
            organization_id=path_segment(organization_id),
        ),
    }

    return _kwargs


def parse_response(status_code: int, response: httpx.Response) -> OrganizationResponse:
    """The documented success body of any 2xx response, typed (another 2xx is noted as drift)."""
    if status_code != 200:
        _types.note_status(status_code, "200")
    response_200 = OrganizationResponse.from_dict(response.json())

    return response_200


OPERATION: Operation[OrganizationResponse] = Operation(
    name="organizations.get",
    build=build_request,
    parse=parse_response,
    server="config",
    route="/api/organization/{organization_id}",
    idempotent=True,
    path_params={
        "organization_id": "uuid",
    },
    uuid_query_params=(),
)
