"""The pull-list selection reaches the big tables through indices (issue 7.7; issue 8, point 3).

Why: a study holds up to a million aliquots and a pull list is chosen by criteria over all of
them; a full scan of ``aliquot`` would make every preview in the GUI a pause of seconds. The
selection is one statement (biotrack/db/retrieval.py) whose plan must SEARCH, never SCAN,
``aliquot``, for every kind of criterion; the helpers and the generated study are those of
tests/unit/db/test_query_plans.py.
"""

from __future__ import annotations

import pytest

from biotrack.services import retrieval
from biotrack.services.context import Session
from biotrack.services.retrieval import Criteria, criteria
from tests.unit.db.test_query_plans import assert_indexed, full_scans, statements


@pytest.mark.parametrize("wanted", [
    criteria(cohorts="ICI", visits="V1,V5", kinds="irae", sample_types="serum", numbers=1),
    criteria(sites="NAV"),
    criteria(kinds="irae"),
    criteria(sample_types="serum", numbers="1"),
    criteria(cohorts="SAD", sample_types="buffy_coat"),
], ids=["interferon-batch", "site", "kind", "sample-and-number", "cohort-and-type"])
def test_the_selection_is_one_indexed_statement(session: Session, wanted: Criteria) -> None:
    ran = statements(session, lambda: retrieval.preview(session, wanted))
    selections = [sql for sql in ran if "WITH chosen" in sql]
    assert len(selections) == 1, ran
    assert not full_scans(session, selections[0])
    assert_indexed(session, lambda: retrieval.preview(session, wanted))


def test_by_participant_the_selection_starts_at_its_code(session: Session) -> None:
    code = str(session.db.execute("SELECT code FROM participant LIMIT 1").fetchone()[0])
    ran = statements(session, lambda: retrieval.preview(session, criteria(participants=code),
                                                        allow_last=True))
    (selection,) = [sql for sql in ran if "WITH chosen" in sql]
    plan = [str(row[3]) for row in session.db.execute("EXPLAIN QUERY PLAN " + selection)]
    assert any(line.startswith("SEARCH p USING") and "(code=?)" in line for line in plan), plan
    assert any(line.startswith("SEARCH a USING") for line in plan), plan


def test_creating_picking_and_closing_stay_indexed(session: Session) -> None:
    wanted = criteria(cohorts="ICI", visits="V1", sample_types="serum", numbers="1")
    assert_indexed(session, lambda: retrieval.create(session, "plan check", wanted))
    detail = retrieval.lists(session)[0]
    shown = retrieval.show(session, detail.code)
    assert shown.items
    barcode = shown.items[0].tube.barcode
    assert_indexed(session, lambda: retrieval.pick(session, detail.code, barcode))
    assert_indexed(session, lambda: retrieval.close(session, detail.code))
