"""ui/ talks to services only: no SQL text and no sqlite3 anywhere under biotrack/ui/."""

from __future__ import annotations

import re
from pathlib import Path

import biotrack.ui

UI = Path(biotrack.ui.__file__).parent
SQL = re.compile(r"\b(SELECT\s+\S+.*\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                 r"CREATE\s+TABLE)\b", re.IGNORECASE)


def _sources() -> list[Path]:
    files = sorted(UI.rglob("*.py"))
    assert len(files) > 5
    return files


def test_no_sqlite_import_in_ui() -> None:
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(import|from)\s+(sqlite3|sqlite_utils)\b", text, re.M), path


def test_no_sql_in_ui() -> None:
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        assert not SQL.search(text), f"SQL in {path}"


def test_no_database_layer_import_in_ui() -> None:
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+biotrack\.db\b", text, re.M), path


def test_every_module_and_class_has_a_docstring() -> None:
    import ast

    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"module docstring missing: {path}"
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                assert ast.get_docstring(node), f"{path}: class {node.name}"
