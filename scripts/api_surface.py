"""The SDK's public API surface, read statically with griffe (shared by api_md.py and api_diff.py).

The surface is what a user can reach: the names in ``humm_client.__all__``, every namespace of
``HummClient`` (a public property whose type is a class of the package) with its public methods,
every model and enum in ``humm_client.models``, and ``humm_client.testing``'s exports. It is
found by walking from those entry points, not by knowing where the generated code puts things,
so it survives a rewrite of the generated layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import griffe

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "humm_client"


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # griffe.ParameterKind value: "positional-only", "keyword-only", ...
    annotation: str | None
    default: str | None

    def render(self) -> str:
        text = {"variadic positional": "*", "variadic keyword": "**"}.get(self.kind, "") + self.name
        if self.annotation:
            text += f": {self.annotation}"
        if self.default is not None and not self.kind.startswith("variadic"):
            text += f" = {self.default}" if self.annotation else f"={self.default}"
        return text


@dataclass(frozen=True)
class Entry:
    """One public object, keyed by the name a user writes (``humm.memories.list``)."""

    key: str
    kind: str  # "method", "function", "class", "namespace", "attribute", "field"
    params: tuple[Param, ...] | None = None
    annotation: str | None = None  # return type, or an attribute's type
    value: str | None = None  # an attribute's value (enum members, aliases, constants)
    bases: tuple[str, ...] = ()
    obj: Any = field(default=None, compare=False, repr=False)  # the griffe object

    def signature(self) -> str:
        """``name(params) -> returns`` on one line, or one parameter per line when long."""
        name = self.key.rsplit(".", 1)[-1] if self.kind == "field" else self.key
        if self.params is None:
            text = name + (f": {self.annotation}" if self.annotation else "")
            return text + (f" = {self.value}" if self.value is not None else "")
        parts: list[str] = []
        star_done = any(p.kind == "variadic positional" for p in self.params)
        for i, param in enumerate(self.params):
            if param.kind == "keyword-only" and not star_done:
                parts.append("*")
                star_done = True
            parts.append(param.render())
            if param.kind == "positional-only" and (
                i + 1 == len(self.params) or self.params[i + 1].kind != "positional-only"
            ):
                parts.append("/")
        returns = f" -> {self.annotation}" if self.annotation else ""
        one_line = f"{name}({', '.join(parts)}){returns}"
        if len(one_line) <= 100:
            return one_line
        return f"{name}(\n" + "".join(f"    {p},\n" for p in parts) + f"){returns}"


def _text(expr: object) -> str | None:
    return None if expr is None else str(expr)


def _params(function: griffe.Function) -> tuple[Param, ...]:
    params = list(function.parameters)
    if params and params[0].name in ("self", "cls") and "staticmethod" not in function.labels:
        params = params[1:]
    return tuple(Param(p.name, p.kind.value, _text(p.annotation), _text(p.default)) for p in params)


def _public(name: str) -> bool:
    return not name.startswith("_") or name == "__init__"


def _target(obj: Any) -> Any:
    """The object an alias points at (griffe keeps re-exports as aliases)."""
    try:
        return obj.final_target if obj.is_alias else obj
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None


def _resolve_class(package: Any, annotation: object) -> Any:
    """The package class an annotation names (``Commands`` -> its griffe Class), or None."""
    path = getattr(annotation, "canonical_path", None)
    if not isinstance(path, str) or not path.startswith(PACKAGE + "."):
        return None
    try:
        target = _target(package[path[len(PACKAGE) + 1 :]])
    except (KeyError, ValueError, griffe.AliasResolutionError):
        return None
    return target if target is not None and target.is_class else None


def _members(cls: Any, prefix: str, *, fields: bool = False) -> list[Entry]:
    """Public methods and attributes of a class (inherited ones too), keyed under ``prefix``.

    For a model (``fields=True``) only its attributes: the fields a user reads.
    """
    entries: list[Entry] = []
    for name, member in sorted(cls.all_members.items()):
        obj = _target(member)
        if obj is None or not _public(name) or name == "__init__":
            continue  # __init__ is rendered as the class's own signature
        if obj.is_function and not fields:
            entries.append(Entry(f"{prefix}.{name}", "method", _params(obj), _text(obj.returns), obj=obj))
        elif obj.is_attribute:
            kind = "field" if fields else "attribute"
            # An instance attribute's "value" is whatever __init__ assigned: not part of the API.
            value = None if "instance-attribute" in obj.labels else _text(obj.value)
            entries.append(Entry(f"{prefix}.{name}", kind, None, _text(obj.annotation), value, obj=obj))
    return entries


def _class_entry(key: str, cls: Any) -> Entry:
    init = cls.all_members.get("__init__")
    init_obj = _target(init) if init is not None else None
    params = _params(init_obj) if init_obj is not None and init_obj.is_function else None
    bases = tuple(str(b) for b in cls.bases)
    return Entry(key, "class", params, None, bases=bases, obj=cls)


def _exports(module: Any, prefix: str) -> list[Entry]:
    """A module's ``__all__``: classes with their members, functions, and values."""
    entries: list[Entry] = []
    names = [str(n) for n in (module.exports or [])]
    for name in sorted(names):
        if name not in module.all_members:
            continue
        obj = _target(module.all_members[name])
        key = f"{prefix}.{name}"
        if obj is None:
            continue
        if obj.is_class:
            entries.append(_class_entry(key, obj))
            entries.extend(_members(obj, key))
        elif obj.is_function:
            entries.append(Entry(key, "function", _params(obj), _text(obj.returns), obj=obj))
        elif obj.is_attribute:
            entries.append(Entry(key, "attribute", None, _text(obj.annotation), _text(obj.value), obj=obj))
    return entries


