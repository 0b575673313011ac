"""Freezers workspace: the tree with occupancy, the chosen box's grid, moving a tube (drag and
drop or "Move tube…"), moving a whole box, adding a freezer, and a nurse refused (SPEC 4.5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from biotrack.barcodes import make_barcode
from biotrack.models import Collection
from biotrack.services import storage
from biotrack.services.context import Session
from biotrack.ui.dialogs.add_freezer_dialog import AddFreezerDialog
from biotrack.ui.dialogs.add_storage_dialog import AddStorageDialog
from biotrack.ui.dialogs.move_box_dialog import MoveBoxDialog
from biotrack.ui.dialogs.move_tube_dialog import MoveTubeDialog
from biotrack.ui.views.freezers_view import FreezersView
from biotrack.ui.widgets.storage_models import NODE_ROLE, PATH_ROLE, StorageTreeModel
from tests.factories import as_user
from tests.unit.services.test_storage import BOX, dump, register_v1, serum


@pytest.fixture
def v1(session: Session) -> Collection:
    """Serum 1-6 at F1/S1/R1/B1/A1..A6, buffy coat at F1/S1/R4/B1/A1..A2."""
    return register_v1(session)


def _view(qtbot, session: Session, recorder) -> FreezersView:  # type: ignore[no-untyped-def]
    view = FreezersView(session, recorder)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.loading())  # the tree is read in a worker (issue 8)
    return view


def _path(session: Session, barcode: str) -> str | None:
    tube = storage.locate(session, barcode)
    return tube.location.path if tube.location else None


def _drag(qtbot, view: FreezersView, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    grid = view.grid
    start, end = grid.cell_rect(source).center(), grid.cell_rect(target).center()
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grid, pos=QPoint(start.x() + 10, start.y() + 10))
    qtbot.mouseMove(grid, pos=end)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)


def _row_texts(model, path: str) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    index = model.index_of_path(path)
    return tuple(model.index(index.row(), c, index.parent()).data() for c in range(3))


# -- the tree --------------------------------------------------------------------------------------


def test_the_tree_is_read_in_a_worker_and_shown_when_it_arrives(qtbot, session: Session,
                                                                v1: Collection,
                                                                recorder) -> None:
    """Issue 8: opening the workspace must not block the GUI thread on 14,000 boxes."""
    view = FreezersView(session, recorder)
    qtbot.addWidget(view)
    view.show()
    assert view.loading()
    assert view.busy_bar.isVisible() and view.model.rowCount() == 0
    qtbot.waitUntil(lambda: not view.loading())
    assert not view.busy_bar.isVisible()
    assert _row_texts(view.model, "F1") == ("F1 — Freezer 1 (-80 °C)", "8/6480", "-80 °C")
    assert view.tree.isExpanded(view.model.index(0, 0))
    assert view.current_path() == BOX  # the first box is shown, as after a read here
    assert recorder.errors == []


def test_with_many_freezers_a_first_reading_opens_only_the_first(qtbot, session: Session,
                                                                  recorder) -> None:
    """Issue 8: 36 freezers opened with a shelf and a rack each were 1,700 rows to lay out."""
    for n in range(2, 7):  # F1 plus five: more than OPEN_ALL_UP_TO
        storage.add_freezer(session, storage.Layout(
            code=f"F{n}", name=f"Freezer {n}", shelves=2, racks_per_shelf=2, boxes_per_rack=2,
            rack_box_types=("serum", "buffy"), box_rows=2, box_cols=2))
    view = _view(qtbot, session, recorder)
    model = view.model
    assert model.rowCount() == 6
    opened = [model.index(row, 0).data(PATH_ROLE) for row in range(6)
              if view.tree.isExpanded(model.index(row, 0))]
    assert opened == ["F1"]
    assert view.tree.isExpanded(model.index_of_path("F1/S1"))
    view.refresh()  # a refresh keeps what is open, nothing more
    assert [model.index(row, 0).data(PATH_ROLE) for row in range(6)
            if view.tree.isExpanded(model.index(row, 0))] == ["F1"]


def test_an_answer_arriving_while_hidden_is_shown_with_the_view(qtbot, session: Session,
                                                               v1: Collection,
                                                               recorder) -> None:
    """A closed window's database may be closed too: nothing is read until it is shown."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    view = FreezersView(session, recorder)
    qtbot.addWidget(view)
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()  # the worker's answer is delivered to a hidden view
    assert view.loading() and view.model.rowCount() == 0
    view.show()
    assert not view.loading() and view.current_path() == BOX
    assert _row_texts(view.model, "F1") == ("F1 — Freezer 1 (-80 °C)", "8/6480", "-80 °C")


