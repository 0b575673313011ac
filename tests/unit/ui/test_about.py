"""The About box: version, database file, schema (latest migration), protocol, Qt and Python.

Opened from the main window's Help menu with F1, as a person would; the dialog's blocking
``ask`` is replaced by one that records the dialog it built.
"""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from biotrack import __version__
from biotrack.db.migrations import known_migrations
from biotrack.services.context import Session
from biotrack.ui.dialogs.about_dialog import AboutDialog
from biotrack.ui.mainwindow import MainWindow


def test_about_shows_what_support_asks_for(qtbot, session: Session, db_path: Path,
                                           recorder) -> None:
    dialog = AboutDialog(session, db_path, recorder)
    qtbot.addWidget(dialog)
    shown = {name: label.text() for name, label in dialog.value_labels.items()}
    assert shown["version"] == __version__
    assert shown["database"] == str(db_path)
    assert shown["schema"] == known_migrations()[-1]  # e.g. 0004_inventory_operations
    assert shown["protocol"] == session.protocol.id
    assert PySide6.__version__ in shown["qt"]
    assert shown["python"].startswith(platform.python_version())
    assert recorder.errors == []

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert f"Version: {__version__}" in copied and str(db_path) in copied


def test_about_without_the_file_still_opens(qtbot, session: Session, tmp_path: Path,
                                            recorder) -> None:
    dialog = AboutDialog(session, tmp_path / "gone.db", recorder)
    qtbot.addWidget(dialog)
    assert dialog.value_labels["schema"].text() == "(unknown)"
    assert dialog.value_labels["version"].text() == __version__


def test_f1_in_the_main_window_opens_about(qtbot, monkeypatch, session: Session,
                                           db_path: Path, recorder,
                                           settings: QSettings) -> None:
    opened: list[tuple[Session, Path]] = []
    monkeypatch.setattr(AboutDialog, "ask", classmethod(
        lambda cls, s, path, interaction, parent=None: opened.append((s, path))))
    window = MainWindow(session, db_path, recorder, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.about_action in help_menu.actions()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert opened == [(session, db_path)]
