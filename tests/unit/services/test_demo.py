"""The demo study (biotrack.services.demo): realistic, consistent, deterministic.

Most checks read one demo built with a fixed clock and a fixed ``today``; one builds it the
way ``biotrack init --demo`` does (app_context.create_database) with the real clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from biotrack.services import accounts, app_context, due, safety, temperature
from biotrack.services.context import Session
from biotrack.services.demo import CHECKOUT_REASON, TEMPERATURE_DAYS, populate
from tests.factories import FIXED_NOW, new_session

TODAY = FIXED_NOW.date()
BUFFY_VISITS = ("V1", "V5", "V7")


def _rows(session: Session, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    return list(session.db.execute(sql, params).fetchall())


def _value(session: Session, sql: str, params: tuple[Any, ...] = ()) -> Any:
    return _rows(session, sql, params)[0][0]


def _build(folder: Path, seed: int = 42) -> Session:
    session = new_session(folder)
    populate(session, seed=seed, today=TODAY)
    return session


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    session = _build(tmp_path_factory.mktemp("demo"))
    yield session
    session.db.close()


def test_both_cohorts_and_all_six_sites(demo: Session) -> None:
    cohorts = dict(_rows(demo, "SELECT cohort, count(*) FROM participant GROUP BY cohort"))
    assert set(cohorts) == {"ICI", "SAD"}
    assert cohorts["ICI"] > 3 * cohorts["SAD"] > 0
    assert 30 <= sum(cohorts.values()) <= 50
    sites = {row[0] for row in _rows(demo, "SELECT DISTINCT site_code FROM participant")}
    assert sites == {"ARA", "NAV", "GAL", "LOG", "MAT", "DON"}


def test_participants_look_like_the_study(demo: Session) -> None:
    diagnoses = _rows(demo, "SELECT diagnosis, count(*) FROM participant WHERE cohort = 'ICI'"
                            " GROUP BY diagnosis ORDER BY count(*) DESC")
    assert diagnoses[0][0] == "Non-small-cell lung cancer"
    regimens = _rows(demo, "SELECT regimen, count(*) FROM participant WHERE cohort = 'ICI'"
                           " GROUP BY regimen ORDER BY count(*) DESC")
    assert regimens[0][0] == "pembrolizumab-q3w"
    assert len(regimens) >= 4
    assert _value(demo, "SELECT count(*) FROM participant WHERE cohort = 'SAD' AND"
                        " (regimen IS NOT NULL OR first_dose IS NOT NULL)") == 0
    ages = _rows(demo, "SELECT CAST(substr(enrolled_on, 1, 4) AS INTEGER) - birth_year"
                       " FROM participant")
    assert all(30 <= age <= 86 for (age,) in ages)
    local_ids = [row[0] for row in _rows(demo, "SELECT local_id FROM participant"
                                               " WHERE local_id IS NOT NULL")]
    assert local_ids and all(i.startswith("NHC-") and i[4:].isdigit() for i in local_ids)
    enrolled = [date.fromisoformat(row[0]) for row in
                _rows(demo, "SELECT enrolled_on FROM participant")]
    assert max(enrolled) <= TODAY
    assert (max(enrolled) - min(enrolled)).days > 120  # spread over about six months


def test_every_collection_has_its_aliquots(demo: Session) -> None:
    counts = _rows(demo, "SELECT c.id, c.expected_aliquots, count(a.id) FROM collection c"
                         " LEFT JOIN aliquot a ON a.collection_id = c.id GROUP BY c.id")
    assert len(counts) > 80
    assert all(expected == found for _, expected, found in counts)


def test_buffy_coat_only_at_v1_v5_v7_of_ici(demo: Session) -> None:
    rows = _rows(demo, "SELECT p.cohort, v.code, c.deviations, count(a.id),"
                       " sum(a.sample_type != 'serum') FROM collection c"
                       " JOIN visit v ON v.id = c.visit_id"
                       " JOIN participant p ON p.id = v.participant_id"
                       " JOIN aliquot a ON a.collection_id = c.id GROUP BY c.id")
    for cohort, visit, deviations, aliquots, buffy in rows:
        short = "short draw" in deviations
        if cohort == "ICI" and visit in BUFFY_VISITS:
            assert buffy == 2
            assert aliquots == 8 or short
        else:
            assert buffy == 0
            assert aliquots == 6 or short
    assert any(v == "V1" for _, v, *_ in rows)
    assert any("short draw" in deviations for _, _, deviations, *_ in rows)


def test_draws_are_in_the_past_with_sensible_times(demo: Session) -> None:
    rows = _rows(demo, "SELECT drawn_at, received_at, centrifuged_at, frozen_at, deviations"
                       " FROM collection")
    for drawn, received, centrifuged, frozen, _ in rows:
        assert drawn < received <= centrifuged < frozen
        assert "08:00" <= drawn[11:16] <= "14:00"
        assert date.fromisoformat(drawn[:10]) < TODAY
    flagged = [d for *_, d in rows if "from draw to centrifugation" in d]
    assert flagged  # a few slow ones trigger the > 2 h quality flag
    assert len(flagged) < len(rows) / 5
    assert any("haemolysed" in d for *_, d in rows)


def test_clinical_events(demo: Session) -> None:
    ici = _value(demo, "SELECT count(*) FROM participant WHERE cohort = 'ICI'")
    with_irae = _value(demo, "SELECT count(DISTINCT participant_id) FROM irae")
    assert 0.25 * ici <= with_irae <= 0.45 * ici
    grades = [row[0] for row in _rows(demo, "SELECT grade FROM irae")]
    assert set(grades) <= {1, 2, 3, 4}
    assert sum(g <= 2 for g in grades) > len(grades) / 2
    assert _value(demo, "SELECT count(*) FROM irae i JOIN participant p"
                        " ON p.id = i.participant_id WHERE i.diagnosed_on <= p.first_dose"
                        " OR i.diagnosed_on >= ?", (TODAY.isoformat(),)) == 0
    assert _value(demo, "SELECT count(*) FROM visit WHERE kind = 'irae'"
                        " AND status = 'collected'") > 0
    for kind in ("flare", "remission"):
        assert _value(demo, "SELECT count(*) FROM visit WHERE kind = ?", (kind,)) > 0
    missed = _rows(demo, "SELECT status_reason FROM visit WHERE status = 'missed'")
    assert missed and all(reason for (reason,) in missed)
    withdrawn = _rows(demo, "SELECT status_on, status_reason FROM participant"
                            " WHERE status = 'withdrawn'")
    assert 1 <= len(withdrawn) <= 2
    assert all(on and reason for on, reason in withdrawn)


def test_open_visits_for_the_due_list(demo: Session) -> None:
    listed = due.due(demo, TODAY, TODAY + timedelta(days=14))
    assert any(not v.overdue for v in listed)
    assert any(v.overdue for v in listed)


def test_storage_activity(demo: Session) -> None:
    statuses = dict(_rows(demo, "SELECT status, count(*) FROM aliquot GROUP BY status"))
    assert statuses.get("checked_out", 0) >= 1
    assert statuses.get("consumed", 0) >= 1
    assert statuses.get("discarded") == 1
    assert _value(demo, "SELECT count(*) FROM movement WHERE action = 'checked_out'"
                        " AND reason = ?", (CHECKOUT_REASON,)) >= 4
    returned = _rows(demo, "SELECT status, thaw_count, box_id IS NOT NULL FROM aliquot"
                           " WHERE id IN (SELECT aliquot_id FROM movement"
                           " WHERE action = 'returned')")
    assert returned
    assert set(returned) == {("in_storage", 1, 1)}  # back in its reserved position
    assert _value(demo, "SELECT count(*) FROM movement WHERE action = 'discarded'"
                        " AND reason IS NOT NULL") == 1


def test_positions_are_unique_and_the_freezer_not_full(demo: Session) -> None:
    shared = _rows(demo, "SELECT box_id, pos_row, pos_col FROM aliquot WHERE box_id IS NOT NULL"
                         " GROUP BY box_id, pos_row, pos_col HAVING count(*) > 1")
    assert shared == []
    assert _value(demo, "SELECT count(*) FROM aliquot WHERE status IN"
                        " ('in_storage', 'checked_out') AND box_id IS NULL") == 0
    serum = _value(demo, "SELECT count(*) FROM aliquot WHERE box_id IS NOT NULL"
                         " AND sample_type = 'serum'")
    capacity = _value(demo, "SELECT sum(n_rows * n_cols) FROM box WHERE box_type = 'serum'")
    assert serum < capacity / 2


def test_audit_trail_and_integrity(demo: Session) -> None:
    collections = _value(demo, "SELECT count(*) FROM collection")
    assert _value(demo, "SELECT count(*) FROM audit_event") > collections
    users = {row[0] for row in _rows(demo, "SELECT DISTINCT username FROM audit_event")}
    assert {"admin", "nurse", "tech"} <= users
    report = safety.check(demo.db)
    assert report.ok, report.problems


def test_deterministic_for_a_seed(demo: Session, tmp_path: Path) -> None:
    def fingerprint(session: Session) -> tuple[list[tuple[Any, ...]], ...]:
        return (
            _rows(session, "SELECT code, cohort, diagnosis, regimen FROM participant"
                           " ORDER BY code"),
            _rows(session, "SELECT collection_id, count(*) FROM aliquot GROUP BY collection_id"
                           " ORDER BY collection_id"),
            _rows(session, "SELECT barcode, status, thaw_count FROM aliquot ORDER BY barcode"),
        )

    again = _build(tmp_path / "again")
    other = _build(tmp_path / "other", seed=7)
    try:
        assert fingerprint(again) == fingerprint(demo)
        assert fingerprint(other)[0] != fingerprint(demo)[0]
    finally:
        again.db.close()
        other.db.close()


def test_create_database_with_demo(tmp_path: Path) -> None:
    """The way `biotrack init --demo` builds it: real clock, demo accounts, caller untouched."""
    session = app_context.create_database(tmp_path / "demo.db", "admin", "admin-pass",
                                          demo=True)
    try:
        assert session.user.username == "admin"
        assert abs(session.now() - datetime.now(UTC)) < timedelta(minutes=5)  # real clock
        summary = app_context.summary(session)
        assert summary["participants"] >= 30 and summary["collections"] > 0
        assert summary["users"] == 3
        nurse = accounts.authenticate(session.db, "nurse", app_context.DEMO_PASSWORD)
        tech = accounts.authenticate(session.db, "tech", app_context.DEMO_PASSWORD)
        assert (nurse.role, tech.role) == ("nurse", "technician")
        assert accounts.authenticate(session.db, "admin", "admin-pass").role == "manager"
        latest = _value(session, "SELECT max(drawn_at) FROM collection")
        assert date.fromisoformat(latest[:10]) < date.today()
    finally:
        session.db.close()


def test_a_temperature_log_with_one_excursion(demo: Session) -> None:
    """The Temperatures page and the inventory's sheet have something true to show."""
    count = _value(demo, "SELECT count(*) FROM temperature_reading")
    assert count == TEMPERATURE_DAYS * len(temperature.freezer_codes(demo))
    month = f"{TODAY - timedelta(days=23):%Y-%m}"
    log = temperature.month_log(demo, "F1", month)
    excursions = [r for r in log.readings if r.excursion]
    assert len(excursions) == 1 and excursions[0].note
