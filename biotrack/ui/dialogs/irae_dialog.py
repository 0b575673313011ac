"""Recording an irAE: diagnosis date, organ/type and CTCAE grade (SPEC.md sections 2 and 3).

An irAE opens its own collection visit (IRAE-1, IRAE-2, ...), so recording one is also what
puts the next blood draw on the nurse's list. The types come from the protocol file
(``[irae] types``) and the grade is CTCAE 1 to 5, stored with the protocol's CTCAE version by
services.enrolment.record_irae, which decides whether the date and participant allow it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from biotrack.models import Visit
from biotrack.services import enrolment
from biotrack.services.context import Session
from biotrack.ui.dialogs.form_dialog import FormDialog, date_edit
from biotrack.ui.interaction import Interaction
from biotrack.ui.value_labels import protocol_text

#: CTCAE v5 general grade descriptions, shown next to the number.
GRADES = (
    (1, QT_TRANSLATE_NOOP("IraeDialog", "1 — mild")),
    (2, QT_TRANSLATE_NOOP("IraeDialog", "2 — moderate")),
    (3, QT_TRANSLATE_NOOP("IraeDialog", "3 — severe")),
    (4, QT_TRANSLATE_NOOP("IraeDialog", "4 — life-threatening")),
    (5, QT_TRANSLATE_NOOP("IraeDialog", "5 — death related to the irAE")),
)


class IraeDialog(FormDialog):
    """Date, type and grade of one irAE; OK records it and opens its collection visit."""

    def __init__(self, session: Session, interaction: Interaction, code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            session, interaction, QCoreApplication.translate("IraeDialog", "Add irAE"),
            QCoreApplication.translate(
                "IraeDialog", "Record an immune-related adverse event of <b>{code}</b>. It "
                "opens an irAE collection visit for that day.").format(code=code),
            parent)
        self.setObjectName("irae_dialog")
        self._code = code
        self.date_edit = date_edit(self.today(), self.today())
        self.date_edit.setObjectName("irae_date")
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("irae_type")
        for irae_type in session.protocol.irae_types:
            self.type_combo.addItem(protocol_text(session.protocol, irae_type), irae_type)
        self.type_combo.setCurrentIndex(-1)
        self.type_combo.setPlaceholderText(self.tr("Choose the organ / type"))
        self.grade_combo = QComboBox()
        self.grade_combo.setObjectName("irae_grade")
        for grade, label in GRADES:
            self.grade_combo.addItem(self.tr(label), grade)
        self.grade_combo.setCurrentIndex(-1)
        self.grade_combo.setPlaceholderText(self.tr("Choose a grade"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("irae_notes")
        self.notes_edit.setFixedHeight(60)
        self.form.addRow(self.tr("&Diagnosed on:"), self.date_edit)
        self.form.addRow(self.tr("&Type:"), self.type_combo)
        self.form.addRow(self.tr("CTCAE &grade (v{version}):").format(
            version=session.protocol.ctcae_version), self.grade_combo)
        self.form.addRow(self.tr("&Notes:"), self.notes_edit)
        self.ok_button.setText(self.tr("Record irAE"))

        self.type_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.grade_combo.currentIndexChanged.connect(self._on_choice_changed)
        self._on_choice_changed()

    def _on_choice_changed(self, _index: int = 0) -> None:
        self.ok_button.setEnabled(self.type_combo.currentIndex() >= 0
                                  and self.grade_combo.currentIndex() >= 0)

    def perform(self) -> Visit:
        return enrolment.record_irae(
            self._session, self._code, self.date_edit.date().toPython(),
            self.type_combo.currentData(), int(self.grade_combo.currentData()),
            self.notes_edit.toPlainText().strip() or None)

    def refusal_title(self) -> str:
        return self.tr("irAE not recorded")
