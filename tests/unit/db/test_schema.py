"""Opening the database file: create, refuse what is not ours untouched, refuse newer schemas,
and the schema's own guarantees (append-only audit trail, one tube per position).

STYLE.md practice 3; issue "The core", points 5 and 7.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from biotrack.db.connection import SQLITE_MAGIC, inspect_file, open_database
from biotrack.db.migrations import MIGRATION_SET, known_migrations
from biotrack.errors import StorageUnavailable
from biotrack.services.context import Session

TABLES = {
    "setting", "site", "app_user", "participant", "visit", "irae", "collection", "freezer",
    "shelf", "rack", "box", "barcode_counter", "aliquot", "movement", "audit_event",
}


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def _assert_refused_untouched(path: Path, match: str | None = None, *,
                              wal: bool = False) -> StorageUnavailable:
    """open_database refuses the file and leaves its bytes as they were.

    A foreign file also gets no companions; a BioTrack file is in WAL mode, where even a
    read-only look makes SQLite create its -wal/-shm files, so only a backup would count there.
    """
    before = path.read_bytes()
    files_before = _siblings(path)
    with pytest.raises(StorageUnavailable, match=match) as caught:
        open_database(path)
    assert path.read_bytes() == before, "a refused file was modified"
    added = _siblings(path) - files_before
    if wal:
        added -= {f"{path.name}-wal", f"{path.name}-shm"}
    assert not added, f"a refused file got companions: {added}"
    assert "\n" not in str(caught.value)
    return caught.value


def test_a_new_file_is_created_with_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite3"
    db = open_database(path)
    try:
        assert path.exists()
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        db.close()
    assert _tables(path) >= TABLES
    assert inspect_file(path) == known_migrations()
    assert known_migrations()[0] == "0001_initial"


def test_an_empty_file_counts_as_new(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    open_database(path).close()
    assert _tables(path) >= TABLES


def test_reopening_keeps_the_data_and_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db = open_database(path)
    db.execute("INSERT INTO setting (key, value) VALUES ('k', 'v')")
    db.conn.commit()
    db.close()
    db = open_database(path)
    try:
        assert db.execute("SELECT value FROM setting WHERE key = 'k'").fetchone() == ("v",)
        names = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")]
        assert names == known_migrations()
    finally:
        db.close()
    assert not list(tmp_path.glob("*.bak")), "no backup when nothing is migrated"


def test_random_bytes_are_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "random.sqlite3"
    path.write_bytes(random.Random(42).randbytes(8192))
    message = _assert_refused_untouched(path, match="not a BioTrack database")
    assert str(path) in str(message)


def test_a_text_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n- dry ice\n- cryoboxes\n", encoding="utf-8")
    _assert_refused_untouched(path, match="not an SQLite file")


def test_a_damaged_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(SQLITE_MAGIC + random.Random(7).randbytes(4096))
    _assert_refused_untouched(path)


def test_an_sqlite_file_with_other_tables_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipe (name) VALUES ('tortilla')")
    conn.commit()
    conn.close()
    _assert_refused_untouched(path, match="other tables")
    assert _tables(path) == {"recipe"}


def test_a_database_of_another_migration_set_is_refused(tmp_path: Path) -> None:
    """Another sqlite-utils application's migrations table does not make a file ours."""
    path = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT,"
                 " name TEXT, applied_at TEXT)")
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES ('someone-else', '0001_initial', '2026-01-01')")
    conn.commit()
    conn.close()
    _assert_refused_untouched(path)


def test_a_newer_schema_is_refused_with_a_readable_message(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES (?, '0999_from_the_future', '2030-01-01T00:00:00')", [MIGRATION_SET])
    conn.commit()
    conn.close()
    error = _assert_refused_untouched(path, match="newer", wal=True)
    assert "0999" in str(error)
    assert not list(tmp_path.glob("*.bak"))


def test_audit_events_cannot_be_updated_or_deleted(session: Session) -> None:
    conn = session.db.conn
    before = conn.execute("SELECT * FROM audit_event ORDER BY id").fetchall()
    assert before, "initialising a database records audit events"
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE audit_event SET username = 'mallory' WHERE id = 1")
    conn.rollback()
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM audit_event")
    conn.rollback()
    assert conn.execute("SELECT * FROM audit_event ORDER BY id").fetchall() == before


def test_audit_events_can_still_be_appended(session: Session) -> None:
    count = session.db.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    from biotrack.db import audit

    with session.db.conn:
        audit.append(session.db, user_id=None, username="test", action="test.append",
                     table_name="setting", record_id="x")
    rows = session.db.execute("SELECT id, prev_hash, hash FROM audit_event ORDER BY id"
                              ).fetchall()
    assert len(rows) == count + 1
    assert rows[-1][1] == rows[-2][2], "each event carries the hash of the one before"


def test_one_tube_per_position_is_enforced_by_the_schema(session: Session) -> None:
    indexes = {row[1]: row for row in session.db.execute("PRAGMA index_list(aliquot)")}
    assert "aliquot_one_per_position" in indexes
    assert indexes["aliquot_one_per_position"][2] == 1  # unique
