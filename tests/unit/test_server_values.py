"""The values a parsed response holds: ``ServerUUID`` (a ``uuid.UUID`` keeping the server's text)
and the datetime parser behind the generated models."""

from __future__ import annotations

import copy
import datetime
import pickle
import uuid

import pytest

from humm_client._runtime import ServerUUID, parse_moment, parse_uuid, uuid_text

TEXT = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
UPPER = TEXT.upper()


def test_a_canonical_uuid_is_kept_as_the_server_wrote_it() -> None:
    parsed = parse_uuid(UPPER)
    assert type(parsed) is ServerUUID
    assert isinstance(parsed, uuid.UUID)
    assert parsed.text == UPPER
    assert uuid_text(parsed) == UPPER  # what to_dict() sends back
    assert str(parsed) == TEXT  # str() is the canonical lowercase form
    assert repr(parsed) == repr(uuid.UUID(TEXT))


def test_it_equals_hashes_and_orders_like_the_equal_uuid() -> None:
    plain = uuid.UUID(TEXT)
    parsed = parse_uuid(UPPER)
    assert parsed == plain and plain == parsed
    assert hash(parsed) == hash(plain)
    assert {plain: 1}[parsed] == 1
    assert parsed != uuid.UUID(int=plain.int + 1)
    assert parsed < uuid.UUID(int=plain.int + 1)
    assert parsed.int == plain.int
    assert uuid.UUID.__dict__["int"].__get__(parsed) == plain.int  # computed once, then cached
    assert parsed.hex == plain.hex
    assert parsed.bytes == plain.bytes
    assert parsed.version == plain.version == 4
    assert parsed.variant == plain.variant
    assert parsed.urn == plain.urn
    assert parsed.is_safe is uuid.SafeUUID.unknown


def test_it_is_immutable() -> None:
    parsed = parse_uuid(TEXT)
    assert type(parsed) is ServerUUID
    for name in ("text", "int", "is_safe", "hex", "other"):
        with pytest.raises(AttributeError):
            setattr(parsed, name, "x")
    assert parsed.text == TEXT


@pytest.mark.parametrize("clone", [copy.copy, copy.deepcopy, lambda u: pickle.loads(pickle.dumps(u))])
def test_it_pickles_and_copies_with_its_text(clone: object) -> None:
    parsed = parse_uuid(UPPER)
    cloned = clone(parsed)  # type: ignore[operator]
    assert type(cloned) is ServerUUID
    assert cloned == parsed and cloned.text == UPPER


@pytest.mark.parametrize("bad", ["", "not-a-uuid", TEXT[:-1], TEXT + "0", TEXT.replace("-", "_"), "g" * 36])
def test_a_malformed_uuid_is_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_uuid(bad)


@pytest.mark.parametrize("bad", [123, None, ["x"], b"3c90c3cc-0d44-4b50-8888-8dd25736052a"])
def test_a_uuid_that_is_not_a_string_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        parse_uuid(bad)


def test_the_other_forms_uuid_accepts_give_a_plain_uuid() -> None:
    for text in ("{" + TEXT + "}", TEXT.replace("-", ""), "urn:uuid:" + TEXT):
        parsed = parse_uuid(text)
        assert type(parsed) is uuid.UUID and parsed == uuid.UUID(TEXT)
        assert uuid_text(parsed) == TEXT


def test_datetimes_parse_to_plain_datetimes() -> None:
    parsed = parse_moment("2023-11-07T05:31:56Z")
    assert type(parsed) is datetime.datetime
    assert parsed == datetime.datetime(2023, 11, 7, 5, 31, 56, tzinfo=datetime.UTC)
    # A form fromisoformat does not read goes to python-dateutil.
    assert parse_moment("2023-11") == datetime.datetime(2023, 11, 1)
    with pytest.raises(ValueError):
        parse_moment("not a date")
    with pytest.raises(TypeError):
        parse_moment(1699335116)
