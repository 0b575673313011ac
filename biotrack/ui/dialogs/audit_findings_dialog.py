"""The findings of stored box audits, each settled with one action and a reason (issue 7).

Opened from the scan station's box audit after "Save audit" (that audit's findings) or with
"Findings…" (every open finding). The dialog is not modal: the technician can go on scanning
and come back. Each action asks for its reason with the ReasonDialog (kept in the audit trail);
"Mark missing" is irreversible and is confirmed first. "Correct all positions" corrects every
open misplaced tube of one audit together, which is the only way to correct tubes that swapped
places. The rules live in services.box_audits: the dialog only collects the answers, calls it
and shows its refusals as they are.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.services import box_audits
from biotrack.services.box_audits import Finding
from biotrack.services.context import Session
from biotrack.ui.dialogs.reason_dialog import ReasonDialog
from biotrack.ui.i18n import format_date, translate
from biotrack.ui.interaction import Interaction
from biotrack.ui.models import ListTableModel

CATEGORY_LABELS = {
    "missing": QT_TRANSLATE_NOOP("FindingModel", "missing"),
    "unexpected": QT_TRANSLATE_NOOP("FindingModel", "unexpected"),
    "misplaced": QT_TRANSLATE_NOOP("FindingModel", "misplaced"),
    "checked_out": QT_TRANSLATE_NOOP("FindingModel", "checked out, found in the box"),
    "unknown": QT_TRANSLATE_NOOP("FindingModel", "unknown barcode"),
    "duplicate": QT_TRANSLATE_NOOP("FindingModel", "scanned twice"),
    "unreadable": QT_TRANSLATE_NOOP("FindingModel", "unreadable well"),
}
RESOLUTION_LABELS = {
    "marked_missing": QT_TRANSLATE_NOOP("FindingModel", "marked missing"),
    "moved_here": QT_TRANSLATE_NOOP("FindingModel", "moved here"),
    "position_corrected": QT_TRANSLATE_NOOP("FindingModel", "position corrected"),
    "dismissed": QT_TRANSLATE_NOOP("FindingModel", "dismissed"),
}
OPEN_FOREGROUND = QColor("#a4161a")


def _label(table: dict[str, str], key: str | None) -> str:
    if key is None:
        return translate("FindingModel", "open")
    return translate("FindingModel", table[key]) if key in table else key.replace("_", " ")


def _day(stored: str) -> str:
    """The day of a stored ISO moment, written as the screen writes dates."""
    try:
        return format_date(date.fromisoformat(stored[:10]))
    except ValueError:
        return stored[:10]


class FindingModel(ListTableModel[Finding]):
    """Stored findings: open ones in red, resolved ones with their resolution and reason."""

    CONTEXT = "FindingModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("FindingModel", "Audit"),
         lambda f: f"{f.audit_id} · {_day(f.audit_at)}"),
        (QT_TRANSLATE_NOOP("FindingModel", "Box"), lambda f: f.box_path),
        (QT_TRANSLATE_NOOP("FindingModel", "Finding"), lambda f: _label(CATEGORY_LABELS,
                                                                        f.category)),
        (QT_TRANSLATE_NOOP("FindingModel", "Barcode"), lambda f: f.barcode),
        (QT_TRANSLATE_NOOP("FindingModel", "Scanned at"), lambda f: f.scanned or ""),
        (QT_TRANSLATE_NOOP("FindingModel", "Database"), lambda f: f.expected or ""),
        (QT_TRANSLATE_NOOP("FindingModel", "Resolution"), lambda f: _label(RESOLUTION_LABELS,
                                                                           f.resolution)),
        (QT_TRANSLATE_NOOP("FindingModel", "Reason"), lambda f: f.reason or ""),
    )

    def extra_data(self, record: Finding, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.is_open and column in (2, 6):
            return QBrush(OPEN_FOREGROUND)
        return None


class AuditFindingsDialog(QDialog):
    """A list of findings with one button per action; each asks for a reason."""

    #: Something was resolved: the box shown elsewhere may have changed.
    finding_resolved = Signal()

    def __init__(self, session: Session, interaction: Interaction, audit_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self._audit_id = audit_id
        self.setObjectName("audit_findings_dialog")
        self.setWindowTitle(self.tr("Box-audit findings"))
        self.resize(900, 420)
        self.heading = QLabel()
        self.heading.setObjectName("findings_heading")
        self.heading.setWordWrap(True)
        self.open_only = QCheckBox(self.tr("Only findings &not resolved yet"))
        self.open_only.setObjectName("open_only")
        self.open_only.setChecked(audit_id is None)
        self.model = FindingModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("findings_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.action_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for action, text in (("mark_missing", self.tr("Mark missing…")),
                             ("move_here", self.tr("Move here…")),
                             ("correct_position", self.tr("Correct position…")),
                             ("dismiss", self.tr("Dismiss…"))):
            button = QPushButton(text)
            button.setObjectName(action)
            button.clicked.connect(lambda _checked=False, a=action: self.resolve_selected(a))
            actions.addWidget(button)
            self.action_buttons[action] = button
        actions.addStretch(1)
        self.correct_all_button = QPushButton(self.tr("Correct all positions…"))
        self.correct_all_button.setObjectName("correct_all")
        self.correct_all_button.setToolTip(self.tr(
            "Move every misplaced tube of this audit to where it was scanned, together "
            "(tubes that swapped places)"))
        self.correct_all_button.clicked.connect(self.correct_all)
        actions.addWidget(self.correct_all_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.open_only)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.open_only.toggled.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    # -- the list --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the findings again and keep the selected one selected."""
        chosen = self.selected()
        try:
            found = box_audits.findings(self._session, audit_id=self._audit_id,
                                        open_only=self.open_only.isChecked())
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.windowTitle())
            found = []
        self.model.set_rows(found)
        self.table.resizeColumnsToContents()
        open_count = sum(1 for f in found if f.is_open)
        if self._audit_id is not None:
            self.heading.setText(self.tr("Box audit {id}: {count} finding(s), {open} open.")
                                 .format(id=self._audit_id, count=len(found), open=open_count))
        else:
            self.heading.setText(self.tr("{count} finding(s) listed, {open} open.").format(
                count=len(found), open=open_count))
        row = next((i for i, f in enumerate(found) if chosen and f.id == chosen.id),
                   next((i for i, f in enumerate(found) if f.is_open), 0 if found else -1))
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def findings(self) -> list[Finding]:
        return self.model.rows()

    def selected(self) -> Finding | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_finding(self, finding_id: int) -> None:
        for row, found in enumerate(self.model.rows()):
            if found.id == finding_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *_args: object) -> None:
        found = self.selected()
        for action, button in self.action_buttons.items():
            button.setEnabled(found is not None and action in found.actions)
        self.correct_all_button.setEnabled(found is not None and any(
            f.audit_id == found.audit_id and f.category == "misplaced" and f.is_open
            for f in self.model.rows()))

    # -- actions ---------------------------------------------------------------------------------

    def resolve_selected(self, action: str) -> bool:
        """Ask the reason (and, for a missing tube, confirm), then resolve the finding."""
        found = self.selected()
        if found is None or action not in found.actions:
            return False
        titles = {"mark_missing": self.tr("Mark missing"), "move_here": self.tr("Move here"),
                  "correct_position": self.tr("Correct position"),
                  "dismiss": self.tr("Dismiss")}
        questions = {
            "mark_missing": self.tr("{barcode} was not in box {box}: mark it missing? Its "
                                    "position is freed."),
            "move_here": self.tr("{barcode} was found in box {box} at {position}: move it "
                                 "there in the database?"),
            "correct_position": self.tr("{barcode} was found at {position} of box {box}: move "
                                        "it there in the database?"),
            "dismiss": self.tr("Leave {barcode} as it is and close this finding?"),
        }
        question = questions[action].format(barcode=found.barcode or found.scanned or "",
                                            box=found.box_path, position=found.scanned or "")
        reason = ReasonDialog.ask(self, titles[action], question, titles[action])
        if not reason:
            return False
        if action == "mark_missing" and not self._interaction.confirm(
                self, titles[action], self.tr(
                    "Mark {barcode} as missing? This cannot be undone: the tube leaves the "
                    "inventory and its position is freed.\n\nReason: {reason}").format(
                        barcode=found.barcode, reason=reason), titles[action]):
            return False
        try:
            box_audits.resolve(self._session, found.id, action, reason)
        except BioTrackError as exc:
            self._interaction.report(self, exc, titles[action])
            self.reload()
            return False
        self.reload()
        self.finding_resolved.emit()
        return True

    def correct_all(self) -> bool:
        """Every open misplaced tube of the selected finding's audit, corrected together."""
        found = self.selected()
        if found is None:
            return False
        title = self.tr("Correct all positions")
        todo = [f for f in self.model.rows()
                if f.audit_id == found.audit_id and f.category == "misplaced" and f.is_open]
        reason = ReasonDialog.ask(self, title, self.tr(
            "Move the {count} misplaced tube(s) of box audit {id} to where they were scanned "
            "in box {box}?").format(count=len(todo), id=found.audit_id, box=found.box_path),
            title)
        if not reason:
            return False
        try:
            box_audits.correct_positions(self._session, found.audit_id, reason)
        except BioTrackError as exc:
            self._interaction.report(self, exc, title)
            self.reload()
            return False
        self.reload()
        self.finding_resolved.emit()
        return True
