"""Box-audit findings in the monthly inventory (issue 6: the Discrepancies sheet and the PDF).

An audit saved in October with findings resolved in October and in November, and one saved in
November: the October report lists only October's audit, and shows the November resolution
as still open (a past month reads the same whenever it is made); the November report lists
November's audit. No local identifier appears in either output.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from biotrack.services import box_audits, collection, enrolment, reporting, storage
from biotrack.services.context import Session
from tests.factories import fixed_clock
from tests.unit.reports.helpers import pdf_text, read_sheets, rows

BOX = "F1/S1/R1/B1"
LOCAL_ID = "NHC-9911-PRIVATE"


def _at(session: Session, text: str) -> None:
    session.clock = fixed_clock(datetime.fromisoformat(text).replace(tzinfo=UTC))


@pytest.fixture
def audited(session: Session) -> tuple[Session, list[str]]:
    _at(session, "2026-09-08T10:00")
    p = enrolment.enrol(session, enrolment.Enrolment(
        cohort="ICI", site="NAV", enrolled_on=date(2026, 9, 7), regimen="nivolumab-q2w",
        local_id=LOCAL_ID))
    c = collection.register(session, p.code, "V1",
                            collection.Draw(drawn_at=datetime(2026, 9, 7, 9))).collection
    tubes = [a.barcode for a in sorted(c.aliquots, key=lambda a: a.number)
             if a.sample_type == "serum"]                      # A1..A6
    _at(session, "2026-10-12T09:00")
    october = box_audits.save(session, BOX, [("A1", tubes[0]), ("A2", tubes[2]),
                                             ("A3", tubes[1]), ("A4", tubes[3]),
                                             ("A5", tubes[4])])   # A6 missing, A2/A3 swap
    _at(session, "2026-10-20T15:00")
    box_audits.correct_positions(session, october.id, "swapped at the bench")
    _at(session, "2026-11-03T08:00")
    missing = next(f for f in october.findings if f.category == "missing")
    box_audits.resolve(session, missing.id, "mark_missing", "not in the freezer")
    _at(session, "2026-11-10T08:00")
    storage.move(session, tubes[4], "F1/S1/R1/B2/A1")
    box_audits.save(session, BOX, [("A1", tubes[0]), ("A2", tubes[2]), ("A3", tubes[1]),
                                   ("A4", tubes[3]), ("A5", tubes[4])])  # A5: now in B2
    _at(session, "2026-11-25T12:00")
    return session, tubes


AUDIT_COLUMNS = ["audit_date", "box", "category", "barcode", "resolution", "reason"]


def test_october_lists_its_audit_with_resolutions_as_at_month_end(audited,
                                                                  tmp_path: Path) -> None:
    session, tubes = audited
    target = tmp_path / "october.xlsx"
    reporting.inventory_report(session, "2026-10", "xlsx", target)
    sheet = read_sheets(target)["Discrepancies"]
    found = sheet[sheet["kind"] == "box_audit"]
    assert rows(found, AUDIT_COLUMNS) == [
        ("2026-10-12", BOX, "missing", tubes[5], "open", None),   # resolved only in November
        ("2026-10-12", BOX, "misplaced", tubes[2], "position_corrected", "swapped at the bench"),
        ("2026-10-12", BOX, "misplaced", tubes[1], "position_corrected", "swapped at the bench"),
    ]
    assert list(found["location"]) == [f"{BOX}/A6", f"{BOX}/A2", f"{BOX}/A3"]
    assert list(found["since"]) == ["2026-10-12T09:00:00Z"] * 3
    assert list(found["resolved_at"].fillna("")) == ["", "2026-10-20T15:00:00Z",
                                                     "2026-10-20T15:00:00Z"]
    totals = reporting.inventory_tables(session, "2026-10", with_aliquots=False).totals()
    assert totals["box_audit_findings"] == 3


def test_november_lists_november_audits_only(audited, tmp_path: Path) -> None:
    session, tubes = audited
    target = tmp_path / "november.xlsx"
    reporting.inventory_report(session, "2026-11", "xlsx", target)
    sheet = read_sheets(target)["Discrepancies"]
    found = sheet[sheet["kind"] == "box_audit"]
    assert rows(found, AUDIT_COLUMNS) == [
        ("2026-11-10", BOX, "unexpected", tubes[4], "open", None)]
    assert "belongs" not in str(found.iloc[0]["detail"])
    assert "F1/S1/R1/B2/A1" in str(found.iloc[0]["detail"])
    # The marked-missing tube shows as a November movement discrepancy too.
    marked = sheet[sheet["kind"] == "marked_missing"]
    assert list(marked["barcode"]) == [tubes[5]]


def test_the_pdf_shows_the_findings(audited, tmp_path: Path) -> None:
    session, tubes = audited
    target = tmp_path / "october.pdf"
    reporting.inventory_report(session, "2026-10", "pdf", target)
    text = re.sub(r"[ \t]+", " ", pdf_text(target))
    assert "Box-audit findings" in text
    assert re.search(rf"2026-10-12 {BOX} missing {tubes[5]} open", text)
    assert re.search(rf"2026-10-12 {BOX} misplaced {tubes[2]} position corrected swapped at",
                     text)
    assert LOCAL_ID not in text


def test_no_local_identifier_in_the_xlsx(audited, tmp_path: Path) -> None:
    session, _ = audited
    target = tmp_path / "october.xlsx"
    reporting.inventory_report(session, "2026-10", "xlsx", target)
    for frame in read_sheets(target).values():
        assert LOCAL_ID not in frame.to_csv()
