"""Migrations (issue 3, point 5; STYLE.md practice 3): a database in the previous schema, with
real rows in it, is backed up and then migrated; a database from a newer BioTrack and a file
that is not a BioTrack database are refused and left byte-identical."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from biotrack import cli
from biotrack.db import participants as participant_repo
from biotrack.db.connection import configure, inspect_file, open_database
from biotrack.db.migrations import known_migrations, migrations
from biotrack.errors import StorageUnavailable
from biotrack.protocol import load_protocol
from biotrack.services import accounts, collection, enrolment, safety, storage
from biotrack.services.context import Session, change
from tests.factories import MANAGER_PASSWORD, fixed_clock
from tests.safety.support import build_study, cli_env, dump

PREVIOUS = "0001_initial"
NEXT = "0002_label_printing"
NEW_TABLES = {"label_print", "barcode_reservation"}


def build_previous_schema(path: Path) -> None:
    """A database as the 0001 version wrote it: schema 0001 only, initialised the way
    services/setup.initialise does, with participants, a collection and movements."""
    db = Database(sqlite3.connect(path), execute_plugins=False)
    try:
        configure(db)
        # Today's services write through today's schema (registration looks up pre-printed
        # barcodes), so the rows are made on the full schema and what the later migrations
        # added is then taken away again; test_builder_gives_exactly_schema_0001 checks the
        # result is the 0001 schema, table for table.
        migrations.apply(db)
        protocol = load_protocol()
        manager = accounts.create_first_manager(db, "admin", MANAGER_PASSWORD)
        session = Session(db, protocol, manager, fixed_clock())
        with change(session, "storage_layout") as rec:
            participant_repo.set_setting(db, "protocol", protocol.id)
            participant_repo.set_setting(db, "created_at", session.now_iso())
            for site in protocol.sites:
                participant_repo.insert_site(db, site.code, site.name, site.sponsor)
            rec.record("database.init", "setting", "protocol",
                       after={"protocol": protocol.id})
        layout = protocol.storage
        storage.add_freezer(session, storage.Layout(
            code=layout.freezer_code, name=layout.freezer_name, shelves=1,
            racks_per_shelf=layout.racks_per_shelf, boxes_per_rack=1,
            rack_box_types=layout.rack_box_types))
        ici = enrolment.enrol(session, enrolment.Enrolment(
            cohort="ICI", site="NAV", enrolled_on=date(2026, 6, 1),
            regimen="pembrolizumab-q3w", local_id="NHC-7"))
        enrolment.enrol(session, enrolment.Enrolment(cohort="SAD", site="ARA",
                                                     enrolled_on=date(2026, 6, 2)))
        tubes = collection.register(session, ici.code, "V1", collection.Draw(
            drawn_at=datetime(2026, 6, 1, 9))).collection.aliquots
        storage.finish(session, [tubes[0].barcode], "discard", "cracked")
        enrolment.mark_missed(session, ici.code, "V2", "patient unwell")
        with db.atomic():
            _undo_later_migrations(db)
    finally:
        db.close()


def _undo_later_migrations(db: Database) -> None:
    """Take away what every migration after 0001 added (its tables, indexes and triggers,
    and its row in _sqlite_migrations), so that exactly the 0001 schema is left."""
    pure = Database(sqlite3.connect(":memory:"), execute_plugins=False)
    migrations.apply(pure, stop_before=NEXT)
    keep = {row[0] for row in pure.execute("SELECT name FROM sqlite_master")}
    pure.close()
    added = db.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                       ).fetchall()
    for kind in ("trigger", "index", "table"):  # triggers first: they name the tables
        for type_, name in added:
            if type_ == kind and name not in keep:
                db.execute(f"DROP {kind.upper()} IF EXISTS {name}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name <> ?", [PREVIOUS])


def _schema(path: Path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {(r[0], r[1]) for r in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE '_sqlite_migrations%'")}
    finally:
        conn.close()


def test_builder_gives_exactly_schema_0001(tmp_path: Path) -> None:
    built = tmp_path / "built.db"
    build_previous_schema(built)
    pure = tmp_path / "pure.db"
    db = Database(sqlite3.connect(pure), execute_plugins=False)
    migrations.apply(db, stop_before=NEXT)
    db.close()
    assert _applied(built) == [PREVIOUS]
    assert _schema(built) == _schema(pure)


def _applied(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'biotrack' ORDER BY id")]
    finally:
        conn.close()


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def _rows(path: Path, tables: set[str]) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                for t in sorted(tables - {"_sqlite_migrations"})}
    finally:
        conn.close()


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    build_previous_schema(path)
    assert _applied(path) == [PREVIOUS]
    assert not NEW_TABLES & _tables(path)
    return path


def test_the_migration_path_is_the_one_under_test() -> None:
    assert known_migrations()[:2] == [PREVIOUS, NEXT]


def test_an_older_database_is_backed_up_then_migrated(previous: Path) -> None:
    old_tables = _tables(previous)
    old_rows = _rows(previous, old_tables)
    old_dump = dump(previous)
    # Real rows, not an empty schema: participants, a collection, tubes, movements, audit.
    assert (len(old_rows["participant"]), len(old_rows["collection"]),
            len(old_rows["aliquot"])) == (2, 1, 8)
    assert len(old_rows["movement"]) >= 8 and len(old_rows["audit_event"]) >= 15

    db = open_database(previous)
    try:
        report = safety.check(db)
    finally:
        db.close()

    backups = list(previous.parent.glob("old.schema-0001.*.bak"))
    assert len(backups) == 1
    backup = backups[0]
    assert _applied(backup) == [PREVIOUS]
    assert dump(backup) == old_dump
    assert _applied(previous) == known_migrations()
    assert _tables(previous) >= NEW_TABLES
    assert _rows(previous, old_tables) == old_rows
    assert report.ok, report.problems


def test_a_migrated_database_works_and_is_not_backed_up_twice(previous: Path) -> None:
    open_database(previous).close()
    db = open_database(previous)
    try:
        user = accounts.authenticate(db, "admin", MANAGER_PASSWORD)
        session = Session(db, load_protocol(), user, fixed_clock())
        registered = collection.register(session, "IA-ARA-001", "BASELINE", collection.Draw(
            drawn_at=datetime(2026, 6, 2, 9)))
        assert len(registered.collection.aliquots) == 6
        assert safety.verify_chain(db).ok
    finally:
        db.close()
    assert len(list(previous.parent.glob("*.bak"))) == 1


def test_the_backup_goes_to_the_folder_asked_for(previous: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    open_database(previous, backup_dir=folder).close()
    assert [p.name.split(".")[1] for p in folder.glob("*.bak")] == ["schema-0001"]
    assert not list(previous.parent.glob("*.bak"))


@pytest.fixture
def newer(tmp_path: Path) -> Path:
    study = build_study(tmp_path, "newer.db")
    conn = sqlite3.connect(study.path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES ('biotrack', '0099_from_the_future', '2031-01-01 00:00:00')")
    conn.commit()
    conn.close()
    return study.path


def test_a_newer_database_is_refused_and_left_alone(newer: Path) -> None:
    before = newer.read_bytes()
    with pytest.raises(StorageUnavailable, match="newer") as raised:
        open_database(newer)
    assert "update BioTrack" in str(raised.value)
    assert newer.read_bytes() == before
    assert not list(newer.parent.glob("*.bak"))


def test_a_newer_database_through_the_cli(newer: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    for key, value in cli_env(tmp_path / "home", newer).items():
        monkeypatch.setenv(key, value)
    before = newer.read_bytes()

    assert cli.main(["schedule", "IA-NAV-001"]) == 1     # the file is at fault: "anything else"

    err = capsys.readouterr().err
    assert err.startswith("biotrack: error: ") and "newer" in err and err.count("\n") == 1
    assert newer.read_bytes() == before


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_a_foreign_sqlite_file_is_refused_untouched(journal: str, tmp_path: Path) -> None:
    path = tmp_path / "inventory.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO item (name) VALUES (?)", [("a",), ("b",)])
    conn.commit()
    conn.close()
    before = path.read_bytes()

    with pytest.raises(StorageUnavailable, match="not a BioTrack database"):
        open_database(path)
    with pytest.raises(StorageUnavailable):
        inspect_file(path)

    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()
                  if not p.name.endswith(("-wal", "-shm"))) == ["inventory.sqlite"]


def test_a_file_with_a_foreign_migrations_table_is_refused(tmp_path: Path) -> None:
    """Another sqlite-utils application's migrations are not BioTrack's."""
    path = tmp_path / "other-app.db"
    db = Database(sqlite3.connect(path))
    db["_sqlite_migrations"].insert({"migration_set": "other", "name": "0001_x",
                                     "applied_at": "2026-01-01"})
    db["thing"].insert({"id": 1})
    db.close()
    before = path.read_bytes()

    with pytest.raises(StorageUnavailable, match="not a BioTrack database"):
        open_database(path)
    assert path.read_bytes() == before
