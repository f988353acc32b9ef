from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_command_response_200 import GetCommandResponse200
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, parse_object


def _get_kwargs(
    command_id: UUID,
    *,
    organization_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["organization_id"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/commands/{command_id}".format(
            command_id=quote(str(command_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCommandResponse200 | HTTPValidationError | None:
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
) -> Response[GetCommandResponse200 | HTTPValidationError]:
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
    organization_id: str,
) -> Response[GetCommandResponse200 | HTTPValidationError]:
    """Get Command

     Fetch the current command.

    Args:
        command_id (UUID):
        organization_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCommandResponse200 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        command_id=command_id,
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
    organization_id: str,
) -> GetCommandResponse200 | HTTPValidationError | None:
    """Get Command

     Fetch the current command.

    Args:
        command_id (UUID):
        organization_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCommandResponse200 | HTTPValidationError
    """

    return sync_detailed(
        command_id=command_id,
        client=client,
        organization_id=organization_id,
    ).parsed


async def asyncio_detailed(
    command_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    organization_id: str,
) -> Response[GetCommandResponse200 | HTTPValidationError]:
    """Get Command

     Fetch the current command.

    Args:
        command_id (UUID):
        organization_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCommandResponse200 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        command_id=command_id,
        organization_id=organization_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    command_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    organization_id: str,
) -> GetCommandResponse200 | HTTPValidationError | None:
    """Get Command

     Fetch the current command.

    Args:
        command_id (UUID):
        organization_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCommandResponse200 | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            command_id=command_id,
            client=client,
            organization_id=organization_id,
        )
    ).parsed
