"""Asking where a tube should go: a target position path and an optional reason.

The Freezers workspace moves a tube by drag and drop inside the shown box; this dialog is the
way to any other box (or for those who prefer typing). It only collects the answer: the view
calls the storage service, which checks the position. Testable without exec() (STYLE.md
practice 7): the blocking path is the ``ask()`` classmethod that tests replace.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from biotrack.ui.dialogs.buttons import ok_cancel


class MoveTubeDialog(QDialog):
    """Target FREEZER/SHELF/RACK/BOX/POSITION (box paths offered as completions) + reason."""

    def __init__(self, barcode: str, current: str, box_paths: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("move_tube_dialog")
        self.setWindowTitle(self.tr("Move tube {barcode}").format(barcode=barcode))
        self.setMinimumWidth(420)
        heading = QLabel(self.tr("<b>{barcode}</b> is at {current}.").format(
            barcode=barcode, current=current or self.tr("no position")))
        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("target")
        box, _, _position = current.rpartition("/")
        self.target_edit.setText(f"{box}/" if box else "")
        self.target_edit.setPlaceholderText(self.tr("e.g. F1/S1/R1/B2/C4"))
        completer = QCompleter([f"{path}/" for path in box_paths], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.target_edit.setCompleter(completer)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(self.tr("optional"))
        form = QFormLayout()
        form.addRow(self.tr("&New position:"), self.target_edit)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        buttons = ok_cancel(self, self.tr("Move"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.target_edit.setFocus()
        self.target_edit.end(False)

    def values(self) -> tuple[str, str]:
        return self.target_edit.text().strip(), self.reason_edit.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, barcode: str, current: str,
            box_paths: Sequence[str]) -> tuple[str, str] | None:
        """The blocking path: (target position path, reason), or None if cancelled."""
        dialog = cls(barcode, current, box_paths, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
