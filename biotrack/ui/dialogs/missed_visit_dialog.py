"""Marking a visit missed, with the reason the protocol deviation log needs (SPEC.md 4.2).

A missed visit is not drawn; the schedule then counts the next visit from its target date
(services.enrolment.mark_missed). The reason is required: a missed visit without one is a
deviation nobody can explain later.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from biotrack.models import Visit
from biotrack.services import enrolment
from biotrack.services.context import Session
from biotrack.ui.dialogs.form_dialog import FormDialog
from biotrack.ui.i18n import format_date, translate
from biotrack.ui.interaction import Interaction


class MissedVisitDialog(FormDialog):
    """Which visit (from the open ones given) and why; OK marks it missed."""

    def __init__(self, session: Session, interaction: Interaction, code: str,
                 visits: Sequence[tuple[str, date]], selected: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, interaction, translate("MissedVisitDialog", "Mark visit missed"),
                         translate("MissedVisitDialog",
                                   "Record that a visit of <b>{code}</b> will not be drawn. The "
                                   "next visit is then counted from its target date.").format(
                             code=code), parent)
        self.setObjectName("missed_visit_dialog")
        self._code = code
        self.visit_combo = QComboBox()
        self.visit_combo.setObjectName("missed_visit")
        for visit_code, target in visits:
            self.visit_combo.addItem(
                self.tr("{visit} (target {date})").format(visit=visit_code,
                                                          date=format_date(target)),
                visit_code)
        if selected is not None:
            self.visit_combo.setCurrentIndex(max(self.visit_combo.findData(selected), 0))
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("missed_reason")
        self.reason_edit.setMaxLength(500)
        self.reason_edit.setPlaceholderText(self.tr("Required, e.g. patient did not attend"))
        self.form.addRow(self.tr("&Visit:"), self.visit_combo)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.ok_button.setText(self.tr("Mark missed"))
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)
        self._on_reason_edit_text_changed(self.reason_edit.text())
        self.reason_edit.setFocus()

    def _on_reason_edit_text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()) and self.visit_combo.count() > 0)

    def perform(self) -> Visit:
        return enrolment.mark_missed(self._session, self._code, self.visit_combo.currentData(),
                                     self.reason_edit.text())

    def refusal_title(self) -> str:
        return self.tr("Visit not marked missed")
