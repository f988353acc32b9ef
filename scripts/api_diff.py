"""What changed for users between a git ref and the working tree (``make api-diff BASE=<ref>``).

Two levels:

- the spec (``openapi.yaml``), with oasdiff: its ``changelog`` and ``breaking`` commands when the
  binary is installed (CI runs it as the oasdiff GitHub action and passes its changelog in with
  ``--spec-changelog``); skipped with a note otherwise.
- the SDK's public Python API, with griffe: the surface of ``api_surface.py`` at ``BASE`` and
  now. Removed names and griffe's breakages (a parameter removed, made required, moved or of
  another kind, a default changed) are breaking; new names and parameters are listed as added.

Exits 1 on a breaking change unless the version's major part (its minor part while below 1.0)
was bumped since ``BASE``. Prints a Markdown summary to paste into CHANGELOG.md.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import griffe
from api_surface import ROOT, Entry, Surface, load_package, load_package_at, surface


@dataclass
class Report:
    breaking: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)


def _git(*args: str, root: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)


def default_base(root: Path = ROOT) -> str:
    """The last release tag, else origin/main, else main."""
    tag = _git("describe", "--tags", "--abbrev=0", "--match", "v[0-9]*", root=root)
    if tag.returncode == 0 and tag.stdout.strip():
        return tag.stdout.strip()
    for ref in ("origin/main", "main"):
        if _git("rev-parse", "--verify", "--quiet", ref + "^{commit}", root=root).returncode == 0:
            return ref
    raise SystemExit("api-diff: no BASE given, no release tag, no origin/main or main")


def _version_at(ref: str, root: Path) -> str:
    shown = _git("show", f"{ref}:humm_client/_version.py", root=root)
    match = re.search(r"__version__\s*=\s*['\"]([^'\"]+)['\"]", shown.stdout)
    return match.group(1) if match else "0.0.0"


def _release(version: str) -> tuple[int, int]:
    numbers = [int(n) for n in re.findall(r"\d+", version)[:2]] + [0, 0]
    return numbers[0], numbers[1]


def bump_allows_breaking(old: str, new: str) -> bool:
    """A breaking change needs a new major version; below 1.0, a new minor one."""
    (old_major, old_minor), (new_major, new_minor) = _release(old), _release(new)
    if new_major > old_major:
        return True
    return old_major == 0 and new_major == 0 and new_minor > old_minor


def _label(entry: Entry) -> str:
    return f"`{entry.key}()`" if entry.params is not None and entry.kind != "class" else f"`{entry.key}`"


def _top(keys: set[str], key: str) -> bool:
    """True unless an enclosing name is in ``keys`` too (report the namespace, not each method)."""
    parts = key.split(".")
    return not any(".".join(parts[:i]) in keys for i in range(2, len(parts)))


def _param_changes(old: Entry, new: Entry, report: Report) -> None:
    if old.params is None or new.params is None:
        return
    old_params = {p.name: p for p in old.params}
    for param in new.params:
        if param.name not in old_params:
            report.added.append(f"{_label(new)}: parameter `{param.render()}`")
        elif param.annotation != old_params[param.name].annotation:
            report.changed.append(
                f"{_label(new)}: parameter `{param.name}` is now `{param.annotation}` "
                f"(was `{old_params[param.name].annotation}`)"
            )
    if old.annotation != new.annotation and old.kind != "class":
        report.changed.append(f"{_label(new)}: now `{new.annotation}` (was `{old.annotation}`)")


def _griffe_breakages(old: Entry, new: Entry, keys_by_path: dict[str, str]) -> list[str]:
    """griffe's verdict on one class or function that exists on both sides."""
    found: list[str] = []
    if old.obj is None or new.obj is None:
        return found
    if old.kind == "class" or old.kind == "namespace":
        breakages = list(griffe.find_breaking_changes(old.obj, new.obj))
    elif old.obj.is_function and new.obj.is_function and old.obj.parent is not None:
        # griffe compares members of a container: compare this function alone through its parent.
        breakages = [
            b
            for b in griffe.find_breaking_changes(old.obj.parent, new.obj.parent)
            if getattr(b.obj, "path", None) == new.obj.path
        ]
    else:
        return found
    for breakage in breakages:
        if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
            continue  # removed names are reported by the surface diff, under their public names
        path = getattr(breakage.obj, "path", "")
        key = keys_by_path.get(path, path)
        what = breakage.kind.value
        param = getattr(breakage.old_value, "name", None) or getattr(breakage.new_value, "name", None)
        found.append(f"`{key}`: {what}" + (f" (`{param}`)" if param else ""))
    return found


