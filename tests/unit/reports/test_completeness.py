"""Completeness and deviations against the scenario's known visits (as of 25 November 2026).

Due visits: P1 V1-V3 collected, V4 missed; P2 BASELINE; P3 V1 (short draw: 6 of 8), V2 and
V3 overdue; P4 V1, V2 (drawn out of window); P5 BASELINE. Open windows (P1 V5, P4 V3) are
listed but not counted.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from biotrack.errors import NotFound, ProtocolError
from biotrack.services import reporting
from tests.unit.reports.conftest import History
from tests.unit.reports.helpers import read_sheets, rows
from tests.unit.reports.scenario import P1, P2, P3, P4, P5

COUNTS = ["participants", "visits_due", "collected", "missed", "overdue", "out_of_window",
          "expected_aliquots", "collected_aliquots", "missing_aliquots",
          "collections_with_deviations"]


@pytest.fixture(scope="module")
def sheets(history: History, tmp_path_factory: pytest.TempPathFactory
           ) -> dict[str, pd.DataFrame]:
    target = tmp_path_factory.mktemp("completeness") / "completeness.xlsx"
    reporting.completeness_report(history.session, "xlsx", target)
    return read_sheets(target)


def test_sheets_and_site_cohort_totals(sheets: dict[str, pd.DataFrame]) -> None:
    assert list(sheets) == ["Summary", "Participants", "Visits", "Deviations"]
    assert rows(sheets["Summary"], ["site", "cohort", *COUNTS, "completeness_pct"]) == [
        ("ARA", "SAD", 1, 1, 1, 0, 0, 0, 6, 6, 0, 1, 100.0),
        ("DON", "SAD", 1, 1, 1, 0, 0, 0, 6, 6, 0, 0, 100.0),
        ("GAL", "ICI", 1, 2, 2, 0, 0, 1, 14, 14, 0, 1, 100.0),
        ("NAV", "ICI", 2, 7, 4, 1, 2, 0, 46, 26, 20, 2, 56.5),
        ("Total", None, 5, 11, 8, 1, 2, 1, 72, 52, 20, 4, 72.2),
    ]


def test_per_participant(sheets: dict[str, pd.DataFrame]) -> None:
    participants = sheets["Participants"].set_index("code")
    assert list(participants.index) == [P2, P5, P4, P1, P3]
    assert (participants.loc[P1, ["visits_due", "collected", "missed", "open",
                                  "expected_aliquots", "collected_aliquots"]].tolist()
            == [4, 3, 1, 1, 26, 20])
    assert participants.loc[P3, "overdue"] == 2
    assert participants.loc[P3, "completeness_pct"] == 30.0


def test_per_visit(sheets: dict[str, pd.DataFrame]) -> None:
    visits = sheets["Visits"]
    status = {(r["code"], r["visit"]): r["status"] for r in visits.to_dict("records")}
    assert status == {
        (P2, "BASELINE"): "collected", (P5, "BASELINE"): "collected",
        (P4, "V1"): "collected", (P4, "V2"): "collected", (P4, "V3"): "open",
        (P1, "V1"): "collected", (P1, "V2"): "collected", (P1, "V3"): "collected",
        (P1, "V4"): "missed", (P1, "V5"): "open",
        (P3, "V1"): "collected", (P3, "V2"): "overdue", (P3, "V3"): "overdue",
    }
    short = visits[(visits["code"] == P3) & (visits["visit"] == "V1")].iloc[0]
    assert (short["expected_aliquots"], short["collected_aliquots"],
            short["missing_aliquots"]) == (8, 6, 2)
    late = visits[(visits["code"] == P4) & (visits["visit"] == "V2")].iloc[0]
    assert (late["drawn_on"], bool(late["in_window"])) == ("2026-11-02", False)
    missed = visits[(visits["code"] == P1) & (visits["visit"] == "V4")].iloc[0]
    assert missed["missed_reason"] == "patient hospitalised"


def test_deviations(sheets: dict[str, pd.DataFrame]) -> None:
    deviations = sheets["Deviations"]
    assert rows(deviations, ["code", "visit", "minutes_to_centrifugation",
                             "over_centrifugation_limit", "short_draw", "out_of_window"]) == [
        (P2, "BASELINE", 40, False, False, False),
        (P4, "V2", 30, False, False, True),
        (P1, "V3", 150, True, False, False),       # more than 2 h to centrifugation
        (P3, "V1", 20, False, True, False),        # 4 of 6 serum
    ]
    recorded = dict(zip(deviations["code"], deviations["recorded"], strict=True))
    assert recorded[P2] == "haemolysed"
    assert "150 min from draw to centrifugation" in recorded[P1]


def test_filters_by_site_and_cohort(history: History) -> None:
    nav = reporting.completeness_tables(history.session, site="nav")
    assert set(nav.visits["code"]) == {P1, P3}
    assert nav.totals()["visits_due"] == 7
    sad = reporting.completeness_tables(history.session, cohort="SAD")
    assert set(sad.visits["code"]) == {P2, P5}
    with pytest.raises(NotFound, match="unknown site"):
        reporting.completeness_tables(history.session, site="XXX")
    with pytest.raises(ProtocolError, match="unknown cohort"):
        reporting.completeness_tables(history.session, cohort="ABC")


def test_progress_and_pdf(history: History, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    result = reporting.completeness_report(
        history.session, None, tmp_path / "c.pdf",
        progress=lambda done, total: calls.append((done, total)))
    assert result.format == "pdf"
    assert result.totals["visits_due"] == 11
    assert calls[-1] == (reporting.SCALE, reporting.SCALE)
