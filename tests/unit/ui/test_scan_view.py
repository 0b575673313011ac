"""Scan station: typing into the scan field like a keyboard-wedge scanner (Enter or Tab), repeats
ignored, look-up with position and history, batch actions applied in one call, refused tubes
marked in the list, confirmations before irreversible actions, and the box audit (SPEC 4.6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from biotrack.barcodes import make_barcode
from biotrack.models import Collection
from biotrack.services import box_audits, safety, storage
from biotrack.services.context import Session
from biotrack.ui.dialogs.audit_findings_dialog import AuditFindingsDialog, FindingModel
from biotrack.ui.dialogs.reason_dialog import ReasonDialog
from biotrack.ui.views.scan_view import AUDIT, LOOKUP, ScanView
from biotrack.ui.widgets.scan_field import ScanField
from biotrack.ui.widgets.storage_models import (
    AuditEventModel,
    AuditResultModel,
    AuditRow,
    BatchItem,
    BatchModel,
    MovementModel,
)
from tests.factories import as_user
from tests.unit.reports.scenario import new_report_session
from tests.unit.services.test_bulk_placement import NEW_BOX, _serum, _v1
from tests.unit.services.test_storage import BOX, dump, register_v1, serum


class FakeClock:
    """A monotonic clock the test moves by hand (no sleeping)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def v1(session: Session) -> Collection:
    """Serum 1-6 at F1/S1/R1/B1/A1..A6, buffy coat at F1/S1/R4/B1/A1..A2 (IA-NAV-001)."""
    return register_v1(session)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_view(qtbot, recorder, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Views stay referenced until the test's teardown, after Qt's last events."""
    made: list[ScanView] = []

    def make(session: Session) -> ScanView:
        view = ScanView(session, recorder, clock=clock)
        qtbot.addWidget(view)
        view.resize(1100, 700)
        view.show()
        qtbot.waitExposed(view)
        made.append(view)
        return view

    yield make
    made.clear()


def type_scan(qtbot, view: ScanView, text: str, suffix=Qt.Key.Key_Return) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.scan_field, text)
    qtbot.keyClick(view.scan_field, suffix)


def status(session: Session, barcode: str) -> str:
    return storage.locate(session, barcode).status


# -- look-up -------------------------------------------------------------------------------------


def test_scanning_with_enter_shows_the_tube(qtbot, session: Session, v1: Collection,
                                            make_view) -> None:
    view = make_view(session)
    assert view.mode() == LOOKUP
    tube = serum(v1, 3)
    type_scan(qtbot, view, tube.barcode.lower())
    assert view.scan_field.text() == ""
    shown = {key: label.text() for key, label in view.detail_labels.items()}
    assert shown["barcode"] == tube.barcode
    assert (shown["participant"], shown["visit"]) == ("IA-NAV-001", "V1")
    assert shown["sample"] == "Serum 3/6 · 500 µL"
    assert (shown["status"], shown["thaws"]) == ("in storage", "0")
    assert shown["sprec"] == tube.sprec and shown["position"] == f"{BOX}/A3"
    assert view.grid.box() is not None and view.grid.box().path == BOX
    assert view.grid.highlighted() == "A3"
    assert view.grid.cell_barcodes()["A3"] == tube.barcode
    assert [m.action for m in view.movement_model.rows()] == ["placed"]
    assert "aliquot.create" in [e.action for e in view.event_model.rows()]
    assert tube.barcode in view.feedback_label.text()


def test_history_shows_movements_and_audit_events(qtbot, session: Session, v1: Collection,
                                                  make_view) -> None:
    tube = serum(v1, 1)
    storage.check_out(session, [tube.barcode], "ELISA")
    storage.return_tubes(session, [tube.barcode])
    view = make_view(session)
    type_scan(qtbot, view, tube.barcode)
    assert [m.action for m in view.movement_model.rows()] == ["placed", "checked_out",
                                                             "returned"]
    assert view.movement_model.index(1, 4).data() == "ELISA"
    assert view.movement_model.index(1, 1).data() == "checked out"
    actions = [view.event_model.index(r, 1).data() for r in range(view.event_model.rowCount())]
    assert actions == [e.action for e in safety.history(session, barcode=tube.barcode)]
    assert view.detail_labels["thaws"].text() == "1"


def test_tab_ends_a_scan_and_keeps_the_focus(qtbot, session: Session, v1: Collection,
                                             make_view) -> None:
    view = make_view(session)
    view.activateWindow()
    qtbot.waitUntil(view.scan_field.hasFocus)
    type_scan(qtbot, view, serum(v1, 2).barcode, Qt.Key.Key_Tab)
    assert view.detail_labels["barcode"].text() == serum(v1, 2).barcode
    assert view.scan_field.hasFocus()
    # Mode changes and buttons give the focus back to the scan field.
    view.set_mode("check_out")
    assert view.scan_field.hasFocus()
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.scan_field.hasFocus()


def test_an_unknown_or_misread_barcode_is_said_under_the_field(qtbot, session: Session,
                                                               v1: Collection, make_view,
                                                               recorder) -> None:
    view = make_view(session)
    type_scan(qtbot, view, make_barcode(999_999))
    assert "no tube with barcode" in view.feedback_label.text()
    type_scan(qtbot, view, "BT123")
    assert "not a BioTrack barcode" in view.feedback_label.text()
    assert recorder.errors == []  # no modal box for the next scan to type into
    assert view.current_tube() is None


def test_a_repeat_within_a_second_is_ignored(qtbot, session: Session, v1: Collection,
                                             make_view, clock: FakeClock) -> None:
    view = make_view(session)
    view.set_mode("check_out")
    barcode = serum(v1, 1).barcode
    type_scan(qtbot, view, barcode)
    clock.now += 0.4
    type_scan(qtbot, view, barcode)
    assert "ignored" in view.feedback_label.text()
    assert len(view.batch_items()) == 1
    clock.now += 1.5  # a deliberate second scan, later: taken (and found in the list)
    type_scan(qtbot, view, barcode)
    assert "already in the list" in view.feedback_label.text()


def test_the_scan_field_alone(qtbot, clock: FakeClock) -> None:
    field = ScanField(clock)
    qtbot.addWidget(field)
    scans: list[str] = []
    ignored: list[str] = []
    field.scanned.connect(scans.append)
    field.repeat_ignored.connect(ignored.append)
    for text, step in (("BT1", 0.0), ("bt1", 0.5), ("BT2", 0.1), ("BT1", 0.2), ("BT1", 1.0)):
        clock.now += step
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Enter)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # an empty scan is nothing
    assert scans == ["BT1", "BT2", "BT1", "BT1"]
    assert ignored == ["bt1"]


# -- batches -------------------------------------------------------------------------------------


def test_batch_check_out_of_three_tubes(qtbot, session: Session, v1: Collection, make_view,
                                        recorder) -> None:
    view = make_view(session)
    view.set_mode("check_out")
    assert view.reason_edit.isVisible()
    codes = [serum(v1, n).barcode for n in (1, 2, 3)]
    for code in codes:
        type_scan(qtbot, view, code)
    assert [i.barcode for i in view.batch_items()] == codes
    assert view.apply_button.text() == "Check out 3 tube(s)"
    assert view.grid.highlighted() == "A3"  # the last scan's position
    qtbot.keyClicks(view.reason_edit, "interferon panel")
    qtbot.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    assert recorder.errors == [] and recorder.questions == []  # check-out is reversible
    assert [status(session, c) for c in codes] == ["checked_out"] * 3
    assert storage.movements(session, codes[0])[-1].reason == "interferon panel"
    assert view.batch_items() == []
    assert "3 tube(s) done" in view.feedback_label.text()


def test_a_scan_into_the_reason_field_is_taken_out_and_scanned(qtbot, session: Session,
                                                               v1: Collection,
                                                               make_view) -> None:
    view = make_view(session)
    view.set_mode("check_out")
    qtbot.mouseClick(view.reason_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.reason_edit, "cytokines" + serum(v1, 1).barcode)
    qtbot.keyClick(view.reason_edit, Qt.Key.Key_Return)
    assert view.reason_edit.text() == "cytokines"
    assert [i.barcode for i in view.batch_items()] == [serum(v1, 1).barcode]
    qtbot.keyClicks(view.reason_edit, " panel")
    qtbot.keyClick(view.reason_edit, Qt.Key.Key_Return)
    assert view.reason_edit.text() == "cytokines panel" and len(view.batch_items()) == 1


def test_refused_and_unknown_tubes_are_marked_and_not_applied(qtbot, session: Session,
                                                              v1: Collection, make_view,
                                                              recorder) -> None:
    storage.check_out(session, [serum(v1, 4).barcode], "assay")
    view = make_view(session)
    view.set_mode("check_out")
    unknown = make_barcode(999_999)
    for code in (serum(v1, 1).barcode, unknown, serum(v1, 4).barcode, "BT123",
                 serum(v1, 2).barcode):
        type_scan(qtbot, view, code)
    items = view.batch_items()
    assert [i.ok for i in items] == [True, False, False, False, True]
    assert "no tube with barcode" in (items[1].problem or "")
    assert items[2].problem == f"{serum(v1, 4).barcode} is checked out, not in storage"
    assert "not a BioTrack barcode" in (items[3].problem or "")
    note = view.batch_model.index(1, 6)
    assert "no tube" in note.data()
    assert note.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert view.apply_button.text() == "Check out 2 tube(s)"
    assert "3 marked" in view.batch_summary.text()
    view.reason_edit.setText("assay")
    assert view.apply()
    assert recorder.errors == []
    assert status(session, serum(v1, 1).barcode) == status(session, serum(v1, 2).barcode) \
        == "checked_out"
    assert [i.barcode for i in view.batch_items()] == [unknown, serum(v1, 4).barcode, "BT123"]


def test_check_out_needs_a_reason_and_changes_nothing_without(qtbot, session: Session,
                                                              v1: Collection, make_view,
                                                              recorder) -> None:
    view = make_view(session)
    view.set_mode("check_out")
    type_scan(qtbot, view, serum(v1, 1).barcode)
    before = dump(session)
    qtbot.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    assert len(recorder.errors) == 1 and "reason" in recorder.errors[0][1]
    assert dump(session) == before


def test_discard_asks_first_and_nothing_happens_on_no(qtbot, session: Session, v1: Collection,
                                                      make_view, recorder) -> None:
    view = make_view(session)
    view.set_mode("discard")
    codes = [serum(v1, 5).barcode, serum(v1, 6).barcode]
    for code in codes:
        type_scan(qtbot, view, code)
    view.reason_edit.setText("haemolysed")
    recorder.answer = False
    before = dump(session)
    qtbot.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    assert len(recorder.questions) == 1
    assert "Discard 2 tube(s)?" in recorder.questions[0][1] and codes[0] in recorder.questions[0][1]
    assert dump(session) == before
    assert len(view.batch_items()) == 2

    recorder.answer = True
    qtbot.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    assert [status(session, c) for c in codes] == ["discarded", "discarded"]
    assert storage.locate(session, codes[0]).location is None  # the position is freed


def test_return_marks_tubes_that_are_not_out(qtbot, session: Session, v1: Collection,
                                             make_view) -> None:
    storage.check_out(session, [serum(v1, 1).barcode], "assay")
    view = make_view(session)
    view.set_mode("return")
    assert not view.reason_edit.isVisible()
    type_scan(qtbot, view, serum(v1, 1).barcode)
    type_scan(qtbot, view, serum(v1, 2).barcode)
    assert [i.ok for i in view.batch_items()] == [True, False]
    assert view.apply()
    tube = storage.locate(session, serum(v1, 1).barcode)
    assert (tube.status, tube.thaw_count) == ("in_storage", 1)
    # Switching the mode reads the list again under the new action's rules.
    view.set_mode("consume")
    assert [i.ok for i in view.batch_items()] == [True]


def test_a_nurse_is_refused_with_one_message(qtbot, session: Session, v1: Collection,
                                             make_view, recorder, clock: FakeClock) -> None:
    nurse = as_user(session, "nina", "nurse")
    view = make_view(nurse)
    type_scan(qtbot, view, serum(v1, 1).barcode)  # looking up is for everyone
    assert view.detail_labels["barcode"].text() == serum(v1, 1).barcode
    view.set_mode("ship")
    clock.now += 5
    type_scan(qtbot, view, serum(v1, 1).barcode)
    before = dump(session)
    assert not view.apply()
    assert len(recorder.errors) == 1 and "may not move" in recorder.errors[0][1]
    assert dump(session) == before


# -- box audit -----------------------------------------------------------------------------------


def test_box_audit_lists_missing_unexpected_and_misplaced(qtbot, session: Session,
                                                          v1: Collection, make_view) -> None:
    other = register_v1(session, site="GAL")  # serum at A7..A9, B1..B3 of the same box
    storage.move(session, serum(other, 1).barcode, "F1/S1/R1/B2/A1")  # elsewhere
    view = make_view(session)
    view.set_mode(AUDIT)
    view.choose_audit_box(BOX)
    assert view.grid.box() is not None and view.grid.box().path == BOX
    assert view.grid.cursor_position() == "A1"
    for n in (1, 2):
        type_scan(qtbot, view, serum(v1, n).barcode)
    assert view.grid.cursor_position() == "A3"
    qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)  # A3 is empty in the box
    type_scan(qtbot, view, serum(v1, 5).barcode)  # at A4: belongs at A5
    type_scan(qtbot, view, serum(other, 1).barcode)  # at A5: belongs in box B2
    assert view.audit_scans() == [("A1", serum(v1, 1).barcode), ("A2", serum(v1, 2).barcode),
                                  ("A4", serum(v1, 5).barcode),
                                  ("A5", serum(other, 1).barcode)]
    kinds = view.audit_model.kinds()
    assert kinds["matched"] == [serum(v1, 1).barcode, serum(v1, 2).barcode]
    # Passed and not scanned: A3 (skipped) and A4 (which held tube 5).
    assert kinds["missing"] == [serum(v1, 3).barcode, serum(v1, 4).barcode]
    assert kinds["misplaced"] == [serum(v1, 5).barcode]
    assert kinds["unexpected"] == [serum(other, 1).barcode]
    assert serum(v1, 6).barcode in kinds["pending"]  # not reached yet
    marks = view.grid.marks()
    assert (marks["A1"], marks["A3"], marks["A4"], marks["A5"]) == (
        "matched", "missing", "misplaced", "unexpected")
    assert "Missing 2" in view.audit_summary.text()

    view.finish_audit()
    kinds = view.audit_model.kinds()
    assert set(kinds["missing"]) == {serum(v1, n).barcode for n in (3, 4, 6)} | {
        serum(other, n).barcode for n in (2, 3, 4, 5, 6)}
    assert "pending" not in kinds


def test_box_audit_cursor_follows_a_click_and_refuses_a_barcode_twice(
        qtbot, session: Session, v1: Collection, make_view, clock: FakeClock) -> None:
    view = make_view(session)
    view.set_mode(AUDIT)
    view.choose_audit_box(BOX)
    qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton,
                     pos=view.grid.cell_rect("C3").center())
    assert view.grid.cursor_position() == "C3"
    assert view.scan_field.text() == ""
    type_scan(qtbot, view, serum(v1, 6).barcode)
    assert view.audit_scans() == [("C3", serum(v1, 6).barcode)]
    assert view.audit_model.kinds()["misplaced"] == [serum(v1, 6).barcode]
    clock.now += 3
    type_scan(qtbot, view, serum(v1, 6).barcode + " ")  # the same tube at the next position
    assert "already scanned at C3" in view.feedback_label.text()
    assert len(view.audit_scans()) == 1
    type_scan(qtbot, view, "BT123")
    assert "not a BioTrack barcode" in view.feedback_label.text()


def test_an_audit_in_progress_survives_a_look_up_and_a_refresh(
        qtbot, session: Session, v1: Collection, make_view, clock: FakeClock) -> None:
    view = make_view(session)
    view.set_mode(AUDIT)
    view.choose_audit_box(BOX)
    for n in (1, 2):
        type_scan(qtbot, view, serum(v1, n).barcode)
    view.set_mode(LOOKUP)
    clock.now += 5
    buffy = next(a for a in v1.aliquots if a.sample_type == "buffy_coat")
    type_scan(qtbot, view, buffy.barcode)
    assert view.grid.box() is not None and view.grid.box().path == "F1/S1/R4/B1"
    assert view.grid.marks() == {}
    view.set_mode(AUDIT)
    assert view.grid.box() is not None and view.grid.box().path == BOX
    assert len(view.audit_scans()) == 2 and view.grid.cursor_position() == "A3"
    assert view.grid.marks()["A2"] == "matched"
    storage.move(session, serum(v1, 6).barcode, f"{BOX}/I9")  # meanwhile, elsewhere
    view.refresh()
    assert len(view.audit_scans()) == 2 and view.grid.cursor_position() == "A3"
    assert view.grid.cell_barcodes()["I9"] == serum(v1, 6).barcode


def test_presence_only_audit_never_finds_misplaced(qtbot, session: Session, v1: Collection,
                                                   make_view) -> None:
    view = make_view(session)
    view.set_mode(AUDIT)
    view.choose_audit_box(BOX)
    view.positions_check.setChecked(False)
    for n in (6, 5, 4, 3, 2):
        type_scan(qtbot, view, serum(v1, n).barcode)
    kinds = view.audit_model.kinds()
    assert len(kinds["matched"]) == 5 and "misplaced" not in kinds
    assert kinds["pending"] == [serum(v1, 1).barcode]
    view.finish_audit()
    assert view.audit_model.kinds()["missing"] == [serum(v1, 1).barcode]


# -- models ----------------------------------------------------------------------------------------


def test_the_scan_station_models_pass_the_model_tester(qtmodeltester, session: Session,
                                                       v1: Collection) -> None:
    tube = storage.locate(session, serum(v1, 1).barcode)
    batch = BatchModel([BatchItem(tube.barcode, tube),
                        BatchItem("BT123", None, "not a BioTrack barcode")])
    qtmodeltester.check(batch)
    movements = MovementModel(storage.movements(session, tube.barcode))
    qtmodeltester.check(movements)
    events = AuditEventModel(safety.history(session, barcode=tube.barcode))
    qtmodeltester.check(events)
    result = storage.box_audit(session, BOX, [("A1", tube.barcode), ("A2", make_barcode(7))])
    rows = [AuditRow(kind, f) for kind in ("matched", "missing", "unexpected", "misplaced")
            for f in getattr(result, kind)]
    audit = AuditResultModel(rows)
    qtmodeltester.check(audit)
    assert audit.kinds()["missing"] == [serum(v1, n).barcode for n in range(2, 7)]
    for empty in (BatchModel(), MovementModel(), AuditEventModel(), AuditResultModel()):
        qtmodeltester.check(empty)


# -- saved audits, findings, rack-scanner files (issue 7) ------------------------------------------


def answer_reasons(monkeypatch, qtbot, reason: str) -> list[str]:  # type: ignore[no-untyped-def]
    """ReasonDialog.ask answered by typing ``reason`` into the real dialog and clicking OK."""
    asked: list[str] = []

    def ask(cls, parent, title, question, action):  # type: ignore[no-untyped-def]
        dialog = cls(title, question, action, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.reason_edit, reason)
        asked.append(question)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.reason() if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(ask))
    return asked


def _finding(dialog: AuditFindingsDialog, category: str, barcode: str | None = None):  # type: ignore[no-untyped-def]
    return next(f for f in dialog.findings()
                if f.category == category and (barcode is None or f.barcode == barcode))


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_save_an_audit_and_resolve_each_finding(qtbot, monkeypatch, session: Session,
                                                v1: Collection, make_view, recorder) -> None:
    other = register_v1(session, site="GAL")  # A7..B3 of the same box
    for n in range(2, 7):
        storage.move(session, serum(other, n).barcode, f"F1/S1/R2/B1/A{n}")
    storage.move(session, serum(other, 1).barcode, "F1/S1/R1/B2/A1")  # elsewhere
    view = make_view(session)
    view.set_mode(AUDIT)
    view.choose_audit_box(BOX)
    assert not view.save_button.isEnabled()
    # A1 right, A2/A3 swapped, A4 empty (skip), A5 and A6 right, the GAL tube at A7.
    for n in (1, 3, 2):
        type_scan(qtbot, view, serum(v1, n).barcode)
    _click(qtbot, view.skip_button)
    for n in (5, 6):
        type_scan(qtbot, view, serum(v1, n).barcode)
    qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton,
                     pos=view.grid.cell_rect("A7").center())
    type_scan(qtbot, view, serum(other, 1).barcode)
    recorder.answer = True
    _click(qtbot, view.save_button)  # not finished: confirmed, then saved
    assert "not finished" in recorder.questions[-1][1]
    stored = view.last_saved
    assert stored is not None and stored.source == "hand"
    assert {f.category for f in stored.findings} == {"missing", "misplaced", "unexpected"}
    dialog = view.findings_dialog
    assert dialog is not None and dialog.isVisible()
    assert len(dialog.findings()) == 4
    asked = answer_reasons(monkeypatch, qtbot, "looked everywhere")

    # Mark missing: reason, then a confirmation (declined first: nothing changes).
    missing = _finding(dialog, "missing")
    dialog.select_finding(missing.id)
    assert not dialog.action_buttons["move_here"].isEnabled()
    recorder.answer = False
    before = dump(session)
    _click(qtbot, dialog.action_buttons["mark_missing"])
    assert dump(session) == before and "cannot be undone" in recorder.questions[-1][1]
    recorder.answer = True
    _click(qtbot, dialog.action_buttons["mark_missing"])
    assert status(session, serum(v1, 4).barcode) == "missing"
    assert _finding(dialog, "missing").resolution == "marked_missing"
    dialog.select_finding(missing.id)
    assert not any(b.isEnabled() for b in dialog.action_buttons.values())  # resolved once

    # The swap: correct all positions at once; the live comparison then agrees.
    dialog.select_finding(_finding(dialog, "misplaced").id)
    _click(qtbot, dialog.correct_all_button)
    assert "2 misplaced tube(s)" in asked[-1]
    assert storage.locate(session, serum(v1, 2).barcode).location.position == "A3"  # type: ignore[union-attr]
    assert storage.locate(session, serum(v1, 3).barcode).location.position == "A2"  # type: ignore[union-attr]
    assert "misplaced" not in view.audit_model.kinds()

    # Move here, for the tube the database had elsewhere.
    dialog.select_finding(_finding(dialog, "unexpected").id)
    _click(qtbot, dialog.action_buttons["move_here"])
    assert storage.locate(session, serum(other, 1).barcode).location.path == f"{BOX}/A7"  # type: ignore[union-attr]
    assert all(not f.is_open for f in dialog.findings())
    events = [e for e in safety.history(session) if e.action == "box_audit.resolve"]
    assert len(events) == 4 and {e.reason for e in events} == {"looked everywhere"}
    assert recorder.errors == []


def test_findings_button_lists_open_findings_and_dismiss(qtbot, monkeypatch, session: Session,
                                                         v1: Collection, make_view,
                                                         recorder) -> None:
    box_audits.save(session, BOX, [("A1", serum(v1, 1).barcode), ("A2", make_barcode(77))])
    view = make_view(session)
    view.set_mode(AUDIT)
    _click(qtbot, view.findings_button)
    dialog = view.findings_dialog
    assert dialog is not None and dialog.open_only.isChecked()
    assert {f.category for f in dialog.findings()} == {"missing", "unknown"}
    answer_reasons(monkeypatch, qtbot, "label damaged")
    dialog.select_finding(_finding(dialog, "unknown").id)
    assert [n for n, b in dialog.action_buttons.items() if b.isEnabled()] == ["dismiss"]
    _click(qtbot, dialog.action_buttons["dismiss"])
    assert "unknown" not in {f.category for f in dialog.findings()}  # open only
    dialog.open_only.setChecked(False)
    assert _finding(dialog, "unknown").resolution == "dismissed"


def test_a_rack_scanner_file_fills_and_saves_the_audit(qtbot, session: Session, v1: Collection,
                                                       make_view, tmp_path) -> None:
    scan = tmp_path / "box1-datapaq.csv"
    scan.write_text("Rack Barcode,Tube Position,Tube Barcode\n"
                    + "".join(f"R9,A0{n},{serum(v1, n).barcode}\n" for n in (1, 2, 3, 4))
                    + f"R9,A05,{serum(v1, 6).barcode}\nR9,A06,NO READ\n")
    view = make_view(session)
    view.set_mode(AUDIT)
    view.choose_audit_box(BOX)
    view.ask_scan_file = lambda title: scan  # type: ignore[method-assign]
    _click(qtbot, view.load_button)
    assert view.busy() and view.file_progress.isVisible()
    qtbot.waitUntil(lambda: not view.busy())
    assert not view.file_progress.isVisible()
    kinds = view.audit_model.kinds()
    assert len(kinds["matched"]) == 4 and kinds["misplaced"] == [serum(v1, 6).barcode]
    assert kinds["missing"] == [serum(v1, 5).barcode]
    assert "Unreadable wells: A6" in view.feedback_label.text()
    _click(qtbot, view.save_button)  # a file audit is finished: no question
    assert not view.save_button.isEnabled()  # saved as it stands: not twice
    stored = view.last_saved
    assert stored is not None
    assert (stored.source, stored.scan_file) == ("file", "box1-datapaq.csv")
    assert stored.counts()["unreadable"] == 1 and stored.counts()["misplaced"] == 1


def test_a_malformed_scan_file_is_reported(qtbot, session: Session, v1: Collection, make_view,
                                          recorder, tmp_path) -> None:
    scan = tmp_path / "bad.csv"
    scan.write_text(f"position,barcode\nA1,{serum(v1, 1).barcode}\nA1,{serum(v1, 2).barcode}\n")
    view = make_view(session)
    view.set_mode(AUDIT)
    view.choose_audit_box(BOX)
    view.ask_scan_file = lambda title: scan  # type: ignore[method-assign]
    _click(qtbot, view.load_button)
    qtbot.waitUntil(lambda: not view.busy())
    assert "line 3" in recorder.errors[-1][1] and view.audit_scans() == []
    outside = tmp_path / "outside.csv"
    outside.write_text(f"position,barcode\nA1,{serum(v1, 1).barcode}\nJ4,{serum(v1, 2).barcode}\n")
    view.ask_scan_file = lambda title: outside  # type: ignore[method-assign]
    _click(qtbot, view.load_button)
    qtbot.waitUntil(lambda: not view.busy())
    assert recorder.errors[-1][1].startswith("outside.csv, line 3: position J4 is outside box")
    assert view.audit_scans() == []


def test_place_from_a_scan_file(qtbot, make_view, recorder, tmp_path) -> None:
    session = new_report_session(tmp_path)
    try:
        _v1(session, "NAV")
        tubes = _serum(_v1(session, "GAL"))            # unplaced: F1 is full
        storage.add_freezer(session, storage.Layout(
            code="F2", name="Freezer 2", shelves=1, racks_per_shelf=2, boxes_per_rack=2,
            rack_box_types=("serum", "buffy")))
        good = tmp_path / "new-box.csv"
        good.write_text("position,barcode\n" + "".join(
            f"B{n},{barcode}\n" for n, barcode in enumerate(tubes, start=1)))
        bad = tmp_path / "wrong.csv"
        bad.write_text(f"position,barcode\nA1,{tubes[0]}\nK1,{tubes[1]}\n")
        view = make_view(session)
        view.set_mode(AUDIT)
        view.choose_audit_box(NEW_BOX)
        before = dump(session)
        view.ask_scan_file = lambda title: bad  # type: ignore[method-assign]
        _click(qtbot, view.place_button)
        qtbot.waitUntil(lambda: not view.busy())
        assert "line 3: position K1 is outside box" in recorder.errors[-1][1]
        assert dump(session) == before
        view.ask_scan_file = lambda title: good  # type: ignore[method-assign]
        recorder.answer = False
        _click(qtbot, view.place_button)
        qtbot.waitUntil(lambda: not view.busy())
        assert "Place the 6 tube(s) of new-box.csv" in recorder.questions[-1][1]
        assert dump(session) == before
        recorder.answer = True
        _click(qtbot, view.place_button)
        qtbot.waitUntil(lambda: not view.busy())
        assert [storage.locate(session, b).location.path for b in tubes] == [  # type: ignore[union-attr]
            f"{NEW_BOX}/B{n}" for n in range(1, 7)]
        assert "6 tube(s) placed" in view.feedback_label.text()
        assert view.grid.cell_barcodes()["B1"] == tubes[0]
    finally:
        session.db.close()


def test_the_finding_model_passes_the_model_tester(qtmodeltester, session: Session,
                                                   v1: Collection) -> None:
    stored = box_audits.save(session, BOX, [("A2", serum(v1, 1).barcode)])
    model = FindingModel(stored.findings)
    qtmodeltester.check(model)
    assert model.rowCount() == len(stored.findings) > 0
    qtmodeltester.check(FindingModel())
