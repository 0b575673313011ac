"""Register collection workspace: pick or scan, preview, register in one go, save labels.

Real database (the ``enrolled`` fixture, fixed clock 2026-11-25 12:00 UTC), real key presses and
clicks through qtbot; what was stored is checked through the services.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from biotrack.barcodes import make_barcode
from biotrack.services import collection, printing
from biotrack.services.collection import Draw
from biotrack.services.context import Session
from biotrack.services.printing import PrintOptions
from biotrack.ui.mainwindow import MainWindow
from biotrack.ui.views.collection_view import CollectionView, ProposedAliquotModel
from biotrack.ui.views.today_view import TodayView

NAV = "IA-NAV-001"  # ICI, V1 due this week (window 2026-11-21..27), first dose 2026-11-24
GAL = "IA-GAL-001"  # ICI, V1 in the next two weeks


@pytest.fixture
def view(qtbot, enrolled: Session, db_path: Path, recorder,
         settings: QSettings) -> CollectionView:
    widget = CollectionView(enrolled, recorder, db_path, settings=settings)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.loading())  # participants read in a worker (issue 8)
    return widget


def choose_participant(qtbot, view: CollectionView, text: str) -> None:
    """Type into the participant field and press Enter, as a person would."""
    edit = view.participant_combo.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def preview_rows(view: CollectionView) -> list[tuple[str, str, str, str]]:
    """(sample, aliquot, box, position) as the preview table shows them."""
    model = view.table.model()
    return [tuple(model.index(r, c).data() for c in (0, 1, 3, 4))  # type: ignore[misc]
            for r in range(model.rowCount())]


def dump(session: Session) -> str:
    return "\n".join(session.db.conn.iterdump())


def test_choosing_a_participant_preselects_the_next_visit_and_previews(
        qtbot, view: CollectionView, recorder) -> None:
    assert view.register_button.isEnabled() is False
    choose_participant(qtbot, view, "ia-nav-001")
    assert view.current_code() == NAV
    assert view.current_visit() == "V1"
    assert [view.visit_combo.itemData(i) for i in range(view.visit_combo.count())][:3] == [
        "V1", "V2", "V3"]
    rows = preview_rows(view)
    assert len(rows) == 8
    assert [r[0] for r in rows] == ["Serum"] * 6 + ["Buffy coat", "Buffy coat in RNAlater"]
    assert [r[1] for r in rows[:6]] == [f"{n} / 6" for n in range(1, 7)]
    serum_positions = [r[3] for r in rows[:6]]
    assert serum_positions == ["A1", "A2", "A3", "A4", "A5", "A6"]
    assert all(r[2] != "unplaced" for r in rows)
    assert "8 aliquots for IA-NAV-001 V1" in view.preview_label.text()
    assert view.register_button.isEnabled()
    assert set(view.count_spins) == {"serum", "buffy_coat", "buffy_coat_rnalater"}
    assert recorder.errors == []


def test_a_short_draw_lowers_the_preview(qtbot, view: CollectionView) -> None:
    choose_participant(qtbot, view, NAV)
    serum = view.count_spins["serum"]
    assert (serum.value(), serum.maximum()) == (6, 6)
    serum.setFocus()
    qtbot.keyClick(serum, Qt.Key.Key_Down)
    qtbot.keyClick(serum, Qt.Key.Key_Down)
    assert serum.value() == 4
    rows = preview_rows(view)
    assert len(rows) == 6
    assert [r[1] for r in rows[:4]] == [f"{n} / 4" for n in range(1, 5)]
    assert view.counts() == {"serum": 4}


def test_a_short_draw_is_named_in_the_screens_language(qtbot, spanish: str,
                                                        view: CollectionView,
                                                        recorder) -> None:
    """The result box says "4 de 6 Suero", not the protocol's id "serum" (issue 9)."""
    choose_participant(qtbot, view, NAV)
    view.count_spins["serum"].setValue(4)
    qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)
    assert recorder.errors == []
    (_title, text), = recorder.infos
    assert "4 de 6 Suero" in text and "serum" not in text