def test_what_needs_the_tree_before_the_worker_answers_reads_it_at_once(
        qtbot, session: Session, v1: Collection, recorder) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    view = FreezersView(session, recorder)
    qtbot.addWidget(view)
    assert view.loading()
    assert view.select_path("F1/S1/R4/B1")  # e.g. a scanned tube's box
    assert not view.loading() and view.current_path() == "F1/S1/R4/B1"
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()  # deliver the late answer, if any: it must change nothing
    assert view.current_path() == "F1/S1/R4/B1"
    assert _row_texts(view.model, "F1/S1/R4/B1") == ("Box B1", "2/81", "buffy coat")


def test_the_tree_shows_the_default_freezer_with_occupancy(qtbot, session: Session,
                                                           v1: Collection, recorder) -> None:
    view = _view(qtbot, session, recorder)
    model = view.tree.model()
    assert model.rowCount() == 1
    assert _row_texts(model, "F1") == ("F1 — Freezer 1 (-80 °C)", "8/6480", "-80 °C")
    assert _row_texts(model, "F1/S1") == ("Shelf S1", "8/1296", "")
    assert _row_texts(model, "F1/S1/R1") == ("Rack R1", "6/324", "")
    assert _row_texts(model, "F1/S1/R1/B1") == ("Box B1", "6/81", "serum")
    assert _row_texts(model, "F1/S1/R4/B1") == ("Box B1", "2/81", "buffy coat")
    assert _row_texts(model, "F1/S2") == ("Shelf S2", "0/1296", "")
    freezer = model.index(0, 0)
    assert model.rowCount(freezer) == 5 and model.rowCount(model.index(0, 0, freezer)) == 4
    assert view.tree.isExpanded(freezer)
    assert "6 of 81 positions taken, 75 free" in model.index_of_path(BOX).data(
        Qt.ItemDataRole.ToolTipRole)
    assert recorder.errors == []


def test_the_tree_model_passes_the_model_tester(qtmodeltester, session: Session,
                                                v1: Collection) -> None:
    model = StorageTreeModel(storage.tree(session))
    qtmodeltester.check(model)
    assert model.index_of_path(BOX).data(PATH_ROLE) == BOX
    assert model.index_of_path(BOX).data(NODE_ROLE).occupied == 6
    assert not model.index_of_path("F9").isValid()
    qtmodeltester.check(StorageTreeModel())


# -- the grid --------------------------------------------------------------------------------------


def test_the_first_box_is_shown_with_its_tubes(qtbot, session: Session, v1: Collection,
                                               recorder) -> None:
    view = _view(qtbot, session, recorder)
    assert view.current_path() == BOX
    assert view.grid.cell_barcodes() == {f"A{n}": serum(v1, n).barcode for n in range(1, 7)}
    assert "6/81 taken" in view.box_label.text()
    tooltip = view.grid.tooltip_for("A4")
    assert serum(v1, 4).barcode in tooltip and "IA-NAV-001 · V1" in tooltip
    assert "Serum 4/6" in tooltip


def test_choosing_a_box_in_the_tree_shows_its_grid(qtbot, session: Session, v1: Collection,
                                                   recorder) -> None:
    view = _view(qtbot, session, recorder)
    index = view.model.index_of_path("F1/S1/R4/B1")
    view.tree.scrollTo(index)
    rect = view.tree.visualRect(index)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.shown_box() is not None and view.shown_box().path == "F1/S1/R4/B1"
    buffy = {a.sample_type: a.barcode for a in v1.aliquots if a.sample_type != "serum"}
    assert view.grid.cell_barcodes() == {"A1": buffy["buffy_coat"],
                                         "A2": buffy["buffy_coat_rnalater"]}
    assert "Buffy coat in RNAlater 1/1" in view.grid.tooltip_for("A2")
    # A rack is not a box: no grid.
    view.tree.setCurrentIndex(view.model.index_of_path("F1/S1/R4"))
    assert view.shown_box() is None and view.grid.cell_barcodes() == {}
    assert not view.move_box_button.isEnabled()


