"""The temperature part of the monthly inventory (issue 7, point 8): the ``Temperatures`` sheet
after ``Discrepancies`` with known figures, the excursions in the PDF, and a past month that
reads the same after later readings and a later change of limits."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from biotrack.services import reporting, storage, temperature
from biotrack.services.context import Session
from tests.factories import new_session
from tests.unit.reports.helpers import pdf_text, read_sheets, rows

OCTOBER = [(1, 8, -80.0), (1, 20, -79.0), (2, 8, -66.5), (10, 8, -81.5), (31, 23, -95.0)]


def clock(session: Session, month: int, day: int, hour: int = 12) -> None:
    session.clock = lambda: datetime(2026, month, day, hour, tzinfo=UTC)


@pytest.fixture
def logged(tmp_path: Path) -> Session:
    """F1 (set point -80: default limits -90..-70) with October readings and F2 without any."""
    session = new_session(tmp_path)
    clock(session, 9, 30)
    storage.add_freezer(session, storage.Layout(code="F2", name="Freezer two", shelves=1,
                                                racks_per_shelf=1, boxes_per_rack=1,
                                                rack_box_types=("serum",), set_point_c=-20))
    clock(session, 11, 1)
    for day, hour, celsius in OCTOBER:
        temperature.add_reading(session, "F1", celsius,
                                datetime(2026, 10, day, hour, tzinfo=UTC),
                                note="door ajar" if celsius == -66.5 else None)
    return session


def test_temperatures_sheet_follows_discrepancies(logged: Session, tmp_path: Path) -> None:
    target = tmp_path / "october.xlsx"
    reporting.inventory_report(logged, "2026-10", "xlsx", target)
    sheets = read_sheets(target)
    names = list(sheets)
    assert names.index("Temperatures") == names.index("Discrepancies") + 1
    sheet = sheets["Temperatures"]
    assert list(sheet.columns)[:7] == ["freezer", "readings", "min_c", "max_c", "mean_c",
                                       "excursions", "days_without_reading"]
    mean = round(sum(c for _, _, c in OCTOBER) / len(OCTOBER), 2)
    assert rows(sheet, list(sheet.columns)) == [
        ("F1", 5, -95.0, -66.5, mean, 2, 27, -90.0, -70.0),   # readings on 1, 2, 10, 31
        ("F2", 0, None, None, None, 0, 31, -30.0, -10.0),
    ]


def test_the_pdf_lists_the_excursions(logged: Session, tmp_path: Path) -> None:
    target = tmp_path / "october.pdf"
    reporting.inventory_report(logged, "2026-10", "pdf", target)
    text = pdf_text(target)
    assert "Freezer temperatures" in text
    section = text[text.index("Freezer temperatures"):]
    assert "Excursions (readings outside the alarm limits)" in section
    lines = [" ".join(line.split()) for line in section.splitlines()]
    assert "F1 2026-10-02T08:00Z -66.5 -90 .. -70 manual door ajar" in lines
    assert "F1 2026-10-31T23:00Z -95 -90 .. -70 manual" in lines
    assert not any("-80" in line and "manual" in line for line in lines)


def test_a_past_month_reads_the_same_later(logged: Session, tmp_path: Path) -> None:
    before = tmp_path / "before.xlsx"
    reporting.inventory_report(logged, "2026-10", "xlsx", before)
    clock(logged, 11, 20)
    temperature.set_limits(logged, "F1", -85, -75)
    temperature.add_reading(logged, "F1", -60.0, datetime(2026, 11, 3, 8, tzinfo=UTC))
    after = tmp_path / "after.xlsx"
    reporting.inventory_report(logged, "2026-10", "xlsx", after)
    assert read_sheets(before)["Temperatures"].equals(read_sheets(after)["Temperatures"])
    november = tmp_path / "november.xlsx"
    reporting.inventory_report(logged, "2026-11", "xlsx", november)
    f1 = read_sheets(november)["Temperatures"].iloc[0]
    # one reading (an excursion against the new limits); 19 whole days over, 1 with a reading
    assert (f1["readings"], f1["excursions"], f1["days_without_reading"]) == (1, 1, 18)
    assert (f1["low_c"], f1["high_c"]) == (-85.0, -75.0)