def test_no_aliquot_at_all_is_refused_inline_without_a_box(qtbot, view: CollectionView,
                                                           recorder) -> None:
    choose_participant(qtbot, view, NAV)
    for spin in view.count_spins.values():
        spin.setValue(0)
    assert preview_rows(view) == []
    assert "at least one aliquot" in view.preview_label.text()
    assert not view.register_button.isEnabled()
    assert recorder.errors == []  # a live preview never pops up a box


def test_only_planned_visits_are_offered_and_another_can_be_chosen(
        qtbot, view: CollectionView) -> None:
    choose_participant(qtbot, view, NAV)
    view.visit_combo.setFocus()
    qtbot.keyClick(view.visit_combo, Qt.Key.Key_Down)
    assert view.current_visit() == "V2"
    assert len(preview_rows(view)) == 6  # V2: serum only
    assert set(view.count_spins) == {"serum"}


def test_register_creates_the_collection_as_previewed(qtbot, view: CollectionView,
                                                      enrolled: Session, recorder) -> None:
    choose_participant(qtbot, view, NAV)
    previewed = [(r.planned.sample_type, r.planned.number,
                  r.location.path if r.location else None) for r in view.model.rows()]
    view.drawn_by_edit.setText("nurse A")
    view.deviation_checks["haemolysed"].setChecked(True)
    qtbot.mouseClick(view.time_checks["centrifuged"], Qt.MouseButton.LeftButton)
    assert view.time_edits["centrifuged"].isEnabled()

    with qtbot.waitSignal(view.collection_registered) as registered:
        qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)

    assert recorder.errors == []
    (stored,) = collection.collections_of(enrolled, NAV)
    assert registered.args == [stored.id]
    assert stored.visit == "V1"
    assert len(stored.aliquots) == 8
    assert [(a.sample_type, a.number, a.location.path if a.location else None)
            for a in stored.aliquots] == previewed
    assert "haemolysed" in stored.deviations
    assert stored.drawn_by == "nurse A"
    assert stored.centrifuged_at is not None
    # The result is shown once: barcodes, positions, and the warnings of the service.
    (title, text), = recorder.infos
    assert title == "Collection registered"
    for aliquot in stored.aliquots:
        assert aliquot.barcode in text
        assert aliquot.location is not None and aliquot.location.path in text
    assert "baseline drawn after the first ICI dose" in text
    # The form is reset, the labels of the new collection are offered.
    assert view.current_code() is None
    assert preview_rows(view) == []
    assert not view.time_checks["centrifuged"].isChecked()
    assert not view.deviation_checks["haemolysed"].isChecked()
    assert view.drawn_by_edit.text() == ""
    assert view.labels.save_button.isEnabled()
    assert str(stored.id) in view.labels.source_label.text()
    # V1 is collected: the participant now starts at V2.
    choose_participant(qtbot, view, NAV)
    assert view.current_visit() == "V2"


def test_registering_a_collected_visit_is_refused_once_and_writes_nothing(
        qtbot, view: CollectionView, enrolled: Session, recorder) -> None:
    choose_participant(qtbot, view, NAV)
    assert view.current_visit() == "V1"
    # Another bench registers the same draw while this form is open.
    drawn = view.draw().drawn_at
    collection.register(enrolled, NAV, "V1", Draw(drawn_at=drawn))
    before = dump(enrolled)

    with qtbot.assertNotEmitted(view.collection_registered):
        qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)

    assert len(recorder.errors) == 1
    _title, message = recorder.errors[0]
    assert "IA-NAV-001 V1 is already collected" in message
    assert "Traceback" not in message
    assert recorder.infos == []
    assert dump(enrolled) == before
    assert len(collection.collections_of(enrolled, NAV)) == 1
    # The list was read again: V1 is no longer offered.
    assert view.current_code() == NAV
    assert view.current_visit() == "V2"


