"""The main window: a side bar of workspaces over a stack of pages, wired in one place.

It builds the views, hands each the session and the Interaction, connects the side bar and the
Ctrl+1..Ctrl+7 shortcuts, and shows the database file and the signed-in user in the status
bar. It holds no SQL and no rule (STYLE.md: no god MainWindow); each workspace is its own file.

A workspace is built the first time it is shown (or asked for with ``page()``), not at
start-up: building all seven read every participant twice and imported the reporting stack
(pandas, openpyxl, reportlab) before the first window appeared (bench/RESULTS.md). For the
same reason each view module is imported only when its workspace is built.

The reports stand on the reporting stack (pandas, reportlab, openpyxl), a second of imports;
the Reports page itself needs none of it (its jobs import it in their worker), so it opens at
once. The application has the stack imported in a worker a while after the window is shown
(``warm_up_after_ms``; biotrack.ui.warm_up) so that the first preview does not wait for it;
not when Reports is opened, because a page built while that import runs is several times
slower (issue 8). A window made without ``warm_up_after_ms`` (the tests) imports nothing in
the background.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from biotrack import APP_NAME
from biotrack.services.context import Session
from biotrack.ui.idle_imports import IdleImports
from biotrack.ui.interaction import Interaction
from biotrack.ui.warm_up import warm_up
from biotrack.ui.widgets.splitter_memory import remember_splitters

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
WORKSPACE_KEY = "main_window/workspace"
#: The application's delay between the first show and importing the reporting stack in a
#: worker. Not sooner: while that import runs, a Python thread holds the GIL most of the time
#: and Qt's calls into Python (item models' data()) wait for it, so a workspace opened then
#: builds two to three times slower (Settings 0.17 s -> 0.5-0.7 s; measured with a bare
#: busy thread: 3 s). Two seconds lets the first window and its first workspace settle.
WARM_UP_AFTER_MS = 2000
#: The first page is built after the window's first paint, or after this long at the latest.
FIRST_PAGE_LATEST_MS = 200
#: Imported while the window is idle after its first page (biotrack.ui.idle_imports), in the
#: order people open them; the reporting stack comes in the warm-up worker instead.
IDLE_IMPORTS = (
    "biotrack.ui.views.today_view",
    "biotrack.ui.views.participants_view",
    "biotrack.services.printing",  # half of collection_view's imports: one tick each
    "biotrack.ui.views.collection_view",
    "biotrack.ui.views.tabbed_workspace",
    "biotrack.ui.views.workspace_pages",
    "biotrack.ui.views.freezers_view",
    "biotrack.ui.views.scan_view",
    "biotrack.ui.views.reports_view",  # without the reporting stack (the warm-up's)
    "biotrack.ui.views.settings_view",
    "biotrack.ui.widgets.users_panel",
    "biotrack.ui.widgets.audit_panel",
    "concurrent.futures.thread",  # what the warm-up imports on the GUI thread (ui.warm_up)
)


@dataclass
class Workspace:
    """One entry of the side bar: a stable key, its label, how to build its page, and the
    page once built (until then an empty stand-in holds its place in the stack)."""

    key: str
    label: str
    build: Callable[[], QWidget]
    page: QWidget | None = None


class MainWindow(QMainWindow):
    """Side bar + stacked workspaces + status bar; remembers its geometry in QSettings."""

    def __init__(self, session: Session, db_path: Path, interaction: Interaction,
                 settings: QSettings, parent: QWidget | None = None, *,
                 warm_up_after_ms: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.db_path = db_path
        self.interaction = interaction
        self._settings = settings
        self.setObjectName("main_window")
        self.setWindowTitle(APP_NAME)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(170)
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 7px 10px; }")
        self.stack = QStackedWidget()
        self.stack.setObjectName("workspaces")
        self.workspaces: list[Workspace] = []
        self._warm_up_after_ms = warm_up_after_ms
        self._shown_once = False
        self._assembling = True  # the first page is built after the first show
        for key, label, build in self._workspace_definitions():
            self._add_workspace(key, label, build)
        self.reporting = warm_up()
        self.idle_imports = IdleImports(IDLE_IMPORTS, self)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel()
        self.database_label.setObjectName("database_label")
        self.user_label = QLabel()
        self.user_label.setObjectName("user_label")
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self._show_status()

        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        self._add_shortcuts()
        self._add_help_menu()
        self._restore_settings()
        self._assembling = False

    # -- building ------------------------------------------------------------------------------

    def _workspace_definitions(self) -> list[tuple[str, str, Callable[[], QWidget]]]:
        return [
            ("today", self.tr("Today"), self._today_view),
            ("participants", self.tr("Participants"), self._participants_view),
            ("collections", self.tr("Collections"), self._collection_view),
            ("freezers", self.tr("Freezers"), self._freezers_workspace),
            ("scan", self.tr("Scan"), self._scan_workspace),
            ("reports", self.tr("Reports"), self._reports_view),
            ("settings", self.tr("Settings"), self._settings_view),
        ]

    # Each view is imported when its workspace is first built, not with this module: the
    # first window needs only Today, and importing all seven (with the label and reporting
    # stacks behind them) was most of the start-up (python -X importtime, bench/RESULTS.md).

    def _today_view(self) -> QWidget:
        from biotrack.ui.views.today_view import TodayView

        # The first page, built right after the first paint: its due list is read in a worker.
        view = TodayView(self.session, self.interaction, db_path=self.db_path,
                         settings=self._settings, read_in_background=True)
        view.participant_requested.connect(self._on_today_participant_requested)
        return view

    def _participants_view(self) -> QWidget:
        from biotrack.ui.views.participants_view import ParticipantsView

        return ParticipantsView(self.session, self.interaction, settings=self._settings)

    def _collection_view(self) -> QWidget:
        from biotrack.ui.views.collection_view import CollectionView

        return CollectionView(self.session, self.interaction, self.db_path,
                              settings=self._settings)

    def _freezers_workspace(self) -> QWidget:
        from biotrack.ui.views.tabbed_workspace import TabbedWorkspace
        from biotrack.ui.views.workspace_pages import freezer_pages

        return TabbedWorkspace(freezer_pages(self.session, self.interaction, self._settings),
                               "freezers_workspace", settings=self._settings)

    def _scan_workspace(self) -> QWidget:
        from biotrack.ui.views.tabbed_workspace import TabbedWorkspace
        from biotrack.ui.views.workspace_pages import scan_pages

        return TabbedWorkspace(scan_pages(self.session, self.interaction, self._settings),
                               "scan_workspace", settings=self._settings)

    def _reports_view(self) -> QWidget:
        from biotrack.ui.views.reports_view import ReportsView

        return ReportsView(self.session, self.interaction, self.db_path, self._settings)

    def _settings_view(self) -> QWidget:
        from biotrack.ui.views.settings_view import SettingsView

        return SettingsView(self.session, self.interaction, self.db_path, self._settings)

    def _add_workspace(self, key: str, label: str, build: Callable[[], QWidget]) -> None:
        number = len(self.workspaces) + 1
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setToolTip(self.tr("{label} (Ctrl+{number})").format(label=label, number=number))
        self.sidebar.addItem(item)
        # The stand-in until the page is first built (seen only before the first paint).
        stand_in = QLabel(self.tr("Opening {label}…").format(label=label))
        stand_in.setObjectName(f"{key}_loading")
        stand_in.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(stand_in)
        self.workspaces.append(Workspace(key, label, build))

    def _add_shortcuts(self) -> None:
        for number, workspace in enumerate(self.workspaces, start=1):
            action = QAction(workspace.label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(
                lambda _checked=False, key=workspace.key: self.show_workspace(key))
            self.addAction(action)

    def _add_help_menu(self) -> None:
        """Help > About (F1): version, database file and schema, for a support call."""
        self.about_action = QAction(self.tr("&About BioTrack…"), self)
        self.about_action.setObjectName("about_action")
        self.about_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self.addAction(self.about_action)  # F1 works wherever the focus is in the window
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.about_action)

    def _on_about_action_triggered(self) -> None:
        from biotrack.ui.dialogs.about_dialog import AboutDialog

        AboutDialog.ask(self.session, self.db_path, self.interaction, self)

    def _show_status(self) -> None:
        user = self.session.user
        self.database_label.setText(self.tr("Database: {path}").format(path=self.db_path))
        self.database_label.setToolTip(str(self.db_path))
        name = user.full_name or user.username
        roles = {"nurse": self.tr("nurse"), "technician": self.tr("technician"),
                 "manager": self.tr("manager")}
        self.user_label.setText(self.tr("Signed in: {name} ({role})").format(
            name=name, role=roles.get(user.role, user.role)))

    # -- workspaces ------------------------------------------------------------------------------

    def workspace_keys(self) -> list[str]:
        return [w.key for w in self.workspaces]

    def current_workspace(self) -> str:
        return self.workspaces[self.stack.currentIndex()].key

    def page(self, key: str) -> QWidget:
        """The workspace's page, built now if it was never shown."""
        index = self.workspace_keys().index(key)
        workspace = self.workspaces[index]
        if workspace.page is None:
            workspace.page = workspace.build()
            remember_splitters(workspace.page, self._settings)
            stand_in = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, workspace.page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.setCurrentIndex(current)
        return workspace.page

    def show_workspace(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.workspace_keys().index(key))

    def loading(self, key: str) -> bool:
        """The workspace was opened and waits for the first show (stand-in), or its page is
        built and still waits for its first read in a worker (Today)."""
        index = self.workspace_keys().index(key)
        workspace = self.workspaces[index]
        if workspace.page is None:
            return self.stack.currentIndex() == index
        probe = getattr(workspace.page, "loading", None)
        return bool(probe()) if callable(probe) else False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.stack and event.type() == QEvent.Type.Paint:
            self.stack.removeEventFilter(self)
            QTimer.singleShot(0, self._build_shown_workspace)
        return super().eventFilter(watched, event)

    def _build_shown_workspace(self) -> None:
        """After the first show: build the workspace chosen while the window was built.

        Then the other workspaces' modules are imported while the window is idle (one per
        timer tick), so that opening one later only builds it.
        """
        row = self.stack.currentIndex()
        if row >= 0 and self.workspaces[row].page is None:
            self._on_sidebar_current_row_changed(row)
        self.idle_imports.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            # Build the first page once the window has painted (so that people see it at
            # once), or after FIRST_PAGE_LATEST_MS if no paint comes (a minimised window).
            self._shown_once = True
            self.stack.installEventFilter(self)
            QTimer.singleShot(FIRST_PAGE_LATEST_MS, self._build_shown_workspace)
        if self._warm_up_after_ms is not None:  # the first show: the reporting stack, later
            QTimer.singleShot(self._warm_up_after_ms, self.reporting.start)
            self._warm_up_after_ms = None

    def _on_today_participant_requested(self, code: str) -> None:
        """A double-clicked due visit opens its participant's page."""
        self.show_workspace("participants")
        self.page("participants").show_participant(code)

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        workspace = self.workspaces[row]
        built = workspace.page is not None
        if not built and self._assembling:
            # The window is being put together: show it first, build the page on the next
            # turn of the event loop (showEvent), so neither start-up to the first shown
            # window nor the longest GUI-thread block carries the first page's reads.
            self.stack.setCurrentIndex(row)
            return
        page = self.page(workspace.key)
        self.stack.setCurrentIndex(row)
        refresh = getattr(page, "refresh", None)
        if built and refresh is not None and self.isVisible():
            refresh()  # what another workspace (or the CLI) changed shows up on arrival

    # -- settings --------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 720)
        state = self._settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        key = self._settings.value(WORKSPACE_KEY, "today")
        self.show_workspace(key if key in self.workspace_keys() else "today")

    def save_settings(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.setValue(WORKSPACE_KEY, self.current_workspace())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)
