"""Opening the database file safely: checks first, pragmas, migrations, write transactions.

A file that is not a BioTrack database is refused without being touched (not even the journal
mode is changed); a file written by a newer BioTrack is refused with a readable message; a file
from an older version is backed up, then migrated (STYLE.md practice 3, qutebrowser sql.py).
Durability (issue "Nothing lost"): WAL, synchronous=FULL, foreign keys, and a busy timeout so
that a second process waits for the first instead of failing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from biotrack.db.migrations import MIGRATION_SET, known_migrations, migrations
from biotrack.errors import QT_TRANSLATE_NOOP, StorageUnavailable

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 30_000


def schema_version(names: list[str]) -> str:
    """The schema version a list of applied migrations amounts to, e.g. '0001'."""
    return names[-1].split("_", 1)[0] if names else "none"


def current_schema_version() -> str:
    return schema_version(known_migrations())


def _applied_migrations(conn: sqlite3.Connection) -> list[str] | None:
    """Applied BioTrack migrations, or None when the file holds no BioTrack schema."""
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
        ).fetchone()
        if not has_table:
            return None
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
            [MIGRATION_SET],
        ).fetchall()
    except sqlite3.DatabaseError as exc:
        raise StorageUnavailable(QT_TRANSLATE_NOOP("Messages", "not a BioTrack database "
                                                   "({problem})"), problem=exc) from None
    return [row[0] for row in rows] or None


def inspect_file(path: Path) -> list[str] | None:
    """Read-only look at a file: its applied migrations, None for a new (absent/empty) file.

    Raises StorageUnavailable for anything that is not a BioTrack database of a known version;
    the file is opened read-only so a foreign file is never modified.
    """
    if path.is_dir():
        raise StorageUnavailable(QT_TRANSLATE_NOOP("Messages", "{path} is a folder, not a "
                                                   "database file"), path=path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != SQLITE_MAGIC:
        raise StorageUnavailable(QT_TRANSLATE_NOOP("Messages", "{path} is not a BioTrack "
                                                   "database (not an SQLite file)"), path=path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StorageUnavailable(QT_TRANSLATE_NOOP("Messages", "cannot open {path}: {problem}"),
                                 path=path, problem=exc) from None
    try:
        applied = _applied_migrations(conn)
        if applied is None:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise StorageUnavailable(
                    QT_TRANSLATE_NOOP("Messages", "{path} is not a BioTrack database (it holds "
                                      "other tables); not touched"), path=path,
                )
            return None
    except sqlite3.DatabaseError as exc:
        raise StorageUnavailable(QT_TRANSLATE_NOOP("Messages", "{path} is not a usable database "
                                                   "({problem})"), path=path, problem=exc) from None
    finally:
        conn.close()
    unknown = [name for name in applied if name not in known_migrations()]
    if unknown:
        raise StorageUnavailable(
            QT_TRANSLATE_NOOP("Messages", "{path} was written by a newer BioTrack (schema "
                              "{schema}; this version knows up to {known}): please update "
                              "BioTrack"),
            path=path, schema=schema_version(applied), known=current_schema_version(),
        )
    return applied


def open_database(path: Path | str, *, backup_dir: Path | None = None) -> Database:
    """Open (creating or migrating as needed) the BioTrack database at ``path``."""
    path = Path(path)
    applied = inspect_file(path)
    pending = [name for name in known_migrations() if name not in (applied or [])]
    if applied and pending:
        backup_before_migration(path, applied, backup_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except (OSError, sqlite3.Error) as exc:
        raise StorageUnavailable(QT_TRANSLATE_NOOP("Messages", "cannot open {path}: {problem}"),
                                 path=path, problem=exc) from None
    db = Database(conn, execute_plugins=False)
    try:
        configure(db)
        if pending:
            migrations.apply(db)
    except sqlite3.OperationalError as exc:
        conn.close()
        raise StorageUnavailable(QT_TRANSLATE_NOOP("Messages", "cannot use {path}: {problem}"),
                                 path=path, problem=exc) from None
    return db


def configure(db: Database) -> None:
    """Per-connection pragmas for durability and for sharing the file between processes."""
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")


def backup_before_migration(path: Path, applied: list[str], backup_dir: Path | None) -> Path:
    """Copy the file with SQLite's online backup API before any migration touches it."""
    folder = backup_dir or path.parent
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}.schema-{schema_version(applied)}.{stamp}.bak"
    copy_database(path, target)
    return target


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live database (online backup API, safe while others write)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    except sqlite3.Error as exc:
        raise StorageUnavailable(QT_TRANSLATE_NOOP("Messages", "backup of {source} to {target} "
                                                   "failed: {problem}"),
                                 source=source, target=target, problem=exc) from None
    finally:
        dst.close()
        src.close()


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One all-or-nothing write: BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error.

    IMMEDIATE takes the write lock up front, so two processes queue on busy_timeout instead of
    one failing with "database is locked" when it upgrades a read to a write. Nested calls
    join the outer transaction through a savepoint (sqlite-utils' atomic()).
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StorageUnavailable(QT_TRANSLATE_NOOP("Messages", "the database is busy or "
                                                   "read-only: {problem}"), problem=exc) from None
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.rollback()
        raise
    else:
        try:
            db.conn.commit()
        except sqlite3.OperationalError as exc:
            db.conn.rollback()
            raise StorageUnavailable(QT_TRANSLATE_NOOP("Messages", "could not save: {problem}"),
                                     problem=exc) from None
