"""The fault matrix: every fault, for a GET, the PUT and the POST, with the expected end and
the number of requests the server must see. The tests in test_fault_matrix.py check each cell
on the wire; `python -m tests.reliability.matrix` writes docs/reliability.md from this table.
"""

from __future__ import annotations

import email.utils
import functools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..spec import load_spec
from .server import Action, respond

METHODS = ("GET", "PUT", "POST")
HTML = b"<html><body><h1>502 Bad Gateway</h1></body></html>"


def example(method: str) -> dict[str, object]:
    """The documented 200 body of the operation each method stands for."""
    path, verb = {
        "GET": ("/api/organization/{organization_id}", "get"),
        "PUT": ("/api/integration-sources/{source_id}", "put"),
        "POST": ("/api/integration-sources/{source_id}/databases", "post"),
    }[method]
    media = load_spec()["paths"][path][verb]["responses"]["200"]["content"]["application/json"]
    value: dict[str, object] = media["examples"]["docs"]["value"]
    return value


def ok(method: str, **changes: object) -> Action:
    body = {**example(method), **changes}
    return respond(200, json.dumps(body).encode())


def without(method: str, field: str) -> Action:
    body = {k: v for k, v in example(method).items() if k != field}
    return respond(200, json.dumps(body).encode())


def http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


@dataclass(frozen=True)
class Fault:
    name: str
    script: Callable[[str], list[Action]]
    #: (expected end, requests seen) for idempotent methods (GET, PUT) and for the POST.
    idempotent: tuple[str, int]
    post: tuple[str, int]
    note: str = ""

    def expected(self, method: str) -> tuple[str, int]:
        return self.post if method == "POST" else self.idempotent


def _status(code: int, headers: dict[str, str] | None = None, body: bytes = b'{"detail": "x"}') -> Action:
    return respond(code, body, {"content-type": "application/json", **(headers or {})})


def _status_then_ok(code: int, method: str) -> list[Action]:
    return [_status(code), ok(method)]


FAULTS: list[Fault] = [
    Fault("connection refused", lambda m: [], ("APIConnectionError", 0), ("APIConnectionError", 0),
          "never connected: every method retries (3 attempts), none reaches a server"),
    Fault("connection reset mid-response", lambda m: [("reset_mid_response",), ("reset_mid_response",), ok(m)],
          ("success", 3), ("APIConnectionError", 1), "the server may have acted: POST is not replayed"),
    Fault("server closes before headers", lambda m: [("close_before_headers",), ok(m)],
          ("success", 2), ("APIConnectionError", 1)),
    Fault("read timeout", lambda m: [("delay", 1.0, ok(m)), ok(m)], ("success", 2), ("APITimeoutError", 1),
          "client timeout 0.3 s"),
    Fault("408", lambda m: [_status(408), ok(m)], ("success", 2), ("APIStatusError", 1)),
    Fault("429 without Retry-After", lambda m: [_status(429), ok(m)], ("success", 2), ("success", 2)),
    Fault("429, Retry-After: 0", lambda m: [_status(429, {"Retry-After": "0"}), ok(m)], ("success", 2), ("success", 2)),
    Fault("429, Retry-After as an HTTP date", lambda m: [_status(429, {"Retry-After": http_date(1)}), ok(m)],
          ("success", 2), ("success", 2)),
    Fault("429 every time", lambda m: [_status(429, {"Retry-After": "0"})], ("RateLimitError", 3), ("RateLimitError", 3)),
    *[
        Fault(f"{code}", functools.partial(_status_then_ok, code), ("success", 2), ("InternalServerError", 1))
        for code in (500, 502, 503, 504)
    ],
    Fault("503 every time", lambda m: [_status(503)], ("InternalServerError", 3), ("InternalServerError", 1)),
    Fault("malformed JSON", lambda m: [respond(200, b'{"name": "x",')], ("ResponseValidationError", 1),
          ("ResponseValidationError", 1), "a bad 2xx body is not retried: the request succeeded"),
    Fault("HTML page with status 200", lambda m: [respond(200, HTML, {"content-type": "text/html"})],
          ("ResponseValidationError", 1), ("ResponseValidationError", 1)),
    Fault("HTML page with status 502", lambda m: [respond(502, HTML, {"content-type": "text/html"})],
          ("InternalServerError", 3), ("InternalServerError", 1), "the error carries the page as its body"),
    Fault("truncated body", lambda m: [("truncate", 200, b'{"name": "', 400)], ("APIConnectionError", 3),
          ("APIConnectionError", 1)),
    Fault("empty body", lambda m: [respond(200, b"")], ("ResponseValidationError", 1), ("ResponseValidationError", 1)),
    Fault("wrong Content-Type (text/plain, valid JSON)",
          lambda m: [respond(200, json.dumps(example(m)).encode(), {"content-type": "text/plain"})],
          ("success", 1), ("success", 1), "the body matches the spec, so it is used"),
    Fault("a required field missing", lambda m: [without(m, "id")], ("ResponseValidationError", 1),
          ("ResponseValidationError", 1)),
    Fault("a field of the wrong type", lambda m: [ok(m, name=42)], ("ResponseValidationError", 1),
          ("ResponseValidationError", 1)),
    Fault("an unknown enum value", lambda m: [ok(m, **unknown_enum(m))], ("success", 1), ("success", 1),
          "parsed; equals its string"),
    Fault("unknown extra fields", lambda m: [ok(m, brand_new_field={"x": [1, 2]})], ("success", 1), ("success", 1),
          "kept, and returned by to_dict()"),
    Fault("1 MiB response", lambda m: [ok(m, description="x" * 2**20)], ("success", 1), ("success", 1)),
]  # fmt: skip


