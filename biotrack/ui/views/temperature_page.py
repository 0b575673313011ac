"""Temperatures: a freezer's temperature log for one month, in the Freezers workspace (issue 7,
point 8).

The technician's daily job: read the freezer's display and type the value in, or import the data
logger's CSV export; the manager's: set the alarm limits. The page shows the chosen freezer's
readings of the chosen month with excursions (readings outside the limits) in red, a small
chart of the month with the limits band, and the month's figures as the monthly report counts
them (biotrack.services.temperature holds every rule; this page only calls it).

A logger file is read and validated in a worker (biotrack.ui.workers.Task) with a progress bar,
so a big export does not freeze the window; the validated readings are then written on the GUI
thread's own connection in one short transaction (a connection belongs to one thread).
Setting limits is for managers only: the controls are shown to everyone but disabled for
others, and the service refuses them anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen, QPolygonF, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.services import temperature
from biotrack.services.context import Session
from biotrack.services.temperature import PLAUSIBLE_C, LoggerFile, Month
from biotrack.ui.i18n import (
    datetime_pattern,
    format_datetime,
    format_decimal,
    format_number,
    month_pattern,
    translate,
)
from biotrack.ui.interaction import Interaction
from biotrack.ui.models import ListTableModel
from biotrack.ui.workers import Task

EXCURSION_BACKGROUND = QColor("#f6d5d5")
EXCURSION_FOREGROUND = QColor("#8a1010")
BAND_COLOUR = QColor(46, 125, 50, 40)
LINE_COLOUR = QColor("#1f4e79")


#: Where a reading came from (stored in English): typed at the freezer, or a logger's file.
SOURCE_LABELS = {
    "manual": QT_TRANSLATE_NOOP("ReadingModel", "manual"),
    "logger": QT_TRANSLATE_NOOP("ReadingModel", "logger"),
}


def source_label(source: str) -> str:
    label = SOURCE_LABELS.get(source)
    return translate("ReadingModel", label) if label else source


class ReadingModel(ListTableModel[temperature.Reading]):
    """A month's readings of one freezer; excursions coloured, their limits in the tooltip."""

    CONTEXT = "ReadingModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("ReadingModel", "Taken at"), lambda r: format_datetime(r.taken_at)),
        (QT_TRANSLATE_NOOP("ReadingModel", "°C"), lambda r: format_decimal(r.celsius)),
        (QT_TRANSLATE_NOOP("ReadingModel", "Excursion"),
         lambda r: translate("ReadingModel", "outside limits") if r.excursion else ""),
        (QT_TRANSLATE_NOOP("ReadingModel", "Source"), lambda r: source_label(r.source)),
        (QT_TRANSLATE_NOOP("ReadingModel", "By"), lambda r: r.user or ""),
        (QT_TRANSLATE_NOOP("ReadingModel", "Note"), lambda r: r.note or ""),
    )

    def extra_data(self, record: temperature.Reading, column: int, role: int) -> Any:
        if record.excursion and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(EXCURSION_BACKGROUND)
        if record.excursion and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(EXCURSION_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if record.excursion and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Outside the alarm limits")
        return None

    def excursions(self) -> int:
        return sum(r.excursion for r in self._rows)


class TemperatureChart(QWidget):
    """The month at a glance: readings as a line over the limits band, excursions as red
    dots. Drawn with QPainter (no chart dependency); the x axis is the whole month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(140)
        self._log: temperature.MonthLog | None = None

    def set_log(self, log: temperature.MonthLog | None) -> None:
        self._log = log
        self.update()

    def points(self) -> list[QPointF]:
        """Where each reading is drawn (also what the tests check)."""
        log = self._log
        if log is None:
            return []
        area, low, high = self._frame(log)
        start, end = log.month.start, log.month.end
        span = (end - start).total_seconds()
        return [QPointF(area.left() + area.width() * (r.taken_at - start).total_seconds() / span,
                        area.bottom() - area.height() * (r.celsius - low) / (high - low))
                for r in log.readings]

    def _frame(self, log: temperature.MonthLog) -> tuple[QRectF, float, float]:
        values = [r.celsius for r in log.readings] + [log.limits.low_c, log.limits.high_c]
        low, high = min(values) - 2.0, max(values) + 2.0
        area = QRectF(44, 8, max(self.width() - 52, 10), max(self.height() - 26, 10))
        return area, low, high

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        log = self._log
        if log is None:
            painter.end()
            return
        area, low, high = self._frame(log)

        def y(value: float) -> float:
            return area.bottom() - area.height() * (value - low) / (high - low)

        band = QRectF(area.left(), y(log.limits.high_c), area.width(),
                      y(log.limits.low_c) - y(log.limits.high_c))
        painter.fillRect(band, BAND_COLOUR)
        painter.setPen(QPen(self.palette().text().color(), 0.5))
        painter.drawRect(area)
        for value in (log.limits.low_c, log.limits.high_c):
            painter.drawText(QRectF(0, y(value) - 8, 40, 16),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             format_number(value))
        span = (log.month.end - log.month.start).days
        for day in range(1, span + 1, 7):  # a tick each week: day 1, 8, 15, 22, 29
            x = area.left() + area.width() * (day - 1) / span
            painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 3))
            painter.drawText(QRectF(x - 20, area.bottom() + 2, 40, 14),
                             int(Qt.AlignmentFlag.AlignCenter), str(day))
        points = self.points()
        if points:
            painter.setPen(QPen(LINE_COLOUR, 1.5))
            painter.drawPolyline(QPolygonF(points))
            painter.setPen(Qt.PenStyle.NoPen)
            for point, reading in zip(points, log.readings, strict=True):
                painter.setBrush(EXCURSION_FOREGROUND if reading.excursion else LINE_COLOUR)
                painter.drawEllipse(point, 3.0 if reading.excursion else 2.0,
                                    3.0 if reading.excursion else 2.0)
        painter.end()


class TemperaturePage(QWidget):
    """Freezer and month pickers, the readings and chart, add/import, and the limits."""

    #: The freezer code whose log changed (a reading added, a file imported, limits set).
    log_changed = Signal(str)

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self._task: Task | None = None
        self._finished_task: Task | None = None
        self._import_target = ""
        self._import_name = ""
        self.log: temperature.MonthLog | None = None
        self.setObjectName("temperature_page")

        self.freezer_combo = QComboBox()
        self.freezer_combo.setObjectName("freezer_combo")
        self.month_edit = QDateEdit()
        self.month_edit.setObjectName("month_edit")
        self.month_edit.setDisplayFormat(month_pattern())
        now = session.now().astimezone(UTC)
        self.month_edit.setDate(QDate(now.year, now.month, 1))
        self.month_edit.setMaximumDate(QDate(now.year, now.month, 1))
        pick_row = QHBoxLayout()
        pick_row.addWidget(QLabel(self.tr("<h2>Temperatures</h2>")))
        pick_row.addStretch(1)
        for label_text, widget in ((self.tr("&Freezer:"), self.freezer_combo),
                                   (self.tr("&Month (UTC):"), self.month_edit)):
            label = QLabel(label_text)
            label.setBuddy(widget)
            pick_row.addWidget(label)
            pick_row.addWidget(widget)

        self.limits_label = QLabel()
        self.limits_label.setObjectName("limits_label")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)

        self.model = ReadingModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("readings_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = TemperatureChart()
        self.chart.setObjectName("temperature_chart")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("temperature_splitter")
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([220, 420])

        # -- add a reading ------------------------------------------------------------------
        self.celsius_spin = QDoubleSpinBox()
        self.celsius_spin.setObjectName("celsius_spin")
        self.celsius_spin.setRange(*PLAUSIBLE_C)
        self.celsius_spin.setDecimals(1)
        self.celsius_spin.setSuffix(" °C")
        self.celsius_spin.setValue(-80.0)
        self.taken_edit = QDateTimeEdit()
        self.taken_edit.setObjectName("taken_edit")
        self.taken_edit.setDisplayFormat(datetime_pattern())
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setPlaceholderText(self.tr("optional, e.g. door left open"))
        self.add_button = QPushButton(self.tr("&Add reading"))
        self.add_button.setObjectName("add_button")
        add_box = QGroupBox(self.tr("Reading from the display"))
        add_form = QFormLayout(add_box)
        add_form.addRow(self.tr("Temperature:"), self.celsius_spin)
        add_form.addRow(self.tr("Read at (local time):"), self.taken_edit)
        add_form.addRow(self.tr("Note:"), self.note_edit)
        add_form.addRow(self.add_button)

        # -- import -------------------------------------------------------------------------
        self.import_button = QPushButton(self.tr("&Import logger file…"))
        self.import_button.setObjectName("import_button")
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.hide()
        self.import_status = QLabel()
        self.import_status.setObjectName("import_status")
        self.import_status.setWordWrap(True)
        import_box = QGroupBox(self.tr("Data logger"))
        import_layout = QVBoxLayout(import_box)
        import_layout.addWidget(QLabel(self.tr(
            "CSV exports: timestamp,celsius; device header lines before the table; "
            "Date,Time,Temperature columns; ';' with decimal commas.")))
        import_layout.itemAt(0).widget().setWordWrap(True)
        import_layout.addWidget(self.import_button)
        import_layout.addWidget(self.progress)
        import_layout.addWidget(self.import_status)

        # -- limits -------------------------------------------------------------------------
        self.low_spin = QDoubleSpinBox()
        self.high_spin = QDoubleSpinBox()
        for name, spin in (("low_spin", self.low_spin), ("high_spin", self.high_spin)):
            spin.setObjectName(name)
            spin.setRange(*PLAUSIBLE_C)
            spin.setDecimals(1)
            spin.setSuffix(" °C")
        self.limits_button = QPushButton(self.tr("Set &limits"))
        self.limits_button.setObjectName("limits_button")
        limits_box = QGroupBox(self.tr("Alarm limits (managers)"))
        limits_form = QFormLayout(limits_box)
        limits_form.addRow(self.tr("Low:"), self.low_spin)
        limits_form.addRow(self.tr("High:"), self.high_spin)
        limits_form.addRow(self.limits_button)
        may_limit = temperature.may_set_limits(session.user)
        for widget in (self.low_spin, self.high_spin, self.limits_button):
            widget.setEnabled(may_limit)
        if not may_limit:
            limits_box.setToolTip(self.tr("Only a manager may change the alarm limits."))
        may_record = temperature.may_record(session.user)
        self.add_button.setEnabled(may_record)
        self.import_button.setEnabled(may_record)

        side = QVBoxLayout()
        side.addWidget(add_box)
        side.addWidget(import_box)
        side.addWidget(limits_box)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(360)

        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.limits_label)
        left.addWidget(self.summary_label)
        left.addWidget(splitter, 1)
        body.addLayout(left, 1)
        body.addWidget(side_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(pick_row)
        layout.addLayout(body, 1)

        self.freezer_combo.currentIndexChanged.connect(self._on_pick_changed)
        self.month_edit.dateChanged.connect(self._on_pick_changed)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.limits_button.clicked.connect(self._on_limits_clicked)
        self.reload_freezers()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the tab: freezers may have been added and readings imported by the
        CLI meanwhile, so ask the service again (one small query per freezer)."""
        super().showEvent(event)
        if self._task is None:
            self.reload_freezers()

    # -- reading -------------------------------------------------------------------------------

    def reload_freezers(self) -> None:
        current = self.freezer_combo.currentText()
        self.freezer_combo.blockSignals(True)
        self.freezer_combo.clear()
        self.freezer_combo.addItems(temperature.freezer_codes(self._session))
        if current:
            self.freezer_combo.setCurrentText(current)
        self.freezer_combo.blockSignals(False)
        self.reset_time()
        self.refresh()

    def freezer(self) -> str:
        return self.freezer_combo.currentText()

    def month(self) -> Month:
        picked = self.month_edit.date()
        return Month(picked.year(), picked.month())

    def reset_time(self) -> None:
        """The time of the next reading: now, in local wall-clock time."""
        local_now = self._session.now().astimezone().replace(tzinfo=None, second=0,
                                                             microsecond=0)
        self.taken_edit.setDateTime(QDateTime(local_now))

    def refresh(self) -> None:
        """Ask the service again for the chosen freezer and month."""
        code = self.freezer()
        if not code:
            self.log = None
            self.model.set_rows([])
            self.chart.set_log(None)
            self.limits_label.setText(self.tr("No freezers yet."))
            self.summary_label.setText("")
            return
        try:
            log = temperature.month_log(self._session, code, self.month())
        except BioTrackError as error:
            self._interaction.report(self, error, self.tr("Temperatures"))
            return
        self.log = log
        self.model.set_rows(log.readings)
        self.chart.set_log(log)
        limits = log.limits
        text = self.tr("Alarm limits: {low} .. {high} °C").format(
            low=format_number(limits.low_c), high=format_number(limits.high_c))
        if limits.default:
            text += " " + self.tr("(set point ± 10 °C: no limits set)")
        self.limits_label.setText(text)
        self.low_spin.setValue(limits.low_c)
        self.high_spin.setValue(limits.high_c)
        f = log.figures
        text = self.tr("{readings} reading(s), {excursions} excursion(s), {days} whole day(s) "
                       "without a reading.").format(readings=f.readings,
                                                    excursions=f.excursions,
                                                    days=f.days_without_reading)
        if f.readings and f.min_c is not None and f.max_c is not None and f.mean_c is not None:
            text += " " + self.tr("Min {min} °C, max {max} °C, mean {mean} °C.").format(
                min=format_number(f.min_c), max=format_number(f.max_c),
                mean=format_decimal(f.mean_c))
        self.summary_label.setText(text)

    def _on_pick_changed(self, *_args: object) -> None:
        self.refresh()

    # -- writing -------------------------------------------------------------------------------

    def _on_add_clicked(self) -> None:
        code = self.freezer()
        if not code:
            return
        taken = self.taken_edit.dateTime().toPython()
        assert isinstance(taken, datetime)
        try:
            reading = temperature.add_reading(self._session, code, self.celsius_spin.value(),
                                              taken, self.note_edit.text())
        except BioTrackError as error:
            self._interaction.report(self, error, self.tr("Reading not recorded"))
            return
        self.note_edit.clear()
        self.reset_time()
        self._show_month_of(reading.taken_at)
        if reading.excursion:
            self._interaction.show_error(
                self, self.tr("Excursion"),
                self.tr("{celsius} °C is outside the alarm limits of freezer {freezer}: "
                        "check the freezer.").format(celsius=format_number(reading.celsius),
                                                     freezer=reading.freezer))
        self.log_changed.emit(code)

    def _show_month_of(self, instant: datetime) -> None:
        utc = instant.astimezone(UTC)
        target = QDate(utc.year, utc.month, 1)
        if self.month_edit.date() != target:
            self.month_edit.setDate(target)  # refreshes through dateChanged
        else:
            self.refresh()

    def choose_file(self) -> Path | None:
        """The file dialog (tests replace this method)."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a data logger file"), "",
            self.tr("Logger exports (*.csv *.txt);;All files (*)"))
        return Path(name) if name else None

    def _on_import_clicked(self) -> None:
        code = self.freezer()
        if not code or self._task is not None:
            return
        path = self.choose_file()
        if path is None:
            return
        self.start_import(code, path)

    def start_import(self, code: str, path: Path) -> None:
        """Validate ``path`` in a worker; store it for freezer ``code`` when it is valid."""
        task = Task(lambda: temperature.read_file(path))
        task.signals.finished.connect(self._on_import_read)
        task.signals.failed.connect(self._on_import_failed)
        self._task, self._import_target, self._import_name = task, code, path.name
        self.progress.setRange(0, 0)  # busy while the file is read and checked
        self.progress.show()
        self.import_status.setText(self.tr("Reading {name}…").format(name=path.name))
        self._set_busy(True)
        task.start()

    def _set_busy(self, busy: bool) -> None:
        may_record = temperature.may_record(self._session.user)
        self.import_button.setEnabled(not busy and may_record)
        self.add_button.setEnabled(not busy and may_record)
        self.freezer_combo.setEnabled(not busy)

    def _finish_task(self) -> None:
        # Keep the finished task until the next one starts: dropping the last reference here
        # could free it in the worker thread, which may still be returning from run().
        self._finished_task, self._task = self._task, None
        self._set_busy(False)

    def _on_import_read(self, parsed: object) -> None:
        self._finish_task()
        assert isinstance(parsed, LoggerFile)
        count = len(parsed.readings)
        self.progress.setRange(0, max(count, 1))

        def advance(done: int, total: int) -> None:
            self.progress.setValue(done)

        try:
            result = temperature.import_parsed(self._session, self._import_target, parsed,
                                               self._import_name, advance)
        except BioTrackError as error:
            self.progress.hide()
            self.import_status.setText(self.tr("Nothing was imported."))
            self._interaction.report(self, error, self.tr("Logger file not imported"))
            return
        self.progress.setValue(self.progress.maximum())
        self.import_status.setText(self.tr(
            "{added} reading(s) imported into {freezer}, {skipped} already stored, "
            "{excursions} excursion(s).").format(
            added=result.added, freezer=result.freezer, skipped=result.skipped,
            excursions=result.excursions))
        if parsed.readings:
            self._show_month_of(temperature.to_utc(parsed.readings[-1].taken_at))
        self.log_changed.emit(result.freezer)

    def _on_import_failed(self, error: BaseException) -> None:
        self._finish_task()
        self.progress.hide()
        self.import_status.setText(self.tr("Nothing was imported."))
        if isinstance(error, BioTrackError):
            self._interaction.report(self, error, self.tr("Logger file not imported"))
            return
        raise error  # a bug: the application's crash handler logs and shows it

    def _on_limits_clicked(self) -> None:
        code = self.freezer()
        if not code:
            return
        try:
            temperature.set_limits(self._session, code, self.low_spin.value(),
                                   self.high_spin.value())
        except BioTrackError as error:
            self._interaction.report(self, error, self.tr("Limits not set"))
            return
        self.refresh()
        self.log_changed.emit(code)

    def readings(self) -> Sequence[temperature.Reading]:
        return self.model.rows()
