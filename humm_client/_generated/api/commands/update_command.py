from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command_update import CommandUpdate
from ...models.http_validation_error import HTTPValidationError
from ...models.update_command_response_200 import UpdateCommandResponse200
from ...types import UNSET, Response, parse_object


def _get_kwargs(
    command_id: UUID,
    *,
    body: CommandUpdate,
    organization_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["organization_id"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/commands/{command_id}".format(
            command_id=quote(str(command_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | UpdateCommandResponse200 | None:
    if response.status_code == 200:
        response_200 = parse_object(response.json())

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
) -> Response[HTTPValidationError | UpdateCommandResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    command_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CommandUpdate,
    organization_id: str,
) -> Response[HTTPValidationError | UpdateCommandResponse200]:
    """Update Command

     Apply an update to a command's description and content.

    Args:
        command_id (UUID):
        organization_id (str):
        body (CommandUpdate): Fields to change on a command (only the fields the guide's PUT
            example shows).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateCommandResponse200]
    """

    kwargs = _get_kwargs(
        command_id=command_id,
        body=body,
        organization_id=organization_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    command_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CommandUpdate,
    organization_id: str,
) -> HTTPValidationError | UpdateCommandResponse200 | None:
    """Update Command

     Apply an update to a command's description and content.

    Args:
        command_id (UUID):
        organization_id (str):
        body (CommandUpdate): Fields to change on a command (only the fields the guide's PUT
            example shows).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateCommandResponse200
    """

    return sync_detailed(
        command_id=command_id,
        client=client,
        body=body,
        organization_id=organization_id,
    ).parsed


async def asyncio_detailed(
    command_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CommandUpdate,
    organization_id: str,
) -> Response[HTTPValidationError | UpdateCommandResponse200]:
    """Update Command

     Apply an update to a command's description and content.

    Args:
        command_id (UUID):
        organization_id (str):
        body (CommandUpdate): Fields to change on a command (only the fields the guide's PUT
            example shows).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateCommandResponse200]
    """

    kwargs = _get_kwargs(
        command_id=command_id,
        body=body,
        organization_id=organization_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    command_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CommandUpdate,
    organization_id: str,
) -> HTTPValidationError | UpdateCommandResponse200 | None:
    """Update Command

     Apply an update to a command's description and content.

    Args:
        command_id (UUID):
        organization_id (str):
        body (CommandUpdate): Fields to change on a command (only the fields the guide's PUT
            example shows).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateCommandResponse200
    """

    return (
        await asyncio_detailed(
            command_id=command_id,
            client=client,
            body=body,
            organization_id=organization_id,
        )
    ).parsed