def test_scanning_a_pre_printed_label_opens_its_visit(qtbot, view: CollectionView,
                                                      enrolled: Session, recorder,
                                                      tmp_path: Path) -> None:
    printed = printing.print_visit(enrolled, NAV, "V2", PrintOptions(output=tmp_path / "v2.pdf"))
    choose_participant(qtbot, view, GAL)
    assert view.current_code() == GAL

    view.scan_edit.setFocus()
    qtbot.keyClicks(view.scan_edit, printed.barcodes[3])
    qtbot.keyClick(view.scan_edit, Qt.Key.Key_Return)

    assert recorder.errors == []
    assert view.current_code() == NAV
    assert view.current_visit() == "V2"
    assert view.participant_combo.currentText() == NAV
    assert len(preview_rows(view)) == 6
    assert view.scan_edit.text() == ""

    # Registering binds the pre-printed barcodes to the new aliquots.
    qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)
    (stored,) = collection.collections_of(enrolled, NAV)
    assert {a.barcode for a in stored.aliquots} == set(printed.barcodes)


@pytest.mark.parametrize(("scanned", "said"), [
    (make_barcode(9999), "is not a pre-printed label"),
    ("NOT-A-LABEL", "is not a BioTrack barcode"),
])
def test_scanning_an_unknown_label_is_one_message(qtbot, view: CollectionView, recorder,
                                                  scanned: str, said: str) -> None:
    choose_participant(qtbot, view, GAL)
    qtbot.keyClicks(view.scan_edit, scanned)
    qtbot.keyClick(view.scan_edit, Qt.Key.Key_Return)
    assert len(recorder.errors) == 1
    assert said in recorder.errors[0][1]
    assert view.current_code() == GAL  # nothing changed


def test_saving_labels_writes_a_pdf_in_a_worker(qtbot, view: CollectionView,
                                               enrolled: Session, recorder,
                                               tmp_path: Path) -> None:
    choose_participant(qtbot, view, NAV)
    qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)
    (stored,) = collection.collections_of(enrolled, NAV)
    target = tmp_path / "labels" / "nav-v1"
    target.parent.mkdir()
    asked: list[tuple[Path, str]] = []

    def ask_output_file(suggested: Path, fmt: str) -> Path:
        asked.append((suggested, fmt))
        return target  # no suffix typed: the format's is added

    view.labels.ask_output_file = ask_output_file  # type: ignore[method-assign]
    assert view.labels.format_combo.currentData() == "pdf"
    with qtbot.waitSignal(view.labels.labels_saved, timeout=20_000) as saved:
        qtbot.mouseClick(view.labels.save_button, Qt.MouseButton.LeftButton)
        assert view.labels.busy()
        assert not view.labels.save_button.isEnabled()

    written = target.with_suffix(".pdf")
    assert saved.args == [str(written)]
    assert written.read_bytes().startswith(b"%PDF")
    assert asked[0][0].name == "labels-IA-NAV-001-V1.pdf" and asked[0][1] == "pdf"
    assert recorder.errors == []
    assert "8 labels saved to" in recorder.infos[-1][1]
    assert not view.labels.busy() and view.labels.progress.isHidden()
    (logged,) = printing.print_log(enrolled)  # the worker's own connection logged the print
    assert sorted(logged["barcodes"]) == sorted(a.barcode for a in stored.aliquots)


def test_a_sheet_template_prints_only_pdf_and_zpl_is_offered_for_rolls(
        qtbot, view: CollectionView) -> None:
    panel = view.labels
    panel.template_combo.setCurrentIndex(panel.template_combo.findData("sheet-a4"))
    assert [panel.format_combo.itemData(i) for i in range(panel.format_combo.count())] == ["pdf"]
    panel.template_combo.setCurrentIndex(panel.template_combo.findData("cryo-38x13"))
    assert [panel.format_combo.itemData(i)
            for i in range(panel.format_combo.count())] == ["pdf", "zpl"]
    assert not panel.save_button.isEnabled()  # nothing registered yet


