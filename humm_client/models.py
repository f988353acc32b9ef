"""Every model and enum of the API, generated from openapi.yaml (attrs classes with
``to_dict()`` / ``from_dict()``; free-form objects are ``dict[str, Any]``)."""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as __all__
