"""Names the generated code imports; they live in the handwritten ``humm_client._runtime``."""

from humm_client._runtime import (
    UNSET,
    File,
    FileContent,
    FileTypes,
    RequestFiles,
    ServerDateTime,
    Unset,
    is_present,
    is_text,
    parse_datetime,
    parse_object,
)

__all__ = [
    "UNSET",
    "File",
    "FileContent",
    "FileTypes",
    "RequestFiles",
    "ServerDateTime",
    "Unset",
    "is_present",
    "is_text",
    "parse_datetime",
    "parse_object",
]
