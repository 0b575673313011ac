"""Shipments page of the Freezers workspace (issue 7, point 3).

The technician's desk for sending tubes to another laboratory: the list of shipments (newest
first, sortable), a New shipment dialog, and for the chosen shipment its tubes. Tubes are added
by scanning or pasting barcodes, or by criteria (participant, visit, sample type, whole box);
they can be removed while the shipment is a draft. "Save manifest…" writes the PDF, XLSX or
CSV in a worker with a progress bar; "Dispatch…" asks for confirmation (it marks every tube
shipped and cannot be undone); "Receive back…" brings a returned shipment's tubes (all, or the
selected ones) back to their positions; "Cancel shipment…" gives up a draft, with a reason.

Every decision is services.shipments': the page passes what the person typed and shows the
service's refusal as one message, then re-reads what is stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.services import overview, permissions, shipments
from biotrack.services.context import Session
from biotrack.ui.dialogs.reason_dialog import ReasonDialog
from biotrack.ui.dialogs.shipment_dialog import ShipmentDialog
from biotrack.ui.i18n import format_date, format_number
from biotrack.ui.interaction import Interaction
from biotrack.ui.models import GONE_FOREGROUND, SORT_ROLE, ListTableModel
from biotrack.ui.value_labels import sample_type_labels, value_label
from biotrack.ui.widgets.background import ProgressRelay, run_on_own_connection
from biotrack.ui.widgets.scan_field import ScanField
from biotrack.ui.widgets.storage_models import status_label
from biotrack.ui.workers import Task

_SPLIT = re.compile(r"[\s,;]+")


def _declared(s: shipments.Shipment) -> str:
    parts = ["UN3373"] if s.un3373 else []
    if s.dry_ice_kg:
        parts.append(f"UN1845 {format_number(s.dry_ice_kg)} kg")
    return ", ".join(parts)


class ShipmentModel(ListTableModel[shipments.Shipment]):
    """The shipments (services.shipments.shipments); closed ones dimmed."""

    CONTEXT = "ShipmentModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("ShipmentModel", "Code"), lambda s: s.code),
        (QT_TRANSLATE_NOOP("ShipmentModel", "Status"), lambda s: value_label(s.status)),
        (QT_TRANSLATE_NOOP("ShipmentModel", "Ship date"), lambda s: format_date(s.ship_date)),
        (QT_TRANSLATE_NOOP("ShipmentModel", "Destination"), lambda s: s.destination),
        (QT_TRANSLATE_NOOP("ShipmentModel", "Courier"), lambda s: s.courier),
        (QT_TRANSLATE_NOOP("ShipmentModel", "Tubes"), lambda s: s.items),
        (QT_TRANSLATE_NOOP("ShipmentModel", "Declared"), _declared),
    )

    def extra_data(self, record: shipments.Shipment, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.status in (
                "cancelled", "received_back"):
            return QBrush(GONE_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ShipmentItemModel(ListTableModel[shipments.ShipmentItem]):
    """The tubes of one shipment, as the manifest lists them, with their status now."""

    CONTEXT = "ShipmentItemModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("ShipmentItemModel", "Barcode"), lambda i: i.barcode),
        (QT_TRANSLATE_NOOP("ShipmentItemModel", "Code"), lambda i: i.code),
        (QT_TRANSLATE_NOOP("ShipmentItemModel", "Visit"), lambda i: i.visit),
        (QT_TRANSLATE_NOOP("ShipmentItemModel", "Sample type"), lambda i: i.sample_type),
        (QT_TRANSLATE_NOOP("ShipmentItemModel", "Volume µL"), lambda i: i.volume_ul),
        (QT_TRANSLATE_NOOP("ShipmentItemModel", "Box"), lambda i: i.box or ""),
        (QT_TRANSLATE_NOOP("ShipmentItemModel", "Position"), lambda i: i.position or ""),
        (QT_TRANSLATE_NOOP("ShipmentItemModel", "Status"), lambda i: status_label(i.status)),
    )
    SAMPLE_COLUMN = 3

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

    def extra_data(self, record: shipments.ShipmentItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.received_back_at:
            return QBrush(GONE_FOREGROUND)
        return None


def _manifest_job(code: str, fmt: str, target: Path, progress: Callable[[int, int], None]
                  ) -> Callable[[Session], shipments.ManifestFile]:
    def job(session: Session) -> shipments.ManifestFile:
        return shipments.manifest(session, code, fmt, target, progress=progress,
                                  translate=QCoreApplication.translate)  # the PDF's words
    return job


class ShipmentsPage(QWidget):
    """Shipments on the left; the chosen one's tubes, ways to add them, and its actions."""

    #: A shipment was created, filled, dispatched, received or cancelled (its code).
    shipment_changed = Signal(str)
    #: A manifest file was written (its path).
    manifest_saved = Signal(str)

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self._task: Task | None = None
        self._finished_task: Task | None = None
        self._relay: ProgressRelay | None = None
        self.last_manifest: shipments.ManifestFile | None = None
        self.setObjectName("shipments_page")
        may_ship = permissions.allowed(session.user, "storage")

        title = QLabel(self.tr("<h2>Shipments</h2>"))
        self.new_button = QPushButton(self.tr("&New shipment…"))
        self.new_button.setObjectName("new_shipment")
        self.new_button.setEnabled(may_ship)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.setObjectName("refresh_shipments")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(refresh)

        # -- the list of shipments ---------------------------------------------------------------
        self.model = ShipmentModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("shipments_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        # -- the chosen shipment -----------------------------------------------------------------
        self.details_label = QLabel(self.tr("Choose a shipment, or create one."))
        self.details_label.setObjectName("shipment_details")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)

        self.scan_field = ScanField()
        self.scan_field.setObjectName("shipment_scan")
        self.scan_field.setPlaceholderText(self.tr("Scan a tube to add it"))
        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setObjectName("paste_barcodes")
        self.paste_edit.setPlaceholderText(self.tr("or paste barcodes (one per line)"))
        self.paste_edit.setFixedHeight(54)
        self.add_listed_button = QPushButton(self.tr("Add &listed"))
        self.add_listed_button.setObjectName("add_listed")
        self.participant_edit = QLineEdit()
        self.participant_edit.setObjectName("criteria_participant")
        self.participant_edit.setPlaceholderText(self.tr("e.g. IA-NAV-001"))
        self.visit_edit = QLineEdit()
        self.visit_edit.setObjectName("criteria_visit")
        self.visit_edit.setPlaceholderText(self.tr("e.g. V1"))
        self.sample_combo = QComboBox()
        self.sample_combo.setObjectName("criteria_sample_type")
        self.sample_combo.addItem(self.tr("Any sample type"), None)
        for key, label in sample_type_labels(session.protocol).items():
            self.sample_combo.addItem(label, key)
        self.box_edit = QLineEdit()
        self.box_edit.setObjectName("criteria_box")
        self.box_edit.setPlaceholderText(self.tr("whole box, e.g. F1/S1/R1/B1"))
        self.add_matching_button = QPushButton(self.tr("Add &matching"))
        self.add_matching_button.setObjectName("add_matching")
        self.add_matching_button.setToolTip(self.tr(
            "Add every tube in storage that matches all the criteria filled in"))
        add_box = QGroupBox(self.tr("Add tubes"))
        add_box.setObjectName("add_tubes")
        by_barcode = QVBoxLayout()
        by_barcode.addWidget(self.scan_field)
        by_barcode.addWidget(self.paste_edit)
        by_barcode.addWidget(self.add_listed_button, 0, Qt.AlignmentFlag.AlignRight)
        criteria = QFormLayout()
        criteria.addRow(self.tr("&Participant:"), self.participant_edit)
        criteria.addRow(self.tr("&Visit:"), self.visit_edit)
        criteria.addRow(self.tr("Sample &type:"), self.sample_combo)
        criteria.addRow(self.tr("Bo&x:"), self.box_edit)
        criteria.addRow("", self.add_matching_button)
        add_layout = QHBoxLayout(add_box)
        add_layout.addLayout(by_barcode, 1)
        add_layout.addLayout(criteria, 1)
        self.add_box = add_box

        self.item_model = ShipmentItemModel(parent=self)
        self.item_model.set_sample_labels(sample_type_labels(session.protocol))
        self.items_table = QTableView()
        self.items_table.setObjectName("shipment_items")
        self.items_table.setModel(self.item_model)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_table.setAlternatingRowColors(True)
        self.items_table.verticalHeader().setVisible(False)
        self.items_table.verticalHeader().setDefaultSectionSize(
            self.items_table.fontMetrics().height() + 8)
        self.items_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)

        self.remove_button = QPushButton(self.tr("Re&move selected"))
        self.remove_button.setObjectName("remove_items")
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("manifest_format")
        for fmt in shipments.MANIFEST_FORMATS:
            self.format_combo.addItem(fmt.upper(), fmt)
        self.manifest_button = QPushButton(self.tr("&Save manifest…"))
        self.manifest_button.setObjectName("save_manifest")
        self.dispatch_button = QPushButton(self.tr("&Dispatch…"))
        self.dispatch_button.setObjectName("dispatch")
        self.dispatch_button.setToolTip(self.tr(
            "Mark every tube of this shipment shipped (cannot be undone)"))
        self.receive_button = QPushButton(self.tr("Recei&ve back…"))
        self.receive_button.setObjectName("receive_back")
        self.receive_button.setToolTip(self.tr(
            "The shipment came back: the selected tubes (or all) return to their positions"))
        self.cancel_button = QPushButton(self.tr("&Cancel shipment…"))
        self.cancel_button.setObjectName("cancel_shipment")
        actions = QHBoxLayout()
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(self.format_combo)
        actions.addWidget(self.manifest_button)
        actions.addWidget(self.dispatch_button)
        actions.addWidget(self.receive_button)
        actions.addWidget(self.cancel_button)
        self.progress = QProgressBar()
        self.progress.setObjectName("manifest_progress")
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("shipment_status")
        self.status_label.setWordWrap(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details_label)
        right_layout.addWidget(add_box)
        right_layout.addWidget(self.items_table, 1)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.progress)
        right_layout.addWidget(self.status_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("shipments_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([480, 720])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.new_button.clicked.connect(self._on_new_button_clicked)
        refresh.clicked.connect(self._on_refresh_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.items_table.selectionModel().selectionChanged.connect(
            self._on_items_selection_changed)
        self.scan_field.scanned.connect(self._on_scan_field_scanned)
        self.add_listed_button.clicked.connect(self._on_add_listed_button_clicked)
        self.add_matching_button.clicked.connect(self._on_add_matching_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.manifest_button.clicked.connect(self._on_manifest_button_clicked)
        self.dispatch_button.clicked.connect(self._on_dispatch_button_clicked)
        self.receive_button.clicked.connect(self._on_receive_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the shipments, keeping the chosen one chosen."""
        code = self.current_code()
        try:
            found = shipments.shipments(self._session)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Shipments"))
            return
        self.model.set_rows(found)
        if code is not None:
            self.select(code)
        self._show_current()

    def _on_refresh_clicked(self) -> None:
        self.refresh()

    def current(self) -> shipments.Shipment | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record: shipments.Shipment = self.model.row_at(self.proxy.mapToSource(rows[0]).row())
        return record

    def current_code(self) -> str | None:
        shipment = self.current()
        return shipment.code if shipment else None

    def select(self, code: str) -> bool:
        """Choose a shipment in the list as a click would; False if it is not listed."""
        for row, record in enumerate(self.model.rows()):
            if record.code == code:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectionModel().select(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return True
        return False

    def _on_table_selection_changed(self, *_args: object) -> None:
        self._show_current()

    def _on_items_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _show_current(self) -> None:
        shipment = self.current()
        if shipment is None:
            self.item_model.set_rows([])
            self.details_label.setText(self.tr("Choose a shipment, or create one."))
            self._update_buttons()
            return
        try:
            tubes = shipments.items(self._session, shipment.code)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Shipments"))
            tubes = []
        self.item_model.set_rows(tubes)
        declared = _declared(shipment) or self.tr("nothing declared")
        self.details_label.setText(self.tr(
            "<b>{code}</b> ({status}) to <b>{destination}</b>, {date}{courier}{tracking} · "
            "{declared} · {tubes} tube(s){back}").format(
                code=shipment.code, status=value_label(shipment.status),
                destination=shipment.destination, date=format_date(shipment.ship_date),
                courier=self.tr(", courier {name}").format(name=shipment.courier)
                if shipment.courier else "",
                tracking=self.tr(", tracking {number}").format(number=shipment.tracking)
                if shipment.tracking else "",
                declared=declared, tubes=shipment.items,
                back=self.tr(", {count} received back").format(count=shipment.received)
                if shipment.received else ""))
        self._update_buttons()

    def _update_buttons(self) -> None:
        shipment = self.current()
        may_ship = permissions.allowed(self._session.user, "storage")
        draft = bool(shipment and shipment.is_draft and may_ship)
        idle = self._task is None
        self.add_box.setEnabled(draft)
        self.remove_button.setEnabled(
            draft and bool(self.items_table.selectionModel().selectedRows()))
        self.manifest_button.setEnabled(bool(shipment and shipment.items and may_ship and idle))
        self.format_combo.setEnabled(idle)
        self.dispatch_button.setEnabled(draft and bool(shipment and shipment.items))
        self.receive_button.setEnabled(
            bool(shipment and shipment.status == "dispatched" and may_ship))
        self.cancel_button.setEnabled(draft)

    def selected_barcodes(self) -> list[str]:
        return [self.item_model.row_at(index.row()).barcode
                for index in sorted(self.items_table.selectionModel().selectedRows(),
                                    key=lambda i: i.row())]

    # -- changing --------------------------------------------------------------------------------

    def _changed(self, code: str, message: str) -> None:
        self.status_label.setText(message)
        self.refresh()
        self.shipment_changed.emit(code)

    def _on_new_button_clicked(self) -> None:
        self.new_shipment()

    def new_shipment(self) -> shipments.Shipment | None:
        created = ShipmentDialog.ask(self._session, self._interaction, parent=self)
        if created is None:
            return None
        self.refresh()
        self.select(created.code)
        self._changed(created.code, self.tr("Draft {code} created: add its tubes.").format(
            code=created.code))
        return created

    def _add(self, barcodes: list[str], **criteria: str | None) -> bool:
        shipment = self.current()
        if shipment is None:
            return False
        try:
            added = shipments.add(self._session, shipment.code, barcodes, **criteria)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Tubes not added"))
            return False
        self._changed(shipment.code, self.tr("Added {count} tube(s) to {code}.").format(
            count=len(added), code=shipment.code))
        return True

    def _on_scan_field_scanned(self, text: str) -> None:
        self._add([text])

    def _on_add_listed_button_clicked(self) -> None:
        barcodes = [b for b in _SPLIT.split(self.paste_edit.toPlainText()) if b]
        if self._add(barcodes):
            self.paste_edit.clear()

    def _on_add_matching_button_clicked(self) -> None:
        if self._add([], participant=self.participant_edit.text() or None,
                     visit=self.visit_edit.text() or None,
                     sample_type=self.sample_combo.currentData(),
                     box=self.box_edit.text() or None):
            for field in (self.participant_edit, self.visit_edit, self.box_edit):
                field.clear()
            self.sample_combo.setCurrentIndex(0)

    def _on_remove_button_clicked(self) -> None:
        shipment, barcodes = self.current(), self.selected_barcodes()
        if shipment is None or not barcodes:
            return
        try:
            shipments.remove(self._session, shipment.code, barcodes)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Tubes not removed"))
            return
        self._changed(shipment.code, self.tr("Removed {count} tube(s) from {code}.").format(
            count=len(barcodes), code=shipment.code))

    def _on_dispatch_button_clicked(self) -> None:
        self.dispatch()

    def dispatch(self) -> bool:
        """Confirm, then mark every tube shipped; False if nothing was done."""
        shipment = self.current()
        if shipment is None:
            return False
        if not self._interaction.confirm(
                self, self.tr("Dispatch {code}").format(code=shipment.code),
                self.tr("Dispatch {code} to {destination}? Its {count} tube(s) will be marked "
                        "shipped and leave their positions. This cannot be undone.").format(
                    code=shipment.code, destination=shipment.destination,
                    count=shipment.items),
                self.tr("Dispatch")):
            return False
        try:
            sent = shipments.dispatch(self._session, shipment.code)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Not dispatched"))
            self.refresh()
            return False
        self._changed(sent.code, self.tr("{code} dispatched: {count} tube(s) shipped.").format(
            code=sent.code, count=sent.items))
        return True

    def _on_receive_button_clicked(self) -> None:
        self.receive_back()

    def receive_back(self) -> bool:
        """Confirm, then bring the selected tubes (or all not yet back) back to storage."""
        shipment = self.current()
        if shipment is None:
            return False
        barcodes = [b for b in self.selected_barcodes()
                    if not next(i for i in self.item_model.rows()
                                if i.barcode == b).received_back_at]
        question = (self.tr("Receive {count} selected tube(s) of {code} back into storage?")
                    .format(count=len(barcodes), code=shipment.code) if barcodes else
                    self.tr("Receive every tube of {code} that is not back yet into "
                            "storage?").format(code=shipment.code))
        if not self._interaction.confirm(
                self, self.tr("Receive back"), question + " " + self.tr(
                    "Each goes back to its position if it is still free, else it is left "
                    "unplaced."), self.tr("Receive back")):
            return False
        try:
            returned = shipments.receive(self._session, shipment.code, barcodes)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Not received back"))
            return False
        unplaced = [r.barcode for r in returned if r.path is None]
        message = self.tr("{count} tube(s) of {code} received back.").format(
            count=len(returned), code=shipment.code)
        if unplaced:
            message += " " + self.tr("Their positions were taken, place them by hand: "
                                     "{barcodes}").format(barcodes=", ".join(unplaced))
            self._interaction.show_info(self, self.tr("Receive back"), message)
        self._changed(shipment.code, message)
        return True

    def _on_cancel_button_clicked(self) -> None:
        self.cancel_shipment()

    def cancel_shipment(self) -> bool:
        shipment = self.current()
        if shipment is None:
            return False
        # The reason goes into the shipment's audit event; the dialog asks and confirms.
        reason = ReasonDialog.ask(
            self, self.tr("Cancel {code}").format(code=shipment.code),
            self.tr("Cancel the draft {code}? Its tubes stay in the freezer and can go in "
                    "another shipment.").format(code=shipment.code),
            self.tr("Cancel shipment"))
        if reason is None:
            return False
        try:
            shipments.cancel(self._session, shipment.code, reason)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Not cancelled"))
            return False
        self._changed(shipment.code, self.tr("{code} cancelled.").format(code=shipment.code))
        return True

    # -- the manifest, in a worker ---------------------------------------------------------------

    def ask_output_file(self, suggested: Path, fmt: str) -> Path | None:
        """Where to save; None when the person cancels. Tests replace this method."""
        filters = {"pdf": self.tr("PDF files (*.pdf)"), "xlsx": self.tr("Excel files (*.xlsx)"),
                   "csv": self.tr("CSV files (*.csv)")}
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the manifest"), str(suggested), filters.get(fmt, ""))
        return Path(path) if path else None

    def _on_manifest_button_clicked(self) -> None:
        self.save_manifest()

    def save_manifest(self) -> bool:
        """Ask for a file and write the manifest in a worker; False if nothing was started."""
        shipment, fmt = self.current(), self.format_combo.currentData()
        if shipment is None or self._task is not None:
            return False
        try:
            db_path = overview.database_file(self._session)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Manifest not saved"))
            return False
        if db_path is None:
            self._interaction.show_error(self, self.tr("Manifest not saved"), self.tr(
                "This database is not a file, so the manifest cannot be written in the "
                "background."))
            return False
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        target = self.ask_output_file(folder / f"manifest-{shipment.code}.{fmt}", fmt)
        if target is None:
            return False
        if not target.suffix:
            target = target.with_suffix(f".{fmt}")
        relay = ProgressRelay(self)
        job = _manifest_job(shipment.code, fmt, target, relay.report)
        session = self._session
        task = Task(lambda: run_on_own_connection(db_path, session, job))
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        relay.progressed.connect(self._on_relay_progressed)
        self._task, self._relay = task, relay
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status_label.setText(self.tr("Writing {name}…").format(name=target.name))
        self._update_buttons()
        task.start()
        return True

    def _on_relay_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _done(self) -> None:
        if self._relay is not None:
            self._relay.progressed.disconnect(self._on_relay_progressed)
            self._relay.deleteLater()
        # Keep the finished task until the next one: the worker may still be returning.
        self._finished_task, self._task, self._relay = self._task, None, None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._update_buttons()

    def _on_task_finished(self, result: object) -> None:
        self._done()
        if isinstance(result, shipments.ManifestFile):
            self.last_manifest = result
            self.status_label.setText(self.tr("Saved the {format} manifest of {code} to "
                                              "{path}").format(format=result.format.upper(),
                                                               code=result.code,
                                                               path=result.path))
            self.manifest_saved.emit(str(result.path))

    def _on_task_failed(self, error: BaseException) -> None:
        self._done()
        self.progress.hide()
        self.status_label.setText("")
        if isinstance(error, BioTrackError):
            self._interaction.report(self, error, self.tr("Manifest not saved"))
            return
        raise error  # a bug: the application's crash handler logs and shows it
