"""Qt item models for the Freezers workspace and the Scan station (STYLE.md practice 8).

Each adapts a list the storage service returned to Qt's roles and nothing more: the layout
tree (services.storage.tree), the scanned batch, a tube's movements and audit events, and the
result of a box audit. They are checked with pytest-qt's qtmodeltester like the other models.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from biotrack.models import Aliquot, Box
from biotrack.services.storage import AuditFinding, FreezerNode, Movement, RackNode, ShelfNode
from biotrack.ui.i18n import error_text, format_datetime, translate
from biotrack.ui.models import SORT_ROLE, ListTableModel
from biotrack.ui.widgets.box_grid import MARK_COLOURS, SAMPLE_COLOURS

Index = QModelIndex | QPersistentModelIndex
#: The storage path of a tree node (freezer "F1" ... box "F1/S1/R1/B1").
PATH_ROLE = Qt.ItemDataRole.UserRole + 10
#: The node itself: a FreezerNode, ShelfNode, RackNode or Box.
NODE_ROLE = Qt.ItemDataRole.UserRole + 11

PROBLEM_BACKGROUND = QColor("#f6d5d5")
PROBLEM_FOREGROUND = QColor("#5c1010")
FULL_FOREGROUND = QColor("#8a5a00")


STATUS_LABELS = {
    "unplaced": QT_TRANSLATE_NOOP("Storage", "unplaced"),
    "in_storage": QT_TRANSLATE_NOOP("Storage", "in storage"),
    "checked_out": QT_TRANSLATE_NOOP("Storage", "checked out"),
    "consumed": QT_TRANSLATE_NOOP("Storage", "consumed"),
    "shipped": QT_TRANSLATE_NOOP("Storage", "shipped"),
    "discarded": QT_TRANSLATE_NOOP("Storage", "discarded"),
    "missing": QT_TRANSLATE_NOOP("Storage", "missing"),
}


def status_label(status: str | None) -> str:
    if status is None:
        return ""
    label = STATUS_LABELS.get(status)
    return translate("Storage", label) if label else status.replace("_", " ")


def local_time(iso: str) -> str:
    """A stored UTC timestamp as local wall-clock time, to the minute, written as the screen
    writes dates (25/11/2026 09:10); the stored text when it is not a timestamp."""
    try:
        return format_datetime(datetime.fromisoformat(iso))
    except ValueError:
        return iso


def occupancy(occupied: int, capacity: int) -> str:
    return f"{occupied}/{capacity}"


# -- the layout tree -------------------------------------------------------------------------------


_SWATCHES: dict[str, QIcon] = {}


def _swatch(box_type: str) -> QIcon:
    """A small round icon in the colour of the box's sample type."""
    if box_type not in _SWATCHES:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = SAMPLE_COLOURS["serum" if box_type == "serum" else "buffy_coat"]
        painter.setPen(colour.darker(150))
        painter.setBrush(colour)
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _SWATCHES[box_type] = QIcon(pixmap)
    return _SWATCHES[box_type]


Payload = FreezerNode | ShelfNode | RackNode | Box
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TREE_ROLES = frozenset({_DISPLAY, _TOOLTIP, _DECORATION, _FOREGROUND, _ALIGNMENT,
                         int(PATH_ROLE), int(NODE_ROLE)})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _children_of(payload: Payload) -> tuple[Payload, ...]:
    if isinstance(payload, FreezerNode):
        return payload.shelves
    if isinstance(payload, ShelfNode):
        return payload.racks
    if isinstance(payload, RackNode):
        return payload.boxes
    return ()


@dataclass(eq=False)
class _Node:
    """A row of the tree: its payload, parent, occupancy totals and children (ids index
    ``_nodes``; ``children`` is None until the node is expanded or looked up)."""

    payload: Payload
    parent: int  # 0 = the invisible root
    row: int
    path: str
    occupied: int
    capacity: int
    children: list[int] | None = None


#: Occupied and capacity per node, keyed by ``id(payload)`` (see ``occupancy_totals``).
Totals = dict[int, tuple[int, int]]


