"""Participants workspace: the list of everyone enrolled, searchable and sortable, the Enrol
button and the detail page beside the list."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from biotrack.services import enrolment
from biotrack.services.context import Session
from biotrack.ui.dialogs.enrol_dialog import EnrolDialog
from biotrack.ui.models import ParticipantModel
from biotrack.ui.views.participants_view import ParticipantsView
from tests.unit.ui.answering import answer_with


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


# -- enrolment and the detail page beside the list (issue 5, point 2) ---------------------------


def test_enrol_button_enrols_and_shows_the_new_participant(qtbot, monkeypatch,
                                                           enrolled: Session,
                                                           recorder) -> None:
    view = ParticipantsView(enrolled, recorder)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)

    def fill(dialog: EnrolDialog) -> None:
        dialog.cohort_combo.setCurrentIndex(dialog.cohort_combo.findData("SAD"))
        dialog.site_combo.setCurrentIndex(dialog.site_combo.findData("NAV"))
        qtbot.waitUntil(lambda: all(c.yes.isVisible() for c in dialog.criteria))
        for criterion in dialog.criteria:
            qtbot.mouseClick(criterion.yes if criterion.kind == "inclusion" else criterion.no,
                             Qt.MouseButton.LeftButton)

    answer_with(monkeypatch, qtbot, EnrolDialog, fill)
    qtbot.mouseClick(view.enrol_button, Qt.MouseButton.LeftButton)

    assert recorder.errors == []
    assert "IA-NAV-002" in _codes(view)
    assert view.count_label.text() == "4 participants"
    assert view.detail.code() == "IA-NAV-002"
    assert [i.data() for i in view.table.selectionModel().selectedRows()] == ["IA-NAV-002"]
    title, message = recorder.infos[-1]
    assert title == "Participant enrolled" and "IA-NAV-002" in message
    assert enrolment.get_participant(enrolled, "IA-NAV-002").cohort == "SAD"


def test_cancelled_enrolment_changes_nothing(qtbot, monkeypatch, enrolled: Session,
                                             recorder) -> None:
    view = ParticipantsView(enrolled, recorder)
    qtbot.addWidget(view)
    monkeypatch.setattr(EnrolDialog, "ask", classmethod(lambda cls, *a, **k: None))
    qtbot.mouseClick(view.enrol_button, Qt.MouseButton.LeftButton)
    assert len(_codes(view)) == 3 and recorder.infos == []


def test_showing_a_participant_hidden_by_the_search_clears_it(qtbot, enrolled: Session,
                                                              recorder) -> None:
    view = ParticipantsView(enrolled, recorder)
    qtbot.addWidget(view)
    qtbot.keyClicks(view.search_edit, "gal")
    view.show_participant("IA-ARA-001")
    assert view.search_edit.text() == ""
    assert view.detail.code() == "IA-ARA-001"
    assert [i.data() for i in view.table.selectionModel().selectedRows()] == ["IA-ARA-001"]


def test_a_refresh_keeps_the_participant_shown(qtbot, enrolled: Session, recorder) -> None:
    view = ParticipantsView(enrolled, recorder)
    qtbot.addWidget(view)
    view.show_participant("IA-GAL-001")
    enrolment.mark_missed(enrolled, "IA-GAL-001", "V1", "elsewhere")  # e.g. from Today
    view.refresh()
    assert view.detail.code() == "IA-GAL-001"
    assert view.detail.timeline.items()[0].shown_status == "missed"


def test_the_splitter_position_is_remembered(qtbot, enrolled: Session, recorder,
                                             settings: QSettings) -> None:
    first = ParticipantsView(enrolled, recorder, settings=settings)
    qtbot.addWidget(first)
    first.resize(1100, 600)
    first.show()
    qtbot.waitExposed(first)
    first.splitter.moveSplitter(300, 1)  # as a drag of the handle does
    saved = first.splitter.sizes()

    second = ParticipantsView(enrolled, recorder, settings=settings)
    qtbot.addWidget(second)
    second.resize(1100, 600)
    second.show()
    qtbot.waitExposed(second)
    assert second.splitter.sizes() == saved


# -- a list longer than a page (issue 8) ----------------------------------------------------------


def test_a_long_list_is_read_a_page_at_a_time_and_still_found(qtbot, monkeypatch,
                                                               enrolled: Session,
                                                               recorder) -> None:
    monkeypatch.setattr(ParticipantModel, "PAGE_SIZE", 2)
    view = ParticipantsView(enrolled, recorder)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 2  # of 3
    assert view.count_label.text() == "3 participants"  # counted by the database
    # Sorting asks the database: the first page is the first two over everyone.
    view.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert _codes(view) == ["IA-GAL-001", "IA-NAV-001"]
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    # A participant not read yet is read down to and chosen (e.g. on request of Today).
    view.show_participant("IA-NAV-001")
    assert _codes(view) == ["IA-ARA-001", "IA-GAL-001", "IA-NAV-001"]
    assert [i.data() for i in view.table.selectionModel().selectedRows()] == ["IA-NAV-001"]
    assert view.detail.code() == "IA-NAV-001"
    # Searching matches participants that were never read into the table.
    qtbot.keyClicks(view.search_edit, "nav")
    assert _codes(view) == ["IA-NAV-001"] and view.count_label.text() == "1 of 3"
    assert recorder.errors == []
