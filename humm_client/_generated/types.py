"""Names the generated code imports; they live in handwritten, linted modules.

(Imported here, not in each module, so the import layout does not depend on where the
output directory is: ruff sorts ``humm_client`` as first-party only inside the package.)
"""

from humm_client._drift import (
    note_enum_value,
    note_field,
    note_status,
    note_unknown_fields,
)
from humm_client._resource import Operation, Pagination, RequestKwargs
from humm_client._runtime import (
    UNSET,
    File,
    FileContent,
    FileTypes,
    RequestFiles,
    ServerDateTime,
    Unset,
    fromisoformat,
    is_text,
    parse_datetime,
    parse_moment,
    parse_object,
    parse_uuid,
    path_segment,
    uuid_text,
)

__all__ = [
    "UNSET",
    "Operation",
    "Pagination",
    "RequestKwargs",
    "File",
    "FileContent",
    "FileTypes",
    "RequestFiles",
    "ServerDateTime",
    "Unset",
    "fromisoformat",
    "note_enum_value",
    "note_field",
    "note_status",
    "note_unknown_fields",
    "is_text",
    "parse_datetime",
    "parse_moment",
    "parse_object",
    "parse_uuid",
    "path_segment",
    "uuid_text",
]
