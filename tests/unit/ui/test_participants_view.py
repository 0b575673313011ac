"""Participants workspace: the list of everyone enrolled, searchable and sortable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from biotrack.services.context import Session
from biotrack.ui.views.participants_view import ParticipantsView


def _codes(view: ParticipantsView) -> list[str]:
    proxy = view.table.model()
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_lists_every_participant(qtbot, enrolled: Session, recorder) -> None:
    view = ParticipantsView(enrolled, recorder)
    qtbot.addWidget(view)
    assert _codes(view) == ["IA-ARA-001", "IA-GAL-001", "IA-NAV-001"]
    assert view.count_label.text() == "3 participants"


def test_search_filters_as_you_type(qtbot, enrolled: Session, recorder) -> None:
    view = ParticipantsView(enrolled, recorder)
    qtbot.addWidget(view)
    qtbot.keyClicks(view.search_edit, "gal")
    assert _codes(view) == ["IA-GAL-001"]
    assert view.count_label.text() == "1 of 3"

    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "nivolumab")  # matches the regimen column too
    assert _codes(view) == ["IA-NAV-001"]
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "SAD")
    assert _codes(view) == ["IA-ARA-001"]
    view.search_edit.clear()
    assert len(_codes(view)) == 3


def test_sorts_by_next_visit_date(qtbot, enrolled: Session, recorder) -> None:
    view = ParticipantsView(enrolled, recorder)
    qtbot.addWidget(view)
    view.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    assert _codes(view) == ["IA-ARA-001", "IA-NAV-001", "IA-GAL-001"]


def test_empty_database_shows_no_rows(qtbot, session: Session, recorder) -> None:
    view = ParticipantsView(session, recorder)
    qtbot.addWidget(view)
    assert _codes(view) == []
    assert view.count_label.text() == "0 participants"
