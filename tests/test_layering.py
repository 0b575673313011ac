"""Data flows one way: ui/ and cli.py -> services/ -> db/ (STYLE.md, "The house").

The headless core must not pull in Qt widgets (the CLI runs on machines without a display, and
a report scheduled at night must not need one), and SQL lives in db/ only.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import biotrack

PACKAGE = Path(biotrack.__file__).resolve().parent


def _modules(folder: str) -> list[str]:
    return sorted(
        f"biotrack.{folder}.{path.stem}" if path.stem != "__init__" else f"biotrack.{folder}"
        for path in (PACKAGE / folder).glob("*.py")
    )


def test_services_and_cli_do_not_import_qt_widgets() -> None:
    modules = ["biotrack.services", "biotrack.cli", "biotrack.__main__",
               *_modules("services"), *_modules("db")]
    assert "biotrack.services.collection" in modules
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('PySide6'))))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("BIOTRACK_")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert "PySide6.QtWidgets" not in loaded
    assert "PySide6.QtGui" not in loaded


def test_the_cli_runs_a_command_without_qt(tmp_path: Path) -> None:
    """`biotrack regimens` goes through __main__ and the CLI, and never loads Qt at all."""
    script = (
        "import sys\n"
        "from biotrack.__main__ import main\n"
        f"code = main(['--db', {str(tmp_path / 'none.sqlite3')!r}, 'regimens', '--json'])\n"
        "assert code == 0, code\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("BIOTRACK_")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "pembrolizumab-q3w" in result.stdout


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _python_files(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def test_lower_rooms_never_import_higher_ones() -> None:
    higher = {
        "db": ("biotrack.services", "biotrack.cli", "biotrack.ui", "PySide6"),
        "services": ("biotrack.cli", "biotrack.ui", "PySide6"),
        "labels": ("biotrack.services", "biotrack.cli", "biotrack.ui", "PySide6.QtWidgets"),
    }
    offenders = []
    for folder, forbidden in higher.items():
        for path in _python_files(folder):
            for name in _imports(path):
                if name.startswith(forbidden):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not offenders, offenders


_SQL = re.compile(r"\b(SELECT\s+\S.*\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                  r"CREATE\s+TABLE)\b")


def test_the_ui_holds_no_sql() -> None:
    files = _python_files("ui")
    assert files, "biotrack/ui/ exists (at least its __init__.py)"
    offenders = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        if "import sqlite3" in text or "sqlite_utils" in text:
            offenders.append(f"{path.relative_to(PACKAGE)}: talks to the database directly")
        for line_no, line in enumerate(text.splitlines(), 1):
            if _SQL.search(line) or "SELECT " in line or "INSERT INTO" in line:
                offenders.append(f"{path.relative_to(PACKAGE)}:{line_no}: {line.strip()}")
    assert not offenders, offenders


def test_the_sql_pattern_would_catch_sql() -> None:
    """Guard for the check above: it must flag real SQL and not ordinary prose."""
    assert _SQL.search("rows = db.execute('SELECT code FROM participant')")
    assert _SQL.search('"INSERT INTO aliquot (barcode) VALUES (?)"')
    assert _SQL.search("UPDATE aliquot SET status = 'x'")
    assert not _SQL.search("self.setWindowTitle('Select a box')")
