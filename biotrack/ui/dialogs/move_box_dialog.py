"""Asking where a whole box should go: another rack (or a slot in it) and a reason.

Moving a box moves every tube in it, so the view asks this first, then confirms through the
Interaction and calls storage.move_box (one transaction). The rack list comes from the tree
the view already holds; the field is editable so a slot such as F1/S2/R3/B2 can be typed.
Testable without exec(): the blocking path is the ``ask()`` classmethod.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from biotrack.models import Box
from biotrack.ui.dialogs.buttons import ok_cancel


class MoveBoxDialog(QDialog):
    """Target rack (FREEZER/SHELF/RACK or FREEZER/SHELF/RACK/BOX) and an optional reason."""

    def __init__(self, box: Box, rack_paths: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("move_box_dialog")
        self.setWindowTitle(self.tr("Move box {path}").format(path=box.path))
        self.setMinimumWidth(440)
        heading = QLabel(self.tr(
            "Box <b>{path}</b> ({occupied} tubes) goes to another rack with all its tubes. "
            "Give a rack (the box keeps its slot name when it is free there) or a slot such "
            "as F1/S2/R3/B2; a slot holding an empty box swaps with it.").format(
                path=box.path, occupied=box.occupied))
        heading.setWordWrap(True)
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("target")
        self.target_combo.setEditable(True)
        own_rack = box.path.rsplit("/", 1)[0]
        self.target_combo.addItems([p for p in rack_paths if p != own_rack])
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(self.tr("optional, e.g. freezer defrost"))
        form = QFormLayout()
        form.addRow(self.tr("&To rack or slot:"), self.target_combo)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        buttons = ok_cancel(self, self.tr("Continue…"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str]:
        return self.target_combo.currentText().strip(), self.reason_edit.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, box: Box,
            rack_paths: Sequence[str]) -> tuple[str, str] | None:
        """The blocking path: (target rack or slot, reason), or None if cancelled."""
        dialog = cls(box, rack_paths, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
