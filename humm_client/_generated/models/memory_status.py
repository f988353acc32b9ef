from enum import StrEnum
from typing import Any

from .. import types as _types


class MemoryStatus(StrEnum):
    APPROVED = "approved"
    PENDING_REVIEW = "pending_review"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MemoryStatus | None":
        # Forward compatibility: a value the spec does not know yet (the server added it)
        # becomes a member of its own instead of an error; it equals its string.
        # The value is noted as drift (reported when it came in a response).
        if not isinstance(value, str):
            return None
        _types.note_enum_value("MemoryStatus", value)
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
