"""Scan station: one always-focused field for the barcode scanner, and what a scan means now.

SPEC 4.6 and issue 5 point 5. The technician works with a keyboard-wedge scanner (ScanField:
Enter or Tab ends a scan, a repeat within a second is dropped), so the field keeps the focus:
buttons and lists do not take it, and it gets it back after every scan, mode change and apply.
A bad or unknown barcode never opens a box that the next scan would type into: it is written
under the field (and, in a batch, marked in the list).

Modes (the selector above the field):

* **Look up** — the tube, its participant, visit, sample, status, thaw count and SPREC, its
  position highlighted in the box grid, and its history (movements and audit events).
* **Check out / Return / Consume / Ship / Discard** — scans collect into a list; a tube the
  action would refuse (unknown, or in the wrong status: services.storage.refusal) is marked
  there with the reason and left out; one **Apply** makes one service call, one transaction,
  after a confirmation for the irreversible ones (consume, ship, discard). Check-out and
  discard need a reason.
* **Box audit** — choose a box and scan its tubes; the result (services.storage.box_audit,
  read-only) lists matched, missing, unexpected and misplaced tubes and marks them in the grid.
  "Load scan file…" fills the audit from a rack-scanner export instead (read in a worker).
  "Save audit" stores it (services.box_audits) and opens its findings, each settled there with
  its action and a reason (AuditFindingsDialog; "Findings…" lists every open one). "Place from
  scan file…" puts the unplaced tubes of a box filled at the bench at the positions the file
  gives (services.bulk_placement: the whole file or nothing).

Positions in a box audit. A hand scanner reads barcodes only, so the position of a scan is
taken from the grid's cursor (the green square): it starts at the first position the database
says is filled and, after each scan, moves to the next such position, row by row (A1, A2, ...
then B1 ...). A technician who scans the box in position order therefore only acts where the
box differs from the database: click a cell to put the cursor there (a tube in a slot the
database says is empty), or "Skip position" (a slot the database says is filled but is empty).
Scanning a position again replaces its scan. With "Check positions" off the scans count for
presence only: no tube can then be misplaced. (Rack-scanner files, which carry positions, are
issue 7's import.)
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
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
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from biotrack.barcodes import BadBarcode, normalise
from biotrack.errors import QT_TRANSLATE_NOOP, BioTrackError, UserError
from biotrack.models import Aliquot, Box
from biotrack.rackscan import RackScan, parse_rack_scan
from biotrack.services import box_audits, bulk_placement, safety, storage
from biotrack.services.context import Session
from biotrack.ui.dialogs.audit_findings_dialog import AuditFindingsDialog
from biotrack.ui.i18n import error_text, translate
from biotrack.ui.interaction import Interaction
from biotrack.ui.models import SORT_ROLE
from biotrack.ui.value_labels import sample_type_label, sample_type_labels
from biotrack.ui.widgets.box_grid import BoxGrid
from biotrack.ui.widgets.scan_field import ScanField
from biotrack.ui.widgets.storage_models import (
    AuditEventModel,
    AuditResultModel,
    AuditRow,
    BatchItem,
    BatchModel,
    MovementModel,
    status_label,
)
from biotrack.ui.workers import Task

#: A barcode typed by the scanner at the end of another field's text (see the reason field).
TRAILING_BARCODE = re.compile(r"BT\d{8}$", re.IGNORECASE)
LOOKUP = "lookup"
AUDIT = "audit"
BATCH_MODES = storage.BATCH_ACTIONS  # check_out, return, consume, ship, discard

ERROR_STYLE = "color: #a4161a; font-weight: bold;"
OK_STYLE = "color: #1b5e20;"
NOTE_STYLE = "color: #5f6368;"


def mode_labels() -> list[tuple[str, str]]:
    return [
        (LOOKUP, translate("ScanView", "Look up")),
        ("check_out", translate("ScanView", "Check out")),
        ("return", translate("ScanView", "Return")),
        ("consume", translate("ScanView", "Consume")),
        ("ship", translate("ScanView", "Ship")),
        ("discard", translate("ScanView", "Discard")),
        (AUDIT, translate("ScanView", "Box audit")),
    ]


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)  # a wrapped cell would make its column narrow and rows tall
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def _fit(table: QTableView) -> None:
    """Columns to their contents, except the last, which takes the rest (and elides)."""
    for column in range(table.model().columnCount() - 1):
        table.resizeColumnToContents(column)


#: What a rack-scanner file read in the worker gives: its name, the scan, and the line of each
#: (position, barcode) for messages.
FileScan = tuple[str, RackScan, dict[tuple[str, str], int]]


def read_scan_file(path: Path) -> FileScan:
    """Runs in a worker: read and parse a rack-scanner export (UserError if malformed)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "cannot read {file}: {reason}"),
                        file=path.name, reason=exc.strerror) from None
    return path.name, parse_rack_scan(data, path.name), bulk_placement.line_numbers(data)


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
    return button


