"""Issue 13's correctness findings in the generated models (templates/model.py.jinja, being rebuilt
under issue 13's model-template work): a non-nullable optional list accepted a string, and list items
were never type-checked. templates/property_templates/list_property.py.jinja now checks both."""

from __future__ import annotations

import pytest

from humm_client import HummClient, ResponseValidationError

from ..loopback import Loopback
from ..spec import TOKEN
from .test_config import RESPONSE, SOURCE


@pytest.mark.parametrize(
    "body",
    [
        {**RESPONSE, "capabilities": "x"},  # a string where the spec says list[str]
        {**RESPONSE, "capabilities": ["read", 1]},  # an item that is not a string
        {**RESPONSE, "selected_streams": [None]},
    ],
    ids=["string-for-list", "int-item", "null-item"],
)
async def test_a_wrongly_typed_list_is_a_validation_error(
    loopback: Loopback, body: dict[str, object]
) -> None:
    loopback.add_response(json=body)
    async with HummClient(token=TOKEN, base_url=loopback.url, max_retries=0) as humm:
        with pytest.raises(ResponseValidationError):
            await humm.integration_sources.update(SOURCE, name="n")
