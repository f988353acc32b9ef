from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.memory_response import MemoryResponse
from ...models.memory_status import MemoryStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    organization_id: str,
    status: MemoryStatus | None | Unset = UNSET,
    thread_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["organization_id"] = organization_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, MemoryStatus):
        json_status = MemoryStatus(status).value
    else:
        json_status = status
    params["status"] = json_status

    json_thread_id: None | str | Unset
    if isinstance(thread_id, Unset):
        json_thread_id = UNSET
    elif isinstance(thread_id, UUID):
        json_thread_id = str(thread_id)
    else:
        json_thread_id = thread_id
    params["thread_id"] = json_thread_id

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memories",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[MemoryResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MemoryResponse.from_dict(response_200_item_data)

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
) -> Response[HTTPValidationError | list[MemoryResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str,
    status: MemoryStatus | None | Unset = UNSET,
    thread_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = 50,
    offset: int | Unset = 0,
) -> Response[HTTPValidationError | list[MemoryResponse]]:
    """List Memories

    Args:
        organization_id (str):
        status (MemoryStatus | None | Unset): Filter by status
        thread_id (None | Unset | UUID): Filter by thread ID
        limit (int | None | Unset): Maximum number of results Default: 50.
        offset (int | Unset): Number of results to skip Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[MemoryResponse]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        status=status,
        thread_id=thread_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str,
    status: MemoryStatus | None | Unset = UNSET,
    thread_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = 50,
    offset: int | Unset = 0,
) -> HTTPValidationError | list[MemoryResponse] | None:
    """List Memories

    Args:
        organization_id (str):
        status (MemoryStatus | None | Unset): Filter by status
        thread_id (None | Unset | UUID): Filter by thread ID
        limit (int | None | Unset): Maximum number of results Default: 50.
        offset (int | Unset): Number of results to skip Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[MemoryResponse]
    """

    return sync_detailed(
        client=client,
        organization_id=organization_id,
        status=status,
        thread_id=thread_id,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str,
    status: MemoryStatus | None | Unset = UNSET,
    thread_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = 50,
    offset: int | Unset = 0,
) -> Response[HTTPValidationError | list[MemoryResponse]]:
    """List Memories

    Args:
        organization_id (str):
        status (MemoryStatus | None | Unset): Filter by status
        thread_id (None | Unset | UUID): Filter by thread ID
        limit (int | None | Unset): Maximum number of results Default: 50.
        offset (int | Unset): Number of results to skip Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[MemoryResponse]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        status=status,
        thread_id=thread_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str,
    status: MemoryStatus | None | Unset = UNSET,
    thread_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = 50,
    offset: int | Unset = 0,
) -> HTTPValidationError | list[MemoryResponse] | None:
    """List Memories

    Args:
        organization_id (str):
        status (MemoryStatus | None | Unset): Filter by status
        thread_id (None | Unset | UUID): Filter by thread ID
        limit (int | None | Unset): Maximum number of results Default: 50.
        offset (int | Unset): Number of results to skip Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[MemoryResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
            organization_id=organization_id,
            status=status,
            thread_id=thread_id,
            limit=limit,
            offset=offset,
        )
    ).parsed
