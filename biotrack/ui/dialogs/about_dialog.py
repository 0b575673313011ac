"""The About box: which BioTrack, which database, which schema, which Qt and Python.

A support call or a bug report starts with "which version, which file?" (issue 9, point 4):
this box answers it in one place that can be copied as text. The database facts come from
services.app_context.about (the schema is the latest applied migration, read without writing
the file); the versions from the running program.
"""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from biotrack import APP_NAME, __version__
from biotrack.errors import BioTrackError
from biotrack.services import app_context
from biotrack.services.context import Session
from biotrack.ui.interaction import Interaction


class AboutDialog(QDialog):
    """Version, database path, schema, protocol, Qt/PySide6 and Python; Copy puts it as text
    on the clipboard for an e-mail to support."""

    def __init__(self, session: Session, db_path: Path, interaction: Interaction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        try:
            facts = app_context.about(session, db_path)
            schema, protocol = facts.schema, facts.protocol
        except BioTrackError as exc:  # the file went away: the box still shows the rest
            interaction.report(self, exc, self.tr("About"))
            schema, protocol = "", session.protocol.id
        unknown = self.tr("(unknown)")
        #: (field name, label, value) in the order shown; also what Copy copies.
        self.facts: list[tuple[str, str, str]] = [
            ("version", self.tr("Version:"), __version__),
            ("database", self.tr("Database:"), str(db_path)),
            ("schema", self.tr("Schema version:"), schema or unknown),
            ("protocol", self.tr("Protocol:"), protocol),
            ("qt", self.tr("Qt / PySide6:"), f"{qVersion()} / {PySide6.__version__}"),
            ("python", self.tr("Python:"), f"{platform.python_version()} "
                                             f"({platform.system()} {platform.machine()})"),
        ]
        heading = QLabel(self.tr("<h2>{app} {version}</h2>Sample tracking for a "
                                 "clinical-study biobank.").format(app=APP_NAME,
                                                                   version=__version__))
        heading.setObjectName("heading")
        form = QFormLayout()
        self.value_labels: dict[str, QLabel] = {}
        for name, label, value in self.facts:
            shown = QLabel(value)
            shown.setObjectName(f"about_{name}")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            self.value_labels[name] = shown
            form.addRow(label, shown)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copy_about")
        self.copy_button.setToolTip(self.tr("Copy these details, e.g. for a support request"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def text(self) -> str:
        return "\n".join(f"{label} {value}" for _name, label, value in self.facts)

    def copy_to_clipboard(self) -> None:
        QApplication.clipboard().setText(f"{APP_NAME}\n{self.text()}")

    @classmethod
    def ask(cls, session: Session, db_path: Path, interaction: Interaction,
            parent: QWidget | None = None) -> None:
        """Show the box until it is closed (the one blocking call; tests build the dialog)."""
        cls(session, db_path, interaction, parent).exec()