class ScanView(QWidget):
    """Mode selector, scan field, the mode's page on the left and the box grid on the right."""

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self._tube: Aliquot | None = None
        self._audit_scans: list[tuple[str | None, str]] = []
        self._audit_box: Box | None = None
        self._audit_expected: set[str] = set()
        self._audit_finished = False
        self._audit_cursor: str | None = None
        self.last_audit: storage.BoxAudit | None = None
        # Where the audit's scans came from: ("hand" | "file", file name, unreadable wells).
        self._audit_source: tuple[str, str | None, tuple[str, ...]] = ("hand", None, ())
        self.last_saved: box_audits.StoredAudit | None = None
        self._saved_scans: list[tuple[str | None, str]] | None = None  # saved as they stand
        self.findings_dialog: AuditFindingsDialog | None = None
        self._file_task: Task | None = None
        self._file_purpose = ""
        self.setObjectName("scan_view")

        title = QLabel(self.tr("<h2>Scan station</h2>"))
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("mode_combo")
        self.mode_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mode_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for mode, label in mode_labels():
            self.mode_combo.addItem(label, mode)
        self.reason_label = QLabel(self.tr("&Reason:"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.reason_label.setBuddy(self.reason_edit)
        controls = QHBoxLayout()
        mode_label = QLabel(self.tr("Mode:"))
        controls.addWidget(mode_label)
        controls.addWidget(self.mode_combo)
        controls.addSpacing(12)
        controls.addWidget(self.reason_label)
        controls.addWidget(self.reason_edit, 3)
        controls.addStretch(1)

        self.scan_field = ScanField(clock)
        self.scan_field.setPlaceholderText(
            self.tr("Scan a tube (or type its barcode and press Enter)"))
        scan_row = QHBoxLayout()
        scan_label = QLabel(self.tr("<b>Scan:</b>"))
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan_field, 1)
        self.feedback_label = QLabel()
        self.feedback_label.setObjectName("feedback")
        self.feedback_label.setWordWrap(True)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._lookup_page())
        self.pages.addWidget(self._batch_page())
        self.pages.addWidget(self._audit_page())

        self.grid = BoxGrid()
        self.grid.set_placeholder(self.tr("Scan a tube to see where it is."))
        self.grid_box = QGroupBox(self.tr("Box"))
        grid_layout = QVBoxLayout(self.grid_box)
        grid_layout.addWidget(self.grid)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("scan_splitter")
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.grid_box)
        # Narrow windows squeeze the pages rather than grow the main window.
        self.pages.setMinimumWidth(260)
        self.grid_box.setMinimumWidth(200)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([560, 440])

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(controls)
        layout.addLayout(scan_row)
        layout.addWidget(self.feedback_label)
        layout.addWidget(self.splitter, 1)

        self.scan_field.scanned.connect(self._on_scan_field_scanned)
        self.scan_field.repeat_ignored.connect(self._on_scan_field_repeat_ignored)
        self.mode_combo.currentIndexChanged.connect(self._on_mode_combo_changed)
        self.reason_edit.returnPressed.connect(self._on_reason_edit_return_pressed)
        self.reason_edit.textChanged.connect(self._update_apply)
        self.grid.cell_clicked.connect(self._on_grid_cell_clicked)
        self._on_mode_combo_changed(0)
        self._feedback(self.tr("Ready: scan a tube."), NOTE_STYLE)

    # -- pages ---------------------------------------------------------------------------------

    def _lookup_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.detail_labels: dict[str, QLabel] = {}
        for key, label in (("barcode", self.tr("Barcode:")),
                           ("participant", self.tr("Participant:")),
                           ("visit", self.tr("Visit:")), ("sample", self.tr("Sample:")),
                           ("status", self.tr("Status:")), ("thaws", self.tr("Thaw count:")),
                           ("sprec", self.tr("SPREC:")), ("position", self.tr("Position:"))):
            value = QLabel("—")
            value.setObjectName(f"detail_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            form.addRow(label, value)
            self.detail_labels[key] = value
        self.detail_labels["barcode"].setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.movement_model = MovementModel(parent=self)
        self.movement_table = _table("movement_table")
        self.movement_table.setModel(self.movement_model)
        self.event_model = AuditEventModel(parent=self)
        self.event_table = _table("event_table")
        self.event_table.setModel(self.event_model)
        self.history_tabs = QTabWidget()
        self.history_tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history_tabs.addTab(self.movement_table, self.tr("Movements"))
        self.history_tabs.addTab(self.event_table, self.tr("Audit trail"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>History</b>")))
        layout.addWidget(self.history_tabs, 1)
        return page

    def _batch_page(self) -> QWidget:
        page = QWidget()
        self.batch_model = BatchModel(parent=self)
        self.batch_model.set_sample_labels(sample_type_labels(self._session.protocol))
        self.batch_table = _table("batch_table")
        self.batch_table.setModel(self.batch_model)
        self.batch_summary = QLabel()
        self.batch_summary.setObjectName("batch_summary")
        self.remove_button = _button(self.tr("Remove selected"), "remove")
        self.clear_button = _button(self.tr("Clear list"), "clear")
        self.apply_button = _button(self.tr("Apply"), "apply")
        self.apply_button.setDefault(False)
        self.batch_summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.batch_table, 1)
        layout.addWidget(self.batch_summary)
        layout.addLayout(buttons)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.apply_button.clicked.connect(self.apply)
        return page

    def _audit_page(self) -> QWidget:
        page = QWidget()
        self.audit_box_combo = QComboBox()
        self.audit_box_combo.setObjectName("audit_box")
        self.audit_box_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.positions_check = QCheckBox(self.tr("Check &positions (scan in position order)"))
        self.positions_check.setObjectName("check_positions")
        self.positions_check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.positions_check.setChecked(True)
        self.skip_button = _button(self.tr("Skip position"), "skip")
        self.skip_button.setToolTip(self.tr(
            "The slot under the cursor is empty: move the cursor on without a scan"))
        self.finish_button = _button(self.tr("Finish"), "finish")
        self.finish_button.setToolTip(self.tr(
            "The whole box is scanned: every tube not scanned is missing"))
        self.restart_button = _button(self.tr("Start again"), "restart")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Box:")))
        top.addWidget(self.audit_box_combo, 1)
        help_label = QLabel(self.tr(
            "Scan the tubes in position order: each scan goes to the green square, which then "
            "moves to the next position the database says is filled. Click a cell to move it "
            "(a tube where none is expected), or skip a slot that is empty."))
        help_label.setWordWrap(True)
        help_label.setStyleSheet(NOTE_STYLE)
        self.audit_summary = QLabel()
        self.audit_summary.setObjectName("audit_summary")
        self.audit_summary.setWordWrap(True)
        self.audit_summary.setStyleSheet("font-weight: bold;")
        self.audit_model = AuditResultModel(parent=self)
        self.audit_proxy = QSortFilterProxyModel(self)
        self.audit_proxy.setSourceModel(self.audit_model)
        self.audit_proxy.setSortRole(SORT_ROLE)
        self.audit_table = _table("audit_table")
        self.audit_table.setModel(self.audit_proxy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.restart_button)
        self.load_button = _button(self.tr("Load scan file…"), "load_scan")
        self.load_button.setToolTip(self.tr(
            "Audit the box from the file its rack scanner wrote (position and barcode)"))
        self.place_button = _button(self.tr("Place from scan file…"), "place_scan")
        self.place_button.setToolTip(self.tr(
            "Put unplaced tubes at the positions a rack-scanner file gives, in this box"))
        self.save_button = _button(self.tr("Save audit"), "save_audit")
        self.save_button.setToolTip(self.tr(
            "Store this audit and its findings, to resolve each of them"))
        self.findings_button = _button(self.tr("Findings…"), "findings")
        self.findings_button.setToolTip(self.tr("Findings of saved audits not resolved yet"))
        self.file_progress = QProgressBar()
        self.file_progress.setObjectName("file_progress")
        self.file_progress.setRange(0, 0)  # busy: reading a file has no steps
        self.file_progress.setMaximumWidth(120)
        self.file_progress.hide()
        files = QHBoxLayout()
        files.addWidget(self.load_button)
        files.addWidget(self.place_button)
        files.addWidget(self.file_progress)
        files.addStretch(1)
        files.addWidget(self.save_button)
        files.addWidget(self.findings_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.positions_check)
        layout.addWidget(help_label)
        layout.addWidget(self.audit_summary)
        layout.addWidget(self.audit_table, 1)
        layout.addLayout(buttons)
        layout.addLayout(files)
        self.audit_box_combo.currentIndexChanged.connect(self._on_audit_box_combo_changed)
        self.positions_check.toggled.connect(self._on_positions_check_toggled)
        self.skip_button.clicked.connect(self._on_skip_button_clicked)
        self.restart_button.clicked.connect(self._on_restart_button_clicked)
        self.finish_button.clicked.connect(self.finish_audit)
        self.load_button.clicked.connect(self.load_scan_file)
        self.place_button.clicked.connect(self.place_from_scan_file)
        self.save_button.clicked.connect(self.save_audit)
        self.findings_button.clicked.connect(self._on_findings_button_clicked)
        return page

    # -- focus ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan_field.setFocus()

    def _refocus(self) -> None:
        self.scan_field.setFocus()

    def _on_reason_edit_return_pressed(self) -> None:
        """Enter in the reason field goes back to scanning. If a tube was scanned while the
        reason field had the focus, its barcode ends the text: take it out and scan it."""
        text = self.reason_edit.text()
        match = TRAILING_BARCODE.search(text)
        if match:
            try:
                normalise(match.group(0))
            except BadBarcode:
                match = None
        if match:
            self.reason_edit.setText(text[:match.start()].rstrip())
            self.scan(match.group(0))
        self._refocus()

    def _feedback(self, text: str, style: str = "") -> None:
        self.feedback_label.setText(text)
        self.feedback_label.setStyleSheet(style)

    def _refuse_scan(self, text: str) -> None:
        self._feedback(text, ERROR_STYLE)
        QApplication.beep()

    # -- modes ---------------------------------------------------------------------------------

    def mode(self) -> str:
        return str(self.mode_combo.currentData())

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))

    def _on_mode_combo_changed(self, _index: int) -> None:
        mode = self.mode()
        page = 0 if mode == LOOKUP else 2 if mode == AUDIT else 1
        self.pages.setCurrentIndex(page)
        needs_reason = mode in BATCH_MODES and mode != "return"
        self.reason_label.setVisible(needs_reason)
        self.reason_edit.setVisible(needs_reason)
        if mode in storage.REASON_REQUIRED:
            self.reason_edit.setPlaceholderText(self.tr("required"))
        elif mode == "ship":
            self.reason_edit.setPlaceholderText(self.tr("optional: destination, shipment"))
        else:
            self.reason_edit.setPlaceholderText(self.tr("optional"))
        if mode in BATCH_MODES:
            self._revalidate_batch()
            self.grid.set_movable(False)
        if mode == AUDIT:
            self._load_audit_boxes()
        elif self.grid.cursor_position() is not None or self.grid.marks():
            self._show_tube_box(self._tube)  # the audit's box leaves the grid; its scans stay
        self._update_apply()
        self._refocus()

    # -- scanning ------------------------------------------------------------------------------

    def _on_scan_field_scanned(self, text: str) -> None:
        self.scan(text)

    def _on_scan_field_repeat_ignored(self, text: str) -> None:
        self._feedback(self.tr("{text} scanned again within a second: ignored.").format(
            text=text.strip().upper()), NOTE_STYLE)

    def scan(self, text: str) -> None:
        """One scan, whatever the mode (what the scan field reports)."""
        mode = self.mode()
        if mode == LOOKUP:
            self._scan_lookup(text)
        elif mode == AUDIT:
            self._scan_audit(text)
        else:
            self._scan_batch(text)
        self._refocus()

    def _scan_lookup(self, text: str) -> None:
        try:
            tube = storage.locate(self._session, text)
        except BioTrackError as exc:
            self._refuse_scan(error_text(exc))
            return
        self.show_tube(tube)
        self._feedback(self.tr("{barcode}: {code} {visit}, {status}.").format(
            barcode=tube.barcode, code=tube.code, visit=tube.visit,
            status=status_label(tube.status)), OK_STYLE)

    def current_tube(self) -> Aliquot | None:
        return self._tube

    def show_tube(self, tube: Aliquot | None) -> None:
        """Details, position in the grid and history of one tube."""
        self._tube = tube
        labels = self.detail_labels
        if tube is None:
            for label in labels.values():
                label.setText("—")
            self.movement_model.set_rows([])
            self.event_model.set_rows([])
            self._show_tube_box(None)
            return
        name = sample_type_label(self._session.protocol, tube.sample_type)
        labels["barcode"].setText(tube.barcode)
        labels["participant"].setText(tube.code)
        labels["visit"].setText(tube.visit)
        labels["sample"].setText(self.tr("{sample} {number}/{of} · {volume} µL").format(
            sample=name, number=tube.number, of=tube.of_count, volume=tube.volume_ul))
        labels["status"].setText(status_label(tube.status))
        labels["thaws"].setText(str(tube.thaw_count))
        labels["sprec"].setText(tube.sprec)
        labels["position"].setText(tube.location.path if tube.location
                                   else self.tr("not in a box"))
        try:
            self.movement_model.set_rows(storage.movements(self._session, tube.barcode))
            self.event_model.set_rows(safety.history(self._session, barcode=tube.barcode))
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Scan station"))
        _fit(self.movement_table)
        _fit(self.event_table)
        self._show_tube_box(tube)

    def _show_tube_box(self, tube: Aliquot | None) -> None:
        """The tube's box in the grid, its position ringed."""
        if tube is None or tube.location is None:
            self.grid.set_box(None)
            self.grid.set_placeholder(
                self.tr("Scan a tube to see where it is.") if tube is None
                else self.tr("{barcode} is {status}: it has no position.").format(
                    barcode=tube.barcode, status=status_label(tube.status)))
            self.grid_box.setTitle(self.tr("Box"))
            return
        box = self._load_grid(tube.location.box_path)
        if box is not None:
            self.grid.highlight(tube.location.position)
            self.grid_box.setTitle(self.tr("Box {path} · {barcode} at {position}").format(
                path=box.path, barcode=tube.barcode, position=tube.location.position))

    def _load_grid(self, box_path: str) -> Box | None:
        try:
            box = storage.find_box(self._session, box_path)
            contents = storage.box_contents(self._session, box)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Scan station"))
            return None
        self.grid.set_box(box, contents, sample_type_labels(self._session.protocol))
        return box

    # -- batches -------------------------------------------------------------------------------

    def _item_for(self, text: str, mode: str) -> BatchItem:
        try:
            tube = storage.locate(self._session, text)
        except BioTrackError as exc:
            return BatchItem(text.strip().upper(), None, error_text(exc))
        problem = storage.refusal_message(tube, mode)
        return BatchItem(text.strip().upper(), tube,
                         error_text(problem) if problem else None)

    def _scan_batch(self, text: str) -> None:
        mode = self.mode()
        item = self._item_for(text, mode)
        if self.batch_model.contains(item.barcode):
            self._feedback(self.tr("{barcode} is already in the list.").format(
                barcode=item.barcode), NOTE_STYLE)
            return
        self.batch_model.append(item)
        _fit(self.batch_table)
        self.batch_table.scrollToBottom()
        if item.ok:
            self._feedback(self.tr("{barcode} added: {code} {visit}.").format(
                barcode=item.barcode, code=item.aliquot.code if item.aliquot else "",
                visit=item.aliquot.visit if item.aliquot else ""), OK_STYLE)
        else:
            self._refuse_scan(self.tr("{barcode} marked, not applied: {problem}").format(
                barcode=item.barcode, problem=item.problem))
        if item.aliquot is not None:
            self._tube = item.aliquot
            self._show_tube_box(item.aliquot)
        self._update_apply()

    def _revalidate_batch(self) -> None:
        """The mode changed or the database did: read every listed tube again."""
        if not self.batch_model.rowCount():
            return
        mode = self.mode()
        self.batch_model.set_rows([self._item_for(i.scanned, mode)
                                   for i in self.batch_model.rows()])

    def batch_items(self) -> list[BatchItem]:
        return self.batch_model.rows()

    def _update_apply(self) -> None:
        mode = self.mode()
        if mode not in BATCH_MODES:
            return
        ready, refused = len(self.batch_model.ready()), len(self.batch_model.refused())
        verbs = {"check_out": self.tr("Check out {n} tube(s)"),
                 "return": self.tr("Return {n} tube(s)"),
                 "consume": self.tr("Consume {n} tube(s)…"),
                 "ship": self.tr("Ship {n} tube(s)…"),
                 "discard": self.tr("Discard {n} tube(s)…")}
        self.apply_button.setText(verbs[mode].format(n=ready))
        self.apply_button.setEnabled(ready > 0)
        summary = self.tr("{ready} ready").format(ready=ready)
        if refused:
            summary += " · " + self.tr("{refused} marked, not applied").format(refused=refused)
        self.batch_summary.setText(summary)

    def _on_remove_button_clicked(self) -> None:
        rows = sorted({i.row() for i in self.batch_table.selectionModel().selectedRows()},
                      reverse=True)
        for row in rows:
            self.batch_model.remove(row)
        self._update_apply()
        self._refocus()

    def _on_clear_button_clicked(self) -> None:
        self.batch_model.set_rows([])
        self._update_apply()
        self._refocus()

    def apply(self) -> bool:
        """One service call for every ready tube of the list; confirmed if irreversible."""
        mode = self.mode()
        ready = self.batch_model.ready()
        try:
            if mode not in BATCH_MODES:
                return False
            if not ready:
                self._interaction.show_error(self, self.tr("Scan station"),
                                             self.tr("Scan the tubes first: none is ready."))
                return False
            reason = self.reason_edit.text().strip()
            if mode in storage.REASON_REQUIRED and not reason:
                self._interaction.show_error(
                    self, self.tr("Scan station"),
                    self.tr("Give a reason for this action (the field next to the mode)."))
                return False
            barcodes = [item.barcode for item in ready]
            if mode in storage.IRREVERSIBLE and not self._interaction.confirm(
                    self, self.tr("Scan station"), self._question(mode, barcodes, reason),
                    self.mode_combo.currentText()):
                self._feedback(self.tr("Nothing was changed."), NOTE_STYLE)
                return False
            try:
                done = storage.batch(self._session, mode, barcodes, reason or None)
            except BioTrackError as exc:
                self._interaction.report(self, exc, self.tr("Scan station"))
                self._revalidate_batch()
                self._update_apply()
                return False
            applied = {tube.barcode for tube in done}
            self.batch_model.set_rows([i for i in self.batch_model.rows()
                                       if i.barcode not in applied])
            self.reason_edit.clear()
            self._update_apply()
            self._feedback(self.tr("{action}: {count} tube(s) done.").format(
                action=self.mode_combo.currentText(), count=len(done)), OK_STYLE)
            return True
        finally:
            self._refocus()

    def _question(self, mode: str, barcodes: list[str], reason: str) -> str:
        listed = ", ".join(barcodes[:8]) + (" …" if len(barcodes) > 8 else "")
        actions = {"consume": self.tr("Mark {n} tube(s) as consumed?"),
                   "ship": self.tr("Mark {n} tube(s) as shipped?"),
                   "discard": self.tr("Discard {n} tube(s)?")}
        text = actions[mode].format(n=len(barcodes)) + "\n\n" + listed
        if reason:
            text += "\n\n" + self.tr("Reason: {reason}").format(reason=reason)
        return text + "\n\n" + self.tr(
            "They leave the freezer for good and their positions are freed.")

    # -- box audit -----------------------------------------------------------------------------

    def _load_audit_boxes(self) -> None:
        chosen = self.audit_box_combo.currentData()
        try:
            boxes = storage.boxes(self._session)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Box audit"))
            boxes = []
        self.audit_box_combo.blockSignals(True)
        self.audit_box_combo.clear()
        for box in boxes:
            self.audit_box_combo.addItem(
                f"{box.path}  ({box.occupied}/{box.capacity})", box.path)
        index = self.audit_box_combo.findData(chosen) if chosen else -1
        if index < 0:
            index = next((i for i, b in enumerate(boxes) if b.occupied), 0)
        self.audit_box_combo.setCurrentIndex(index)
        self.audit_box_combo.blockSignals(False)
        chosen_path = self.audit_box_combo.currentData()
        if self._audit_box is not None and self._audit_box.path == chosen_path:
            self._resume_audit()  # back from another mode or workspace: keep the scans
        else:
            self._start_audit()

    def _resume_audit(self) -> None:
        """Show the audited box again (re-read: it may have changed) with the scans so far."""
        assert self._audit_box is not None
        cursor = self._audit_cursor
        self._audit_box = self._load_grid(self._audit_box.path)
        if self._audit_box is None:
            return
        self._audit_expected = set(self.grid.cell_barcodes())
        self.grid_box.setTitle(self.tr("Box audit: {path}").format(path=self._audit_box.path))
        if self.positions_check.isChecked() and not self._audit_finished:
            self.grid.set_cursor_position(cursor)
        self._run_audit()

    def choose_audit_box(self, path: str) -> None:
        self.audit_box_combo.setCurrentIndex(self.audit_box_combo.findData(path))

    def _on_audit_box_combo_changed(self, _index: int) -> None:
        self._start_audit()
        self._refocus()

    def _on_positions_check_toggled(self, _checked: bool) -> None:
        self._start_audit()
        self._refocus()

    def _on_restart_button_clicked(self) -> None:
        self._start_audit()
        self._refocus()

    def _on_skip_button_clicked(self) -> None:
        self._advance_cursor()
        self._run_audit()
        self._refocus()

    def _start_audit(self) -> None:
        """A new audit of the chosen box: no scans yet, the cursor on the first tube."""
        self._audit_scans = []
        self._audit_source = ("hand", None, ())
        self._saved_scans = None
        self._audit_finished = False
        path = self.audit_box_combo.currentData()
        self._audit_box = self._load_grid(path) if path else None
        self._audit_expected = set(self.grid.cell_barcodes())
        if self._audit_box is None:
            self.grid.set_box(None)
            self.audit_model.set_rows([])
            self._update_audit_buttons()
            return
        self.grid_box.setTitle(self.tr("Box audit: {path}").format(path=self._audit_box.path))
        if self.positions_check.isChecked():
            positions = self.grid.positions()
            first = next((p for p in positions if p in self._audit_expected),
                         positions[0] if positions else None)
            self.grid.set_cursor_position(first)
            self._audit_cursor = first
        self._run_audit()
        self._feedback(self.tr("Box audit of {path}: scan its tubes.").format(
            path=self._audit_box.path), NOTE_STYLE)

    def _advance_cursor(self) -> None:
        """Next position the database says is filled and that has no scan yet, after the
        cursor; else the next position without a scan."""
        cursor = self.grid.cursor_position()
        positions = self.grid.positions()
        if cursor is None or cursor not in positions:
            return
        after = positions[positions.index(cursor) + 1:]
        scanned = {p for p, _ in self._audit_scans if p}
        following = next((p for p in after if p in self._audit_expected and p not in scanned),
                         next((p for p in after if p not in scanned), None))
        self.grid.set_cursor_position(following)
        self._audit_cursor = following

    def _on_grid_cell_clicked(self, position: str) -> None:
        if self.mode() == AUDIT and self.positions_check.isChecked():
            self.grid.set_cursor_position(position)
            self._audit_cursor = position
            self._feedback(self.tr("The next scan goes to {position}.").format(
                position=position), NOTE_STYLE)
        self._refocus()

    def _scan_audit(self, text: str) -> None:
        if self._audit_box is None:
            self._refuse_scan(self.tr("Choose the box to audit first."))
            return
        try:
            barcode = normalise(text)
        except BadBarcode as exc:
            self._refuse_scan(error_text(exc))
            return
        position: str | None = None
        if self.positions_check.isChecked():
            position = self.grid.cursor_position()
            if position is None:
                self._refuse_scan(self.tr(
                    "No position is under the cursor: click the cell this tube is in."))
                return
        earlier = next((at for at, code in self._audit_scans
                        if code == barcode and at != position), None)
        if earlier is not None:
            # One barcode in two places: two tubes with one label, or a slip of the cursor.
            self._refuse_scan(self.tr(
                "{barcode} was already scanned at {position}: to correct it, click "
                "{position} and scan the tube that is there.").format(
                    barcode=barcode, position=earlier))
            return
        self._audit_scans = [(at, code) for at, code in self._audit_scans
                             if code != barcode and (position is None or at != position)]
        self._audit_scans.append((position, barcode))
        if position is not None:
            self._advance_cursor()
        self._run_audit()
        # Two whole sentences, not one with a piece glued in: word order differs by language.
        self._feedback((self.tr("{barcode} scanned at {position}.") if position else
                        self.tr("{barcode} scanned.")).format(barcode=barcode, position=position),
                       OK_STYLE)

    def finish_audit(self) -> None:
        """The box is scanned: whatever was not scanned is missing."""
        self._audit_finished = True
        self.grid.set_cursor_position(None)
        self._audit_cursor = None
        self._run_audit()
        self._refocus()

    def audit_scans(self) -> list[tuple[str | None, str]]:
        return list(self._audit_scans)

    def _run_audit(self) -> None:
        """Compare the scans so far with the database (read-only) and show the result."""
        if self._audit_box is None:
            return
        try:
            result = storage.box_audit(self._session, self._audit_box.path, self._audit_scans)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Box audit"))
            return
        # Until the scan has passed a tube's position (or the audit is finished), a tube not
        # scanned is only "not scanned yet", not missing.
        positions = self.grid.positions()
        cursor = self.grid.cursor_position()
        if self._audit_finished:
            passed = len(positions)
        elif self.positions_check.isChecked():
            passed = positions.index(cursor) if cursor in positions else len(positions)
        else:
            passed = 0
        missing = [f for f in result.missing
                   if f.expected in positions and positions.index(f.expected) < passed]
        pending = [f for f in result.missing if f not in missing]
        groups = (("missing", missing), ("unexpected", result.unexpected),
                  ("misplaced", result.misplaced), ("matched", result.matched),
                  ("checked_out", result.checked_out), ("pending", pending))
        self.audit_model.set_rows([AuditRow(kind, finding)
                                   for kind, findings in groups for finding in findings])
        _fit(self.audit_table)
        marks: dict[str, str] = {}
        for finding in missing:
            if finding.expected:
                marks[finding.expected] = "missing"
        for kind in ("matched", "misplaced", "unexpected"):
            for finding in getattr(result, kind):
                spot = finding.scanned or (finding.expected if kind == "matched" else None)
                if spot:
                    marks[spot] = kind
        self.grid.set_marks(marks)
        text = self.tr("Matched {matched} · Missing {missing} · Unexpected {unexpected} · "
                       "Misplaced {misplaced}").format(
            matched=len(result.matched), missing=len(missing),
            unexpected=len(result.unexpected), misplaced=len(result.misplaced))
        if result.checked_out:
            text += " · " + self.tr("Checked out {count}").format(count=len(result.checked_out))
        if pending:
            text += " · " + self.tr("Not scanned yet {count}").format(count=len(pending))
        self.audit_summary.setText(text)
        self.last_audit = result
        self._update_audit_buttons()

    def _update_audit_buttons(self) -> None:
        has_box = self._audit_box is not None
        idle = self._file_task is None
        self.save_button.setEnabled(has_box and idle and bool(
            self._audit_scans or self._audit_source[2])
            and self._saved_scans != self._audit_scans)
        self.load_button.setEnabled(has_box and idle)
        self.place_button.setEnabled(has_box and idle)

    # -- saved audits and their findings -------------------------------------------------------

    def save_audit(self) -> bool:
        """Store the audit as it stands (an unfinished one is finished first, confirmed)."""
        try:
            box = self._audit_box
            if box is None:
                return False
            source, name, unreadable = self._audit_source
            if not self._audit_scans and not unreadable:
                self._interaction.show_error(self, self.tr("Box audit"),
                                             self.tr("Scan the tubes of the box first."))
                return False
            if not self._audit_finished:
                if not self._interaction.confirm(
                        self, self.tr("Save audit"), self.tr(
                            "The audit of {path} is not finished: every tube not scanned "
                            "yet will be recorded as missing. Save it now?").format(
                                path=box.path), self.tr("Save audit")):
                    return False
                self.finish_audit()
            try:
                stored = box_audits.save(self._session, box.path, self._audit_scans,
                                         source=source, scan_file=name, unreadable=unreadable)
            except BioTrackError as exc:
                self._interaction.report(self, exc, self.tr("Save audit"))
                return False
            self.last_saved = stored
            self._saved_scans = list(self._audit_scans)
            self._update_audit_buttons()
            self._feedback(self.tr("Audit {id} of {path} saved: {count} finding(s).").format(
                id=stored.id, path=stored.box_path, count=stored.finding_count), OK_STYLE)
            if stored.finding_count:
                self.show_findings(stored.id)
            return True
        finally:
            self._refocus()

    def _on_findings_button_clicked(self) -> None:
        self.show_findings(None)
        self._refocus()

    def show_findings(self, audit_id: int | None) -> AuditFindingsDialog:
        """The findings of one saved audit (or every open finding), in a non-modal dialog."""
        if self.findings_dialog is not None:
            self.findings_dialog.close()
            self.findings_dialog.deleteLater()
        dialog = AuditFindingsDialog(self._session, self._interaction, audit_id, self)
        dialog.finding_resolved.connect(self._on_findings_dialog_finding_resolved)
        self.findings_dialog = dialog
        dialog.show()
        return dialog

    def _on_findings_dialog_finding_resolved(self) -> None:
        """A resolution moved or marked a tube: compare the same scans with the box again."""
        if self.mode() == AUDIT and self._audit_box is not None:
            self._resume_audit()

    # -- rack-scanner files ----------------------------------------------------------------------

    def ask_scan_file(self, title: str) -> Path | None:
        """Which rack-scanner file to read; None when the person cancels (tests replace it)."""
        path, _filter = QFileDialog.getOpenFileName(
            self, title, "", self.tr("Rack-scanner files (*.csv *.tsv *.txt);;All files (*)"))
        return Path(path) if path else None

    def busy(self) -> bool:
        return self._file_task is not None

    def load_scan_file(self) -> bool:
        """Fill the audit of the chosen box from a rack-scanner file (read in a worker)."""
        return self._read_file("audit", self.tr("Load a rack-scanner file"))

    def place_from_scan_file(self) -> bool:
        """Place the unplaced tubes a rack-scanner file lists in the chosen box."""
        return self._read_file("place", self.tr("Place tubes from a rack-scanner file"))

    def _read_file(self, purpose: str, title: str) -> bool:
        try:
            if self._file_task is not None or self._audit_box is None:
                return False
            path = self.ask_scan_file(title)
            if path is None:
                return False
            task = Task(lambda: read_scan_file(path))
            task.signals.finished.connect(self._on_file_task_finished)
            task.signals.failed.connect(self._on_file_task_failed)
            self._file_task, self._file_purpose = task, purpose
            self.file_progress.show()
            self._update_audit_buttons()
            self._feedback(self.tr("Reading {file}…").format(file=path.name), NOTE_STYLE)
            task.start()
            return True
        finally:
            self._refocus()

    def _file_done(self) -> str:
        self._file_task = None
        self.file_progress.hide()
        self._update_audit_buttons()
        return self._file_purpose

    def _on_file_task_failed(self, error: BaseException) -> None:
        self._file_done()
        self._feedback("")
        if isinstance(error, BioTrackError):
            self._interaction.report(self, error, self.tr("Rack-scanner file"))
            return
        raise error  # a bug: the application's crash handler logs and shows it

    def _on_file_task_finished(self, result: FileScan) -> None:
        purpose = self._file_done()
        if self._audit_box is None:
            return
        if purpose == "audit":
            self._audit_from_file(*result)
        else:
            self._place_from_file(*result)
        self._refocus()

    def _audit_from_file(self, name: str, scan: RackScan,
                         lines: dict[tuple[str, str], int]) -> None:
        assert self._audit_box is not None
        scans: list[tuple[str | None, str]] = list(scan.tubes)
        try:
            box_audits.check_file_positions(self._session, self._audit_box.path, scan.tubes,
                                            lines, name)
            storage.box_audit(self._session, self._audit_box.path, scans)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Rack-scanner file"))
            return
        self.positions_check.blockSignals(True)
        self.positions_check.setChecked(True)  # a rack scan gives every tube's position
        self.positions_check.blockSignals(False)
        self._audit_scans = scans
        self._audit_source = ("file", name, scan.unreadable)
        self._saved_scans = None
        self._audit_finished = True
        self.grid.set_cursor_position(None)
        self._audit_cursor = None
        self._run_audit()
        text = self.tr("{count} tube(s) read from {file}.").format(count=len(scans), file=name)
        if scan.unreadable:
            text += " " + self.tr("Unreadable wells: {wells}.").format(
                wells=", ".join(scan.unreadable))
        self._feedback(text, ERROR_STYLE if scan.unreadable else OK_STYLE)

    def _place_from_file(self, name: str, scan: RackScan,
                         lines: dict[tuple[str, str], int]) -> None:
        box = self._audit_box
        assert box is not None
        title = self.tr("Place from scan file")
        if not self._interaction.confirm(self, title, self.tr(
                "Place the {count} tube(s) of {file} in box {path}, each at its scanned "
                "position?").format(count=len(scan.tubes), file=name, path=box.path),
                self.tr("Place tubes")):
            self._feedback(self.tr("Nothing was changed."), NOTE_STYLE)
            return
        try:
            done = bulk_placement.place(self._session, box.path, scan.tubes,
                                        unreadable=scan.unreadable, lines=lines, source=name)
        except BioTrackError as exc:
            self._interaction.report(self, exc, title)
            self._feedback(self.tr("Nothing was placed."), ERROR_STYLE)
            return
        self._start_audit()  # the box changed: a fresh comparison of it
        self._feedback(self.tr("{count} tube(s) placed in {path}.").format(
            count=len(done.placed), path=done.box_path), OK_STYLE)

    # -- refresh ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Arriving from another workspace: what was shown may have changed."""
        mode = self.mode()
        if mode == LOOKUP and self._tube is not None:
            try:
                self.show_tube(storage.locate(self._session, self._tube.barcode))
            except BioTrackError:
                self.show_tube(None)
        elif mode in BATCH_MODES:
            self._revalidate_batch()
            self._update_apply()
        elif mode == AUDIT:
            self._load_audit_boxes()
        self._refocus()

