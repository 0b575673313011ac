"""Pre-printing the labels of a planned visit, before the draw (SPEC.md sections 1 and 4.1).

Nurses label the tubes before the blood is drawn. services.printing.print_visit reserves the
visit's barcodes on the first print (a second print is a reprint of the same barcodes), renders
the labels and logs the print in one transaction. The dialog only wraps the existing label
panel (ui.widgets.label_print_panel), which runs that call in a worker on its own database
connection and saves the PDF or ZPL; it closes itself once the labels are saved and cannot be
closed while the worker runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from biotrack.services import printing
from biotrack.services.context import Session
from biotrack.services.printing import PrintOptions, PrintResult
from biotrack.ui.i18n import translate
from biotrack.ui.interaction import Interaction
from biotrack.ui.widgets.label_print_panel import LabelPrintPanel, LabelSource


def visit_label_source(code: str, visit: str, tubes: str = "") -> LabelSource:
    """The label panel's job for one planned visit's pre-printed labels."""
    def job(session: Session, options: PrintOptions) -> PrintResult:
        return printing.print_visit(session, code, visit, options)

    description = translate("VisitLabelsDialog", "Pre-printed labels of {code} {visit}").format(
        code=code, visit=visit)
    if tubes:
        description += "\n" + translate("VisitLabelsDialog", "Tubes to draw: {tubes}").format(
            tubes=tubes)
    return LabelSource(description=description, job=job, file_stem=f"labels-{code}-{visit}")


class VisitLabelsDialog(QDialog):
    """The label panel for one visit, and a Close button; closes after a successful save."""

    def __init__(self, session: Session, db_path: Path, interaction: Interaction,
                 source: LabelSource, parent: QWidget | None = None, *,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visit_labels_dialog")
        self.setWindowTitle(self.tr("Print labels"))
        self.setMinimumWidth(420)
        self.saved_path: str | None = None
        note = QLabel(self.tr("The first print reserves the barcodes of this visit; the "
                              "collection registered for it later takes exactly these barcodes. "
                              "Printing again reprints the same labels."))
        note.setWordWrap(True)
        self.panel = LabelPrintPanel(session, db_path, interaction, settings=settings)
        self.panel.set_source(source)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.panel.labels_saved.connect(self._on_panel_labels_saved)
        self.panel.save_button.setDefault(True)

    def _on_panel_labels_saved(self, path: str) -> None:
        self.saved_path = path
        self.accept()

    def reject(self) -> None:
        if self.panel.busy():  # the worker is writing the file: let it finish
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.panel.busy():
            event.ignore()
            return
        super().closeEvent(event)

    @classmethod
    def ask(cls, session: Session, db_path: Path, interaction: Interaction,
            source: LabelSource, parent: QWidget | None = None, *,
            settings: QSettings | None = None) -> str | None:
        """The blocking path: the file the labels were saved to, or None."""
        dialog = cls(session, db_path, interaction, source, parent, settings=settings)
        try:
            dialog.exec()
            return dialog.saved_path
        finally:
            dialog.deleteLater()
