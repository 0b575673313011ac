"""Reports: pick a report and its parameters, preview its summary, save it as PDF, XLSX or CSV.

Issue 6, point 4. The three reports are services.reporting's: the monthly freezer inventory
and completeness & deviations are the manager's, the nurse's draw list is everyone's. The
view decides nothing about who may make what: it greys out what the person's role does not
allow (with a tooltip saying why) and otherwise passes every refusal of the service on as one
message.

Previews and files are made in a worker (biotrack.ui.workers.Task) on a connection of its own
(biotrack.ui.widgets.background): the inventory is rebuilt from the whole movement history and
an XLSX of every aliquot takes a while. The service's ``progress(done, total)`` callback is
called in the worker thread, so it only emits a signal; the progress bar moves on the GUI
thread. The preview shows the report's own summary DataFrame, so what is on screen is what the
file's Summary sheet holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biotrack import settings as declared
from biotrack.errors import BioTrackError
from biotrack.services import due, overview, permissions, report_files
from biotrack.services.context import Session
from biotrack.ui.i18n import current_language, date_pattern, format_date, month_pattern
from biotrack.ui.interaction import Interaction
from biotrack.ui.models import DueVisitModel
from biotrack.ui.value_labels import due_visits_on_screen, protocol_text, sample_type_label
from biotrack.ui.widgets.background import ProgressRelay, run_on_own_connection
from biotrack.ui.widgets.dataframe_model import DataFrameModel
from biotrack.ui.workers import Task

if TYPE_CHECKING:  # the reporting stack is imported by the jobs, in their worker
    import pandas as pd

INVENTORY, COMPLETENESS, DRAW_LIST = "inventory", "completeness", "draw_list"
REPORTS = (INVENTORY, COMPLETENESS, DRAW_LIST)
FORMATS = {INVENTORY: report_files.INVENTORY_FORMATS,
           COMPLETENESS: report_files.COMPLETENESS_FORMATS,
           DRAW_LIST: ("pdf",)}
#: The reports that need the "reports" permission (services.reporting checks it again).
MANAGER_REPORTS = (INVENTORY, COMPLETENESS)
PREVIEW, SAVE = "preview", "save"
NOTE_STYLE = "color: #555;"
DRAW_LIST_DAYS = 6  # the default range: today and the next six days


def previous_month(today: date) -> QDate:
    """The first day of the month before ``today``'s (the default report month)."""
    first = today.replace(day=1)
    last_month = first - timedelta(days=1)
    return QDate(last_month.year, last_month.month, 1)


def month_text(value: QDate) -> str:
    return f"{value.year():04d}-{value.month():02d}"


def month_on_screen(label: str) -> str:
    """A report month "2026-10" as the screen writes months (10/2026 in Spanish)."""
    year, _, month = label.partition("-")
    if not (year.isdigit() and month.isdigit()):
        return label
    return QDate(int(year), int(month), 1).toString(month_pattern())


def _number(value: object) -> str:
    """A total as the screen writes numbers: 11.8 in English, 11,8 in Spanish."""
    text = str(value)
    return text if current_language() == "en" else text.replace(".", QLocale().decimalPoint())


def _py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


@dataclass
class Preview:
    """What a preview worker returns: a summary table (or the due visits) and headline data."""

    report: str
    frame: pd.DataFrame | None = None
    visits: list[Any] = field(default_factory=list)
    totals: dict[str, Any] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)


# -- the jobs (run in the worker thread, on the worker's own session) ----------------------------


def _inventory_preview(month: str, progress: Callable[[int, int], None]
                       ) -> Callable[[Session], Preview]:
    def job(session: Session) -> Preview:
        from biotrack.services import reporting  # pandas: in the worker, not on the screen

        report = reporting.inventory_tables(session, month, with_aliquots=False,
                                            progress=progress)
        return Preview(INVENTORY, frame=report.summary, totals=report.totals(), details={
            "month": report.month.label, "month_ended": report.month_ended})
    return job