def test_cancelling_the_file_dialog_saves_nothing(qtbot, view: CollectionView,
                                                  enrolled: Session, recorder) -> None:
    choose_participant(qtbot, view, NAV)
    qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)
    view.labels.ask_output_file = lambda suggested, fmt: None  # type: ignore[method-assign]
    qtbot.mouseClick(view.labels.save_button, Qt.MouseButton.LeftButton)
    assert not view.labels.busy()
    assert printing.print_log(enrolled) == []
    assert recorder.errors == []


def test_preview_model(qtmodeltester, qtbot, view: CollectionView) -> None:
    choose_participant(qtbot, view, NAV)
    assert isinstance(view.model, ProposedAliquotModel)
    assert view.model.rowCount() == 8
    qtmodeltester.check(view.model)


def test_main_window_shows_the_workspace_and_today_follows(
        qtbot, enrolled: Session, db_path: Path, recorder, settings: QSettings) -> None:
    window = MainWindow(enrolled, db_path, recorder, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    today = window.page("today")
    assert isinstance(today, TodayView)
    qtbot.waitUntil(lambda: not window.loading("today"))  # its first list comes from a worker
    assert (NAV, "V1") in [(v.code, v.visit) for v in today.model.rows()]

    window.show_workspace("collections")
    view = window.page("collections")
    assert isinstance(view, CollectionView)
    qtbot.waitUntil(lambda: not view.loading())
    choose_participant(qtbot, view, NAV)
    qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)
    assert recorder.errors == []

    window.show_workspace("today")  # a workspace reads its service again on arrival
    assert (NAV, "V1") not in [(v.code, v.visit) for v in today.model.rows()]


def test_the_completer_finds_a_participant_by_part_of_the_code(qtbot,
                                                               view: CollectionView) -> None:
    edit = view.participant_combo.lineEdit()
    edit.setFocus()
    qtbot.keyClicks(edit, "gal")
    popup = view.participant_combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert view.current_code() == GAL
    assert view.current_visit() == "V1"


def test_the_participant_combo_offers_the_collectable_participants(qtbot, qtmodeltester,
                                                                   view: CollectionView,
                                                                   enrolled: Session) -> None:
    """Filled from one model (issue 8), with the code as item data and a tooltip."""
    from biotrack.services import due

    combo = view.participant_combo
    want = [p.code for p in due.collectable(enrolled)]
    assert [combo.itemText(i) for i in range(combo.count())] == want
    assert [combo.itemData(i) for i in range(combo.count())] == want
    index = combo.findData(GAL)
    assert index >= 0 and " · GAL" in combo.itemData(index, Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(view.participant_model)


def test_aliquots_without_a_free_position_are_shown_as_unplaced(qtbot, tmp_path: Path,
                                                                recorder) -> None:
    from tests.unit.services.test_collection import enrol_ici, tiny_session

    tiny = tiny_session(tmp_path, rows=1, cols=4)  # one 4-place serum box, one buffy box
    try:
        code = enrol_ici(tiny).code
        view = CollectionView(tiny, recorder, tmp_path / "tiny.db")
        qtbot.addWidget(view)
        assert view.select(code, "V1")
        rows = preview_rows(view)
        assert [r[3] for r in rows] == ["A1", "A2", "A3", "A4", "—", "—", "A1", "A2"]
        assert [r[2] for r in rows].count("unplaced") == 2
        unplaced = view.model.index(4, 0)
        assert unplaced.data(Qt.ItemDataRole.ForegroundRole) is not None
        assert "unplaced" in unplaced.data(Qt.ItemDataRole.ToolTipRole)
        assert "2 without a free position" in view.preview_label.text()
        assert view.register_button.isEnabled()  # a draw is never refused for lack of a box

        view.register()
        (_title, text), = recorder.infos
        assert "2 aliquot(s) could not be placed" in text
        assert text.count("unplaced: no free position") == 2
    finally:
        tiny.db.close()


def test_a_refresh_keeps_what_was_entered(qtbot, view: CollectionView) -> None:
    """Coming back to the workspace (MainWindow calls refresh) loses nothing typed."""
    choose_participant(qtbot, view, NAV)
    view.count_spins["serum"].setValue(5)
    view.notes_edit.setPlainText("tube 2 leaked")
    view.refresh()
    assert (view.current_code(), view.current_visit()) == (NAV, "V1")
    assert view.count_spins["serum"].value() == 5
    assert len(preview_rows(view)) == 7
    assert view.notes_edit.toPlainText() == "tube 2 leaked"
    choose_participant(qtbot, view, GAL)
    assert view.count_spins["serum"].value() == 6  # another visit starts from the protocol


# -- changing a proposed position on the box grid ------------------------------------------------


def click_row(qtbot, view: CollectionView, row: int) -> None:
    index = view.model.index(row, 0)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.table.visualRect(index).center())
    assert view.table.currentIndex().row() == row


