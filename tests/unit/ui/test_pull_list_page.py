"""Pull lists page of the Scan workspace (issue 7, point 7): criteria -> preview -> create,
scanning by typing into the field and pressing Enter (or Tab) like a wedge scanner, wrong scans
refused under the field with nothing changed, not found with a reason, closing after a
confirmation, the PDF written in a worker; widgets and database checked together."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from biotrack.services import retrieval, storage
from biotrack.services.context import Session
from biotrack.ui.dialogs.reason_dialog import ReasonDialog
from biotrack.ui.views.pull_list_page import PullItemModel, PullListModel, PullListPage
from biotrack.ui.views.tabbed_workspace import TabbedWorkspace
from biotrack.ui.views.workspace_pages import scan_pages
from tests.unit.reports.helpers import pdf_text
from tests.unit.services.test_retrieval import build_stock, dump
from tests.unit.ui.answering import type_into


class FakeClock:
    """A monotonic clock the test moves by hand (no sleeping)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def stock(session: Session) -> Session:
    build_stock(session)
    return session


@pytest.fixture
def page(qtbot: Any, recorder: Any, stock: Session) -> PullListPage:
    view = PullListPage(stock, recorder, clock=FakeClock())
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def scan(qtbot: Any, page: PullListPage, text: str, suffix: Any = Qt.Key.Key_Return) -> None:
    qtbot.keyClicks(page.scan_field, text)
    qtbot.keyClick(page.scan_field, suffix)


def fill_interferon_batch(qtbot: Any, page: PullListPage) -> None:
    """Serum aliquot 1 of every V1, V5 and irAE visit of the ICI cohort."""
    type_into(qtbot, page.purpose_edit, "Interferon panel")
    page.cohort_combo.setCurrentIndex(page.cohort_combo.findData("ICI"))
    type_into(qtbot, page.visits_edit, "V1, V5")
    qtbot.mouseClick(page.kind_checks["irae"], Qt.MouseButton.LeftButton)
    page.sample_combo.setCurrentIndex(page.sample_combo.findData("serum"))
    type_into(qtbot, page.numbers_edit, "1")


