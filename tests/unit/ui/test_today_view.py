"""Today workspace: the due list for a range and a site, overdue visits visible (SPEC 4.1), and
what the nurse does from it: print the list, pre-print labels, mark missed, open a participant."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QSettings, Qt, QThreadPool
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter

from biotrack import settings as declared
from biotrack.services import enrolment, printing
from biotrack.services.context import Session
from biotrack.ui.dialogs.missed_visit_dialog import MissedVisitDialog
from biotrack.ui.dialogs.visit_labels_dialog import VisitLabelsDialog
from biotrack.ui.i18n import format_date
from biotrack.ui.views.participants_view import ParticipantsView
from biotrack.ui.views.today_view import NEXT_TWO_WEEKS, THIS_WEEK, TODAY, TodayView, date_range
from tests.unit.ui.answering import answer_with, type_into


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
    # The period in the locale's format (British English in tests); stored dates stay ISO.
    assert "25/11/2026 to 29/11/2026" in view.summary_label.text()
    overdue_cell = view.table.model().index(0, 0)
    assert overdue_cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert recorder.errors == []


def test_the_first_list_can_be_read_in_a_worker_and_is_shown_when_it_arrives(
        qtbot, enrolled: Session, recorder) -> None:
    """Issue 8: the main window's first page must not block the GUI thread on the due query."""
    view = TodayView(enrolled, recorder, read_in_background=True)
    qtbot.addWidget(view)
    view.show()
    assert view.loading() and _shown(view) == []
    assert view.summary_label.text() == "Reading the due list…"
    qtbot.waitUntil(lambda: not view.loading())
    assert _shown(view) == [("IA-ARA-001", "BASELINE"), ("IA-NAV-001", "V1")]
    assert "2 visits due" in view.summary_label.text()


def test_a_refresh_while_the_worker_reads_reads_at_once_and_drops_the_late_answer(
        qtbot, enrolled: Session, recorder) -> None:
    view = TodayView(enrolled, recorder, read_in_background=True)
    qtbot.addWidget(view)
    view.show()
    assert view.loading()
    _choose(view.site_combo, "NAV")  # another site: read here, now
    assert not view.loading() and _shown(view) == [("IA-NAV-001", "V1")]
    QThreadPool.globalInstance().waitForDone()  # the worker's late answer arrives ...
    QCoreApplication.processEvents()             # ... and is delivered: it changes nothing
    assert _shown(view) == [("IA-NAV-001", "V1")]


def test_a_list_read_while_hidden_waits_for_the_view_to_be_shown(qtbot, enrolled: Session,
                                                                 recorder) -> None:
    view = TodayView(enrolled, recorder, read_in_background=True)
    qtbot.addWidget(view)
    qtbot.waitUntil(view.first_read.waiting_to_show)  # the worker answered
    assert view.loading() and _shown(view) == []
    view.show()
    assert not view.loading()
    assert _shown(view) == [("IA-ARA-001", "BASELINE"), ("IA-NAV-001", "V1")]


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


# -- what the nurse does with the list (issue 5, point 1) ---------------------------------------


