"""The monthly inventory against a history whose counts are known (scenario.py).

Every sheet is read back from the XLSX with pandas and checked against the counts the
scenario's narrative gives; the September and October workbooks made before November's
changes must equal those made after them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from biotrack.errors import UserError
from biotrack.reports import inventory
from biotrack.reports.period import local_to_utc
from biotrack.services import reporting
from tests.unit.reports import scenario
from tests.unit.reports.conftest import History
from tests.unit.reports.helpers import rows
from tests.unit.reports.scenario import P1, P2, P3, P4

ACTIONS = ("placed", "moved", "checked_out", "returned", "consumed", "shipped", "discarded",
           "missing")


def utc_z(local_text: str) -> str:
    """The report's timestamp of a local wall-clock time (the PC's time zone)."""
    return inventory.iso_z(local_to_utc(local_text))


# -- structure ------------------------------------------------------------------------------------


def test_sheets_come_in_order_with_their_columns(history: History) -> None:
    sheets = history.before["2026-10"]
    assert list(sheets) == ["Summary", "Boxes", "Aliquots", "Movements", "Discrepancies",
                            "Temperatures"]
    expected = {
        "Summary": ["freezer", "sample_type", "cohort", "site", "in_storage", "checked_out"],
        "Boxes": ["freezer", "shelf", "rack", "box", "capacity", "occupied", "free",
                  "occupancy_pct"],
        "Aliquots": ["barcode", "code", "visit", "sample_type", "number", "volume_ul",
                     "status", "freezer", "shelf", "rack", "box", "position", "thaw_count",
                     "collected_on"],
        "Movements": ["timestamp", "barcode", "action", "from", "to", "user", "reason"],
        "Discrepancies": ["kind", "barcode", "code", "visit", "sample_type"],
    }
    for name, columns in expected.items():
        assert list(sheets[name].columns)[:len(columns)] == columns, name


# -- September: the month before ------------------------------------------------------------------


def test_september_summary(history: History) -> None:
    summary = history.before["2026-09"]["Summary"]
    # P1 V1 gave 6 serum (1 checked out on the 15th) + 1 buffy + 1 RNAlater; P2 6 serum, one
    # consumed; P1 V2 6 serum (one moved within F2).
    assert rows(summary, ["freezer", "sample_type", "cohort", "site", "in_storage",
                          "checked_out"]) == [
        ("F1", "buffy_coat", "ICI", "NAV", 1, 0),
        ("F1", "buffy_coat_rnalater", "ICI", "NAV", 1, 0),
        ("F2", "serum", "ICI", "NAV", 11, 1),
        ("F2", "serum", "SAD", "ARA", 5, 0),
        ("Total", None, None, None, 18, 1),
    ]


def test_september_boxes(history: History) -> None:
    boxes = history.before["2026-09"]["Boxes"]
    assert rows(boxes, ["freezer", "shelf", "rack", "box", "capacity", "occupied", "free",
                        "occupancy_pct"]) == [
        ("F1", "S1", "R1", "B1", 4, 0, 4, 0.0),
        ("F1", "S1", "R2", "B1", 4, 2, 2, 50.0),
        ("F2", "S1", "R1", "B1", 81, 16, 65, 19.8),
        ("F2", "S1", "R1", "B2", 81, 1, 80, 1.2),
    ]


def test_september_movements(history: History) -> None:
    movements = history.before["2026-09"]["Movements"]
    counts = movements["action"].value_counts().to_dict()
    assert {a: counts.get(a, 0) for a in ACTIONS} == {
        "placed": 20, "moved": 1, "checked_out": 2, "returned": 1, "consumed": 1,
        "shipped": 0, "discarded": 0, "missing": 0}
    s = history.scenario
    first = movements.iloc[0]
    # A registration placement counts from the collection's frozen-at time, not from when
    # it was typed in (20:00 UTC that day).
    assert (first["timestamp"], first["barcode"], first["action"], first["to"]) == (
        utc_z("2026-09-01T10:00"), s.bc(P1, "V1", 1), "placed", "F2/S1/R1/B1/A1")
    assert pd.isna(first["from"])
    assert first["recorded_at"] == "2026-09-01T20:00:00Z"
    out = movements[movements["action"] == "checked_out"]
    assert rows(out, ["timestamp", "barcode", "from", "to", "user", "reason"]) == [
        ("2026-09-15T20:00:00Z", s.bc(P1, "V1", 1), "F2/S1/R1/B1/A1", None, "admin",
         "ELISA run"),
        ("2026-09-15T20:00:00Z", s.bc(P1, "V1", 2), "F2/S1/R1/B1/A2", None, "admin",
         "ELISA run"),
    ]
    moved = movements[movements["action"] == "moved"]
    assert rows(moved, ["barcode", "from", "to", "reason"]) == [
        (s.bc(P1, "V2", 1), "F2/S1/R1/B1/B4", "F2/S1/R1/B2/A1", "rearranging")]
    assert list(movements["timestamp"]) == sorted(movements["timestamp"])


def test_september_aliquots_and_discrepancies(history: History) -> None:
    sheets = history.before["2026-09"]
    aliquots = sheets["Aliquots"].set_index("barcode")
    s = history.scenario
    assert len(aliquots) == 19
    assert aliquots["status"].value_counts().to_dict() == {"in_storage": 18, "checked_out": 1}
    assert aliquots.loc[s.bc(P1, "V1", 1), "status"] == "checked_out"
    assert aliquots.loc[s.bc(P1, "V1", 2), "thaw_count"] == 1
    assert s.bc(P2, "BASELINE", 1) not in aliquots.index  # consumed
    # Out for 15 days at the end of September: not yet a discrepancy (limit 30 days).
    assert list(sheets["Discrepancies"]["kind"]) == []


# -- October: the month reported ------------------------------------------------------------------


def test_october_summary(history: History) -> None:
    summary = history.before["2026-10"]["Summary"]
    assert rows(summary, ["freezer", "sample_type", "cohort", "site", "in_storage",
                          "checked_out"]) == [
        ("F1", "buffy_coat", "ICI", "NAV", 2, 0),
        ("F1", "buffy_coat_rnalater", "ICI", "NAV", 2, 0),
        ("F1", "serum", "ICI", "NAV", 3, 0),      # P3's short draw: 4 serum, one moved to F2
        ("F2", "serum", "ICI", "GAL", 6, 0),      # P4 V1
        ("F2", "serum", "ICI", "NAV", 16, 2),     # P1 V1 6, V2 5, V3 6, P3 1
        ("F2", "serum", "SAD", "ARA", 2, 0),      # P2: 6 - 3 consumed - 1 shipped
        ("Total", None, None, None, 31, 2),
    ]


def test_october_boxes(history: History) -> None:
    boxes = history.before["2026-10"]["Boxes"]
    assert rows(boxes, ["freezer", "shelf", "rack", "box", "capacity", "occupied", "free",
                        "occupancy_pct"]) == [
        ("F1", "S1", "R1", "B1", 4, 3, 1, 75.0),
        ("F1", "S1", "R2", "B1", 4, 4, 0, 100.0),
        ("F2", "S1", "R1", "B1", 81, 24, 57, 29.6),
        ("F2", "S1", "R1", "B2", 81, 2, 79, 2.5),
    ]
    # Checked-out tubes keep their slot: occupied = in storage + checked out.
    assert boxes["occupied"].sum() == 31 + 2


def test_october_aliquots(history: History) -> None:
    aliquots = history.before["2026-10"]["Aliquots"].set_index("barcode")
    s = history.scenario
    assert len(aliquots) == 33
    assert aliquots["status"].value_counts().to_dict() == {"in_storage": 31, "checked_out": 2}
    one = aliquots.loc[s.bc(P1, "V1", 1)]
    assert (one["status"], one["freezer"], one["box"], one["position"], one["thaw_count"]) == (
        "checked_out", "F2", "B1", "A1", 0)
    assert aliquots.loc[s.bc(P1, "V1", 3), "thaw_count"] == 1   # out and back in October
    assert aliquots.loc[s.bc(P1, "V1", 4), "status"] == "checked_out"
    moved = aliquots.loc[s.bc(P3, "V1", 1)]
    assert (moved["freezer"], moved["rack"], moved["box"], moved["position"]) == (
        "F2", "R1", "B2", "A2")
    v3 = aliquots.loc[s.bc(P1, "V3", 2)]
    assert (v3["code"], v3["visit"], v3["sample_type"], v3["number"], v3["volume_ul"],
            v3["collected_on"]) == (P1, "V3", "serum", 2, 500, "2026-10-13")
    gone = [s.bc(P2, "BASELINE", n) for n in (1, 2, 3, 4)] + [s.bc(P1, "V2", 6)]
    unplaced = [s.bc(P4, "V1", 1, "buffy_coat"), s.bc(P4, "V1", 1, "buffy_coat_rnalater")]
    assert not set(gone + unplaced) & set(aliquots.index)


def test_october_movements(history: History) -> None:
    movements = history.before["2026-10"]["Movements"]
    counts = movements["action"].value_counts().to_dict()
    assert {a: counts.get(a, 0) for a in ACTIONS} == {
        "placed": 18, "moved": 1, "checked_out": 2, "returned": 1, "consumed": 2,
        "shipped": 1, "discarded": 1, "missing": 0}
    s = history.scenario
    finished = movements[movements["action"].isin(("shipped", "discarded"))]
    assert rows(finished, ["barcode", "action", "from", "to", "reason"]) == [
        (s.bc(P2, "BASELINE", 4), "shipped", "F2/S1/R1/B1/B1", None, "to the central lab"),
        (s.bc(P1, "V2", 6), "discarded", "F2/S1/R1/B1/B9", None, "tube cracked"),
    ]
    back = movements[movements["action"] == "returned"]
    assert rows(back, ["barcode", "from", "to"]) == [
        (s.bc(P1, "V1", 3), None, "F2/S1/R1/B1/A3")]


def test_october_discrepancies(history: History) -> None:
    found = history.before["2026-10"]["Discrepancies"]
    s = history.scenario
    assert rows(found, ["kind", "barcode", "code", "visit", "sample_type", "days"]) == [
        ("unplaced", s.bc(P4, "V1", 1, "buffy_coat"), P4, "V1", "buffy_coat", 25),
        ("unplaced", s.bc(P4, "V1", 1, "buffy_coat_rnalater"), P4, "V1",
         "buffy_coat_rnalater", 25),
        # Out since 15 September 20:00 UTC: 46 days at 1 November 00:00 UTC (> 30).
        ("checked_out_overdue", s.bc(P1, "V1", 1), P1, "V1", "serum", 46),
    ]
    overdue = found[found["kind"] == "checked_out_overdue"].iloc[0]
    assert overdue["location"] == "F2/S1/R1/B1/A1"
    assert "ELISA run" in overdue["detail"]


def test_the_overdue_limit_is_a_parameter(history: History) -> None:
    report = reporting.inventory_tables(history.session, "2026-10", overdue_days=10,
                                        with_aliquots=False)
    late = report.discrepancies[report.discrepancies["kind"] == "checked_out_overdue"]
    s = history.scenario
    # #4 went out on 8 October: 23 days.
    assert list(late["barcode"]) == [s.bc(P1, "V1", 1), s.bc(P1, "V1", 4)]
    assert list(late["days"]) == [46, 23]


# -- later changes never alter a past month -------------------------------------------------------


@pytest.mark.parametrize("month", ["2026-09", "2026-10"])
def test_a_past_month_reads_the_same_after_later_changes(history: History, month: str) -> None:
    after = history.xlsx(month)
    before = history.before[month]
    assert list(after) == list(before)
    for name in before:
        pd.testing.assert_frame_equal(after[name], before[name], obj=f"{month} {name}")


def test_november_shows_the_later_changes(history: History) -> None:
    sheets = history.xlsx("2026-11")
    counts = sheets["Movements"]["action"].value_counts().to_dict()
    assert {a: counts.get(a, 0) for a in ACTIONS} == {
        "placed": 13, "moved": 1, "checked_out": 0, "returned": 2, "consumed": 1,
        "shipped": 0, "discarded": 1, "missing": 1}
    total = sheets["Summary"].iloc[-1]
    assert (total["in_storage"], total["checked_out"]) == (43, 0)
    boxes = sheets["Boxes"]
    assert "F3" in set(boxes["freezer"])        # added on 10 November, after October
    kinds = list(sheets["Discrepancies"]["kind"])
    assert kinds == ["unplaced", "marked_missing"]
    s = history.scenario
    aliquots = sheets["Aliquots"].set_index("barcode")
    assert aliquots.loc[s.bc(P1, "V1", 1), "thaw_count"] == 1   # came back on 3 November


def test_the_current_month_is_shown_as_of_now(history: History) -> None:
    report = reporting.inventory_tables(history.session, "2026-11", with_aliquots=False)
    assert not report.month_ended
    assert report.as_of == datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_a_freezer_added_later_is_not_in_a_past_month(history: History) -> None:
    report = reporting.inventory_tables(history.session, "2026-10", with_aliquots=False)
    assert sorted(set(report.boxes["freezer"])) == ["F1", "F2"]


def test_a_draw_registered_late_counts_from_its_freezing_time(tmp_path: Path) -> None:
    session = scenario.new_report_session(tmp_path)
    s = scenario.build(session, until="september")
    assert scenario.enrol_ici(s, "2026-10-05", "NAV") == P3
    # Frozen on 31 October, typed in on 2 November (late, and out of its window).
    s.collect("2026-11-02", P3, "V1", "2026-10-31T09:00", frozen="2026-10-31T10:00")
    session.clock = scenario.fixed_clock()
    october = reporting.inventory_tables(session, "2026-10")
    placed = october.movements[october.movements["action"] == "placed"]
    assert len(placed) == 8
    assert set(placed["timestamp"]) == {utc_z("2026-10-31T10:00")}
    assert set(placed["recorded_at"]) == {"2026-11-02T20:00:00Z"}
    assert october.aliquots is not None
    assert set(october.aliquots["code"]) == {P1, P2, P3}
    # September's 20 (18 in, 1 out, 1 consumed) and P3's 8.
    assert october.status_counts == {"in_storage": 26, "checked_out": 1, "consumed": 1}
    november = reporting.inventory_tables(session, "2026-11")
    assert "placed" not in set(november.movements["action"])


# -- CSV, refusals, progress ----------------------------------------------------------------------


def test_csv_is_the_aliquots_sheet(history: History, tmp_path: Path) -> None:
    target = tmp_path / "aliquots.csv"
    result = reporting.inventory_report(history.session, "2026-10", None, target)
    assert result.format == "csv"
    from_csv = pd.read_csv(target, dtype=str, keep_default_na=False)
    xlsx = history.xlsx("2026-10", "for-csv.xlsx")["Aliquots"]
    from_xlsx = xlsx.astype(object).where(xlsx.notna(), "").astype(str)
    assert list(from_csv.columns) == list(from_xlsx.columns)
    assert from_csv.values.tolist() == from_xlsx.values.tolist()


def test_bad_months_and_formats_are_refused(history: History, tmp_path: Path) -> None:
    session = history.session
    for month in ("2026-13", "Oct 2026", "26-10", ""):
        with pytest.raises(UserError, match="not a month"):
            reporting.inventory_tables(session, month)
    with pytest.raises(UserError, match="has not begun"):
        reporting.inventory_tables(session, "2026-12")
    with pytest.raises(UserError, match="does not say which"):
        reporting.inventory_report(session, "2026-10", None, tmp_path / "report.txt")
    with pytest.raises(UserError, match="unknown format"):
        reporting.inventory_report(session, "2026-10", "docx", tmp_path / "report.docx")
    with pytest.raises(UserError, match="overdue limit"):
        reporting.inventory_tables(session, "2026-10", overdue_days=0)


def test_a_file_that_cannot_be_written_leaves_nothing(history: History,
                                                      tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        reporting.inventory_report(history.session, "2026-10", "xlsx",
                                   tmp_path / "missing" / "inventory.xlsx")
    assert not (tmp_path / "missing").exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "pdf"])
def test_progress_runs_up_to_its_total(history: History, tmp_path: Path, fmt: str) -> None:
    calls: list[tuple[int, int]] = []
    reporting.inventory_report(history.session, "2026-10", fmt, tmp_path / f"i.{fmt}",
                               progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (reporting.SCALE, reporting.SCALE)
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert all(0 <= d <= t for d, t in calls)


def test_the_report_writes_nothing_to_the_database(history: History, tmp_path: Path) -> None:
    db = history.session.db
    before = [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("movement", "audit_event", "aliquot")]
    reporting.inventory_report(history.session, "2026-10", "xlsx", tmp_path / "i.xlsx")
    after = [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
             for t in ("movement", "audit_event", "aliquot")]
    assert after == before
    assert not db.conn.in_transaction
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_temp_master")}
    assert "inventory_state" not in tables
