"""Request validation for the fake: FastAPI's 422 shapes, from the spec's own schemas."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from jsonschema.exceptions import best_match
from starlette.requests import Request
from starlette.responses import JSONResponse

from ._spec import Operation, resolve, validate


def error_response(status: int, detail: Any, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


def missing(loc: list[Any]) -> dict[str, Any]:
    return {"type": "missing", "loc": loc, "msg": "Field required"}


FASTAPI_TYPES = {
    "required": "missing",
    "type": "type_error",
    "format": "value_error",
    "enum": "enum",
    "maxLength": "string_too_long",
    "minLength": "string_too_short",
    "maximum": "less_than_equal",
    "minimum": "greater_than_equal",
}


def schema_errors(prefix: list[Any], schema: dict[str, Any], value: Any) -> list[dict[str, Any]]:
    out = []
    for err in validate(schema, value):
        if err.context:  # anyOf [X, null]: report why X failed, not "not valid under any"
            relevant = [e for e in err.context if not (e.validator == "type" and e.validator_value == "null")]
            err = best_match(relevant or err.context) or err
        loc = [*prefix, *err.absolute_path]
        kind = FASTAPI_TYPES.get(str(err.validator), str(err.validator))
        if err.validator == "required":
            field = err.message.split("'")[1] if "'" in err.message else ""
            out.append(missing([*loc, field]))
            continue
        out.append({"type": kind, "loc": loc, "msg": err.message})
    return out


def coerce(raw: str, schema: dict[str, Any]) -> Any:
    """A query string value as the type its schema names (FastAPI does the same)."""
    variants = schema.get("anyOf") or [schema]
    for variant in variants:
        variant = resolve(variant)
        kind = variant.get("type")
        try:
            if kind == "integer":
                return int(raw)
            if kind == "number":
                return float(raw)
            if kind == "boolean" and raw.lower() in ("true", "false", "1", "0"):
                return raw.lower() in ("true", "1")
        except ValueError:
            continue
    return raw


@dataclass
class ParsedRequest:
    """A request's parameters and body as JSON values, or the 422 ``detail`` entries."""

    path: dict[str, Any]
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    raw_text: str | None = None  # a non-JSON document body (e.g. application/yaml)
    errors: list[dict[str, Any]] = field(default_factory=list)


async def parse_request(op: Operation, request: Request) -> ParsedRequest:
    """Coerce and validate path, query and body against the operation's schemas."""
    parsed = ParsedRequest(path=dict(request.path_params))
    errors = parsed.errors
    for p in op.path_params:
        errors += schema_errors(["path", p["name"]], p["schema"], parsed.path.get(p["name"]))
    for p in op.query_params:
        name = p["name"]
        if name not in request.query_params:
            if p.get("required"):
                errors.append(missing(["query", name]))
            continue
        parsed.query[name] = coerce(request.query_params[name], p["schema"])
        errors += schema_errors(["query", name], p["schema"], parsed.query[name])
    content = op.body_content
    if not content:
        return parsed
    data = await request.body()
    media = request.headers.get("content-type", "").split(";")[0].strip()
    if media in content and media != "application/json":
        parsed.raw_text = data.decode("utf-8", errors="replace")
    elif not data:
        if op.body_required:
            errors.append(missing(["body"]))
    else:
        try:
            parsed.body = json.loads(data)
        except ValueError as exc:
            errors.append({"type": "json_invalid", "loc": ["body", 0], "msg": f"JSON decode error: {exc}"})
        else:
            errors += schema_errors(
                ["body"], content.get("application/json", {}).get("schema", {}), parsed.body
            )
    return parsed
