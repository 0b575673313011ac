"""Screenshots of the workspaces and their pages on the demo database.

The README and the docs show what the program draws, not a mock-up: these pictures are taken
from the real widgets (offscreen, ``QWidget.grab``) on a demo database made by the same
services as ``biotrack init --demo``, signed in as the demo nurse. Each run checks that the
pictures are not blank; with BIOTRACK_SAVE_SCREENSHOTS=1 they are also stored as
docs/screenshots/<name>.png (Today, a participant's page, and the Freezers and Scan pages of
the inventory operations: shipments, temperatures, free space, pull lists).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QImage

from biotrack.services import app_context, overview, retrieval, shipments
from biotrack.services.context import Session
from biotrack.ui.mainwindow import MainWindow
from biotrack.ui.models import ROW_ROLE
from biotrack.ui.views.participants_view import ParticipantsView
from biotrack.ui.views.today_view import NEXT_TWO_WEEKS, TodayView

REPO = Path(__file__).resolve().parents[3]
SIZE = (1280, 800)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Session]:
    path = tmp_path / "demo.db"
    app_context.create_database(path, "admin", app_context.DEMO_PASSWORD, demo=True).db.close()
    session = app_context.sign_in(path, "nurse", app_context.DEMO_PASSWORD)
    yield session
    session.db.close()


def _window(qtbot, demo: Session, tmp_path: Path, recorder) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo, tmp_path / "demo.db", recorder, settings)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


def _save(window: MainWindow, tmp_path: Path, name: str) -> Path:
    shot = tmp_path / name
    assert window.grab().save(str(shot))
    image = QImage(str(shot))
    assert (image.width(), image.height()) == SIZE
    colours = {image.pixel(x, y) for x in range(0, SIZE[0], 37) for y in range(0, SIZE[1], 23)}
    assert len(colours) > 12, "the picture is (nearly) blank"
    if os.environ.get("BIOTRACK_SAVE_SCREENSHOTS") == "1":
        folder = REPO / "docs" / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, folder / name)
    return shot


def _showcase(demo: Session) -> str:
    """The ICI participant whose page shows the most: irAEs, collections, open visits."""
    def score(code: str) -> tuple[int, int, int, str]:
        detail = overview.participant_detail(demo, code)
        statuses = {v.status for v in detail.visits}
        return (min(len(detail.iraes), 1) + len(statuses)
                + int(bool(detail.participant.local_id)), detail.collections,
                -len(detail.visits), code)
    candidates = [p.code for p in overview.participant_overview(demo, cohort="ICI")
                  if p.status == "active" and p.next_visit is not None]
    return max(candidates, key=score)


def test_today_screenshot(qtbot, demo: Session, tmp_path: Path, recorder) -> None:
    window = _window(qtbot, demo, tmp_path, recorder)
    window.show_workspace("today")
    today = window.page("today")
    assert isinstance(today, TodayView)
    today.range_combo.setCurrentIndex(today.range_combo.findData(NEXT_TWO_WEEKS))
    assert today.model.rowCount() > 0
    # Select an on-time visit: the overdue colour of the first rows stays visible.
    first_on_time = next(r for r in range(today.proxy.rowCount())
                         if not today.proxy.index(r, 0).data(ROW_ROLE).overdue)
    today.table.selectRow(first_on_time + 2)
    _save(window, tmp_path, "today.png")
    assert recorder.errors == []


def test_participant_detail_screenshot(qtbot, demo: Session, tmp_path: Path, recorder) -> None:
    window = _window(qtbot, demo, tmp_path, recorder)
    window.show_workspace("participants")
    page = window.page("participants")
    assert isinstance(page, ParticipantsView)
    code = _showcase(demo)
    page.show_participant(code)
    assert page.detail.code() == code
    assert page.detail.fields["local_id"].isVisible()  # the nurse sees it
    QCoreApplication.processEvents()  # the timeline scrolls to the next visit once laid out
    _save(window, tmp_path, "participant-detail.png")
    assert recorder.errors == []


def _manager(path: Path) -> Session:
    return app_context.sign_in(path, "admin", app_context.DEMO_PASSWORD)


def _tab(window: MainWindow, workspace: str, key: str):  # type: ignore[no-untyped-def]
    window.show_workspace(workspace)
    tabs = window.page(workspace)
    page = tabs.show_page(key)  # type: ignore[attr-defined]
    QCoreApplication.processEvents()
    return page


def test_shipments_screenshot(qtbot, tmp_path: Path, demo: Session, recorder) -> None:
    admin = _manager(tmp_path / "demo.db")
    shipment = shipments.create(admin, shipments.ShipmentDetails(
        destination="Central laboratory, interferon panel", courier="World Courier",
        dry_ice_kg=6.0))
    code = max((p.code for p in overview.participant_overview(admin, cohort="ICI")),
               key=lambda c: overview.participant_detail(admin, c).collections)
    added = shipments.add(admin, shipment.code, participant=code, sample_type="serum")
    assert added
    window = _window(qtbot, admin, tmp_path, recorder)
    page = _tab(window, "freezers", "shipments")
    assert page.select(shipment.code)
    qtbot.waitUntil(lambda: page.item_model.rowCount() == len(added))
    _save(window, tmp_path, "shipments.png")
    assert recorder.errors == []


def test_temperatures_screenshot(qtbot, tmp_path: Path, demo: Session, recorder) -> None:
    window = _window(qtbot, _manager(tmp_path / "demo.db"), tmp_path, recorder)
    page = _tab(window, "freezers", "temperatures")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    _save(window, tmp_path, "temperatures.png")
    assert recorder.errors == []


def test_free_space_screenshot(qtbot, tmp_path: Path, demo: Session, recorder) -> None:
    window = _window(qtbot, _manager(tmp_path / "demo.db"), tmp_path, recorder)
    page = _tab(window, "freezers", "free_space")
    qtbot.waitUntil(lambda: page.usage_model.rowCount() > 0)
    _save(window, tmp_path, "free-space.png")
    assert recorder.errors == []


def test_pull_list_screenshot(qtbot, tmp_path: Path, demo: Session, recorder) -> None:
    admin = _manager(tmp_path / "demo.db")
    pulled = retrieval.create(admin, "Interferon panel, batch 2", retrieval.Criteria(
        cohorts=("ICI",), visits=("V1",), sample_types=("serum",), numbers=(2,)))
    window = _window(qtbot, admin, tmp_path, recorder)
    page = _tab(window, "scan", "pull_lists")
    page.open_list(pulled.pull.code)
    qtbot.waitUntil(lambda: page.current_list() is not None)
    _save(window, tmp_path, "pull-list.png")
    assert recorder.errors == []


def test_register_collection_screenshot(qtbot, tmp_path: Path, demo: Session, recorder) -> None:
    """A planned visit chosen, its aliquots proposed, the second serum tube moved by hand."""
    window = _window(qtbot, _manager(tmp_path / "demo.db"), tmp_path, recorder)
    window.show_workspace("collections")
    view = window.page("collections")
    code = next(p.code for p in overview.participant_overview(demo, cohort="ICI")
                if p.status == "active" and p.next_visit is not None)
    assert view.select(code)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    assert view.select_aliquot("serum", 2)
    grid = view.position_grid
    free = next(p for p in grid.positions()
                if grid.tube_at(p) is None and grid.proposal_at(p) is None)
    assert view.choose_position(free)
    QCoreApplication.processEvents()
    _save(window, tmp_path, "register-collection.png")
    assert recorder.errors == []
