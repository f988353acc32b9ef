"""``python -m humm_client.conformance``: check the real API against the spec, read-only.

For maintainers. Calls every GET operation it can (ids come from earlier list calls, or
``--id name=value``), validates each raw response strictly against the shipped spec
(``_generated/openapi.json``, with jsonschema) and prints, per operation, the status seen and
the fields missing, fields unknown, type mismatches and unknown enum values: the list of spec
corrections to make. It talks raw HTTP (httpx, bearer token) so it sees exactly what the server
sent, and it never writes: any method but GET is refused before it leaves the process.

    HUMM_API_TOKEN=... python -m humm_client.conformance --id organization_id=<uuid>
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from ._constants import (
    DEFAULT_ANALYST_BASE_URL,
    DEFAULT_BASE_URL,
    ENV_ANALYST_BASE_URL,
    ENV_BASE_URL,
    ENV_TOKEN,
)

if TYPE_CHECKING:
    from .testing._spec import Operation

_PARAM = re.compile(r"\{([^}]+)\}")
#: Path parameters that name the same thing on different pages.
_INSTALL = 'the conformance check validates with jsonschema: pip install "humm-client[testing]"'


@dataclass
class Report:
    """What one operation's real response says about the spec."""

    operation: str
    method: str
    path: str
    status: int | None = None
    missing: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    type_mismatches: list[str] = field(default_factory=list)
    unknown_enum_values: list[str] = field(default_factory=list)
    note: str = ""

    @property
    def conforms(self) -> bool:
        return (
            self.status is not None
            and 200 <= self.status < 300
            and not (self.missing or self.unknown or self.type_mismatches or self.unknown_enum_values)
        )

    @property
    def drifts(self) -> bool:
        """A success whose body differs from the spec (an error status is not a spec finding)."""
        return self.status is not None and 200 <= self.status < 300 and not self.conforms


class _ReadOnly(httpx.AsyncBaseTransport):
    """Refuses anything but GET before it is sent: the command must never change the account."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "GET":
            raise AssertionError(f"conformance is read-only: refused {request.method} {request.url.path}")
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _where(path: Sequence[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}" if out else str(part)
    return out or "(body)"


def _unknown_fields(schema: Any, value: Any, path: list[Any], out: list[str]) -> None:
    """Fields the server sent that the spec does not name (jsonschema allows them by default)."""
    from .testing._spec import resolve

    schema = resolve(schema)
    if not isinstance(schema, dict):
        return
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key, []):
            sub = resolve(sub)
            if sub.get("type") != "null" and (
                (isinstance(value, dict) and sub.get("type") in (None, "object"))
                or (isinstance(value, list) and sub.get("type") == "array")
            ):
                _unknown_fields(sub, value, path, out)
                return
    if isinstance(value, dict) and "properties" in schema:
        props = schema["properties"]
        for name, item in value.items():
            if name not in props:
                out.append(_where([*path, name]))
            else:
                _unknown_fields(props[name], item, [*path, name], out)
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            _unknown_fields(schema["items"], item, [*path, index], out)


def check(op: Operation, status: int, body: Any) -> Report:
    """Validate one response against the operation's 200 schema, strictly."""
    from .testing._validation import schema_errors

    report = Report(op.operation_id, op.method, op.path, status=status)
    schema = op.ok_schema()
    if schema is None:
        return report
    for problem in schema_errors([], schema, body):
        where = _where(problem["loc"])
        kind = problem["type"]
        if kind == "missing":
            report.missing.append(where)
        elif kind == "enum":
            report.unknown_enum_values.append(f"{where}={problem['msg'].split(' is not one of')[0]}")
        else:
            report.type_mismatches.append(f"{where}: {problem['msg']}")
    _unknown_fields(schema, body, [], report.unknown)
    return report


def _discover(op: Operation, body: Any, ids: dict[str, str], item_param: str | None) -> None:
    """Remember ids a later call can use: the listed items' own ids, and their foreign keys."""
    items = body if isinstance(body, list) else [body]
    for item in items:
        if not isinstance(item, dict):
            continue
        if item_param is not None and isinstance(item.get("id"), str):
            ids.setdefault(item_param, item["id"])
        for key, value in item.items():
            if key.endswith("_id") and isinstance(value, str):
                ids.setdefault(key, value)


