from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.user_identifier_create import UserIdentifierCreate
from ...models.user_identifier_response import UserIdentifierResponse
from ...types import Response


def _get_kwargs(
    organization_id: UUID,
    user_id: UUID,
    *,
    body: UserIdentifierCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/organization/{organization_id}/user/{user_id}/identifiers".format(
            organization_id=quote(str(organization_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | UserIdentifierResponse | None:
    if response.status_code == 200:
        response_200 = UserIdentifierResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | UserIdentifierResponse]:
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
    body: UserIdentifierCreate,
) -> Response[HTTPValidationError | UserIdentifierResponse]:
    """Create Or Update User Identifier

     Create or update a user identifier. Uses upsert logic: if an identifier with the same organization,
    user, integration source, and key already exists, it is updated.

    Args:
        organization_id (UUID):
        user_id (UUID):
        body (UserIdentifierCreate): Model for creating a new user integration identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UserIdentifierResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        user_id=user_id,
        body=body,
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
    body: UserIdentifierCreate,
) -> HTTPValidationError | UserIdentifierResponse | None:
    """Create Or Update User Identifier

     Create or update a user identifier. Uses upsert logic: if an identifier with the same organization,
    user, integration source, and key already exists, it is updated.

    Args:
        organization_id (UUID):
        user_id (UUID):
        body (UserIdentifierCreate): Model for creating a new user integration identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UserIdentifierResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UserIdentifierCreate,
) -> Response[HTTPValidationError | UserIdentifierResponse]:
    """Create Or Update User Identifier

     Create or update a user identifier. Uses upsert logic: if an identifier with the same organization,
    user, integration source, and key already exists, it is updated.

    Args:
        organization_id (UUID):
        user_id (UUID):
        body (UserIdentifierCreate): Model for creating a new user integration identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UserIdentifierResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UserIdentifierCreate,
) -> HTTPValidationError | UserIdentifierResponse | None:
    """Create Or Update User Identifier

     Create or update a user identifier. Uses upsert logic: if an identifier with the same organization,
    user, integration source, and key already exists, it is updated.

    Args:
        organization_id (UUID):
        user_id (UUID):
        body (UserIdentifierCreate): Model for creating a new user integration identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UserIdentifierResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
