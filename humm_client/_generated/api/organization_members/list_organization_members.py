"""``GET /api/organization/{organization_id}/member``: generated from openapi.yaml; do not edit."""

from typing import Any
from uuid import UUID

import httpx

from ... import types as _types
from ...models.organization_member_with_user import OrganizationMemberWithUser
from ...types import (
    UNSET,
    Operation,
    Pagination,
    RequestKwargs,
    Unset,
    path_segment,
)

#: The namespace method reads these: the operation, and the models it builds or converts to.
__all__ = ["OPERATION", "build_request", "parse_response"]


def build_request(
    organization_id: UUID,
    *,
    page: int | None | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    query: None | str | Unset = UNSET,
    resource_id: None | Unset | UUID = UNSET,
    source_id: None | Unset | UUID = UNSET,
    integration_source_id: None | Unset | UUID = UNSET,
    data_source_id: None | Unset | UUID = UNSET,
    context_source_id: None | Unset | UUID = UNSET,
    job_id: None | Unset | UUID = UNSET,
) -> RequestKwargs:

    params: dict[str, Any] = {}
    if page is not UNSET and page is not None:
        json_page: int | None | Unset
        if isinstance(page, Unset):
            json_page = UNSET
        else:
            json_page = page
        params["page"] = json_page

    if page_size is not UNSET and page_size is not None:
        json_page_size: int | None | Unset
        if isinstance(page_size, Unset):
            json_page_size = UNSET
        else:
            json_page_size = page_size
        params["page_size"] = json_page_size

    if query is not UNSET and query is not None:
        json_query: None | str | Unset
        if isinstance(query, Unset):
            json_query = UNSET
        else:
            json_query = query
        params["query"] = json_query

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
        "method": "get",
        "url": "/api/organization/{organization_id}/member".format(
            organization_id=path_segment(organization_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    status_code: int, response: httpx.Response
) -> list[OrganizationMemberWithUser]:
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
        response_200_item = OrganizationMemberWithUser.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[OrganizationMemberWithUser]] = Operation(
    name="organization_members.list",
    build=build_request,
    parse=parse_response,
    server="config",
    route="/api/organization/{organization_id}/member",
    idempotent=True,
    path_params={
        "organization_id": "uuid",
    },
    uuid_query_params=(
        "resource_id",
        "source_id",
        "integration_source_id",
        "data_source_id",
        "context_source_id",
        "job_id",
    ),
    pagination=Pagination(
        style="page",
        page_param="page",
        size_param="page_size",
        items_field=None,
        default_size=None,
        first_page=1,
    ),
)