def test_scanning_a_tube_finds_its_box_and_position(qtbot, session: Session, v1: Collection,
                                                    recorder) -> None:
    view = _view(qtbot, session, recorder)
    buffy = next(a for a in v1.aliquots if a.sample_type == "buffy_coat_rnalater")
    qtbot.keyClicks(view.find_field, buffy.barcode)
    qtbot.keyClick(view.find_field, Qt.Key.Key_Return)
    assert view.current_path() == "F1/S1/R4/B1"
    assert view.grid.highlighted() == view.grid.selected_position() == "A2"
    assert view.move_tube_button.isEnabled()
    assert buffy.barcode in view.tube_label.text()
    qtbot.keyClicks(view.find_field, make_barcode(999_999))
    qtbot.keyClick(view.find_field, Qt.Key.Key_Return)
    assert "no tube with barcode" in view.tube_label.text()
    assert recorder.errors == []


# -- moving tubes ----------------------------------------------------------------------------------


def test_drag_and_drop_moves_a_tube(qtbot, session: Session, v1: Collection,
                                    recorder) -> None:
    view = _view(qtbot, session, recorder)
    _drag(qtbot, view, "A1", "I9")
    assert recorder.errors == []
    assert _path(session, serum(v1, 1).barcode) == f"{BOX}/I9"
    assert view.grid.cell_barcodes()["I9"] == serum(v1, 1).barcode
    assert "A1" not in view.grid.cell_barcodes()
    assert "Moved" in view.tube_label.text()
    history = storage.movements(session, serum(v1, 1).barcode)
    assert [m.action for m in history] == ["placed", "moved"]


def test_an_occupied_target_is_refused_with_one_message(qtbot, session: Session,
                                                         v1: Collection, recorder) -> None:
    view = _view(qtbot, session, recorder)
    before = dump(session)
    _drag(qtbot, view, "A1", "A2")
    assert len(recorder.errors) == 1
    assert f"{BOX}/A2 already holds {serum(v1, 2).barcode}" in recorder.errors[0][1]
    assert dump(session) == before
    assert view.grid.cell_barcodes()["A1"] == serum(v1, 1).barcode


def test_move_tube_asks_for_any_position(qtbot, session: Session, v1: Collection, recorder,
                                         monkeypatch) -> None:
    view = _view(qtbot, session, recorder)
    asked: list[tuple[str, str]] = []

    def ask(parent, barcode, current, box_paths):  # type: ignore[no-untyped-def]
        asked.append((barcode, current))
        assert "F1/S1/R1/B2" in box_paths
        return "F1/S1/R1/B2/C4", "reorganising"

    monkeypatch.setattr(MoveTubeDialog, "ask", ask)
    assert not view.move_tube_button.isEnabled()  # no tube chosen yet
    qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=view.grid.cell_rect("A3").center())
    assert view.move_tube_button.isEnabled()
    assert serum(v1, 3).barcode in view.tube_label.text()
    qtbot.mouseClick(view.move_tube_button, Qt.MouseButton.LeftButton)
    assert asked == [(serum(v1, 3).barcode, f"{BOX}/A3")]
    assert _path(session, serum(v1, 3).barcode) == "F1/S1/R1/B2/C4"
    assert storage.movements(session, serum(v1, 3).barcode)[-1].reason == "reorganising"
    assert "A3" not in view.grid.cell_barcodes()
    assert recorder.errors == []


def test_the_move_tube_dialog_collects_the_answer(qtbot) -> None:
    dialog = MoveTubeDialog("BT00000019", f"{BOX}/A1", [BOX, "F1/S1/R1/B2"])
    qtbot.addWidget(dialog)
    assert dialog.target_edit.text() == f"{BOX}/"
    dialog.target_edit.setText("F1/S1/R1/B2/C4 ")
    dialog.reason_edit.setText("tidy")
    assert dialog.values() == ("F1/S1/R1/B2/C4", "tidy")


