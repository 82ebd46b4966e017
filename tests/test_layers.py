"""The layers stay apart: widgets hold no SQL, and imports point one way (see README)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "desktop"
SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")
# ui → analysis/annotate/export/corrections → store → ingest: what each must not import
LOWER_THAN = {"ingest": {"ui", "store", "analysis", "annotate", "export", "commands",
                         "corrections"},
              "store": {"ui", "analysis", "annotate", "export", "commands", "corrections"},
              "analysis": {"ui", "commands"}, "annotate": {"ui", "commands"},
              "export": {"ui", "commands"}, "corrections": {"ui", "commands", "export"}}  # fmt: skip


def test_widgets_hold_no_sql() -> None:
    offending = [
        f"{path.name}:{number}"
        for path in sorted((SRC / "ui").glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if SQL.search(line)
    ]
    assert not offending, f"SQL in the Qt layer (move it to desktop.store.queries): {offending}"


@pytest.mark.parametrize("package", sorted(LOWER_THAN))
def test_imports_point_one_way(package: str) -> None:
    forbidden = LOWER_THAN[package]
    offending = []
    for path in sorted((SRC / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                parts = name.split(".")
                if parts[0] == "desktop" and len(parts) > 1 and parts[1] in forbidden:
                    offending.append(f"{path.relative_to(SRC)} imports {name}")
    assert not offending, offending


def _module_name(path: Path) -> str:
    parts = ["desktop", *path.relative_to(SRC).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of a module except those under `if TYPE_CHECKING:`, which never run."""
    skipped = {
        id(child)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for child in ast.walk(node)
    }
    return [node for node in ast.walk(tree) if id(node) not in skipped]


def _import_graph() -> dict[str, set[str]]:
    """module → the desktop modules it imports when it runs (at the top or in a function)."""
    modules = {_module_name(p): p for p in SRC.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # "from desktop.x import y" imports desktop.x.y when that is a module
                targets = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
            for target in targets:
                if target in modules and target != name:
                    graph[name].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_loop_inside_a_layer() -> None:
    """A loop (pipeline ↔ ocr_repair ↔ known_headings was one) makes modules that cannot
    be read, tested or imported on their own."""
    graph = _import_graph()
    layer = {name: name.split(".")[1] if "." in name else name for name in graph}
    inside = {
        name: {t for t in targets if layer[t] == layer[name]} for name, targets in graph.items()
    }
    assert not _cycles(inside), _cycles(inside)


def test_the_loop_finder_finds_a_loop() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
