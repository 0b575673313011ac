"""Crash safety (issue 3, "What it must show"): SIGKILL a process that registers collections,
at random moments, then check that nothing is half-written and nothing acknowledged is lost.

The trial logic lives in bench/crash_trials.py (which runs 100 trials); the suite runs 20.
"""

from __future__ import annotations

import signal
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from bench.crash_trials import check_database, prepare_database, run_trials
from biotrack.services import app_context, collection, enrolment, safety
from tests.safety.support import settle

TRIALS = 20


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_acknowledged(tmp_path: Path) -> None:
    report = run_trials(tmp_path / "crash.db", TRIALS, seed=20261125)

    assert report.problems == []
    assert len(report.trials) == TRIALS
    assert all(t.returncode == -signal.SIGKILL for t in report.trials)
    # The trials did real work: kills early (during start-up) and late, many collections.
    assert min(t.kill_after for t in report.trials) <= 2
    assert max(t.kill_after for t in report.trials) >= 8
    assert report.acknowledged >= 5 * TRIALS
    # The file still opens for the application after twenty crashes.
    session = app_context.sign_in(tmp_path / "crash.db", "admin", "manager-pass")
    try:
        assert safety.verify_chain(session.db).ok
    finally:
        session.db.close()


def _registered_db(tmp_path: Path) -> tuple[Path, dict[int, int]]:
    db = tmp_path / "checked.db"
    prepare_database(db)
    session = app_context.sign_in(db, "admin", "manager-pass")
    try:
        p = enrolment.enrol(session, enrolment.Enrolment(
            cohort="ICI", site="NAV", enrolled_on=date(2026, 6, 1), regimen="pembrolizumab-q3w"))
        c = collection.register(session, p.code, "V1",
                                collection.Draw(drawn_at=datetime(2026, 6, 1, 9))).collection
    finally:
        session.db.close()
    settle(db)
    return db, {c.id: len(c.aliquots)}


def test_the_crash_checks_are_not_vacuous(tmp_path: Path) -> None:
    """The checker itself must see a half-written collection, an unaudited tube, a broken
    chain and a lost acknowledgement; otherwise 20 clean trials would prove nothing."""
    db, acknowledged = _registered_db(tmp_path)
    assert check_database(db, acknowledged) == []

    conn = sqlite3.connect(db)
    (cid,) = acknowledged
    conn.execute("DELETE FROM movement WHERE aliquot_id = (SELECT max(id) FROM aliquot)")
    conn.execute("DELETE FROM aliquot WHERE id = (SELECT max(id) FROM aliquot)")
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("UPDATE audit_event SET reason = 'edited' WHERE id = 3")
    conn.commit()
    conn.close()
    problems = check_database(db, {**acknowledged, cid + 1: 6})

    text = "\n".join(problems)
    assert f"collection {cid} has 7 of its 8 aliquots" in text
    assert "audit chain: event 3 was changed after it was written" in text
    assert f"acknowledged collection {cid + 1} is missing" in text
    assert f"acknowledged collection {cid} had 8 aliquots, now 7" in text


def test_an_aliquot_without_its_audit_event_is_reported(tmp_path: Path) -> None:
    db, acknowledged = _registered_db(tmp_path)
    conn = sqlite3.connect(db)
    barcode = conn.execute("SELECT barcode FROM aliquot ORDER BY id LIMIT 1").fetchone()[0]
    conn.execute("DROP TRIGGER audit_event_no_delete")
    conn.execute("DELETE FROM audit_event WHERE action = 'aliquot.create' AND record_id = ?",
                 [barcode])
    conn.commit()
    conn.close()

    problems = check_database(db, acknowledged)

    assert f"aliquot {barcode} has no aliquot.create audit event" in problems
