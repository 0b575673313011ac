"""The automatic daily backup at start-up: written once a day in a worker, old ones dropped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from biotrack import settings as declared
from biotrack.services.context import Session
from biotrack.ui.app import start_daily_backup
from biotrack.ui.mainwindow import MainWindow


def test_start_up_backup_is_written_once_and_announced(
        qtbot, enrolled: Session, db_path: Path, recorder, settings: QSettings,
        tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    settings.setValue(declared.BACKUP_FOLDER.key, str(folder))
    stale = folder / "biotrack-auto-2000-01-01.sqlite3"
    folder.mkdir()
    stale.write_bytes(b"old")
    window = MainWindow(enrolled, db_path, recorder, settings)
    qtbot.addWidget(window)

    backup = start_daily_backup(window, db_path, settings, recorder)
    backup.wait()

    written = sorted(folder.glob("biotrack-auto-*.sqlite3"))
    assert len(written) == 1 and written[0] != stale, written
    assert "Daily backup written" in window.statusBar().currentMessage()
    assert recorder.errors == []

    again = start_daily_backup(window, db_path, settings, recorder)
    again.wait()
    assert sorted(folder.glob("biotrack-auto-*.sqlite3")) == written


def test_backup_failure_is_one_message(qtbot, enrolled: Session, db_path: Path, recorder,
                                       settings: QSettings, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    settings.setValue(declared.BACKUP_FOLDER.key, str(blocker))
    window = MainWindow(enrolled, db_path, recorder, settings)
    qtbot.addWidget(window)

    start_daily_backup(window, db_path, settings, recorder).wait()

    assert len(recorder.errors) == 1
    title, message = recorder.errors[0]
    assert title == "The daily backup failed"
    assert "cannot write the daily backup" in message
