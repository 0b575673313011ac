"""Shipments page (issue 7, point 3, GUI): real clicks and key presses, asserted on the widgets
and on the database.

New shipment through its dialog, tubes added by scanning, pasting and criteria, a refusal
shown once with nothing changed, removal, the manifest written by a worker, dispatch only after
confirmation, receive back, cancel; both item models pass pytest-qt's model tester.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from biotrack.models import Collection
from biotrack.services import collection, enrolment, shipments, storage
from biotrack.services.context import Session
from biotrack.services.shipments import ShipmentDetails
from biotrack.ui.dialogs.reason_dialog import ReasonDialog
from biotrack.ui.dialogs.shipment_dialog import ShipmentDialog
from biotrack.ui.i18n import format_date
from biotrack.ui.views.shipments_page import ShipmentItemModel, ShipmentModel, ShipmentsPage
from biotrack.ui.views.workspace_pages import freezer_pages
from tests.factories import as_user
from tests.unit.ui.answering import answer_with, type_into

WAIT_MS = 30_000


def register(session: Session, site: str) -> Collection:
    participant = enrolment.enrol(session, enrolment.Enrolment(
        cohort="ICI", site=site, enrolled_on=date(2026, 9, 1), regimen="nivolumab-q2w",
        local_id=f"NHC-{site}"))
    return collection.register(session, participant.code, "V1", collection.Draw(
        drawn_at=datetime(2026, 9, 1, 9))).collection


@pytest.fixture
def tubes(session: Session) -> dict[str, list[str]]:
    """IA-NAV-001 and IA-ARA-001, V1: serum barcodes per site."""
    found = {}
    for site in ("NAV", "ARA"):
        c = register(session, site)
        found[site] = [a.barcode for a in c.aliquots if a.sample_type == "serum"]
    return found


@pytest.fixture
def page(qtbot, session: Session, recorder, tubes) -> ShipmentsPage:
    widget = ShipmentsPage(session, recorder)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def shown(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    model = table.model()
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def with_draft(session: Session, page: ShipmentsPage, **kwargs: object) -> str:
    details = {"destination": "Lab Madrid"}
    details.update(kwargs)  # type: ignore[arg-type]
    code = shipments.create(session, ShipmentDetails(**details)).code  # type: ignore[arg-type]
    page.refresh()
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, 0).data() == code)
    return code if page.select(code) and row >= 0 else ""


def dump(session: Session) -> str:
    return "\n".join(session.db.conn.iterdump())


# -- models -------------------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester, session: Session, tubes) -> None:
    code = shipments.create(session, ShipmentDetails(destination="Lab", dry_ice_kg=3)).code
    shipments.add(session, code, tubes["NAV"])
    model = ShipmentModel(shipments.shipments(session))
    qtmodeltester.check(model)
    assert model.index(0, 6).data() == "UN3373, UN1845 3 kg"
    items = ShipmentItemModel(shipments.items(session, code))
    qtmodeltester.check(items)
    assert [items.index(0, c).data() for c in range(8)] == [
        tubes["NAV"][0], "IA-NAV-001", "V1", "serum", 500, "F1/S1/R1/B1", "A1", "in storage"]
    assert items.headerData(4, Qt.Orientation.Horizontal) == "Volume µL"


def test_the_freezers_workspace_lists_the_page(qtbot, session: Session, recorder,
                                                settings) -> None:
    pages = freezer_pages(session, recorder, settings)
    assert [p.key for p in pages][:2] == ["boxes", "shipments"]
    built = next(p for p in pages if p.key == "shipments").build()
    qtbot.addWidget(built)
    assert isinstance(built, ShipmentsPage)


# -- a new shipment -----------------------------------------------------------------------------


def test_new_shipment_through_the_dialog(qtbot, monkeypatch, page: ShipmentsPage,
                                         session: Session, recorder) -> None:
    def fill(dialog: ShipmentDialog) -> None:
        type_into(qtbot, dialog.destination_edit, "Centro Nacional, Majadahonda")
        type_into(qtbot, dialog.courier_edit, "World Courier")
        dialog.dry_ice_spin.setFocus()
        dialog.dry_ice_spin.selectAll()
        qtbot.keyClicks(dialog.dry_ice_spin, "5")
        qtbot.mouseClick(dialog.un3373_check, Qt.MouseButton.LeftButton,
                         pos=QPoint(5, dialog.un3373_check.height() // 2))

    built = answer_with(monkeypatch, qtbot, ShipmentDialog, fill)
    with qtbot.waitSignal(page.shipment_changed) as changed:
        click(qtbot, page.new_button)
    assert len(built) == 1
    stored = shipments.get(session, "SHP-2026-0001")
    assert changed.args == [stored.code]
    assert (stored.destination, stored.courier, stored.dry_ice_kg, stored.un3373) == (
        "Centro Nacional, Majadahonda", "World Courier", 5.0, False)
    assert page.current_code() == stored.code
    assert "SHP-2026-0001" in page.details_label.text()
    assert page.add_box.isEnabled() and not page.dispatch_button.isEnabled()
    assert shown(page.table)[0][:3] == ["SHP-2026-0001", "draft", format_date(stored.ship_date)]
    assert recorder.errors == []


def test_a_refused_dialog_stays_open_and_creates_nothing(qtbot, monkeypatch,
                                                         page: ShipmentsPage, session: Session,
                                                         recorder) -> None:
    answer_with(monkeypatch, qtbot, ShipmentDialog, lambda dialog: None)  # no destination
    before = dump(session)
    click(qtbot, page.new_button)
    assert recorder.errors == [("Shipment not created", "destination is required")]
    assert dump(session) == before
    assert page.model.rowCount() == 0


# -- adding and removing tubes ------------------------------------------------------------------


def test_scan_paste_and_criteria_add_tubes(qtbot, page: ShipmentsPage, session: Session,
                                           tubes, recorder) -> None:
    code = with_draft(session, page)
    page.scan_field.setFocus()
    qtbot.keyClicks(page.scan_field, tubes["NAV"][0])
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert [i.barcode for i in shipments.items(session, code)] == [tubes["NAV"][0]]
    assert shown(page.items_table)[0][0] == tubes["NAV"][0]

    page.paste_edit.setFocus()
    qtbot.keyClicks(page.paste_edit, tubes["NAV"][1])
    qtbot.keyClick(page.paste_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.paste_edit, f"{tubes['NAV'][2]}, ")
    click(qtbot, page.add_listed_button)
    assert page.paste_edit.toPlainText() == ""
    assert page.item_model.rowCount() == 3

    type_into(qtbot, page.participant_edit, "IA-ARA-001")
    page.sample_combo.setCurrentIndex(page.sample_combo.findData("serum"))
    click(qtbot, page.add_matching_button)
    assert [i.barcode for i in shipments.items(session, code)] == [
        *tubes["NAV"][:3], *tubes["ARA"]]
    assert page.participant_edit.text() == "" and page.sample_combo.currentIndex() == 0
    assert "Added 6 tube(s)" in page.status_label.text()
    assert shown(page.table)[0][5] == "9"
    assert recorder.errors == []


def test_a_tube_in_another_shipment_is_refused_once(qtbot, page: ShipmentsPage,
                                                    session: Session, tubes,
                                                    recorder) -> None:
    first = shipments.create(session, ShipmentDetails(destination="Lab A")).code
    shipments.add(session, first, tubes["NAV"][:1])
    code = with_draft(session, page)
    before = dump(session)
    page.scan_field.setFocus()
    qtbot.keyClicks(page.scan_field, tubes["NAV"][0])
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert len(recorder.errors) == 1
    title, message = recorder.errors[0]
    assert title == "Tubes not added"
    assert f"already in shipment {first}" in message
    assert dump(session) == before
    assert page.item_model.rowCount() == 0 and page.current_code() == code


def test_remove_selected_tubes(qtbot, page: ShipmentsPage, session: Session, tubes) -> None:
    code = with_draft(session, page)
    shipments.add(session, code, tubes["NAV"][:3])
    page.refresh()
    assert not page.remove_button.isEnabled()
    click_row(qtbot, page.items_table, 0)
    click_row(qtbot, page.items_table, 2, Qt.KeyboardModifier.ControlModifier)
    assert page.selected_barcodes() == [tubes["NAV"][0], tubes["NAV"][2]]
    click(qtbot, page.remove_button)
    assert [i.barcode for i in shipments.items(session, code)] == [tubes["NAV"][1]]
    assert [r[0] for r in shown(page.items_table)] == [tubes["NAV"][1]]


def test_the_list_sorts_by_a_clicked_column(qtbot, page: ShipmentsPage,
                                            session: Session) -> None:
    for destination in ("Lab B", "Lab A", "Lab C"):
        shipments.create(session, ShipmentDetails(destination=destination))
    page.refresh()
    assert [r[0] for r in shown(page.table)] == ["SHP-2026-0003", "SHP-2026-0002",
                                                 "SHP-2026-0001"]
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(3) + header.sectionSize(3) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    first = [r[3] for r in shown(page.table)]
    assert first in (["Lab A", "Lab B", "Lab C"], ["Lab C", "Lab B", "Lab A"])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert [r[3] for r in shown(page.table)] == list(reversed(first))


# -- manifest, dispatch, receive, cancel --------------------------------------------------------


def test_save_manifest_in_a_worker(qtbot, page: ShipmentsPage, session: Session, tubes,
                                   tmp_path: Path, recorder) -> None:
    code = with_draft(session, page, dry_ice_kg=2.5)
    shipments.add(session, code, tubes["NAV"])
    page.refresh()
    asked: list[tuple[Path, str]] = []
    target = tmp_path / "out" / "chosen"
    target.parent.mkdir()

    def ask_output_file(suggested: Path, fmt: str) -> Path:
        asked.append((suggested, fmt))
        return target

    page.ask_output_file = ask_output_file  # type: ignore[method-assign]
    page.format_combo.setCurrentIndex(page.format_combo.findData("pdf"))
    with qtbot.waitSignal(page.manifest_saved, timeout=WAIT_MS) as saved:
        click(qtbot, page.manifest_button)
        assert not page.manifest_button.isEnabled()  # busy while the worker writes
    assert asked[0][0].name == f"manifest-{code}.pdf" and asked[0][1] == "pdf"
    written = Path(saved.args[0])
    assert written == target.with_suffix(".pdf") and written.exists()
    assert page.manifest_button.isEnabled()
    assert page.last_manifest is not None and page.last_manifest.tubes == 6
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert code in text and "UN1845" in text and "NHC-NAV" not in text
    assert "Saved the PDF manifest" in page.status_label.text()
    assert recorder.errors == []


def test_a_failed_manifest_is_reported_once(qtbot, page: ShipmentsPage, session: Session,
                                            tubes, tmp_path: Path, recorder) -> None:
    code = with_draft(session, page)
    shipments.add(session, code, tubes["NAV"][:1])
    page.refresh()
    page.ask_output_file = lambda suggested, fmt: tmp_path / "missing" / "m.pdf"  # type: ignore[method-assign]
    click(qtbot, page.manifest_button)
    qtbot.waitUntil(lambda: bool(recorder.errors), timeout=WAIT_MS)
    assert recorder.errors[0][0] == "Manifest not saved"
    assert "does not exist" in recorder.errors[0][1]
    assert page.manifest_button.isEnabled() and not page.progress.isVisible()


def test_dispatch_needs_a_confirmation(qtbot, page: ShipmentsPage, session: Session, tubes,
                                       recorder) -> None:
    code = with_draft(session, page)
    shipments.add(session, code, tubes["NAV"])
    page.refresh()
    recorder.answer = False
    before = dump(session)
    click(qtbot, page.dispatch_button)
    assert len(recorder.questions) == 1 and "cannot be undone" in recorder.questions[0][1]
    assert dump(session) == before
    recorder.answer = True
    click(qtbot, page.dispatch_button)
    assert shipments.get(session, code).status == "dispatched"
    assert {storage.locate(session, b).status for b in tubes["NAV"]} == {"shipped"}
    assert {r[7] for r in shown(page.items_table)} == {"shipped"}
    assert not page.dispatch_button.isEnabled() and not page.add_box.isEnabled()
    assert not page.cancel_button.isEnabled() and page.receive_button.isEnabled()
    assert "dispatched: 6 tube(s) shipped" in page.status_label.text()


def test_receive_back_selected_then_the_rest(qtbot, page: ShipmentsPage, session: Session,
                                             tubes, recorder) -> None:
    code = with_draft(session, page)
    shipments.add(session, code, tubes["NAV"][:3])
    shipments.dispatch(session, code)
    storage.move(session, tubes["ARA"][0], "F1/S1/R1/B1/A3")  # takes a shipped tube's slot
    page.refresh()
    click_row(qtbot, page.items_table, 0)
    click(qtbot, page.receive_button)
    assert "1 selected tube(s)" in recorder.questions[-1][1]
    assert storage.locate(session, tubes["NAV"][0]).location.path == "F1/S1/R1/B1/A1"
    assert shipments.get(session, code).status == "dispatched"
    page.items_table.clearSelection()
    click(qtbot, page.receive_button)
    assert shipments.get(session, code).status == "received_back"
    assert storage.locate(session, tubes["NAV"][2]).status == "unplaced"
    assert recorder.infos and tubes["NAV"][2] in recorder.infos[-1][1]
    assert not page.receive_button.isEnabled()


def answer_reason(monkeypatch, qtbot, reason: str | None) -> list[str]:  # type: ignore[no-untyped-def]
    """ReasonDialog.ask answered in the real dialog: ``reason`` typed and OK clicked, or
    (None) the person cancels; the questions asked are returned."""
    asked: list[str] = []

    def ask(cls, parent, title, question, action):  # type: ignore[no-untyped-def]
        dialog = cls(title, question, action, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        asked.append(question)
        assert not dialog.ok_button.isEnabled()  # the reason is required
        if reason is None:
            dialog.reject()
            return None
        type_into(qtbot, dialog.reason_edit, reason)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.reason() if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(ask))
    return asked


def test_cancel_a_draft(qtbot, page: ShipmentsPage, session: Session, tubes,
                        recorder, monkeypatch) -> None:
    code = with_draft(session, page)
    shipments.add(session, code, tubes["NAV"][:2])
    page.refresh()
    before = dump(session)
    asked = answer_reason(monkeypatch, qtbot, None)
    click(qtbot, page.cancel_button)
    assert asked == [f"Cancel the draft {code}? Its tubes stay in the freezer and can go in "
                     "another shipment."]
    assert dump(session) == before  # no reason, no cancel
    answer_reason(monkeypatch, qtbot, "courier strike")
    click(qtbot, page.cancel_button)
    assert recorder.errors == []
    assert shipments.get(session, code).status == "cancelled"
    event = session.db.execute("SELECT record_id, reason FROM audit_event WHERE action ="
                               " 'shipment.cancel'").fetchall()
    assert event == [(code, "courier strike")]
    assert shown(page.table)[0][1] == "cancelled"
    assert not page.cancel_button.isEnabled() and not page.add_box.isEnabled()
    assert {storage.locate(session, b).status for b in tubes["NAV"][:2]} == {"in_storage"}


def test_a_nurse_sees_shipments_but_cannot_change_them(qtbot, session: Session, recorder,
                                                       tubes) -> None:
    code = shipments.create(session, ShipmentDetails(destination="Lab")).code
    shipments.add(session, code, tubes["NAV"][:1])
    nurse = as_user(session, "nurse1", "nurse")
    page = ShipmentsPage(nurse, recorder)
    qtbot.addWidget(page)
    assert page.select(code)
    assert page.item_model.rowCount() == 1
    for widget in (page.new_button, page.add_box, page.dispatch_button, page.cancel_button,
                   page.manifest_button, page.receive_button):
        assert not widget.isEnabled(), widget.objectName()
