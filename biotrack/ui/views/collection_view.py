"""Register collection: one blood draw, its aliquots and their positions (SPEC.md section 4.3).

The technician picks a participant and one of their planned visits (or scans a label printed
before the draw), enters the times, who drew and processed, deviations and a short draw, and
sees the aliquots that will be created with the positions proposed for them
(services.collection.preview, asked again whenever participant, visit or counts change).
Choosing an aliquot in that list shows its box in a grid (BoxGrid) with the draw's proposed
positions drawn dashed; clicking an empty position moves that aliquot there, clicking the
position proposed for another aliquot of the draw swaps the two, and a box combo offers the
other boxes of the right type that have room. Those choices go to the service as ``positions``
and are checked again inside the registering transaction.
"Register" makes one service call, one transaction; the result is shown once, the form resets,
and the labels of the new collection can be saved as PDF or ZPL (ui.widgets.label_print_panel).
The view holds no rule: what is collectable, how many aliquots and where they go is the
service's answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSignalBlocker,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.models import Box, Location, Visit
from biotrack.schedule import PLANNED
from biotrack.services import collection, due, enrolment, overview, printing, storage
from biotrack.services.collection import Draw, PlannedAliquot, Registered
from biotrack.services.context import Session
from biotrack.services.overview import ParticipantOverview
from biotrack.services.printing import PrintOptions
from biotrack.ui.i18n import datetime_pattern, error_text, format_date, translate
from biotrack.ui.interaction import Interaction
from biotrack.ui.models import ListTableModel, ParticipantCodeModel
from biotrack.ui.value_labels import (
    message_on_screen,
    protocol_text,
    sample_type_label,
    sample_type_labels,
)
from biotrack.ui.widgets.background import FirstRead
from biotrack.ui.widgets.box_grid import BoxGrid, Proposal
from biotrack.ui.widgets.label_print_panel import LabelPrintPanel, LabelSource

UNPLACED_FOREGROUND = QColor("#9a2b00")
ERROR_STYLE = "color: #9a2b00;"
#: The optional processing times, in the order the service checks them.
OPTIONAL_TIMES = (
    ("received", QT_TRANSLATE_NOOP("CollectionView", "Received in lab")),
    ("centrifuged", QT_TRANSLATE_NOOP("CollectionView", "Centrifuged")),
    ("frozen", QT_TRANSLATE_NOOP("CollectionView", "Frozen")),
)


@dataclass(frozen=True)
class ProposedAliquot:
    """One row of the preview: an aliquot the draw will give and where it would be stored."""

    planned: PlannedAliquot
    location: Location | None
    sample_label: str
    #: The technician chose this position (it is not the allocator's proposal).
    chosen: bool = False

    @property
    def key(self) -> tuple[str, int]:
        return self.planned.sample_type, self.planned.number

    @property
    def name(self) -> str:
        return f"{self.sample_label} {self.planned.number}/{self.planned.of_count}"


def _box(row: ProposedAliquot) -> str:
    return row.location.box_path if row.location else translate("ProposedAliquotModel", "unplaced")


class ProposedAliquotModel(ListTableModel[ProposedAliquot]):
    """The aliquots a draw will create (services.collection.preview), in creation order."""

    CONTEXT = "ProposedAliquotModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("ProposedAliquotModel", "Sample"), lambda r: r.sample_label),
        (QT_TRANSLATE_NOOP("ProposedAliquotModel", "Aliquot"),
         lambda r: f"{r.planned.number} / {r.planned.of_count}"),
        (QT_TRANSLATE_NOOP("ProposedAliquotModel", "Volume"),
         lambda r: f"{r.planned.volume_ul} µL"),
        (QT_TRANSLATE_NOOP("ProposedAliquotModel", "Box"), _box),
        (QT_TRANSLATE_NOOP("ProposedAliquotModel", "Position"),
         lambda r: r.location.position if r.location else "—"),
    )

    def extra_data(self, record: ProposedAliquot, column: int, role: int) -> Any:
        if record.location is None and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(UNPLACED_FOREGROUND)
        if record.chosen and role == Qt.ItemDataRole.FontRole and column in (3, 4):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if record.location is None:
                return self.tr("No free position in a box of the right type: the "
                               "tube will wait as unplaced until a box is added.")
            if record.chosen:
                return self.tr("{path} (chosen by hand)").format(path=record.location.path)
            return record.location.path
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def unplaced_count(self) -> int:
        return sum(1 for r in self._rows if r.location is None)


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute))


def _python(value: QDateTime) -> datetime:
    date, time = value.date(), value.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


class CollectionView(QWidget):
    """Participant + visit (or a scanned label), the draw form, the preview, Register, labels."""

    #: A collection was stored; its id (other workspaces may refresh on it).
    collection_registered = Signal(int)

    def __init__(self, session: Session, interaction: Interaction, db_path: Path,
                 parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self._participants: dict[str, ParticipantOverview] = {}
        self._visits: list[Visit] = []  # the chosen participant's planned visits
        self._counts_for: tuple[str | None, str | None] = (None, None)
        #: Positions chosen by hand: (sample type, number) -> position path.
        self._positions: dict[tuple[str, int], str] = {}
        self._position_boxes: dict[str, Box] = {}
        self.setObjectName("collection_view")

        title = QLabel(self.tr("<h2>Register a collection</h2>"))

        # -- who and which visit ----------------------------------------------------------------
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("scan_label")
        self.scan_edit.setPlaceholderText(self.tr("Scan a pre-printed tube label…"))
        self.scan_edit.setClearButtonEnabled(True)
        self.participant_combo = QComboBox()
        self.participant_combo.setObjectName("participant_combo")
        self.participant_combo.setEditable(True)
        self.participant_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._type_a_code = self.tr("Type a code…")
        self.participant_combo.lineEdit().setPlaceholderText(self._type_a_code)
        self.participant_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.participant_combo.setMinimumContentsLength(11)
        # A model, not addItem per participant: filling it is one reset (issue 8).
        self.participant_model = ParticipantCodeModel(parent=self)
        self.participant_combo.setModel(self.participant_model)
        completer = QCompleter(self.participant_model, self.participant_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.participant_combo.setCompleter(completer)
        self.visit_combo = QComboBox()
        self.visit_combo.setObjectName("visit_combo")
        self.visit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.visit_combo.setMinimumContentsLength(16)
        self.target_label = QLabel()
        self.target_label.setObjectName("target_label")
        self.target_label.setWordWrap(True)

        pick = QGridLayout()
        scan_label = QLabel(self.tr("S&can label:"))
        scan_label.setBuddy(self.scan_edit)
        participant_label = QLabel(self.tr("&Participant:"))
        participant_label.setBuddy(self.participant_combo)
        visit_label = QLabel(self.tr("&Visit:"))
        visit_label.setBuddy(self.visit_combo)
        pick.addWidget(scan_label, 0, 0)
        pick.addWidget(self.scan_edit, 0, 1, 1, 3)
        pick.addWidget(participant_label, 1, 0)
        pick.addWidget(self.participant_combo, 1, 1)
        pick.addWidget(visit_label, 1, 2)
        pick.addWidget(self.visit_combo, 1, 3)
        pick.addWidget(self.target_label, 2, 1, 1, 3)
        pick.setColumnStretch(1, 1)
        pick.setColumnStretch(3, 1)

        # -- the draw ---------------------------------------------------------------------------
        times = QGroupBox(self.tr("Times"))
        times_grid = QGridLayout(times)
        self.drawn_edit = self._datetime_edit("drawn_at")
        drawn_label = QLabel(self.tr("&Drawn:"))
        drawn_label.setBuddy(self.drawn_edit)
        times_grid.addWidget(drawn_label, 0, 0)
        times_grid.addWidget(self.drawn_edit, 0, 1)
        self.time_checks: dict[str, QCheckBox] = {}
        self.time_edits: dict[str, QDateTimeEdit] = {"drawn": self.drawn_edit}
        for row, (key, text) in enumerate(OPTIONAL_TIMES, start=1):
            check = QCheckBox(self.tr(text))
            check.setObjectName(f"{key}_check")
            check.setToolTip(self.tr("Tick to record this time (it starts at now)"))
            edit = self._datetime_edit(f"{key}_at")
            edit.setEnabled(False)
            check.toggled.connect(lambda on, k=key: self._on_time_check_toggled(k, on))
            times_grid.addWidget(check, row, 0)
            times_grid.addWidget(edit, row, 1)
            self.time_checks[key] = check
            self.time_edits[key] = edit
        times_grid.setColumnStretch(1, 1)

        people = QGroupBox(self.tr("People"))
        people_form = QFormLayout(people)
        self.drawn_by_edit = QLineEdit()
        self.drawn_by_edit.setObjectName("drawn_by")
        self.drawn_by_edit.setMaxLength(100)
        self.processed_by_edit = QLineEdit()
        self.processed_by_edit.setObjectName("processed_by")
        self.processed_by_edit.setMaxLength(100)
        people_form.addRow(self.tr("Drawn &by:"), self.drawn_by_edit)
        people_form.addRow(self.tr("Processed b&y:"), self.processed_by_edit)

        self.counts_box = QGroupBox(self.tr("Aliquots made (lower for a short draw)"))
        self.counts_form = QFormLayout(self.counts_box)
        self.count_spins: dict[str, QSpinBox] = {}

        deviations = QGroupBox(self.tr("Deviations"))
        deviations_grid = QGridLayout(deviations)
        self.deviation_checks: dict[str, QCheckBox] = {}
        for index, text in enumerate(session.protocol.quality.deviations):
            # The box shows the reader's language; the English text is what is recorded.
            check = QCheckBox(protocol_text(session.protocol, text))
            check.setObjectName(f"deviation_{text.replace(' ', '_')}")
            deviations_grid.addWidget(check, index // 2, index % 2)
            self.deviation_checks[text] = check

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setPlaceholderText(self.tr("Notes (optional)"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(60)

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 4, 0)
        for widget in (times, people, self.counts_box, deviations, self.notes_edit):
            form_layout.addWidget(widget)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("draw_form")
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(200)  # small windows scroll; the splitter gives it room

        # -- what will be created ---------------------------------------------------------------
        self.preview_label = QLabel()
        self.preview_label.setObjectName("preview_summary")
        self.preview_label.setWordWrap(True)
        self.model = ProposedAliquotModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("aliquot_preview")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.register_button = QPushButton(self.tr("&Register collection"))
        self.register_button.setObjectName("register")
        self.register_button.setMinimumSize(200, 34)
        self.register_button.setStyleSheet("font-weight: bold;")
        self.register_button.setToolTip(self.tr("Store the collection, its aliquots and their "
                                                "positions (one transaction)"))
        self.labels = LabelPrintPanel(session, db_path, interaction, settings=settings)

        # -- where the chosen aliquot goes ------------------------------------------------------
        self.position_box = QGroupBox(self.tr("Position of the chosen aliquot"))
        self.position_box.setObjectName("position_group")
        self.box_combo = QComboBox()
        self.box_combo.setObjectName("position_box")
        self.box_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.box_combo.setMinimumContentsLength(14)
        self.box_combo.setToolTip(self.tr("Boxes of the right type with a free position"))
        self.position_grid = BoxGrid()
        self.position_grid.setObjectName("position_grid")
        self.position_grid.set_placeholder(self.tr("Choose an aliquot to see its box."))
        self.position_grid.setMinimumSize(220, 240)
        self.position_hint = QLabel(self.tr(
            "Click an empty position to put the chosen aliquot there."))
        self.position_hint.setObjectName("position_hint")
        self.position_hint.setWordWrap(True)
        self.reset_positions_button = QPushButton(self.tr("Use the &proposed positions"))
        self.reset_positions_button.setObjectName("reset_positions")
        self.reset_positions_button.setEnabled(False)
        box_label = QLabel(self.tr("B&ox:"))
        box_label.setBuddy(self.box_combo)
        box_row = QHBoxLayout()
        box_row.addWidget(box_label)
        box_row.addWidget(self.box_combo, 1)
        position_layout = QVBoxLayout(self.position_box)
        position_layout.addLayout(box_row)
        position_layout.addWidget(self.position_grid, 1)
        position_layout.addWidget(self.position_hint)
        position_layout.addWidget(self.reset_positions_button)
        self.preview_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.preview_splitter.setObjectName("preview_splitter")
        self.preview_splitter.addWidget(self.table)
        self.preview_splitter.addWidget(self.position_box)
        self.preview_splitter.setChildrenCollapsible(False)
        self.preview_splitter.setStretchFactor(0, 1)
        self.preview_splitter.setStretchFactor(1, 1)
        self.preview_splitter.setSizes([540, 360])  # the table's five columns, then the grid

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        heading = QLabel(self.tr("<b>Aliquots to create</b>"))
        right_layout.addWidget(heading)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview_splitter, 1)
        register_row = QHBoxLayout()
        register_row.addStretch(1)
        register_row.addWidget(self.register_button)
        right_layout.addLayout(register_row)
        right_layout.addWidget(self.labels)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("collection_splitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([form.sizeHint().width() + 20, 600])

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(pick)
        layout.addWidget(self.splitter, 1)

        self.scan_edit.returnPressed.connect(self._on_scan_edit_return_pressed)
        self.participant_combo.currentIndexChanged.connect(
            self._on_participant_combo_changed)
        self.participant_combo.lineEdit().editingFinished.connect(
            self._on_participant_edit_finished)
        self.visit_combo.currentIndexChanged.connect(self._on_visit_combo_changed)
        self.register_button.clicked.connect(self._on_register_clicked)
        self.labels.labels_saved.connect(self._on_labels_saved)
        self.labels.labels_printed.connect(self._on_labels_saved)
        self.table.selectionModel().currentChanged.connect(self._on_table_current_changed)
        self.box_combo.currentIndexChanged.connect(self._on_box_combo_changed)
        self.position_grid.cell_clicked.connect(self._on_position_grid_cell_clicked)
        self.reset_positions_button.clicked.connect(self._on_reset_positions_clicked)

        self.processed_by_edit.setText(self._default_processor())
        self.reset_times()
        self.first_read = FirstRead(self, answered=self._on_participants_read,
                                    failed=self._on_participants_failed,
                                    stopped=self._on_first_read_stopped)
        if not self._read_in_background():
            self.refresh()
        self.scan_edit.setFocus()

    def _datetime_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat(datetime_pattern())
        edit.setCalendarPopup(True)
        return edit

    def _default_processor(self) -> str:
        user = self._session.user
        return user.full_name or user.username

    # -- what is shown -----------------------------------------------------------------------

    def current_code(self) -> str | None:
        return self.participant_combo.currentData()

    def current_visit(self) -> str | None:
        return self.visit_combo.currentData()

    def now(self) -> datetime:
        """The session clock as local wall-clock time, to the minute (what the form holds)."""
        return self._session.now().astimezone().replace(tzinfo=None, second=0,
                                                        microsecond=0)

    def loading(self) -> bool:
        """True while the first read of the participants runs in its worker."""
        return self.first_read.loading()

    def _read_in_background(self) -> bool:
        """Start the first read of the participants in a worker; False: read it here.

        Why (issue 8): with the module import and the form, reading the participants made
        the first visit of this workspace block the GUI thread for over 100 ms at a million
        aliquots. Until the answer comes the participant field is disabled; a scanned label
        or ``select`` reads the list at once instead, and the late answer is dropped
        (ui.widgets.background.FirstRead).
        """
        try:
            db_path = overview.database_file(self._session)
        except BioTrackError:
            return False
        if db_path is None:  # an in-memory database: nothing to open twice
            return False
        self.participant_combo.setEnabled(False)
        self.participant_combo.lineEdit().setPlaceholderText(
            self.tr("Reading the participants…"))
        self.first_read.start(db_path, self._session, due.collectable)
        return True

    def _on_first_read_stopped(self) -> None:
        self.participant_combo.setEnabled(True)
        self.participant_combo.lineEdit().setPlaceholderText(self._type_a_code)

    def _on_participants_read(self, rows: object) -> None:
        self._show_participants(rows, None, None)  # type: ignore[arg-type]

    def _on_participants_failed(self, error: BioTrackError) -> None:
        self._interaction.report(self, error, self.tr("Register collection"))
        self._show_participants([], None, None)

    def refresh(self) -> None:
        """Read the participants and their planned visits again, keeping the choice if it is
        still collectable, and recompute the preview (positions may have been taken)."""
        self.first_read.stop()
        code, visit = self.current_code(), self.current_visit()
        try:
            # Only someone active with a planned visit can give a collection: the service
            # reads just those (a few thousand), not the whole study (issue 8).
            rows = due.collectable(self._session)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Register collection"))
            rows = []
        self._show_participants(rows, code, visit)

    def _show_participants(self, rows: list[ParticipantOverview], code: str | None,
                           visit: str | None) -> None:
        """Offer these participants, keeping ``code`` and ``visit`` chosen if still offered."""
        self._participants = {p.code: p for p in rows
                              if p.status == "active" and p.next_visit is not None}
        with QSignalBlocker(self.participant_combo):
            self.participant_model.set_rows(list(self._participants.values()))
            self.participant_combo.setCurrentIndex(self.participant_combo.findData(code))
        self._load_visits(prefer=visit)

    def select(self, code: str, visit: str | None = None) -> bool:
        """Choose a participant (and a visit, else their next one); False if not listed."""
        if self.loading():
            self.refresh()  # needed now: read here rather than wait for the worker
        index = self.participant_combo.findData(code)
        if index < 0:
            return False
        with QSignalBlocker(self.participant_combo):
            self.participant_combo.setCurrentIndex(index)
        self._load_visits(prefer=visit)
        return visit is None or self.current_visit() == visit

    def _load_visits(self, prefer: str | None = None) -> None:
        code = self.current_code()
        planned: list[Visit] = []
        if code is not None:
            try:
                _participant, visits = enrolment.visits(self._session, code)
                planned = [v for v in visits if v.status == PLANNED]
            except BioTrackError as exc:
                self._interaction.report(self, exc, self.tr("Register collection"))
        self._visits = planned
        with QSignalBlocker(self.visit_combo):
            self.visit_combo.clear()
            for v in planned:
                self.visit_combo.addItem(
                    self.tr("{visit} · target {date}").format(
                        visit=v.code, date=format_date(v.target_date)), v.code)
                self.visit_combo.setItemData(
                    self.visit_combo.count() - 1,
                    self.tr("Window {start} to {end}").format(
                        start=format_date(v.window_start), end=format_date(v.window_end)),
                    Qt.ItemDataRole.ToolTipRole)
            wanted = prefer
            if wanted is None or self.visit_combo.findData(wanted) < 0:
                p = self._participants.get(code or "")
                wanted = p.next_visit if p else None
            self.visit_combo.setCurrentIndex(max(self.visit_combo.findData(wanted), 0)
                                             if planned else -1)
        self._show_target()
        self._rebuild_counts()

    def _chosen_visit(self) -> Visit | None:
        return next((v for v in self._visits if v.code == self.current_visit()), None)

    def _show_target(self) -> None:
        p = self._participants.get(self.current_code() or "")
        visit = self._chosen_visit()
        if p is None:
            self.target_label.setText(self.tr("Choose a participant, or scan a pre-printed "
                                              "label."))
            return
        text = f"{p.cohort} · {p.site}"
        if p.regimen_name:
            text += f" · {p.regimen_name}"
        if visit is not None:
            text += " — " + self.tr("{visit}: target {target}, window {start} to {end}").format(
                visit=visit.code, target=format_date(visit.target_date),
                start=format_date(visit.window_start), end=format_date(visit.window_end))
        self.target_label.setText(text)

    def _rebuild_counts(self) -> None:
        """One spin box per sample type the chosen visit gives (max = the protocol's count);
        a short draw already entered for the same visit is kept (e.g. across a refresh)."""
        chosen = (self.current_code(), self.current_visit())
        kept = self.counts() if chosen == self._counts_for else {}
        if chosen != self._counts_for:
            self._positions = {}  # chosen for another draw
        self._counts_for = chosen
        while self.counts_form.rowCount():
            self.counts_form.removeRow(0)
        self.count_spins = {}
        visit = self._chosen_visit()
        sample_set = self._session.protocol.sample_set(visit.samples) if visit else None
        if sample_set is None:
            self.counts_form.addRow(QLabel(self.tr("Choose a visit first.")))
        else:
            for spec in sample_set.aliquots:
                spin = QSpinBox()
                spin.setObjectName(f"count_{spec.sample_type}")
                spin.setRange(0, spec.count)
                spin.setValue(min(kept.get(spec.sample_type, spec.count), spec.count))
                spin.setSuffix(self.tr(" of {count}").format(count=spec.count))
                spin.valueChanged.connect(self._on_count_spin_changed)
                label = sample_type_label(self._session.protocol, spec.sample_type)
                self.counts_form.addRow(f"{label}:", spin)
                self.count_spins[spec.sample_type] = spin
        self.update_preview()

    def counts(self) -> dict[str, int]:
        """The lowered counts only (a full draw passes none)."""
        return {t: s.value() for t, s in self.count_spins.items() if s.value() < s.maximum()}

    def update_preview(self) -> None:
        """Ask the service what the draw would create and where; a refusal shows inline
        (a live preview never pops up a box: only Register and scans do)."""
        code, visit = self.current_code(), self.current_visit()
        rows: list[ProposedAliquot] = []
        if code is None or visit is None:
            self._show_preview(rows, self.tr("Choose a participant and a visit."), False)
            return
        counts = self.counts()
        # A lowered count drops the positions chosen for the aliquots no longer made.
        self._positions = {(t, n): path for (t, n), path in self._positions.items()
                           if n <= counts.get(t, n)}
        try:
            preview = collection.preview(self._session, code, visit, counts,
                                         self._positions or None)
        except BioTrackError as exc:
            self._show_preview(rows, error_text(exc), True)
            return
        protocol = self._session.protocol
        rows = [ProposedAliquot(plan, location, sample_type_label(protocol, plan.sample_type),
                                (plan.sample_type, plan.number) in self._positions)
                for plan, location in preview]
        text = self.tr("{count} aliquots for {code} {visit}").format(
            count=len(rows), code=code, visit=visit)
        unplaced = sum(1 for r in rows if r.location is None)
        if unplaced:
            text += " · " + self.tr("{count} without a free position (they will wait as "
                                    "unplaced)").format(count=unplaced)
        else:
            boxes = sorted({r.location.box_path for r in rows if r.location})
            text += " · " + self.tr("in {boxes}").format(boxes=", ".join(boxes))
        self._show_preview(rows, text, bool(unplaced))

    def _show_preview(self, rows: list[ProposedAliquot], text: str, warn: bool) -> None:
        chosen = self.selected_aliquot()
        self.model.set_rows(rows)
        self.register_button.setEnabled(bool(rows))
        self.reset_positions_button.setEnabled(bool(self._positions))
        self.preview_label.setStyleSheet(ERROR_STYLE if warn else "")
        self.preview_label.setText(text)
        keys = [r.key for r in rows]
        if rows:
            row = keys.index(chosen.key) if chosen and chosen.key in keys else 0
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_position_box()

    # -- choosing positions on the box grid -------------------------------------------------

    def positions(self) -> dict[tuple[str, int], str]:
        """The positions chosen by hand, as the service takes them."""
        return dict(self._positions)

    def selected_aliquot(self) -> ProposedAliquot | None:
        index = self.table.currentIndex()
        rows = self.model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def select_aliquot(self, sample_type: str, number: int) -> bool:
        """Choose a row of the preview (its box is shown in the grid)."""
        for row, record in enumerate(self.model.rows()):
            if record.key == (sample_type, number):
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def _on_table_current_changed(self, _current: QModelIndex | QPersistentModelIndex,
                                  _previous: QModelIndex | QPersistentModelIndex) -> None:
        self._show_position_box()

    def _show_position_box(self, path: str | None = None) -> None:
        """Fill the box combo for the chosen aliquot's sample type and show ``path`` (default:
        the box the aliquot is proposed in, else the first box with room)."""
        record = self.selected_aliquot()
        self._position_boxes = {}
        boxes: list[Box] = []
        if record is not None:
            try:
                boxes = collection.boxes_for(self._session, record.planned.sample_type)
            except BioTrackError as exc:
                self.position_hint.setText(error_text(exc))
            self._position_boxes = {b.path: b for b in boxes}
            if record.location and record.location.box_path not in self._position_boxes:
                try:  # the proposal's box is full of proposals only: still offered
                    box = storage.find_box(self._session, record.location.box_path)
                    self._position_boxes[box.path] = box
                    boxes.insert(0, box)
                except BioTrackError:
                    pass
        if path is None or path not in self._position_boxes:
            path = (record.location.box_path if record and record.location
                    else (boxes[0].path if boxes else None))
        with QSignalBlocker(self.box_combo):
            self.box_combo.clear()
            for box in boxes:
                self.box_combo.addItem(self.tr("{path} · {free} free").format(
                    path=box.path, free=box.capacity - box.occupied), box.path)
            self.box_combo.setCurrentIndex(self.box_combo.findData(path))
        self.box_combo.setEnabled(bool(boxes))
        self._draw_position_box(self._position_boxes.get(path or ""))
        if record is not None:
            where = record.location.path if record.location else self.tr("unplaced")
            self.position_hint.setStyleSheet("")
            self.position_hint.setText(self.tr(
                "{tube} → {where}. Click an empty position to put it there.").format(
                    tube=record.name, where=where))

    def _draw_position_box(self, box: Box | None) -> None:
        contents: list[dict[str, object]] = []
        if box is not None:
            try:
                contents = storage.box_contents(self._session, box)
            except BioTrackError as exc:
                self.position_hint.setText(error_text(exc))
                box = None
        labels = sample_type_labels(self._session.protocol)
        self.position_grid.set_box(box, contents, labels)
        if box is None:
            return
        self.position_grid.set_proposals({
            r.location.position: Proposal(r.planned.sample_type, r.planned.number, r.name)
            for r in self.model.rows() if r.location and r.location.box_path == box.path})
        record = self.selected_aliquot()
        if record and record.location and record.location.box_path == box.path:
            self.position_grid.select(record.location.position)

    def _on_box_combo_changed(self, _index: int) -> None:
        path = self.box_combo.currentData()
        self._draw_position_box(self._position_boxes.get(path or ""))

    def _on_position_grid_cell_clicked(self, position: str) -> None:
        self.choose_position(position)

    def choose_position(self, position: str) -> bool:
        """Put the chosen aliquot at ``position`` of the shown box (swapping with another
        aliquot of the draw proposed there). The service previews the choice first; a refusal
        is said under the grid and nothing changes."""
        record, box = self.selected_aliquot(), self.position_grid.box()
        code, visit = self.current_code(), self.current_visit()
        if record is None or box is None or code is None or visit is None:
            return False
        tube = self.position_grid.tube_at(position)
        if tube is not None:
            return self._refuse_position(self.tr(
                "{position} already holds {barcode}: choose an empty position.").format(
                    position=position, barcode=tube.barcode))
        path = f"{box.path}/{position}"
        other = next((r for r in self.model.rows()
                      if r.location and r.location.path == path), None)
        if other is record:
            return True
        chosen = dict(self._positions)
        chosen[record.key] = path
        if other is not None:
            if record.location is None:
                return self._refuse_position(self.tr(
                    "{position} is proposed for {tube}: choose an empty position.").format(
                        position=position, tube=other.name))
            chosen[other.key] = record.location.path  # the two swap places
        try:
            collection.preview(self._session, code, visit, self.counts(), chosen)
        except BioTrackError as exc:
            return self._refuse_position(error_text(exc))
        self._positions = chosen
        self.update_preview()
        self.position_hint.setText(self.tr("{tube} → {path} (chosen).").format(
            tube=record.name, path=path))
        return True

    def _refuse_position(self, text: str) -> bool:
        self.position_hint.setStyleSheet(ERROR_STYLE)
        self.position_hint.setText(text)
        return False

    def _on_reset_positions_clicked(self) -> None:
        self._positions = {}
        self.update_preview()

    # -- form ----------------------------------------------------------------------------------

    def reset_times(self) -> None:
        now = _qdatetime(self.now())
        self.drawn_edit.setDateTime(now)
        for key, check in self.time_checks.items():
            check.setChecked(False)
            self.time_edits[key].setDateTime(now)

    def reset_form(self) -> None:
        """After a registration: nothing chosen, times at now, the scan field ready."""
        self._positions = {}
        with QSignalBlocker(self.participant_combo):
            self.participant_combo.setCurrentIndex(-1)
            self.participant_combo.setEditText("")
        self.reset_times()
        self.drawn_by_edit.clear()
        self.processed_by_edit.setText(self._default_processor())
        for check in self.deviation_checks.values():
            check.setChecked(False)
        self.notes_edit.clear()
        self.refresh()

    def draw(self) -> Draw:
        """The form as the service's Draw (times are local wall-clock times)."""
        optional = {key: _python(self.time_edits[key].dateTime()) if check.isChecked() else None
                    for key, check in self.time_checks.items()}
        return Draw(
            drawn_at=_python(self.drawn_edit.dateTime()),
            received_at=optional["received"], centrifuged_at=optional["centrifuged"],
            frozen_at=optional["frozen"],
            drawn_by=self.drawn_by_edit.text(), processed_by=self.processed_by_edit.text(),
            deviations=[text for text, check in self.deviation_checks.items()
                        if check.isChecked()],
            notes=self.notes_edit.toPlainText(), counts=self.counts(),
        )

    # -- slots ---------------------------------------------------------------------------------

    def _on_time_check_toggled(self, key: str, on: bool) -> None:
        edit = self.time_edits[key]
        edit.setEnabled(on)
        if on:
            edit.setDateTime(_qdatetime(self.now()))

    def _on_participant_combo_changed(self, _index: int) -> None:
        self._load_visits()

    def _on_participant_edit_finished(self) -> None:
        """Typed text that names no participant falls back to the one chosen."""
        text = self.participant_combo.currentText().strip()
        index = self.participant_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and index != self.participant_combo.currentIndex():
            self.participant_combo.setCurrentIndex(index)
        elif index < 0:
            current = self.participant_combo.currentIndex()
            self.participant_combo.setEditText(
                self.participant_combo.itemText(current) if current >= 0 else "")

    def _on_visit_combo_changed(self, _index: int) -> None:
        self._show_target()
        self._rebuild_counts()

    def _on_count_spin_changed(self, _value: int) -> None:
        self.update_preview()

    def _on_scan_edit_return_pressed(self) -> None:
        text = self.scan_edit.text().strip()
        self.scan_edit.clear()
        if text:
            self.scan(text)

    def scan(self, barcode: str) -> bool:
        """Open the visit a pre-printed label was printed for; one message if it cannot be."""
        try:
            reservation = printing.find_reservation(self._session, barcode)
            collection.preview(self._session, reservation.code, reservation.visit)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Scan a label"))
            return False
        if not self.select(reservation.code, reservation.visit):
            self.refresh()  # enrolled or re-planned elsewhere since the list was read
            if not self.select(reservation.code, reservation.visit):
                self._interaction.show_error(
                    self, self.tr("Scan a label"),
                    self.tr("{code} {visit} cannot be chosen here.").format(
                        code=reservation.code, visit=reservation.visit))
                return False
        self.drawn_edit.setFocus()
        return True

    def _on_register_clicked(self) -> None:
        self.register()

    def register(self) -> Registered | None:
        """One service call, one transaction; the result shown once, then the form resets."""
        code, visit = self.current_code(), self.current_visit()
        if code is None or visit is None:
            return None
        try:
            result = collection.register(self._session, code, visit, self.draw(),
                                         self._positions or None)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Collection not registered"))
            self.refresh()  # e.g. registered meanwhile at another bench: no longer offered
            return None
        stored = result.collection
        self._interaction.show_info(self, self.tr("Collection registered"),
                                    self._result_text(result))
        self.labels.set_source(LabelSource(
            description=self.tr("{count} labels of {code} {visit} (collection {id})").format(
                count=len(stored.aliquots), code=stored.code, visit=stored.visit, id=stored.id),
            job=lambda s, options, cid=stored.id: _print_collection(s, cid, options),
            file_stem=f"labels-{stored.code}-{stored.visit}"))
        self.reset_form()
        self.collection_registered.emit(stored.id)
        # Labelling the tubes is the next step: straight to the printer when one is set.
        if self.labels.print_button.isEnabled():
            self.labels.print_button.setFocus()
        else:
            self.labels.save_button.setFocus()
        return result

    def _result_text(self, result: Registered) -> str:
        stored = result.collection
        lines = [self.tr("{code} {visit}: {count} aliquots registered (collection {id}).").format(
            code=stored.code, visit=stored.visit, count=len(stored.aliquots), id=stored.id), ""]
        for aliquot in stored.aliquots:
            place = (aliquot.location.path if aliquot.location
                     else self.tr("unplaced: no free position"))
            label = sample_type_label(self._session.protocol, aliquot.sample_type)
            lines.append(f"{aliquot.barcode}  {label} {aliquot.number}/{aliquot.of_count}"
                         f"  →  {place}")
        if result.warnings:
            lines += ["", self.tr("Please note:")]
            protocol = self._session.protocol  # a short draw names its sample type on screen
            lines += [f"• {error_text(message_on_screen(protocol, warning))}"
                      for warning in result.warnings]
        return "\n".join(lines)

    def _on_labels_saved(self, _path: str) -> None:
        self.scan_edit.setFocus()


def _print_collection(session: Session, collection_id: int,
                      options: PrintOptions) -> printing.PrintResult:
    return printing.print_collection(session, collection_id, options)
