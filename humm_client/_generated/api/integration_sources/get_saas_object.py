from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.saas_object_response import SaasObjectResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    source_id: UUID,
    object_id: UUID,
    *,
    organization_id: None | Unset | UUID = UNSET,
    resource_id: None | Unset | UUID = UNSET,
    integration_source_id: None | Unset | UUID = UNSET,
    data_source_id: None | Unset | UUID = UNSET,
    context_source_id: None | Unset | UUID = UNSET,
    job_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

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

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/integration-sources/{source_id}/saas-objects/{object_id}".format(
            source_id=quote(str(source_id), safe=""),
            object_id=quote(str(object_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SaasObjectResponse | None:
    if response.status_code == 200:
        response_200 = SaasObjectResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | SaasObjectResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    source_id: UUID,
    object_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    organization_id: None | Unset | UUID = UNSET,
    resource_id: None | Unset | UUID = UNSET,
    integration_source_id: None | Unset | UUID = UNSET,
    data_source_id: None | Unset | UUID = UNSET,
    context_source_id: None | Unset | UUID = UNSET,
    job_id: None | Unset | UUID = UNSET,
) -> Response[HTTPValidationError | SaasObjectResponse]:
    """Get Saas Object

    Args:
        source_id (UUID):
        object_id (UUID):
        organization_id (None | Unset | UUID):
        resource_id (None | Unset | UUID):
        integration_source_id (None | Unset | UUID):
        data_source_id (None | Unset | UUID):
        context_source_id (None | Unset | UUID):
        job_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SaasObjectResponse]
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        object_id=object_id,
        organization_id=organization_id,
        resource_id=resource_id,
        integration_source_id=integration_source_id,
        data_source_id=data_source_id,
        context_source_id=context_source_id,
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    source_id: UUID,
    object_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    organization_id: None | Unset | UUID = UNSET,
    resource_id: None | Unset | UUID = UNSET,
    integration_source_id: None | Unset | UUID = UNSET,
    data_source_id: None | Unset | UUID = UNSET,
    context_source_id: None | Unset | UUID = UNSET,
    job_id: None | Unset | UUID = UNSET,
) -> HTTPValidationError | SaasObjectResponse | None:
    """Get Saas Object

    Args:
        source_id (UUID):
        object_id (UUID):
        organization_id (None | Unset | UUID):
        resource_id (None | Unset | UUID):
        integration_source_id (None | Unset | UUID):
        data_source_id (None | Unset | UUID):
        context_source_id (None | Unset | UUID):
        job_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SaasObjectResponse
    """

    return sync_detailed(
        source_id=source_id,
        object_id=object_id,
        client=client,
        organization_id=organization_id,
        resource_id=resource_id,
        integration_source_id=integration_source_id,
        data_source_id=data_source_id,
        context_source_id=context_source_id,
        job_id=job_id,
    ).parsed


async def asyncio_detailed(
    source_id: UUID,
    object_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    organization_id: None | Unset | UUID = UNSET,
    resource_id: None | Unset | UUID = UNSET,
    integration_source_id: None | Unset | UUID = UNSET,
    data_source_id: None | Unset | UUID = UNSET,
    context_source_id: None | Unset | UUID = UNSET,
    job_id: None | Unset | UUID = UNSET,
) -> Response[HTTPValidationError | SaasObjectResponse]:
    """Get Saas Object

    Args:
        source_id (UUID):
        object_id (UUID):
        organization_id (None | Unset | UUID):
        resource_id (None | Unset | UUID):
        integration_source_id (None | Unset | UUID):
        data_source_id (None | Unset | UUID):
        context_source_id (None | Unset | UUID):
        job_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SaasObjectResponse]
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        object_id=object_id,
        organization_id=organization_id,
        resource_id=resource_id,
        integration_source_id=integration_source_id,
        data_source_id=data_source_id,
        context_source_id=context_source_id,
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    source_id: UUID,
    object_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    organization_id: None | Unset | UUID = UNSET,
    resource_id: None | Unset | UUID = UNSET,
    integration_source_id: None | Unset | UUID = UNSET,
    data_source_id: None | Unset | UUID = UNSET,
    context_source_id: None | Unset | UUID = UNSET,
    job_id: None | Unset | UUID = UNSET,
) -> HTTPValidationError | SaasObjectResponse | None:
    """Get Saas Object

    Args:
        source_id (UUID):
        object_id (UUID):
        organization_id (None | Unset | UUID):
        resource_id (None | Unset | UUID):
        integration_source_id (None | Unset | UUID):
        data_source_id (None | Unset | UUID):
        context_source_id (None | Unset | UUID):
        job_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SaasObjectResponse
    """

    return (
        await asyncio_detailed(
            source_id=source_id,
            object_id=object_id,
            client=client,
            organization_id=organization_id,
            resource_id=resource_id,
            integration_source_id=integration_source_id,
            data_source_id=data_source_id,
            context_source_id=context_source_id,
            job_id=job_id,
        )
    ).parsed