def _open(qtbot, session: Session, recorder, **kwargs) -> TodayView:  # type: ignore[no-untyped-def]
    view = TodayView(session, recorder, **kwargs)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def _click_row(qtbot, view: TodayView, code: str, visit: str) -> None:  # type: ignore[no-untyped-def]
    row = _shown(view).index((code, visit))
    rect = view.table.visualRect(view.table.model().index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected_visit() is not None
    assert (view.selected_visit().code, view.selected_visit().visit) == (code, visit)


def test_visit_actions_need_a_selected_visit(qtbot, enrolled: Session, recorder) -> None:
    view = _open(qtbot, enrolled, recorder)
    assert not view.print_labels_button.isEnabled()
    assert not view.mark_missed_button.isEnabled()
    assert view.print_list_button.isEnabled()
    _click_row(qtbot, view, "IA-NAV-001", "V1")
    assert view.print_labels_button.isEnabled() and view.mark_missed_button.isEnabled()


def _double_click(qtbot, view: TodayView, row: int) -> None:  # type: ignore[no-untyped-def]
    """Press-release then the double-click event, as the window system delivers them."""
    pos = view.table.visualRect(view.table.model().index(row, 2)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_double_click_asks_for_the_participant(qtbot, enrolled: Session, recorder) -> None:
    view = _open(qtbot, enrolled, recorder)
    row = _shown(view).index(("IA-ARA-001", "BASELINE"))
    with qtbot.waitSignal(view.participant_requested) as requested:
        _double_click(qtbot, view, row)
    assert requested.args == ["IA-ARA-001"]

    # What the main window does with it: the Participants workspace shows that person.
    participants = ParticipantsView(enrolled, recorder)
    qtbot.addWidget(participants)
    view.participant_requested.connect(participants.show_participant)
    _double_click(qtbot, view, row)
    assert participants.detail.code() == "IA-ARA-001"
    current = participants.table.selectionModel().selectedRows()
    assert [i.data() for i in current] == ["IA-ARA-001"]


def test_mark_missed_needs_a_reason_and_updates_the_list(qtbot, monkeypatch, enrolled: Session,
                                                         recorder) -> None:
    view = _open(qtbot, enrolled, recorder)
    _click_row(qtbot, view, "IA-ARA-001", "BASELINE")

    def fill(dialog: MissedVisitDialog) -> None:
        assert [dialog.visit_combo.itemData(i) for i in range(dialog.visit_combo.count())] == [
            "BASELINE"]
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.reason_edit, "   ")
        assert not dialog.ok_button.isEnabled()  # blanks are no reason
        type_into(qtbot, dialog.reason_edit, "did not attend, unreachable")

    answer_with(monkeypatch, qtbot, MissedVisitDialog, fill)
    qtbot.mouseClick(view.mark_missed_button, Qt.MouseButton.LeftButton)

    assert recorder.errors == []
    _p, visits = enrolment.visits(enrolled, "IA-ARA-001")
    baseline = {v.code: v for v in visits}["BASELINE"]
    assert (baseline.status, baseline.status_reason) == ("missed",
                                                         "did not attend, unreachable")
    assert _shown(view) == [("IA-NAV-001", "V1")]
    assert "1 visit due" in view.summary_label.text()


def test_mark_missed_refused_by_the_service_is_one_message(qtbot, monkeypatch,
                                                           enrolled: Session,
                                                           recorder) -> None:
    view = _open(qtbot, enrolled, recorder)
    _click_row(qtbot, view, "IA-NAV-001", "V1")
    # Meanwhile someone else marks it missed (another PC, or the command line).
    enrolment.mark_missed(enrolled, "IA-NAV-001", "V1", "recorded elsewhere")
    answer_with(monkeypatch, qtbot, MissedVisitDialog,
                lambda d: qtbot.keyClicks(d.reason_edit, "no show"))
    qtbot.mouseClick(view.mark_missed_button, Qt.MouseButton.LeftButton)
    assert len(recorder.errors) == 1
    assert "already missed" in recorder.errors[0][1]


def test_print_list_prints_the_shown_rows_to_the_chosen_printer(qtbot, enrolled: Session,
                                                                 recorder,
                                                                 tmp_path: Path) -> None:
    view = _open(qtbot, enrolled, recorder)
    target = tmp_path / "draw-list.pdf"

    def ask_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)  # as the dialog offers
        return printer

    view.ask_printer = ask_printer  # type: ignore[method-assign]
    qtbot.mouseClick(view.print_list_button, Qt.MouseButton.LeftButton)

    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_size > 2000
    text = view.draw_list_document().toPlainText()
    assert "Draw list" in text and "IA-NAV-001" in text and "IA-ARA-001" in text
    assert "OVERDUE" in text  # ARA's baseline
    assert "2 visit(s) to draw, of which 1 overdue" in text
    # NAV's V1: target 2026-11-24, window 11-21..11-27, in the reader's date format.
    assert "24/11/2026" in text and "21/11/2026 – 27/11/2026" in text
    assert "2026-11-24" not in text
    assert recorder.errors == []


def test_print_list_cancelled_prints_nothing(qtbot, enrolled: Session, recorder,
                                             tmp_path: Path) -> None:
    view = _open(qtbot, enrolled, recorder)
    view.ask_printer = lambda: None  # type: ignore[method-assign]
    assert view.print_list() is False
    assert list(tmp_path.glob("*.pdf")) == []


def test_the_printed_list_never_shows_a_local_identifier(qtbot, session: Session, recorder) -> None:
    enrolment.enrol(session, enrolment.Enrolment(
        cohort="SAD", site="LOG", enrolled_on=date(2026, 11, 24), local_id="NHC-31337"))
    view = _open(qtbot, session, recorder)
    text = view.draw_list_document().toPlainText()
    assert "IA-LOG-001" in text and "NHC-31337" not in text


