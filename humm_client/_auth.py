"""The credential every request carries, in one place: the bearer token today.

Why a seam: the header it sends, the secrets the redactor removes from messages, and how it is
read from the environment are decided here, once; another scheme (a token that refreshes, a
signed header) would replace this class, not the request pipeline.
"""

from __future__ import annotations

import os

from ._constants import ENV_TOKEN
from ._exceptions import HummError, InvalidArgumentError
from ._headers import check_header

__all__ = ["BearerAuth"]


class BearerAuth:
    """``Authorization: Bearer <token>``; the token from the argument or ``HUMM_API_TOKEN``."""

    __slots__ = ("_token",)

    def __init__(self, token: str | None) -> None:
        token = token if token is not None else os.environ.get(ENV_TOKEN)
        if not token or not isinstance(token, str) or not token.strip():
            raise HummError(
                f"No API token: pass HummClient(token=...) or set the {ENV_TOKEN} environment variable."
            )
        try:
            check_header("Authorization", f"Bearer {token.strip()}")
        except InvalidArgumentError:
            raise InvalidArgumentError(
                "the API token has a character that cannot go in an HTTP header (CR, LF, NUL, non-ASCII)"
            ) from None
        self._token = token.strip()

    @property
    def headers(self) -> dict[str, str]:
        """The headers every request carries."""
        return {"Authorization": f"Bearer {self._token}"}

    @property
    def secrets(self) -> tuple[str, ...]:
        """What no message, log line or span may show."""
        return (self._token,)

    def __repr__(self) -> str:
        return "BearerAuth([redacted])"
