"""Start-up of the desktop application: wire everything once (STYLE.md practice 10).

``run_gui`` installs the interface language first (biotrack.ui.i18n: BIOTRACK_LANGUAGE, else
the language setting, else the system's), since a widget reads its texts when it is built.
It then picks the database file: ``--db`` or BIOTRACK_DB (as the CLI does), else the file
chosen at the first run (remembered in QSettings), else biotrack.sqlite3 in the user's data
folder. When there is no database there, the first-run chooser (dialogs/first_run_dialog.py)
offers the demo data, a new study database or an existing file, and the file chosen is
remembered so that the next start opens it directly (issue 9, point 4). ``--demo-if-missing``
(or BIOTRACK_DEMO_IF_MISSING=1, which scripts/run sets) skips the question and creates the
demo database, so a fresh clone still opens on something to look at with one command.

On a machine without any font, the window falls back to fonts that ship with the program
(``ensure_a_font``). Then it signs the person in and hands the session to the MainWindow. It
also installs the crash path: a bug is logged with its traceback and shown as one box, while a
BioTrackError is only ever shown as its one-line message.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.resources
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEventLoop, QObject, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QProgressDialog

from biotrack import APP_NAME, __version__
from biotrack import settings as declared
from biotrack.cli import default_db_path
from biotrack.errors import BioTrackError
from biotrack.services import app_context
from biotrack.services.context import Session
from biotrack.ui.i18n import install_translator, translate
from biotrack.ui.idle_imports import check_while_importing
from biotrack.ui.interaction import Interaction
from biotrack.ui.mainwindow import WARM_UP_AFTER_MS, MainWindow
from biotrack.ui.workers import Task, run_while_waiting

ORGANISATION = "BioTrack"
DEMO_USER = "admin"
LAST_USER_KEY = "sign_in/last_user"
#: The database file chosen at the first run; opened at the next start without asking.
DATABASE_KEY = "database/path"
#: "1": create the demo database when there is none, without the first-run question.
DEMO_IF_MISSING_ENV = "BIOTRACK_DEMO_IF_MISSING"


def parse_arguments(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our global options (``--db``, ``--user``, ``--demo-if-missing``); the rest is Qt's.

    ``explicit_db`` says whether the file was named (``--db`` or BIOTRACK_DB): a named file is
    opened as named, while the default gives way to the file remembered from the first run.
    """
    parser = argparse.ArgumentParser(prog="biotrack", add_help=False)
    parser.add_argument("--db", metavar="PATH")
    parser.add_argument("--user")
    parser.add_argument("--demo-if-missing", action="store_true")
    options, rest = parser.parse_known_args(list(argv))
    options.explicit_db = bool(options.db or os.environ.get("BIOTRACK_DB"))
    options.db_path = Path(options.db).expanduser() if options.db else default_db_path()
    options.demo_if_missing = (options.demo_if_missing
                               or os.environ.get(DEMO_IF_MISSING_ENV) == "1")
    return options, rest


def database_to_open(options: argparse.Namespace, settings: QSettings) -> tuple[Path, str]:
    """The file to open and, when the remembered one has gone, a note saying so.

    A named file (``--db``, BIOTRACK_DB) wins; else the one remembered from the first run,
    if it is still there; else the default file in the user's data folder.
    """
    if options.explicit_db:
        return options.db_path, ""
    remembered = settings.value(DATABASE_KEY)
    if isinstance(remembered, str) and remembered:
        path = Path(remembered)
        if database_present(path):
            return path, ""
        return options.db_path, translate(
            "App", "The database opened last time, {path}, is no longer there.").format(
                path=path)
    return options.db_path, ""


def database_present(path: Path) -> bool:
    """A file with content is there (whether it is a BioTrack database, sign-in will say)."""
    return path.is_file() and path.stat().st_size > 0


class CrashHandler:
    """sys.excepthook while the window runs: typed errors as a message, bugs logged + shown."""

    def __init__(self, interaction: Interaction) -> None:
        self._interaction = interaction

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        parent = QApplication.activeWindow()
        if isinstance(exc, BioTrackError):  # a view forgot to catch it: still one message
            self._interaction.report(parent, exc)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        log = app_context.log_crash(exc)
        print(f"biotrack: internal error ({exc_type.__name__}: {exc}); details in {log}",
              file=sys.stderr)
        self._interaction.show_crash(parent, f"{exc_type.__name__}: {exc}", log)