def unknown_enum(method: str) -> dict[str, str]:
    """A value each response's enum field does not know yet."""
    return {"PUT": {"connection_status": "degraded"}, "POST": {"description_source": "llm_v2"},
            "GET": {"data_storage_mode": "on_the_moon"}}[method]  # fmt: skip


def render() -> str:
    lines = [
        "# Reliability: the fault matrix",
        "",
        "Generated from `tests/reliability/matrix.py` (`python -m tests.reliability.matrix`); every cell is",
        "checked on the wire by `tests/reliability/test_fault_matrix.py` against a loopback server, with",
        "`max_retries=2`, DEBUG logging on, and the token checked absent from every log record, exception",
        "message, repr and traceback. GET is `organizations.get`, PUT `integration_sources.update`, POST",
        "`integration_sources.create_database`.",
        "",
        "| fault | method | expected end | requests the server saw | note |",
        "|---|---|---|---|---|",
    ]
    for fault in FAULTS:
        for method in METHODS:
            end, seen = fault.expected(method)
            lines.append(f"| {fault.name} | {method} | {end} | {seen} | {fault.note} |")
    lines += ["", *FIXES]
    return "\n".join(lines) + "\n"


FIXES = [
    "## Fixes the matrix forced",
    "",
    "- httpx-aiohttp 0.2 maps every `aiohttp.ClientConnectionError` (a server that disconnects",
    '  mid-request included) to `httpx.ConnectTimeout`, which reads as "never sent" and would replay a',
    "  POST. `humm_client._aiohttp` maps aiohttp's errors itself: only a connection that was never",
    "  established is a connect error; a reset or truncated response is a protocol/read error.",
    "- The generated parsers kept a nullable field's raw value when it failed to parse (a bad datetime",
    "  stayed a string) and never type-checked plain fields. The templates now parse `X | None` strictly",
    "  and check primitive types, so such bodies end in `ResponseValidationError`.",
    "- Enum values the spec does not know raised `ValueError` for required fields and silently stayed",
    "  plain strings for nullable ones; both now parse to an enum member that equals its string.",
]


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[2] / "docs" / "reliability.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text(render(), encoding="utf-8")
    print(f"wrote {out}")
