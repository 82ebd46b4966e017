"""The layers stay apart: widgets hold no SQL, and imports point one way (see README)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "desktop"
SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")
# ui → analysis/annotate/export → store → ingest: what each package must not import
LOWER_THAN = {"ingest": {"ui", "store", "analysis", "annotate", "export", "commands"},
              "store": {"ui", "analysis", "annotate", "export", "commands"},
              "analysis": {"ui", "commands"}, "annotate": {"ui", "commands"},
              "export": {"ui", "commands"}}  # fmt: skip


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