def _completeness_preview(site: str | None, cohort: str | None,
                          progress: Callable[[int, int], None]) -> Callable[[Session], Preview]:
    def job(session: Session) -> Preview:
        from biotrack.services import reporting  # pandas: in the worker, not on the screen

        report = reporting.completeness_tables(session, site=site, cohort=cohort,
                                               progress=progress)
        return Preview(COMPLETENESS, frame=report.summary, totals=report.totals(), details={
            "as_of": report.as_of, "site": report.site, "cohort": report.cohort})
    return job


def _draw_list_preview(start: date, end: date, site: str | None
                       ) -> Callable[[Session], Preview]:
    def job(session: Session) -> Preview:
        visits = due.due(session, start, end, site)
        return Preview(DRAW_LIST, visits=list(visits), details={
            "from": start, "to": end, "site": site})
    return job


def _save_job(key: str, fmt: str, target: Path, *, month: str, site: str | None,
              cohort: str | None, start: date, end: date,
              progress: Callable[[int, int], None]) -> Callable[[Session], Any]:
    """The service call that writes the chosen report (its parameters fixed now).

    A PDF is written in the screen's language: the worker looks its texts up through
    QCoreApplication.translate, which is thread-safe (XLSX and CSV keep English columns)."""
    translate = QCoreApplication.translate

    def inventory(session: Session) -> report_files.ReportFile:
        from biotrack.services import reporting  # the reporting stack: in the worker

        return reporting.inventory_report(session, month, fmt, target, progress=progress,
                                          translate=translate)

    def completeness(session: Session) -> report_files.ReportFile:
        from biotrack.services import reporting

        return reporting.completeness_report(session, fmt, target, site=site, cohort=cohort,
                                             progress=progress, translate=translate)

    def draw_list(session: Session) -> report_files.ReportFile:
        from biotrack.services import reporting

        return reporting.draw_list_report(session, start, end, target, site=site,
                                          translate=translate)

    return {INVENTORY: inventory, COMPLETENESS: completeness, DRAW_LIST: draw_list}[key]