def click_and_wait(qtbot: Any, page: PullListPage, button: Any) -> None:
    """Preview and create run in a worker: click, then wait until it has reported back."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy(), timeout=20000)


def cell(page: PullListPage, row: int, column: int) -> str:
    return str(page.item_model.index(row, column).data())


@pytest.fixture
def created(qtbot: Any, page: PullListPage) -> retrieval.PullListDetail:
    fill_interferon_batch(qtbot, page)
    click_and_wait(qtbot, page, page.create_button)
    detail = page.current_list()
    assert detail is not None
    return detail


def test_preview_then_create_stores_the_list_in_pull_order(
        qtbot: Any, page: PullListPage, stock: Session, recorder: Any) -> None:
    fill_interferon_batch(qtbot, page)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.busy() and not page.preview_button.isEnabled()
    qtbot.waitUntil(lambda: not page.busy(), timeout=20000)
    assert page.preview_button.isEnabled()
    assert "4 tube(s) to pull" in page.preview_label.text()
    assert page.last_preview is not None and len(page.last_preview.tubes) == 4
    assert retrieval.lists(stock) == []  # a preview stores nothing

    click_and_wait(qtbot, page, page.create_button)
    assert recorder.errors == []
    (stored,) = retrieval.lists(stock)
    assert stored.code == "PULL-2026-0001" and stored.total == 4
    assert page.list_model.rowCount() == 1
    assert page.list_model.index(0, 0).data() == "PULL-2026-0001"
    detail = retrieval.show(stock, stored.code)
    assert [cell(page, r, 1) for r in range(4)] == [i.tube.path for i in detail.items]
    assert [cell(page, r, 7) for r in range(4)] == ["to pull"] * 4
    assert "PULL-2026-0001" in page.open_box.title()
    # The first tube to pull is selected and its position highlighted in its box.
    assert page.grid.box() is not None
    assert page.grid.box().path == detail.items[0].tube.box_path
    assert page.grid.highlighted() == detail.items[0].tube.position


def test_the_preview_says_how_many_last_aliquots_it_leaves(
        qtbot: Any, page: PullListPage) -> None:
    type_into(qtbot, page.participants_edit, "IA-ARA-001")
    type_into(qtbot, page.visits_edit, "V1")
    click_and_wait(qtbot, page, page.preview_button)
    text = page.preview_label.text()
    assert "5 tube(s) to pull" in text and "3 left: last aliquot of their visit" in text
    qtbot.mouseClick(page.allow_last_check, Qt.MouseButton.LeftButton)
    click_and_wait(qtbot, page, page.preview_button)
    assert "8 tube(s) to pull" in page.preview_label.text()
    assert "left" not in page.preview_label.text()


def test_bad_criteria_and_a_missing_purpose_are_reported_once(
        qtbot: Any, page: PullListPage, stock: Session, recorder: Any) -> None:
    type_into(qtbot, page.visits_edit, "V42")
    click_and_wait(qtbot, page, page.preview_button)
    assert len(recorder.errors) == 1 and "'V42' is not a visit code" in recorder.errors[0][1]
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert not page.busy()  # refused before any work starts
    assert "purpose" in recorder.errors[-1][1]
    assert retrieval.lists(stock) == []


def test_scanning_a_listed_tube_picks_it_and_checks_it_out(
        qtbot: Any, page: PullListPage, stock: Session,
        created: retrieval.PullListDetail) -> None:
    first, second = created.items[0].tube, created.items[1].tube
    scan(qtbot, page, first.barcode.lower())
    assert page.scan_field.text() == ""
    assert cell(page, 0, 7) == "picked"
    assert storage.locate(stock, first.barcode).status == "checked_out"
    assert retrieval.show(stock, created.pull.code).items[0].state == "picked"
    assert f"{first.barcode} picked" in page.feedback_label.text()
    # The next tube to pull is now selected, its position highlighted.
    assert page.items_table.currentIndex().row() == 1
    assert page.grid.highlighted() == second.position
    scan(qtbot, page, second.barcode, Qt.Key.Key_Tab)  # a scanner with a Tab suffix
    assert cell(page, 1, 7) == "picked"
    assert page.list_model.index(0, 3).data() == "2/4"
    assert page.scan_field.hasFocus()


def test_wrong_scans_are_refused_under_the_field_and_change_nothing(
        qtbot: Any, page: PullListPage, stock: Session, recorder: Any,
        created: retrieval.PullListDetail) -> None:
    scan(qtbot, page, created.items[0].tube.barcode)
    outsider = storage.box_contents(stock, storage.find_box(stock, "F1/S1/R1/B1"))
    listed = {i.tube.barcode for i in created.items}
    other = next(str(c["barcode"]) for c in outsider if c["barcode"] not in listed)
    before = dump(stock)
    scan(qtbot, page, other)
    assert "is not on pull list PULL-2026-0001" in page.feedback_label.text()
    page.scan_field.set_clock(lambda: 5000.0)  # past the repeat window of the first scan
    scan(qtbot, page, created.items[0].tube.barcode)
    assert "already picked" in page.feedback_label.text()
    scan(qtbot, page, "BT00000014")
    assert "check digit" in page.feedback_label.text()
    assert dump(stock) == before
    assert recorder.errors == []  # no box for the next scan to type into
    assert [cell(page, r, 7) for r in range(4)] == ["picked"] + ["to pull"] * 3


def test_flagging_a_tube_not_found_asks_for_a_reason(
        qtbot: Any, page: PullListPage, stock: Session, monkeypatch: pytest.MonkeyPatch,
        created: retrieval.PullListDetail) -> None:
    page.items_table.selectRow(2)
    asked: list[str] = []

    def ask(cls: Any, parent: Any, title: str, question: str, action: str) -> str | None:
        """The real dialog, answered by typing a reason and clicking OK."""
        dialog = cls(title, question, action, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        asked.append(question)
        assert not dialog.ok_button.isEnabled()  # no empty reason
        type_into(qtbot, dialog.reason_edit, "slot empty")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.reason() if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(ask))
    qtbot.mouseClick(page.not_found_button, Qt.MouseButton.LeftButton)
    assert asked and created.items[2].tube.barcode in asked[0]
    assert cell(page, 2, 7) == "not found"
    assert retrieval.show(stock, created.pull.code).items[2].state == "not_found"
    event = stock.db.execute("SELECT record_id, reason FROM audit_event WHERE action ="
                             " 'pull_list.not_found'").fetchall()
    assert event == [(created.items[2].tube.barcode, "slot empty")]


def test_closing_asks_first_then_flags_the_rest(
        qtbot: Any, page: PullListPage, stock: Session, recorder: Any,
        created: retrieval.PullListDetail) -> None:
    scan(qtbot, page, created.items[0].tube.barcode)
    recorder.answer = False
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert "3 tube(s) still to pull will be flagged" in recorder.questions[-1][1]
    assert retrieval.show(stock, created.pull.code).pull.status == "open"
    recorder.answer = True
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    closed = retrieval.show(stock, created.pull.code)
    assert closed.pull.status == "closed" and closed.pull.not_found == 3
    assert [cell(page, r, 7) for r in range(4)] == ["picked"] + ["not found"] * 3
    assert not page.scan_field.isEnabled() and not page.close_button.isEnabled()
    assert page.list_model.index(0, 2).data() == "closed"


def answer_reason(monkeypatch: pytest.MonkeyPatch, qtbot: Any,
                  reason: str | None) -> list[tuple[str, str, str]]:
    """ReasonDialog.ask answered in the real dialog: ``reason`` typed and OK clicked, or
    (None) the person cancels; the title, question and action asked are returned."""
    asked: list[tuple[str, str, str]] = []

    def ask(cls: Any, parent: Any, title: str, question: str, action: str) -> str | None:
        dialog = cls(title, question, action, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        asked.append((title, question, action))
        assert not dialog.ok_button.isEnabled()  # no empty reason
        if reason is None:
            dialog.reject()
            return None
        type_into(qtbot, dialog.reason_edit, reason)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.reason() if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(ask))
    return asked


def test_cancelling_asks_a_reason_and_picked_tubes_stay_checked_out(
        qtbot: Any, page: PullListPage, stock: Session, recorder: Any,
        monkeypatch: pytest.MonkeyPatch, created: retrieval.PullListDetail) -> None:
    code = created.pull.code
    picked = created.items[0].tube.barcode
    scan(qtbot, page, picked)
    assert page.cancel_button.isEnabled()
    before = dump(stock)
    asked = answer_reason(monkeypatch, qtbot, None)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert asked == [("Cancel pull list", f"Cancel pull list {code}? Tubes already picked "
                      "stay checked out: return them at the scan station.", "Cancel list")]
    assert dump(stock) == before  # the person changed their mind

    answer_reason(monkeypatch, qtbot, "assay postponed")
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert recorder.errors == []
    cancelled = retrieval.show(stock, code)
    assert cancelled.pull.status == "cancelled"
    assert storage.locate(stock, picked).status == "checked_out"
    event = stock.db.execute("SELECT record_id, reason FROM audit_event WHERE action ="
                             " 'pull_list.cancel'").fetchall()
    assert event == [(code, "assay postponed")]
    assert page.list_model.index(0, 2).data() == "cancelled"
    assert [cell(page, r, 7) for r in range(4)] == ["picked"] + ["not pulled"] * 3
    assert "3 not pulled" in page.open_title.text() and "to pull" not in page.open_title.text()
    assert ("1 picked tube(s) stay checked out, return them at the scan station"
            in page.feedback_label.text())
    for widget in (page.cancel_button, page.close_button, page.scan_field,
                   page.not_found_button):
        assert not widget.isEnabled(), widget.objectName()
    page.lists_table.selectRow(0)
    page.open_list(code)
    assert page.feedback_label.text() == f"{code} is cancelled."


def test_a_refused_cancel_is_one_message_and_changes_nothing(
        qtbot: Any, page: PullListPage, stock: Session, recorder: Any,
        monkeypatch: pytest.MonkeyPatch, created: retrieval.PullListDetail) -> None:
    retrieval.close(stock, created.pull.code)  # closed elsewhere, the page still shows it open
    assert page.cancel_button.isEnabled()
    before = dump(stock)
    answer_reason(monkeypatch, qtbot, "postponed")
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert len(recorder.errors) == 1
    assert recorder.errors[0] == ("Not cancelled",
                                  f"pull list {created.pull.code} is closed")
    assert dump(stock) == before
    assert not page.cancel_button.isEnabled()  # the page re-read the list


def test_only_an_open_list_can_be_cancelled(qtbot: Any, page: PullListPage) -> None:
    assert not page.cancel_button.isEnabled()  # no list shown
    assert page.cancel_list() is False


def test_the_pdf_is_written_in_a_worker(qtbot: Any, page: PullListPage, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch,
                                        created: retrieval.PullListDetail) -> None:
    target = tmp_path / "pull"
    monkeypatch.setattr(page, "ask_output_file", lambda suggested: target)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert page.busy() or page.saved_pdf is not None
    qtbot.waitUntil(lambda: not page.busy(), timeout=20000)
    assert page.saved_pdf == tmp_path / "pull.pdf"
    text = pdf_text(tmp_path / "pull.pdf")
    assert "Pull list PULL-2026-0001" in text and "Interferon panel" in text
    assert all(i.tube.barcode in text for i in created.items)


def test_choosing_a_list_opens_it(qtbot: Any, page: PullListPage, stock: Session) -> None:
    retrieval.create(stock, "first", retrieval.criteria(cohorts="SAD", numbers="1"))
    retrieval.create(stock, "second", retrieval.criteria(cohorts="ICI", numbers="2"))
    page.refresh()
    assert [page.list_model.index(r, 0).data() for r in range(2)] == [
        "PULL-2026-0002", "PULL-2026-0001"]
    page.lists_table.selectRow(1)
    detail = page.current_list()
    assert detail is not None and detail.pull.code == "PULL-2026-0001"
    assert page.item_model.rowCount() == 2


def test_the_models_pass_the_model_tester(qtmodeltester: Any, stock: Session) -> None:
    detail = retrieval.create(stock, "models", retrieval.criteria(cohorts="ICI", numbers="1"))
    items = PullItemModel(detail.items)
    qtmodeltester.check(items)
    assert items.index(0, 0).data() == 1
    qtmodeltester.check(PullListModel(retrieval.lists(stock)))


def test_the_scan_workspace_has_a_pull_lists_page(qtbot: Any, stock: Session, recorder: Any,
                                                  tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    workspace = TabbedWorkspace(scan_pages(stock, recorder, settings), "scan_workspace")
    qtbot.addWidget(workspace)
    assert workspace.keys().count("pull_lists") == 1
    shown = workspace.show_page("pull_lists")
    assert isinstance(shown, PullListPage)
    assert workspace.tabs.tabText(workspace.keys().index("pull_lists")) == "Pull lists"


def test_site_and_sample_type_come_from_the_database_and_protocol(
        qtbot: Any, page: PullListPage) -> None:
    sites = [page.site_combo.itemData(i) for i in range(page.site_combo.count())]
    assert sites[0] is None and {"ARA", "NAV", "GAL", "LOG", "MAT", "DON"} <= set(sites)
    page.site_combo.setCurrentIndex(page.site_combo.findData("ARA"))
    page.sample_combo.setCurrentIndex(page.sample_combo.findData("buffy_coat_rnalater"))
    qtbot.mouseClick(page.allow_last_check, Qt.MouseButton.LeftButton)
    click_and_wait(qtbot, page, page.preview_button)
    assert page.last_preview is not None
    assert [(t.code, t.visit) for t in page.last_preview.tubes] == [("IA-ARA-001", "V1")]


def test_the_criteria_line_names_sample_types_and_kinds_as_the_screen_does() -> None:
    """'sample type serum' would be an id on a Spanish screen: the line uses the names the
    page shows (the stored criteria_text keeps the ids)."""
    from biotrack.ui.views.pull_list_page import criteria_text

    chosen = retrieval.Criteria(cohorts=("ICI",), kinds=("baseline",),
                                sample_types=("buffy_coat",))
    line = criteria_text(chosen, {"buffy_coat": "Buffy coat"})
    assert line == "cohort ICI; kind Baseline; sample type Buffy coat"
    assert str(chosen.describe()) == "cohort ICI; kind baseline; sample type buffy_coat"
    assert criteria_text(chosen, {}) == "cohort ICI; kind Baseline; sample type buffy_coat"
