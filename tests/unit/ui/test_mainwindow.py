"""The main window: workspaces, shortcuts, status bar and remembered geometry."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from biotrack.services.context import Session
from biotrack.ui import mainwindow
from biotrack.ui.mainwindow import GEOMETRY_KEY, MainWindow
from biotrack.ui.views.collection_view import CollectionView
from biotrack.ui.views.participants_view import ParticipantsView
from biotrack.ui.views.reports_view import ReportsView
from biotrack.ui.views.settings_view import SettingsView
from biotrack.ui.views.today_view import TodayView
from biotrack.ui.warm_up import WarmUp
from tests.factories import MANAGER_PASSWORD

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


# -- start-up: what is imported when (issue 8) ---------------------------------------------------


class HeldWarmUp(WarmUp):
    """A warm-up whose imports 'arrive' only when the test says so (no thread)."""

    def __init__(self) -> None:
        super().__init__(())
        self.starts = 0

    def start(self) -> None:
        self.starts += 1

    def arrive(self) -> None:
        self._imported.emit()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> HeldWarmUp:
    warm = HeldWarmUp()
    monkeypatch.setattr(mainwindow, "warm_up", lambda: warm)
    return warm


def test_reports_opens_at_once_without_waiting_for_the_reporting_stack(
        qtbot, held: HeldWarmUp, enrolled: Session, db_path: Path, recorder,
        settings: QSettings) -> None:
    """Issue 8: the page needs no pandas; opening it neither waits nor starts the import."""
    win = MainWindow(enrolled, db_path, recorder, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    rect = win.sidebar.visualItemRect(win.sidebar.item(5))
    qtbot.mouseClick(win.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.current_workspace() == "reports"
    assert isinstance(win.stack.currentWidget(), ReportsView)
    assert not win.loading("reports")
    assert held.starts == 0  # a page built while that import runs would be several times slower


def test_the_reports_page_is_built_without_the_reporting_stack(db_path: Path,
                                                               enrolled: Session) -> None:
    """In a fresh interpreter: building and showing Reports imports no pandas, reportlab or
    openpyxl (its jobs import them in their worker)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from biotrack.services import app_context\n"
        "from biotrack.ui.interaction import Interaction\n"
        "from biotrack.ui.views.reports_view import ReportsView\n"
        f"session = app_context.sign_in(Path({str(db_path)!r}), 'admin', "
        f"{MANAGER_PASSWORD!r})\n"
        f"view = ReportsView(session, Interaction(), Path({str(db_path)!r}))\n"
        "view.show(); app.processEvents()\n"
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('pandas', 'numpy', 'openpyxl', 'reportlab'))))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []


def test_the_application_window_starts_the_warm_up_once_shown(
        qtbot, held: HeldWarmUp, enrolled: Session, db_path: Path, recorder,
        settings: QSettings) -> None:
    win = MainWindow(enrolled, db_path, recorder, settings, warm_up_after_ms=10)
    qtbot.addWidget(win)
    assert held.starts == 0  # nothing imported behind the first window's back before it shows
    win.show()
    qtbot.waitUntil(lambda: held.starts == 1, timeout=5_000)


def test_without_a_delay_nothing_is_imported_in_the_background(
        qtbot, held: HeldWarmUp, enrolled: Session, db_path: Path, recorder,
        settings: QSettings) -> None:
    win = MainWindow(enrolled, db_path, recorder, settings)
    qtbot.addWidget(win)
    win.show()
    for key in win.workspace_keys():
        win.show_workspace(key)
    assert held.starts == 0


def test_the_warm_up_imports_in_another_thread(qtbot, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "warm_up_target_module.py").write_text(
        "import threading\nTHREAD = threading.current_thread().name\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "warm_up_target_module", raising=False)
    warm = WarmUp(("warm_up_target_module",))
    assert not warm.is_ready()
    with qtbot.waitSignal(warm.ready, timeout=10_000):
        warm.start()
    assert warm.is_ready()
    assert sys.modules["warm_up_target_module"].THREAD == "biotrack-warm-up"
    warm.start()  # once only
    assert warm.thread is not None and not warm.thread.is_alive()


def test_a_failed_warm_up_import_still_says_ready(qtbot) -> None:
    warm = WarmUp(("biotrack_no_such_module_anywhere",))
    with qtbot.waitSignal(warm.ready, timeout=10_000):
        warm.start()
    assert warm.is_ready()


def test_the_first_window_does_not_import_the_other_workspaces() -> None:
    """A fresh interpreter importing what start-up imports loads no view it does not show,
    and none of the reporting stack (python -X importtime showed them as most of start-up);
    the study protocol's modules come while the password is checked, not before."""
    code = ("import sys; import biotrack.ui.app; "
            "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('pandas', 'numpy', 'openpyxl', 'reportlab') or m.startswith('biotrack.ui.views.')"
            " or m in ('biotrack.services.reporting', 'biotrack.ui.dialogs.first_run_dialog', "
            "'PySide6.QtPrintSupport', 'PySide6.QtSvg', 'biotrack.protocol', "
            "'biotrack.schedule'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.split() == []


def test_the_window_shows_before_its_first_page_is_built(qtbot, enrolled: Session,
                                                         db_path: Path, recorder,
                                                         settings: QSettings) -> None:
    """Issue 8: the first page's reads come after the first paint, not before the show."""
    win = MainWindow(enrolled, db_path, recorder, settings)
    qtbot.addWidget(win)
    assert win.workspaces[0].page is None
    assert win.loading("today")
    win.show()
    qtbot.waitUntil(lambda: isinstance(win.stack.currentWidget(), TodayView))
    today = win.stack.currentWidget()
    qtbot.waitUntil(lambda: not win.loading("today"))  # its list comes from a worker
    assert today.model.rowCount() > 0
    assert win.current_workspace() == "today"


def test_the_other_workspaces_modules_are_imported_while_idle(qtbot, window: MainWindow) -> None:
    """Issue 8: after the first page, the other views' modules arrive one per idle tick."""
    qtbot.waitUntil(window.idle_imports.done, timeout=10_000)
    import sys

    assert all(name in sys.modules for name in mainwindow.IDLE_IMPORTS)
