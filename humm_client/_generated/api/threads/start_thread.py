from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.start_thread_request import StartThreadRequest
from ...models.start_thread_response_200 import StartThreadResponse200
from ...types import UNSET, Response, Unset, parse_object


def _get_kwargs(
    *,
    body: StartThreadRequest,
    internal_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["internal_user_id"] = internal_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/async",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | StartThreadResponse200 | None:
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
) -> Response[HTTPValidationError | StartThreadResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartThreadRequest,
    internal_user_id: str | Unset = UNSET,
) -> Response[HTTPValidationError | StartThreadResponse200]:
    """Start Thread

    Args:
        internal_user_id (str | Unset): Override user ID for system operations (optional)
        body (StartThreadRequest): Request model for async chat endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StartThreadResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
        internal_user_id=internal_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: StartThreadRequest,
    internal_user_id: str | Unset = UNSET,
) -> HTTPValidationError | StartThreadResponse200 | None:
    """Start Thread

    Args:
        internal_user_id (str | Unset): Override user ID for system operations (optional)
        body (StartThreadRequest): Request model for async chat endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StartThreadResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
        internal_user_id=internal_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartThreadRequest,
    internal_user_id: str | Unset = UNSET,
) -> Response[HTTPValidationError | StartThreadResponse200]:
    """Start Thread

    Args:
        internal_user_id (str | Unset): Override user ID for system operations (optional)
        body (StartThreadRequest): Request model for async chat endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StartThreadResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
        internal_user_id=internal_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartThreadRequest,
    internal_user_id: str | Unset = UNSET,
) -> HTTPValidationError | StartThreadResponse200 | None:
    """Start Thread

    Args:
        internal_user_id (str | Unset): Override user ID for system operations (optional)
        body (StartThreadRequest): Request model for async chat endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StartThreadResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            internal_user_id=internal_user_id,
        )
    ).parsed