@dataclass
class Surface:
    """The public API, in the order api.md prints it: sections of entries."""

    version: str
    sections: dict[str, list[Entry]]

    def entries(self) -> dict[str, Entry]:
        return {e.key: e for section in self.sections.values() for e in section}


def load_package(root: Path = ROOT) -> Any:
    return griffe.load(PACKAGE, search_paths=[str(root)], resolve_aliases=True, resolve_external=False)


def load_package_at(ref: str, root: Path = ROOT) -> Any:
    """The package as it was at a git ref (griffe checks the ref out in a temporary worktree)."""
    return griffe.load_git(PACKAGE, ref=ref, repo=root, resolve_aliases=True, resolve_external=False)


def surface(package: Any) -> Surface:
    sections: dict[str, list[Entry]] = {}
    sections[PACKAGE] = _exports(package, PACKAGE)
    client = _target(package["HummClient"])
    for name, member in sorted(client.all_members.items()):
        obj = _target(member)
        if obj is None or not _public(name) or not obj.is_attribute:
            continue
        cls = _resolve_class(package, obj.annotation)
        if cls is None:
            continue
        key = f"humm.{name}"
        sections[key] = [Entry(key, "namespace", annotation=cls.name, obj=cls), *_members(cls, key)]
    models = package["models"]
    if not models.exports:
        # humm_client.models star-imports the lazy generated package, whose names griffe cannot
        # expand statically: read them where they are defined.
        models = package["_generated"]["models"]
    model_entries: list[Entry] = []
    for name in sorted(str(n) for n in (models.exports or models.members)):
        if name.startswith("_") or name not in models.all_members:
            continue
        obj = _target(models.all_members[name])
        key = f"{PACKAGE}.models.{name}"
        if obj is None:
            continue
        if obj.is_class:
            model_entries.append(
                Entry(key, "class", None, None, bases=tuple(str(b) for b in obj.bases), obj=obj)
            )
            model_entries.extend(_members(obj, key, fields=True))
        elif obj.is_attribute:
            model_entries.append(
                Entry(key, "attribute", None, _text(obj.annotation), _text(obj.value), obj=obj)
            )
    sections[f"{PACKAGE}.models"] = model_entries
    sections[f"{PACKAGE}.testing"] = _exports(package["testing"], f"{PACKAGE}.testing")
    version = _target(package["__version__"])
    return Surface(version=str(version.value).strip("'\"") if version is not None else "?", sections=sections)
