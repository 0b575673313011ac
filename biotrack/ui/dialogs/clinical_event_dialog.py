"""Recording a SAD remission or flare: the date it was documented and a note (SPEC.md 2).

In the SAD cohort these events are the collection time points after baseline: each opens its
own visit (REMISSION-n, FLARE-n) through services.enrolment.record_event, which checks the date
against enrolment, today and the follow-up.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from biotrack.models import Visit
from biotrack.services import enrolment
from biotrack.services.context import Session
from biotrack.ui.dialogs.form_dialog import FormDialog, date_edit
from biotrack.ui.i18n import translate
from biotrack.ui.interaction import Interaction

TITLES = {
    "remission": QT_TRANSLATE_NOOP("ClinicalEventDialog", "Remission"),
    "flare": QT_TRANSLATE_NOOP("ClinicalEventDialog", "Flare"),
}
HEADINGS = {
    "remission": QT_TRANSLATE_NOOP(
        "ClinicalEventDialog", "Record a documented remission of <b>{code}</b>. It opens a "
        "remission collection visit for that day."),
    "flare": QT_TRANSLATE_NOOP(
        "ClinicalEventDialog", "Record a documented flare of <b>{code}</b>. It opens a flare "
        "collection visit for that day."),
}


class ClinicalEventDialog(FormDialog):
    """Date and notes of a remission or a flare; OK records it and opens its visit."""

    def __init__(self, session: Session, interaction: Interaction, code: str, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            session, interaction, translate("ClinicalEventDialog", TITLES.get(kind, kind)),
            translate("ClinicalEventDialog", HEADINGS.get(kind, "{code}")).format(code=code),
            parent)
        self.setObjectName(f"{kind}_dialog")
        self._code = code
        self.kind = kind
        self.date_edit = date_edit(self.today(), self.today())
        self.date_edit.setObjectName("event_date")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("event_notes")
        self.notes_edit.setFixedHeight(60)
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addRow(self.tr("&Notes:"), self.notes_edit)
        self.ok_button.setText(self.tr("Record"))

    def perform(self) -> Visit:
        return enrolment.record_event(self._session, self._code, self.kind,
                                      self.date_edit.date().toPython(),
                                      self.notes_edit.toPlainText().strip() or None)

    def refusal_title(self) -> str:
        return self.tr("Event not recorded")
