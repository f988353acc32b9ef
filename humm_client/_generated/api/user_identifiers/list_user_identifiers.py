from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.user_identifier_response import UserIdentifierResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: UUID,
    user_id: UUID,
    *,
    integration_source_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_integration_source_id: None | str | Unset
    if isinstance(integration_source_id, Unset):
        json_integration_source_id = UNSET
    elif isinstance(integration_source_id, UUID):
        json_integration_source_id = str(integration_source_id)
    else:
        json_integration_source_id = integration_source_id
    params["integration_source_id"] = json_integration_source_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/organization/{organization_id}/user/{user_id}/identifiers".format(
            organization_id=quote(str(organization_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[UserIdentifierResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserIdentifierResponse.from_dict(response_200_item_data)

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
) -> Response[HTTPValidationError | list[UserIdentifierResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    integration_source_id: None | Unset | UUID = UNSET,
) -> Response[HTTPValidationError | list[UserIdentifierResponse]]:
    """List User Identifiers

    Args:
        organization_id (UUID):
        user_id (UUID):
        integration_source_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[UserIdentifierResponse]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        user_id=user_id,
        integration_source_id=integration_source_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    integration_source_id: None | Unset | UUID = UNSET,
) -> HTTPValidationError | list[UserIdentifierResponse] | None:
    """List User Identifiers

    Args:
        organization_id (UUID):
        user_id (UUID):
        integration_source_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[UserIdentifierResponse]
    """

    return sync_detailed(
        organization_id=organization_id,
        user_id=user_id,
        client=client,
        integration_source_id=integration_source_id,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    integration_source_id: None | Unset | UUID = UNSET,
) -> Response[HTTPValidationError | list[UserIdentifierResponse]]:
    """List User Identifiers

    Args:
        organization_id (UUID):
        user_id (UUID):
        integration_source_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[UserIdentifierResponse]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        user_id=user_id,
        integration_source_id=integration_source_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    integration_source_id: None | Unset | UUID = UNSET,
) -> HTTPValidationError | list[UserIdentifierResponse] | None:
    """List User Identifiers

    Args:
        organization_id (UUID):
        user_id (UUID):
        integration_source_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[UserIdentifierResponse]
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            user_id=user_id,
            client=client,
            integration_source_id=integration_source_id,
        )
    ).parsed
