"""SaasFieldResponseFormatSignatureType0: a free-form JSON object (the API docs list no fields for it)."""

from typing import Any, TypeAlias

SaasFieldResponseFormatSignatureType0: TypeAlias = dict[str, Any]
