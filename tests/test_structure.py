"""The package's structure: modules meet at public names only, and no import cycle.

The imports are read from the source (every `import`, at the top, inside functions and
under TYPE_CHECKING alike), so that the checks hold whatever runs first."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "commtool"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
# The pattern cache hands stored programs to the regex engine through its internals; it goes
# when the lexicon look-ups no longer compile alternations the size of the lexicons.
ENGINE_INTERNALS = {"commtool.regexcache"}


def _absolute(module: str, node: ast.ImportFrom, is_package: bool) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _imports(module: str) -> list[tuple[str, str | None, int]]:
    """(imported module, imported name or None, line) of every import in `module`."""
    path = MODULES[module]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, None, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            target = _absolute(module, node, path.name == "__init__.py")
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                if submodule in MODULES:  # "from . import render": a module, not a name
                    found.append((submodule, None, node.lineno))
                else:
                    found.append((target, alias.name, node.lineno))
    return found


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for module in MODULES:
        for target, _, _ in _imports(module):
            if target in MODULES and target != module:
                graph[module].add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of the graph, or None."""
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_the_checks_see_a_cycle_when_there_is_one() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
    assert "commtool.resolve.discourse" in _graph()["commtool.resolve.attribution"]


def test_no_import_cycle_in_the_package() -> None:
    assert _cycle(_graph()) is None


# The pipeline's layers, lowest first: a module imports from its own layer or lower ones only.
LAYERS = [
    {"errors", "model", "typography", "foldtable", "folding", "regexcache", "patterns"},
    {"lexicons", "render"},
    {"aliases"},
    {"workers", "read"},
    {"segment"},
    {"annotate"},
    {"resolve"},
    {"pipeline"},
    {"views"},
    {"archive"},
    {"runtime"},
    {"cli", "__main__", "commtool"},
]


def _layer(module: str) -> int:
    part = module.split(".")[1] if "." in module else module
    return next(i for i, names in enumerate(LAYERS) if part in names)


def test_every_module_has_a_layer_and_imports_only_its_own_or_lower_ones() -> None:
    upward = [
        f"{module} -> {target}"
        for module, targets in _graph().items()
        for target in targets
        if _layer(target) > _layer(module)
    ]
    assert upward == []


@pytest.mark.parametrize("module", sorted(set(MODULES) - ENGINE_INTERNALS))
def test_no_module_imports_another_modules_private_names(module: str) -> None:
    private = [
        f"line {line}: {target}.{name}"
        for target, name, line in _imports(module)
        if name and name.startswith("_") and not name.startswith("__")
    ]
    private += [
        f"line {line}: {target}"
        for target, _, line in _imports(module)
        if any(p.startswith("_") and not p.startswith("__") for p in target.split("."))
    ]
    assert private == []


# Documented names of the standard library that begin with an underscore.
DOCUMENTED = {"os._exit"}


@pytest.mark.parametrize("module", sorted(set(MODULES) - ENGINE_INTERNALS))
def test_no_module_reaches_into_another_objects_private_members(module: str) -> None:
    """`walk._inside(…)`, `resolver._body(…)`: an object's underscore members are its own."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
            and ast.unparse(node) not in DOCUMENTED
        ):
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    assert found == []


def test_only_the_pattern_cache_touches_the_regex_engines_internals() -> None:
    for module, path in MODULES.items():
        text = path.read_text(encoding="utf-8")
        uses = [w for w in ("_sre", "re._compiler", "re._parser") if w in text]
        assert uses == [] or module in ENGINE_INTERNALS, (module, uses)


def test_the_command_line_loads_no_engine_and_no_renderer_before_a_command_runs() -> None:
    """`commtool --version` and the help stay instant: the group imports click and the
    commands' names, never the parsing engines, the output layer or dataclasses."""
    import subprocess
    import sys

    probe = (
        "import sys; from commtool.cli import main; "
        "print(' '.join(m for m in sys.modules if m.startswith('commtool') or m == 'dataclasses'))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    heavy = [
        m
        for m in loaded
        if m == "dataclasses"
        or m.startswith(("commtool.render", "commtool.pipeline", "commtool.resolve"))
        or m.startswith(("commtool.annotate", "commtool.lexicons", "commtool.archive"))
    ]
    assert heavy == []