def occupancy_totals(freezers: list[FreezerNode]) -> Totals:
    """Occupied and capacity of every node of the tree, added up bottom-up in one pass.

    A plain function so that the Freezers view can run it in its worker together with the read
    of the tree (issue 8: ~0.1 s for 15,000 nodes at a million aliquots, off the GUI thread);
    plain nested loops rather than a recursion that asks each node its type.
    """
    totals: Totals = {}
    for freezer in freezers:
        freezer_occupied = freezer_capacity = 0
        for shelf in freezer.shelves:
            shelf_occupied = shelf_capacity = 0
            for rack in shelf.racks:
                rack_occupied = rack_capacity = 0
                for box in rack.boxes:
                    totals[id(box)] = (box.occupied, box.capacity)
                    rack_occupied += box.occupied
                    rack_capacity += box.capacity
                totals[id(rack)] = (rack_occupied, rack_capacity)
                shelf_occupied += rack_occupied
                shelf_capacity += rack_capacity
            totals[id(shelf)] = (shelf_occupied, shelf_capacity)
            freezer_occupied += shelf_occupied
            freezer_capacity += shelf_capacity
        totals[id(freezer)] = (freezer_occupied, freezer_capacity)
    return totals


class StorageTreeModel(QAbstractItemModel):
    """Freezer → shelf → rack → box with occupancy ("23/81") and the box type.

    Internal ids index a flat list of nodes (1-based; 0 is the root), which keeps Qt's
    parent/child bookkeeping out of Python object lifetimes.

    Built lazily (issue 8: 14,000 boxes at a million aliquots took 1.5 s to show): only the
    freezers are rows at first; a node's children become rows when the view expands it
    (``hasChildren``/``canFetchMore``/``fetchMore``) or when ``index_of_path`` looks one of them
    up. Occupancy totals are added up once per ``set_freezers``, bottom-up, and a path finds
    its node through a dictionary, not by walking every node.
    """

    CONTEXT = "StorageTreeModel"
    HEADERS = (QT_TRANSLATE_NOOP("StorageTreeModel", "Storage"),
               QT_TRANSLATE_NOOP("StorageTreeModel", "Occupied"),
               QT_TRANSLATE_NOOP("StorageTreeModel", "Type"))

    def __init__(self, freezers: list[FreezerNode] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._nodes: list[_Node] = []
        self._roots: list[int] = []
        self._freezers: list[FreezerNode] = []
        self._totals: dict[int, tuple[int, int]] = {}   # id(payload) -> (occupied, capacity)
        self._by_path: dict[str, int] = {}               # path -> node id (nodes made so far)
        self._texts: dict[tuple[int, int], str] = {}     # (node id, column) -> text shown
        self._build(freezers or [])

    def set_freezers(self, freezers: list[FreezerNode], totals: Totals | None = None) -> None:
        """Show this tree; ``totals`` (``occupancy_totals(freezers)``, e.g. computed in a
        worker) saves adding the occupancy up here."""
        self.beginResetModel()
        self._build(freezers, totals)
        self.endResetModel()

    def _build(self, freezers: list[FreezerNode], totals: Totals | None = None) -> None:
        self._freezers = list(freezers)
        self._nodes = [_Node(FreezerNode("", "", "", 0), 0, 0, "", 0, 0, [])]  # the root
        self._roots = []
        self._by_path = {}
        self._totals = totals if totals is not None else occupancy_totals(self._freezers)
        self._texts = {}
        for freezer in self._freezers:
            self._roots.append(self._make_node(freezer, 0, len(self._roots)))

    def _make_node(self, payload: Payload, parent: int, row: int) -> int:
        node_id = len(self._nodes)
        path = payload.path
        occupied, capacity = self._totals[id(payload)]
        self._nodes.append(_Node(payload, parent, row, path, occupied, capacity))
        self._by_path[path] = node_id
        return node_id

    def _children(self, node_id: int) -> list[int]:
        if node_id == 0:
            return self._roots
        return self._nodes[node_id].children or []

    def _fetched(self, node_id: int) -> bool:
        return node_id == 0 or self._nodes[node_id].children is not None

    def _fetch(self, node_id: int, parent: QModelIndex | None) -> None:
        """Make the children of ``node_id`` rows (announced to views when ``parent`` given)."""
        node = self._nodes[node_id]
        if node.children is not None:
            return
        payloads = _children_of(node.payload)
        if not payloads:
            node.children = []
            return
        if parent is not None:
            self.beginInsertRows(parent, 0, len(payloads) - 1)
        node.children = [self._make_node(child, node_id, row)
                         for row, child in enumerate(payloads)]
        if parent is not None:
            self.endInsertRows()

    def _id(self, index: Index) -> int:
        return int(index.internalId()) if index.isValid() else 0

    # -- QAbstractItemModel ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(self.HEADERS):
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children(self._id(parent))
        if not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._nodes[self._id(index)]
        if node.parent == 0:
            return QModelIndex()
        parent = self._nodes[node.parent]
        return self.createIndex(parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(self._id(parent)))

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return False
        node_id = self._id(parent)
        if self._fetched(node_id):
            return bool(self._children(node_id))
        return bool(_children_of(self._nodes[node_id].payload))

    def canFetchMore(self, parent: Index) -> bool:
        if not parent.isValid() or parent.column() != 0:
            return False
        node_id = self._id(parent)
        return not self._fetched(node_id) and bool(_children_of(self._nodes[node_id].payload))

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() and parent.column() == 0:
            self._fetch(self._id(parent), QModelIndex(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called tens of thousands of times while a big tree is laid out (size hints ask for
        # every role of every shown cell): roles we never answer leave first, compared as ints.
        if role not in _TREE_ROLES or not index.isValid():
            return None
        entry = self._nodes[index.internalId()]
        node = entry.payload
        column = index.column()
        if role == _DISPLAY:
            key = (index.internalId(), column)
            text = self._texts.get(key)
            if text is None:  # made once per cell: tr() and formatting on every paint add up
                text = (occupancy(entry.occupied, entry.capacity) if column == 1
                        else self._display(node, column))
                self._texts[key] = text
            return text
        if role == PATH_ROLE:
            return entry.path
        if role == NODE_ROLE:
            return node
        if role == _TOOLTIP:
            return self._tooltip(entry)
        if role == _DECORATION and column == 0 and isinstance(node, Box):
            return _swatch(node.box_type)
        if (role == _FOREGROUND and column == 1
                and entry.capacity and entry.occupied >= entry.capacity):
            return QBrush(FULL_FOREGROUND)
        if role == _ALIGNMENT and column == 1:
            return _RIGHT
        return None

    def _display(self, node: Any, column: int) -> str:
        if column == 2:
            if isinstance(node, Box):
                return self.tr("serum") if node.box_type == "serum" else self.tr("buffy coat")
            if isinstance(node, FreezerNode):
                return f"{node.set_point_c} °C"
            return ""
        if isinstance(node, FreezerNode):
            return f"{node.code} — {node.name}"
        if isinstance(node, ShelfNode):
            return self.tr("Shelf {code}").format(code=node.code)
        if isinstance(node, RackNode):
            return self.tr("Rack {code}").format(code=node.code)
        return self.tr("Box {code}").format(code=node.code)

    def _tooltip(self, entry: _Node) -> str:
        text = self.tr("{path}: {occupied} of {capacity} positions taken, {free} free"
                       ).format(path=entry.path, occupied=entry.occupied,
                                capacity=entry.capacity, free=entry.capacity - entry.occupied)
        node = entry.payload
        if isinstance(node, FreezerNode) and node.location:
            text = f"{node.name} · {node.location}\n{text}"
        return text

    # -- finding nodes ---------------------------------------------------------------------------

    def index_of_path(self, path: str) -> QModelIndex:
        """The index of the node with this storage path (invalid if none).

        The nodes above it are made rows first (announced to the views), so a path deep in a
        freezer nobody expanded yet is found all the same.
        """
        node_id = self._node_of_path(path.strip().strip("/"))
        if node_id is None:
            return QModelIndex()
        return self.createIndex(self._nodes[node_id].row, 0, node_id)

    def _node_of_path(self, path: str) -> int | None:
        if path in self._by_path:
            return self._by_path[path]
        if "/" not in path:
            return None
        parent_id = self._node_of_path(path.rsplit("/", 1)[0])
        if parent_id is None or self._fetched(parent_id):
            return None
        parent = self._nodes[parent_id]
        self._fetch(parent_id, self.createIndex(parent.row, 0, parent_id))
        return self._by_path.get(path)

    def rack_paths(self) -> list[str]:
        return [p.path for f in self._freezers for s in f.shelves for p in s.racks]

    def box_paths(self) -> list[str]:
        return [b.path for b in self.boxes()]

    def boxes(self) -> list[Box]:
        return [b for f in self._freezers for s in f.shelves for r in s.racks for b in r.boxes]


# -- the scan station's batch ----------------------------------------------------------------------


@dataclass(frozen=True)
class BatchItem:
    """One scan of a batch: the tube found (None if unknown) and why it cannot be applied."""

    scanned: str
    aliquot: Aliquot | None
    problem: str | None = None

    @property
    def barcode(self) -> str:
        return self.aliquot.barcode if self.aliquot else self.scanned

    @property
    def ok(self) -> bool:
        return self.aliquot is not None and self.problem is None


class BatchModel(ListTableModel[BatchItem]):
    """The tubes scanned for one batch action; refused ones marked with the reason."""

    CONTEXT = "BatchModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("BatchModel", "Barcode"), lambda i: i.barcode),
        (QT_TRANSLATE_NOOP("BatchModel", "Participant"),
         lambda i: i.aliquot.code if i.aliquot else ""),
        (QT_TRANSLATE_NOOP("BatchModel", "Visit"), lambda i: i.aliquot.visit if i.aliquot else ""),
        (QT_TRANSLATE_NOOP("BatchModel", "Sample"), lambda i: ""),  # see data()
        (QT_TRANSLATE_NOOP("BatchModel", "Status"),
         lambda i: status_label(i.aliquot.status) if i.aliquot else ""),
        (QT_TRANSLATE_NOOP("BatchModel", "Position"),
         lambda i: i.aliquot.location.path if i.aliquot and i.aliquot.location else ""),
        (QT_TRANSLATE_NOOP("BatchModel", "Note"),
         lambda i: i.problem or translate("BatchModel", "ready")),
    )

    def __init__(self, rows: Any = (), parent: Any = None) -> None:
        super().__init__(rows, parent)
        self._labels: dict[str, str] = {}

    def set_sample_labels(self, labels: dict[str, str]) -> None:
        """Sample type id → its name in the protocol ("Serum")."""
        self._labels = dict(labels)

    def sample_text(self, aliquot: Aliquot | None) -> str:
        if aliquot is None:
            return ""
        name = self._labels.get(aliquot.sample_type, aliquot.sample_type.replace("_", " "))
        return f"{name} {aliquot.number}/{aliquot.of_count}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (index.isValid() and index.column() == 3 and 0 <= index.row() < len(self._rows)
                and role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE)):
            return self.sample_text(self._rows[index.row()].aliquot)
        return super().data(index, role)

    def extra_data(self, record: BatchItem, column: int, role: int) -> Any:
        if not record.ok and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(PROBLEM_BACKGROUND)
        if not record.ok and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(PROBLEM_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and record.problem:
            return self.tr("Not applied: {problem}").format(problem=record.problem)
        return None

    def append(self, item: BatchItem) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(item)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def ready(self) -> list[BatchItem]:
        return [item for item in self._rows if item.ok]

    def refused(self) -> list[BatchItem]:
        return [item for item in self._rows if not item.ok]

    def contains(self, barcode: str) -> bool:
        return any(item.barcode == barcode for item in self._rows)


# -- a tube's history ------------------------------------------------------------------------------


MOVEMENT_LABELS = {
    "placed": QT_TRANSLATE_NOOP("MovementModel", "placed"),
    "moved": QT_TRANSLATE_NOOP("MovementModel", "moved"),
    "checked_out": QT_TRANSLATE_NOOP("MovementModel", "checked out"),
    "returned": QT_TRANSLATE_NOOP("MovementModel", "returned"),
    "consumed": QT_TRANSLATE_NOOP("MovementModel", "consumed"),
    "shipped": QT_TRANSLATE_NOOP("MovementModel", "shipped"),
    "discarded": QT_TRANSLATE_NOOP("MovementModel", "discarded"),
    "missing": QT_TRANSLATE_NOOP("MovementModel", "marked missing"),
}


def _movement_action(m: Movement) -> str:
    label = MOVEMENT_LABELS.get(m.action)
    return translate("MovementModel", label) if label else m.action


def _movement_where(m: Movement) -> str:
    if m.from_path and m.to_path and m.from_path != m.to_path:
        return f"{m.from_path} → {m.to_path}"
    return m.to_path or m.from_path or ""


class _ByStoredTime:
    """Sorts the first column ("When") by the stored ISO timestamp, not by the day-first text."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid() and index.column() == 0:
            rows = self.rows()  # type: ignore[attr-defined]
            return rows[index.row()].at if 0 <= index.row() < len(rows) else None
        return super().data(index, role)  # type: ignore[misc]


class MovementModel(_ByStoredTime, ListTableModel[Movement]):
    """Where a tube went and when (services.storage.movements)."""

    CONTEXT = "MovementModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("MovementModel", "When"), lambda m: local_time(m.at)),
        (QT_TRANSLATE_NOOP("MovementModel", "What"), _movement_action),
        (QT_TRANSLATE_NOOP("MovementModel", "Where"), _movement_where),
        (QT_TRANSLATE_NOOP("MovementModel", "Who"), lambda m: m.user or ""),
        (QT_TRANSLATE_NOOP("MovementModel", "Reason"), lambda m: m.reason or ""),
    )


#: The fields of a tube's audit event that its history shows, as the screen names them.
CHANGE_LABELS = {
    "status": QT_TRANSLATE_NOOP("AuditEventModel", "status"),
    "location": QT_TRANSLATE_NOOP("AuditEventModel", "location"),
    "thaw_count": QT_TRANSLATE_NOOP("AuditEventModel", "thaw count"),
}


def _change_value(key: str, value: Any) -> str:
    return status_label(value) if key == "status" and isinstance(value, str) else str(value)


def _event_change(event: Any) -> str:
    after = event.after if isinstance(event.after, dict) else {}
    before = event.before if isinstance(event.before, dict) else {}
    parts = []
    for key, label in CHANGE_LABELS.items():
        if key in after and before.get(key) != after.get(key):
            name = translate("AuditEventModel", label)
            new = _change_value(key, after[key])
            parts.append(f"{name}: {_change_value(key, before.get(key))} → {new}"
                         if key in before else f"{name}: {new}")
    return "; ".join(parts)


class AuditEventModel(_ByStoredTime, ListTableModel[Any]):
    """A tube's audit events (services.safety.history), oldest first."""

    CONTEXT = "AuditEventModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("AuditEventModel", "When"), lambda e: local_time(e.at)),
        (QT_TRANSLATE_NOOP("AuditEventModel", "Action"), lambda e: e.action),
        (QT_TRANSLATE_NOOP("AuditEventModel", "Change"), _event_change),
        (QT_TRANSLATE_NOOP("AuditEventModel", "Who"), lambda e: e.username),
        (QT_TRANSLATE_NOOP("AuditEventModel", "Reason"), lambda e: e.reason or ""),
    )


# -- box audit -------------------------------------------------------------------------------------


AUDIT_LABELS = {
    "missing": QT_TRANSLATE_NOOP("AuditResultModel", "missing"),
    "unexpected": QT_TRANSLATE_NOOP("AuditResultModel", "unexpected"),
    "misplaced": QT_TRANSLATE_NOOP("AuditResultModel", "misplaced"),
    "matched": QT_TRANSLATE_NOOP("AuditResultModel", "matched"),
    "checked_out": QT_TRANSLATE_NOOP("AuditResultModel", "checked out"),
    "pending": QT_TRANSLATE_NOOP("AuditResultModel", "not scanned yet"),
}
PENDING_FOREGROUND = QColor("#80868b")


@dataclass(frozen=True)
class AuditRow:
    """One line of a box audit's result: the category and the finding."""

    kind: str
    finding: AuditFinding


class AuditResultModel(ListTableModel[AuditRow]):
    """A box audit, problems first: missing, unexpected, misplaced, then matched."""

    CONTEXT = "AuditResultModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("AuditResultModel", "Result"),
         lambda r: translate("AuditResultModel", AUDIT_LABELS.get(r.kind, r.kind))),
        (QT_TRANSLATE_NOOP("AuditResultModel", "Barcode"), lambda r: r.finding.barcode),
        (QT_TRANSLATE_NOOP("AuditResultModel", "Scanned at"), lambda r: r.finding.scanned or ""),
        (QT_TRANSLATE_NOOP("AuditResultModel", "Database"), lambda r: r.finding.expected or ""),
        (QT_TRANSLATE_NOOP("AuditResultModel", "Participant"),
         lambda r: " · ".join(p for p in (r.finding.code, r.finding.visit) if p)),
        (QT_TRANSLATE_NOOP("AuditResultModel", "Note"), lambda r: error_text(r.finding.note)),
    )

    def extra_data(self, record: AuditRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.kind == "pending":
            return QBrush(PENDING_FOREGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            colour = MARK_COLOURS.get(record.kind)
            return QBrush(colour.darker(130)) if colour else None
        return None

    def kinds(self) -> dict[str, list[str]]:
        """Category → barcodes, for tests and summaries."""
        result: dict[str, list[str]] = {}
        for row in self._rows:
            result.setdefault(row.kind, []).append(row.finding.barcode)
        return result
