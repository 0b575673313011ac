"""Adding a freezer from a template: code, name, place, shelves, racks, boxes and box types.

The fields start from the protocol's storage layout (the template ``biotrack init`` uses), so
adding a second -80 °C freezer of the same kind is a code and a name. Like the sign-in dialog
(STYLE.md practice 7) it calls the service itself on OK and stays open with one message when the
service refuses (a taken code, a bad box type), so nothing typed is lost; ``ask()`` is the only
blocking call and tests drive ``try_add()`` instead.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.services import storage
from biotrack.services.context import Session
from biotrack.ui.dialogs.buttons import ok_cancel
from biotrack.ui.i18n import translate
from biotrack.ui.interaction import Interaction

#: The box types as typed in the field, in the interface language (the codes in English): a
#: Spanish technician reads and types "suero", the service gets "serum".
BOX_TYPE_WORDS = {
    "serum": QT_TRANSLATE_NOOP("AddFreezerDialog", "serum"),
    "buffy": QT_TRANSLATE_NOOP("AddFreezerDialog", "buffy"),
}


def box_type_word(box_type: str) -> str:
    word = BOX_TYPE_WORDS.get(box_type)
    return translate("AddFreezerDialog", word) if word else box_type


def box_type_code(typed: str) -> str:
    """A typed word back to its code: the screen's word or the code itself; anything else as
    typed (lower case), for the service to refuse with its message."""
    word = typed.strip().lower()
    for code in BOX_TYPE_WORDS:
        if word in (code, box_type_word(code).lower()):
            return code
    return word


def _spin(value: int, low: int, high: int, name: str, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setValue(value)
    if suffix:
        spin.setSuffix(suffix)
    return spin


class AddFreezerDialog(QDialog):
    """The freezer's identity and layout; OK creates it through storage.add_freezer."""

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self.created: str | None = None
        self.setObjectName("add_freezer_dialog")
        self.setWindowTitle(self.tr("Add freezer"))
        self.setMinimumWidth(420)  # room for the longer labels of a translation
        template = session.protocol.storage

        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("code")
        self.code_edit.setPlaceholderText(self.tr("e.g. F2"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(self.tr("e.g. Freezer 2 (-80 °C)"))
        self.location_edit = QLineEdit(template.freezer_location)
        self.location_edit.setObjectName("location")
        self.set_point_spin = _spin(template.set_point_c, -200, 10, "set_point", " °C")
        self.shelves_spin = _spin(template.shelves, 1, 50, "shelves")
        self.racks_spin = _spin(template.racks_per_shelf, 1, 50, "racks")
        self.boxes_spin = _spin(template.boxes_per_rack, 1, 50, "boxes")
        self.rows_spin = _spin(template.box_rows, 1, 26, "rows")
        self.cols_spin = _spin(template.box_columns, 1, 99, "cols")
        self.types_edit = QLineEdit(", ".join(box_type_word(t) for t in template.rack_box_types))
        self.types_edit.setObjectName("rack_types")
        serum, buffy = box_type_word("serum"), box_type_word("buffy")
        self.types_edit.setToolTip(self.tr(
            "One box type per rack of a shelf, {serum} or {buffy}, e.g. {example}").format(
                serum=serum, buffy=buffy, example=", ".join((serum, serum, serum, buffy))))
        self.racks_spin.valueChanged.connect(self._on_racks_spin_value_changed)

        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Location:"), self.location_edit)
        form.addRow(self.tr("Set &point:"), self.set_point_spin)
        form.addRow(self.tr("&Shelves:"), self.shelves_spin)
        form.addRow(self.tr("&Racks per shelf:"), self.racks_spin)
        form.addRow(self.tr("&Boxes per rack:"), self.boxes_spin)
        form.addRow(self.tr("Box &rows:"), self.rows_spin)
        form.addRow(self.tr("Box co&lumns:"), self.cols_spin)
        form.addRow(self.tr("Box &types per rack:"), self.types_edit)
        note = QLabel(self.tr("Every rack gets its boxes at once, empty; positions are "
                              "named A1, A2, … by row and column."))
        note.setWordWrap(True)

        self.buttons = ok_cancel(self, self.tr("Add freezer"), self._on_buttons_accepted)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.code_edit.setFocus()

    def _on_racks_spin_value_changed(self, racks: int) -> None:
        # The same default as the CLI: the last rack of a shelf takes buffy coat boxes.
        types = ["serum"] * racks
        if racks > 1:
            types[-1] = "buffy"
        self.types_edit.setText(", ".join(box_type_word(t) for t in types))

    def layout_values(self) -> storage.Layout:
        types = tuple(box_type_code(t) for t in self.types_edit.text().split(",") if t.strip())
        return storage.Layout(
            code=self.code_edit.text().strip(), name=self.name_edit.text().strip(),
            location=self.location_edit.text().strip(),
            set_point_c=self.set_point_spin.value(), shelves=self.shelves_spin.value(),
            racks_per_shelf=self.racks_spin.value(), boxes_per_rack=self.boxes_spin.value(),
            rack_box_types=types, box_rows=self.rows_spin.value(),
            box_cols=self.cols_spin.value())

    def _on_buttons_accepted(self) -> None:
        self.try_add()

    def try_add(self) -> bool:
        """Create the freezer; accept on success, else show the one message and stay open."""
        layout = self.layout_values()
        try:
            storage.add_freezer(self._session, layout)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Add freezer"))
            return False
        self.created = layout.code
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session,
            interaction: Interaction) -> str | None:
        """The blocking path: the new freezer's code, or None if cancelled."""
        dialog = cls(session, interaction, parent)
        dialog.exec()
        return dialog.created
