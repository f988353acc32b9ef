"""``FakeHumm``: an in-process ASGI app that answers like the Humm service, from ``openapi.yaml``.

Routing is Starlette's; request validation is jsonschema against the spec's own schemas, so
a request the real (FastAPI) service would reject gets the same 422 shape here. Behaviour is
generic, driven by each operation's shape in the spec:

- ``GET`` returning ``X`` by id -> the stored ``X`` or 404;
- ``GET`` returning a list of ``X`` -> the stored ``X`` in scope, filtered and paginated;
- ``POST`` returning ``X`` -> a new ``X`` from the body, with ids, timestamps and the schema's
  documented defaults filled in by the server (as the real service does);
- ``PUT``/``PATCH`` returning ``X`` by id -> the fields sent are changed, ``null`` clears,
  omitted fields stay;
- operations answering a free-form object keep a document per path.
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import json
import os
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, Router

from ._records import RecordedRequest, operation_pattern
from ._spec import SCOPE_FIELDS, Operation, load_spec, operation_table, operations, ref_name, resolve
from ._store import Store
from ._validation import error_response, parse_request, schema_errors

if TYPE_CHECKING:
    from humm_client import HummClient
    from humm_client.models import IntegrationSourceResponse, OrganizationResponse

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

#: Path parameters that name a parent which must exist, and the collection it lives in.
PARENTS = {
    "source_id": "IntegrationSourceResponse",
    "integration_source_id": "IntegrationSourceResponse",
    "object_id": "SaasObjectResponse",
    "organization_id": "OrganizationResponse",
}
#: Response schemas that are views of one stored resource (create answers a slimmer model).
CANONICAL = {"OrganizationMemberResponse": "OrganizationMemberWithUser"}


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat().replace("+00:00", "Z")


def _fill(schema: dict[str, Any], name: str) -> Any:
    """A server-owned value for a required field nothing else provides."""
    schema = resolve(schema)
    if "anyOf" in schema:
        if any(v == {"type": "null"} for v in schema["anyOf"]):
            return None
        return _fill(schema["anyOf"][0], name)
    if "allOf" in schema:
        return _fill(schema["allOf"][0], name)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    fmt = schema.get("format")
    if fmt == "uuid":
        return str(uuid.uuid4())
    if fmt == "date-time":
        return _now()
    if kind == "integer":
        return 1 if name.endswith("version") else 0
    return {"number": 0.0, "boolean": False, "array": [], "object": {}, "string": ""}.get(str(kind))


def _load_seed(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml
        except ModuleNotFoundError:
            raise ModuleNotFoundError(
                "a YAML seed file needs PyYAML: pip install 'humm-client[testing]'", name="yaml"
            ) from None
        return yaml.safe_load(text)
    return json.loads(text)


def _seed_schema(namespace: str) -> str:
    """The response schema a namespace's records have: ``integration_sources`` ->
    ``IntegrationSourceResponse`` (the schema of one of its resources, as the client names the
    namespace); a schema's own name is accepted too, for the resources a namespace also serves."""
    schemas = load_spec()["components"]["schemas"]
    if namespace in schemas:
        return CANONICAL.get(namespace, namespace)
    namespaces = sorted({row["tag"] for row in operation_table()})
    if namespace not in namespaces:
        raise ValueError(f"no namespace {namespace!r} to seed; the namespaces are {', '.join(namespaces)}")
    stem = namespace[:-3] + "y" if namespace.endswith("ies") else namespace.removesuffix("s")
    name = "".join(part.capitalize() for part in stem.split("_")) + "Response"
    if name not in schemas:
        raise ValueError(f"namespace {namespace!r} has no {name} schema: seed its records by schema name")
    return CANONICAL.get(name, name)


