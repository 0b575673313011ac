"""The Backups tab of Settings: back up now, where the daily backups go, restore (manager).

Backups (issue 3, point 3) use SQLite's online backup API through services.safety, in a worker
on its own connection, so BioTrack stays usable while the copy is made. Restoring replaces the
open database: the service checks the backup first and keeps the current file next to it, but
every workspace still holds the GUI's connection, the signed-in account and the lists read
from the old file. Rather than re-open the database under their feet, BioTrack says so (in
the confirmation and again when done), emits ``database_restored`` and the Settings view
closes the window; the next start signs in to the restored file like any other (its own
accounts and passwords apply). Restoring is the manager's; the button is closed to others
with an explanation, and the service refuses them anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from biotrack import settings as declared
from biotrack.errors import BioTrackError
from biotrack.services import permissions, safety
from biotrack.services.context import Session
from biotrack.ui.interaction import Interaction
from biotrack.ui.widgets.background import run_on_own_connection
from biotrack.ui.workers import Task

BACKUP, RESTORE = "backup", "restore"
NOTE_STYLE = "color: #6b4f00;"


class BackupPanel(QWidget):
    """Three boxes: a backup now, the daily backups' folder and retention, restore."""

    #: A backup file was written (its path).
    backup_written = Signal(str)
    #: The database was restored; the path where the previous file is kept. The window
    #: closes next: BioTrack must be started again to use the restored file.
    database_restored = Signal(str)

    def __init__(self, session: Session, interaction: Interaction, db_path: Path,
                 settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self._db_path = db_path
        self._settings = settings
        self._task: Task | None = None
        self._finished_task: Task | None = None
        self._job = ""
        self.setObjectName("backup_panel")
        self.may_restore = permissions.allowed(session.user, "restore")

        now_box = QGroupBox(self.tr("Back up now"))
        now_text = QLabel(self.tr(
            "Writes a consistent copy of the open database to a file you choose (SQLite's "
            "online backup API: safe while BioTrack is in use). Keep copies on another disk."))
        now_text.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now…"))
        self.backup_button.setObjectName("backup_now")
        now_layout = QVBoxLayout(now_box)
        now_layout.addWidget(now_text)
        now_layout.addLayout(_right(self.backup_button))

        daily_box = QGroupBox(self.tr("Daily backups"))
        self.daily_label = QLabel()
        self.daily_label.setObjectName("daily_backups")
        self.daily_label.setWordWrap(True)
        QVBoxLayout(daily_box).addWidget(self.daily_label)

        restore_box = QGroupBox(self.tr("Restore from a backup"))
        restore_text = QLabel(self.tr(
            "Replaces the database with a backup after checking it (integrity and schema "
            "version). The current file is kept next to it as "
            "“{stem}.before-restore-….sqlite3”. BioTrack then closes and must be started "
            "again.").format(stem=db_path.stem))
        restore_text.setWordWrap(True)
        self.restore_note = QLabel(self.tr(
            "Only a manager can restore a backup: restoring replaces everyone's work since "
            "the backup was made."))
        self.restore_note.setObjectName("restore_note")
        self.restore_note.setWordWrap(True)
        self.restore_note.setStyleSheet(NOTE_STYLE)
        self.restore_note.setVisible(not self.may_restore)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restore")
        if not self.may_restore:
            self.restore_button.setEnabled(False)
            self.restore_button.setToolTip(self.tr("Only a manager can restore a backup"))
        restore_layout = QVBoxLayout(restore_box)
        restore_layout.addWidget(restore_text)
        restore_layout.addWidget(self.restore_note)
        restore_layout.addLayout(_right(self.restore_button))

        self.progress = QProgressBar()
        self.progress.setObjectName("backup_progress")
        self.progress.setRange(0, 0)  # the copy reports no steps: a busy indicator
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("backup_status")
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(now_box)
        layout.addWidget(daily_box)
        layout.addWidget(restore_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.refresh()

    def refresh(self) -> None:
        """Show the daily-backup folder and retention as the Preferences tab stored them."""
        folder = declared.backup_folder(self._settings.value(
            declared.BACKUP_FOLDER.key, declared.BACKUP_FOLDER.default))
        days = declared.keep_days(self._settings.value(
            declared.BACKUP_KEEP_DAYS.key, declared.BACKUP_KEEP_DAYS.default))
        self.daily_label.setText(self.tr(
            "At start-up, once a day, BioTrack copies the database to\n{folder}\nand keeps "
            "the copies of the last {days} days. Change both under Preferences.").format(
                folder=folder, days=days))

    def busy(self) -> bool:
        return self._task is not None

    # -- file choices (tests replace these) ------------------------------------------------------

    def ask_backup_file(self, suggested: Path) -> Path | None:
        """Where to write the backup; None when the person cancels."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database"), str(suggested),
            self.tr("BioTrack databases (*.sqlite3 *.db)"))
        return Path(path) if path else None

    def ask_restore_file(self, folder: Path) -> Path | None:
        """Which backup to restore; None when the person cancels."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), str(folder),
            self.tr("BioTrack databases (*.sqlite3 *.db);;All files (*)"))
        return Path(path) if path else None

    # -- backup ----------------------------------------------------------------------------------

    def _on_backup_button_clicked(self) -> None:
        self.backup()

    def backup(self) -> bool:
        """Ask for a file and copy the database there in a worker; False if not started."""
        if self._task is not None:
            return False
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        target = self.ask_backup_file(folder / f"biotrack-backup-{stamp}.sqlite3")
        if target is None:
            return False
        if not target.suffix:
            target = target.with_suffix(".sqlite3")
        self._start(BACKUP, lambda s: safety.backup(s, target),
                    self.tr("Writing the backup to {path}…").format(path=target))
        return True

    # -- restore ---------------------------------------------------------------------------------

    def _on_restore_button_clicked(self) -> None:
        self.restore()

    def restore(self) -> bool:
        """Manager: pick a backup, confirm, restore in a worker; then BioTrack closes."""
        if self._task is not None:
            return False
        try:
            permissions.require(self._session.user, "restore")  # the service's own refusal
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Restore"))
            return False
        folder = declared.backup_folder(self._settings.value(
            declared.BACKUP_FOLDER.key, declared.BACKUP_FOLDER.default))
        source = self.ask_restore_file(folder if folder.is_dir() else Path.home())
        if source is None:
            return False
        if not self._interaction.confirm(
                self, self.tr("Restore from a backup"),
                self.tr("Replace the database\n{db}\nwith the backup\n{source}?\n\n"
                        "Everything recorded since that backup was made will no longer be in "
                        "the database. The current file is kept as a backup next to it "
                        "(“{stem}.before-restore-….sqlite3”), so nothing is lost.\n\n"
                        "BioTrack closes when the restore is done; start it again to work "
                        "with the restored database.").format(
                    db=self._db_path, source=source, stem=self._db_path.stem),
                self.tr("Restore")):
            return False
        db_path = self._db_path
        self._start(RESTORE, lambda s: safety.restore(s, db_path, source),
                    self.tr("Restoring from {path}…").format(path=source))
        return True

    # -- the worker ------------------------------------------------------------------------------

    def _start(self, job_name: str, job: Callable[[Session], Path], status: str) -> None:
        db_path, session = self._db_path, self._session
        task = Task(lambda: run_on_own_connection(db_path, session, job))
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        self._task = task
        self._job = job_name
        self.backup_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.progress.show()
        self.status_label.setText(status)
        task.start()

    def _done(self) -> None:
        # Keep the finished task until the next one starts: dropping the last reference here
        # could free it in the worker thread, which may still be returning from run().
        self._finished_task = self._task
        self._task = None
        self.backup_button.setEnabled(True)
        self.restore_button.setEnabled(self.may_restore)
        self.progress.hide()

    def _on_task_finished(self, result: Path) -> None:
        job = self._job
        self._done()
        if job == BACKUP:
            self.status_label.setText(self.tr("Backup written to {path}").format(path=result))
            self.backup_written.emit(str(result))
            return
        self.status_label.setText(self.tr("Restored. The previous file is kept as "
                                          "{path}").format(path=result))
        self.backup_button.setEnabled(False)  # the open connection is the old file's
        self.restore_button.setEnabled(False)
        self._interaction.show_info(self, self.tr("Database restored"), self.tr(
            "The database was restored from the backup. The previous file is kept as\n{path}"
            "\n\nBioTrack will now close. Start it again to work with the restored "
            "database.").format(path=result))
        self.database_restored.emit(str(result))

    def _on_task_failed(self, error: BaseException) -> None:
        job = self._job
        self._done()
        self.status_label.setText("")
        title = self.tr("Backup not written") if job == BACKUP else self.tr("Not restored")
        if isinstance(error, BioTrackError):
            self._interaction.report(self, error, title)
            return
        raise error  # a bug: the application's crash handler logs and shows it


def _right(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row