def click_cell(qtbot, view: CollectionView, position: str) -> None:
    grid = view.position_grid
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(position).center())


def stored_paths(session: Session, code: str) -> dict[tuple[str, int], str | None]:
    (stored,) = collection.collections_of(session, code)
    return {(a.sample_type, a.number): a.location.path if a.location else None
            for a in stored.aliquots}


def test_the_chosen_aliquot_s_box_shows_the_proposed_positions(qtbot,
                                                               view: CollectionView) -> None:
    choose_participant(qtbot, view, NAV)
    assert view.selected_aliquot() is not None
    assert view.selected_aliquot().key == ("serum", 1)  # type: ignore[union-attr]
    grid = view.position_grid
    assert grid.box() is not None and grid.box().path == "F1/S1/R1/B1"  # type: ignore[union-attr]
    assert view.box_combo.currentData() == "F1/S1/R1/B1"
    assert list(grid.proposals()) == ["A1", "A2", "A3", "A4", "A5", "A6"]
    assert grid.proposals()["A3"].text == "Serum 3/6"
    assert grid.selected_position() == "A1"
    assert "proposed for Serum 4/6" in grid.tooltip_for("A4")
    assert grid.cell_barcodes() == {}  # nothing stored in it yet
    # Only boxes that take serum are offered.
    offered = [view.box_combo.itemData(i) for i in range(view.box_combo.count())]
    assert "F1/S1/R2/B1" in offered and not any("/R4/" in p for p in offered)

    click_row(qtbot, view, 6)  # buffy coat 1: its own box type
    assert grid.box().path == "F1/S1/R4/B1"  # type: ignore[union-attr]
    assert {p: t.text for p, t in grid.proposals().items()} == {
        "A1": "Buffy coat 1/1", "A2": "Buffy coat in RNAlater 1/1"}
    assert all("/R4/" in view.box_combo.itemData(i) for i in range(view.box_combo.count()))
    assert not grid.grab().toImage().isNull()  # proposals and legend paint


def test_clicking_an_empty_position_moves_the_aliquot_and_register_stores_it(
        qtbot, view: CollectionView, enrolled: Session, recorder) -> None:
    choose_participant(qtbot, view, NAV)
    click_row(qtbot, view, 1)  # serum 2
    click_cell(qtbot, view, "C5")
    assert view.positions() == {("serum", 2): "F1/S1/R1/B1/C5"}
    assert [r[3] for r in preview_rows(view)][:6] == ["A1", "C5", "A3", "A4", "A5", "A6"]
    assert view.selected_aliquot().key == ("serum", 2)  # type: ignore[union-attr]
    assert "C5" in view.position_grid.proposals() and "A2" not in view.position_grid.proposals()
    assert view.position_grid.selected_position() == "C5"
    assert view.model.index(1, 4).data(Qt.ItemDataRole.FontRole).bold()
    assert "chosen by hand" in view.model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "(chosen)" in view.position_hint.text()
    assert view.reset_positions_button.isEnabled()

    qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)
    assert recorder.errors == []
    paths = stored_paths(enrolled, NAV)
    assert paths["serum", 2] == "F1/S1/R1/B1/C5"
    assert paths["serum", 1] == "F1/S1/R1/B1/A1"
    assert view.positions() == {}  # the next draw starts from the proposal


