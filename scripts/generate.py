"""Regenerate ``humm_client/_generated`` from ``openapi.yaml``.

Runs openapi-python-client (pinned) with our custom templates, and hands the
templates one extra global, ``humm_ops``: the ``x-humm-*`` extensions and the
server of every operation, which the generator itself does not keep. The
post-hooks run the project's pinned ruff with ``--isolated --no-cache`` so the
output depends on nothing but the spec, the templates and the pinned tools.

Usage: python scripts/generate.py [OUTPUT_DIR [SPEC]]
(defaults: humm_client/_generated from openapi.yaml; tests/generator renders a fixture spec)
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml
from attrs import evolve
from openapi_python_client import Project, _get_project_for_url_or_path
from openapi_python_client.cli import handle_errors
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.bodies import Body, BodyType
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import AnyProperty, EnumProperty, ModelProperty, Property
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.parser.responses import Response

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
IDEMPOTENT_METHODS = {"get", "put", "delete", "head", "options"}


def server_name(url: str, servers: dict[str, str]) -> str:
    """Map a server URL from the spec to the client's name for it."""
    for name, known in servers.items():
        if url.rstrip("/") == known:
            return name
    raise SystemExit(f"unknown server {url!r}: add it to x-humm-servers in openapi.yaml")


def collect_ops(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per operationId: method name, server, idempotency and pagination."""
    servers: dict[str, str] = {k: v.rstrip("/") for k, v in spec["x-humm-servers"].items()}
    default_server = server_name(spec["servers"][0]["url"], servers)
    ops: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        path_servers = item.get("servers")
        server = server_name(path_servers[0]["url"], servers) if path_servers else default_server
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            op_id = op["operationId"]
            ops[op_id] = {
                "operation_id": op_id,
                "tag": op["tags"][0].replace("-", "_"),
                "method": op["x-humm-method"],
                "server": server,
                "idempotent": method in IDEMPOTENT_METHODS or bool(op.get("x-humm-idempotent")),
                "pagination": pagination(spec, op),
                "text_content_types": text_content_types(spec, op),
                "http_method": method.upper(),
                "path": path,
                # Where the operation object sits in openapi.json (RFC 6901), for its schemas.
                "pointer": "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method,
                "success_status": success_status(op),
            }
    return ops


def success_status(op: dict[str, Any]) -> str:
    """The documented 2xx status (one per operation; every 2xx is parsed with its schema)."""
    codes = [str(code) for code in op.get("responses", {}) if str(code).startswith("2")]
    if len(codes) != 1:
        raise SystemExit(f"{op['operationId']}: expected one documented 2xx response, got {codes}")
    return codes[0]


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        for part in node["$ref"].removeprefix("#/").split("/"):
            spec = spec[part]
        node = spec
    return node


def pagination(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    """x-humm-pagination plus the size and first-page defaults the spec gives the parameters."""
    info = op.get("x-humm-pagination")
    if info is None:
        return None
    params = {p["name"]: p for p in (resolve(spec, p) for p in op.get("parameters", []))}
    size_name = info.get("size_param") or info.get("limit_param")
    start_name = info.get("page_param") or info.get("offset_param")
    for name in (size_name, start_name):
        if name not in params:
            raise SystemExit(f"{op['operationId']}: x-humm-pagination names unknown parameter {name!r}")
    first = params[start_name].get("schema", {}).get("default")
    return {
        **info,
        "default_size": params[size_name].get("schema", {}).get("default"),
        "first_page": first if info["style"] == "page" else 0,
    }


def text_content_types(spec: dict[str, Any], op: dict[str, Any]) -> list[str]:
    """Non-JSON content types a 2xx response may come in: the client returns those as text."""
    out: list[str] = []
    for code, response in op.get("responses", {}).items():
        if str(code).startswith("2"):
            out += [t for t in resolve(spec, response).get("content", {}) if t != "application/json"]
    return sorted(out)


# -- Jinja filters: every decision the templates need, made once, here ----------------------


#: Models that are free-form JSON objects (no declared properties): `dict[str, Any]` aliases.
FREE_FORM: set[str] = set()


def is_free_form(model: ModelProperty) -> bool:
    """An object schema with no declared properties that takes any others (the docs' ``{}``)."""
    extra: object = model.additional_properties  # True, False, None or a Property
    return (
        not model.required_properties
        and not model.optional_properties
        and (extra is True or (isinstance(extra, Property) and code(extra) == "Any"))
    )


def code(prop: Any, *, no_optional: bool = False) -> str:
    """A property's Python type, as source text (a free-form object reads ``dict[str, Any]``)."""
    text: str = prop.get_type_string(no_optional=no_optional).as_unembedded_code()
    if FREE_FORM:
        text = re.sub(r"\b(" + "|".join(sorted(FREE_FORM)) + r")\b", "dict[str, Any]", text)
    return text


def is_nullable(prop: Property) -> bool:
    """JSON null is a valid value of the property."""
    return isinstance(prop, UnionProperty) and any(isinstance(p, NoneProperty) for p in prop.inner_properties)


def response_field_type(prop: Property) -> str:
    """An optional response field's type: ``X | None``, never ``Unset``."""
    base = code(prop, no_optional=True)
    return base if is_nullable(prop) else f"{base} | None"


def attribute_doc(prop: Property, widened: bool) -> str:
    """One ``Attributes:`` line of a model docstring, with the type the attribute really has."""
    doc = prop.to_docstring()
    if widened:
        # opc's line starts "name (type): ..."; the attribute's type here is X | None.
        doc = f"{prop.python_name} ({response_field_type(prop)})" + doc[doc.index("):") + 1 :]
    return doc


def inferred_fields(model: ModelProperty) -> set[str]:
    """The properties of a model's schema that carry ``x-humm-inferred`` (the spec guessed them)."""
    props = getattr(model.data, "properties", None) or {}
    return {str(name) for name, schema in props.items() if (schema.model_extra or {}).get("x-humm-inferred")}


def lenient(prop: Property, model: ModelProperty, read_only: set[str]) -> bool:
    """A response field the parser reads leniently: its required-ness or non-nullability was
    inferred, so missing (if required) or null (if not nullable) reads as None, reported as drift."""
    return (
        model.class_info.name in read_only
        and str(prop.name) in inferred_fields(model)
        and (prop.required or not is_nullable(prop))
    )


def as_optional(prop: Property) -> Property:
    """The same property, not required: its parsing code then takes UNSET (a missing field)."""
    return evolve(prop, required=False)


def reports_unknown_fields(model: ModelProperty, read: set[str]) -> bool:
    """A model parsed from responses whose schema does not invite extra keys: one is drift."""
    extra = getattr(model.data, "additionalProperties", None)
    return model.class_info.name in read and bool(model.additional_properties) and extra is None


#: A response field's value by its JSON kind: how the fast parser checks it (exact classes: bool
#: is not an int, an int is a number) and what to_dict gives back.
SCALARS: list[tuple[type[Any], str]] = [
    (StringProperty, "str"),
    (IntProperty, "int"),
    (FloatProperty, "float"),
    (BooleanProperty, "bool"),
    (AnyProperty, "any"),
    (UuidProperty, "uuid"),
    (DateTimeProperty, "datetime"),
    (EnumProperty, "enum"),
]


def kind_of(prop: Any) -> str | None:
    """One value's kind (``str``, ``uuid``, ``model``, ``object``, ``list:str``...), None: not one
    the fast parser reads (its template's own parsing code is used)."""
    for cls, name in SCALARS:
        if type(prop) is cls:
            return name
    if isinstance(prop, ModelProperty):
        return "object" if is_free_form(prop) else "model"
    if isinstance(prop, ListProperty):
        item = kind_of(prop.inner_property)
        return f"list:{item}" if item in ("str", "int", "float", "bool", "any", "object", "model") else None
    return None


def fast_kind(prop: Property) -> dict[str, Any] | None:
    """How a response model reads a field: its kind, whether null is a value, and the class of an
    enum or model (None: the field's template parses it, e.g. a union of several types)."""
    inner: Any = prop
    nullable = is_nullable(prop)
    if isinstance(prop, UnionProperty):
        members = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        if len(members) != 1:
            return None
        inner = members[0]
    kind = kind_of(inner)
    if kind is None:
        return None
    target: Any = inner.inner_property if isinstance(inner, ListProperty) else inner
    cls = target.class_info.name if isinstance(target, EnumProperty | ModelProperty) else None
    return {"kind": kind, "nullable": nullable, "cls": cls}


def enum_classes(model: ModelProperty) -> list[str]:
    """The enums a response model's fields hold (each gets a value -> member table)."""
    kinds = [fast_kind(p) for p in (model.required_properties or []) + (model.optional_properties or [])]
    return sorted({k["cls"] for k in kinds if k is not None and k["kind"] == "enum"})


def moments(model: ModelProperty) -> list[str]:
    """The datetime fields of a response model, in order: it keeps what it parsed, to give back
    the server's text for them."""
    props = (model.required_properties or []) + (model.optional_properties or [])
    return [str(p.python_name) for p in props if (fast_kind(p) or {}).get("kind") == "datetime"]


#: Locals of a response model's from_dict/to_dict; a field's locals must not take these names.
PARSER_LOCALS = {"obj", "get", "missing", "v", "item", "extra", "key", "value", "sent", "field_dict"}


def check_fast_parser(model: ModelProperty, read_only: set[str]) -> None:
    """What the fast response parser does not do fails the build instead of being parsed wrongly."""
    name = model.class_info.name
    extra: object = model.additional_properties
    if extra and not (extra is True or (isinstance(extra, Property) and code(extra) == "Any")):
        raise SystemExit(f"{name}: typed additionalProperties in a response model are not supported")
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        if prop.python_name in PARSER_LOCALS:
            raise SystemExit(f"{name}.{prop.python_name}: the name of a local of the generated parser")
        if fast_kind(prop) is None and lenient(prop, model, read_only):
            raise SystemExit(f"{name}.{prop.name}: a guessed field must have a kind fast_kind reads")


def walk_models(prop: Any, seen: set[str]) -> set[str]:
    """The model classes a property's value may hold, transitively."""
    if isinstance(prop, ModelProperty):
        if prop.class_info.name not in seen:
            seen.add(prop.class_info.name)
            for inner in (prop.required_properties or []) + (prop.optional_properties or []):
                walk_models(inner, seen)
    elif isinstance(prop, UnionProperty):
        for member in prop.inner_properties:
            walk_models(member, seen)
    elif isinstance(prop, ListProperty):
        walk_models(prop.inner_property, seen)
    return seen


def read_models(endpoints: list[Endpoint]) -> set[str]:
    """Models a response may hold."""
    read: set[str] = set()
    for endpoint in endpoints:
        for response in endpoint.responses.patterns:
            walk_models(response.prop, read)
    return read


def response_models(endpoints: list[Endpoint]) -> set[str]:
    """Models only ever read from a response (optional fields ``X | None``); never sent."""
    sent: set[str] = set()
    for endpoint in endpoints:
        for body in endpoint.bodies:
            walk_models(body.prop, sent)
    return read_models(endpoints) - sent


def is_uuid(prop: Any) -> bool:
    """The property is a UUID, or a union with a UUID member (e.g. ``UUID | None``)."""
    if isinstance(prop, UnionProperty):
        return any(is_uuid(inner) for inner in prop.inner_properties)
    return isinstance(prop, UuidProperty)


def in_class(type_code: str) -> str:
    """A type as written inside a namespace class, where ``list`` is also a method name."""
    return type_code.replace("list[", "builtins.list[")


def enum_of(prop: Property) -> EnumProperty | None:
    """The enum a property holds (alone, or as a union member such as ``Enum | None``)."""
    members = prop.inner_properties if isinstance(prop, UnionProperty) else [prop]
    enums = [p for p in members if isinstance(p, EnumProperty)]
    if len(enums) > 1:
        raise SystemExit(f"{prop.name}: a union of several enums is not supported")
    return enums[0] if enums else None


def enum_class(prop: Property) -> str | None:
    enum = enum_of(prop)
    return enum.class_info.name if enum is not None else None


def field_type(prop: Property) -> str:
    """A body field's argument type: an enum may also be given as one of its string values."""
    enum = enum_of(prop)
    literal = ", ".join(json.dumps(v) for v in enum.values.values()) if enum is not None else ""
    return in_class(code(prop)) + (f" | Literal[{literal}]" if literal else "")


def arg_value(prop: Property, module: str) -> str:
    """The expression a method passes on for an argument (an enum's string value becomes the enum,
    read from ``module``, the operation's endpoint module: the namespace imports no model itself)."""
    cls = enum_class(prop)
    name = prop.python_name
    return f'as_enum({module}.{cls}, {name}, "{name}")' if cls is not None else str(name)


def param_type(prop: Property) -> str:
    """A parameter's argument type: a UUID may also be given as its string form, an enum as its value."""
    return field_type(prop) + (" | str" if is_uuid(prop) else "")


def path_kind(prop: Property) -> str:
    """How the client validates a path parameter before sending: ``"uuid"`` or ``"string"``."""
    return "uuid" if is_uuid(prop) else "string"


def success_response(endpoint: Endpoint) -> Response | None:
    """The documented 2xx response: the client parses every 2xx status with it."""
    found = [
        r for r in endpoint.responses.patterns if r.status_code.range and 200 <= r.status_code.range[0] < 300
    ]
    if len({code(r.prop) for r in found}) > 1:
        raise SystemExit(f"{endpoint.name}: 2xx responses with different schemas are not supported")
    return found[0] if found else None


def success_type(endpoint: Endpoint, ops: dict[str, dict[str, Any]]) -> str:
    """What a successful call returns (``str`` too when the success may be a text document)."""
    success = success_response(endpoint)
    base = "None" if success is None or not has_body(success) else code(success.prop)
    return f"{base} | str" if ops[endpoint.name]["text_content_types"] and base != "str" else base


def has_body(response: Response) -> bool:
    """The documented success carries content (a 204 does not: the call returns None)."""
    data = response.data
    return bool(getattr(data, "content", None))


def item_type(endpoint: Endpoint, ops: dict[str, dict[str, Any]]) -> str:
    """The element type a paginated operation's ``iterate()`` yields."""
    success = success_response(endpoint)
    items = ops[endpoint.name]["pagination"].get("items")
    prop: Any = success.prop if success is not None else None
    if items is not None:
        prop = next(p for p in prop.required_properties + prop.optional_properties if p.name == items)
    inner = getattr(prop, "inner_property", None)
    if inner is None:
        raise SystemExit(f"{endpoint.name}: the paginated items are not a list")
    return code(inner)


def flat_body(endpoint: Endpoint) -> Body | None:
    """The JSON object body whose fields become keyword arguments (None: pass ``body=``)."""
    json = [
        b
        for b in endpoint.bodies
        if b.body_type == BodyType.JSON and isinstance(b.prop, ModelProperty) and not is_free_form(b.prop)
    ]
    others = [b for b in endpoint.bodies if b.body_type not in (BodyType.JSON, BodyType.CONTENT)]
    return json[0] if json and not others else None


def content_body(endpoint: Endpoint) -> str | None:
    """The content type of a raw-document body the operation also takes (``content=``)."""
    for body in endpoint.bodies:
        if body.body_type == BodyType.CONTENT:
            return body.content_type.get_untrusted_value()
    return None


def param_names(endpoint: Endpoint) -> set[str]:
    return {p.python_name for p in endpoint.path_parameters + endpoint.query_parameters}


def body_fields(endpoint: Endpoint) -> list[Property]:
    """The flattened body's fields that are arguments of their own (not filled from a parameter)."""
    body = flat_body(endpoint)
    if body is None:
        return []
    assert isinstance(body.prop, ModelProperty)
    names = param_names(endpoint)
    fields = (body.prop.required_properties or []) + (body.prop.optional_properties or [])
    return [p for p in fields if p.python_name not in names]


def documented_args(endpoint: Endpoint) -> list[tuple[str, str]]:
    """(argument, description) for every method argument the spec describes, in signature order."""
    params = endpoint.path_parameters + endpoint.query_parameters + endpoint.header_parameters
    required = [p for p in params if p.required]
    optional = [p for p in params if not p.required]
    fields = body_fields(endpoint) if flat_body(endpoint) is not None else []
    out = []
    for prop in required + fields + optional:
        description = prop.description
        if description:
            text = (
                description.get_untrusted_value()
                if hasattr(description, "get_untrusted_value")
                else description
            )
            out.append((str(prop.python_name), " ".join(str(text).split())))
    return out


def collision(prop: Property, endpoint: Endpoint) -> str | None:
    """How a body field named like a parameter is filled from it: ``uuid``/``str``/``same``, or None."""
    if prop.python_name not in param_names(endpoint):
        return None
    if is_uuid(prop):
        return "uuid"
    return "str" if code(prop, no_optional=True) == "str" else "same"


def method_models(endpoint: Endpoint) -> list[tuple[str, str]]:
    """(module, class) of each model a namespace method uses at run time: the flat body's model
    and the enums ``arg_value`` converts strings to. The endpoint module exports them."""
    used: list[ModelProperty | EnumProperty] = []
    args = endpoint.path_parameters + endpoint.query_parameters + endpoint.header_parameters
    body = flat_body(endpoint)
    if body is not None:
        assert isinstance(body.prop, ModelProperty)
        used.append(body.prop)
        fields = (body.prop.required_properties or []) + (body.prop.optional_properties or [])
        args = args + [p for p in fields if collision(p, endpoint) not in ("uuid", "str")]
    used += [enum for enum in map(enum_of, args) if enum is not None]
    return sorted({(str(p.class_info.module_name), str(p.class_info.name)) for p in used})


def idempotency_key_field(endpoint: Endpoint, ops: dict[str, dict[str, Any]]) -> str | None:
    body = flat_body(endpoint)
    if body is None or not ops[endpoint.name]["idempotent"] or not isinstance(body.prop, ModelProperty):
        return None
    names = [p.python_name for p in body.prop.optional_properties or []]
    return "idempotency_key" if "idempotency_key" in names else None


def check_supported(endpoint: Endpoint) -> None:
    """Branches our endpoint template does not emit fail the build instead of being dropped."""
    if endpoint.cookie_parameters:
        raise SystemExit(f"{endpoint.name}: cookie parameters are not supported")
    if any(b.body_type in (BodyType.FILES, BodyType.DATA) for b in endpoint.bodies):
        raise SystemExit(f"{endpoint.name}: form and multipart bodies are not supported")


def main(argv: list[str]) -> int:
    output = Path(argv[1]).resolve() if len(argv) > 1 else ROOT / "humm_client" / "_generated"
    # The post-hooks must find the project's pinned ruff, never one from the machine.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    spec_path = Path(argv[2]).resolve() if len(argv) > 2 else SPEC
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "generator-config.yml"),
        MetaType.NONE,
        document_source=spec_path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )
    project = _get_project_for_url_or_path(config=config, custom_template_path=ROOT / "templates")
    if not isinstance(project, Project):
        handle_errors([project], fail_on_warning=True)  # exits non-zero
        return 1
    ops = collect_ops(spec)
    env = project.env
    env.globals["humm_ops"] = ops
    env.filters.update(
        is_uuid=is_uuid,
        code=code,
        in_class=in_class,
        param_type=param_type,
        field_type=field_type,
        enum_class=enum_class,
        arg_value=arg_value,
        path_kind=path_kind,
        success_response=success_response,
        success_type=lambda e: success_type(e, ops),
        item_type=lambda e: item_type(e, ops),
        flat_body=flat_body,
        content_body=content_body,
        body_fields=body_fields,
        collision=collision,
        documented_args=documented_args,
        idempotency_key_field=lambda e: idempotency_key_field(e, ops),
        method_models=method_models,
    )
    endpoints = [e for c in project.openapi.endpoint_collections_by_tag.values() for e in c.endpoints]
    for endpoint in endpoints:
        check_supported(endpoint)
    read_only = response_models(endpoints)
    read = read_models(endpoints)
    for model in project.openapi.models:
        # Leniency changes a field's type to X | None, which a request model cannot take.
        guessed = [
            p.name
            for p in (model.required_properties or []) + (model.optional_properties or [])
            if lenient(p, model, read) and model.class_info.name not in read_only
        ]
        if guessed:
            raise SystemExit(f"{model.class_info.name} is sent and read: {guessed} cannot be read leniently")
    FREE_FORM.update(m.class_info.name for m in project.openapi.models if is_free_form(m))
    for model in project.openapi.models:
        if model.class_info.name in read_only and not is_free_form(model):
            check_fast_parser(model, read_only)
    # Jinja test: `{% if prop is free_form %}` (a free-form object is a dict[str, Any] alias).
    env.tests["free_form"] = lambda prop: isinstance(prop, ModelProperty) and is_free_form(prop)
    env.filters.update(
        is_nullable=is_nullable,
        fast_kind=fast_kind,
        enum_classes=enum_classes,
        moments=moments,
        response_field_type=response_field_type,
        attribute_doc=attribute_doc,
        is_response_model=lambda model: model.class_info.name in read_only,
        lenient=lambda prop, model: lenient(prop, model, read_only),
        as_optional=as_optional,
        reports_unknown_fields=lambda model: reports_unknown_fields(model, read),
        has_body=has_body,
        public_models=lambda names: [n for n in names if n not in FREE_FORM],
        public_model_imports=lambda imports: [i for i in imports if i.rsplit(" ", 1)[-1] not in FREE_FORM],
    )
    if output.exists():
        shutil.rmtree(output)
    errors = project.build()
    # Any warning (e.g. a skipped endpoint) fails the build: nothing is dropped silently.
    handle_errors(errors, fail_on_warning=True)
    # opc always renders an httpx client wrapper and its errors; HummClient is ours, so drop them.
    for unused in ("client.py", "errors.py"):
        (output / unused).unlink()
    # One reading of the spec for everything else (the fake, the README table, the tests).
    (output / "operations.json").write_text(
        json.dumps(sorted(ops.values(), key=lambda o: o["operation_id"]), indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    # The spec itself ships with the package, as JSON, for humm_client.testing's fake server.
    (output / "openapi.json").write_text(
        json.dumps(spec, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
