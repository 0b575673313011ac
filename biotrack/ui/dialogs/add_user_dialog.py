"""Adding an account: user name, full name, role and the password typed twice.

The manager creates accounts for the nurses and technicians (issue 3, point 2). Like the
add-freezer dialog (STYLE.md practice 7) it calls the service itself on OK and stays open with
one message when the service refuses (a taken name, a short password), so nothing typed is
lost; the two password fields must agree before the service is asked at all, since a typo in a
hidden field would otherwise lock the new person out. ``ask()`` is the only blocking call;
tests fill the fields and call ``try_add()``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.models import ROLES, User
from biotrack.services import accounts
from biotrack.services.context import Session
from biotrack.ui.dialogs.buttons import ok_cancel
from biotrack.ui.interaction import Interaction
from biotrack.ui.widgets.admin_models import role_label


class AddUserDialog(QDialog):
    """The new account's fields; OK creates it through accounts.add_user."""

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self.created: User | None = None
        self.setObjectName("add_user_dialog")
        self.setWindowTitle(self.tr("Add user"))
        self.setMinimumWidth(380)

        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("username")
        self.username_edit.setPlaceholderText(self.tr("what they type to sign in"))
        self.username_edit.setMaxLength(64)
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setObjectName("full_name")
        self.full_name_edit.setPlaceholderText(self.tr("optional, shown in the status bar"))
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("role")
        for role in ROLES:
            self.role_combo.addItem(role_label(role), role)
        self.role_combo.setCurrentIndex(max(self.role_combo.findData("nurse"), 0))
        self.role_combo.setToolTip(self.tr(
            "Nurse: schedule, collections, labels. Technician: also storage. "
            "Manager: also users, corrections, reports, restore."))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            self.tr("at least {count} characters").format(count=accounts.MIN_PASSWORD))
        self.again_edit = QLineEdit()
        self.again_edit.setObjectName("password_again")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Full name:"), self.full_name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("Password &again:"), self.again_edit)
        note = QLabel(self.tr("Give the password to the person in private; it is stored only "
                              "as a salted hash and cannot be read back."))
        note.setWordWrap(True)

        self.buttons = ok_cancel(self, self.tr("Add user"), self._on_buttons_accepted)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.username_edit.setFocus()

    def _on_buttons_accepted(self) -> None:
        self.try_add()

    def try_add(self) -> bool:
        """Create the account; accept on success, else one message and stay open."""
        if self.password_edit.text() != self.again_edit.text():
            self._interaction.show_error(self, self.tr("Add user"),
                                         self.tr("The two passwords differ: type them again."))
            self.password_edit.clear()
            self.again_edit.clear()
            self.password_edit.setFocus()
            return False
        try:
            user = accounts.add_user(self._session, self.username_edit.text(),
                                     self.role_combo.currentData(), self.password_edit.text(),
                                     self.full_name_edit.text().strip())
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Add user"))
            return False
        self.created = user
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session,
            interaction: Interaction) -> User | None:
        """The blocking path: the new account, or None if cancelled."""
        dialog = cls(session, interaction, parent)
        dialog.exec()
        return dialog.created
