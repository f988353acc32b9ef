"""Every model and enum of the API, generated from openapi.yaml (attrs classes with
``to_dict()`` / ``from_dict()``; free-form objects are ``dict[str, Any]``).

Each model's module loads on first use, as in the generated package this module fronts.
"""

from typing import TYPE_CHECKING, Any

from ._generated import models as _models
from ._generated.models import __all__ as __all__

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    try:
        value = getattr(_models, name)
    except AttributeError:
        raise AttributeError(f"module 'humm_client.models' has no attribute {name!r}") from None
    globals()[name] = value  # found once: later reads are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
