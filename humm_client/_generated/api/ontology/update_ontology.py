from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.ontology_update import OntologyUpdate
from ...models.update_ontology_response_200 import UpdateOntologyResponse200
from ...types import (
    UNSET,
    File,
    Response,
    Unset,
    parse_object,
)


def _get_kwargs(
    organization_id: UUID,
    *,
    body: OntologyUpdate | File | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/organization/{organization_id}/ontology".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
    }

    if isinstance(body, OntologyUpdate):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/yaml"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | UpdateOntologyResponse200 | None:
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
) -> Response[HTTPValidationError | UpdateOntologyResponse200]:
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
    body: OntologyUpdate | File | Unset = UNSET,
) -> Response[HTTPValidationError | UpdateOntologyResponse200]:
    """Update Ontology

     Update the organization's ontology. Ontology updates create a new version; include a short
    change_log when you save.

    Args:
        organization_id (UUID):
        body (OntologyUpdate):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateOntologyResponse200]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OntologyUpdate | File | Unset = UNSET,
) -> HTTPValidationError | UpdateOntologyResponse200 | None:
    """Update Ontology

     Update the organization's ontology. Ontology updates create a new version; include a short
    change_log when you save.

    Args:
        organization_id (UUID):
        body (OntologyUpdate):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateOntologyResponse200
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OntologyUpdate | File | Unset = UNSET,
) -> Response[HTTPValidationError | UpdateOntologyResponse200]:
    """Update Ontology

     Update the organization's ontology. Ontology updates create a new version; include a short
    change_log when you save.

    Args:
        organization_id (UUID):
        body (OntologyUpdate):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateOntologyResponse200]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OntologyUpdate | File | Unset = UNSET,
) -> HTTPValidationError | UpdateOntologyResponse200 | None:
    """Update Ontology

     Update the organization's ontology. Ontology updates create a new version; include a short
    change_log when you save.

    Args:
        organization_id (UUID):
        body (OntologyUpdate):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateOntologyResponse200
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            body=body,
        )
    ).parsed
