"""Withdrawing a participant: the date and a required reason, confirmed before it is done.

Withdrawal ends follow-up: every later planned visit becomes not applicable and cannot be
reopened from the application, so the dialog asks for a confirmation through the Interaction
(STYLE.md practice 6: a confirmation before anything irreversible) before calling
services.enrolment.withdraw. Declining the confirmation writes nothing and leaves the dialog
open.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from biotrack.models import Participant
from biotrack.services import enrolment
from biotrack.services.context import Session
from biotrack.ui.dialogs.form_dialog import FormDialog, date_edit
from biotrack.ui.i18n import format_date, translate
from biotrack.ui.interaction import Interaction


class WithdrawDialog(FormDialog):
    """Date + reason; OK asks "are you sure", then withdraws."""

    def __init__(self, session: Session, interaction: Interaction, code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            session, interaction, translate("WithdrawDialog", "Withdraw participant"),
            translate("WithdrawDialog",
                      "Withdraw <b>{code}</b> from the study. Follow-up ends on that date: every "
                      "later planned visit becomes not applicable. Collected samples are "
                      "kept.").format(code=code), parent)
        self.setObjectName("withdraw_dialog")
        self._code = code
        self.date_edit = date_edit(self.today(), self.today())
        self.date_edit.setObjectName("withdraw_date")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("withdraw_reason")
        self.reason_edit.setMaxLength(500)
        self.reason_edit.setPlaceholderText(self.tr("Required, e.g. consent withdrawn"))
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.ok_button.setText(self.tr("Withdraw…"))
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)
        self._on_reason_edit_text_changed(self.reason_edit.text())

    def _on_reason_edit_text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))

    def perform(self) -> Participant | None:
        on = self.date_edit.date().toPython()
        if not self._interaction.confirm(
                self, self.tr("Withdraw participant"),
                self.tr("Withdraw {code} on {date}?\n\nFollow-up ends: every planned visit after "
                        "that date becomes not applicable. This cannot be undone here.").format(
                    code=self._code, date=format_date(on)),
                self.tr("Withdraw")):
            return None
        return enrolment.withdraw(self._session, self._code, on, self.reason_edit.text())

    def refusal_title(self) -> str:
        return self.tr("Not withdrawn")
