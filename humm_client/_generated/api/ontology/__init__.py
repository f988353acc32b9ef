"""``humm.ontology``: generated from openapi.yaml; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal, Unpack, cast
from uuid import UUID

from humm_client._options import RequestOptions
from humm_client._pagination import AsyncPaginator
from humm_client._resource import AsyncResource, LazyModule, json_or_content
from humm_client._response import (
    paginator_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from humm_client._validation import as_enum, as_uuid

from ...types import UNSET, File, FileTypes, Unset

# Each operation's endpoint module, and with it the operation's models (attrs classes, built
# when imported), loads on the operation's first call, not with the namespace: the annotations
# need only the names, and a method reads what it runs (``OPERATION``, the body model, enums)
# from its endpoint module.
if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.ontology_format import OntologyFormat
    from ...models.ontology_update import OntologyUpdate
    from . import get_ontology as _get_ontology
    from . import update_ontology as _update_ontology
else:
    _get_ontology = LazyModule(globals(), "get_ontology")
    _update_ontology = LazyModule(globals(), "update_ontology")

__all__ = ["Ontology", "OntologyWithRawResponse"]


class Ontology(AsyncResource):
    """Operations tagged ``ontology`` in the API docs."""

    @cached_property
    def with_raw_response(self) -> OntologyWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, lazily parsed model)."""
        return OntologyWithRawResponse(self)

    async def get(
        self,
        organization_id: UUID | str,
        *,
        format_: OntologyFormat | Unset | Literal["json", "yaml"] = UNSET,
        **options: Unpack[RequestOptions],
    ) -> dict[str, Any] | str:
        """Get Ontology: ``GET /api/organization/{organization_id}/ontology``.

        Fetch the current ontology (JSON by default, YAML with format=yaml).
        """

        return await self._client._request(
            _get_ontology.OPERATION,
            {
                "organization_id": organization_id,
                "format_": as_enum(_get_ontology.OntologyFormat, format_, "format_"),
            },
            options,
        )

    async def update(
        self,
        organization_id: UUID | str,
        *,
        change_log: str | Unset = UNSET,
        yaml: str | Unset = UNSET,
        content: str | bytes | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """Update Ontology: ``PUT /api/organization/{organization_id}/ontology``.

        Update the organization's ontology. Ontology updates create a new version; include a short
        change_log when you save.

        Pass either the JSON fields or ``content=`` (the raw document, sent as ``application/yaml``).
        """

        return await self._client._request(
            _update_ontology.OPERATION,
            {
                "organization_id": organization_id,
                "body": json_or_content(
                    _update_ontology.OntologyUpdate(
                        change_log=change_log,
                        yaml=yaml,
                    ),
                    content,
                ),
            },
            options,
        )


class OntologyWithRawResponse:
    """``Ontology`` methods that return the raw HTTP response (``RawResponse``)."""

    def __init__(self, resource: Ontology) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
