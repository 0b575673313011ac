"""The item models over domain lists, checked by Qt's own model tester (STYLE.md practice 8)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from biotrack.services import due, enrolment, overview
from biotrack.services.context import Session
from biotrack.ui.i18n import format_date
from biotrack.ui.models import (
    OVERDUE_BACKGROUND,
    ROW_ROLE,
    SORT_ROLE,
    DueVisitModel,
    ParticipantModel,
)


def _due_rows(session: Session) -> list[due.DueVisit]:
    today = session.today_local()
    return due.due(session, today, today + timedelta(days=13))


def test_due_visit_model_passes_the_model_tester(qtmodeltester, enrolled: Session) -> None:
    model = DueVisitModel(_due_rows(enrolled))
    assert model.rowCount() == 4  # NAV V1 and V2, ARA BASELINE, GAL V1
    qtmodeltester.check(model)


def test_participant_model_passes_the_model_tester(qtmodeltester, enrolled: Session) -> None:
    model = ParticipantModel(overview.participant_overview(enrolled))
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_empty_models_pass_the_model_tester(qtmodeltester) -> None:
    qtmodeltester.check(DueVisitModel())
    qtmodeltester.check(ParticipantModel())


def test_due_visit_model_columns_and_overdue_colour(enrolled: Session) -> None:
    model = DueVisitModel(_due_rows(enrolled))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Code", "Site", "Visit", "Target", "Window", "Tubes"]
    rows = {(model.data(model.index(r, 0)), model.data(model.index(r, 2))): r
            for r in range(model.rowCount())}

    overdue = rows["IA-ARA-001", "BASELINE"]
    assert model.data(model.index(overdue, 3)) == format_date(date(2026, 11, 10))
    assert model.data(model.index(overdue, 4)) == (
        f"{format_date(date(2026, 11, 7))} – {format_date(date(2026, 11, 13))}")
    brush = model.data(model.index(overdue, 1), Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == OVERDUE_BACKGROUND
    assert "Overdue" in model.data(model.index(overdue, 0), Qt.ItemDataRole.ToolTipRole)

    on_time = rows["IA-NAV-001", "V1"]
    assert model.data(model.index(on_time, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert "Overdue" not in model.data(model.index(on_time, 0), Qt.ItemDataRole.ToolTipRole)
    assert "EDTA" in model.data(model.index(on_time, 5))  # V1 also gives buffy coat
    assert "EDTA" not in model.data(model.index(rows["IA-NAV-001", "V2"], 5))
    assert model.data(model.index(on_time, 0), ROW_ROLE).target_date.isoformat() == "2026-11-24"
    assert model.overdue_count() == 1


def test_participant_model_shows_next_visit_and_sorts_it_by_date(enrolled: Session) -> None:
    model = ParticipantModel(overview.participant_overview(enrolled))
    rows = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    nav = rows["IA-NAV-001"]
    assert [model.data(model.index(nav, c)) for c in range(6)] == [
        "IA-NAV-001", "ICI", "NAV", "Nivolumab 240 mg q2w", "active",
        f"V1 · {format_date(date(2026, 11, 24))}"]
    assert model.data(model.index(nav, 5), SORT_ROLE) == "2026-11-24"
    assert model.data(model.index(rows["IA-ARA-001"], 3)) == ""  # SAD: no regimen
    assert model.data(model.index(nav, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_withdrawn_participant_is_dimmed_with_no_next_visit(enrolled: Session) -> None:
    enrolment.withdraw(enrolled, "IA-GAL-001", date(2026, 11, 25), "moved away")
    model = ParticipantModel(overview.participant_overview(enrolled))
    row = [model.data(model.index(r, 0)) for r in range(model.rowCount())].index("IA-GAL-001")
    assert model.data(model.index(row, 4)) == "withdrawn"
    assert model.data(model.index(row, 5)) == "—"
    assert model.data(model.index(row, 5), Qt.ItemDataRole.ToolTipRole) == "No visit planned"
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None


def test_due_dates_sort_as_dates_not_as_their_shown_text(enrolled: Session) -> None:
    """25/11/2026 and 01/12/2026 are shown day first; the Target and Window columns still sort
    by the date itself."""
    model = DueVisitModel(_due_rows(enrolled))
    for column in (3, 4):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        targets = [model.data(model.index(r, 0), ROW_ROLE).window_start if column == 4
                   else model.data(model.index(r, 0), ROW_ROLE).target_date
                   for r in range(model.rowCount())]
        assert targets == sorted(targets)
        assert len(set(targets)) > 1
