"""Saving a print job's labels as a PDF or ZPL file, off the GUI thread (SPEC.md section 4.4).

The panel is handed a *job* (e.g. "the labels of collection 12") and lets the person choose a
label template and a format, then asks where to save. The printing service does three things in
one call: it reads the tubes, renders the labels (the slow part), and logs the print in one
transaction that also writes the file, so that a file that could not be written is not logged
as printed. That call therefore runs whole in a worker (biotrack.ui.workers.Task) on **its own
database connection**, opened and closed in the worker thread from the database file: an sqlite
connection belongs to the thread that made it, so the GUI's Session is never handed to it. Only
immutable data (protocol, signed-in user, clock) crosses the thread boundary.

Straight to a printer: the Settings page stores the label printer (biotrack.settings
LABEL_PRINTER: ``pdf``, a print queue name, or ``zebra:HOST:PORT``, read by
services.admin.parse_printer) and the default template (LABEL_TEMPLATE) in QSettings. When a
Zebra or a print queue is set, "Print" sends the labels as ZPL: raw TCP to the Zebra (port 9100)
or raw through the system's print queue (CUPS ``lp``); a PDF-only template (an A4 sheet) goes
as a PDF to a print queue, through its filters. Both use the same printing-service call, which
delivers inside the transaction that logs the print, so an unreachable printer leaves the print
log as it was and is said in one message. Saving a PDF or ZPL file stays offered either way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from biotrack import settings as declared
from biotrack.errors import BioTrackError
from biotrack.labels.templates import load_template, template_names
from biotrack.services import admin, app_context, printing
from biotrack.services.context import Session
from biotrack.services.printing import PrintOptions, PrintResult
from biotrack.ui.interaction import Interaction
from biotrack.ui.value_labels import template_description
from biotrack.ui.workers import Task

#: What to print: a printing-service call given a session and the chosen options.
PrintJob = Callable[[Session, PrintOptions], PrintResult]


@dataclass(frozen=True)
class LabelSource:
    """What the panel prints: a description for the person, the job, and a file name stem."""

    description: str
    job: PrintJob
    file_stem: str


def run_print_job(db_path: Path, session: Session, job: PrintJob,
                  options: PrintOptions) -> PrintResult:
    """Runs in the worker thread: the job on a connection of its own, closed afterwards.

    ``session`` gives only its protocol, user and clock; its connection is not touched here.
    """
    db = app_context.open_existing(db_path)
    try:
        return job(Session(db, session.protocol, session.user, session.clock), options)
    finally:
        db.close()


class LabelPrintPanel(QGroupBox):
    """Template and format choice, a "Save labels…" button and a busy bar while it works."""

    #: The file the labels were saved to (emitted on the GUI thread once the job finished).
    labels_saved = Signal(str)
    #: The printer the labels were sent to (``HOST:PORT`` or ``queue:NAME``).
    labels_printed = Signal(str)

    def __init__(self, session: Session, db_path: Path, interaction: Interaction,
                 parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(self.tr("Labels"), parent)
        self._session = session
        self._db_path = db_path
        self._interaction = interaction
        self._source: LabelSource | None = None
        self._task: Task | None = None
        self._settings = settings if settings is not None else QSettings()
        self._printer = admin.PrinterChoice(admin.PDF)
        self._sending = False  # the running job goes to a printer (not to a file)
        self.setObjectName("label_print_panel")

        self.source_label = QLabel(self.tr("Register a collection to print its labels."))
        self.source_label.setObjectName("label_source")
        self.source_label.setWordWrap(True)
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("label_template")
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_combo.setMinimumContentsLength(12)
        try:
            for name in template_names():
                template = load_template(name)
                self.template_combo.addItem(name, name)
                self.template_combo.setItemData(self.template_combo.count() - 1,
                                                template_description(template.description),
                                                Qt.ItemDataRole.ToolTipRole)
        except BioTrackError as exc:  # a malformed template file: say which, keep the rest
            interaction.report(self, exc, self.tr("Label templates"))
        preferred = str(self._settings.value(declared.LABEL_TEMPLATE.key,
                                             declared.LABEL_TEMPLATE.default) or "")
        default = self.template_combo.findData(preferred)
        if default < 0:
            default = self.template_combo.findData(printing.DEFAULT_TEMPLATE)
        self.template_combo.setCurrentIndex(max(default, 0))
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("label_format")
        self.save_button = QPushButton(self.tr("&Save labels…"))
        self.save_button.setObjectName("save_labels")
        self.save_button.setToolTip(self.tr("Save the labels as a PDF (label stock or A4 "
                                            "sheet) or as ZPL for a Zebra printer"))
        self.printer_label = QLabel()
        self.printer_label.setObjectName("label_printer")
        # Wraps: unwrapped, the longer Spanish sentence set the panel's minimum width and
        # squeezed Register collection's form column at the default window size.
        self.printer_label.setWordWrap(True)
        self.printer_label.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Preferred)
        self.print_button = QPushButton(self.tr("&Print labels"))
        self.print_button.setObjectName("print_labels")
        self.progress = QProgressBar()
        self.progress.setObjectName("label_progress")
        self.progress.setRange(0, 0)  # the service reports no steps: a busy indicator
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()

        form = QFormLayout()
        # The combos keep their size; the printer line (Expanding) takes the row and wraps.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        template_label = QLabel(self.tr("&Template:"))
        template_label.setBuddy(self.template_combo)
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format_combo)
        form.addRow(template_label, self.template_combo)
        form.addRow(format_label, self.format_combo)
        form.addRow(self.tr("Printer:"), self.printer_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

        self.template_combo.currentIndexChanged.connect(self._on_template_combo_changed)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self._on_template_combo_changed(self.template_combo.currentIndex())
        self.reload_settings()

    # -- what to print ---------------------------------------------------------------------------

    def set_source(self, source: LabelSource | None) -> None:
        self._source = source
        self.source_label.setText(source.description if source else
                                  self.tr("Register a collection to print its labels."))
        self._update_enabled()

    def source(self) -> LabelSource | None:
        return self._source

    def busy(self) -> bool:
        return self._task is not None

    # -- the printer of the Settings page ----------------------------------------------------------

    def reload_settings(self) -> None:
        """Read the label printer again (the Settings page may have changed it)."""
        self._printer = admin.parse_printer(self._settings.value(
            declared.LABEL_PRINTER.key, declared.LABEL_PRINTER.default))
        self.print_button.setVisible(self.printer() is not None)
        if self._printer.kind == admin.ZEBRA:
            text = self.tr("Zebra printer {address}").format(address=self._printer.detail)
        elif self._printer.kind == admin.QUEUE:
            text = self.tr("print queue {name}").format(name=self._printer.detail)
        else:
            text = self.tr("none: labels are saved as files (set a printer in Settings)")
        self.printer_label.setText(text)
        self._update_enabled()

    def printer(self) -> str | None:
        """Where "Print" sends the labels, as the printing service takes it (``HOST:PORT`` or
        ``queue:NAME``); None when the Settings say PDF files."""
        if self._printer.kind == admin.ZEBRA and self._printer.detail:
            return self._printer.detail
        if self._printer.kind == admin.QUEUE and self._printer.detail:
            return f"queue:{self._printer.detail}"
        return None

    def showEvent(self, event: QShowEvent) -> None:
        self.reload_settings()
        super().showEvent(event)

    def _zpl_template(self) -> bool:
        return self.format_combo.findData("zpl") >= 0

    def print_format(self) -> str | None:
        """What Print sends: ZPL when the template has it, else a PDF to a print queue (an
        office printer with label sheets); None when the printer cannot take this template."""
        printer = self.printer()
        if printer is None:
            return None
        if self._zpl_template():
            return "zpl"
        return "pdf" if printer.startswith("queue:") else None

    def _update_enabled(self) -> None:
        ready = self._source is not None and self._task is None
        self.save_button.setEnabled(ready and self.format_combo.count() > 0)
        fmt = self.print_format()
        self.print_button.setEnabled(ready and fmt is not None)
        if self.printer() is not None and fmt is None:
            self.print_button.setToolTip(self.tr(
                "This template prints only as PDF: save it and print it from a PDF viewer"))
        elif fmt == "pdf":
            self.print_button.setToolTip(self.tr("Send the labels as PDF to {printer}").format(
                printer=self.printer_label.text()))
        else:
            self.print_button.setToolTip(self.tr("Send the labels as ZPL to {printer}").format(
                printer=self.printer_label.text()))
        self.template_combo.setEnabled(self._task is None)
        self.format_combo.setEnabled(self._task is None)

    def _on_template_combo_changed(self, _index: int) -> None:
        """Offer only the formats the template prints (an A4 sheet is PDF only)."""
        previous = self.format_combo.currentData()
        self.format_combo.clear()
        name = self.template_combo.currentData()
        if name is None:
            return
        try:
            formats = load_template(name).formats
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Label templates"))
            formats = ()
        names = {"pdf": self.tr("PDF"), "zpl": self.tr("ZPL (Zebra printer)")}
        for fmt in formats:
            self.format_combo.addItem(names.get(fmt, fmt), fmt)
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(previous), 0))
        self._update_enabled()

    # -- saving ----------------------------------------------------------------------------------

    def ask_output_file(self, suggested: Path, fmt: str) -> Path | None:
        """Where to save; None when the person cancels. Tests replace this method."""
        filters = {"pdf": self.tr("PDF files (*.pdf)"), "zpl": self.tr("ZPL files (*.zpl)")}
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save labels"), str(suggested), filters.get(fmt, ""))
        return Path(path) if path else None

    def _on_save_button_clicked(self) -> None:
        self.save()

    def save(self) -> bool:
        """Ask for a file and start the job in a worker; False if nothing was started."""
        source, fmt = self._source, self.format_combo.currentData()
        if source is None or self._task is not None or fmt is None:
            return False
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        path = self.ask_output_file(folder / f"{source.file_stem}.{fmt}", fmt)
        if path is None:
            return False
        if not path.suffix:
            path = path.with_suffix(f".{fmt}")
        options = PrintOptions(template=self.template_combo.currentData(), format=fmt,
                               output=path)
        self._start(source, options)
        return True

    def _on_print_button_clicked(self) -> None:
        self.print_labels()

    def print_labels(self) -> bool:
        """Send the labels to the printer of the Settings (ZPL, or a PDF sheet to a print
        queue), in a worker; False if nothing was started (no labels, no printer, a PDF-only
        template for a Zebra, busy)."""
        source, printer, fmt = self._source, self.printer(), self.print_format()
        if source is None or printer is None or fmt is None or self._task is not None:
            return False
        options = PrintOptions(template=self.template_combo.currentData(), format=fmt,
                               printer=printer)
        self._start(source, options)
        return True

    def _start(self, source: LabelSource, options: PrintOptions) -> None:
        session, db_path, job = self._session, self._db_path, source.job
        task = Task(lambda: run_print_job(db_path, session, job, options))
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        self._task = task
        self._sending = options.printer is not None
        self.progress.show()
        self._update_enabled()
        task.start()

    def _done(self) -> None:
        self._task = None
        self.progress.hide()
        self._update_enabled()

    def _on_task_finished(self, result: PrintResult) -> None:
        self._done()
        count = len(result.barcodes)
        if result.printer is not None:
            where = self.printer_label.text()
            text = (self.tr("1 label sent to {printer}") if count == 1 else
                    self.tr("{count} labels sent to {printer}")).format(count=count,
                                                                         printer=where)
        else:
            text = (self.tr("1 label saved to {path}") if count == 1 else
                    self.tr("{count} labels saved to {path}")).format(count=count,
                                                                       path=result.path)
        text += "\n" + self.tr("Template {template}, {format}, {dpi} dpi.").format(
            template=result.template, format=result.format.upper(), dpi=result.dpi)
        if result.reprint:
            text += "\n" + self.tr("Logged as a reprint: these labels were printed before.")
        self._interaction.show_info(self, self.tr("Labels"), text)
        if result.printer is not None:
            self.labels_printed.emit(result.printer)
        else:
            self.labels_saved.emit(str(result.path))

    def _on_task_failed(self, error: BaseException) -> None:
        self._done()
        if isinstance(error, BioTrackError):
            self._interaction.report(self, error, self.tr("Labels not printed") if self._sending
                                     else self.tr("Labels not saved"))
            return
        raise error  # a bug: the application's crash handler logs and shows it
