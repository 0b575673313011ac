"""The box grid widget: positions drawn to scale, tubes where the database has them, tooltips,
and a drag of a tube onto another position reported as a move request (SPEC 4.5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from biotrack.models import Collection
from biotrack.services import storage
from biotrack.services.context import Session
from biotrack.ui.widgets.box_grid import BoxGrid
from tests.unit.services.test_storage import BOX, register_v1, serum


@pytest.fixture
def v1(session: Session) -> Collection:
    """Serum 1-6 at F1/S1/R1/B1/A1..A6 (IA-NAV-001 V1, drawn 2026-09-07)."""
    return register_v1(session)


def _grid(qtbot, session: Session, path: str = BOX) -> BoxGrid:  # type: ignore[no-untyped-def]
    grid = BoxGrid()
    qtbot.addWidget(grid)
    box = storage.find_box(session, path)
    labels = {k: t.label for k, t in session.protocol.sample_types.items()}
    grid.set_box(box, storage.box_contents(session, box), labels)
    grid.resize(520, 560)
    grid.show()
    qtbot.waitExposed(grid)
    return grid


def test_tubes_sit_at_their_positions(qtbot, session: Session, v1: Collection) -> None:
    grid = _grid(qtbot, session)
    assert grid.cell_barcodes() == {f"A{n}": serum(v1, n).barcode for n in range(1, 7)}
    assert len(grid.positions()) == 81 and grid.positions()[:2] == ["A1", "A2"]
    assert grid.positions()[-1] == "I9"
    assert grid.tube_at("A3") is not None and grid.tube_at("A7") is None
    assert grid.tube_at("J1") is None  # outside the box


def test_tooltips_name_the_tube(qtbot, session: Session, v1: Collection) -> None:
    storage.check_out(session, [serum(v1, 2).barcode], "assay")
    grid = _grid(qtbot, session)
    text = grid.tooltip_for("A3")
    for expected in (serum(v1, 3).barcode, "IA-NAV-001", "V1", "Serum 3/6", "07/09/2026",
                     "In storage"):
        assert expected in text
    assert "reserved" in grid.tooltip_for("A2")
    assert grid.tooltip_for("I9") == "I9: empty"


def test_a_tooltip_event_shows_the_tooltip(qtbot, session: Session, v1: Collection) -> None:
    grid = _grid(qtbot, session)
    point = grid.cell_rect("A1").center()
    QApplication.sendEvent(grid, QHelpEvent(QEvent.Type.ToolTip, point,
                                            grid.mapToGlobal(point)))
    assert serum(v1, 1).barcode in QToolTip.text()
    QToolTip.hideText()


def test_positions_and_cells_agree(qtbot, session: Session, v1: Collection) -> None:
    grid = _grid(qtbot, session)
    for position in ("A1", "E5", "I9"):
        rect = grid.cell_rect(position)
        assert rect.width() == rect.height() > 20  # square, drawn to scale
        assert grid.position_at(rect.center()) == position
    assert grid.position_at(QPoint(1, 1)) is None
    grid.resize(300, 900)  # narrow: cells shrink but stay square and inside
    rect = grid.cell_rect("I9")
    assert rect.width() == rect.height() and rect.right() < grid.width()


def test_dragging_a_tube_asks_for_a_move(qtbot, session: Session, v1: Collection) -> None:
    grid = _grid(qtbot, session)
    grid.set_movable(True)
    source, target = grid.cell_rect("A1").center(), grid.cell_rect("C5").center()
    with qtbot.waitSignal(grid.move_requested) as blocker:
        qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=source)
        qtbot.mouseMove(grid, pos=QPoint(source.x() + 12, source.y() + 12))
        qtbot.mouseMove(grid, pos=target)
        qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=target)
    assert blocker.args == [serum(v1, 1).barcode, "A1", "C5"]
    assert grid.selected_position() == "C5"


def test_no_move_from_an_empty_cell_or_when_not_movable(qtbot, session: Session,
                                                        v1: Collection) -> None:
    grid = _grid(qtbot, session)
    requests: list[tuple[str, str, str]] = []
    grid.move_requested.connect(lambda *args: requests.append(args))
    clicks: list[str] = []
    grid.cell_clicked.connect(clicks.append)
    for movable, start in ((False, "A1"), (True, "H8")):
        grid.set_movable(movable)
        source, target = grid.cell_rect(start).center(), grid.cell_rect("C5").center()
        qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=source)
        qtbot.mouseMove(grid, pos=target)
        qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=target)
    assert requests == []
    assert clicks == ["A1", "H8"]


def test_marks_cursor_and_highlight_paint(qtbot, session: Session, v1: Collection) -> None:
    grid = _grid(qtbot, session)
    grid.highlight("A2")
    grid.set_cursor_position("B1")
    grid.set_marks({"A1": "matched", "A3": "missing", "A4": "misplaced", "H1": "unexpected",
                    "Z9": "matched"})
    assert grid.highlighted() == "A2" and grid.cursor_position() == "B1"
    assert grid.marks() == {"A1": "matched", "A3": "missing", "A4": "misplaced",
                            "H1": "unexpected"}
    assert "Audit: missing" in grid.tooltip_for("A3")
    image = grid.grab().toImage()
    assert not image.isNull() and image.width() == grid.width()
    grid.set_box(None)
    assert grid.cell_barcodes() == {} and grid.marks() == {}
    assert not grid.grab().toImage().isNull()  # the "no box" text


def test_proposed_positions_are_drawn_and_named(qtbot, session: Session,
                                                v1: Collection) -> None:
    """Register collection shows where a draw's tubes would go before they exist."""
    from biotrack.ui.widgets.box_grid import Proposal

    grid = _grid(qtbot, session)
    before = grid.grab().toImage()
    grid.set_proposals({"B1": Proposal("serum", 1, "Serum 1/6"),
                        "b2": Proposal("serum", 2, "Serum 2/6"),
                        "Z1": Proposal("serum", 3, "Serum 3/6")})
    assert list(grid.proposals()) == ["B1", "B2"]  # outside the box: ignored
    assert grid.proposal_at("B2") == Proposal("serum", 2, "Serum 2/6")
    assert grid.proposal_at("C1") is None
    assert grid.tooltip_for("B1") == "B1: proposed for Serum 1/6"
    assert grid.tooltip_for("C1") == "C1: empty"
    after = grid.grab().toImage()
    centre = grid.cell_rect("B1").center()
    assert before.pixelColor(centre) != after.pixelColor(centre)  # the dashed tube is drawn
    clicks: list[str] = []
    grid.cell_clicked.connect(clicks.append)
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect("B2").center())
    assert clicks == ["B2"]
    grid.set_box(grid.box(), storage.box_contents(session, grid.box()))  # type: ignore[arg-type]
    assert grid.proposals() == {}
