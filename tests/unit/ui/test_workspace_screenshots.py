"""Screenshots of the Today workspace and a participant's page on the demo database.

The README and the docs show what the program draws, not a mock-up: these pictures are taken
from the real widgets (offscreen, ``QWidget.grab``) on a demo database made by the same
services as ``biotrack init --demo``, signed in as the demo nurse. Each run checks that the
pictures are not blank; with BIOTRACK_SAVE_SCREENSHOTS=1 they are also stored as
docs/screenshots/today.png and docs/screenshots/participant-detail.png.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QImage

from biotrack.services import app_context, overview
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