def test_print_labels_pre_prints_the_visit_in_a_worker(qtbot, monkeypatch, enrolled: Session,
                                                       db_path: Path, recorder,
                                                       tmp_path: Path) -> None:
    view = _open(qtbot, enrolled, recorder)  # the database file is found from the session
    assert view.database_path() == db_path
    _click_row(qtbot, view, "IA-NAV-001", "V1")
    target = tmp_path / "pre-printed.pdf"
    built: list[VisitLabelsDialog] = []

    def ask(cls, session, path, interaction, source, parent=None, *,  # type: ignore[no-untyped-def]
            settings=None):
        dialog = cls(session, path, interaction, source, parent, settings=settings)
        built.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.panel.ask_output_file = lambda suggested, fmt: target
        with qtbot.waitSignal(dialog.panel.labels_saved, timeout=20_000):
            qtbot.mouseClick(dialog.panel.save_button, Qt.MouseButton.LeftButton)
            assert dialog.panel.busy()
            dialog.reject()  # closing while the worker writes is refused
            assert dialog.isVisible()
        return dialog.saved_path

    monkeypatch.setattr(VisitLabelsDialog, "ask", classmethod(ask))
    qtbot.mouseClick(view.print_labels_button, Qt.MouseButton.LeftButton)

    (dialog,) = built
    assert "IA-NAV-001 V1" in dialog.panel.source_label.text()
    assert not dialog.isVisible()  # closed itself once saved
    assert recorder.errors == []
    assert target.read_bytes().startswith(b"%PDF")
    (logged,) = printing.print_log(enrolled)
    assert len(logged["barcodes"]) == 8  # 6 serum + 2 buffy coat at V1
    for barcode in logged["barcodes"]:
        reservation = printing.find_reservation(enrolled, barcode)
        assert (reservation.code, reservation.visit, reservation.used) == (
            "IA-NAV-001", "V1", False)
    assert "8 labels saved" in recorder.infos[-1][1]


def test_a_visit_whose_window_has_not_opened_is_set_apart(qtbot, qtmodeltester,
                                                          enrolled: Session, recorder) -> None:
    view = _open(qtbot, enrolled, recorder)
    _choose(view.range_combo, NEXT_TWO_WEEKS)
    proxy = view.table.model()
    rows = {(proxy.index(r, 0).data(), proxy.index(r, 2).data()): r
            for r in range(proxy.rowCount())}
    later = proxy.index(rows["IA-GAL-001", "V1"], 0)  # window opens 2026-11-30
    now = proxy.index(rows["IA-NAV-001", "V1"], 0)  # in its window today
    assert later.data(Qt.ItemDataRole.FontRole).italic()
    assert f"Not in its window yet: draw from {format_date(date(2026, 11, 30))}" in later.data(
        Qt.ItemDataRole.ToolTipRole)
    assert now.data(Qt.ItemDataRole.FontRole) is None
    assert "not in window yet (italics)" in view.summary_label.text()
    qtmodeltester.check(view.model)


def test_dates_follow_the_spanish_locale(qtbot, enrolled: Session, recorder) -> None:
    QLocale.setDefault(QLocale("es_ES"))  # what install_translator does for Spanish
    try:
        view = TodayView(enrolled, recorder)
        qtbot.addWidget(view)
        assert "25/11/2026" in view.summary_label.text()  # dd/MM/yyyy, not CLDR's d/M/yy
        assert "21/11/2026 – 27/11/2026" in view.draw_list_document().toPlainText()
    finally:
        QLocale.setDefault(QLocale.system())


def test_the_site_of_this_pc_is_chosen_first(qtbot, enrolled: Session, recorder,
                                             settings: QSettings) -> None:
    settings.setValue(declared.SITE.key, "NAV")
    view = TodayView(enrolled, recorder, settings=settings)
    qtbot.addWidget(view)
    assert view.site_combo.currentData() == "NAV"
    assert _shown(view) == [("IA-NAV-001", "V1")]
    _choose(view.site_combo, None)  # the person can still look at every site
    assert ("IA-ARA-001", "BASELINE") in _shown(view)

    settings.setValue(declared.SITE.key, "XXX")  # a site this database does not have
    other = TodayView(enrolled, recorder, settings=settings)
    qtbot.addWidget(other)
    assert other.site_combo.currentData() is None


def test_a_header_click_sorts_and_the_order_survives_a_refresh(qtbot, qtmodeltester,
                                                               enrolled: Session,
                                                               recorder) -> None:
    """The due list sorts itself (issue 8: no proxy comparisons); the selection follows."""
    view = TodayView(enrolled, recorder)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert _shown(view) == [("IA-ARA-001", "BASELINE"), ("IA-NAV-001", "V1")]  # by target
    assert view.select_visit("IA-NAV-001", "V1")
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2))
    order = view.table.horizontalHeader().sortIndicatorOrder()
    codes = [code for code, _visit in _shown(view)]
    assert codes == sorted(codes, reverse=order == Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == 0
    assert view.selected_visit() is not None and view.selected_visit().code == "IA-NAV-001"
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _shown(view) == [("IA-NAV-001", "V1"), ("IA-ARA-001", "BASELINE")]
    assert view.selected_visit().code == "IA-NAV-001"  # the selection moved with its row
    view.refresh()
    assert _shown(view) == [("IA-NAV-001", "V1"), ("IA-ARA-001", "BASELINE")]
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
