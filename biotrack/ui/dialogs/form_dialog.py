"""The shape every "fill a form, one service call" dialog shares (STYLE.md practice 7).

The clinical-event dialogs (enrol, irAE, remission/flare, missed visit, withdrawal) all do the
same thing on OK: call one service; on success keep its result and close; on a refusal show the
service's message once and stay open so the person can correct the form. Putting that in one
base keeps the dialogs to their fields, and keeps them testable without exec(): the
dependencies come through the constructor, ``submit()`` does what a click on OK does, and the
only blocking call is the ``ask()`` classmethod, which tests replace.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.services.context import Session
from biotrack.ui.i18n import date_pattern
from biotrack.ui.interaction import Interaction


def date_edit(value: QDate, maximum: QDate | None = None) -> QDateEdit:
    """A date field in the locale's form (ui.i18n.date_pattern) with a calendar."""
    edit = QDateEdit(value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    if maximum is not None:
        edit.setMaximumDate(maximum)
    return edit


class FormDialog(QDialog):
    """A heading, a form, OK/Cancel; ``perform()`` makes the service call of a subclass."""

    def __init__(self, session: Session, interaction: Interaction, title: str,
                 heading: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self.result_value: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(460)

        self.heading = QLabel(heading)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        self.main_layout = QVBoxLayout(self)
        if heading:
            self.main_layout.addWidget(self.heading)
        self.main_layout.addLayout(self.form)
        self.main_layout.addWidget(self.buttons)

    def today(self) -> QDate:
        return QDate(self._session.today_local())

    def _on_buttons_accepted(self) -> None:
        self.submit()

    def submit(self) -> bool:
        """What OK does: the service call; close on success, one message and stay on refusal."""
        if not self.ok_button.isEnabled():
            return False
        try:
            value = self.perform()
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.refusal_title())
            return False
        if value is None:  # e.g. the person did not confirm: nothing was done
            return False
        self.result_value = value
        self.accept()
        return True

    def perform(self) -> Any:
        """Call the service; return its result, or None when nothing was done."""
        raise NotImplementedError

    def refusal_title(self) -> str:
        return self.windowTitle()

    @classmethod
    def ask(cls, *args: Any, **kwargs: Any) -> Any:
        """The blocking path: show the dialog; the service's result, or None if cancelled."""
        dialog = cls(*args, **kwargs)
        try:
            dialog.exec()
            return dialog.result_value
        finally:
            dialog.deleteLater()
