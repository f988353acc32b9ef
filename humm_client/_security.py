"""The bearer token travels only over TLS, or over plain HTTP to this machine.

Why: ``HummClient(base_url="http://config.heyhumm.ai")`` would otherwise send the token in clear
text to anyone on the path. Loopback (the fake served locally, local tests) stays allowed; any
other ``http://`` base URL needs ``allow_insecure_http=True``, which logs a warning.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping

import httpx

from ._exceptions import InvalidArgumentError
from ._logs import logger
from ._urls import BaseURL

__all__ = ["Redactor", "check_token_transport", "is_loopback"]


def is_loopback(host: str) -> bool:
    """``localhost`` (and ``*.localhost``), 127.0.0.0/8 and ::1."""
    host = host.lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_token_transport(base_urls: Mapping[str, BaseURL], *, allow_insecure_http: bool) -> None:
    """Refuse (or, when allowed, warn about) a base URL that would carry the token in clear text."""
    for server, base in base_urls.items():
        url = httpx.URL(base.text)
        if url.scheme != "http" or is_loopback(url.host):
            continue
        argument = "base_url" if server == "config" else f"{server}_base_url"
        if not allow_insecure_http:
            raise InvalidArgumentError(
                f"{argument} {base.text!r} is plain http:// to a host that is not this machine: the API "
                "token would travel in clear text. Use https://, or pass allow_insecure_http=True "
                "if you really mean it."
            )
        logger.warning(
            "allow_insecure_http=True: the API token is sent in clear text to %s (%s)", base.text, argument
        )


# Credentials that may appear in a transport's message whatever we know: a bearer or basic
# credential, and the user:password of a URL (a proxy's).
_PATTERNS = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+|(?<=//)[^/\s:@]*:[^/\s@]*@")


class Redactor:
    """Removes the client's secrets (its token, proxy credentials) from text it did not write:
    a transport's error messages. Applied to every message built from one."""

    __slots__ = ("_secrets",)

    def __init__(self, secrets: Iterable[str]) -> None:
        # Longest first, so that a secret containing another is removed whole.
        self._secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, "[redacted]")
        return _PATTERNS.sub(_mask, text)

    def __repr__(self) -> str:
        return f"<Redactor of {len(self._secrets)} secret(s)>"


def _mask(match: re.Match[str]) -> str:
    if match.group(1):
        return f"{match.group(1)} [redacted]"
    return "[redacted]@"
