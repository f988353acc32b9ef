from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.thread_update import ThreadUpdate
from ...models.update_thread_response_200 import UpdateThreadResponse200
from ...types import UNSET, Response, parse_object


def _get_kwargs(
    thread_id: str,
    *,
    body: ThreadUpdate,
    organization_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["organization_id"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/threads/{thread_id}".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | UpdateThreadResponse200 | None:
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
) -> Response[HTTPValidationError | UpdateThreadResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadUpdate,
    organization_id: str,
) -> Response[HTTPValidationError | UpdateThreadResponse200]:
    """Update Thread

    Args:
        thread_id (str): Thread ID
        organization_id (str):
        body (ThreadUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateThreadResponse200]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
        organization_id=organization_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadUpdate,
    organization_id: str,
) -> HTTPValidationError | UpdateThreadResponse200 | None:
    """Update Thread

    Args:
        thread_id (str): Thread ID
        organization_id (str):
        body (ThreadUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateThreadResponse200
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        body=body,
        organization_id=organization_id,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadUpdate,
    organization_id: str,
) -> Response[HTTPValidationError | UpdateThreadResponse200]:
    """Update Thread

    Args:
        thread_id (str): Thread ID
        organization_id (str):
        body (ThreadUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateThreadResponse200]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
        organization_id=organization_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadUpdate,
    organization_id: str,
) -> HTTPValidationError | UpdateThreadResponse200 | None:
    """Update Thread

    Args:
        thread_id (str): Thread ID
        organization_id (str):
        body (ThreadUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateThreadResponse200
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
            organization_id=organization_id,
        )
    ).parsed
