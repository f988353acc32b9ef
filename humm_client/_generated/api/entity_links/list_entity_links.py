from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entity_link_response import EntityLinkResponse
from ...models.entity_link_status import EntityLinkStatus
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: UUID,
    *,
    source_integration_source_id: None | Unset | UUID = UNSET,
    target_integration_source_id: None | Unset | UUID = UNSET,
    status: EntityLinkStatus | None | Unset = UNSET,
    link_type: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_source_integration_source_id: None | str | Unset
    if isinstance(source_integration_source_id, Unset):
        json_source_integration_source_id = UNSET
    elif isinstance(source_integration_source_id, UUID):
        json_source_integration_source_id = str(source_integration_source_id)
    else:
        json_source_integration_source_id = source_integration_source_id
    params["source_integration_source_id"] = json_source_integration_source_id

    json_target_integration_source_id: None | str | Unset
    if isinstance(target_integration_source_id, Unset):
        json_target_integration_source_id = UNSET
    elif isinstance(target_integration_source_id, UUID):
        json_target_integration_source_id = str(target_integration_source_id)
    else:
        json_target_integration_source_id = target_integration_source_id
    params["target_integration_source_id"] = json_target_integration_source_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, EntityLinkStatus):
        json_status = EntityLinkStatus(status).value
    else:
        json_status = status
    params["status"] = json_status

    json_link_type: None | str | Unset
    if isinstance(link_type, Unset):
        json_link_type = UNSET
    else:
        json_link_type = link_type
    params["link_type"] = json_link_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/organization/{organization_id}/entity-links".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[EntityLinkResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EntityLinkResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[EntityLinkResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    source_integration_source_id: None | Unset | UUID = UNSET,
    target_integration_source_id: None | Unset | UUID = UNSET,
    status: EntityLinkStatus | None | Unset = UNSET,
    link_type: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | list[EntityLinkResponse]]:
    """List Entity Links

    Args:
        organization_id (UUID):
        source_integration_source_id (None | Unset | UUID):
        target_integration_source_id (None | Unset | UUID):
        status (EntityLinkStatus | None | Unset):
        link_type (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[EntityLinkResponse]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        source_integration_source_id=source_integration_source_id,
        target_integration_source_id=target_integration_source_id,
        status=status,
        link_type=link_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    source_integration_source_id: None | Unset | UUID = UNSET,
    target_integration_source_id: None | Unset | UUID = UNSET,
    status: EntityLinkStatus | None | Unset = UNSET,
    link_type: None | str | Unset = UNSET,
) -> HTTPValidationError | list[EntityLinkResponse] | None:
    """List Entity Links

    Args:
        organization_id (UUID):
        source_integration_source_id (None | Unset | UUID):
        target_integration_source_id (None | Unset | UUID):
        status (EntityLinkStatus | None | Unset):
        link_type (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[EntityLinkResponse]
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        source_integration_source_id=source_integration_source_id,
        target_integration_source_id=target_integration_source_id,
        status=status,
        link_type=link_type,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    source_integration_source_id: None | Unset | UUID = UNSET,
    target_integration_source_id: None | Unset | UUID = UNSET,
    status: EntityLinkStatus | None | Unset = UNSET,
    link_type: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | list[EntityLinkResponse]]:
    """List Entity Links

    Args:
        organization_id (UUID):
        source_integration_source_id (None | Unset | UUID):
        target_integration_source_id (None | Unset | UUID):
        status (EntityLinkStatus | None | Unset):
        link_type (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[EntityLinkResponse]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        source_integration_source_id=source_integration_source_id,
        target_integration_source_id=target_integration_source_id,
        status=status,
        link_type=link_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    source_integration_source_id: None | Unset | UUID = UNSET,
    target_integration_source_id: None | Unset | UUID = UNSET,
    status: EntityLinkStatus | None | Unset = UNSET,
    link_type: None | str | Unset = UNSET,
) -> HTTPValidationError | list[EntityLinkResponse] | None:
    """List Entity Links

    Args:
        organization_id (UUID):
        source_integration_source_id (None | Unset | UUID):
        target_integration_source_id (None | Unset | UUID):
        status (EntityLinkStatus | None | Unset):
        link_type (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[EntityLinkResponse]
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            source_integration_source_id=source_integration_source_id,
            target_integration_source_id=target_integration_source_id,
            status=status,
            link_type=link_type,
        )
    ).parsed
