"""Free space: utilisation, finding room, defragmentation and the evacuation list, in the
Freezers workspace (issue 7, points 5 and 6).

Four tabs, one job each: how full every freezer, shelf and rack is; where the next N tubes or
K empty boxes of a type are; which tubes to move so that whole boxes become empty (preview,
printable PDF, then apply after a confirmation); and, for a failing freezer, the list of every
box with its contents and where they can go (PDF or CSV). biotrack.services.space holds every
rule; this page only calls it.

Reading the whole freezer (a plan, an evacuation list) and writing PDFs can take seconds at
biobank scale, so each runs in a worker (biotrack.ui.workers.Task) on a connection of its own
(biotrack.ui.widgets.background), with a busy bar; applying a plan runs there too, and the
service refuses it whole when a tube moved since the plan was made.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.protocol import BOX_TYPES
from biotrack.services import overview, space
from biotrack.services.context import Session
from biotrack.ui.i18n import error_text, format_datetime, format_decimal
from biotrack.ui.interaction import Interaction
from biotrack.ui.models import ListTableModel
from biotrack.ui.value_labels import sample_type_labels, value_label
from biotrack.ui.widgets.background import run_on_own_connection
from biotrack.ui.workers import Task

OK_STYLE = "color: #1b5e20;"
NOTE_STYLE = "color: #444444;"
FULL_PERCENT = 90.0


def _moment(stored: str) -> str:
    """A stored ISO moment as local date and time, written as the screen writes dates."""
    try:
        return format_datetime(datetime.fromisoformat(stored))
    except ValueError:
        return stored


class UsageModel(ListTableModel[space.Usage]):
    """Utilisation lines: freezers in bold, racks over 90 % in red."""

    CONTEXT = "UsageModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("UsageModel", "Level"), lambda u: value_label(u.level)),
        (QT_TRANSLATE_NOOP("UsageModel", "Path"), lambda u: u.path),
        (QT_TRANSLATE_NOOP("UsageModel", "Box type"), lambda u: value_label(u.box_type)),
        (QT_TRANSLATE_NOOP("UsageModel", "Boxes"), lambda u: str(u.boxes)),
        (QT_TRANSLATE_NOOP("UsageModel", "Empty boxes"), lambda u: str(u.empty_boxes)),
        (QT_TRANSLATE_NOOP("UsageModel", "Capacity"), lambda u: str(u.capacity)),
        (QT_TRANSLATE_NOOP("UsageModel", "Occupied"), lambda u: str(u.occupied)),
        (QT_TRANSLATE_NOOP("UsageModel", "Free"), lambda u: str(u.free)),
        (QT_TRANSLATE_NOOP("UsageModel", "%"), lambda u: format_decimal(u.percent)),
    )

    def extra_data(self, record: space.Usage, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and record.level == "freezer":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and record.percent >= FULL_PERCENT:
            return QBrush(QColor("#8a1010"))
        return None


class FoundModel(ListTableModel[tuple[str, str]]):
    """What a search found: a position or box path, and a detail (box size)."""

    CONTEXT = "FoundModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("FoundModel", "Where"), lambda r: r[0]),
        (QT_TRANSLATE_NOOP("FoundModel", "Detail"), lambda r: r[1]),
    )


class MoveModel(ListTableModel[space.PlannedMove]):
    """The moves of a defragmentation plan, in the order to carry them out."""

    CONTEXT = "MoveModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("MoveModel", "From"), lambda m: m.from_path),
        (QT_TRANSLATE_NOOP("MoveModel", "Barcode"), lambda m: m.barcode),
        (QT_TRANSLATE_NOOP("MoveModel", "Code"), lambda m: m.code),
        (QT_TRANSLATE_NOOP("MoveModel", "Visit"), lambda m: m.visit),
        (QT_TRANSLATE_NOOP("MoveModel", "Sample type"), lambda m: m.sample_type),
        (QT_TRANSLATE_NOOP("MoveModel", "To"), lambda m: m.to_path),
    )
    SAMPLE_COLUMN = 4

    def __init__(self, rows: Any = (), parent: Any = None) -> None:
        super().__init__(rows, parent)
        #: Sample type id -> its name on screen (``set_sample_labels``); others as stored.
        self.sample_labels: dict[str, str] = {}

    def set_sample_labels(self, labels: dict[str, str]) -> None:
        self.sample_labels = dict(labels)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and index.isValid()
                and index.column() == self.SAMPLE_COLUMN and 0 <= index.row() < len(self._rows)):
            kind = self._rows[index.row()].sample_type
            return self.sample_labels.get(kind, kind)
        return super().data(index, role)


class EvacuationModel(ListTableModel[space.EvacuationBox]):
    """The boxes of a failing freezer and where their tubes can go."""

    CONTEXT = "EvacuationModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("EvacuationModel", "Box"), lambda b: b.box.path),
        (QT_TRANSLATE_NOOP("EvacuationModel", "Box type"), lambda b: value_label(b.box.box_type)),
        (QT_TRANSLATE_NOOP("EvacuationModel", "Stored tubes"), lambda b: str(b.stored)),
        (QT_TRANSLATE_NOOP("EvacuationModel", "Can go to"),
         lambda b: ", ".join(f"{path} ({count})" for path, count in b.destinations)),
    )

    def extra_data(self, record: space.EvacuationBox, column: int, role: int) -> Any:
        placed = sum(count for _, count in record.destinations)
        if role == Qt.ItemDataRole.ForegroundRole and placed < record.stored:
            return QBrush(QColor("#8a1010"))
        return None


def _table(name: str, model: ListTableModel[Any]) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class SpacePage(QWidget):
    """Utilisation, find free space, defragmentation plan, evacuation list."""

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self._task: Task | None = None
        self._finished_task: Task | None = None
        self._on_done: Callable[[Any], None] | None = None
        self._failure_title = ""
        self.plan: space.DefragPlan | None = None
        self.saved: Path | None = None
        self.setObjectName("space_page")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("space_tabs")
        self.tabs.addTab(self._utilisation_tab(), self.tr("Utilisation"))
        self.tabs.addTab(self._find_tab(), self.tr("Find free space"))
        self.tabs.addTab(self._defrag_tab(), self.tr("Defragmentation"))
        self.tabs.addTab(self._evacuation_tab(), self.tr("Freezer failure"))

        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 0)  # busy: the services report no steps
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Free space</h2>")))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.refresh()

    # -- building ---------------------------------------------------------------------------------

    def _utilisation_tab(self) -> QWidget:
        self.usage_model = UsageModel(parent=self)
        self.usage_table = _table("usage_table", self.usage_model)
        usage_header = self.usage_table.horizontalHeader()
        usage_header.setStretchLastSection(False)  # the path takes the room, not the percentage
        usage_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refresh_usage")
        self.usage_pdf_button = QPushButton(self.tr("Save &report…"))
        self.usage_pdf_button.setObjectName("usage_pdf")
        self.usage_pdf_button.setToolTip(self.tr("PDF, or CSV when the file name ends in .csv"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.usage_pdf_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.usage_table, 1)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.usage_pdf_button.clicked.connect(self._on_usage_pdf_button_clicked)
        return page

    def _find_tab(self) -> QWidget:
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("type_combo")
        for box_type in BOX_TYPES:
            self.type_combo.addItem(value_label(box_type), box_type)
        self.what_combo = QComboBox()
        self.what_combo.setObjectName("what_combo")
        self.what_combo.addItem(self.tr("free positions"), "positions")
        self.what_combo.addItem(self.tr("empty boxes"), "boxes")
        self.count_spin = QSpinBox()
        self.count_spin.setObjectName("count_spin")
        self.count_spin.setRange(1, space.MAX_FIND)
        self.count_spin.setValue(6)
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.setObjectName("find_button")
        row = QHBoxLayout()
        for text, widget in ((self.tr("Box &type:"), self.type_combo),
                             (self.tr("&Look for:"), self.what_combo),
                             (self.tr("&How many:"), self.count_spin)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.find_button)
        self.found_model = FoundModel(parent=self)
        self.found_table = _table("found_table", self.found_model)
        self.found_label = QLabel()
        self.found_label.setObjectName("found_label")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.found_label)
        layout.addWidget(self.found_table, 1)
        self.find_button.clicked.connect(self._on_find_button_clicked)
        return page

    def _defrag_tab(self) -> QWidget:
        self.plan_freezer_combo = QComboBox()
        self.plan_freezer_combo.setObjectName("plan_freezer_combo")
        self.max_moves_spin = QSpinBox()
        self.max_moves_spin.setObjectName("max_moves_spin")
        self.max_moves_spin.setRange(0, 1_000_000)
        self.max_moves_spin.setSpecialValueText(self.tr("no limit"))
        self.max_moves_spin.setToolTip(self.tr(
            "Move at most this many tubes: the boxes with the fewest tubes are emptied first"))
        self.plan_button = QPushButton(self.tr("&Make plan"))
        self.plan_button.setObjectName("plan_button")
        self.plan_pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.plan_pdf_button.setObjectName("plan_pdf")
        self.open_plan_button = QPushButton(self.tr("&Open saved plan…"))
        self.open_plan_button.setObjectName("open_plan")
        self.open_plan_button.setToolTip(self.tr(
            "A plan saved earlier (its PDF or the .json saved next to it)"))
        self.apply_button = QPushButton(self.tr("&Apply plan…"))
        self.apply_button.setObjectName("apply_button")
        self.apply_button.setToolTip(self.tr(
            "Record the plan's moves once the tubes have been moved at the freezer"))
        row = QHBoxLayout()
        label = QLabel(self.tr("F&reezer:"))
        label.setBuddy(self.plan_freezer_combo)
        row.addWidget(label)
        row.addWidget(self.plan_freezer_combo)
        limit_label = QLabel(self.tr("At &most:"))
        limit_label.setBuddy(self.max_moves_spin)
        row.addWidget(limit_label)
        row.addWidget(self.max_moves_spin)
        row.addWidget(self.plan_button)
        row.addStretch(1)
        row.addWidget(self.open_plan_button)
        row.addWidget(self.plan_pdf_button)
        row.addWidget(self.apply_button)
        self.plan_label = QLabel(self.tr(
            "A plan empties the partly filled boxes with the fewest tubes into the room of "
            "the others (same freezer, same box type). Print it, move the tubes, then apply."))
        self.plan_label.setObjectName("plan_label")
        self.plan_label.setWordWrap(True)
        self.move_model = MoveModel(parent=self)
        self.move_model.set_sample_labels(sample_type_labels(self._session.protocol))
        self.move_table = _table("move_table", self.move_model)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.move_table, 1)
        self.plan_button.clicked.connect(self._on_plan_button_clicked)
        self.plan_pdf_button.clicked.connect(self._on_plan_pdf_button_clicked)
        self.open_plan_button.clicked.connect(self._on_open_plan_button_clicked)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        return page

    def _evacuation_tab(self) -> QWidget:
        self.evac_freezer_combo = QComboBox()
        self.evac_freezer_combo.setObjectName("evac_freezer_combo")
        self.evac_show_button = QPushButton(self.tr("S&how"))
        self.evac_show_button.setObjectName("evac_show")
        self.evac_button = QPushButton(self.tr("Save &evacuation list…"))
        self.evac_button.setObjectName("evac_button")
        self.evac_button.setToolTip(self.tr("PDF, or CSV when the file name ends in .csv"))
        row = QHBoxLayout()
        label = QLabel(self.tr("Fai&ling freezer:"))
        label.setBuddy(self.evac_freezer_combo)
        row.addWidget(label)
        row.addWidget(self.evac_freezer_combo)
        row.addWidget(self.evac_show_button)
        row.addWidget(self.evac_button)
        row.addStretch(1)
        self.evac_label = QLabel(self.tr(
            "Every box of the freezer with its tubes (barcode, code, visit, sample type), and "
            "the boxes of the same type with free positions in the other freezers."))
        self.evac_label.setObjectName("evac_label")
        self.evac_label.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        self.evac_model = EvacuationModel(parent=self)
        self.evac_table = _table("evac_table", self.evac_model)
        layout.addWidget(self.evac_label)
        layout.addWidget(self.evac_table, 1)
        self.evac_show_button.clicked.connect(self._on_evac_show_button_clicked)
        self.evac_button.clicked.connect(self._on_evac_button_clicked)
        return page

    # -- refresh ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the utilisation and the freezer list (cheap: per-box counts)."""
        try:
            lines = space.utilisation(self._session)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Free space"))
            return
        self.usage_model.set_rows(lines)
        freezers = list(dict.fromkeys(u.path for u in lines if u.level == "freezer"))
        for combo, everything in ((self.plan_freezer_combo, True),
                                  (self.evac_freezer_combo, False)):
            current = combo.currentData()
            combo.clear()
            if everything:
                combo.addItem(self.tr("all freezers"), None)
            for code in freezers:
                combo.addItem(code, code)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
        self._update_buttons()

    def _on_refresh_button_clicked(self) -> None:
        self.refresh()

    def _update_buttons(self) -> None:
        idle = self._task is None
        has_moves = self.plan is not None and bool(self.plan.moves)
        for button in (self.refresh_button, self.usage_pdf_button, self.find_button,
                       self.plan_button, self.open_plan_button):
            button.setEnabled(idle)
        self.plan_pdf_button.setEnabled(idle and self.plan is not None)
        self.apply_button.setEnabled(idle and has_moves)
        self.evac_button.setEnabled(idle and self.evac_freezer_combo.count() > 0)
        self.evac_show_button.setEnabled(idle and self.evac_freezer_combo.count() > 0)

    # -- workers ----------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self._task is not None

    def _run(self, job: Callable[[Session], Any], on_done: Callable[[Any], None],
             message: str, failure_title: str) -> bool:
        """``job`` in a worker on its own connection; ``on_done`` gets its result here."""
        if self._task is not None:
            return False
        db_path = overview.database_file(self._session)
        if db_path is None:  # an in-memory database: nothing to open twice
            try:
                on_done(job(self._session))
            except BioTrackError as exc:
                self._interaction.report(self, exc, failure_title)
                return False
            return True
        session = self._session
        task = Task(lambda: run_on_own_connection(db_path, session, job))
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        self._task = task
        self._on_done = on_done
        self._failure_title = failure_title
        self.progress.show()
        self._feedback(message, NOTE_STYLE)
        self._update_buttons()
        task.start()
        return True

    def _task_done(self) -> Callable[[Any], None] | None:
        self._finished_task = self._task  # keep the runnable alive until its signals are done
        self._task = None
        on_done, self._on_done = self._on_done, None
        self.progress.hide()
        self._update_buttons()
        return on_done

    def _on_task_finished(self, result: object) -> None:
        on_done = self._task_done()
        if on_done is not None:
            on_done(result)

    def _on_task_failed(self, error: BaseException) -> None:
        self._task_done()
        if isinstance(error, BioTrackError):
            self._feedback(error_text(error), "color: #8a1010;")
            self._interaction.report(self, error, self._failure_title)
            return
        if isinstance(error, OSError):
            self._interaction.show_error(self, self._failure_title, self.tr(
                "Could not write the file: {error}").format(error=error))
            return
        raise error  # a bug: the application's crash handler logs and shows it

    def _feedback(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def ask_output_file(self, title: str, suggested: str) -> Path | None:
        """Where to save a file; None when the person cancels. Tests replace this method."""
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self, title, str(folder / suggested),
            self.tr("PDF files (*.pdf);;CSV files (*.csv)"))
        return Path(path) if path else None

    def ask_plan_file(self) -> Path | None:
        """Which saved plan to open; None when the person cancels. Tests replace this."""
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a defragmentation plan"), str(folder),
            self.tr("Plans (*.json *.pdf)"))
        return Path(path) if path else None

    @staticmethod
    def _format(target: Path) -> tuple[Path, str]:
        if target.suffix.lower() == ".csv":
            return target, "csv"
        return (target if target.suffix else target.with_suffix(".pdf")), "pdf"

    def _saved(self, target: Path) -> None:
        self.saved = target
        self._feedback(self.tr("Saved {path}.").format(path=target), OK_STYLE)

    # -- utilisation ------------------------------------------------------------------------------

    def _on_usage_pdf_button_clicked(self) -> None:
        self.save_utilisation()

    def save_utilisation(self) -> bool:
        chosen = self.ask_output_file(self.tr("Save the utilisation report"),
                                      "utilisation.pdf")
        if chosen is None:
            return False
        target, fmt = self._format(chosen)
        # The PDF in the screen's language (QCoreApplication.translate is thread-safe).
        return self._run(lambda s: space.write_utilisation(
                             s, target, fmt, translate=QCoreApplication.translate),
                         lambda _result: self._saved(target),
                         self.tr("Writing {name}…").format(name=target.name),
                         self.tr("Report not saved"))

    # -- find -------------------------------------------------------------------------------------

    def _on_find_button_clicked(self) -> None:
        self.find()

    def find(self) -> bool:
        box_type = str(self.type_combo.currentData())
        what = str(self.what_combo.currentData())
        count = self.count_spin.value()

        def job(session: Session) -> list[tuple[str, str]]:
            if what == "boxes":
                return [(b.path, f"{b.rows} x {b.cols}")
                        for b in space.empty_boxes(session, box_type, count)]
            return [(loc.path, loc.box_path)
                    for loc in space.free_positions(session, box_type, count)]

        def done(rows: Any) -> None:
            self.found_model.set_rows(rows)
            if what == "boxes":
                text = self.tr("{found} empty {type} box(es) of {asked} asked.")
            else:
                text = self.tr("{found} free {type} position(s) of {asked} asked.")
            self.found_label.setText(text.format(found=len(rows), type=value_label(box_type),
                                                 asked=count))
            self._feedback("", NOTE_STYLE)

        return self._run(job, done, self.tr("Looking for room…"), self.tr("Free space"))

    # -- defragmentation --------------------------------------------------------------------------

    def _on_plan_button_clicked(self) -> None:
        self.make_plan()

    def make_plan(self) -> bool:
        freezer = self.plan_freezer_combo.currentData()
        limit = self.max_moves_spin.value() or None

        def done(plan: Any) -> None:
            self.show_plan(plan)

        return self._run(lambda s: space.defrag_plan(s, freezer, limit), done,
                         self.tr("Making the plan…"), self.tr("Defragmentation"))

    def show_plan(self, plan: space.DefragPlan | None) -> None:
        self.plan = plan
        self.move_model.set_rows(list(plan.moves) if plan else [])
        if plan is None:
            self.plan_label.setText("")
        elif not plan.moves:
            self.plan_label.setText(self.tr(
                "Nothing to move: no partly filled box can be emptied into the room of the "
                "others."))
        else:
            self.plan_label.setText(self.tr(
                "{moves} tube(s) to move; {boxes} box(es) emptied: {paths}").format(
                    moves=len(plan.moves), boxes=len(plan.emptied),
                    paths=", ".join(plan.emptied)))
        self._feedback("", NOTE_STYLE)
        self._update_buttons()

    def _on_plan_pdf_button_clicked(self) -> None:
        self.save_plan()

    def save_plan(self) -> bool:
        plan = self.plan
        if plan is None:
            return False
        chosen = self.ask_output_file(self.tr("Save the defragmentation plan"),
                                      "defragmentation-plan.pdf")
        if chosen is None:
            return False
        target = chosen if chosen.suffix.lower() == ".pdf" else chosen.with_suffix(".pdf")

        def done(saved: Any) -> None:
            self.saved = target
            self._feedback(self.tr("Saved {path} and {plan} (open it here later to apply "
                                   "it).").format(path=target, plan=saved), OK_STYLE)

        return self._run(lambda s: space.write_defrag_plan(
                             s, plan, target, translate=QCoreApplication.translate), done,
                         self.tr("Writing {name}…").format(name=target.name),
                         self.tr("Plan not saved"))

    def _on_open_plan_button_clicked(self) -> None:
        self.open_plan()

    def open_plan(self) -> bool:
        """Show a plan saved earlier (by this page or `biotrack space defrag-plan -o`)."""
        chosen = self.ask_plan_file()
        if chosen is None:
            return False
        try:
            plan = space.load_plan(chosen)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Defragmentation"))
            return False
        self.show_plan(plan)
        self._feedback(self.tr("Plan made at {made} opened.").format(made=_moment(plan.made_at)),
                       NOTE_STYLE)
        return True

    def _on_apply_button_clicked(self) -> None:
        self.apply_plan()

    def apply_plan(self) -> bool:
        plan = self.plan
        if plan is None or not plan.moves:
            return False
        question = self.tr(
            "Record {moves} move(s) of the plan made at {made}? Do this only after the tubes "
            "have been moved at the freezer. {boxes} box(es) become empty.").format(
                moves=len(plan.moves), made=plan.made_at, boxes=len(plan.emptied))
        if not self._interaction.confirm(self, self.tr("Apply the defragmentation plan"),
                                         question, self.tr("Apply plan")):
            return False

        def done(moved: Any) -> None:
            self.show_plan(None)
            self.refresh()
            self._feedback(self.tr("{moved} tube(s) moved; {boxes} box(es) emptied.").format(
                moved=moved, boxes=len(plan.emptied)), OK_STYLE)

        return self._run(lambda s: space.apply_defrag(s, plan), done,
                         self.tr("Applying the plan…"), self.tr("Plan not applied"))

    # -- evacuation -------------------------------------------------------------------------------

    def _on_evac_show_button_clicked(self) -> None:
        self.preview_evacuation()

    def preview_evacuation(self) -> bool:
        freezer = self.evac_freezer_combo.currentData()
        if not freezer:
            return False

        def done(evac: Any) -> None:
            self.show_evacuation(evac)
            self._feedback("", NOTE_STYLE)

        return self._run(lambda s: space.evacuation(s, str(freezer)), done,
                         self.tr("Reading freezer {code}…").format(code=freezer),
                         self.tr("Freezer failure"))

    def show_evacuation(self, evac: space.Evacuation) -> None:
        self.evac_model.set_rows(list(evac.boxes))
        short = [s for s in evac.to_json()["summary"] if not s["enough"] and s["tubes"]]
        if short:
            self.evac_label.setText(self.tr(
                "Not enough room elsewhere for: {types}. Add boxes or a freezer.").format(
                    types=", ".join(f"{s['box_type']} ({s['tubes']} tubes, "
                                    f"{s['free_elsewhere']} free)" for s in short)))
        else:
            self.evac_label.setText(self.tr(
                "{boxes} box(es) listed; the other freezers have room for every stored "
                "tube.").format(boxes=len(evac.boxes)))

    def _on_evac_button_clicked(self) -> None:
        self.save_evacuation()

    def save_evacuation(self) -> bool:
        freezer = self.evac_freezer_combo.currentData()
        if not freezer:
            return False
        chosen = self.ask_output_file(self.tr("Save the evacuation list"),
                                      f"evacuation-{freezer}.pdf")
        if chosen is None:
            return False
        target, fmt = self._format(chosen)

        def job(session: Session) -> space.Evacuation:
            evac = space.evacuation(session, str(freezer))
            space.write_evacuation(session, evac, target, fmt,
                                   translate=QCoreApplication.translate)
            return evac

        def done(evac: Any) -> None:
            self._saved(target)
            self.show_evacuation(evac)

        return self._run(job, done, self.tr("Writing {name}…").format(name=target.name),
                         self.tr("Evacuation list not saved"))
