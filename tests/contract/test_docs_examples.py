"""Every docs example goes through the client: the request serialises to the documented JSON,
and the documented response parses into the typed model and back (``to_dict()``) unchanged."""

from __future__ import annotations

import json
import typing
from typing import Any

import attrs
import pytest

from humm_client import UNSET, HummClient

from ..loopback import Loopback
from ..spec import Op, operations, sample_path_args

OPS = [op for op in operations() if op.request_example() is not None or op.response_example() is not None]


def namespace_op(humm: HummClient, op: Op, *, raw: bool = False) -> Any:
    namespace = getattr(humm, op.tag)
    return getattr(namespace.with_raw_response if raw else namespace, op.py_method)


def generated_module(op: Op) -> Any:
    import importlib

    return importlib.import_module(f"humm_client._generated.api.{op.tag}.{op.operation_id}")


def body_kwargs(op: Op, example: Any) -> dict[str, Any]:
    """The docs example body as the typed keyword arguments a user would pass."""
    hints = typing.get_type_hints(generated_module(op).build_request)
    candidates = typing.get_args(hints["body"]) or (hints["body"],)
    model = next(c for c in candidates if hasattr(c, "from_dict"))  # the JSON variant
    parsed = model.from_dict(example)
    return {
        f.name: getattr(parsed, f.name)
        for f in attrs.fields(model)
        if f.init and getattr(parsed, f.name) is not UNSET
    }


def to_json(value: Any) -> Any:
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def test_there_are_examples() -> None:
    assert len(OPS) >= 2


@pytest.mark.parametrize("op", OPS, ids=str)
async def test_docs_example_round_trip(op: Op, humm: HummClient, loopback: Loopback) -> None:
    request_example = op.request_example()
    response_example = op.response_example()
    loopback.add_response(json=response_example if response_example is not None else {})
    kwargs: dict[str, Any] = dict(sample_path_args(op))
    # Required query parameters get a sample value; optional ones are not sent.
    for p in op.parameters:
        if p["in"] == "query" and p.get("required"):
            kwargs[p["name"]] = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
    if request_example is not None:
        typed = body_kwargs(op, request_example)
        # A body field named like a parameter is filled from the parameter (the documented rule),
        # so the parameter carries the example's value.
        for name in list(typed):
            if name in kwargs:
                kwargs[name] = request_example[name]
                del typed[name]
        kwargs.update(typed)

    # Without a documented response there is nothing to parse: take the raw response.
    result = await namespace_op(humm, op, raw=response_example is None)(**kwargs)

    request = loopback.get_request()
    assert request is not None
    assert request.method == op.method.upper()
    base = loopback.url if op.server == "config" else loopback.analyst_url
    assert str(request.url).startswith(base + "/")
    if request_example is not None:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == request_example
    if response_example is not None:
        assert to_json(result) == response_example


# -- the same examples against the fake server ---------------------------------------------


def _examples_by_schema() -> dict[str, dict[str, Any]]:
    """A documented instance of each response schema, from the docs' response examples."""
    from humm_client.testing._spec import ref_name

    out: dict[str, dict[str, Any]] = {}
    for op in operations():
        example = op.response_example()
        schema = op.data["responses"]["200"]["content"]["application/json"]["schema"]
        if isinstance(example, list) and example:
            example, schema = example[0], schema.get("items", {})
        name = ref_name(schema)
        if name and isinstance(example, dict):
            out.setdefault(name, example)
    return out


@pytest.mark.parametrize("op", OPS, ids=str)
async def test_docs_example_against_the_fake(op: Op) -> None:
    """The client, the fake and the spec agree: each documented request is accepted and the
    fake's answer parses into the typed model."""
    from humm_client.testing import FakeHumm
    from humm_client.testing._app import PARENTS
    from humm_client.testing._spec import ref_name

    fake = FakeHumm()
    examples = _examples_by_schema()
    path_args = sample_path_args(op)
    request_example = op.request_example()
    for p in op.path_params:  # the resources the path names exist
        if request_example and p["name"] in request_example:
            path_args[p["name"]] = request_example[p["name"]]
        parent = PARENTS.get(p["name"])
        if parent in examples:
            fake.store.put(parent, {**examples[parent], "id": path_args[p["name"]]})
    own = ref_name(op.data["responses"]["200"]["content"]["application/json"]["schema"])
    if op.path_params and own in examples:
        fake.store.put(own, {**examples[own], "id": path_args[op.path_params[-1]["name"]]})

    kwargs: dict[str, Any] = dict(path_args)
    for p in op.parameters:
        if p["in"] == "query" and p.get("required"):
            kwargs[p["name"]] = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
    if request_example is not None:
        kwargs.update({k: v for k, v in body_kwargs(op, request_example).items() if k not in kwargs})
    async with fake.client() as humm:
        result = await namespace_op(humm, op)(**kwargs)
    assert result is not None
    assert fake.requests and fake.requests[-1][0] == op.method.upper()