async def _read_body(receive: Receive) -> tuple[bytes, Receive]:
    """The request body, and a ``receive`` that hands it on to the app as it came."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    body = b"".join(chunks)
    replayed = False

    async def replay() -> MutableMapping[str, Any]:
        nonlocal replayed
        if replayed:
            return await receive()
        replayed = True
        return {"type": "http.request", "body": body, "more_body": False}

    return body, replay


@dataclass
class _Fault:
    status: int | None
    times: int
    retry_after: float | None
    drop: bool


class FakeHumm:
    """An in-memory Humm service, as an ASGI app (``httpx.ASGITransport(app=fake)`` works).

    Seed what the API cannot create with ``add_integration_source(...)``,
    ``add_organization(...)`` and friends; get a ready-wired client with ``fake.client()``.
    """

    def __init__(self, *, token: str | None = None, latency: float = 0.0) -> None:
        self.token = token
        self.store = Store()
        #: Every request seen, in order: method, path, query, headers (token redacted), JSON body.
        self.requests: list[RecordedRequest] = []
        #: Seconds to wait before answering each request.
        self.latency = latency
        self._faults: list[_Fault] = []
        self._docs: dict[str, Any] = {}
        self._idempotent_results: dict[str, Any] = {}
        self._drifts: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {}
        routes = [
            Route(path, self._endpoint(path), methods=sorted({op.method for op in ops}))
            for path, ops in self._by_path().items()
        ]
        self._router = Router(routes=routes)

    # -- seeding ------------------------------------------------------------------------

    def add_integration_source(self, **fields: Any) -> IntegrationSourceResponse:
        """Seed an integration source; returns the typed ``IntegrationSourceResponse``.

        ``name``, ``source_type``, ``connector_type`` and ``organization_id`` are required;
        ``id``, timestamps and documented defaults are filled in.
        """
        from humm_client.models import IntegrationSourceResponse

        return IntegrationSourceResponse.from_dict(self.add("IntegrationSourceResponse", **fields))

    def add_organization(self, **fields: Any) -> OrganizationResponse:
        """Seed an organization; returns the typed ``OrganizationResponse``."""
        from humm_client.models import OrganizationResponse

        return OrganizationResponse.from_dict(self.add("OrganizationResponse", **fields))

    def add(self, schema_name: str, **fields: Any) -> dict[str, Any]:
        """Seed any resource by its response schema name; returns the stored JSON."""
        schema = load_spec()["components"]["schemas"].get(schema_name)
        if schema is None:
            raise ValueError(f"no schema {schema_name!r} in the spec")
        known = set(schema.get("properties", {}))
        unknown = sorted(set(fields) - known)
        if unknown:
            raise TypeError(
                f"{schema_name} has no field(s) {', '.join(map(repr, unknown))}; its fields are "
                f"{', '.join(sorted(known))}"
            )
        body = {k: (str(v) if isinstance(v, uuid.UUID) else v) for k, v in fields.items()}
        body = json.loads(json.dumps(body, default=lambda o: o.isoformat()))
        missing = [
            f for f in schema.get("required", []) if f not in body and not self._server_owned(f, schema)
        ]
        if missing:
            raise TypeError(f"{schema_name} needs {', '.join(missing)}")
        item = self._build(schema_name, body, {})
        problems = schema_errors([], {"$ref": f"#/components/schemas/{schema_name}"}, item)
        if problems:
            raise ValueError(f"invalid {schema_name}: {problems[0]['loc']}: {problems[0]['msg']}")
        self.store.put(schema_name, item)
        return copy.deepcopy(item)

    @classmethod
    def from_seed(cls, path: str | os.PathLike[str], **kwargs: Any) -> FakeHumm:
        """A fake holding the records of a seed file (JSON, or YAML with PyYAML): a mapping from a
        client namespace's name (``integration_sources``, ``organizations``, ``memories`` ...) to a
        list of records in the API's response shape (a record may give its ``id``). Every record is
        checked against the spec; an error names the file, the record and the field."""
        fake = cls(**kwargs)
        fake.seed(_load_seed(Path(path)), source=str(path))
        return fake

    def seed(self, records: Mapping[str, Any], *, source: str = "seed") -> None:
        """Add ``records`` (the seed file's mapping) to this fake; see ``from_seed``."""
        if not isinstance(records, Mapping):
            raise ValueError(f"{source}: a seed is a mapping of namespace -> list of records")
        for namespace, items in records.items():
            schema_name = _seed_schema(str(namespace))
            if not isinstance(items, list):
                raise ValueError(f"{source}: {namespace}: expected a list of records")
            for index, record in enumerate(items):
                if not isinstance(record, dict):
                    raise ValueError(f"{source}: {namespace}[{index}]: a record is a JSON object")
                try:
                    self.add(schema_name, **record)
                except (TypeError, ValueError) as exc:
                    raise ValueError(f"{source}: {namespace}[{index}]: {exc}") from None

    # -- assertions -----------------------------------------------------------------------

    @property
    def last_request(self) -> RecordedRequest:
        """The most recent request (``AssertionError`` if there was none)."""
        if not self.requests:
            raise AssertionError("FakeHumm has received no request")
        return self.requests[-1]

    def requests_to(self, operation: str) -> list[RecordedRequest]:
        """The requests that called ``operation``, named as the client names it
        (``"integration_sources.update"``), in order."""
        method, pattern = operation_pattern(operation)
        return [r for r in self.requests if r.method == method and pattern.match(r.path)]

    @staticmethod
    def _server_owned(field: str, schema: dict[str, Any]) -> bool:
        prop = resolve(schema.get("properties", {}).get(field, {}))
        return field == "id" or prop.get("format") == "date-time" or field.endswith("version")

    # -- faults ---------------------------------------------------------------------------

    def fail_next(self, status: int = 503, *, times: int = 1, retry_after: float | None = None) -> None:
        """Answer the next ``times`` requests with ``status`` (and ``Retry-After`` if given)."""
        self._faults.append(_Fault(status, times, retry_after, drop=False))

    def drop_next(self, *, times: int = 1) -> None:
        """Cut the connection on the next ``times`` requests, mid-response (uvicorn mode)."""
        self._faults.append(_Fault(None, times, None, drop=True))

    def drift(
        self, schema_name: str, *, drop: Iterable[str] = (), values: Mapping[str, Any] | None = None
    ) -> None:
        """Answer every ``schema_name`` object (alone or in a list) without the fields in ``drop``
        and with ``values`` set, bypassing the spec: the real API drifting from what the spec
        guessed (a missing inferred field, an unknown field or enum value), for your tests."""
        if schema_name not in load_spec()["components"]["schemas"]:
            raise ValueError(f"no schema {schema_name!r} in the spec")
        self._drifts[schema_name] = (tuple(drop), dict(values or {}))

    def _drifted(self, op: Operation, response: Response) -> Response:
        ok = op.ok_schema() or {}
        name = ref_name(ok.get("items") if ok.get("type") == "array" else ok)
        if name not in self._drifts or response.status_code != 200 or not isinstance(response, JSONResponse):
            return response
        drop, values = self._drifts[name]
        body = json.loads(bytes(response.body))
        for item in body if isinstance(body, list) else [body]:
            if isinstance(item, dict):
                for field in drop:
                    item.pop(field, None)
                item.update(copy.deepcopy(values))
        return JSONResponse(body, status_code=response.status_code)

    def _take_fault(self) -> _Fault | None:
        while self._faults:
            fault = self._faults[0]
            if fault.times <= 0:
                self._faults.pop(0)
                continue
            fault.times -= 1
            return fault
        return None

    # -- the client -----------------------------------------------------------------------

    def client(self, **kwargs: Any) -> HummClient:
        """A ``HummClient`` wired to this app in-process (no sockets), through the same request
        pipeline as any other transport: timeouts, retries, size limits and errors as on the wire."""
        from humm_client import HummClient
        from humm_client._asgi import ASGITransport
        from humm_client._client import over_transport

        kwargs.setdefault("token", self.token or "fake-humm-token")
        kwargs.setdefault("base_url", "https://config.humm.fake")
        kwargs.setdefault("analyst_base_url", "https://analyst.humm.fake")
        if "http_client" in kwargs:
            return HummClient(**kwargs)
        # In-process: the ASGI transport holds no sockets, so nothing needs closing with it.
        return over_transport(ASGITransport(self), **kwargs)

    # -- ASGI -----------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        try:
            await self._serve(scope, receive, send)
        except ClientDisconnect:  # the client gave up (a timeout): nothing to answer, nothing to log
            return

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        body, receive = await _read_body(receive)
        self.requests.append(RecordedRequest.from_scope(dict(scope), body))
        if self.latency:
            await asyncio.sleep(self.latency)
        fault = self._take_fault()
        if fault is not None and fault.drop:
            # Promise a body, send part of it, and stop: the server closes the connection.
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", b"100")],
                }
            )
            await send({"type": "http.response.body", "body": b'{"trunc', "more_body": True})
            raise ConnectionResetError("FakeHumm dropped the connection on purpose")
        if fault is not None and fault.status is not None:
            headers = {} if fault.retry_after is None else {"Retry-After": f"{fault.retry_after:g}"}
            response = error_response(fault.status, f"injected fault {fault.status}", headers)
            await response(scope, receive, send)
            return
        await self._router(scope, receive, send)

    def _by_path(self) -> dict[str, list[Operation]]:
        by_path: dict[str, list[Operation]] = {}
        for op in operations():
            by_path.setdefault(op.path, []).append(op)
        return by_path

    def _endpoint(self, path: str) -> Callable[[Request], Awaitable[Response]]:
        ops = {op.method: op for op in self._by_path()[path]}

        async def endpoint(request: Request) -> Response:
            return await self._handle(ops[request.method], request)

        return endpoint

    async def _handle(self, op: Operation, request: Request) -> Response:
        auth = request.headers.get("authorization", "")
        scheme, _, credentials = auth.partition(" ")
        if scheme.lower() != "bearer" or not credentials.strip():
            return error_response(401, "Not authenticated", {"WWW-Authenticate": "Bearer"})
        if self.token is not None and credentials.strip() != self.token:
            return error_response(401, "Invalid token", {"WWW-Authenticate": "Bearer"})

        parsed = await parse_request(op, request)
        if parsed.errors:
            return JSONResponse({"detail": parsed.errors}, status_code=422)
        # A repeated idempotency key gets the first answer again, whatever the operation.
        key = parsed.body.get("idempotency_key") if isinstance(parsed.body, dict) else None
        if key and key in self._idempotent_results:
            return JSONResponse(self._idempotent_results[key])
        response = self._dispatch(op, parsed.path, parsed.query, parsed.body, parsed.raw_text)
        if key and response.status_code == 200:
            self._idempotent_results[key] = json.loads(bytes(response.body))
        return self._drifted(op, response)

    # -- behaviour ------------------------------------------------------------------------

    def _dispatch(
        self, op: Operation, path: dict[str, str], query: dict[str, Any], body: Any, raw_text: str | None
    ) -> Response:
        ok = op.ok_schema() or {}
        is_list = ok.get("type") == "array"
        name = ref_name(ok.get("items") if is_list else ok)
        id_param = op.path_params[-1]["name"] if op.path_params else None

        # Parents named in the path must exist (404 like the real service).
        for p in op.path_params:
            parent = PARENTS.get(p["name"])
            if parent is None or (p["name"] == id_param and parent == name):
                continue
            if self.store.get(parent, path[p["name"]]) is not None:
                continue
            # Organizations cannot be created through the API: they are checked once you seed one.
            if parent != "OrganizationResponse" or self.store.count(parent):
                return error_response(404, f"{parent.removesuffix('Response')} not found")

        if is_list and name is None:  # a list of untyped items (commands): nothing to keep them from
            return JSONResponse([])
        if name is None or name not in load_spec()["components"]["schemas"]:
            return self._document(op, path, query, body, raw_text)
        if is_list:
            return self._list(op, name, path, query)
        if op.method == "GET":
            item = self.store.get(CANONICAL.get(name, name), path[id_param]) if id_param else None
            return (
                JSONResponse(self._shape(name, item))
                if item is not None
                else error_response(404, "Not found")
            )
        if op.method in ("PUT", "PATCH") and id_param:
            return self._update(name, path[id_param], body or {})
        return self._create(op, name, path, query, body or {})

    def _shape(self, name: str, item: dict[str, Any]) -> dict[str, Any]:
        """A stored item as the response schema ``name`` presents it."""
        props = load_spec()["components"]["schemas"][name].get("properties", {})
        return self._build(name, {k: v for k, v in item.items() if k in props}, {})

    def _scope(self, name: str, path: dict[str, str], query: dict[str, Any]) -> dict[str, Any]:
        props = load_spec()["components"]["schemas"][name].get("properties", {})
        scope = {}
        for key, value in {**query, **path}.items():
            field = SCOPE_FIELDS.get(key, key)
            if field in props and field != "id":
                scope[field] = value
        return scope

    def _build(self, name: str, body: dict[str, Any], scope: dict[str, Any]) -> dict[str, Any]:
        schema = load_spec()["components"]["schemas"][name]
        required = set(schema.get("required", []))
        now = _now()
        item: dict[str, Any] = {}
        for field, prop in schema.get("properties", {}).items():
            if field in body:
                item[field] = body[field]
            elif field in scope:
                item[field] = scope[field]
            elif field == "id":
                item[field] = str(uuid.uuid4())
            elif field in ("created_at", "updated_at"):
                item[field] = now
            elif "default" in prop:
                item[field] = copy.deepcopy(prop["default"])
            elif field in required:
                item[field] = _fill(prop, field)
            elif any(v == {"type": "null"} for v in prop.get("anyOf", [])):
                item[field] = None
        return item

    def _create(
        self, op: Operation, name: str, path: dict[str, str], query: dict[str, Any], body: dict[str, Any]
    ) -> Response:
        item = self._build(name, body, self._scope(name, path, query))
        if name == "UserIdentifierResponse":  # upsert on (user, source, key), as the docs say
            for existing in self.store.all(name):
                if all(
                    existing.get(k) == item.get(k)
                    for k in ("user_id", "integration_source_id", "identifier_key")
                ):
                    item["id"] = existing["id"]
                    item["created_at"] = existing["created_at"]
        problems = schema_errors([], {"$ref": f"#/components/schemas/{name}"}, item)
        if problems:
            return JSONResponse({"detail": problems}, status_code=422)
        if "id" in item:  # a resource; answers without an id (e.g. editor turns) are not kept
            self.store.put(CANONICAL.get(name, name), item)
        return JSONResponse(item)

    def _update(self, name: str, item_id: str, body: dict[str, Any]) -> Response:
        current = self.store.get(CANONICAL.get(name, name), item_id)
        if current is not None:
            current = self._shape(name, current)
        if current is None:
            return error_response(404, f"{name.removesuffix('Response')} not found")
        props = load_spec()["components"]["schemas"][name].get("properties", {})
        updated = {**current, **{k: v for k, v in body.items() if k in props and k != "id"}}
        if "updated_at" in props:
            updated["updated_at"] = _now()
        problems = schema_errors([], {"$ref": f"#/components/schemas/{name}"}, updated)
        if problems:
            return JSONResponse(
                {"detail": [{**p, "loc": ["body", *p["loc"]]} for p in problems]}, status_code=422
            )
        self.store.put(CANONICAL.get(name, name), updated)
        return JSONResponse(updated)

    def _list(self, op: Operation, name: str, path: dict[str, str], query: dict[str, Any]) -> Response:
        scope = self._scope(name, path, query)
        stored = self.store.all(CANONICAL.get(name, name))
        items = [self._shape(name, i) for i in stored if all(i.get(k) == v for k, v in scope.items())]
        paging = op.pagination
        if paging:
            params = {p["name"]: p["schema"] for p in op.query_params}
            if paging["style"] == "page":
                size = query.get(
                    paging["size_param"], resolve(params[paging["size_param"]]).get("default", 50)
                )
                page = query.get(
                    paging["page_param"], resolve(params[paging["page_param"]]).get("default", 1)
                )
                items = items[(page - 1) * size : page * size]
            else:
                size = query.get(paging["limit_param"]) or resolve(params[paging["limit_param"]]).get(
                    "default"
                )
                offset = query.get(paging["offset_param"], 0)
                items = items[offset : offset + size if size else None]
        elif "limit" in query and isinstance(query["limit"], int):
            items = items[: query["limit"]]
        return JSONResponse(items)

    def _document(
        self, op: Operation, path: dict[str, str], query: dict[str, Any], body: Any, raw_text: str | None
    ) -> Response:
        """Free-form answers: one JSON document (or text) kept per path."""
        key = "/".join(f"{k}={v}" for k, v in sorted(path.items())) + op.path
        if op.method == "GET":
            doc = self._docs.get(key)
            if query.get("format") == "yaml":
                return Response((doc or {}).get("yaml", ""), media_type="application/yaml")
            if doc is None:
                return error_response(404, "Not found") if op.path_params else JSONResponse({})
            return JSONResponse(doc)
        if raw_text is not None:
            self._docs[key] = {"yaml": raw_text}
            return JSONResponse(self._docs[key])
        if isinstance(body, dict):
            merged = {**(self._docs.get(key) or {}), **body} if op.method in ("PUT", "PATCH") else dict(body)
            self._docs[key] = merged
            return JSONResponse(merged)
        return JSONResponse({})
