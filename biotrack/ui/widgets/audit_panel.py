"""The Audit trail tab of Settings: recent events, one tube's or participant's history, Verify.

Regulators expect a trail nobody can quietly rewrite (issue 3, point 1). This tab reads it
through services.safety.history (the last N events, or everything about one barcode or one
participant code) and checks it with services.safety.verify_chain, which recomputes every
event's hash. The check reads the whole trail, so it runs in a worker on its own connection;
its answer is shown in one line, green when the chain is intact, red naming the first broken
event, which is also highlighted in the table when it is among the events shown.

The chain alone cannot show its last events deleted, nor a trail rewritten with every later
hash recomputed; a backup can. So Verify also holds the trail against the newest daily backup
in the configured backup folder (services.safety.verify_against) and says which one, or that
there was none to compare with (not an error: a new installation has no backup yet).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biotrack import settings as declared
from biotrack.errors import BioTrackError, UserError
from biotrack.services import safety
from biotrack.services.context import Session
from biotrack.ui.i18n import error_text, format_date
from biotrack.ui.interaction import Interaction
from biotrack.ui.widgets.admin_models import AuditEventModel
from biotrack.ui.widgets.background import run_on_own_connection
from biotrack.ui.workers import Task

ALL, BARCODE, CODE = "all", "barcode", "code"
DEFAULT_LIMIT = 200
INTACT_STYLE = "color: #1d5c1d; background: #dcefdc; padding: 6px; font-weight: bold;"
BROKEN_STYLE = "color: #5c1010; background: #f6d5d5; padding: 6px; font-weight: bold;"


@dataclass(frozen=True)
class Verification:
    """What Verify found: the chain, and how it compares with the newest daily backup.

    ``comparison`` is None when there was no backup to compare with (``folder`` None: no
    folder known) or when the newest one could not be read (``unreadable`` says why).
    """

    chain: safety.ChainReport
    folder: Path | None
    backup: Path | None = None
    comparison: safety.BackupComparison | None = None
    unreadable: BioTrackError | None = None


def _verify(session: Session, folder: Path | None) -> Verification:
    """Runs in the worker thread, on the worker's own connection."""
    newest = None if folder is None else safety.latest_backup(folder)
    if newest is None:
        return Verification(safety.verify_chain(session.db), folder)
    try:
        comparison = safety.verify_against(session.db, newest)
    except UserError as exc:  # a damaged or foreign file in the folder: say so, verify anyway
        return Verification(safety.verify_chain(session.db), folder, newest, unreadable=exc)
    return Verification(comparison.chain, folder, newest, comparison)


