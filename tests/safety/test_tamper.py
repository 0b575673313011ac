"""Tamper detection (issue 3, "What it must show"): editing any audit row with plain sqlite3,
after dropping the append-only triggers, makes ``biotrack audit --verify`` fail and name that
event, and ``biotrack check`` fail; without dropping them, UPDATE and DELETE are refused."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from biotrack import cli
from biotrack.audit_chain import GENESIS_HASH, event_hash
from biotrack.errors import UserError
from biotrack.services import accounts, app_context, safety
from tests.factories import MANAGER_PASSWORD
from tests.safety.support import (
    Study,
    build_study,
    cli_env,
    copy_with_backup_api,
    dump,
    run_cli,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Study:
    return build_study(tmp_path_factory.mktemp("tamper-template"))


@pytest.fixture
def copy(template: Study, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = copy_with_backup_api(template.path, tmp_path / "tampered.db")
    for key, value in cli_env(tmp_path / "home", target).items():
        monkeypatch.setenv(key, value)
    return target


def _event_id(path: Path, where: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT min(id) FROM audit_event WHERE {where}").fetchone()[0])
    finally:
        conn.close()


def _tamper(path: Path, sql: str, params: tuple[object, ...]) -> None:
    """What someone with the sqlite3 shell would do: drop the guards, edit, commit."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("DROP TRIGGER audit_event_no_delete")
        cursor = conn.execute(sql, params)
        assert cursor.rowcount == 1
        conn.commit()
    finally:
        conn.close()


# (which event, which column, the new value): rows of different kinds, columns of every kind.
EDITS = [
    ("action = 'user.create'", "username", "mallory"),
    ("action = 'user.create'", "user_id", 99),
    ("action = 'database.init'", "after", '{"protocol": "other"}'),
    ("action = 'participant.enrol'", "record_id", "IA-NAV-999"),
    ("action = 'participant.enrol'", "at", "2026-01-01T00:00:00.000000+00:00"),
    ("action = 'participant.withdrawn'", "reason", "no reason"),
    ("action = 'aliquot.create'", "after", None),
    ("action = 'collection.register'", "table_name", "visit"),
    ("action = 'aliquot.checked_out'", "before", '{"status": "discarded"}'),
    ("action = 'aliquot.discarded'", "action", "aliquot.consumed"),
    ("action = 'aliquot.discarded'", "reason", "tube cracked "),
    ("action = 'freezer.add'", "hash", "0" * 64),
    ("action = 'user.update'", "prev_hash", "f" * 64),
]


@pytest.mark.parametrize(("where", "column", "value"), EDITS,
                         ids=[f"{w.split(chr(39))[1]}-{c}" for w, c, _ in EDITS])
