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
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from biotrack.services import permissions
from biotrack.services.context import Session
from biotrack.ui.interaction import Interaction

if TYPE_CHECKING:
    from biotrack.ui.widgets.audit_panel import AuditPanel
    from biotrack.ui.widgets.backup_panel import BackupPanel
    from biotrack.ui.widgets.preferences_panel import PreferencesPanel
    from biotrack.ui.widgets.users_panel import UsersPanel

USERS, AUDIT, BACKUPS, PREFERENCES = "users", "audit", "backups", "preferences"


class SettingsView(QWidget):
    """Four tabs over the services of accounts, safety and the declared settings.

    A tab's panel is built (and its module imported) when the tab is first shown or asked
    for: building all four at once, with the audit trail's read, kept the GUI thread busy
    for 0.2-0.4 s on the first visit of Settings (issue 8; bench/RESULTS.md).
    """

    #: The database was restored (where the previous file is kept); the window closes.
    database_restored = Signal(str)

    def __init__(self, session: Session, interaction: Interaction, db_path: Path,
                 settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_view")
        self._session = session
        self._interaction = interaction
        self._db_path = db_path
        self._settings = settings
        self._panels: dict[str, QWidget] = {}
        self._holders: dict[str, QVBoxLayout] = {}
        title = QLabel(self.tr("<h2>Settings</h2>"))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self._keys: list[str] = []
        for key, label in ((USERS, self.tr("&Users")),
                           (AUDIT, self.tr("&Audit trail")),
                           (BACKUPS, self.tr("&Backups")),
                           (PREFERENCES, self.tr("&Preferences"))):
            holder = QWidget()
            holder.setObjectName(f"settings_tab_{key}")
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            self._holders[key] = box
            self.tabs.addTab(holder, label)
            self._keys.append(key)
        if not permissions.allowed(session.user, "users"):
            self.tabs.setTabToolTip(self._keys.index(USERS),
                                    self.tr("Only a manager can manage users"))
            self.tabs.setCurrentIndex(self._keys.index(AUDIT))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._panel(self.current_tab())

    # -- the panels, built on first use --------------------------------------------------------

    @property
    def users(self) -> UsersPanel:
        return cast("UsersPanel", self._panel(USERS))

    @property
    def audit(self) -> AuditPanel:
        return cast("AuditPanel", self._panel(AUDIT))

    @property
    def backups(self) -> BackupPanel:
        return cast("BackupPanel", self._panel(BACKUPS))

    @property
    def preferences(self) -> PreferencesPanel:
        return cast("PreferencesPanel", self._panel(PREFERENCES))

    def built(self, key: str) -> bool:
        """Whether the tab's panel exists yet (it is built when first shown or asked for)."""
        return key in self._panels

    def tab_index(self, key: str) -> int:
        return self._keys.index(key)

    def _panel(self, key: str) -> QWidget:
        panel = self._panels.get(key)
        if panel is None:
            panel = self._build(key)
            self._panels[key] = panel
            self._holders[key].addWidget(panel)
        return panel

    def _build(self, key: str) -> QWidget:
        if key == USERS:
            from biotrack.ui.widgets.users_panel import UsersPanel

            users = UsersPanel(self._session, self._interaction)
            users.users_changed.connect(self._on_users_changed)
            return users
        if key == AUDIT:
            from biotrack.ui.widgets.audit_panel import AuditPanel

            return AuditPanel(self._session, self._interaction, self._db_path,
                              settings=self._settings)
        if key == BACKUPS:
            from biotrack.ui.widgets.backup_panel import BackupPanel

            backups = BackupPanel(self._session, self._interaction, self._db_path,
                                  self._settings)
            backups.backup_written.connect(self._on_backups_backup_written)
            backups.database_restored.connect(self._on_backups_database_restored)
            return backups
        from biotrack.ui.widgets.preferences_panel import PreferencesPanel

        preferences = PreferencesPanel(self._session, self._interaction, self._settings)
        preferences.preferences_saved.connect(self._on_preferences_saved)
        return preferences

    def _on_tabs_current_changed(self, index: int) -> None:
        if 0 <= index < len(self._keys):
            self._panel(self._keys[index])

    # -- navigation and refresh ----------------------------------------------------------------

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self._keys.index(key))

    def current_tab(self) -> str:
        return self._keys[self.tabs.currentIndex()]

    def refresh(self) -> None:
        """On arrival (MainWindow): what other workspaces changed shows up in the trail.

        Only the panels already built: one built later reads the database then.
        """
        for key in (USERS, AUDIT, BACKUPS):
            panel = self._panels.get(key)
            if panel is not None:
                panel.refresh()  # type: ignore[attr-defined]

    def _on_users_changed(self, _username: str) -> None:
        if AUDIT in self._panels:
            self.audit.refresh()  # the change is the newest event

    def _on_backups_backup_written(self, _path: str) -> None:
        if AUDIT in self._panels:
            self.audit.refresh()

    def _on_preferences_saved(self) -> None:
        if BACKUPS in self._panels:
            self.backups.refresh()  # the daily-backup folder and retention shown there

    def _on_backups_database_restored(self, kept: str) -> None:
        self.database_restored.emit(kept)
        # Closed from the event loop, after the slots connected to the signal have run.
        QTimer.singleShot(0, self._close_window)

    def _close_window(self) -> None:
        self.window().close()