# -- moving a box ----------------------------------------------------------------------------------


def test_move_box_asks_confirms_and_moves_every_tube(qtbot, session: Session, v1: Collection,
                                                     recorder, monkeypatch) -> None:
    view = _view(qtbot, session, recorder)
    monkeypatch.setattr(MoveBoxDialog, "ask",
                        lambda parent, box, racks: ("F1/S2/R1", "defrost of shelf 1"))
    recorder.answer = False
    before = dump(session)
    qtbot.mouseClick(view.move_box_button, Qt.MouseButton.LeftButton)
    assert len(recorder.questions) == 1 and "6 tube(s)" in recorder.questions[0][1]
    assert dump(session) == before

    recorder.answer = True
    qtbot.mouseClick(view.move_box_button, Qt.MouseButton.LeftButton)
    assert recorder.errors == []
    assert _path(session, serum(v1, 2).barcode) == "F1/S2/R1/B1/A2"
    assert view.current_path() == "F1/S2/R1/B1"
    assert view.grid.cell_barcodes()["A2"] == serum(v1, 2).barcode
    assert _row_texts(view.model, "F1/S2/R1/B1")[1] == "6/81"
    assert _row_texts(view.model, BOX)[1] == "0/81"  # the empty box swapped in


def test_the_move_box_dialog_offers_the_other_racks(qtbot, session: Session) -> None:
    box = storage.find_box(session, BOX)
    dialog = MoveBoxDialog(box, ["F1/S1/R1", "F1/S1/R2", "F1/S2/R1"])
    qtbot.addWidget(dialog)
    items = [dialog.target_combo.itemText(i) for i in range(dialog.target_combo.count())]
    assert items == ["F1/S1/R2", "F1/S2/R1"]
    dialog.target_combo.setCurrentText("F1/S2/R1/B3")
    assert dialog.values() == ("F1/S2/R1/B3", "")


# -- who may ---------------------------------------------------------------------------------------


def test_a_nurse_sees_the_grid_but_her_move_is_refused(qtbot, session: Session, v1: Collection,
                                                        recorder, monkeypatch) -> None:
    nurse = as_user(session, "nina", "nurse")
    view = _view(qtbot, nurse, recorder)
    assert len(view.grid.cell_barcodes()) == 6
    before = dump(session)
    _drag(qtbot, view, "A1", "I9")
    assert len(recorder.errors) == 1 and "may not move" in recorder.errors[0][1]
    monkeypatch.setattr(MoveBoxDialog, "ask", lambda parent, box, racks: ("F1/S2/R1", ""))
    qtbot.mouseClick(view.move_box_button, Qt.MouseButton.LeftButton)
    assert len(recorder.errors) == 2 and "may not move" in recorder.errors[1][1]
    assert dump(session) == before


# -- adding a freezer ------------------------------------------------------------------------------


def test_add_freezer_dialog_creates_it_and_the_tree_shows_it(qtbot, session: Session, recorder,
                                                             monkeypatch) -> None:
    view = _view(qtbot, session, recorder)
    dialog = AddFreezerDialog(session, recorder)
    qtbot.addWidget(dialog)
    dialog.code_edit.setText("F2")
    dialog.name_edit.setText("Freezer 2 (-80 °C)")
    dialog.shelves_spin.setValue(2)
    dialog.racks_spin.setValue(2)
    assert dialog.types_edit.text() == "serum, buffy"
    dialog.boxes_spin.setValue(3)
    assert dialog.try_add() and dialog.created == "F2"
    monkeypatch.setattr(AddFreezerDialog, "ask", lambda parent, s, i: "F2")
    qtbot.mouseClick(view.add_freezer_button, Qt.MouseButton.LeftButton)
    assert view.current_path() == "F2"
    assert _row_texts(view.model, "F2") == ("F2 — Freezer 2 (-80 °C)", "0/972", "-80 °C")
    assert _row_texts(view.model, "F2/S2/R2/B3")[2] == "buffy coat"
    assert [b.path for b in storage.boxes(session, "F2")][:2] == ["F2/S1/R1/B1", "F2/S1/R1/B2"]


