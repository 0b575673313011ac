"""Who a collection can be registered for (services.due.collectable, issue 8).

Why: the Register collection workspace used to read the whole participant list (25,000 lines,
half a second on the GUI thread at a million aliquots) and keep the active participants with a
planned visit. ``collectable`` reads only those, starting from the planned visits; these tests
hold it to the old reading of the same rule, and its plan to the index.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from biotrack.db import participants as repo
from biotrack.services import due, enrolment, overview
from biotrack.services.context import Session


@pytest.fixture
def study(session: Session) -> Session:
    """Nine participants over three sites, one withdrawn, one with a missed V1."""
    regimens = sorted(session.protocol.regimens)
    sites = ("NAV", "ARA", "GAL")
    for n in range(9):
        start = date(2026, 10, 1) + timedelta(days=(n * 7) % 40)
        enrolment.enrol(session, enrolment.Enrolment(
            cohort="ICI", site=sites[n % 3], enrolled_on=start,
            regimen=regimens[n % len(regimens)], first_dose=start + timedelta(days=3),
            diagnosis="Melanoma"))
    enrolment.withdraw(session, "IA-NAV-002", date(2026, 11, 20), "moved away")
    enrolment.mark_missed(session, "IA-ARA-001", "V1", "no show")
    return session


def test_collectable_is_the_active_participants_with_a_planned_visit(study: Session) -> None:
    everyone = overview.participant_overview(study)
    want = [p for p in everyone if p.status == "active" and p.next_visit is not None]
    found = due.collectable(study)
    assert found == want
    codes = [p.code for p in found]
    assert "IA-NAV-002" not in codes and codes == sorted(codes)
    by_code = {p.code: p for p in found}
    assert by_code["IA-ARA-001"].next_visit not in (None, "V1")  # missed: the next planned


def test_collectable_reads_the_planned_visits_through_the_index(study: Session) -> None:
    statements: list[str] = []
    study.db.conn.set_trace_callback(statements.append)
    try:
        repo.collectable_overview(study.db)
    finally:
        study.db.conn.set_trace_callback(None)
    (sql,) = [s for s in statements if "nxt_all" in s]
    plan = " | ".join(str(row[-1]) for row in study.db.execute("EXPLAIN QUERY PLAN " + sql))
    assert "visit_status_target" in plan
    assert "SCAN visit" not in plan and "SCAN p" not in plan
