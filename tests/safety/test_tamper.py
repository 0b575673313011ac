"""Tamper detection (issue 3, "What it must show"): editing any audit row with plain sqlite3,
after dropping the append-only triggers, makes ``biotrack audit --verify`` fail and name that
event, and ``biotrack check`` fail; without dropping them, UPDATE and DELETE are refused."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from biotrack import cli
from biotrack.services import safety
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