def test_clicking_another_aliquot_s_position_swaps_the_two(qtbot, view: CollectionView,
                                                           enrolled: Session) -> None:
    choose_participant(qtbot, view, NAV)
    click_cell(qtbot, view, "A3")  # serum 1 is chosen: it takes serum 3's place
    assert [r[3] for r in preview_rows(view)][:3] == ["A3", "A2", "A1"]
    qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)
    paths = stored_paths(enrolled, NAV)
    assert (paths["serum", 1], paths["serum", 3]) == ("F1/S1/R1/B1/A3", "F1/S1/R1/B1/A1")


def test_another_box_of_the_right_type_can_be_chosen(qtbot, view: CollectionView,
                                                     enrolled: Session, recorder) -> None:
    choose_participant(qtbot, view, NAV)
    click_row(qtbot, view, 5)  # serum 6
    view.box_combo.setCurrentIndex(view.box_combo.findData("F1/S1/R2/B1"))
    assert view.position_grid.box().path == "F1/S1/R2/B1"  # type: ignore[union-attr]
    assert view.position_grid.proposals() == {}
    click_cell(qtbot, view, "I9")
    rows = preview_rows(view)
    assert rows[5][2:] == ("F1/S1/R2/B1", "I9")
    assert "in F1/S1/R1/B1, F1/S1/R2/B1" in view.preview_label.text()
    # The grid follows the aliquot to its new box.
    assert view.box_combo.currentData() == "F1/S1/R2/B1"
    assert view.position_grid.selected_position() == "I9"
    view.register()
    assert recorder.errors == []
    assert stored_paths(enrolled, NAV)["serum", 6] == "F1/S1/R2/B1/I9"


def test_an_occupied_position_is_refused_under_the_grid(qtbot, view: CollectionView,
                                                        enrolled: Session, recorder) -> None:
    choose_participant(qtbot, view, GAL)
    view.register()  # GAL's V1 takes A1..A6 of the first serum box
    (gal,) = collection.collections_of(enrolled, GAL)
    choose_participant(qtbot, view, NAV)
    assert [r[3] for r in preview_rows(view)][:6] == ["A7", "A8", "A9", "B1", "B2", "B3"]
    assert view.position_grid.cell_barcodes()["A1"] == gal.aliquots[0].barcode
    click_cell(qtbot, view, "A1")
    assert "A1 already holds" in view.position_hint.text()
    assert view.positions() == {}
    assert [r[3] for r in preview_rows(view)][:6] == ["A7", "A8", "A9", "B1", "B2", "B3"]
    assert len(recorder.errors) == 0  # said under the grid, not in a box