def test_add_freezer_refused_stays_open_with_one_message(qtbot, session: Session,
                                                         recorder) -> None:
    dialog = AddFreezerDialog(session, recorder)
    qtbot.addWidget(dialog)
    dialog.code_edit.setText("F1")
    dialog.name_edit.setText("Again")
    before = dump(session)
    assert not dialog.try_add()
    assert dialog.created is None
    assert len(recorder.errors) == 1 and "already exists" in recorder.errors[0][1]
    dialog.code_edit.setText("F3")
    dialog.types_edit.setText("serum, serum, ice, buffy")
    assert not dialog.try_add()
    assert "box type" in recorder.errors[1][1]
    assert dump(session) == before


def test_refresh_keeps_the_chosen_box_and_expansion(qtbot, session: Session, v1: Collection,
                                                    recorder) -> None:
    view = _view(qtbot, session, recorder)
    view.select_path("F1/S1/R4/B1")
    shelf2 = view.model.index_of_path("F1/S2")
    view.tree.setExpanded(shelf2, True)
    storage.move(session, serum(v1, 1).barcode, "F1/S1/R1/B2/A1")  # e.g. from the CLI
    view.refresh()
    assert view.current_path() == "F1/S1/R4/B1"
    assert view.tree.isExpanded(view.model.index_of_path("F1/S2"))
    assert _row_texts(view.model, "F1/S1/R1/B2")[1] == "1/81"
    assert view.tree.currentIndex() != QModelIndex()


# -- growing an existing freezer: Add shelf / rack / box ---------------------------------------


def _enabled(view: FreezersView) -> tuple[bool, bool, bool]:
    return (view.add_shelf_button.isEnabled(), view.add_rack_button.isEnabled(),
            view.add_box_button.isEnabled())


def _click_tree(qtbot, view: FreezersView, path: str) -> None:  # type: ignore[no-untyped-def]
    index = view.model.index_of_path(path)
    view.tree.scrollTo(index)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.tree.visualRect(index).center())
    assert view.current_path() == path


def _answer_with(qtbot, monkeypatch, fill) -> list[AddStorageDialog]:  # type: ignore[no-untyped-def]
    """Replace the blocking ask(): build the real dialog, let ``fill`` type into it, press OK."""
    shown: list[AddStorageDialog] = []

    def ask(parent, session, interaction, parent_path, box_type=None):  # type: ignore[no-untyped-def]
        dialog = AddStorageDialog(session, interaction, parent_path, box_type, parent)
        dialog.show()  # a child of the view: closed with it
        shown.append(dialog)
        fill(dialog)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        return dialog.created

    monkeypatch.setattr(AddStorageDialog, "ask", ask)
    return shown


def test_the_add_buttons_follow_the_chosen_node(qtbot, session: Session, recorder) -> None:
    view = _view(qtbot, session, recorder)
    _click_tree(qtbot, view, "F1")
    assert _enabled(view) == (True, False, False)
    _click_tree(qtbot, view, "F1/S1")
    assert _enabled(view) == (True, True, False)
    _click_tree(qtbot, view, "F1/S1/R1")
    assert _enabled(view) == (True, True, True)
    _click_tree(qtbot, view, BOX)
    assert _enabled(view) == (True, True, True)