class AuditPanel(QWidget):
    """Filter + limit above the event table; Verify with its result line."""

    #: The chain was verified: the safety.ChainReport (emitted on the GUI thread, after the
    #: result line was written; ``last_verification`` holds the comparison with the backup).
    chain_verified = Signal(object)

    def __init__(self, session: Session, interaction: Interaction, db_path: Path,
                 parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self._db_path = db_path
        self._settings = settings  # the backup folder is read at each Verify: it may change
        self.last_verification: Verification | None = None
        self._task: Task | None = None
        self._finished_task: Task | None = None
        self.last_report: safety.ChainReport | None = None
        self.setObjectName("audit_panel")

        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("audit_filter")
        self.filter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter_combo.setMinimumContentsLength(10)
        self.filter_combo.addItem(self.tr("Latest events"), ALL)
        self.filter_combo.addItem(self.tr("Tube barcode"), BARCODE)
        self.filter_combo.addItem(self.tr("Participant code"), CODE)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("audit_filter_text")
        self.filter_edit.setClearButtonEnabled(True)
        self.limit_spin = QSpinBox()
        self.limit_spin.setObjectName("audit_limit")
        self.limit_spin.setRange(10, 100_000)
        self.limit_spin.setSingleStep(100)
        self.limit_spin.setValue(DEFAULT_LIMIT)
        self.limit_spin.setToolTip(self.tr("How many of the most recent events to show"))
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setObjectName("audit_show")
        self.verify_button = QPushButton(self.tr("&Verify chain"))
        self.verify_button.setObjectName("audit_verify")
        self.verify_button.setToolTip(self.tr(
            "Recompute every event's hash: any event changed or removed after it was "
            "written is named"))

        controls = QHBoxLayout()
        show_label = QLabel(self.tr("Sho&w:"))
        show_label.setBuddy(self.filter_combo)
        controls.addWidget(show_label)
        controls.addWidget(self.filter_combo)
        controls.addWidget(self.filter_edit, 1)
        last_label = QLabel(self.tr("&Last:"))
        last_label.setBuddy(self.limit_spin)
        controls.addWidget(last_label)
        controls.addWidget(self.limit_spin)
        controls.addWidget(self.show_button)

        self.result_label = QLabel(self.tr(
            "Verify checks that no event was changed or removed since it was written."))
        self.result_label.setObjectName("verify_result")
        self.result_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("verify_progress")
        self.progress.setRange(0, 0)  # the check reports no steps: a busy indicator
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.count_label = QLabel()
        self.count_label.setObjectName("audit_count")

        self.model = AuditEventModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)  # compact rows: more of the list shows
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Fit the columns to the newest rows (what shows first), not to every loaded event:
        # measuring thousands of cells blocked the first visit of Settings (issue 8).
        header.setResizeContentsPrecision(50)

        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify_button)
        verify_row.addWidget(self.result_label, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(verify_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)

        self.filter_combo.currentIndexChanged.connect(self._on_filter_combo_changed)
        self.filter_edit.returnPressed.connect(self.refresh)
        self.show_button.clicked.connect(self.refresh)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self._on_filter_combo_changed(self.filter_combo.currentIndex())  # reads the events

    # -- the event list --------------------------------------------------------------------------

    def _on_filter_combo_changed(self, _index: int) -> None:
        kind = self.filter_combo.currentData()
        self.filter_edit.setEnabled(kind != ALL)
        self.filter_edit.setPlaceholderText(
            {BARCODE: self.tr("Scan or type a barcode"),
             CODE: self.tr("e.g. IA-NAV-001")}.get(kind, ""))
        if kind == ALL:
            self.filter_edit.clear()
            self.refresh()
        else:
            self.filter_edit.setFocus()

    def set_filter(self, kind: str, text: str = "") -> None:
        """Choose what to show (tests and other workspaces) and read it."""
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(kind))
        self.filter_edit.setText(text)
        self.refresh()

    def refresh(self) -> bool:
        """Ask the service for the chosen events; one message if it refuses (unknown code)."""
        kind = self.filter_combo.currentData()
        text = self.filter_edit.text().strip()
        if kind != ALL and not text:
            return False
        try:
            events = safety.history(self._session, barcode=text if kind == BARCODE else None,
                                    code=text if kind == CODE else None,
                                    limit=self.limit_spin.value())
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Audit trail"))
            return False
        self.model.set_rows(list(reversed(events)))  # newest first
        self.table.resizeColumnsToContents()
        for column, widest in ((4, 220), (5, 220)):
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)
        count = len(events)
        if kind == ALL:
            text_count = self.tr("The last {count} events, newest first").format(count=count) \
                if count == self.limit_spin.value() else \
                self.tr("All {count} events, newest first").format(count=count)
        else:
            text_count = self.tr("{count} events about {what}, newest first").format(
                count=count, what=text)
        self.count_label.setText(text_count)
        self._show_broken_row()
        return True

    # -- verification ----------------------------------------------------------------------------

    def busy(self) -> bool:
        return self._task is not None

    def _on_verify_button_clicked(self) -> None:
        self.verify()

    def verify(self) -> bool:
        """Start the check in a worker; False if one is already running."""
        if self._task is not None:
            return False
        db_path, session, folder = self._db_path, self._session, self.backup_folder()
        task = Task(lambda: run_on_own_connection(
            db_path, session, lambda own: _verify(own, folder)))
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        self._task = task
        self.verify_button.setEnabled(False)
        self.progress.show()
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Verifying the audit trail…"))
        task.start()
        return True

    def backup_folder(self) -> Path | None:
        """The daily-backup folder of the settings (None when the panel was given none)."""
        if self._settings is None:
            return None
        return declared.backup_folder(self._settings.value(declared.BACKUP_FOLDER.key,
                                                           declared.BACKUP_FOLDER.default))

    def _done(self) -> None:
        # Keep the finished task until the next one starts: dropping the last reference here
        # could free it in the worker thread, which may still be returning from run().
        self._finished_task = self._task
        self._task = None
        self.verify_button.setEnabled(True)
        self.progress.hide()

    def _on_task_finished(self, verification: Verification) -> None:
        self._done()
        report = verification.chain
        self.last_report = report
        self.last_verification = verification
        comparison = verification.comparison
        if report.ok and comparison is not None and comparison.problem is not None:
            self.model.set_broken(None)
            self.result_label.setStyleSheet(BROKEN_STYLE)
            self.result_label.setText(self.tr(
                "✘ The audit trail does NOT match the daily backup of {date}: {problem}. Keep "
                "this file as it is and tell the biobank manager; restore the last good backup "
                "only after it has been examined.").format(
                    date=format_date(comparison.taken_on),
                    problem=error_text(comparison.problem)))
        elif report.ok:
            self.model.set_broken(None)
            self.result_label.setStyleSheet(INTACT_STYLE)
            self.result_label.setText(" ".join([self.tr(
                "✔ Audit trail intact: {count} events verified, none changed or "
                "removed.").format(count=report.events), self._backup_sentence(verification)]))
        else:
            self.model.set_broken(report.broken_id)
            self.result_label.setStyleSheet(BROKEN_STYLE)
            self.result_label.setText(self.tr(
                "✘ Audit trail BROKEN at event {id}: {problem}. Keep this file as it is and "
                "tell the biobank manager; restore the last good backup only after it has "
                "been examined.").format(
                    id=report.broken_id,
                    problem="" if report.problem is None else error_text(report.problem)))
            self._show_broken_row()
        self.chain_verified.emit(report)

    def _backup_sentence(self, verification: Verification) -> str:
        """Which backup the intact trail was compared with, or why it was not compared."""
        comparison = verification.comparison
        if comparison is not None:
            sentences = []
            if comparison.compared_event is not None:
                sentences.append(self.tr("It matches the daily backup of {date}.").format(
                    date=format_date(comparison.taken_on)))
            if comparison.note is not None:
                sentences.append(self.tr("Note: {note}.").format(
                    note=error_text(comparison.note)))
            return " ".join(sentences)
        if verification.unreadable is not None and verification.backup is not None:
            return self.tr("The newest daily backup, {file}, could not be read, so the trail "
                           "was not compared with a backup: {problem}").format(
                file=verification.backup.name, problem=error_text(verification.unreadable))
        if verification.folder is None:
            return self.tr("No backup folder is known here, so the trail was not compared "
                           "with a backup.")
        return self.tr("There is no daily backup in {folder} yet, so the trail was not "
                       "compared with a backup.").format(folder=verification.folder)

    def _show_broken_row(self) -> None:
        broken = self.model.broken_id()
        if broken is None:
            return
        row = self.model.row_of(broken)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        elif self.last_report is not None and not self.last_report.ok:
            self.count_label.setText(self.count_label.text() + " · " + self.tr(
                "event {id} is not among them: show more events to see it").format(id=broken))

    def _on_task_failed(self, error: BaseException) -> None:
        self._done()
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("The audit trail could not be verified."))
        if isinstance(error, BioTrackError):
            self._interaction.report(self, error, self.tr("Verify the audit trail"))
            return
        raise error  # a bug: the application's crash handler logs and shows it
