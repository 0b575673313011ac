"""The sign-in dialog: user name and password, checked by the same service the CLI uses.

Testable without exec() (STYLE.md practice 7): the database path and the Interaction come in
through the constructor, ``try_sign_in()`` does the work a click on "Sign in" does, and the only
blocking call is the ``ask()`` classmethod, which tests never need.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.services import app_context
from biotrack.services.context import Session
from biotrack.ui.dialogs.buttons import ok_cancel
from biotrack.ui.idle_imports import check_while_importing
from biotrack.ui.interaction import Interaction


class SignInDialog(QDialog):
    """Asks who is working; accepted only once the service has checked the password."""

    def __init__(self, db_path: Path, interaction: Interaction, *, username: str = "",
                 note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._interaction = interaction
        self.session: Session | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.setObjectName("sign_in_dialog")
        self.setMinimumWidth(400)

        heading = QLabel(self.tr("<b>BioTrack</b> — sign in to {file}").format(
            file=db_path.name))
        heading.setToolTip(str(db_path))
        self.username_edit = QLineEdit(username)
        self.username_edit.setObjectName("username")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)

        self.buttons = ok_cancel(self, self.tr("Sign in"), self._on_buttons_accepted)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if note:
            note_label = QLabel(note)
            note_label.setWordWrap(True)
            note_label.setObjectName("note")
            layout.addWidget(note_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        (self.password_edit if username else self.username_edit).setFocus()

    def _on_buttons_accepted(self) -> None:
        self.try_sign_in()

    def try_sign_in(self) -> bool:
        """Check the typed credentials; accept on success, else show one message and stay."""
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username or not password:
            self._interaction.show_error(
                self, self.tr("Sign in"), self.tr("Enter your user name and password."))
            return False
        # The password check (scrypt) runs in a worker: the dialog keeps painting (issue 8);
        # nothing can be pressed twice meanwhile.
        self.setEnabled(False)
        try:
            self.session = app_context.sign_in(self._db_path, username, password,
                                               run_slow=check_while_importing)
        except BioTrackError as exc:
            self.setEnabled(True)
            self._interaction.report(self, exc, self.tr("Sign in failed"))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return False
        finally:
            self.setEnabled(True)
        self.accept()
        return True

    @classmethod
    def ask(cls, db_path: Path, interaction: Interaction, *, username: str = "",
            note: str = "") -> Session | None:
        """The blocking path: show the dialog until a sign-in succeeds or is cancelled."""
        dialog = cls(db_path, interaction, username=username, note=note)
        dialog.exec()
        return dialog.session