class ReportsView(QWidget):
    """Report choice, parameters, Preview and Save as…, a progress bar, the preview table."""

    #: A preview is shown (the report's key).
    preview_shown = Signal(str)
    #: A report file was written (its path).
    report_saved = Signal(str)

    def __init__(self, session: Session, interaction: Interaction, db_path: Path,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self._db_path = db_path
        self._task: Task | None = None
        self._finished_task: Task | None = None
        self._relay: ProgressRelay | None = None
        self._job = ""
        self.last_result: report_files.ReportFile | None = None
        self.setObjectName("reports_view")
        may_report = permissions.allowed(session.user, "reports")

        title = QLabel(self.tr("<h2>Reports</h2>"))

        # -- which report ------------------------------------------------------------------------
        names = {INVENTORY: self.tr("&Monthly freezer inventory"),
                 COMPLETENESS: self.tr("&Completeness && deviations"),
                 DRAW_LIST: self.tr("&Nurse's draw list")}
        self.descriptions = {
            INVENTORY: self.tr("What is in the freezers at the end of a month, what came in "
                               "and went out, and the discrepancies; rebuilt from the history, "
                               "so a past month always reads the same."),
            COMPLETENESS: self.tr("Expected against collected aliquots per participant and "
                                  "visit, missed and out-of-window visits, pre-analytical "
                                  "deviations; totals per site and cohort, as of today."),
            DRAW_LIST: self.tr("The visits due in a date range, one line each with the tubes "
                               "to draw and a tick box, to print before a clinic."),
        }
        self.report_buttons: dict[str, QRadioButton] = {}
        self.report_group = QButtonGroup(self)
        report_box = QGroupBox(self.tr("Report"))
        report_layout = QVBoxLayout(report_box)
        for number, key in enumerate(REPORTS):
            button = QRadioButton(names[key])
            button.setObjectName(f"report_{key}")
            button.setToolTip(self.descriptions[key])
            if key in MANAGER_REPORTS and not may_report:
                button.setEnabled(False)
                button.setToolTip(self.tr(
                    "Managers make this report; as {role} you can make the draw list.").format(
                        role=session.user.role))
            self.report_group.addButton(button, number)
            self.report_buttons[key] = button
            report_layout.addWidget(button)
        self.description_label = QLabel()
        self.description_label.setObjectName("report_description")
        self.description_label.setWordWrap(True)
        self.description_label.setStyleSheet(NOTE_STYLE)
        report_layout.addWidget(self.description_label)
        report_layout.addStretch(1)

        # -- parameters --------------------------------------------------------------------------
        today = session.today_local()
        this_month = session.now().astimezone(UTC).date().replace(day=1)
        self.month_edit = QDateEdit()
        self.month_edit.setObjectName("month")
        self.month_edit.setDisplayFormat(month_pattern())
        self.month_edit.setDateRange(QDate(2000, 1, 1),
                                     QDate(this_month.year, this_month.month, 1))
        self.month_edit.setDate(previous_month(session.now().astimezone(UTC).date()))
        self.month_edit.setToolTip(self.tr(
            "The month to report, as of its end (this month: as of now)"))
        self.site_combo = QComboBox()
        self.site_combo.setObjectName("site")
        self.site_combo.addItem(self.tr("All sites"), None)
        self.cohort_combo = QComboBox()
        self.cohort_combo.setObjectName("cohort")
        self.cohort_combo.addItem(self.tr("All cohorts"), None)
        for code, cohort in session.protocol.cohorts.items():
            self.cohort_combo.addItem(
                f"{code} — {protocol_text(session.protocol, cohort.name)}", code)
        try:
            for code in overview.site_codes(session):
                self.site_combo.addItem(code, code)
        except BioTrackError as exc:
            interaction.report(self, exc, self.tr("Reports"))
        if settings is not None:  # the site of this PC (Settings > Preferences) comes first
            site = settings.value(declared.SITE.key, declared.SITE.default)
            index = self.site_combo.findData(str(site)) if site else -1
            if index > 0:
                self.site_combo.setCurrentIndex(index)
        self.from_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.from_edit.setObjectName("from_date")
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setDisplayFormat(date_pattern())
        until = today + timedelta(days=DRAW_LIST_DAYS)
        self.to_edit = QDateEdit(QDate(until.year, until.month, until.day))
        self.to_edit.setObjectName("to_date")
        self.to_edit.setCalendarPopup(True)
        self.to_edit.setDisplayFormat(date_pattern())

        parameters_box = QGroupBox(self.tr("Parameters"))
        self.parameters = QFormLayout()
        self.parameters.addRow(self.tr("M&onth:"), self.month_edit)
        self.parameters.addRow(self.tr("&Site:"), self.site_combo)
        self.parameters.addRow(self.tr("Co&hort:"), self.cohort_combo)
        self.parameters.addRow(self.tr("&From:"), self.from_edit)
        self.parameters.addRow(self.tr("&To:"), self.to_edit)

        # -- format and actions ------------------------------------------------------------------
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("format")
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setObjectName("preview")
        self.preview_button.setToolTip(self.tr("Show the report's summary here"))
        self.save_button = QPushButton(self.tr("Save &as…"))
        self.save_button.setObjectName("save_report")
        self.progress = QProgressBar()
        self.progress.setObjectName("report_progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("report_status")
        self.status_label.setWordWrap(True)
        self.parameters.addRow(self.tr("Fo&rmat:"), self.format_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        parameters_layout = QVBoxLayout()
        parameters_layout.addLayout(self.parameters)
        parameters_layout.addLayout(buttons)
        parameters_layout.addWidget(self.progress)
        parameters_layout.addWidget(self.status_label)
        parameters_layout.addStretch(1)
        parameters_box.setLayout(parameters_layout)

        top = QHBoxLayout()
        top.addWidget(report_box, 1)
        top.addWidget(parameters_box, 1)

        # -- the preview -------------------------------------------------------------------------
        self.caption_label = QLabel(self.tr("Preview shows the report's summary here."))
        self.caption_label.setObjectName("preview_caption")
        self.caption_label.setWordWrap(True)
        self.frame_model = DataFrameModel(parent=self)
        self.visit_model = DueVisitModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("preview_table")
        self.table.setModel(self.frame_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)  # compact rows: more of the list shows
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)  # numbers stay next to their labels

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.table, 1)

        self.report_group.idToggled.connect(self._on_report_group_id_toggled)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.report_buttons[INVENTORY if may_report else DRAW_LIST].setChecked(True)
        self._on_report_changed()

    # -- choice and parameters -------------------------------------------------------------------

    def current_report(self) -> str:
        return REPORTS[max(self.report_group.checkedId(), 0)]

    def choose_report(self, key: str) -> None:
        """Select a report as a click would (a disabled choice stays unselectable)."""
        self.report_buttons[key].click()

    def _on_report_group_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._on_report_changed()

    def _on_report_changed(self) -> None:
        key = self.current_report()
        self.description_label.setText(self.descriptions[key])
        visible = {self.month_edit: key == INVENTORY,
                   self.site_combo: key in (COMPLETENESS, DRAW_LIST),
                   self.cohort_combo: key == COMPLETENESS,
                   self.from_edit: key == DRAW_LIST, self.to_edit: key == DRAW_LIST}
        for widget, shown in visible.items():
            self.parameters.setRowVisible(widget, shown)
        previous = self.format_combo.currentData()
        self.format_combo.clear()
        names = {"pdf": self.tr("PDF"), "xlsx": self.tr("Excel workbook (XLSX)"),
                 "csv": self.tr("CSV (the aliquots)")}
        for fmt in FORMATS[key]:
            self.format_combo.addItem(names[fmt], fmt)
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(previous), 0))
        self.progress.hide()  # the last run was another report's
        self.status_label.setText("")
        self.clear_preview()

    def month(self) -> str:
        return month_text(self.month_edit.date())

    def set_month(self, month: str) -> None:
        year, number = (int(part) for part in month.split("-"))
        self.month_edit.setDate(QDate(year, number, 1))

    def date_range(self) -> tuple[date, date]:
        return _py_date(self.from_edit.date()), _py_date(self.to_edit.date())

    def set_date_range(self, start: date, end: date) -> None:
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))

    def _site(self) -> str | None:
        data = self.site_combo.currentData()
        return str(data) if data else None

    def _cohort(self) -> str | None:
        data = self.cohort_combo.currentData()
        return str(data) if data else None

    # -- preview ---------------------------------------------------------------------------------

    def clear_preview(self) -> None:
        self.frame_model.set_frame(None)
        self.visit_model.set_rows([])
        self.table.setModel(self.frame_model)
        self.caption_label.setText(self.tr("Preview shows the report's summary here."))

    def busy(self) -> bool:
        return self._task is not None

    def _on_preview_button_clicked(self) -> None:
        self.preview()

    def preview(self) -> bool:
        """Build the chosen report's summary in a worker; False if nothing was started."""
        if self._task is not None:
            return False
        key = self.current_report()
        relay = ProgressRelay(self)
        job: Callable[[Session], Any]
        if key == INVENTORY:
            job = _inventory_preview(self.month(), relay.report)
        elif key == COMPLETENESS:
            job = _completeness_preview(self._site(), self._cohort(), relay.report)
        else:
            start, end = self.date_range()
            job = _draw_list_preview(start, end, self._site())
        self._start(PREVIEW, job, relay, self.tr("Building the preview…"),
                    steps=key != DRAW_LIST)
        return True

    def _show_preview(self, preview: Preview) -> None:
        if preview.report == DRAW_LIST:
            self.visit_model.set_rows(due_visits_on_screen(self._session.protocol,
                                                           preview.visits))
            self.table.setModel(self.visit_model)
        else:
            self.frame_model.set_frame(self._frame_on_screen(preview.frame))
            self.table.setModel(self.frame_model)
        self.table.resizeColumnsToContents()
        self.caption_label.setText(self._caption(preview))
        self.preview_shown.emit(preview.report)

    def _frame_on_screen(self, frame: pd.DataFrame | None) -> pd.DataFrame | None:
        """The summary as the screen shows it: sample types by their names in the interface
        language ("serum" -> "Suero"); the saved file keeps the ids."""
        if frame is None:
            return None
        if "sample_type" not in frame.columns:
            return frame
        shown = frame.copy()
        protocol = self._session.protocol
        shown["sample_type"] = [
            sample_type_label(protocol, value) if isinstance(value, str) and value else value
            for value in shown["sample_type"]]
        return shown

    def _caption(self, preview: Preview) -> str:
        t, d = preview.totals, preview.details
        if preview.report == INVENTORY:
            when = (self.tr("at the end of {month}") if d["month_ended"]
                    else self.tr("in {month}, as of now")).format(month=month_on_screen(d["month"]))
            return self.tr(
                "<b>Freezer inventory {when}</b>: {in_storage} in storage, {checked_out} "
                "checked out, {unplaced} unplaced · {boxes} boxes, {occupancy} % occupied · "
                "{movements} movements in the month · {discrepancies} discrepancies").format(
                when=when, in_storage=t["in_storage"], checked_out=t["checked_out"],
                unplaced=t["unplaced"], boxes=t["boxes"], occupancy=_number(t["occupancy_pct"]),
                movements=t["movements"], discrepancies=t["discrepancies"])
        if preview.report == COMPLETENESS:
            scope = ", ".join([
                self.tr("site {site}").format(site=d["site"]) if d["site"]
                else self.tr("all sites"),
                self.tr("cohort {cohort}").format(cohort=d["cohort"]) if d["cohort"]
                else self.tr("all cohorts")])
            return self.tr(
                "<b>Completeness as of {as_of}</b> ({scope}): {participants} participants, "
                "{due} visits due, {collected} collected, {missed} missed, {out} out of "
                "window · {pct} % of the expected aliquots collected · {deviations} "
                "collections with deviations").format(
                as_of=format_date(d["as_of"]), scope=scope, participants=t["participants"],
                due=t["visits_due"], collected=t["collected"], missed=t["missed"],
                out=t["out_of_window"], pct=_number(t["completeness_pct"]),
                deviations=t["collections_with_deviations"])
        overdue = sum(1 for v in preview.visits if v.overdue)
        site = d["site"] or self.tr("all sites")
        return self.tr("<b>Draw list {start} to {end}</b> ({site}): {count} visits, "
                       "{overdue} overdue").format(start=format_date(d["from"]),
                                                   end=format_date(d["to"]), site=site,
                                                   count=len(preview.visits), overdue=overdue)

    # -- saving ----------------------------------------------------------------------------------

    def ask_output_file(self, suggested: Path, fmt: str) -> Path | None:
        """Where to save; None when the person cancels. Tests replace this method."""
        filters = {"pdf": self.tr("PDF files (*.pdf)"), "xlsx": self.tr("Excel files (*.xlsx)"),
                   "csv": self.tr("CSV files (*.csv)")}
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(suggested), filters.get(fmt, ""))
        return Path(path) if path else None

    def suggested_name(self, key: str, fmt: str) -> str:
        if key == INVENTORY:
            return f"inventory-{self.month()}.{fmt}"
        if key == COMPLETENESS:
            parts = ["completeness", self._session.today_local().isoformat()]
            parts += [part for part in (self._site(), self._cohort()) if part]
            return "-".join(parts) + f".{fmt}"
        start, end = self.date_range()
        site = f"-{self._site()}" if self._site() else ""
        return f"draw-list-{start.isoformat()}-{end.isoformat()}{site}.{fmt}"

    def _on_save_button_clicked(self) -> None:
        self.save()

    def save(self) -> bool:
        """Ask for a file and write the report in a worker; False if nothing was started."""
        key, fmt = self.current_report(), self.format_combo.currentData()
        if self._task is not None or fmt is None:
            return False
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        target = self.ask_output_file(folder / self.suggested_name(key, fmt), fmt)
        if target is None:
            return False
        if not target.suffix:
            target = target.with_suffix(f".{fmt}")
        relay = ProgressRelay(self)
        start, end = self.date_range()
        job = _save_job(key, fmt, target, month=self.month(), site=self._site(),
                        cohort=self._cohort(), start=start, end=end, progress=relay.report)
        self._start(SAVE, job, relay, self.tr("Writing {name}…").format(name=target.name),
                    steps=key != DRAW_LIST)
        return True

    # -- the worker ------------------------------------------------------------------------------

    def _start(self, job_name: str, job: Callable[[Session], Any], relay: ProgressRelay,
               status: str, *, steps: bool) -> None:
        db_path, session = self._db_path, self._session
        task = Task(lambda: run_on_own_connection(db_path, session, job))
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        relay.progressed.connect(self._on_relay_progressed)
        self._task, self._relay, self._job = task, relay, job_name
        self.progress.setRange(0, report_files.SCALE if steps else 0)  # 0, 0: busy, no steps
        self.progress.setValue(0)
        self.progress.show()
        self.status_label.setText(status)
        self._set_busy(True)
        task.start()

    def _set_busy(self, busy: bool) -> None:
        self.preview_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.format_combo.setEnabled(not busy)
        for widget in (self.month_edit, self.site_combo, self.cohort_combo, self.from_edit,
                       self.to_edit):
            widget.setEnabled(not busy)
        may_report = permissions.allowed(self._session.user, "reports")
        for key, button in self.report_buttons.items():
            button.setEnabled(not busy and (key not in MANAGER_REPORTS or may_report))

    def _on_relay_progressed(self, done: int, total: int) -> None:
        if total > 0:
            if self.progress.maximum() != total:
                self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _done(self) -> str:
        job = self._job
        if self._relay is not None:
            self._relay.progressed.disconnect(self._on_relay_progressed)
            self._relay.deleteLater()
        # Keep the finished task until the next one starts: dropping the last reference here
        # could free it in the worker thread, which may still be returning from run().
        self._finished_task = self._task
        self._task, self._relay, self._job = None, None, ""
        self._set_busy(False)
        if self.progress.maximum() == 0:  # a busy indicator: show it as finished
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
        return job

    def _on_task_finished(self, result: object) -> None:
        job = self._done()
        if job == PREVIEW and isinstance(result, Preview):
            self.progress.hide()  # the table below is the result
            self.status_label.setText(self.tr("Preview ready."))
            self._show_preview(result)
            return
        if isinstance(result, report_files.ReportFile):
            self.last_result = result
            self.status_label.setText(self.tr("Saved {format} to {path}").format(
                format=result.format.upper(), path=result.path))
            self.report_saved.emit(str(result.path))

    def _on_task_failed(self, error: BaseException) -> None:
        job = self._done()
        self.progress.hide()
        self.status_label.setText("")
        title = self.tr("No preview") if job == PREVIEW else self.tr("Report not saved")
        if isinstance(error, BioTrackError):
            self._interaction.report(self, error, title)
            return
        raise error  # a bug: the application's crash handler logs and shows it