def test_add_box_puts_a_new_box_in_the_chosen_rack_and_shows_it(
        qtbot, session: Session, recorder, monkeypatch) -> None:
    view = _view(qtbot, session, recorder)
    _click_tree(qtbot, view, "F1/S1/R4")

    def fill(dialog: AddStorageDialog) -> None:
        assert dialog.level == "box"
        assert dialog.code_edit.text() == "B5"
        assert dialog.type_combo.currentData() == "buffy"  # the rack holds buffy boxes
        dialog.rows_spin.setValue(5)
        dialog.cols_spin.setValue(6)

    shown = _answer_with(qtbot, monkeypatch, fill)
    qtbot.mouseClick(view.add_box_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and recorder.errors == []
    assert view.current_path() == "F1/S1/R4/B5"
    assert _row_texts(view.model, "F1/S1/R4/B5") == ("Box B5", "0/30", "buffy coat")
    box = view.shown_box()
    assert box is not None and (box.rows, box.cols, box.box_type) == (5, 6, "buffy")
    assert len(view.grid.positions()) == 30
    assert "F1/S1/R4/B5" in view.tube_label.text()
    stored = storage.find_box(session, "F1/S1/R4/B5")
    assert (stored.rows, stored.cols) == (5, 6)


def test_add_shelf_and_rack_then_a_box_in_the_new_rack(qtbot, session: Session, recorder,
                                                       monkeypatch) -> None:
    view = _view(qtbot, session, recorder)
    _click_tree(qtbot, view, "F1/S2/R1")
    _answer_with(qtbot, monkeypatch, lambda dialog: None)
    qtbot.mouseClick(view.add_shelf_button, Qt.MouseButton.LeftButton)
    assert view.current_path() == "F1/S6"
    assert _enabled(view) == (True, True, False)
    _answer_with(qtbot, monkeypatch, lambda dialog: dialog.code_edit.setText("Rtop"))
    qtbot.mouseClick(view.add_rack_button, Qt.MouseButton.LeftButton)
    assert view.current_path() == "F1/S6/Rtop"
    assert _row_texts(view.model, "F1/S6/Rtop") == ("Rack Rtop", "0/0", "")
    _answer_with(qtbot, monkeypatch, lambda dialog: None)
    qtbot.mouseClick(view.add_box_button, Qt.MouseButton.LeftButton)
    assert view.current_path() == "F1/S6/Rtop/B1"
    assert _row_texts(view.model, "F1/S6/Rtop/B1") == ("Box B1", "0/81", "serum")
    assert recorder.errors == []


def test_a_taken_code_keeps_the_dialog_open_with_one_message(qtbot, session: Session,
                                                             recorder, monkeypatch) -> None:
    view = _view(qtbot, session, recorder)
    _click_tree(qtbot, view, "F1/S1")
    before = dump(session)
    shown = _answer_with(qtbot, monkeypatch, lambda dialog: dialog.code_edit.setText("R2"))
    qtbot.mouseClick(view.add_rack_button, Qt.MouseButton.LeftButton)
    assert shown[0].isVisible() and shown[0].created is None
    assert len(recorder.errors) == 1 and "already has a rack R2" in recorder.errors[0][1]
    assert dump(session) == before
    assert view.current_path() == "F1/S1"


def test_a_nurse_may_not_add_a_box(qtbot, session: Session, recorder, monkeypatch) -> None:
    nurse = as_user(session, "nina", "nurse")
    view = _view(qtbot, nurse, recorder)
    _click_tree(qtbot, view, "F1/S1/R1")
    before = dump(session)
    _answer_with(qtbot, monkeypatch, lambda dialog: None)
    qtbot.mouseClick(view.add_box_button, Qt.MouseButton.LeftButton)
    assert len(recorder.errors) == 1 and "may not" in recorder.errors[0][1]
    assert dump(session) == before


def test_add_freezer_box_types_are_typed_in_the_screens_words(qtbot, session: Session, recorder,
                                                              monkeypatch) -> None:
    """A Spanish screen shows and takes "suero, capa leucocitaria"; the service gets codes."""
    from biotrack.ui.dialogs import add_freezer_dialog

    words = {"serum": "suero", "buffy": "capa leucocitaria"}
    monkeypatch.setattr(add_freezer_dialog, "translate",
                        lambda context, text: words.get(text, text))
    dialog = AddFreezerDialog(session, recorder)
    qtbot.addWidget(dialog)
    dialog.racks_spin.setValue(3)
    assert dialog.types_edit.text() == "suero, suero, capa leucocitaria"
    assert "suero o capa leucocitaria" in dialog.types_edit.toolTip().replace(" or ", " o ")
    dialog.types_edit.setText("Suero, serum, CAPA LEUCOCITARIA, ice")
    assert dialog.layout_values().rack_box_types == ("serum", "serum", "buffy", "ice")
