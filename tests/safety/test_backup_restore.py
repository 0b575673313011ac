"""Backups and restore (issue 3, point 3): ``biotrack backup FILE`` writes a consistent copy,
``biotrack restore FILE`` brings it back after checking it and keeps the current file; a
damaged or foreign backup is refused with the database unchanged; the daily automatic backup
keeps one file per day for keep_days days."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from biotrack import cli
from biotrack.db.connection import inspect_file
from biotrack.services import safety
from tests.safety.support import (
    Study,
    audit_rows,
    build_study,
    cli_env,
    copy_with_backup_api,
    count,
    dump,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Study:
    return build_study(tmp_path_factory.mktemp("backup-template"))


@pytest.fixture
def study(template: Study, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Study:
    target = tmp_path / "live" / "biotrack.db"
    target.parent.mkdir()
    shutil.copy(template.path, target)
    for key, value in cli_env(tmp_path / "home", target).items():
        monkeypatch.setenv(key, value)
    return replace(template, path=target)


def _participants(path: Path) -> int:
    return count(path, "SELECT count(*) FROM participant")


def _enrol(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["enroll", "--cohort", "SAD", "--site", "LOG", "--date",
                     "2026-06-03"]) == 0
    capsys.readouterr()


def test_backup_then_restore_brings_the_old_state_back(
        study: Study, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "copies" / "before-changes.db"
    assert cli.main(["backup", str(backup)]) == 0
    assert capsys.readouterr().out == f"backup written to {backup}\n"
    assert inspect_file(backup) is not None
    assert _participants(backup) == 3
    _enrol(capsys)
    _enrol(capsys)
    assert _participants(study.path) == 5

    assert cli.main(["restore", str(backup)]) == 0

    out = capsys.readouterr().out
    match = re.fullmatch(rf"restored {re.escape(str(study.path))} from {re.escape(str(backup))}"
                         r"; the previous file is kept as (\S+)\n", out)
    assert match, out
    kept = Path(match.group(1))
    assert kept.parent == study.path.parent and kept.exists()
    assert _participants(study.path) == 3
    assert _participants(kept) == 5              # the replaced state is not lost
    assert _participants(backup) == 3            # the backup itself is not changed
    events = audit_rows(study.path)
    assert events[-1]["action"] == "database.restore"
    assert json.loads(str(events[-1]["after"]))["previous_file_kept_as"] == str(kept)
    assert cli.main(["check"]) == 0, capsys.readouterr().out


def test_restore_json_names_the_previous_file(study: Study, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "b.db"
    assert cli.main(["backup", str(backup)]) == 0
    capsys.readouterr()

    assert cli.main(["restore", str(backup), "--json"]) == 0

    data = json.loads(capsys.readouterr().out)
    assert data["restored_from"] == str(backup)
    assert Path(data["previous_file"]).exists()


def test_a_backup_does_not_overwrite_a_file(study: Study, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    before = dump(study.path)

    assert cli.main(["backup", str(target)]) == 2

    assert capsys.readouterr().err == (f"biotrack: error: {target} already exists: choose a new"
                                       " file name\n")
    assert target.read_text() == "keep me"
    assert dump(study.path) == before


def _bad_backup(kind: str, template: Study, folder: Path) -> Path:
    path = folder / f"{kind}.db"
    if kind == "text":
        path.write_text("SELECT * FROM participant;\n")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "truncated":
        data = template.path.read_bytes()
        path.write_bytes(data[: len(data) * 2 // 3])
    elif kind == "corrupted-page":
        copy_with_backup_api(template.path, path)
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = delete")
        conn.close()
        data = bytearray(path.read_bytes())
        page = 4096
        for offset in range(len(data) - 2 * page, len(data) - page, 7):
            data[offset] ^= 0x5A            # scramble a page near the end (audit rows)
        path.write_bytes(bytes(data))
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE participant (code TEXT)")
        conn.commit()
        conn.close()
    elif kind == "newer":
        copy_with_backup_api(template.path, path)
        conn = sqlite3.connect(path)
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                     " VALUES ('biotrack', '0099_future', '2031-01-01')")
        conn.commit()
        conn.close()
    elif kind == "folder":
        path.mkdir()
    return path


@pytest.mark.parametrize("kind", ["text", "empty", "truncated", "corrupted-page", "foreign",
                                  "newer", "missing", "folder"])
def test_a_bad_backup_is_refused_and_nothing_changes(
        kind: str, study: Study, template: Study, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    backup = _bad_backup(kind, template, tmp_path)
    before = dump(study.path)
    backup_bytes = backup.read_bytes() if backup.is_file() else None

    code = cli.main(["restore", str(backup)])

    out, err = capsys.readouterr()
    assert code == 2, err
    assert err.startswith("biotrack: error: ") and err.count("\n") == 1
    assert "Traceback" not in err and out == ""
    assert dump(study.path) == before
    assert sorted(p.name for p in study.path.parent.iterdir()
                  if not p.name.endswith(("-wal", "-shm"))) == ["biotrack.db"]
    assert (backup.read_bytes() if backup.is_file() else None) == backup_bytes


def test_the_corrupted_backup_really_is_corrupt(template: Study, tmp_path: Path) -> None:
    path = _bad_backup("corrupted-page", template, tmp_path)
    conn = sqlite3.connect(path)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError:
        result = [("error",)]
    finally:
        conn.close()
    assert result != [("ok",)]


# -- the daily automatic backup -----------------------------------------------------------------


def test_auto_backup_once_a_day_and_only_keep_days(study: Study, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    start = date(2026, 11, 1)
    first = safety.auto_backup(study.path, folder, keep_days=3, today=start)
    assert first is not None and first.exists()
    assert safety.auto_backup(study.path, folder, keep_days=3, today=start) is None
    assert len(list(folder.iterdir())) == 1
    assert dump(first) == dump(study.path)
    (folder / "notes.txt").write_text("mine")
    (folder / "biotrack-auto-not-a-date.sqlite3").write_text("mine too")

    for offset in range(1, 10):
        safety.auto_backup(study.path, folder, keep_days=3, today=start + timedelta(days=offset))

    last = start + timedelta(days=9)
    kept = sorted(p.name for p in folder.glob("biotrack-auto-2026-*.sqlite3"))
    assert kept == [f"biotrack-auto-{last - timedelta(days=n)}.sqlite3" for n in (3, 2, 1, 0)]
    assert (folder / "notes.txt").read_text() == "mine"
    assert (folder / "biotrack-auto-not-a-date.sqlite3").exists()
    assert not list(folder.glob("*.partial"))
    assert all(inspect_file(folder / name) for name in kept)