def test_an_edited_audit_row_is_named_by_audit_verify_and_check(
        where: str, column: str, value: object, copy: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    event = _event_id(copy, where)
    _tamper(copy, f"UPDATE audit_event SET {column} = ? WHERE id = ?", (value, event))

    verify = cli.main(["audit", "--verify"])
    out, err = capsys.readouterr()
    assert verify == 1
    assert f"AUDIT TRAIL BROKEN at event {event}:" in out
    assert err == f"biotrack: error: audit trail broken at event {event}\n"

    assert cli.main(["check"]) == 1
    out, err = capsys.readouterr()
    assert f"PROBLEM: audit chain: event {event} " in out
    assert err.startswith("biotrack: error: ") and err.count("\n") == 1


def test_a_deleted_middle_event_is_named(copy: Path, capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    event = _event_id(copy, "action = 'participant.enrol'")
    _tamper(copy, "DELETE FROM audit_event WHERE id = ?", (event,))

    assert cli.main(["audit", "--verify", "--json"]) == 1
    out, _ = capsys.readouterr()
    import json

    report = json.loads(out)
    assert report["ok"] is False
    assert report["broken_event"] == event + 1
    assert f"event {event} is missing" in report["problem"]
    assert cli.main(["check"]) == 1


def test_every_event_of_the_trail_is_covered(template: Study, tmp_path: Path) -> None:
    """Not only the sampled rows above: editing any one event breaks the chain at it."""
    conn = sqlite3.connect(template.path)
    ids = [r[0] for r in conn.execute("SELECT id FROM audit_event ORDER BY id")]
    conn.close()
    assert len(ids) >= 20
    for event in ids:
        path = copy_with_backup_api(template.path, tmp_path / f"edit-{event}.db")
        column = ("reason", "after", "at", "username")[event % 4]
        _tamper(path, f"UPDATE audit_event SET {column} = coalesce({column}, '') || '.'"
                      " WHERE id = ?", (event,))
        db = Database(sqlite3.connect(path))
        try:
            report = safety.verify_chain(db)
        finally:
            db.close()
        assert (report.ok, report.broken_id) == (False, event), column


def test_an_untouched_copy_verifies(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["audit", "--verify"]) == 0
    assert "chain intact" in capsys.readouterr().out
    assert cli.main(["check"]) == 0
    assert "database sound" in capsys.readouterr().out


@pytest.mark.slow
def test_tamper_detection_through_the_real_program(copy: Path, tmp_path: Path) -> None:
    event = _event_id(copy, "action = 'aliquot.create'")
    _tamper(copy, "UPDATE audit_event SET after = replace(after, '500', '5000') WHERE id = ?",
            (event,))
    env = cli_env(tmp_path / "home", copy)

    verify = run_cli(["audit", "--verify"], env)
    check = run_cli(["check"], env)

    assert verify.returncode == 1
    assert f"event {event}" in verify.stdout + verify.stderr
    assert "Traceback" not in verify.stderr
    assert check.returncode == 1
    assert f"event {event}" in check.stdout


@pytest.fixture
def connection(copy: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(copy)
    yield conn
    conn.close()


@pytest.mark.parametrize("sql", [
    "UPDATE audit_event SET reason = 'edited' WHERE id = 2",
    "UPDATE audit_event SET hash = prev_hash",
    "DELETE FROM audit_event WHERE id = 3",
    "DELETE FROM audit_event",
], ids=["update-one", "update-all", "delete-one", "delete-all"])
def test_the_triggers_refuse_update_and_delete(sql: str, copy: Path,
                                               connection: sqlite3.Connection) -> None:
    before = dump(copy)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        connection.execute(sql)
    connection.rollback()
    assert dump(copy) == before


def test_check_reports_dropped_append_only_triggers(tmp_path: Path) -> None:
    """Dropping the triggers is itself tampering, even before any row is edited."""
    from tests.factories import new_session

    session = new_session(tmp_path)
    assert safety.check(session.db).ok
    session.db.execute("DROP TRIGGER audit_event_no_delete")
    report = safety.check(session.db)
    assert not report.ok
    assert any("audit_event_no_delete" in str(p) for p in report.problems), report.problems
    session.db.close()


def test_check_reports_a_wrong_free_position_count(tmp_path: Path) -> None:
    """The allocator trusts box_fill to pick a box; check must notice when it is wrong."""
    from tests.factories import new_session

    session = new_session(tmp_path)
    session.db.execute("UPDATE box_fill SET free = free - 5 WHERE box_id = 1")
    report = safety.check(session.db)
    assert any("box 1: free-position count 76 but 81 positions free" in str(p)
               for p in report.problems), report.problems
    session.db.close()


def test_problems_read_in_english_as_before_and_in_the_readers_language(tmp_path: Path) -> None:
    """The problems are Messages: str() is the English line (CLI, JSON), text(tr) translated."""
    from tests.factories import new_session

    session = new_session(tmp_path)
    session.db.execute("DROP TRIGGER audit_event_no_update")
    session.db.execute("UPDATE audit_event SET reason = 'edited' WHERE id = 2")
    report = safety.check(session.db)
    chain = safety.verify_chain(session.db)
    session.db.close()
    spanish = {"audit chain: {problem}": "cadena de auditoría: {problem}",
               "event {id} was changed after it was written":
               "el evento {id} se modificó después de escribirse"}

    def translate(context: str, text: str) -> str:
        assert context == "Messages"
        return spanish.get(text, text)

    assert str(chain.problem) == "event 2 was changed after it was written"
    assert chain.to_json()["problem"] == "event 2 was changed after it was written"
    assert [str(p) for p in report.problems] == [
        "audit chain: event 2 was changed after it was written",
        "trigger audit_event_no_update was removed: the audit trail is no longer append-only"]
    assert report.problems[0].text(translate) == (
        "cadena de auditoría: el evento 2 se modificó después de escribirse")


# -- the trail against a backup (what the chain alone cannot show) ------------------------------

BACKUP_DAY = date(2026, 11, 25)
TRIGGERS_SQL = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'"


def _daily_backup(path: Path, folder: Path, day: date = BACKUP_DAY) -> Path:
    backup = safety.auto_backup(path, folder, keep_days=3650, today=day)
    assert backup is not None
    return backup


def _last_id(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT max(id) FROM audit_event").fetchone()[0])
    finally:
        conn.close()


def _behind_the_triggers(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    """Drop the append-only triggers, run the statements, put the triggers back: ``check``
    then sees nothing missing."""
    conn = sqlite3.connect(path)
    try:
        triggers = [r[0] for r in conn.execute(TRIGGERS_SQL)]
        assert len(triggers) >= 2
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("DROP TRIGGER audit_event_no_delete")
        for sql, params in statements:
            conn.execute(sql, params)
        for sql in triggers:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def _rewrite_from(path: Path, event: int, column: str, value: object) -> None:
    """Edit one event, then recompute every hash from it on: a consistent, forged chain."""
    _behind_the_triggers(path, (f"UPDATE audit_event SET {column} = ? WHERE id = ?",
                                (value, event)))
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER audit_event_no_update")
        cursor = conn.execute("SELECT * FROM audit_event WHERE id >= ? - 1 ORDER BY id",
                              (event,))
        names = [c[0] for c in cursor.description]
        events = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
        if event == 1:
            events.insert(0, {"hash": GENESIS_HASH})
        previous = events[0]["hash"]
        for row in events[1:]:
            row["prev_hash"] = previous
            row["hash"] = event_hash(row)
            conn.execute("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE id = ?",
                         (row["prev_hash"], row["hash"], row["id"]))
            previous = row["hash"]
        conn.commit()
    finally:
        conn.close()
    restored = sqlite3.connect(path)
    try:  # the guard back, as the person covering their tracks would leave it
        restored.execute("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event"
                         " BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END")
        restored.commit()
    finally:
        restored.close()


def _verify(path: Path, backup: Path) -> safety.BackupComparison:
    db = Database(sqlite3.connect(path))
    try:
        return safety.verify_against(db, backup)
    finally:
        db.close()


def _chain_and_check(path: Path) -> tuple[safety.ChainReport, safety.CheckReport]:
    db = Database(sqlite3.connect(path))
    try:
        return safety.verify_chain(db), safety.check(db)
    finally:
        db.close()


def test_the_last_events_deleted_behind_recreated_triggers_show_against_a_backup(
        copy: Path, tmp_path: Path) -> None:
    backup = _daily_backup(copy, tmp_path / "backups")
    last = _last_id(copy)
    _behind_the_triggers(copy, ("DELETE FROM audit_event WHERE id > ?", (last - 3,)))

    chain, checked = _chain_and_check(copy)
    assert chain.ok and chain.events == last - 3  # the chain alone cannot tell
    assert not any("trigger" in str(p) for p in checked.problems)

    report = _verify(copy, backup)
    assert not report.ok and report.chain.ok and not report.matches
    assert str(report.problem) == (f"event {last - 2} of the backup of 2026-11-25 is missing: "
                                   "the audit trail lost its last events")
    assert (report.backup_last_event, report.compared_event) == (last, last)


def test_a_consistently_rewritten_trail_shows_against_a_backup(copy: Path,
                                                              tmp_path: Path) -> None:
    backup = _daily_backup(copy, tmp_path / "backups")
    event = _event_id(copy, "action = 'participant.withdrawn'")
    assert event < _last_id(copy) - 2
    _rewrite_from(copy, event, "reason", "moved away")

    chain, checked = _chain_and_check(copy)
    assert chain.ok  # every hash recomputed: the chain verifies
    assert checked.ok, checked.problems

    report = _verify(copy, backup)
    assert not report.ok
    assert str(report.problem) == (f"event {event} differs from the backup of 2026-11-25: the "
                                   "audit trail was rewritten")
    assert report.to_json()["backup"]["problem"] == str(report.problem)  # type: ignore[index]


def test_a_trail_rewritten_from_its_first_event_or_another_database_is_named(
        copy: Path, tmp_path: Path, template: Study) -> None:
    backup = _daily_backup(copy, tmp_path / "backups")
    _rewrite_from(copy, 1, "at", "2026-01-01T00:00:00.000000+00:00")
    report = _verify(copy, backup)
    assert report.chain.ok and not report.ok
    assert str(report.problem) == ("event 1 differs from the backup of 2026-11-25: the backup is "
                                   "of another database, or the whole audit trail was "
                                   "rewritten")

    other = build_study(tmp_path / "other")
    assert "another database" in str(_verify(other.path, _daily_backup(
        template.path, tmp_path / "template-backups")).problem)


def test_an_untouched_database_matches_its_backup_also_after_new_events(
        copy: Path, tmp_path: Path) -> None:
    backup = _daily_backup(copy, tmp_path / "backups")
    report = _verify(copy, backup)
    assert report.ok and report.matches and report.problem is None and report.note is None
    assert report.compared_event == report.backup_last_event == _last_id(copy)
    assert report.taken_on == BACKUP_DAY

    session = app_context.sign_in(copy, "admin", MANAGER_PASSWORD)
    try:
        accounts.add_user(session, "newcomer", "nurse", "pass-word-1")
    finally:
        session.db.close()
    later = _verify(copy, backup)
    assert later.ok and later.chain.events == report.chain.events + 1
    assert later.to_json()["backup"] == {  # type: ignore[comparison-overlap]
        "file": str(backup), "date": "2026-11-25", "last_event": report.backup_last_event,
        "compared_event": report.backup_last_event, "matches": True, "problem": None,
        "note": None}


def test_a_backup_taken_before_a_restore_is_compared_up_to_the_restore(
        copy: Path, tmp_path: Path) -> None:
    """The newest daily copy can hold the timeline a restore replaced: not a tampering."""
    folder = tmp_path / "backups"
    older = _daily_backup(copy, folder, date(2026, 11, 24))
    session = app_context.sign_in(copy, "admin", MANAGER_PASSWORD)
    try:
        accounts.add_user(session, "later", "nurse", "pass-word-1")
        newer = _daily_backup(copy, folder, BACKUP_DAY)
        safety.restore(session, copy, older)
    finally:
        session.db.close()
    assert safety.latest_backup(folder) == newer

    report = _verify(copy, newer)
    restore = _last_id(copy)
    assert report.ok and report.compared_event == restore - 1
    assert report.backup_last_event is not None and report.backup_last_event >= restore
    assert str(report.note).startswith(
        f"the backup of 2026-11-25 was taken before the restore recorded as event {restore} (")
    assert str(report.note).endswith(f", by admin): compared up to event {restore - 1}")
    assert _verify(copy, older).ok and _verify(copy, older).note is None


def test_a_backup_without_events_has_nothing_to_compare(copy: Path, tmp_path: Path) -> None:
    empty = copy_with_backup_api(copy, tmp_path / "empty.sqlite3")
    _behind_the_triggers(empty, ("DELETE FROM audit_event", ()))
    report = _verify(copy, empty)
    assert report.ok and report.backup_last_event is None
    assert "holds no audit events: there is nothing to compare" in str(report.note)


def test_a_file_that_is_no_backup_is_refused(copy: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database")
    for path, words in ((tmp_path / "absent.sqlite3", "no backup file at"),
                        (text, "not a BioTrack database"),
                        (tmp_path, "no backup file at")):
        with pytest.raises(UserError, match=words):
            _verify(copy, path)


def test_the_newest_daily_backup_is_found_by_its_name(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    assert safety.latest_backup(folder) is None  # no folder yet
    folder.mkdir()
    assert safety.latest_backup(folder) is None
    for name in ("biotrack-auto-2026-11-23.sqlite3", "biotrack-auto-2026-11-25.sqlite3",
                 "biotrack-auto-2026-11-24.sqlite3", "biotrack-auto-not-a-date.sqlite3",
                 "biotrack-auto-2026-12-01.partial", "other-2026-12-31.sqlite3"):
        (folder / name).write_bytes(b"")
    assert safety.latest_backup(folder) == folder / "biotrack-auto-2026-11-25.sqlite3"
    assert safety.backup_date(folder / "biotrack-auto-2026-11-24.sqlite3") == date(2026, 11, 24)


def test_audit_against_a_backup_from_the_command_line(copy: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    backup = _daily_backup(copy, tmp_path / "backups")
    last = _last_id(copy)

    assert cli.main(["audit", "--verify", "--against", str(backup)]) == 0
    out, err = capsys.readouterr()
    assert out == (f"audit trail verified: {last} events, chain intact\n"
                   f"matches the backup of 2026-11-25 ({backup}): its events up to {last} are "
                   "unchanged\n")
    assert err == ""

    _behind_the_triggers(copy, ("DELETE FROM audit_event WHERE id = ?", (last,)))
    assert cli.main(["audit", "--against", str(backup)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"audit trail verified: {last - 1} events, chain intact",
        f"DOES NOT MATCH THE BACKUP {backup}: event {last} of the backup of 2026-11-25 is "
        "missing: the audit trail lost its last events"]
    assert err == "biotrack: error: the audit trail does not match the backup of 2026-11-25\n"

    assert cli.main(["audit", "--against", str(backup), "--json"]) == 1
    out, _ = capsys.readouterr()
    report = json.loads(out)
    assert report["ok"] is False and report["events"] == last - 1
    assert report["broken_event"] is None
    assert report["backup"]["matches"] is False and report["backup"]["last_event"] == last
    assert report["backup"]["problem"].startswith(f"event {last} of the backup of 2026-11-25")


def test_audit_against_a_file_that_is_no_backup_is_one_clear_line(
        copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert cli.main(["audit", "--against", str(text)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("biotrack: error: ") and err.count("\n") == 1
    assert str(text) in err and "Traceback" not in err


@pytest.mark.slow
def test_audit_against_a_backup_through_the_real_program(copy: Path, tmp_path: Path) -> None:
    backup = _daily_backup(copy, tmp_path / "backups")
    event = _event_id(copy, "action = 'participant.withdrawn'")
    _rewrite_from(copy, event, "reason", "moved away")
    env = cli_env(tmp_path / "home", copy)

    chain_only = run_cli(["audit", "--verify"], env)
    against = run_cli(["audit", "--verify", "--against", str(backup)], env)

    assert chain_only.returncode == 0  # the rewritten chain verifies on its own
    assert against.returncode == 1
    assert (f"event {event} differs from the backup of 2026-11-25: the audit trail was "
            "rewritten") in against.stdout
    assert against.stderr == ("biotrack: error: the audit trail does not match the backup of "
                              "2026-11-25\n")