def _make_demo(path: Path) -> None:
    """Runs in a worker thread: its own connection, closed before the GUI thread opens one."""
    session = app_context.create_database(path, DEMO_USER, app_context.DEMO_PASSWORD, demo=True)
    session.db.close()


def _remove_partial(path: Path) -> None:
    """Remove what a failed creation left behind (only files this run created)."""
    for candidate in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm",
                                                                        "-journal"))):
        with contextlib.suppress(OSError):
            candidate.unlink(missing_ok=True)


def create_demo_database(path: Path, interaction: Interaction) -> bool:
    """Create the demo database in a worker while a busy indicator shows; False on failure."""
    dialog = QProgressDialog(
        translate("App", "No database was found, so a demo database is being created:\n"
                         "{path}").format(path=path), "", 0, 0)
    dialog.setWindowTitle(translate("App", "Preparing the demo database"))
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    try:
        run_while_waiting(lambda: _make_demo(path))
    except Exception as error:  # shown below: a refusal as a message, a bug on the crash path
        failure: Exception | None = error
    else:
        failure = None
    dialog.close()
    if failure is None:
        return True
    _remove_partial(path)
    if isinstance(failure, BioTrackError):
        interaction.report(None, failure,
                           translate("App", "Could not create the demo database"))
    else:
        CrashHandler(interaction)(type(failure), failure, failure.__traceback__)
    return False


def sign_in(path: Path, interaction: Interaction, settings: QSettings, *,
            username: str | None = None, demo_created: bool = False) -> Session | None:
    """BIOTRACK_USER + BIOTRACK_PASSWORD sign in directly (tests, screenshots); else ask."""
    env_user = os.environ.get("BIOTRACK_USER")
    env_password = os.environ.get("BIOTRACK_PASSWORD")
    if env_user and env_password is not None:
        try:
            return app_context.sign_in(path, username or env_user, env_password,
                                       run_slow=check_while_importing)
        except BioTrackError as exc:
            interaction.report(None, exc, translate("App", "Sign in failed"))
    remembered = settings.value(LAST_USER_KEY)
    default = (username or env_user or (remembered if isinstance(remembered, str) else "")
               or (DEMO_USER if demo_created else ""))
    note = ""
    if demo_created:
        note = translate("App", "A demo database with synthetic data was created. Demo "
                                "accounts: admin, nurse and tech, each with the password “demo”.")
    from biotrack.ui.dialogs.sign_in import SignInDialog  # not needed when signed in above

    session = SignInDialog.ask(path, interaction, username=default, note=note)
    if session is not None:
        settings.setValue(LAST_USER_KEY, session.user.username)
    return session


class DailyBackup(QObject):
    """The automatic backup at start-up, once a day, in a worker (issue 3, point 3).

    It copies the file with SQLite's online backup API into the configured folder and drops
    copies older than the retention; the status bar says what happened, a failure is shown.
    """

    def __init__(self, window: MainWindow, path: Path, folder: Path, keep_days: int,
                 interaction: Interaction) -> None:
        super().__init__(window)
        self._window = window
        self._interaction = interaction
        self._loop = QEventLoop()
        self._running = True
        from biotrack.services import safety  # after the window is up (start-up time)

        self._task = Task(lambda: safety.auto_backup(path, folder, keep_days))
        self._task.signals.finished.connect(self._on_task_finished)
        self._task.signals.failed.connect(self._on_task_failed)
        self._task.start()

    @Slot(object)
    def _on_task_finished(self, created: object) -> None:
        self._running = False
        self._loop.quit()
        if created is not None:
            self._window.statusBar().showMessage(
                translate("App", "Daily backup written to {path}").format(path=created), 10_000)

    @Slot(object)
    def _on_task_failed(self, error: BaseException) -> None:
        self._running = False
        self._loop.quit()
        self._interaction.report(self._window, error, translate("App", "The daily backup failed"))

    def wait(self) -> None:
        """Let a running backup finish before the program exits."""
        if self._running:
            self._loop.exec()


def start_daily_backup(window: MainWindow, path: Path, settings: QSettings,
                       interaction: Interaction) -> DailyBackup:
    folder = declared.backup_folder(
        settings.value(declared.BACKUP_FOLDER.key, declared.BACKUP_FOLDER.default))
    keep = declared.keep_days(
        settings.value(declared.BACKUP_KEEP_DAYS.key, declared.BACKUP_KEEP_DAYS.default))
    return DailyBackup(window, path, folder, keep, interaction)


