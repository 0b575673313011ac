"""The first-run chooser: no database at the chosen path, so ask what to open.

A person who starts the installed program for the first time has no database yet (issue 9,
point 4). Creating the demo data silently would do for a look around but not for a real
study, so this dialog offers the three ways in: the demo data (a synthetic study to try
things on), a new study database (the NewStudyWizard) or a database file that already exists
(e.g. copied from the old PC). app.py remembers the file chosen, so the next start opens it
without asking.

Testable without exec() (STYLE.md practice 7): each button's work is a method, the file
chooser is ``ask_file`` and the wizard is NewStudyWizard.ask, both replaceable in tests; the
blocking call is the ``ask()`` classmethod.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from biotrack import APP_NAME
from biotrack.errors import BioTrackError
from biotrack.services import app_context
from biotrack.ui.dialogs.new_study_wizard import NewStudyWizard
from biotrack.ui.interaction import Interaction

DEMO = "demo"
NEW_STUDY = "new"
EXISTING = "existing"


@dataclass(frozen=True)
class FirstRunChoice:
    """What the person chose: the kind, the database file, the user name to sign in with."""

    kind: str  # DEMO (still to be created at ``path``), NEW_STUDY (created) or EXISTING
    path: Path
    username: str = ""


class FirstRunDialog(QDialog):
    """Three big buttons: demo data, a new study database, an existing file."""

    def __init__(self, path: Path, interaction: Interaction, *, note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._interaction = interaction
        self.result_value: FirstRunChoice | None = None
        self.setObjectName("first_run_dialog")
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        self.setMinimumWidth(520)

        heading = QLabel(self.tr("<b>No database was found</b> at {path}.<br>"
                                 "What would you like to open?").format(path=path))
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        self.demo_button = QCommandLinkButton(
            self.tr("Open demo data"),
            self.tr("A synthetic study to try BioTrack on. Accounts: admin, nurse and tech, "
                    "each with the password “demo”."))
        self.demo_button.setObjectName("open_demo")
        self.new_button = QCommandLinkButton(
            self.tr("Create a new study database…"),
            self.tr("For real work: the study's sites, the first freezer and the first "
                    "manager account."))
        self.new_button.setObjectName("new_study")
        self.open_button = QCommandLinkButton(
            self.tr("Open an existing file…"),
            self.tr("A BioTrack database made before, e.g. copied from another PC."))
        self.open_button.setObjectName("open_existing")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if note:
            note_label = QLabel(note)
            note_label.setObjectName("note")
            note_label.setWordWrap(True)
            layout.addWidget(note_label)
        for button in (self.demo_button, self.new_button, self.open_button):
            layout.addWidget(button)
        layout.addWidget(self.buttons)

        self.demo_button.clicked.connect(self.choose_demo)
        self.new_button.clicked.connect(self.create_new_study)
        self.open_button.clicked.connect(self.open_existing)

    def choose_demo(self) -> None:
        """The demo database, created by app.py at the chosen path (in a worker)."""
        self.result_value = FirstRunChoice(DEMO, self._path, "admin")
        self.accept()

    def create_new_study(self) -> bool:
        """The new-study wizard; the dialog closes once the database exists."""
        created = NewStudyWizard.ask(self._path, self._interaction, self)
        if created is None:
            return False
        path, username = created
        self.result_value = FirstRunChoice(NEW_STUDY, path, username)
        self.accept()
        return True

    def ask_file(self) -> Path | None:
        """The open-file chooser; None when cancelled. Tests replace this method."""
        start = self._path.parent if self._path.parent.is_dir() else Path.home()
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a BioTrack database"), str(start),
            self.tr("BioTrack databases (*.sqlite3 *.db);;All files (*)"))
        return Path(name) if name else None

    def open_existing(self) -> bool:
        """A chosen file that is a BioTrack database; any other file is refused, untouched."""
        chosen = self.ask_file()
        if chosen is None:
            return False
        try:
            app_context.check_existing(chosen)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Cannot open this file"))
            return False
        self.result_value = FirstRunChoice(EXISTING, chosen)
        self.accept()
        return True

    @classmethod
    def ask(cls, path: Path, interaction: Interaction, *,
            note: str = "") -> FirstRunChoice | None:
        """Show the chooser; the choice, or None when the person quits."""
        dialog = cls(path, interaction, note=note)
        dialog.exec()
        return dialog.result_value
