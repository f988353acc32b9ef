from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_ontology_response_200 import GetOntologyResponse200
from ...models.http_validation_error import HTTPValidationError
from ...models.ontology_format import OntologyFormat
from ...types import UNSET, Response, Unset, parse_object


def _get_kwargs(
    organization_id: UUID,
    *,
    format_: OntologyFormat | Unset = OntologyFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = OntologyFormat(format_).value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/organization/{organization_id}/ontology".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetOntologyResponse200 | HTTPValidationError | None:
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
) -> Response[GetOntologyResponse200 | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    format_: OntologyFormat | Unset = OntologyFormat.JSON,
) -> Response[GetOntologyResponse200 | HTTPValidationError]:
    """Get Ontology

     Fetch the current ontology (JSON by default, YAML with format=yaml).

    Args:
        organization_id (UUID):
        format_ (OntologyFormat | Unset):  Default: OntologyFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOntologyResponse200 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    format_: OntologyFormat | Unset = OntologyFormat.JSON,
) -> GetOntologyResponse200 | HTTPValidationError | None:
    """Get Ontology

     Fetch the current ontology (JSON by default, YAML with format=yaml).

    Args:
        organization_id (UUID):
        format_ (OntologyFormat | Unset):  Default: OntologyFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOntologyResponse200 | HTTPValidationError
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    format_: OntologyFormat | Unset = OntologyFormat.JSON,
) -> Response[GetOntologyResponse200 | HTTPValidationError]:
    """Get Ontology

     Fetch the current ontology (JSON by default, YAML with format=yaml).

    Args:
        organization_id (UUID):
        format_ (OntologyFormat | Unset):  Default: OntologyFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOntologyResponse200 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    format_: OntologyFormat | Unset = OntologyFormat.JSON,
) -> GetOntologyResponse200 | HTTPValidationError | None:
    """Get Ontology

     Fetch the current ontology (JSON by default, YAML with format=yaml).

    Args:
        organization_id (UUID):
        format_ (OntologyFormat | Unset):  Default: OntologyFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOntologyResponse200 | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            format_=format_,
        )
    ).parsed
