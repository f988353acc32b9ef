from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.memory_response import MemoryResponse
from ...models.memory_status import MemoryStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str,
    organization_id: str,
    status: MemoryStatus | None | Unset = UNSET,
    limit: int | Unset = 10,
    similarity_threshold: float | Unset = 0.7,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["organization_id"] = organization_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, MemoryStatus):
        json_status = MemoryStatus(status).value
    else:
        json_status = status
    params["status"] = json_status

    params["limit"] = limit

    params["similarity_threshold"] = similarity_threshold

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memories/search/semantic",
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
    query: str,
    organization_id: str,
    status: MemoryStatus | None | Unset = UNSET,
    limit: int | Unset = 10,
    similarity_threshold: float | Unset = 0.7,
) -> Response[HTTPValidationError | list[MemoryResponse]]:
    """Search Memories

     Semantic search for memories using vector similarity.

    Args:
        query (str): Search query text
        organization_id (str):
        status (MemoryStatus | None | Unset): Filter by status (defaults to approved)
        limit (int | Unset): Maximum number of results Default: 10.
        similarity_threshold (float | Unset): Minimum similarity score Default: 0.7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[MemoryResponse]]
    """

    kwargs = _get_kwargs(
        query=query,
        organization_id=organization_id,
        status=status,
        limit=limit,
        similarity_threshold=similarity_threshold,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    query: str,
    organization_id: str,
    status: MemoryStatus | None | Unset = UNSET,
    limit: int | Unset = 10,
    similarity_threshold: float | Unset = 0.7,
) -> HTTPValidationError | list[MemoryResponse] | None:
    """Search Memories

     Semantic search for memories using vector similarity.

    Args:
        query (str): Search query text
        organization_id (str):
        status (MemoryStatus | None | Unset): Filter by status (defaults to approved)
        limit (int | Unset): Maximum number of results Default: 10.
        similarity_threshold (float | Unset): Minimum similarity score Default: 0.7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[MemoryResponse]
    """

    return sync_detailed(
        client=client,
        query=query,
        organization_id=organization_id,
        status=status,
        limit=limit,
        similarity_threshold=similarity_threshold,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str,
    organization_id: str,
    status: MemoryStatus | None | Unset = UNSET,
    limit: int | Unset = 10,
    similarity_threshold: float | Unset = 0.7,
) -> Response[HTTPValidationError | list[MemoryResponse]]:
    """Search Memories

     Semantic search for memories using vector similarity.

    Args:
        query (str): Search query text
        organization_id (str):
        status (MemoryStatus | None | Unset): Filter by status (defaults to approved)
        limit (int | Unset): Maximum number of results Default: 10.
        similarity_threshold (float | Unset): Minimum similarity score Default: 0.7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[MemoryResponse]]
    """

    kwargs = _get_kwargs(
        query=query,
        organization_id=organization_id,
        status=status,
        limit=limit,
        similarity_threshold=similarity_threshold,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    query: str,
    organization_id: str,
    status: MemoryStatus | None | Unset = UNSET,
    limit: int | Unset = 10,
    similarity_threshold: float | Unset = 0.7,
) -> HTTPValidationError | list[MemoryResponse] | None:
    """Search Memories

     Semantic search for memories using vector similarity.

    Args:
        query (str): Search query text
        organization_id (str):
        status (MemoryStatus | None | Unset): Filter by status (defaults to approved)
        limit (int | Unset): Maximum number of results Default: 10.
        similarity_threshold (float | Unset): Minimum similarity score Default: 0.7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[MemoryResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            organization_id=organization_id,
            status=status,
            limit=limit,
            similarity_threshold=similarity_threshold,
        )
    ).parsed
