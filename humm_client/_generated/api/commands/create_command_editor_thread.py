from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command_editor_thread_create import CommandEditorThreadCreate
from ...models.command_editor_thread_response import CommandEditorThreadResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    command_id: UUID,
    *,
    body: CommandEditorThreadCreate,
    organization_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["organization_id"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/commands/{command_id}/editor/thread".format(
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
) -> CommandEditorThreadResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CommandEditorThreadResponse.from_dict(response.json())

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
) -> Response[CommandEditorThreadResponse | HTTPValidationError]:
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
    body: CommandEditorThreadCreate,
    organization_id: str,
) -> Response[CommandEditorThreadResponse | HTTPValidationError]:
    """Create Command Editor Thread

     Create a command editor workflow thread.

    Args:
        command_id (UUID):
        organization_id (str):
        body (CommandEditorThreadCreate): Request payload for creating a command editor workflow
            thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandEditorThreadResponse | HTTPValidationError]
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
    body: CommandEditorThreadCreate,
    organization_id: str,
) -> CommandEditorThreadResponse | HTTPValidationError | None:
    """Create Command Editor Thread

     Create a command editor workflow thread.

    Args:
        command_id (UUID):
        organization_id (str):
        body (CommandEditorThreadCreate): Request payload for creating a command editor workflow
            thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandEditorThreadResponse | HTTPValidationError
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
    body: CommandEditorThreadCreate,
    organization_id: str,
) -> Response[CommandEditorThreadResponse | HTTPValidationError]:
    """Create Command Editor Thread

     Create a command editor workflow thread.

    Args:
        command_id (UUID):
        organization_id (str):
        body (CommandEditorThreadCreate): Request payload for creating a command editor workflow
            thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandEditorThreadResponse | HTTPValidationError]
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
    body: CommandEditorThreadCreate,
    organization_id: str,
) -> CommandEditorThreadResponse | HTTPValidationError | None:
    """Create Command Editor Thread

     Create a command editor workflow thread.

    Args:
        command_id (UUID):
        organization_id (str):
        body (CommandEditorThreadCreate): Request payload for creating a command editor workflow
            thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandEditorThreadResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            command_id=command_id,
            client=client,
            body=body,
            organization_id=organization_id,
        )
    ).parsed
