"""The ``humm_client`` logger. ``HUMM_LOG=debug`` (or ``info``) turns it on without code.

Log records carry method, path, status, timing and attempt; never headers or
bodies. As a second line of defence a filter redacts anything that looks like
a bearer credential from every record that passes through the logger.
"""

from __future__ import annotations

import logging
import os
import re

from ._constants import ENV_LOG

logger = logging.getLogger("humm_client")

_BEARER = re.compile(r"(?i)(bearer\s+)[^\s'\",]+")


class RedactingFilter(logging.Filter):
    """Replaces bearer tokens in a record's message and arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = _BEARER.sub(r"\1[redacted]", record.msg)
        if record.args:
            if isinstance(record.args, tuple):
                record.args = tuple(
                    _BEARER.sub(r"\1[redacted]", a) if isinstance(a, str) else a for a in record.args
                )
        return True


logger.addFilter(RedactingFilter())


class _UnlessPrintedAbove(logging.Filter):
    """The SDK's own handler prints a record only if no handler it propagates to would: an
    application that configured logging (``basicConfig``) sees each line once, not twice."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not logger.propagate:
            return True
        handlers = logging.getLogger().handlers
        return not any(record.levelno >= handler.level for handler in handlers)


def setup_logging() -> None:
    """Honour ``HUMM_LOG=debug|info`` by attaching a stderr handler to our logger."""
    level = os.environ.get(ENV_LOG, "").strip().lower()
    if level not in ("debug", "info"):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    handler.addFilter(_UnlessPrintedAbove())
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
