"""Every default the client uses, in one place."""

from __future__ import annotations

import httpx

DEFAULT_BASE_URL = "https://config.heyhumm.ai"
DEFAULT_ANALYST_BASE_URL = "https://analyst.heyhumm.ai"

#: Always on: each attempt ends within 30 s, 5 s of them to connect. Per client and per call.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
#: The largest response body accepted, decoded (a compressed body is measured as it inflates).
DEFAULT_MAX_RESPONSE_SIZE = 32 * 1024 * 1024

#: Exponential backoff with full jitter: attempt n waits uniform(0, min(cap, base * 2**n)).
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
#: A server's Retry-After / retry-after-ms is honoured up to this many seconds.
MAX_RETRY_AFTER = 60.0

#: Idempotent requests retry on these; non-idempotent ones only on 429.
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

ENV_TOKEN = "HUMM_API_TOKEN"
ENV_BASE_URL = "HUMM_BASE_URL"
ENV_ANALYST_BASE_URL = "HUMM_ANALYST_BASE_URL"
ENV_LOG = "HUMM_LOG"

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id")
