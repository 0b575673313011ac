"""Pull lists page of the Scan workspace: retrieval of tubes for an analysis batch (issue 7.7).

The technician chooses the tubes by criteria (cohort, site, visits or visit kinds, sample
type, aliquot numbers, participants), sees how many a list would take and how many it leaves
because they are the last aliquot of their visit, and creates the list (services.retrieval:
the rules and the order live there). An open list shows its tubes in pull order (freezer,
shelf, rack, box, position), coloured by state, and the box of the selected tube with its
position highlighted. Scanning a tube with the wedge scanner (ScanField: Enter or Tab) confirms
it: the service checks it out and marks it picked in one transaction; a tube that is not on
the list, or already picked, is refused under the field (never a box that the next scan would
type into) and nothing changes. Tubes that are not there are flagged with a reason; closing
asks first; cancelling asks for a reason (picked tubes stay checked out until returned); the
printable PDF is written in a worker.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
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
from biotrack.services import overview, retrieval, storage
from biotrack.services.context import Session
from biotrack.services.retrieval import PullItem, PullList, PullListDetail
from biotrack.ui.dialogs.reason_dialog import ReasonDialog
from biotrack.ui.i18n import error_text, format_datetime, translate
from biotrack.ui.interaction import Interaction
from biotrack.ui.models import ListTableModel
from biotrack.ui.value_labels import sample_type_labels
from biotrack.ui.widgets.background import run_on_own_connection
from biotrack.ui.widgets.box_grid import BoxGrid
from biotrack.ui.widgets.scan_field import ScanField
from biotrack.ui.workers import Task

ERROR_STYLE = "color: #a4161a; font-weight: bold;"
OK_STYLE = "color: #1b5e20;"
NOTE_STYLE = "color: #5f6368;"

#: Row colours by item state: picked (done) green, not found red, pending plain.
STATE_BACKGROUND = {"picked": QColor("#d8f0dc"), "not_found": QColor("#f6d5d5")}
STATE_FOREGROUND = {"picked": QColor("#1b5e20"), "not_found": QColor("#5c1010")}

STATE_LABELS = {
    "pending": QT_TRANSLATE_NOOP("PullList", "to pull"),
    "picked": QT_TRANSLATE_NOOP("PullList", "picked"),
    "not_found": QT_TRANSLATE_NOOP("PullList", "not found"),
}
#: A cancelled list's tubes that were still to pull: no longer to pull.
NOT_PULLED = QT_TRANSLATE_NOOP("PullList", "not pulled")
LIST_STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("PullList", "open"),
    "closed": QT_TRANSLATE_NOOP("PullList", "closed"),
    "cancelled": QT_TRANSLATE_NOOP("PullList", "cancelled"),
}
KIND_LABELS = {
    "cycle": QT_TRANSLATE_NOOP("PullList", "Treatment cycle (V1…)"),
    "baseline": QT_TRANSLATE_NOOP("PullList", "Baseline"),
    "irae": QT_TRANSLATE_NOOP("PullList", "irAE"),
    "remission": QT_TRANSLATE_NOOP("PullList", "Remission"),
    "flare": QT_TRANSLATE_NOOP("PullList", "Flare"),
}


def _label(labels: dict[str, str], key: str) -> str:
    text = labels.get(key)
    return translate("PullList", text) if text else key.replace("_", " ")


def criteria_text(criteria: retrieval.Criteria, samples: dict[str, str]) -> str:
    """The criteria's line as the screen words it: sample types by their names ("Suero") and
    visit kinds by their labels ("Basal"); what is stored keeps the ids (criteria_text)."""
    shown = dataclasses.replace(
        criteria,
        sample_types=tuple(samples.get(t, t) for t in criteria.sample_types),
        kinds=tuple(_label(KIND_LABELS, k) for k in criteria.kinds))
    return error_text(shown.describe())


class PullListModel(ListTableModel[PullList]):
    """The stored pull lists, newest first (services.retrieval.lists)."""

    CONTEXT = "PullListModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("PullListModel", "Code"), lambda p: p.code),
        (QT_TRANSLATE_NOOP("PullListModel", "Purpose"), lambda p: p.purpose),
        (QT_TRANSLATE_NOOP("PullListModel", "Status"),
         lambda p: _label(LIST_STATUS_LABELS, p.status)),
        (QT_TRANSLATE_NOOP("PullListModel", "Picked"), lambda p: f"{p.picked}/{p.total}"),
        (QT_TRANSLATE_NOOP("PullListModel", "Not found"), lambda p: str(p.not_found)),
        (QT_TRANSLATE_NOOP("PullListModel", "Created"),
         lambda p: format_datetime(datetime.fromisoformat(p.created_at))),
    )

    def __init__(self, rows: Any = (), parent: Any = None) -> None:
        super().__init__(rows, parent)
        self._samples: dict[str, str] = {}

    def set_sample_labels(self, labels: dict[str, str]) -> None:
        self._samples = dict(labels)

    def extra_data(self, record: PullList, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.status != "open":
            return QBrush(QColor("#808080"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return criteria_text(record.criteria, self._samples)
        return None


class PullItemModel(ListTableModel[PullItem]):
    """The tubes of one list in pull order, coloured by state."""

    CONTEXT = "PullItemModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("PullItemModel", "#"), lambda i: i.ord),
        (QT_TRANSLATE_NOOP("PullItemModel", "Position"), lambda i: i.tube.path),
        (QT_TRANSLATE_NOOP("PullItemModel", "Barcode"), lambda i: i.tube.barcode),
        (QT_TRANSLATE_NOOP("PullItemModel", "Code"), lambda i: i.tube.code),
        (QT_TRANSLATE_NOOP("PullItemModel", "Visit"), lambda i: i.tube.visit),
        (QT_TRANSLATE_NOOP("PullItemModel", "Sample"), lambda i: i.tube.sample_type),
        (QT_TRANSLATE_NOOP("PullItemModel", "No."),
         lambda i: f"{i.tube.number}/{i.tube.of_count}"),
        (QT_TRANSLATE_NOOP("PullItemModel", "State"), lambda i: _label(STATE_LABELS, i.state)),
    )

    def __init__(self, rows: Any = (), parent: Any = None) -> None:
        super().__init__(rows, parent)
        self._samples: dict[str, str] = {}
        self._cancelled = False

    def set_sample_labels(self, labels: dict[str, str]) -> None:
        self._samples = dict(labels)

    def set_cancelled(self, cancelled: bool) -> None:
        """The rows belong to a cancelled list: what was still to pull reads "not pulled"."""
        self._cancelled = cancelled

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (index.isValid() and index.column() == 5 and 0 <= index.row() < len(self._rows)
                and role == Qt.ItemDataRole.DisplayRole):
            kind = self._rows[index.row()].tube.sample_type
            return self._samples.get(kind, kind.replace("_", " "))
        if (self._cancelled and index.isValid() and index.column() == 7
                and 0 <= index.row() < len(self._rows)
                and role == Qt.ItemDataRole.DisplayRole
                and self._rows[index.row()].state == "pending"):
            return translate("PullList", NOT_PULLED)
        return super().data(index, role)

    def extra_data(self, record: PullItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and record.state in STATE_BACKGROUND:
            return QBrush(STATE_BACKGROUND[record.state])
        if role == Qt.ItemDataRole.ForegroundRole and record.state in STATE_FOREGROUND:
            return QBrush(STATE_FOREGROUND[record.state])
        return None

    def row_of(self, barcode: str) -> int:
        return next((n for n, i in enumerate(self._rows) if i.tube.barcode == barcode), -1)


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
    table.setAlternatingRowColors(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class PullListPage(QWidget):
    """Criteria and preview, the stored lists, and the open list with its scan field."""

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.setObjectName("pull_list_page")
        self._session = session
        self._interaction = interaction
        self._detail: PullListDetail | None = None
        self._task: Task | None = None
        self._on_done: Callable[[Any], None] | None = None
        self.last_preview: retrieval.Preview | None = None
        self.saved_pdf: Path | None = None
        self._samples = sample_type_labels(session.protocol)  # on screen

        title = QLabel(self.tr("<h2>Pull lists</h2>"))
        self.progress = QProgressBar()
        self.progress.setObjectName("job_progress")
        self.progress.setRange(0, 0)  # busy: a preview, a list or a PDF reports no steps
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("pull_splitter")
        self.splitter.addWidget(self._left_side())
        self.splitter.addWidget(self._open_list_side(clock))
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.progress)
        layout.addWidget(self.splitter, 1)
        self.refresh_lists()
        self._show_detail(None)

    # -- building ---------------------------------------------------------------------------

    def _left_side(self) -> QWidget:
        side = QWidget()
        form_box = QGroupBox(self.tr("New pull list"))
        form = QFormLayout(form_box)
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setObjectName("purpose")
        self.purpose_edit.setPlaceholderText(self.tr("e.g. Interferon panel, batch 3"))
        self.purpose_edit.setMaxLength(200)
        self.cohort_combo = QComboBox()
        self.cohort_combo.setObjectName("cohort")
        self.cohort_combo.addItem(self.tr("Any cohort"), None)
        for code in self._session.protocol.cohorts:
            self.cohort_combo.addItem(code, code)
        self.site_combo = QComboBox()
        self.site_combo.setObjectName("site")
        self.site_combo.addItem(self.tr("Any site"), None)
        names = {site.code: site.name for site in self._session.protocol.sites}
        for code in retrieval.site_codes(self._session):
            self.site_combo.addItem(f"{code} – {names[code]}" if code in names else code, code)
        self.visits_edit = QLineEdit()
        self.visits_edit.setObjectName("visits")
        self.visits_edit.setPlaceholderText(self.tr("e.g. V1, V5"))
        kinds_row = QHBoxLayout()
        self.kind_checks: dict[str, QCheckBox] = {}
        kinds = [*retrieval.SCHEDULED_KINDS, *(e.kind for c in
                                               self._session.protocol.cohorts.values()
                                               for e in c.events)]
        for kind in dict.fromkeys(kinds):
            check = QCheckBox(_label(KIND_LABELS, kind))
            check.setObjectName(f"kind_{kind}")
            self.kind_checks[kind] = check
            kinds_row.addWidget(check)
        kinds_row.addStretch(1)
        self.sample_combo = QComboBox()
        self.sample_combo.setObjectName("sample_type")
        self.sample_combo.addItem(self.tr("Any sample type"), None)
        for key, label in self._samples.items():
            self.sample_combo.addItem(label, key)
        self.numbers_edit = QLineEdit()
        self.numbers_edit.setObjectName("numbers")
        self.numbers_edit.setPlaceholderText(self.tr("e.g. 1 (all if empty)"))
        self.participants_edit = QLineEdit()
        self.participants_edit.setObjectName("participants")
        self.participants_edit.setPlaceholderText(self.tr("study codes, comma separated"))
        self.allow_last_check = QCheckBox(self.tr("Also take the &last aliquot of a visit"))
        self.allow_last_check.setObjectName("allow_last")
        form.addRow(self.tr("&Purpose:"), self.purpose_edit)
        form.addRow(self.tr("Cohort:"), self.cohort_combo)
        form.addRow(self.tr("Site:"), self.site_combo)
        form.addRow(self.tr("Visits:"), self.visits_edit)
        form.addRow(self.tr("or visit kinds:"), kinds_row)
        form.addRow(self.tr("Sample type:"), self.sample_combo)
        form.addRow(self.tr("Aliquot numbers:"), self.numbers_edit)
        form.addRow(self.tr("Participants:"), self.participants_edit)
        form.addRow("", self.allow_last_check)
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setObjectName("preview")
        self.create_button = QPushButton(self.tr("&Create list"))
        self.create_button.setObjectName("create")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.create_button)
        form.addRow(buttons)
        self.preview_label = QLabel(self.tr("Choose criteria, then Preview."))
        self.preview_label.setObjectName("preview_summary")
        self.preview_label.setWordWrap(True)
        form.addRow(self.preview_label)

        lists_box = QGroupBox(self.tr("Pull lists"))
        self.list_model = PullListModel(parent=self)
        self.list_model.set_sample_labels(self._samples)
        self.lists_table = _table("pull_lists")
        self.lists_table.setModel(self.list_model)
        self.lists_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        lists_layout = QVBoxLayout(lists_box)
        lists_layout.addWidget(self.lists_table)

        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form_box)
        layout.addWidget(lists_box, 1)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.lists_table.selectionModel().currentRowChanged.connect(
            self._on_lists_table_current_changed)
        return side

    def _open_list_side(self, clock: Callable[[], float]) -> QWidget:
        self.open_box = QGroupBox(self.tr("Pull list"))
        self.open_title = QLabel()
        self.open_title.setObjectName("open_title")
        self.open_title.setWordWrap(True)
        self.scan_field = ScanField(clock)
        self.scan_field.setPlaceholderText(
            self.tr("Scan each tube as you take it (or type its barcode and press Enter)"))
        self.feedback_label = QLabel()
        self.feedback_label.setObjectName("feedback")
        self.feedback_label.setWordWrap(True)
        self.item_model = PullItemModel(parent=self)
        self.item_model.set_sample_labels(self._samples)
        self.items_table = _table("pull_items")
        self.items_table.setModel(self.item_model)
        self.grid = BoxGrid()
        self.grid.set_placeholder(self.tr("Choose a tube to see its box."))
        self.grid.setMinimumWidth(200)
        self.not_found_button = _button(self.tr("Flag &not found…"), "not_found")
        self.close_button = _button(self.tr("C&lose list…"), "close_list")
        self.cancel_button = _button(self.tr("Cancel l&ist…"), "cancel_list")
        self.pdf_button = _button(self.tr("Save &PDF…"), "save_pdf")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.not_found_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.cancel_button)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setObjectName("pull_items_splitter")
        body.addWidget(self.items_table)
        body.addWidget(self.grid)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        scan_row = QHBoxLayout()
        scan_row.addWidget(QLabel(self.tr("<b>Scan:</b>")))
        scan_row.addWidget(self.scan_field, 1)
        layout = QVBoxLayout(self.open_box)
        layout.addWidget(self.open_title)
        layout.addLayout(scan_row)
        layout.addWidget(self.feedback_label)
        layout.addWidget(body, 1)
        layout.addLayout(buttons)
        self.scan_field.scanned.connect(self._on_scan_field_scanned)
        self.scan_field.repeat_ignored.connect(self._on_scan_field_repeat_ignored)
        self.items_table.selectionModel().currentRowChanged.connect(
            self._on_items_table_current_changed)
        self.not_found_button.clicked.connect(self._on_not_found_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        return self.open_box

    # -- focus and messages -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan_field.setFocus()

    def _feedback(self, text: str, style: str = "") -> None:
        self.feedback_label.setText(text)
        self.feedback_label.setStyleSheet(style)

    def _refuse(self, text: str) -> None:
        self._feedback(text, ERROR_STYLE)
        QApplication.beep()

    # -- criteria, preview, create ----------------------------------------------------------

    def criteria(self) -> retrieval.Criteria:
        """What the form says, as the service takes it (UserError for a bad number)."""
        cohort = self.cohort_combo.currentData()
        site = self.site_combo.currentData()
        sample = self.sample_combo.currentData()
        return retrieval.criteria(
            cohorts=[cohort] if cohort else None, sites=[site] if site else None,
            visits=self.visits_edit.text(),
            kinds=[k for k, check in self.kind_checks.items() if check.isChecked()],
            sample_types=[sample] if sample else None, numbers=self.numbers_edit.text(),
            participants=self.participants_edit.text())

    def _on_preview_button_clicked(self) -> None:
        self.preview()

    def preview(self) -> bool:
        """Count what a list with the form's criteria would take (in a worker: at a million
        tubes a whole cohort takes seconds); the answer lands in ``preview_label``."""
        try:
            wanted = self.criteria()
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Pull lists"))
            return False
        allow_last = self.allow_last_check.isChecked()
        return self._run(lambda session: retrieval.preview(session, wanted, allow_last),
                         self._show_preview, self.preview_label, self.tr("Counting the tubes…"))

    def _show_preview(self, result: retrieval.Preview) -> None:
        self.last_preview = result
        text = self.tr("<b>{count} tube(s) to pull</b>").format(count=len(result.tubes))
        if result.skipped_last:
            text += " · " + self.tr("{count} left: last aliquot of their visit").format(
                count=len(result.skipped_last))
        if result.skipped_on_list:
            text += " · " + self.tr("{count} left: already on an open list").format(
                count=len(result.skipped_on_list))
        racks = len({t.rack_path for t in result.tubes})
        if racks:
            text += " · " + self.tr("{racks} rack(s) to open").format(racks=racks)
        self.preview_label.setText(text)

    def _on_create_button_clicked(self) -> None:
        self.create()

    def create(self) -> bool:
        """Store the list (in a worker, like the preview), then open it."""
        purpose = self.purpose_edit.text()
        if not purpose.strip():
            self._interaction.show_error(self, self.tr("Pull lists"),
                                         self.tr("Give the purpose of the list first."))
            return False
        try:
            wanted = self.criteria()
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Pull lists"))
            return False
        allow_last = self.allow_last_check.isChecked()
        return self._run(
            lambda session: retrieval.create(session, purpose, wanted, allow_last),
            self._created, self.preview_label, self.tr("Creating the list…"))

    def _created(self, detail: PullListDetail) -> None:
        self.preview_label.setText(self.tr("Created {code} with {count} tube(s).").format(
            code=detail.pull.code, count=len(detail.items)))
        self.refresh_lists()
        self.open_list(detail.pull.code)

    # -- the stored lists -------------------------------------------------------------------

    def refresh_lists(self) -> None:
        try:
            found = retrieval.lists(self._session)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Pull lists"))
            return
        shown = self._detail.pull.code if self._detail else None
        self.list_model.set_rows(found)
        row = next((n for n, p in enumerate(found) if p.code == shown), -1)
        if row >= 0:
            self.lists_table.selectionModel().blockSignals(True)
            self.lists_table.selectRow(row)
            self.lists_table.selectionModel().blockSignals(False)
        self.lists_table.resizeColumnsToContents()

    def _on_lists_table_current_changed(self, current: QModelIndex,
                                        _previous: QModelIndex) -> None:
        if current.isValid():
            self.open_list(self.list_model.row_at(current.row()).code)

    def open_list(self, code: str) -> None:
        try:
            detail = retrieval.show(self._session, code)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Pull lists"))
            return
        self._show_detail(detail)
        self._select_next_pending()
        if detail.pull.status == "open":
            note = self.tr("Scan the tubes of {code} as you take them.")
        elif detail.pull.status == "cancelled":
            note = self.tr("{code} is cancelled.")
        else:
            note = self.tr("{code} is closed.")
        self._feedback(note.format(code=detail.pull.code), NOTE_STYLE)
        self.scan_field.setFocus()

    def current_list(self) -> PullListDetail | None:
        return self._detail

    def _show_detail(self, detail: PullListDetail | None) -> None:
        self._detail = detail
        self.item_model.set_cancelled(detail is not None and detail.pull.status == "cancelled")
        self.item_model.set_rows(detail.items if detail else [])
        self.items_table.resizeColumnsToContents()
        is_open = detail is not None and detail.pull.status == "open"
        for widget in (self.scan_field, self.not_found_button, self.close_button,
                       self.cancel_button):
            widget.setEnabled(is_open)
        self.pdf_button.setEnabled(detail is not None and self._task is None)
        if detail is None:
            self.open_box.setTitle(self.tr("Pull list"))
            self.open_title.setText(self.tr("Create a list or choose one on the left."))
            self.grid.set_box(None)
            return
        pull = detail.pull
        self.open_box.setTitle(self.tr("Pull list {code}").format(code=pull.code))
        if pull.status == "cancelled":
            line = self.tr("<b>{purpose}</b> — {criteria}<br>{picked} of {total} picked · "
                           "{not_found} not found · {pending} not pulled · {status}")
        else:
            line = self.tr("<b>{purpose}</b> — {criteria}<br>{picked} of {total} picked · "
                           "{not_found} not found · {pending} to pull · {status}")
        self.open_title.setText(line.format(
                purpose=pull.purpose, criteria=criteria_text(pull.criteria, self._samples),
                picked=pull.picked, total=pull.total, not_found=pull.not_found,
                pending=pull.pending, status=_label(LIST_STATUS_LABELS, pull.status)))

    def _select_next_pending(self) -> None:
        rows = self.item_model.rows()
        row = next((n for n, i in enumerate(rows) if i.state == "pending"), -1)
        if row < 0:
            self.items_table.clearSelection()
            self.grid.highlight(None)
            return
        self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.item_model.index(row, 0)
        self.items_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.items_table.scrollTo(index)

    def _on_items_table_current_changed(self, current: QModelIndex,
                                        _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_tube(self.item_model.row_at(current.row()))

    def show_tube(self, item: PullItem) -> None:
        """The tube's box in the grid, its position highlighted."""
        tube = item.tube
        try:
            box = storage.find_box(self._session, tube.box_path)
            contents = storage.box_contents(self._session, box)
        except BioTrackError:
            self.grid.set_box(None)
            return
        self.grid.set_box(box, contents, self._samples)
        self.grid.highlight(tube.position)

    # -- scanning ---------------------------------------------------------------------------

    def _on_scan_field_scanned(self, text: str) -> None:
        self.scan(text)

    def _on_scan_field_repeat_ignored(self, text: str) -> None:
        self._feedback(self.tr("{text} scanned again within a second: ignored.").format(
            text=text.strip().upper()), NOTE_STYLE)

    def scan(self, text: str) -> bool:
        """One scanned tube: picked (checked out) if it is on the open list and pending."""
        detail = self._detail
        if detail is None or detail.pull.status != "open":
            self._refuse(self.tr("Open a pull list first."))
            return False
        try:
            picked = retrieval.pick(self._session, detail.pull.code, text)
        except BioTrackError as exc:
            self._refuse(error_text(exc))
            self.scan_field.setFocus()
            return False
        self._show_detail(retrieval.PullListDetail(picked.pull, tuple(
            picked.item if i.tube.barcode == picked.item.tube.barcode else i
            for i in detail.items)))
        self.show_tube(picked.item)
        row = self.item_model.row_of(picked.item.tube.barcode)
        if picked.pull.pending:
            self._select_next_pending()
        elif row >= 0:
            self._select_row(row)
        left = picked.pull.pending
        self._feedback(self.tr("{barcode} picked ({code} {visit}, {position}): checked out. "
                               "{left} to pull.").format(
            barcode=picked.item.tube.barcode, code=picked.item.tube.code,
            visit=picked.item.tube.visit, position=picked.item.tube.path, left=left), OK_STYLE)
        self.refresh_lists()
        self.scan_field.setFocus()
        return True

    # -- not found, close, PDF --------------------------------------------------------------

    def selected_items(self) -> list[PullItem]:
        rows = sorted({i.row() for i in self.items_table.selectionModel().selectedRows()})
        return [self.item_model.row_at(r) for r in rows]

    def _on_not_found_button_clicked(self) -> None:
        self.flag_not_found()

    def flag_not_found(self) -> bool:
        detail = self._detail
        pending = [i for i in self.selected_items() if i.state == "pending"]
        if detail is None or not pending:
            self._interaction.show_error(self, self.tr("Pull lists"), self.tr(
                "Choose the tubes still to pull that are not in their place."))
            return False
        barcodes = [i.tube.barcode for i in pending]
        reason = ReasonDialog.ask(self, self.tr("Flag not found"), self.tr(
            "Flag {count} tube(s) as not found: {barcodes}?").format(
                count=len(barcodes), barcodes=", ".join(barcodes[:8])),
            self.tr("Flag not found"))
        if reason is None:
            return False
        try:
            updated = retrieval.flag_not_found(self._session, detail.pull.code, barcodes, reason)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Pull lists"))
            return False
        self._show_detail(updated)
        self._select_next_pending()
        self._feedback(self.tr("{count} tube(s) flagged not found.").format(
            count=len(barcodes)), NOTE_STYLE)
        self.refresh_lists()
        self.scan_field.setFocus()
        return True

    def _on_close_button_clicked(self) -> None:
        self.close_list()

    def close_list(self) -> bool:
        detail = self._detail
        if detail is None or detail.pull.status != "open":
            return False
        pending = detail.pull.pending
        question = self.tr("Close {code}? {picked} of {total} tube(s) were picked.").format(
            code=detail.pull.code, picked=detail.pull.picked, total=detail.pull.total)
        if pending:
            question += "\n\n" + self.tr(
                "The {count} tube(s) still to pull will be flagged as not found.").format(
                    count=pending)
        if not self._interaction.confirm(self, self.tr("Close pull list"), question,
                                         self.tr("Close list")):
            return False
        try:
            closed = retrieval.close(self._session, detail.pull.code)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Pull lists"))
            return False
        self._show_detail(closed.detail)
        self._feedback(self.tr("{code} closed: {count} tube(s) flagged not found.").format(
            code=closed.detail.pull.code, count=len(closed.flagged)), NOTE_STYLE)
        self.refresh_lists()
        return True

    def _on_cancel_button_clicked(self) -> None:
        self.cancel_list()

    def cancel_list(self) -> bool:
        """Give up the open list, with a reason; picked tubes stay checked out."""
        detail = self._detail
        if detail is None or detail.pull.status != "open":
            return False
        reason = ReasonDialog.ask(self, self.tr("Cancel pull list"), self.tr(
            "Cancel pull list {code}? Tubes already picked stay checked out: return them at "
            "the scan station.").format(code=detail.pull.code), self.tr("Cancel list"))
        if reason is None:
            return False
        try:
            cancelled = retrieval.cancel(self._session, detail.pull.code, reason)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Not cancelled"))
            self.refresh()  # the list may have been closed or cancelled elsewhere
            return False
        self._show_detail(cancelled.detail)
        out = len(cancelled.to_return)
        self._feedback(self.tr("{code} cancelled: {count} picked tube(s) stay checked out, "
                               "return them at the scan station.").format(
            code=cancelled.detail.pull.code, count=out) if out else
            self.tr("{code} cancelled.").format(code=cancelled.detail.pull.code), NOTE_STYLE)
        self.refresh_lists()
        return True

    def ask_output_file(self, suggested: Path) -> Path | None:
        """Where to save the PDF; None when the person cancels. Tests replace this method."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the pull list"), str(suggested), self.tr("PDF files (*.pdf)"))
        return Path(path) if path else None

    def _on_pdf_button_clicked(self) -> None:
        self.save_pdf()

    def save_pdf(self) -> bool:
        """Write the open list's PDF in a worker."""
        detail = self._detail
        if detail is None or self._task is not None:
            return False
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        target = self.ask_output_file(folder / f"{detail.pull.code}.pdf")
        if target is None:
            return False
        if not target.suffix:
            target = target.with_suffix(".pdf")
        study = retrieval.study_name(self._session)
        now = self._session.now().astimezone(UTC)
        labels = sample_type_labels(self._session.protocol)  # in the screen's language
        return self._run(
            lambda _session: retrieval.write_pdf(detail, target, study=study,
                                                 generated_at=now, labels=labels,
                                                 translate=QCoreApplication.translate),
            self._saved, self.feedback_label, self.tr("Writing {name}…").format(name=target.name))

    def _saved(self, path: Path) -> None:
        self.saved_pdf = Path(path)
        self._feedback(self.tr("Saved {path}.").format(path=self.saved_pdf), OK_STYLE)

    # -- the worker -------------------------------------------------------------------------

    def _run(self, job: Callable[[Session], Any], done: Callable[[Any], None],
             status_label: QLabel, status: str) -> bool:
        """``job`` in a worker on its own connection; ``done(result)`` back on this thread.
        One job at a time; the scan field stays usable meanwhile."""
        if self._task is not None:
            return False
        db_path = overview.database_file(self._session)
        session = self._session
        if db_path is None:  # a database without a file: no second connection possible
            try:
                done(job(session))
            except BioTrackError as exc:
                self._interaction.report(self, exc, self.tr("Pull lists"))
                return False
            return True
        task = Task(lambda: run_on_own_connection(db_path, session, job))
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        self._task, self._on_done = task, done
        self._set_busy(True)
        status_label.setText(status)
        task.start()
        return True

    def busy(self) -> bool:
        return self._task is not None

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        self.create_button.setEnabled(not busy)
        self.pdf_button.setEnabled(not busy and self._detail is not None)

    def _task_done(self) -> Callable[[Any], None] | None:
        done, self._task, self._on_done = self._on_done, None, None
        self._set_busy(False)
        return done

    def _on_task_finished(self, result: object) -> None:
        done = self._task_done()
        if done is not None:
            done(result)
        self.scan_field.setFocus()

    def _on_task_failed(self, error: BaseException) -> None:
        self._task_done()
        self.preview_label.setText(self.tr("Nothing was changed."))
        if isinstance(error, BioTrackError):
            self._interaction.report(self, error, self.tr("Pull lists"))
            return
        if isinstance(error, OSError):
            self._interaction.show_error(self, self.tr("Pull lists"), self.tr(
                "Could not write the file: {error}").format(error=error))
            return
        raise error  # a bug: the application's crash handler logs and shows it

    # -- refresh ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Back from another page: lists and the open list may have changed."""
        self.refresh_lists()
        if self._detail is not None:
            current = self.items_table.currentIndex()
            try:
                self._show_detail(retrieval.show(self._session, self._detail.pull.code))
            except BioTrackError:
                self._show_detail(None)
                return
            if current.isValid() and current.row() < self.item_model.rowCount():
                self._select_row(current.row())
        self.scan_field.setFocus()
