"""Adding one shelf, rack or box to a freezer that exists (services.layout).

"Add freezer…" builds a whole freezer from the template; this dialog grows one: a shelf in a
freezer, a rack on a shelf, or a box (type, rows × columns) in a rack. The code starts at the
next free one the service suggests (S6, R5, B5), so the usual case is one click. Like the other
dialogs that change data (STYLE.md practice 7) it calls the service itself on OK and stays open
with one message when the service refuses (a code already taken, a nurse), so nothing typed is
lost; ``ask()`` is the only blocking call and tests drive ``try_add()`` instead.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.protocol import BOX_TYPES
from biotrack.services import layout
from biotrack.services.context import Session
from biotrack.ui.dialogs.buttons import ok_cancel
from biotrack.ui.i18n import translate
from biotrack.ui.interaction import Interaction

SHELF, RACK, BOX = "shelf", "rack", "box"
#: What is added under a parent path of this depth (1 = freezer, 2 = shelf, 3 = rack).
LEVEL_UNDER = {1: SHELF, 2: RACK, 3: BOX}
_TITLES = {
    SHELF: QT_TRANSLATE_NOOP("AddStorageDialog", "Add shelf"),
    RACK: QT_TRANSLATE_NOOP("AddStorageDialog", "Add rack"),
    BOX: QT_TRANSLATE_NOOP("AddStorageDialog", "Add box"),
}
_BOX_TYPE_LABELS = {
    "serum": QT_TRANSLATE_NOOP("AddStorageDialog", "serum"),
    "buffy": QT_TRANSLATE_NOOP("AddStorageDialog", "buffy coat"),
}


class AddStorageDialog(QDialog):
    """Code (and, for a box, type and size) of the new part; OK adds it through the service."""

    def __init__(self, session: Session, interaction: Interaction, parent_path: str,
                 box_type: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self._parent_path = parent_path.strip().strip("/")
        depth = len(self._parent_path.split("/"))
        if depth not in LEVEL_UNDER:
            raise ValueError(f"nothing is added under {parent_path!r}")
        self.level = LEVEL_UNDER[depth]
        #: The path of what was added (after OK), else None.
        self.created: str | None = None
        self.setObjectName("add_storage_dialog")
        title = translate("AddStorageDialog", _TITLES[self.level])
        self.setWindowTitle(title)
        self.setMinimumWidth(380)

        self.parent_label = QLabel(f"<b>{self._parent_path}</b>")
        self.parent_label.setObjectName("parent_path")
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("code")
        self.code_edit.setMaxLength(16)
        try:
            self.code_edit.setText(layout.suggested_code(session, self._parent_path))
        except BioTrackError as exc:
            interaction.report(self, exc, title)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("box_type")
        for kind in BOX_TYPES:
            self.type_combo.addItem(translate("AddStorageDialog", _BOX_TYPE_LABELS.get(kind, kind)),
                                    kind)
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(box_type or "serum"), 0))
        template = session.protocol.storage
        self.rows_spin = QSpinBox()
        self.rows_spin.setObjectName("rows")
        self.rows_spin.setRange(1, 26)
        self.rows_spin.setValue(template.box_rows)
        self.cols_spin = QSpinBox()
        self.cols_spin.setObjectName("cols")
        self.cols_spin.setRange(1, 99)
        self.cols_spin.setValue(template.box_columns)

        form = QFormLayout()
        into = {SHELF: self.tr("In freezer:"), RACK: self.tr("On shelf:"),
                BOX: self.tr("In rack:")}[self.level]
        form.addRow(into, self.parent_label)
        form.addRow(self.tr("&Code:"), self.code_edit)
        if self.level == BOX:
            form.addRow(self.tr("Box &type:"), self.type_combo)
            form.addRow(self.tr("&Rows:"), self.rows_spin)
            form.addRow(self.tr("Co&lumns:"), self.cols_spin)
        note = QLabel({
            SHELF: self.tr("The shelf is added below the others, empty: add racks to it next."),
            RACK: self.tr("The rack is added after the others on the shelf, empty: add boxes "
                          "to it next."),
            BOX: self.tr("The box is added after the others in the rack and is filled after "
                         "them; positions are named A1, A2, … by row and column."),
        }[self.level])
        note.setWordWrap(True)
        self.buttons = ok_cancel(self, title, self._on_buttons_accepted)
        layout_ = QVBoxLayout(self)
        layout_.addLayout(form)
        layout_.addWidget(note)
        layout_.addWidget(self.buttons)
        self.code_edit.setFocus()
        self.code_edit.selectAll()

    def _on_buttons_accepted(self) -> None:
        self.try_add()

    def try_add(self) -> bool:
        """Add the part; accept on success, else show the one message and stay open."""
        code = self.code_edit.text().strip()
        try:
            if self.level == SHELF:
                path = layout.add_shelf(self._session, self._parent_path, code)
            elif self.level == RACK:
                path = layout.add_rack(self._session, self._parent_path, code)
            else:
                path = layout.add_box(self._session, self._parent_path,
                                      self.type_combo.currentData(), self.rows_spin.value(),
                                      self.cols_spin.value(), code).path
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.windowTitle())
            return False
        self.created = path
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, interaction: Interaction,
            parent_path: str, box_type: str | None = None) -> str | None:
        """The blocking path: the new part's path, or None if cancelled."""
        dialog = cls(session, interaction, parent_path, box_type, parent)
        dialog.exec()
        return dialog.created