def test_a_position_taken_meanwhile_is_refused_and_nothing_is_written(
        qtbot, view: CollectionView, enrolled: Session, recorder) -> None:
    choose_participant(qtbot, view, NAV)
    click_cell(qtbot, view, "E5")
    assert view.positions() == {("serum", 1): "F1/S1/R1/B1/E5"}
    # Another bench stores a tube at E5 before Register is clicked here.
    collection.register(enrolled, GAL, "V1", Draw(drawn_at=view.draw().drawn_at),
                        positions={("serum", 1): "F1/S1/R1/B1/E5"})
    before = dump(enrolled)
    with qtbot.assertNotEmitted(view.collection_registered):
        qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)
    assert len(recorder.errors) == 1
    assert "F1/S1/R1/B1/E5 already holds" in recorder.errors[0][1]
    assert dump(enrolled) == before
    # The view says so in its preview; going back to the proposal makes it registrable.
    assert "already holds" in view.preview_label.text()
    assert not view.register_button.isEnabled()
    qtbot.mouseClick(view.reset_positions_button, Qt.MouseButton.LeftButton)
    assert view.positions() == {}
    assert view.register_button.isEnabled()
    view.register()
    assert len(recorder.errors) == 1
    # GAL holds E5 and A2..A6: the allocator's proposal starts at the free A1.
    assert stored_paths(enrolled, NAV)["serum", 1] == "F1/S1/R1/B1/A1"


def test_a_lowered_count_drops_the_position_chosen_for_a_tube_no_longer_made(
        qtbot, view: CollectionView) -> None:
    choose_participant(qtbot, view, NAV)
    click_row(qtbot, view, 5)
    click_cell(qtbot, view, "H8")
    assert view.positions() == {("serum", 6): "F1/S1/R1/B1/H8"}
    view.count_spins["serum"].setValue(5)
    assert view.positions() == {}
    assert len(preview_rows(view)) == 7


def test_after_registering_the_labels_go_straight_to_the_zebra_of_the_settings(
        qtbot, enrolled: Session, db_path: Path, recorder, settings: QSettings) -> None:
    from biotrack import settings as declared
    from tests.unit.ui.test_label_print_panel import FakeZebra

    zebra = FakeZebra()
    try:
        settings.setValue(declared.LABEL_PRINTER.key, f"zebra:127.0.0.1:{zebra.port}")
        widget = CollectionView(enrolled, recorder, db_path, settings=settings)
        qtbot.addWidget(widget)
        widget.resize(1000, 700)
        widget.show()
        qtbot.waitExposed(widget)
        qtbot.waitUntil(lambda: not widget.loading())
        choose_participant(qtbot, widget, NAV)
        qtbot.mouseClick(widget.register_button, Qt.MouseButton.LeftButton)
        (stored,) = collection.collections_of(enrolled, NAV)
        assert widget.focusWidget() is widget.labels.print_button
        with qtbot.waitSignal(widget.labels.labels_printed, timeout=20_000):
            qtbot.keyClick(widget.labels.print_button, Qt.Key.Key_Space)
        zebra.thread.join(timeout=20)
        assert b"^XA" in zebra.data
        assert all(a.barcode.encode() in zebra.data for a in stored.aliquots)
        assert widget.focusWidget() is widget.scan_edit  # ready for the next draw
    finally:
        zebra.close()


def test_the_participants_are_read_in_a_worker(qtbot, enrolled: Session, db_path: Path,
                                               recorder) -> None:
    """Issue 8: the first visit of the workspace must not wait for the participant list."""
    view = CollectionView(enrolled, recorder, db_path)
    qtbot.addWidget(view)
    view.show()
    assert view.loading() and not view.participant_combo.isEnabled()
    assert view.participant_combo.count() == 0
    qtbot.waitUntil(lambda: not view.loading())
    assert view.participant_combo.isEnabled()
    assert view.participant_combo.findData(NAV) >= 0
    choose_participant(qtbot, view, NAV)
    assert view.current_code() == NAV and view.current_visit() == "V1"
    assert recorder.errors == []


def test_choosing_before_the_worker_answers_reads_the_list_at_once(
        qtbot, enrolled: Session, db_path: Path, recorder) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    view = CollectionView(enrolled, recorder, db_path)
    qtbot.addWidget(view)
    assert view.loading()
    assert view.select(NAV, "V1")  # e.g. a scanned pre-printed label
    assert not view.loading() and view.participant_combo.isEnabled()
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()  # deliver the late answer, if any: it must change nothing
    assert view.current_code() == NAV and view.current_visit() == "V1"
