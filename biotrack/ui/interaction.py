"""The one place that talks to the person: errors, warnings, confirmations (STYLE.md practice 6).

Views never build a QMessageBox themselves; they ask the Interaction they were given. Tests
hand in a recorder instead (tests/unit/ui/conftest.py), so no modal box ever blocks a test and
every message a test provokes can be asserted on. The crash path for bugs lives here too, so a
bug reaches the person as one box that names the log file, never as a bare traceback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from biotrack.errors import BioTrackError
from biotrack.ui.i18n import error_text, translate


class Interaction:
    """Shows messages with standard message boxes; replace it in tests with a recorder."""

    def show_error(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)

    def show_info(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)

    def confirm(self, parent: QWidget | None, title: str, question: str,
                action: str) -> bool:
        """Ask before something irreversible; ``action`` labels the button that goes ahead."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Cancel, parent)
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def show_crash(self, parent: QWidget | None, summary: str, log: Path) -> None:
        """A bug: one box with a short summary and where the traceback was written."""
        QMessageBox.critical(
            parent, translate("Interaction", "Internal error"),
            translate("Interaction", "BioTrack hit an internal error and the last action may "
                                     "not have finished.\n\n{summary}\n\nDetails were written "
                                     "to {log}").format(summary=summary, log=log),
        )

    # -- helpers every view uses -------------------------------------------------------------

    def report(self, parent: QWidget | None, error: BioTrackError,
               title: str | None = None) -> None:
        """A service refused or failed: show its message as is, in one box (no traceback)."""
        self.show_error(parent, title or translate("Interaction", "BioTrack"), error_text(error))