async def run(
    token: str,
    *,
    base_url: str = DEFAULT_BASE_URL,
    analyst_base_url: str = DEFAULT_ANALYST_BASE_URL,
    ids: Mapping[str, str] | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    timeout: float = 30.0,
) -> list[Report]:
    """Call every GET operation whose parameters are known; a report per operation."""
    try:
        from .testing._spec import SCOPE_FIELDS, operations
    except ModuleNotFoundError as exc:  # pragma: no cover - depends on the installed extras
        raise SystemExit(f"{_INSTALL} (missing: {exc.name})") from None

    bases = {"config": base_url.rstrip("/"), "analyst": analyst_base_url.rstrip("/")}
    gets = [op for op in operations() if op.method == "GET"]
    paths = {op.path for op in gets}
    known: dict[str, str] = dict(ids or {})
    reports: dict[str, Report] = {}
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    inner = transport or httpx.AsyncHTTPTransport()
    async with httpx.AsyncClient(transport=_ReadOnly(inner), headers=headers, timeout=timeout) as http:
        progress = True
        while progress:  # lists first, then what their ids unlock
            progress = False
            for a, b in SCOPE_FIELDS.items():
                if a in known or b in known:
                    known.setdefault(a, known.get(b, ""))
                    known.setdefault(b, known[a])
            for op in gets:
                if op.operation_id in reports:
                    continue
                needed = [p["name"] for p in op.path_params] + [
                    p["name"] for p in op.query_params if p.get("required")
                ]
                if any(name not in known for name in needed):
                    continue
                progress = True
                url = _PARAM.sub(lambda m: known[m.group(1)], op.path)
                host = op.server
                query = {p["name"]: known[p["name"]] for p in op.query_params if p.get("required")}
                try:
                    response = await http.get(bases[host] + url, params=query)
                except httpx.HTTPError as exc:
                    reports[op.operation_id] = Report(
                        op.operation_id, op.method, op.path, note=f"no response ({type(exc).__name__})"
                    )
                    continue
                try:
                    body = response.json()
                except ValueError:
                    body = response.text
                if 200 <= response.status_code < 300:
                    report = check(op, response.status_code, body)
                    child = next((p for p in paths if _PARAM.fullmatch(p.removeprefix(op.path + "/"))), None)
                    item_param = _PARAM.fullmatch(child.removeprefix(op.path + "/")) if child else None
                    _discover(op, body, known, item_param.group(1) if item_param else None)
                else:
                    report = Report(op.operation_id, op.method, op.path, status=response.status_code)
                    report.note = "not a success: nothing to check"
                reports[op.operation_id] = report
    for op in gets:
        if op.operation_id not in reports:
            params = [*op.path_params, *(p for p in op.query_params if p.get("required"))]
            missing = sorted({p["name"] for p in params if p["name"] not in known})
            reports[op.operation_id] = Report(
                op.operation_id, op.method, op.path, note=f"skipped: pass --id for {', '.join(missing)}"
            )
    return [reports[op.operation_id] for op in gets]


def render(reports: Sequence[Report]) -> str:
    """The table: one block per operation, one line per kind of finding."""
    lines = []
    for r in reports:
        verdict = "ok" if r.conforms else "DRIFT" if r.drifts else "-"
        status = "-" if r.status is None else str(r.status)
        lines.append(f"{r.operation:<52} {r.method} {status:>4}  {verdict}  {r.note}".rstrip())
        for label, found in (
            ("fields missing", r.missing),
            ("fields unknown", r.unknown),
            ("type mismatches", r.type_mismatches),
            ("enum values unknown", r.unknown_enum_values),
        ):
            if found:
                shown = sorted(set(found))
                more = f" (+{len(shown) - 8} more)" if len(shown) > 8 else ""
                lines.append(f"    {label:<20} {'; '.join(shown[:8])}{more}")
    checked = [r for r in reports if r.status is not None]
    drifting = [r for r in checked if r.drifts]
    lines.append(
        f"\n{len(checked)} of {len(reports)} GET operations called; "
        f"{len(drifting)} differ from the spec; {len(reports) - len(checked)} skipped."
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m humm_client.conformance", description=(__doc__ or "").split("\n")[0]
    )
    parser.add_argument("--base-url", default=os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL)
    parser.add_argument(
        "--analyst-base-url", default=os.environ.get(ENV_ANALYST_BASE_URL) or DEFAULT_ANALYST_BASE_URL
    )
    parser.add_argument(
        "--id", action="append", default=[], metavar="NAME=VALUE",
        help="a path or query parameter value, e.g. organization_id=<uuid> (repeatable)",
    )  # fmt: skip
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args(argv)
    token = os.environ.get(ENV_TOKEN, "").strip()
    if not token:
        parser.error(f"set {ENV_TOKEN} to the API token")
    ids = {}
    for pair in args.id:
        name, sep, value = pair.partition("=")
        if not sep or not name or not value:
            parser.error(f"--id takes NAME=VALUE, got {pair!r}")
        ids[name] = value
    try:
        import jsonschema  # noqa: F401
    except ModuleNotFoundError:
        print(f"error: {_INSTALL}", file=sys.stderr)
        return 2
    reports = asyncio.run(
        run(
            token,
            base_url=args.base_url,
            analyst_base_url=args.analyst_base_url,
            ids=ids,
            timeout=args.timeout,
        )
    )
    print(render(reports))
    return 1 if any(r.drifts for r in reports) else 0


if __name__ == "__main__":
    raise SystemExit(main())
