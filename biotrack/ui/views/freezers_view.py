"""Freezers: the storage tree with occupancy and the grid of the chosen box (SPEC 4.5).

The technician's map of the freezers. The tree (freezer / shelf / rack / box, "23/81") comes
from services.storage.tree; choosing a box shows its positions in a BoxGrid, coloured by sample
type and status. Scanning a tube into the Find field opens its box with its position ringed.
Tubes move by dragging them onto another position of the shown box or with "Move tube…" (any
position, e.g. after finding the tube by scanning it); a whole box moves to another rack with
"Move box…" after a confirmation; "Add freezer…" adds one from the protocol's layout template,
and "Add shelf…", "Add rack…" and "Add box…" grow an existing freezer under the chosen node
(services.layout; a rack goes on the chosen shelf, a box in the chosen rack, each button
enabled only when the tree's choice has such a place), the new node chosen afterwards.

Every change goes through the storage service, which checks the role (technician or manager),
refuses an occupied position and writes the movement and audit event in one transaction. A
refusal is shown as one message and the view re-reads the box, so what is drawn is always what
is stored. A nurse sees the same screen; her moves are refused by the service, not hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.models import Box
from biotrack.services import overview, storage
from biotrack.services.context import Session
from biotrack.services.storage import FreezerNode
from biotrack.ui.dialogs.add_freezer_dialog import AddFreezerDialog
from biotrack.ui.dialogs.add_storage_dialog import AddStorageDialog
from biotrack.ui.dialogs.move_box_dialog import MoveBoxDialog
from biotrack.ui.dialogs.move_tube_dialog import MoveTubeDialog
from biotrack.ui.i18n import error_text
from biotrack.ui.interaction import Interaction
from biotrack.ui.value_labels import sample_type_labels
from biotrack.ui.widgets.background import FirstRead
from biotrack.ui.widgets.box_grid import BoxGrid
from biotrack.ui.widgets.scan_field import ScanField
from biotrack.ui.widgets.storage_models import (
    NODE_ROLE,
    PATH_ROLE,
    StorageTreeModel,
    Totals,
    occupancy_totals,
    status_label,
)

#: With more freezers than this, a first reading opens only the first one (issue 8).
OPEN_ALL_UP_TO = 4


def read_tree(session: Session) -> tuple[list[FreezerNode], Totals]:
    """Runs in the worker: the storage tree and its occupancy totals, ready to show."""
    freezers = storage.tree(session)
    return freezers, occupancy_totals(freezers)


class FreezersView(QWidget):
    """Tree on the left, the chosen box's grid and the move actions on the right."""

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self._box: Box | None = None
        # The first read of the tree, in a worker; its answer is shown once the view is (the
        # window may have been closed meanwhile, and showing the first box reads the database).
        self.first_read = FirstRead(self, answered=self._show_read_tree,
                                    failed=self._on_tree_failed,
                                    stopped=self._on_first_read_stopped, wait_until_shown=True)
        self.setObjectName("freezers_view")

        title = QLabel(self.tr("<h2>Freezers</h2>"))
        self.find_field = ScanField()
        self.find_field.setObjectName("find_field")
        self.find_field.setPlaceholderText(self.tr("Find a tube: scan or type its barcode"))
        find_row = QHBoxLayout()
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find_field)
        find_row.addWidget(title)
        find_row.addStretch(1)
        find_row.addWidget(find_label)
        find_row.addWidget(self.find_field, 2)
        self.model = StorageTreeModel(parent=self)
        self.tree = QTreeView()
        self.tree.setObjectName("storage_tree")
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # Size the count columns from the rows in view, not from every node of a big freezer.
        header.setResizeContentsPrecision(64)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.add_freezer_button = QPushButton(self.tr("&Add freezer…"))
        self.add_freezer_button.setObjectName("add_freezer")
        self.add_freezer_button.setToolTip(self.tr(
            "Add a freezer with its shelves, racks and boxes from the layout template"))
        self.add_shelf_button = QPushButton(self.tr("Add s&helf…"))
        self.add_shelf_button.setObjectName("add_shelf")
        self.add_shelf_button.setToolTip(self.tr("Add an empty shelf to the chosen freezer"))
        self.add_rack_button = QPushButton(self.tr("Add r&ack…"))
        self.add_rack_button.setObjectName("add_rack")
        self.add_rack_button.setToolTip(self.tr("Add an empty rack to the chosen shelf"))
        self.add_box_button = QPushButton(self.tr("Add bo&x…"))
        self.add_box_button.setObjectName("add_box")
        self.add_box_button.setToolTip(self.tr("Add an empty box to the chosen rack"))
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.setToolTip(self.tr("Read the freezers again (F5)"))
        tree_buttons = QHBoxLayout()
        tree_buttons.addWidget(self.add_freezer_button)
        tree_buttons.addStretch(1)
        tree_buttons.addWidget(refresh)
        add_buttons = QHBoxLayout()
        add_buttons.addWidget(self.add_shelf_button)
        add_buttons.addWidget(self.add_rack_button)
        add_buttons.addWidget(self.add_box_button)
        add_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # Busy while the first read of the tree runs in its worker.
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("freezers_busy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.hide()
        left_layout.addWidget(self.busy_bar)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(add_buttons)
        left_layout.addLayout(tree_buttons)

        self.box_label = QLabel()
        self.box_label.setObjectName("box_label")
        self.box_label.setTextFormat(Qt.TextFormat.RichText)
        self.box_label.setWordWrap(True)
        self.move_tube_button = QPushButton(self.tr("&Move tube…"))
        self.move_tube_button.setObjectName("move_tube")
        self.move_tube_button.setToolTip(self.tr(
            "Move the selected tube to any position (or drag it onto a position of this box)"))
        self.move_box_button = QPushButton(self.tr("Move &box…"))
        self.move_box_button.setObjectName("move_box")
        self.move_box_button.setToolTip(self.tr("Move this box with all its tubes to another rack"))
        actions = QHBoxLayout()
        actions.addWidget(self.box_label, 1)
        actions.addWidget(self.move_tube_button)
        actions.addWidget(self.move_box_button)
        self.grid = BoxGrid()
        self.grid.set_movable(True)
        self._placeholder = self.tr("Choose a box in the tree to see its positions.")
        self.grid.set_placeholder(self._placeholder)
        self.tube_label = QLabel()
        self.tube_label.setObjectName("tube_label")
        self.tube_label.setWordWrap(True)
        self.tube_label.setText(self.tr(
            "Drag a tube onto an empty position to move it; hover a position for its tube."))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.grid, 1)
        right_layout.addWidget(self.tube_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("freezers_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 620])

        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(self.splitter, 1)

        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.grid.cell_clicked.connect(self._on_grid_cell_clicked)
        self.find_field.scanned.connect(self._on_find_field_scanned)
        self.grid.move_requested.connect(self._on_grid_move_requested)
        self.move_tube_button.clicked.connect(self.move_tube)
        self.move_box_button.clicked.connect(self.move_box)
        self.add_freezer_button.clicked.connect(self.add_freezer)
        self.add_shelf_button.clicked.connect(self._on_add_shelf_clicked)
        self.add_rack_button.clicked.connect(self._on_add_rack_clicked)
        self.add_box_button.clicked.connect(self._on_add_box_clicked)
        refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        if not self._read_in_background():
            self.refresh()
        self._update_actions()

    # -- reading -------------------------------------------------------------------------------

    def loading(self) -> bool:
        """True while the first read of the tree runs in its worker (the tree is empty)."""
        return self.first_read.loading()

    def _read_in_background(self) -> bool:
        """Start the first read of the tree in a worker; False when it must be read here.

        Why (issue 8): at a million aliquots the tree is 14,000 boxes, ~0.5 s to read and add
        up, which blocked the GUI thread when the workspace was first opened. The worker
        opens its own connection to the database file (an in-memory database has none, so
        it is read here). Anything that needs the tree before the answer arrives (F5, a
        scanned tube, a move) reads it at once instead, and the late answer is dropped
        (ui.widgets.background.FirstRead).
        """
        try:
            db_path = overview.database_file(self._session)
        except BioTrackError:
            return False
        if db_path is None:
            return False
        self.busy_bar.show()
        self.grid.set_placeholder(self.tr("Reading the freezers…"))
        self.first_read.start(db_path, self._session, read_tree)
        return True

    def _on_first_read_stopped(self) -> None:
        self.busy_bar.hide()
        self.grid.set_placeholder(self._placeholder)

    def _show_read_tree(self, result: object) -> None:
        freezers, totals = result  # type: ignore[misc]
        self._show_tree(freezers, totals, set(), None)
        self._update_actions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.first_read.view_shown()

    def _on_tree_failed(self, error: BioTrackError) -> None:
        self._interaction.report(self, error, self.tr("Freezers"))
        self._show_tree([], None, set(), None)

    def refresh(self) -> None:
        """Read the tree again, keeping what was expanded and chosen; re-read the shown box."""
        self.first_read.stop()
        expanded = self._expanded_paths()
        chosen = self._box.path if self._box else self.current_path()
        try:
            freezers = storage.tree(self._session)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Freezers"))
            freezers = []
        self._show_tree(freezers, None, expanded, chosen)

    def _show_tree(self, freezers: list[FreezerNode], totals: Totals | None,
                   expanded: set[str], chosen: str | None) -> None:
        """Show a tree read (here or in the worker), re-opening ``expanded`` and ``chosen``."""
        self.model.set_freezers(freezers, totals)
        if not expanded:  # first reading: open the freezers and their first shelf
            # In a big biobank only the first freezer: opening 36 freezers with their first
            # shelf and rack made ~1,700 rows to lay out, the longest part of showing the tree.
            opened = freezers if len(freezers) <= OPEN_ALL_UP_TO else freezers[:1]
            expanded = {f.code for f in opened}
            expanded |= {f.shelves[0].path for f in opened if f.shelves}
            expanded |= {f.shelves[0].racks[0].path for f in opened
                         if f.shelves and f.shelves[0].racks}
        for path in sorted(expanded):
            index = self.model.index_of_path(path)
            if index.isValid():
                self.tree.setExpanded(index, True)
        if chosen is None:
            boxes = self.model.boxes()
            chosen = boxes[0].path if boxes else None
        if chosen:
            self.select_path(chosen)
        else:
            self._show_box(None)

    def _expanded_paths(self) -> set[str]:
        # A loop, not a recursive closure: a nested function that calls itself and uses
        # ``self`` is a reference cycle, which would leave this widget to the garbage
        # collector (and a top-level widget deleted by a GC pass can die mid-paint).
        paths: set[str] = set()
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    paths.add(str(index.data(PATH_ROLE)))
                    pending.append(index)
        return paths

    def current_path(self) -> str | None:
        index = self.tree.currentIndex()
        return str(index.data(PATH_ROLE)) if index.isValid() else None

    def select_path(self, path: str) -> bool:
        """Choose a tree node by its storage path (a box shows its grid)."""
        if self.loading():
            self.refresh()  # needed now: read here rather than wait for the worker
        index = self.model.index_of_path(path)
        if not index.isValid():
            self._show_box(None)
            return False
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)
        self._show_node(index)
        return True

    def _on_tree_current_changed(self, current: QModelIndex | QPersistentModelIndex,
                                 _previous: QModelIndex | QPersistentModelIndex) -> None:
        self._show_node(current)
        self._update_actions()

    def _show_node(self, index: QModelIndex | QPersistentModelIndex) -> None:
        node = index.data(NODE_ROLE) if index.isValid() else None
        self._show_box(node if isinstance(node, Box) else None)

    def _show_box(self, box: Box | None) -> None:
        """Read the box's contents from the service and draw them."""
        contents: list[dict[str, object]] = []
        if box is not None:
            try:
                contents = storage.box_contents(self._session, box)
            except BioTrackError as exc:
                self._interaction.report(self, exc, self.tr("Freezers"))
                box = None
        self._box = box
        self.grid.set_box(box, contents, sample_type_labels(self._session.protocol))
        if box is None:
            self.box_label.setText(self.tr("<i>No box chosen</i>"))
        else:
            kind = self.tr("serum") if box.box_type == "serum" else self.tr("buffy coat")
            self.box_label.setText(self.tr(
                "<b>{path}</b> · {kind} box · {rows} × {cols} · {occupied}/{capacity} taken"
            ).format(path=box.path, kind=kind, rows=box.rows, cols=box.cols,
                     occupied=len(contents), capacity=box.capacity))
        self._update_actions()

    def shown_box(self) -> Box | None:
        return self._box

    def _update_actions(self) -> None:
        depth = len((self.current_path() or "").split("/")) if self.current_path() else 0
        self.add_shelf_button.setEnabled(depth >= 1)
        self.add_rack_button.setEnabled(depth >= 2)
        self.add_box_button.setEnabled(depth >= 3)
        self.move_box_button.setEnabled(self._box is not None)
        self.move_tube_button.setEnabled(
            self._box is not None and self._selected_tube_barcode() is not None)

    def _selected_tube_barcode(self) -> str | None:
        position = self.grid.selected_position()
        tube = self.grid.tube_at(position) if position else None
        return tube.barcode if tube else None

    def _on_find_field_scanned(self, text: str) -> None:
        self.find_tube(text)

    def find_tube(self, barcode: str) -> bool:
        """Show the box of a scanned tube with its position ringed and chosen (so "Move
        tube…" applies to it); a tube without a position is said in the line below."""
        try:
            tube = storage.locate(self._session, barcode)
        except BioTrackError as exc:
            self.tube_label.setText(error_text(exc))
            return False
        if tube.location is None:
            self.tube_label.setText(self.tr("{barcode} is {status}: it has no position.").format(
                barcode=tube.barcode, status=status_label(tube.status)))
            return False
        self.select_path(tube.location.box_path)
        self.grid.highlight(tube.location.position)
        self.grid.select(tube.location.position)
        self._on_grid_cell_clicked(tube.location.position)
        return True

    def _on_grid_cell_clicked(self, position: str) -> None:
        tube = self.grid.tube_at(position)
        if tube is None:
            self.tube_label.setText(self.tr("{position}: empty").format(position=position))
        else:
            self.tube_label.setText(self.grid.tooltip_for(position).replace("\n", " · "))
        self._update_actions()

    # -- changing ------------------------------------------------------------------------------

    def _reload_after_change(self, select: str | None = None) -> None:
        """Occupancy changed: re-read the tree (keeps expansion) and the shown box."""
        if select is not None:
            self._box = None
            self.refresh()
            self.select_path(select)
        else:
            self.refresh()

    def _on_grid_move_requested(self, barcode: str, source: str, target: str) -> None:
        if self._box is None:
            return
        self.move_to(barcode, f"{self._box.path}/{target}", None)

    def move_to(self, barcode: str, target: str, reason: str | None) -> bool:
        """Ask the service to move one tube; one message if it refuses."""
        try:
            moved = storage.move(self._session, barcode, target, reason)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Move tube"))
            self._reload_after_change()
            return False
        where = moved.location.path if moved.location else target
        self._reload_after_change()
        if moved.location and self._box and moved.location.box_path == self._box.path:
            self.grid.select(moved.location.position)
        self.tube_label.setText(self.tr("Moved {barcode} to {where}.").format(
            barcode=moved.barcode, where=where))
        self._update_actions()
        return True

    def move_tube(self) -> None:
        """"Move tube…": ask for any target position for the selected tube."""
        barcode = self._selected_tube_barcode()
        if barcode is None or self._box is None:
            self._interaction.show_error(self, self.tr("Move tube"),
                                         self.tr("Choose a tube in the box grid first."))
            return
        current = f"{self._box.path}/{self.grid.selected_position()}"
        answer = MoveTubeDialog.ask(self, barcode, current, self.model.box_paths())
        if answer is None:
            return
        target, reason = answer
        self.move_to(barcode, target, reason or None)

    def move_box(self) -> None:
        """"Move box…": ask for a rack, confirm, move the box with all its tubes."""
        box = self._box
        if box is None:
            self._interaction.show_error(self, self.tr("Move box"),
                                         self.tr("Choose a box in the tree first."))
            return
        box = next((b for b in self.model.boxes() if b.id == box.id), box)
        answer = MoveBoxDialog.ask(self, box, self.model.rack_paths())
        if answer is None:
            return
        target, reason = answer
        if not self._interaction.confirm(
                self, self.tr("Move box"),
                self.tr("Move box {path} with its {count} tube(s) to {target}?\n\nEvery tube "
                        "keeps its position in the box; each gets a movement in its history."
                        ).format(path=box.path, count=box.occupied, target=target),
                self.tr("Move box")):
            return
        try:
            moved = storage.move_box(self._session, box.path, target, reason or None)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Move box"))
            return
        self._reload_after_change(select=moved.path)
        self.tube_label.setText(self.tr("Moved box {old} to {new}.").format(
            old=box.path, new=moved.path))

    def add_freezer(self) -> None:
        """"Add freezer…": the dialog calls the service; show the new freezer."""
        code = AddFreezerDialog.ask(self, self._session, self._interaction)
        if code is None:
            return
        self.refresh()
        index = self.model.index_of_path(code)
        if index.isValid():
            self.tree.setExpanded(index, True)
            self.select_path(code)

    # -- growing a freezer -------------------------------------------------------------------------

    def _on_add_shelf_clicked(self) -> None:
        self.add_part(1)

    def _on_add_rack_clicked(self) -> None:
        self.add_part(2)

    def _on_add_box_clicked(self) -> None:
        self.add_part(3)

    def add_part(self, parent_depth: int) -> str | None:
        """Add a shelf (1: under the chosen node's freezer), a rack (2: on its shelf) or a box
        (3: in its rack) through the dialog; the new node is chosen in the tree."""
        path = self.current_path()
        parts = path.split("/") if path else []
        if len(parts) < parent_depth:
            return None
        parent_path = "/".join(parts[:parent_depth])
        box_type = None
        if parent_depth == 3:  # a new box takes the type of the rack's other boxes
            types = [b.box_type for b in self.model.boxes()
                     if b.path.startswith(parent_path + "/")]
            box_type = types[-1] if types else None
        created = AddStorageDialog.ask(self, self._session, self._interaction, parent_path,
                                       box_type)
        if created is None:
            return None
        self._box = None
        self.refresh()
        parent = self.model.index_of_path(parent_path)
        if parent.isValid():
            self.tree.setExpanded(parent, True)
        self.select_path(created)
        self._update_actions()
        self.tube_label.setText(self.tr("Added {path}.").format(path=created))
        return created
