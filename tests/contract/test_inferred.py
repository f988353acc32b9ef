"""The spec's guesses are machine-readable: every ``# inferred:`` comment sits on a node that
carries ``x-humm-inferred``, and the fields the docs do state stay unmarked (issue 11).

The comments explain *why* something was guessed; the extension is what code (the parser's
tolerant reading, the conformance command) can act on. Comments are invisible to YAML loaders,
so this test reads node positions from PyYAML's composer and pairs each comment block with the
mapping key that follows it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import pytest
import yaml

from ..spec import ROOT, load_spec

INFERRED = re.compile(r"\binferred( \([^)]*\))?:")
EXT = "x-humm-inferred"
# Keys whose value is a container of named things, not the thing a comment is about.
CONTAINERS = {"properties", "parameters", "responses", "content", "paths", "schemas", "examples"}


@dataclass
class Block:
    first_line: int  # 1-based, for messages
    text: str
    key: str
    candidates: list[yaml.MappingNode]
    below: list[yaml.MappingNode]  # "(all below)": every later property of the same schema


def _has_ext(node: yaml.Node) -> bool:
    return isinstance(node, yaml.MappingNode) and any(k.value == EXT for k, _ in node.value)


@dataclass
class Spec:
    blocks: list[Block]
    marked: dict[int, str]  # id of every node carrying the extension -> its path, for messages


@functools.cache
def _read() -> Spec:
    text = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    lines = text.splitlines()
    root = yaml.compose(text)
    parent: dict[int, tuple[yaml.Node, str]] = {}  # node id -> (enclosing mapping, its key there)
    keys: list[tuple[int, yaml.MappingNode, int, yaml.Node, yaml.Node]] = []
    marked: dict[int, str] = {}

    def walk(node: yaml.Node, path: str) -> None:
        if isinstance(node, yaml.MappingNode):
            if _has_ext(node):
                marked[id(node)] = path
            for index, (k, v) in enumerate(node.value):
                parent[id(v)] = (node, str(k.value))
                keys.append((k.start_mark.line, node, index, k, v))
                walk(v, f"{path}/{k.value}")
        elif isinstance(node, yaml.SequenceNode):
            for index, v in enumerate(node.value):
                walk(v, f"{path}/{index}")

    walk(root, "#")
    keys.sort(key=lambda t: t[0])
    blocks = []
    i = 0
    while i < len(lines):
        if not lines[i].lstrip().startswith("#"):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].lstrip().startswith("#"):
            j += 1
        comment = " ".join(line.strip().lstrip("#").strip() for line in lines[i:j])
        if INFERRED.search(comment):
            _, mapping, index, k, v = next(t for t in keys if t[0] >= j)
            up = parent.get(id(mapping))
            candidates: list[yaml.MappingNode] = []
            below: list[yaml.MappingNode] = []
            if up is not None and up[1] == "properties":  # a comment above a property is about it
                candidates = [v]
                if "(all below)" in comment:
                    below = [pv for _, pv in mapping.value[index:]]
            else:
                if isinstance(v, yaml.MappingNode) and k.value not in CONTAINERS:
                    candidates.append(v)
                candidates.append(mapping)
                # A media type's schema: the guess is about the response (or request body).
                media_parent = parent.get(id(up[0])) if up is not None else None
                if media_parent is not None and media_parent[1] == "content":
                    candidates.append(media_parent[0])
            blocks.append(Block(i + 1, comment, str(k.value), candidates, below))
        i = j
    return Spec(blocks, marked)


def _blocks() -> list[Block]:
    return _read().blocks


def test_the_comments_are_all_found() -> None:
    blocks = _blocks()
    spots = sum(len(INFERRED.findall(b.text)) for b in blocks)
    # 121 spots per the audit (some comment blocks carry two).
    assert spots == sum(
        len(INFERRED.findall(line))
        for line in (ROOT / "openapi.yaml").read_text().splitlines()
        if line.lstrip().startswith("#")
    )
    assert spots >= 115


@pytest.mark.parametrize("block", _blocks(), ids=lambda b: f"line{b.first_line}-{b.key}")
def test_every_inferred_comment_sits_on_a_marked_node(block: Block) -> None:
    assert any(_has_ext(node) for node in block.candidates), (
        f"openapi.yaml:{block.first_line}: '# inferred:' above {block.key!r} but no {EXT} on it: "
        f"{block.text[:100]}"
    )
    for node in block.below:
        assert _has_ext(node), f"openapi.yaml:{block.first_line}: '(all below)' property without {EXT}"


def test_no_extension_without_a_comment() -> None:
    """The extension and the comment travel together: a mark nobody explained is a mistake."""
    spec = _read()
    explained = {id(n) for b in spec.blocks for n in [*b.candidates, *b.below]}
    implied = {
        f"#/components/schemas/{schema}/properties/{field}"
        for schema, fields in INFERRED_REQUIRED.items()
        for field in fields
    }
    stray = [path for node, path in spec.marked.items() if node not in explained and path not in implied]
    assert not stray


def _prop(schema: str, field: str) -> dict[str, object]:
    value: dict[str, object] = load_spec()["components"]["schemas"][schema]["properties"][field]
    return value


# Response fields whose required-ness or non-nullability was guessed (the audit's risky spots):
# the parser may read them as None when missing or null.
INFERRED_REQUIRED = {
    "MemoryResponse": ["user_id", "id", "created_at", "updated_at", "scope", "status"],
    "CommandRunResponse": ["schedule_id", "user_id", "id"],
    "IntegrationSourceColumnResponse": ["table_id", "created_at", "updated_at", "description_version"],
    "IntegrationSourceRelationshipResponse": ["updated_at", "type"],
    "OrganizationMemberWithUser": ["updated_at"],
    "SaasAssociationResponse": ["association_type_id", "association_label", "id", "created_at", "updated_at"],
    "SaasFieldResponse": ["field_name", "api_identifier", "data_type", "id", "created_at", "updated_at"],
    "SaasObjectResponse": ["updated_at"],
}


@pytest.mark.parametrize(("schema", "fields"), INFERRED_REQUIRED.items())
def test_inferred_required_fields_are_marked(schema: str, fields: list[str]) -> None:
    for field in fields:
        assert EXT in _prop(schema, field), f"{schema}.{field}"


def test_documented_fields_stay_strict() -> None:
    """What the docs state is not marked: a missing ``IntegrationSourceResponse.id`` must fail."""
    schemas = load_spec()["components"]["schemas"]
    for field in schemas["IntegrationSourceResponse"]["required"]:
        assert EXT not in _prop("IntegrationSourceResponse", field), field
    for field in ("type", "content", "quality_score", "thread_id", "organization_id"):
        assert EXT not in _prop("MemoryResponse", field), field


def test_list_commands_returns_an_array() -> None:
    ok = load_spec()["paths"]["/commands"]["get"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"]["type"] == "array"
