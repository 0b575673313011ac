"""The main window: workspaces, shortcuts, status bar and remembered geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from biotrack.services.context import Session
from biotrack.ui.mainwindow import GEOMETRY_KEY, MainWindow
from biotrack.ui.views.collection_view import CollectionView
from biotrack.ui.views.participants_view import ParticipantsView
from biotrack.ui.views.reports_view import ReportsView
from biotrack.ui.views.settings_view import SettingsView
from biotrack.ui.views.today_view import TodayView

WORKSPACES = ["today", "participants", "collections", "freezers", "scan", "reports", "settings"]


@pytest.fixture
def window(qtbot, enrolled: Session, db_path: Path, recorder, settings: QSettings) -> MainWindow:
    win = MainWindow(enrolled, db_path, recorder, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def test_title_and_workspaces(window: MainWindow) -> None:
    assert window.windowTitle() == "BioTrack"
    assert window.workspace_keys() == WORKSPACES
    assert window.current_workspace() == "today"
    assert isinstance(window.page("today"), TodayView)
    assert isinstance(window.page("participants"), ParticipantsView)
    assert isinstance(window.page("collections"), CollectionView)
    assert isinstance(window.page("reports"), ReportsView)
    assert isinstance(window.page("settings"), SettingsView)
    sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert sidebar == ["Today", "Participants", "Collections", "Freezers", "Scan", "Reports",
                       "Settings"]


def test_status_bar_shows_database_and_user(window: MainWindow, db_path: Path) -> None:
    assert str(db_path) in window.database_label.text()
    assert window.user_label.text() == "Signed in: admin (manager)"


def test_ctrl_number_switches_workspace(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_workspace() == "participants"
    assert window.stack.currentWidget() is window.page("participants")
    assert window.sidebar.currentRow() == 1
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_workspace() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_workspace() == "today"


def test_sidebar_click_switches_workspace(qtbot, window: MainWindow) -> None:
    item = window.sidebar.item(3)
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_workspace() == "freezers"


def test_geometry_and_workspace_are_remembered(qtbot, enrolled: Session, db_path: Path,
                                               recorder, settings: QSettings) -> None:
    first = MainWindow(enrolled, db_path, recorder, settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(700, 500)  # the offscreen screen is 800 x 600
    first.show_workspace("participants")
    first.close()
    assert settings.value(GEOMETRY_KEY)

    second = MainWindow(enrolled, db_path, recorder, settings)
    qtbot.addWidget(second)
    assert second.current_workspace() == "participants"
    assert (second.width(), second.height()) == (700, 500)


def test_a_due_visit_opens_its_participant(window: MainWindow) -> None:
    """Today's double-click (participant_requested) shows that participant's page."""
    today = window.page("today")
    today.participant_requested.emit("IA-ARA-001")
    assert window.current_workspace() == "participants"
    assert window.page("participants").detail.code() == "IA-ARA-001"