#: Bitstream Vera, shipped inside reportlab (a dependency, so in the bundle too): free to
#: redistribute, and enough for the Latin-1 texts of the English and Spanish interface.
FALLBACK_FONTS = ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")


def ensure_a_font(app: QApplication) -> str | None:
    """Give the window a font when the system has none; the family installed, else None.

    A bare Linux machine (a fresh container, a minimal install) can lack every font, and Qt
    then draws each letter as an empty box (STYLE.md: no fonts found at run time). When no
    font resolves, the Vera fonts that come with reportlab are loaded through
    importlib.resources and made the application's font.
    """
    if QFontInfo(app.font()).family():
        return None  # the system gives a font: use it (it matches the desktop)
    folder = importlib.resources.files("reportlab").joinpath("fonts")
    family = None
    for name in FALLBACK_FONTS:
        with importlib.resources.as_file(folder.joinpath(name)) as path:
            font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    if family is not None:
        app.setFont(QFont(family))
    return family


def _application(qt_args: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "biotrack", *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    ensure_a_font(app)
    return app


def _quit_on_signals(app: QApplication) -> QTimer:
    """SIGTERM/SIGINT close the windows (saving their settings) instead of killing mid-write.

    Python runs signal handlers only between bytecodes, so a timer wakes it while Qt waits.
    """
    def handler(_signum: int, _frame: object) -> None:
        # Close from the event loop, not from inside the signal handler: the windows save
        # their settings in closeEvent and the last one closing ends app.exec().
        QTimer.singleShot(0, app.closeAllWindows)

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    timer = QTimer()
    timer.start(250)
    timer.timeout.connect(lambda: None)
    return timer


def run_gui(argv: Sequence[str]) -> int:
    """Open the desktop application; the exit code for ``biotrack`` with no command."""
    options, qt_args = parse_arguments(argv)
    app = _application(qt_args)
    # Before any widget exists (the demo-database progress box and sign-in are widgets too).
    install_translator(app, QSettings().value(declared.LANGUAGE.key, declared.LANGUAGE.default))
    interaction = Interaction()
    previous_hook = sys.excepthook
    sys.excepthook = CrashHandler(interaction)
    try:
        return _run(app, options, interaction)
    finally:
        sys.excepthook = previous_hook


def open_or_create(options: argparse.Namespace, interaction: Interaction,
                   settings: QSettings) -> tuple[Path, str | None, bool] | int:
    """The database to sign in to: (file, user name to suggest, demo just created).

    Else the exit code: 0 when the person quit the first-run chooser, 1 when the demo
    database could not be made (already shown). A choice made in the chooser is remembered,
    unless the file was named on the command line.
    """
    path, note = database_to_open(options, settings)
    username: str | None = options.user
    if database_present(path):
        return path, username, False
    if options.demo_if_missing:
        return (path, username, True) if create_demo_database(path, interaction) else 1
    # Only a first run needs the chooser (and the new-study wizard behind it).
    from biotrack.ui.dialogs.first_run_dialog import DEMO, FirstRunDialog

    choice = FirstRunDialog.ask(path, interaction, note=note)
    if choice is None:
        return 0
    if choice.kind == DEMO and not create_demo_database(choice.path, interaction):
        return 1
    if not options.explicit_db:
        settings.setValue(DATABASE_KEY, str(choice.path))
        settings.sync()
    return choice.path, username or choice.username or None, choice.kind == DEMO


def _run(app: QApplication, options: argparse.Namespace, interaction: Interaction) -> int:
    settings = QSettings()
    opened = open_or_create(options, interaction, settings)
    if isinstance(opened, int):
        return opened
    path, username, created = opened
    session = sign_in(path, interaction, settings, username=username, demo_created=created)
    if session is None:
        return 0  # the person cancelled the sign-in
    try:
        window = MainWindow(session, path, interaction, settings,
                            warm_up_after_ms=WARM_UP_AFTER_MS)
        window.show()
        backup = start_daily_backup(window, path, settings, interaction)
        wake = _quit_on_signals(app)  # the timer must live while the loop runs
        code = app.exec()
        wake.stop()
        backup.wait()
        return code
    finally:
        session.db.close()
