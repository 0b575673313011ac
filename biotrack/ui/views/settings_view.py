"""Settings: users, the audit trail and its verification, backups and restore, preferences.

The administration of issue 3 (users, audit viewer, backups) and the per-PC settings of
issue 9, point 5, as four tabs. Each tab is its own widget (biotrack/ui/widgets/*_panel.py);
this view only puts them together and does the one thing a tab cannot: after a restore it
closes the window, because every workspace still holds the connection to the replaced file
(see biotrack.ui.widgets.backup_panel). Managers get every tab; for the others the Users tab
and the restore button say why they are closed, and the services refuse them regardless.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from biotrack.services import permissions
from biotrack.services.context import Session
from biotrack.ui.interaction import Interaction
from biotrack.ui.widgets.audit_panel import AuditPanel
from biotrack.ui.widgets.backup_panel import BackupPanel
from biotrack.ui.widgets.preferences_panel import PreferencesPanel
from biotrack.ui.widgets.users_panel import UsersPanel

USERS, AUDIT, BACKUPS, PREFERENCES = "users", "audit", "backups", "preferences"


class SettingsView(QWidget):
    """Four tabs over the services of accounts, safety and the declared settings."""

    #: The database was restored (where the previous file is kept); the window closes.
    database_restored = Signal(str)

    def __init__(self, session: Session, interaction: Interaction, db_path: Path,
                 settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_view")
        title = QLabel(self.tr("<h2>Settings</h2>"))

        self.users = UsersPanel(session, interaction)
        self.audit = AuditPanel(session, interaction, db_path)
        self.backups = BackupPanel(session, interaction, db_path, settings)
        self.preferences = PreferencesPanel(session, interaction, settings)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self._keys: list[str] = []
        for key, page, label in ((USERS, self.users, self.tr("&Users")),
                                 (AUDIT, self.audit, self.tr("&Audit trail")),
                                 (BACKUPS, self.backups, self.tr("&Backups")),
                                 (PREFERENCES, self.preferences, self.tr("&Preferences"))):
            self.tabs.addTab(page, label)
            self._keys.append(key)
        if not permissions.allowed(session.user, "users"):
            self.tabs.setTabToolTip(self._keys.index(USERS),
                                    self.tr("Only a manager can manage users"))
            self.tabs.setCurrentIndex(self._keys.index(AUDIT))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

        self.users.users_changed.connect(self._on_users_changed)
        self.backups.backup_written.connect(self._on_backups_backup_written)
        self.backups.database_restored.connect(self._on_backups_database_restored)
        self.preferences.preferences_saved.connect(self._on_preferences_saved)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self._keys.index(key))

    def current_tab(self) -> str:
        return self._keys[self.tabs.currentIndex()]

    def refresh(self) -> None:
        """On arrival (MainWindow): what other workspaces changed shows up in the trail."""
        self.users.refresh()
        self.audit.refresh()
        self.backups.refresh()

    def _on_users_changed(self, _username: str) -> None:
        self.audit.refresh()  # the change is the newest event

    def _on_backups_backup_written(self, _path: str) -> None:
        self.audit.refresh()

    def _on_preferences_saved(self) -> None:
        self.backups.refresh()  # the daily-backup folder and retention shown there

    def _on_backups_database_restored(self, kept: str) -> None:
        self.database_restored.emit(kept)
        # Closed from the event loop, after the slots connected to the signal have run.
        QTimer.singleShot(0, self._close_window)

    def _close_window(self) -> None:
        self.window().close()
