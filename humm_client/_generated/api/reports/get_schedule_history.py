from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.schedule_history_response import ScheduleHistoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    schedule_id: UUID,
    *,
    organization_id: str,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["organization_id"] = organization_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/schedules/{schedule_id}/runs".format(
            schedule_id=quote(str(schedule_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ScheduleHistoryResponse | None:
    if response.status_code == 200:
        response_200 = ScheduleHistoryResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ScheduleHistoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    schedule_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    organization_id: str,
    limit: int | Unset = 20,
) -> Response[HTTPValidationError | ScheduleHistoryResponse]:
    """Get Schedule History

    Args:
        schedule_id (UUID): Schedule ID
        organization_id (str):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ScheduleHistoryResponse]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        organization_id=organization_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schedule_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    organization_id: str,
    limit: int | Unset = 20,
) -> HTTPValidationError | ScheduleHistoryResponse | None:
    """Get Schedule History

    Args:
        schedule_id (UUID): Schedule ID
        organization_id (str):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ScheduleHistoryResponse
    """

    return sync_detailed(
        schedule_id=schedule_id,
        client=client,
        organization_id=organization_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    schedule_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    organization_id: str,
    limit: int | Unset = 20,
) -> Response[HTTPValidationError | ScheduleHistoryResponse]:
    """Get Schedule History

    Args:
        schedule_id (UUID): Schedule ID
        organization_id (str):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ScheduleHistoryResponse]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        organization_id=organization_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schedule_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    organization_id: str,
    limit: int | Unset = 20,
) -> HTTPValidationError | ScheduleHistoryResponse | None:
    """Get Schedule History

    Args:
        schedule_id (UUID): Schedule ID
        organization_id (str):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ScheduleHistoryResponse
    """

    return (
        await asyncio_detailed(
            schedule_id=schedule_id,
            client=client,
            organization_id=organization_id,
            limit=limit,
        )
    ).parsed
