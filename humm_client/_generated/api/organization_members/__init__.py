"""``humm.organization_members``: generated from openapi.yaml; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
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

from ...types import UNSET, File, Unset

# Each operation's endpoint module, and with it the operation's models (attrs classes, built
# when imported), loads on the operation's first call, not with the namespace: the annotations
# need only the names, and a method reads what it runs (``OPERATION``, the body model, enums)
# from its endpoint module.
if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.member_role import MemberRole
    from ...models.organization_member_create import OrganizationMemberCreate
    from ...models.organization_member_response import OrganizationMemberResponse
    from ...models.organization_member_update import OrganizationMemberUpdate
    from ...models.organization_member_with_user import OrganizationMemberWithUser
    from . import create_organization_member as _create_organization_member
    from . import list_organization_members as _list_organization_members
    from . import update_organization_member as _update_organization_member
else:
    _list_organization_members = LazyModule(globals(), "list_organization_members")
    _create_organization_member = LazyModule(globals(), "create_organization_member")
    _update_organization_member = LazyModule(globals(), "update_organization_member")

__all__ = ["OrganizationMembers", "OrganizationMembersWithRawResponse"]


class OrganizationMembers(AsyncResource):
    """Operations tagged ``organization_members`` in the API docs."""

    @cached_property
    def with_raw_response(self) -> OrganizationMembersWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, lazily parsed model)."""
        return OrganizationMembersWithRawResponse(self)

    def list(
        self,
        organization_id: UUID | str,
        *,
        page: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        query: None | str | Unset = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        source_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[
        builtins.list[OrganizationMemberWithUser], OrganizationMemberWithUser
    ]:
        """Get Organization Members: ``GET /api/organization/{organization_id}/member``.

        Await it for one page, or ``async for item in ....iterate()`` for every item, page by page.
        """

        return AsyncPaginator(
            self._client,
            _list_organization_members.OPERATION,
            {
                "organization_id": organization_id,
                "page": page,
                "page_size": page_size,
                "query": query,
                "resource_id": resource_id,
                "source_id": source_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            options,
        )

    async def create(
        self,
        organization_id: UUID | str,
        *,
        user_id: UUID,
        role: MemberRole
        | Unset
        | Literal["SYSTEM_ADMIN", "ORGANIZATION_ADMIN", "ANALYST"] = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        source_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrganizationMemberResponse:
        """Create Organization Member: ``POST /api/organization/{organization_id}/member``."""

        return await self._client._request(
            _create_organization_member.OPERATION,
            {
                "organization_id": organization_id,
                "body": _create_organization_member.OrganizationMemberCreate(
                    user_id=user_id,
                    organization_id=as_uuid(organization_id, "organization_id"),
                    role=as_enum(_create_organization_member.MemberRole, role, "role"),
                ),
                "resource_id": resource_id,
                "source_id": source_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            options,
        )

    async def update(
        self,
        organization_id: UUID | str,
        member_id: UUID | str,
        *,
        user_id: None | Unset | UUID = UNSET,
        role: MemberRole
        | Unset
        | Literal["SYSTEM_ADMIN", "ORGANIZATION_ADMIN", "ANALYST"] = UNSET,
        resource_id: None | Unset | UUID | str = UNSET,
        source_id: None | Unset | UUID | str = UNSET,
        integration_source_id: None | Unset | UUID | str = UNSET,
        data_source_id: None | Unset | UUID | str = UNSET,
        context_source_id: None | Unset | UUID | str = UNSET,
        job_id: None | Unset | UUID | str = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrganizationMemberWithUser:
        """Update Organization Member: ``PUT /api/organization/{organization_id}/member/{member_id}``."""

        return await self._client._request(
            _update_organization_member.OPERATION,
            {
                "organization_id": organization_id,
                "member_id": member_id,
                "body": _update_organization_member.OrganizationMemberUpdate(
                    organization_id=as_uuid(organization_id, "organization_id"),
                    user_id=user_id,
                    role=as_enum(_update_organization_member.MemberRole, role, "role"),
                ),
                "resource_id": resource_id,
                "source_id": source_id,
                "integration_source_id": integration_source_id,
                "data_source_id": data_source_id,
                "context_source_id": context_source_id,
                "job_id": job_id,
            },
            options,
        )


class OrganizationMembersWithRawResponse:
    """``OrganizationMembers`` methods that return the raw HTTP response (``RawResponse``)."""

    def __init__(self, resource: OrganizationMembers) -> None:
        self.list = paginator_to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)
