"""Today workspace: the due list for a range and a site, overdue visits visible (SPEC 4.1)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from biotrack.services.context import Session
from biotrack.ui.views.today_view import NEXT_TWO_WEEKS, THIS_WEEK, TODAY, TodayView, date_range


def _shown(view: TodayView) -> list[tuple[str, str]]:
    """(code, visit) of the rows the table shows, in display order."""
    proxy = view.table.model()
    return [(proxy.index(r, 0).data(), proxy.index(r, 2).data()) for r in range(proxy.rowCount())]


def _choose(combo, data) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))


@pytest.mark.parametrize(("choice", "expected"), [
    (TODAY, (date(2026, 11, 25), date(2026, 11, 25))),
    (THIS_WEEK, (date(2026, 11, 25), date(2026, 11, 29))),  # Wednesday to Sunday
    (NEXT_TWO_WEEKS, (date(2026, 11, 25), date(2026, 12, 8))),
])
def test_date_range(choice: str, expected: tuple[date, date]) -> None:
    assert date_range(choice, date(2026, 11, 25)) == expected


def test_shows_the_due_visit_and_the_overdue_one(qtbot, enrolled: Session, recorder) -> None:
    view = TodayView(enrolled, recorder)
    qtbot.addWidget(view)
    assert view.range_combo.currentData() == THIS_WEEK
    assert _shown(view) == [("IA-ARA-001", "BASELINE"), ("IA-NAV-001", "V1")]
    assert "2 visits due" in view.summary_label.text()
    assert "1 overdue" in view.summary_label.text()
    overdue_cell = view.table.model().index(0, 0)
    assert overdue_cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert recorder.errors == []


def test_site_filter_filters(qtbot, enrolled: Session, recorder) -> None:
    view = TodayView(enrolled, recorder)
    qtbot.addWidget(view)
    sites = [view.site_combo.itemText(i) for i in range(view.site_combo.count())]
    assert sites == ["All sites", "ARA", "DON", "GAL", "LOG", "MAT", "NAV"]

    _choose(view.site_combo, "NAV")
    assert _shown(view) == [("IA-NAV-001", "V1")]
    _choose(view.site_combo, "DON")
    assert _shown(view) == []
    assert "0 visits due" in view.summary_label.text()
    _choose(view.site_combo, None)
    assert len(_shown(view)) == 2


def test_range_selector_widens_the_list(qtbot, enrolled: Session, recorder) -> None:
    view = TodayView(enrolled, recorder)
    qtbot.addWidget(view)
    _choose(view.range_combo, NEXT_TWO_WEEKS)
    assert ("IA-GAL-001", "V1") in _shown(view)  # first dose 2026-12-03
    assert ("IA-NAV-001", "V2") in _shown(view)  # nivolumab q2w: 2026-12-08
    _choose(view.range_combo, TODAY)
    assert _shown(view) == [("IA-ARA-001", "BASELINE"), ("IA-NAV-001", "V1")]


def test_a_refused_service_call_is_one_message(qtbot, enrolled: Session, recorder) -> None:
    view = TodayView(enrolled, recorder)
    qtbot.addWidget(view)
    view.site_combo.addItem("ZZZ", "ZZZ")  # a site that is not in the database
    _choose(view.site_combo, "ZZZ")
    assert len(recorder.errors) == 1
    _title, message = recorder.errors[0]
    assert "unknown site" in message and "Traceback" not in message
    assert _shown(view) == []
