"""A parsed response model is an attrs class like one built in code: equality, hashing, repr,
pickling, copying and attrs' own helpers see no difference; to_dict() gives back the server's
exact text (datetimes, UUIDs) while the model still holds what was parsed."""

from __future__ import annotations

import copy
import datetime
import pickle
import uuid
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from humm_client._drift import pending_notes
from humm_client.models import (
    ConnectionStatus,
    DescriptionSource,
    IntegrationSourceResponse,
    SourceType,
)

ORG = "3C90C3CC-0D44-4B50-8888-8DD25736052A"  # upper case: must come back as it was
ID = "0b5e8a0e-6d3e-4f8e-9c55-2f1d3c0a7b11"
BODY: dict[str, Any] = {
    "name": "warehouse",
    "source_type": "database",
    "connector_type": "postgresql",
    "organization_id": ORG,
    "id": ID,
    "created_at": "2023-11-07T05:31:56Z",
    "updated_at": "2023-11-07T05:31:56.120+01:00",
    "description_version": 3,
    "description": None,
    "is_active": True,
    "connection_status": "connected",
    "capabilities": ["read"],
    "configuration": {"host": "db"},
    "legacy_data_source_id": None,
    "last_sync_at": "2023-11",  # a form only python-dateutil reads
    "last_sync_row_count": 10,
    "description_source": "manual_edit",
}
UTC = datetime.UTC


def built() -> IntegrationSourceResponse:
    """The same values, built in code with plain uuid.UUID and datetime objects."""
    return IntegrationSourceResponse(
        name="warehouse",
        source_type=SourceType.DATABASE,
        connector_type="postgresql",
        organization_id=uuid.UUID(ORG),
        id=uuid.UUID(ID),
        created_at=datetime.datetime(2023, 11, 7, 5, 31, 56, tzinfo=UTC),
        updated_at=datetime.datetime(
            2023, 11, 7, 5, 31, 56, 120000, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
        ),
        description_version=3,
        is_active=True,
        connection_status=ConnectionStatus.CONNECTED,
        capabilities=["read"],
        configuration={"host": "db"},
        last_sync_at=datetime.datetime(2023, 11, 1),
        last_sync_row_count=10,
        description_source=DescriptionSource.MANUAL_EDIT,
    )


def test_parsed_equals_built_and_round_trips_exactly() -> None:
    parsed = IntegrationSourceResponse.from_dict(BODY)
    assert parsed == built()
    assert parsed.to_dict() == BODY
    assert isinstance(parsed.organization_id, uuid.UUID)
    assert str(parsed.organization_id) == ORG.lower()
    assert type(parsed.created_at) is datetime.datetime
    assert parsed != attrs.evolve(built(), name="other")


def test_repr_and_hash_are_attrs_ones() -> None:
    parsed = IntegrationSourceResponse.from_dict(BODY)
    assert repr(parsed) == repr(built())
    assert "name='warehouse'" in repr(parsed)
    assert IntegrationSourceResponse.__hash__ is None  # mutable attrs class: unhashable, as before
    with pytest.raises(TypeError):
        hash(parsed)


@pytest.mark.parametrize(
    "clone",
    [copy.copy, copy.deepcopy, lambda m: pickle.loads(pickle.dumps(m))],
    ids=["copy", "deepcopy", "pickle"],
)
def test_copies_and_pickles_keep_the_server_text(clone: Callable[[Any], Any]) -> None:
    parsed = IntegrationSourceResponse.from_dict(BODY)
    cloned = clone(parsed)
    assert cloned == parsed == built()
    assert cloned.to_dict() == BODY


def test_attrs_helpers_work() -> None:
    parsed = IntegrationSourceResponse.from_dict(BODY)
    names = [f.name for f in attrs.fields(IntegrationSourceResponse)]
    assert names[:2] == ["name", "source_type"]
    assert attrs.asdict(parsed)["name"] == "warehouse"
    renamed = attrs.evolve(parsed, name="renamed")
    assert renamed.name == "renamed" and renamed.id == parsed.id
    # evolve builds in code: the fields that are set are sent, datetimes as isoformat().
    assert renamed.to_dict()["created_at"] == "2023-11-07T05:31:56+00:00"


def test_a_reassigned_datetime_is_sent_as_its_isoformat() -> None:
    parsed = IntegrationSourceResponse.from_dict(BODY)
    parsed.created_at = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert parsed.to_dict()["created_at"] == "2024-01-02T03:04:05+00:00"
    assert parsed.to_dict()["updated_at"] == BODY["updated_at"]  # the untouched one keeps its text


def test_the_keys_sent_are_a_snapshot() -> None:
    body = dict(BODY)
    parsed = IntegrationSourceResponse.from_dict(body)
    body.pop("description")
    body["is_sync"] = True
    assert parsed.to_dict() == BODY


def test_unknown_enum_values_and_fields_are_kept_and_noted() -> None:
    pending_notes().clear()
    parsed = IntegrationSourceResponse.from_dict({**BODY, "connection_status": "degraded", "extra": [1]})
    assert parsed.connection_status == "degraded"
    assert isinstance(parsed.connection_status, ConnectionStatus)
    assert parsed.additional_properties == {"extra": [1]}
    assert parsed.to_dict() == {**BODY, "connection_status": "degraded", "extra": [1]}
    notes = list(pending_notes())
    pending_notes().clear()
    assert any("ConnectionStatus value 'degraded'" in n for n in notes)
    assert any("IntegrationSourceResponse.extra unknown field" in n for n in notes)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("description_version", True),  # a bool is not an integer
        ("description_version", 1.0),
        ("name", 1),
        ("is_active", 1),
        ("is_active", None),  # not nullable
        ("organization_id", 1),
        ("organization_id", "not-a-uuid"),
        ("created_at", "yesterday"),
        ("created_at", 1),
        ("source_type", 1),
        ("configuration", []),
        ("capabilities", "read"),
        ("capabilities", [1]),
    ],
)
def test_wrongly_typed_values_are_rejected(key: str, value: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        IntegrationSourceResponse.from_dict({**BODY, key: value})


def test_a_missing_required_field_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        IntegrationSourceResponse.from_dict({k: v for k, v in BODY.items() if k != "name"})