def diff(old: Surface, new: Surface) -> Report:
    report = Report()
    old_entries, new_entries = old.entries(), new.entries()
    removed = set(old_entries) - set(new_entries)
    added = set(new_entries) - set(old_entries)
    for key in sorted(removed):
        if _top(removed, key):
            report.breaking.append(f"{_label(old_entries[key])} removed")
    for key in sorted(added):
        if _top(added, key):
            entry = new_entries[key]
            report.added.append(
                f"{_label(entry)}" + (f": `{entry.annotation}`" if entry.kind == "field" else "")
            )
    keys_by_path = {e.obj.path: e.key for e in new_entries.values() if e.obj is not None}
    seen: set[str] = set()
    for key in sorted(set(old_entries) & set(new_entries)):
        old_entry, new_entry = old_entries[key], new_entries[key]
        if old_entry.kind in ("method", "function"):
            _param_changes(old_entry, new_entry, report)
        elif old_entry.kind in ("field", "attribute") and old_entry.annotation != new_entry.annotation:
            report.changed.append(f"`{key}`: now `{new_entry.annotation}` (was `{old_entry.annotation}`)")
        if old_entry.kind in ("class", "namespace"):
            for line in _griffe_breakages(old_entry, new_entry, keys_by_path):
                if line not in seen:
                    seen.add(line)
                    report.breaking.append(line)
    return report


def spec_level(base: str, root: Path, changelog_file: str | None) -> tuple[list[str], bool]:
    """oasdiff's changelog (Markdown lines) and whether it found a breaking change."""
    if changelog_file:
        text = Path(changelog_file).read_text(encoding="utf-8").strip()
        return ([text] if text else ["No spec changes."]), False  # CI's oasdiff breaking step gates
    oasdiff = shutil.which("oasdiff")
    if oasdiff is None:
        return ["oasdiff is not installed: spec-level diff skipped (CI runs it as a GitHub action)."], False
    with tempfile.TemporaryDirectory() as tmp:
        base_spec = Path(tmp) / "openapi.yaml"
        base_spec.write_text(_git("show", f"{base}:openapi.yaml", root=root).stdout, encoding="utf-8")
        revision = str(root / "openapi.yaml")
        changelog = subprocess.run(
            [oasdiff, "changelog", str(base_spec), revision, "--format", "markdown"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        breaking = subprocess.run(
            [oasdiff, "breaking", str(base_spec), revision, "--fail-on", "ERR"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
    return [changelog.stdout.strip() or "No spec changes."], breaking.returncode != 0


def render(base: str, old: Surface, new: Surface, report: Report, spec: list[str], verdict: str) -> str:
    lines = [f"## {new.version}: API changes since `{base}` ({old.version})", ""]
    for title, items in (("Breaking", report.breaking), ("Added", report.added), ("Changed", report.changed)):
        if items:
            lines += [f"### {title}", "", *(f"- {item}" for item in items), ""]
    if not (report.breaking or report.added or report.changed):
        lines += ["No change to the public Python API.", ""]
    lines += ["### Spec (oasdiff)", "", *spec, "", verdict]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--base", default="", help="git ref to compare with (default: last tag, origin/main, main)"
    )
    parser.add_argument("--root", default=str(ROOT), help="the repository (default: this one)")
    parser.add_argument("--spec-changelog", default=None, help="oasdiff changelog already computed (CI)")
    parser.add_argument("--output", default=None, help="also write the report to this file")
    args = parser.parse_args(argv)
    root = Path(args.root).resolve()
    base = args.base or default_base(root)
    if _git("rev-parse", "--verify", "--quiet", base + "^{commit}", root=root).returncode != 0:
        print(f"api-diff: {base!r} is not a git ref of {root}", file=sys.stderr)
        return 2
    old, new = surface(load_package_at(base, root)), surface(load_package(root))
    old.version = _version_at(base, root)
    report = diff(old, new)
    spec, spec_breaking = spec_level(base, root, args.spec_changelog)
    breaking = bool(report.breaking) or spec_breaking
    if not breaking:
        verdict, status = "Verdict: no breaking change.", 0
    elif bump_allows_breaking(old.version, new.version):
        verdict, status = f"Verdict: breaking, and the version was bumped ({old.version} → {new.version}).", 0
    else:
        major, minor = _release(old.version)
        needed = f"{major}.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
        verdict = (
            f"Verdict: BREAKING for users, but the version is still {new.version}: bump it to {needed} "
            "in humm_client/_version.py (or undo the change)."
        )
        status = 1
    text = render(base, old, new, report, spec, verdict)
    print(text, end="")
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
