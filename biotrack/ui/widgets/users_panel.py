"""The Users tab of Settings: the accounts, adding one, disabling or enabling one with a reason.

Managing users is the manager's (issue 3, point 2; services.permissions "users"). Others see
why the tab is closed to them instead of an empty list; the service checks the role again on
every call, so the disabled buttons are a courtesy, not the protection. Accounts are never
deleted: the audit trail names them, so a person who leaves is disabled, with a reason.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.models import User
from biotrack.services import accounts, permissions
from biotrack.services.context import Session
from biotrack.ui.dialogs.add_user_dialog import AddUserDialog
from biotrack.ui.dialogs.reason_dialog import ReasonDialog
from biotrack.ui.interaction import Interaction
from biotrack.ui.widgets.admin_models import UserModel, role_label

NOTE_STYLE = "color: #6b4f00; background: #fff6d6; padding: 6px; border-radius: 3px;"


class UsersPanel(QWidget):
    """Account list + Add / Disable / Enable; closed with an explanation for non-managers."""

    #: An account was added, disabled or enabled (its user name).
    users_changed = Signal(str)

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self.setObjectName("users_panel")
        self.manager = permissions.allowed(session.user, "users")

        self.note = QLabel()
        self.note.setObjectName("users_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setText(self.tr(
            "Only a manager can add, disable or enable accounts. You are signed in as "
            "{user} ({role}); ask the biobank manager.").format(
                user=session.user.username, role=role_label(session.user.role)))
        self.note.setVisible(not self.manager)

        self.model = UserModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("users_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)  # compact rows: more of the list shows
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.add_button = QPushButton(self.tr("&Add user…"))
        self.add_button.setObjectName("add_user")
        self.disable_button = QPushButton(self.tr("&Disable…"))
        self.disable_button.setObjectName("disable_user")
        self.disable_button.setToolTip(self.tr(
            "The account can no longer sign in; its name stays in the audit trail"))
        self.enable_button = QPushButton(self.tr("&Enable…"))
        self.enable_button.setObjectName("enable_user")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.disable_button)
        buttons.addWidget(self.enable_button)
        buttons.addStretch(1)
        if not self.manager:
            for widget in (self.table, self.add_button, self.disable_button,
                           self.enable_button):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Only a manager can manage users"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.disable_button.clicked.connect(self._on_disable_button_clicked)
        self.enable_button.clicked.connect(self._on_enable_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the accounts again (managers only: others are not shown the list)."""
        if not self.manager:
            self._update_buttons()
            return
        selected = self.selected_user()
        try:
            users = accounts.list_users(self._session)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Users"))
            users = []
        self.model.set_rows(users)
        if selected is not None:
            self.select(selected.username)
        self._update_buttons()

    def selected_user(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, username: str) -> bool:
        row = self.model.row_of(username)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        user = self.selected_user()
        own = user is not None and user.id == self._session.user.id
        self.disable_button.setEnabled(self.manager and user is not None and user.active
                                       and not own)
        self.enable_button.setEnabled(self.manager and user is not None and not user.active)

    # -- changing --------------------------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        self.add_user()

    def add_user(self) -> User | None:
        """The add-user dialog (it calls the service itself); the new account selected."""
        user = AddUserDialog.ask(self, self._session, self._interaction)
        if user is None:
            return None
        self.refresh()
        self.select(user.username)
        self.users_changed.emit(user.username)
        return user

    def _on_disable_button_clicked(self) -> None:
        user = self.selected_user()
        if user is not None:
            self.set_active(user.username, False)

    def _on_enable_button_clicked(self) -> None:
        user = self.selected_user()
        if user is not None:
            self.set_active(user.username, True)

    def set_active(self, username: str, active: bool) -> bool:
        """Ask why, then disable or enable the account; one message if the service refuses."""
        if active:
            title = self.tr("Enable account")
            question = self.tr("Enable the account {user}? It can sign in again. "
                               "Why?").format(user=username)
            action = self.tr("Enable")
        else:
            title = self.tr("Disable account")
            question = self.tr("Disable the account {user}? It can no longer sign in; its "
                               "name stays in the audit trail. Why?").format(user=username)
            action = self.tr("Disable")
        reason = ReasonDialog.ask(self, title, question, action)
        if reason is None:
            return False
        try:
            accounts.set_active(self._session, username, active, reason)
        except BioTrackError as exc:
            self._interaction.report(self, exc, title)
            return False
        self.refresh()
        self.select(username)
        self.users_changed.emit(username)
        return True
