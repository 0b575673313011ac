"""Qt item models over the services' domain lists (STYLE.md practice 8).

Each model holds a plain Python list handed to it by a view (the result of one service call)
and only adapts it to Qt's roles: no queries, no rules. A view replaces the whole list with
``set_rows`` after asking the service again. ``ROW_ROLE`` gives the underlying record, so
views and tests work with domain objects rather than with display text.

Lists that grow with the biobank (participants, a participant's tubes) are ``PagedTableModel``s:
they hold the rows read so far and read the next page only when the view asks for it
(``canFetchMore``/``fetchMore``, issue 8), so a million tubes never become a million rows on
the GUI thread. The page comes from a function the view hands over (a service call); the
participant list also searches and sorts through it, in SQL.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from biotrack.services.due import DueVisit
from biotrack.services.overview import (
    AliquotLine,
    IraeRecord,
    ParticipantOverview,
    ParticipantQuery,
)
from biotrack.ui.i18n import format_date, format_datetime, translate

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: Value to sort a column by (dates as ISO text, numbers as numbers), set on every model.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

OVERDUE_BACKGROUND = QColor("#f6d5d5")
OVERDUE_FOREGROUND = QColor("#5c1010")
NOT_YET_FOREGROUND = QColor("#5a6b85")
ENDED_FOREGROUND = QColor("#808080")
GONE_FOREGROUND = QColor("#808080")
SEVERE_FOREGROUND = QColor("#9a2b00")

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
#: The roles the models below answer (``ListTableModel.ROLES``).
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BRUSHES: list[QBrush] = []


def _brushes() -> list[QBrush]:
    """Overdue background, overdue text, not-yet-open text, ended participant's text (made
    once, after QApplication)."""
    if not _BRUSHES:
        _BRUSHES.extend(QBrush(colour) for colour in (
            OVERDUE_BACKGROUND, OVERDUE_FOREGROUND, NOT_YET_FOREGROUND, ENDED_FOREGROUND))
    return _BRUSHES


_ANSWERED = frozenset({
    _DISPLAY, int(SORT_ROLE), int(ROW_ROLE), int(Qt.ItemDataRole.ToolTipRole),
    int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.BackgroundRole),
    int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.TextAlignmentRole),
})

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of records; subclasses declare their columns."""

    #: (header, value-for-display) per column; headers are marked with QT_TRANSLATE_NOOP in
    #: the subclass's context and translated in ``headerData``.
    COLUMNS: ClassVar[Sequence[tuple[str, Callable[[Any], str]]]] = ()
    CONTEXT = "ListTableModel"
    #: The roles ``data`` can answer (None: any, ``extra_data`` decides). A view asks every
    #: cell for a dozen roles while it lays out and paints; a model that names its roles
    #: answers the others at once (issue 8: thousands of due visits at biobank scale).
    ROLES: ClassVar[frozenset[int] | None] = None

    def __init__(self, rows: Sequence[T] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = list(rows)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return translate(self.CONTEXT, self.COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.ROLES is not None and role not in self.ROLES:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        record = self._rows[row]
        if role in (_DISPLAY, SORT_ROLE):
            return self.COLUMNS[index.column()][1](record)
        if role == ROW_ROLE:
            return record
        return self.extra_data(record, index.column(), role)

    def extra_data(self, record: T, column: int, role: int) -> Any:
        """Roles other than display (colour, tooltip): none by default."""
        return None


#: ``fetch(offset, limit)``: up to ``limit`` rows from ``offset`` on.
PageFetcher = Callable[[int, int], Sequence[T]]


def _no_rows(_offset: int, _limit: int) -> Sequence[Any]:
    return ()


def _list_fetcher(rows: list[T]) -> PageFetcher[T]:
    return lambda offset, limit: rows[offset:offset + limit]


class PagedTableModel(ListTableModel[T]):
    """A read-only table that reads its rows a page at a time, as the view scrolls to them.

    Qt's views call ``canFetchMore``/``fetchMore`` when the last row read comes into sight;
    only then is the next page asked for. After ``set_source`` (or ``set_rows``) exactly one
    page is read. ``rows()`` are the rows read so far.
    """

    PAGE_SIZE = 200

    def __init__(self, rows: Sequence[T] = (), parent: Any = None, *,
                 page_size: int | None = None) -> None:
        super().__init__((), parent)
        self.page_size = max(1, page_size or self.PAGE_SIZE)
        self._fetch: PageFetcher[T] = _no_rows
        self._more = False
        if rows:
            self._open(_list_fetcher(list(rows)), self.page_size)

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show a list already in memory, still handed to the view a page at a time."""
        self.beginResetModel()
        self._open(_list_fetcher(list(rows)), self.page_size)
        self.endResetModel()

    def set_source(self, fetch: PageFetcher[T], *, at_least: int = 0) -> None:
        """Read pages through ``fetch`` from now on; read the first page (or ``at_least`` rows,
        e.g. as many as were shown before a refresh) at once."""
        self.beginResetModel()
        self._open(fetch, max(self.page_size, at_least))
        self.endResetModel()

    def reload(self) -> None:
        """Read again from the start, as many rows as are shown now (at least a page)."""
        fetch, shown = self._fetch, len(self._rows)
        self.beginResetModel()
        self._open(fetch, max(self.page_size, shown))
        self.endResetModel()

    def _open(self, fetch: PageFetcher[T], count: int) -> None:
        self._fetch = fetch
        self._rows = []
        self._more = True
        self._rows = self._read(count)

    def _read(self, count: int) -> list[T]:
        if count <= 0:
            return []
        found = list(self._fetch(len(self._rows), count))
        self._more = len(found) >= count
        return found

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self.fetch_rows(self.page_size)

    def fetch_rows(self, count: int) -> int:
        """Read up to ``count`` more rows now; how many came."""
        if not self._more or count <= 0:
            return 0
        found = self._read(count)
        if found:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
            self._rows.extend(found)
            self.endInsertRows()
        return len(found)

    def fetch_to(self, row: int) -> bool:
        """Make sure row ``row`` is read (in one read); False if the list is shorter."""
        missing = row + 1 - len(self._rows)
        if missing > 0:
            self.fetch_rows(missing)
        return row < len(self._rows)


def _window(visit: DueVisit) -> str:
    return f"{format_date(visit.window_start)} – {format_date(visit.window_end)}"


class ParticipantCodeModel(QAbstractListModel):
    """The participants a combo box offers, by study code (its item data is the code too),
    with cohort, site and regimen as the tooltip.

    Why a model rather than ``addItem``: a combo asks a model only for the items it shows, so
    handing over a list of thousands of participants costs one reset instead of two calls
    into Qt per participant on the GUI thread (issue 8).
    """

    def __init__(self, rows: Sequence[ParticipantOverview] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)

    def set_rows(self, rows: Sequence[ParticipantOverview]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        p = self._rows[row]
        if role in _CODE_ROLES:
            return p.code
        if role == ROW_ROLE:
            return p
        if role == _TOOLTIP:
            return f"{p.cohort} · {p.site} · {p.regimen_name or ''}".rstrip(" ·")
        return None


_CODE_ROLES = frozenset({_DISPLAY, int(Qt.ItemDataRole.EditRole), int(Qt.ItemDataRole.UserRole)})
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


class SortedListTableModel(ListTableModel[T]):
    """A ListTableModel that sorts itself, in Python, when its view asks (``sort``).

    Why not a QSortFilterProxyModel: the proxy compares two cells by asking ``data`` for both,
    some 2·n·log n calls from C++ into Python; for the thousands of due visits of a biobank
    that alone blocked the GUI thread for ~80 ms per refresh (issue 8). Sorting the list with a
    key reads each cell once. Put a QIdentityProxyModel (or nothing) between it and the view:
    QAbstractProxyModel passes ``sort`` on to its source. The sort chosen is kept across
    ``set_rows``, so a refreshed list comes back in the order the user picked.
    """

    _sort_column = -1
    _sort_order = Qt.SortOrder.AscendingOrder
    #: Columns whose shown text does not sort right (a date as 25/11/2026): column -> key.
    SORT_KEYS: ClassVar[Mapping[int, Callable[[Any], Any]]] = {}

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def _sorted(self, rows: list[T]) -> list[T]:
        if not 0 <= self._sort_column < len(self.COLUMNS):
            return rows
        value = self.SORT_KEYS.get(self._sort_column, self.COLUMNS[self._sort_column][1])
        return sorted(rows, key=value,
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        records = [(index.row(), index.column()) for index in before]
        old = self._rows
        self._rows = self._sorted(list(old))
        where = {id(record): row for row, record in enumerate(self._rows)}
        after = [self.index(where[id(old[row])], column_) if 0 <= row < len(old)
                 else QModelIndex() for row, column_ in records]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()


class DueVisitModel(SortedListTableModel[DueVisit]):
    """The nurse's due list (services.due.due): overdue visits coloured, details in a tooltip.

    Given ``today``, a visit whose window has not opened yet is shown in italics and dimmed:
    it is on the list for planning (labels, appointments) but must not be drawn today.
    """

    CONTEXT = "DueVisitModel"
    ROLES = _ANSWERED
    today: date | None = None

    def set_today(self, today: date | None) -> None:
        self.today = today
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def not_yet_open(self, visit: DueVisit) -> bool:
        return self.today is not None and visit.window_start > self.today

    COLUMNS = (
        (QT_TRANSLATE_NOOP("DueVisitModel", "Code"), lambda v: v.code),
        (QT_TRANSLATE_NOOP("DueVisitModel", "Site"), lambda v: v.site),
        (QT_TRANSLATE_NOOP("DueVisitModel", "Visit"), lambda v: v.visit),
        (QT_TRANSLATE_NOOP("DueVisitModel", "Target"), lambda v: format_date(v.target_date)),
        (QT_TRANSLATE_NOOP("DueVisitModel", "Window"), _window),
        (QT_TRANSLATE_NOOP("DueVisitModel", "Tubes"), lambda v: " + ".join(v.tubes)),
    )
    SORT_KEYS: ClassVar[Mapping[int, Callable[[Any], Any]]] = {
        3: lambda v: v.target_date, 4: lambda v: (v.window_start, v.window_end)}

    def extra_data(self, record: DueVisit, column: int, role: int) -> Any:
        # Asked for every cell in every role when widths are fitted and rows painted (issue
        # 8: ~2,000 calls when the list is shown): plain int roles, brushes made once.
        if record.overdue and role == _BACKGROUND:
            return _brushes()[0]
        if record.overdue and role == _FOREGROUND:
            return _brushes()[1]
        if self.not_yet_open(record):
            if role == _FOREGROUND:
                return _brushes()[2]
            if role == _FONT:
                font = QFont()
                font.setItalic(True)
                return font
        if role == _TOOLTIP:
            return self.tooltip(record)
        return None

    def tooltip(self, visit: DueVisit) -> str:
        lines = []
        if visit.overdue:
            lines.append(self.tr("Overdue: the window closed on {date} and nothing "
                                 "was recorded").format(date=format_date(visit.window_end)))
        if self.not_yet_open(visit):
            lines.append(self.tr("Not in its window yet: draw from {date}").format(
                date=format_date(visit.window_start)))
        lines.append(self.tr("{code} {visit} ({cohort}), target {target}, window "
                             "{start} to {end}").format(
            code=visit.code, visit=visit.visit, cohort=visit.cohort,
            target=format_date(visit.target_date), start=format_date(visit.window_start),
            end=format_date(visit.window_end)))
        lines.append(self.tr("Draw: {tubes}").format(tubes=", ".join(visit.tubes)))
        aliquots = ", ".join(
            f"{s['count']} × {s['sample_type']} {s['volume_ul']} µL" for s in visit.samples)
        lines.append(self.tr("Aliquots: {aliquots}").format(aliquots=aliquots))
        return "\n".join(lines)

    def overdue_count(self) -> int:
        return sum(1 for v in self._rows if v.overdue)


PARTICIPANT_STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("ParticipantModel", "active"),
    "completed": QT_TRANSLATE_NOOP("ParticipantModel", "completed"),
    "withdrawn": QT_TRANSLATE_NOOP("ParticipantModel", "withdrawn"),
    "deceased": QT_TRANSLATE_NOOP("ParticipantModel", "deceased"),
    "lost_to_follow_up": QT_TRANSLATE_NOOP("ParticipantModel", "lost to follow-up"),
}


def _status(p: ParticipantOverview) -> str:
    label = PARTICIPANT_STATUS_LABELS.get(p.status)
    return translate("ParticipantModel", label) if label else p.status.replace("_", " ")


def _next_visit(p: ParticipantOverview) -> str:
    if p.next_visit is None or p.next_visit_date is None:
        return "—"
    return f"{p.next_visit} · {format_date(p.next_visit_date)}"


#: Reads a page of the participant list: ``page(query, offset, limit)``.
ParticipantPager = Callable[[ParticipantQuery, int, int], Sequence[ParticipantOverview]]


class ParticipantModel(PagedTableModel[ParticipantOverview]):
    """The participant list, read a page at a time (services.overview.participant_page).

    Given a pager (``set_pager``), searching (``set_search``) and sorting (``sort``, which a
    QTableView with sorting enabled calls on a header click) ask the service again with a new
    ``ParticipantQuery``, so the database does the filtering and ordering over every
    participant, not just over the rows read so far. Given a plain list (``set_rows``), it just
    shows the list.
    """

    CONTEXT = "ParticipantModel"
    ROLES = _ANSWERED
    #: The service's sort key of each column (services.overview.PARTICIPANT_SORTS).
    SORT_KEYS = ("code", "cohort", "site", "regimen", "status", "next_visit")

    def __init__(self, rows: Sequence[ParticipantOverview] = (), parent: Any = None, *,
                 page_size: int | None = None) -> None:
        super().__init__(rows, parent, page_size=page_size)
        self._pager: ParticipantPager | None = None
        self.query = ParticipantQuery()

    def set_pager(self, pager: ParticipantPager, *, at_least: int = 0) -> None:
        """Read the list through ``pager`` (with the current query) from now on."""
        self._pager = pager
        self._ask(self.query, at_least=at_least)

    def _ask(self, query: ParticipantQuery, *, at_least: int = 0) -> None:
        self.query = query
        pager = self._pager
        if pager is not None:
            self.set_source(lambda offset, limit: pager(query, offset, limit), at_least=at_least)

    def set_search(self, text: str) -> None:
        """Show only the participants that match ``text`` (code, cohort, site, regimen, status
        as shown, in any case)."""
        text = text.strip()
        self._ask(dataclasses.replace(self.query, search=text,
                                      statuses=self.statuses_matching(text)))

    @staticmethod
    def statuses_matching(text: str) -> tuple[str, ...]:
        """The statuses whose label, in the interface language, contains ``text``."""
        wanted = text.strip().casefold()
        if not wanted:
            return ()
        return tuple(status for status, label in PARTICIPANT_STATUS_LABELS.items()
                     if wanted in translate("ParticipantModel", label).casefold())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS):
            return
        query = dataclasses.replace(self.query, sort=self.SORT_KEYS[column],
                                    descending=order == Qt.SortOrder.DescendingOrder)
        if query != self.query:
            self._ask(query)

    COLUMNS = (
        (QT_TRANSLATE_NOOP("ParticipantModel", "Code"), lambda p: p.code),
        (QT_TRANSLATE_NOOP("ParticipantModel", "Cohort"), lambda p: p.cohort),
        (QT_TRANSLATE_NOOP("ParticipantModel", "Site"), lambda p: p.site),
        (QT_TRANSLATE_NOOP("ParticipantModel", "Regimen"), lambda p: p.regimen_name or ""),
        (QT_TRANSLATE_NOOP("ParticipantModel", "Status"), _status),
        (QT_TRANSLATE_NOOP("ParticipantModel", "Next visit"), _next_visit),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Sort "Next visit" by date, not by visit code; participants with none go last.
        if role == SORT_ROLE and index.isValid() and index.column() == 5:
            record = self._rows[index.row()]
            return record.next_visit_date.isoformat() if record.next_visit_date else "9999"
        return super().data(index, role)

    def extra_data(self, record: ParticipantOverview, column: int, role: int) -> Any:
        # Plain int roles and a brush made once: asked for every shown cell in every role.
        if role == _FOREGROUND and record.status != "active":
            return _brushes()[3]  # withdrawn, completed...: still listed, dimmed
        if role != _TOOLTIP:
            return None
        if column == 5 and record.next_visit is None:
            return self.tr("No visit planned")
        if column == 3 and record.regimen:
            return record.regimen
        if column == 0:
            return self.tr("Enrolled on {date}").format(
                date=format_date(record.enrolled_on))
        return None


ALIQUOT_STATUS_LABELS = {
    "unplaced": QT_TRANSLATE_NOOP("AliquotLineModel", "unplaced"),
    "in_storage": QT_TRANSLATE_NOOP("AliquotLineModel", "in storage"),
    "checked_out": QT_TRANSLATE_NOOP("AliquotLineModel", "checked out"),
    "consumed": QT_TRANSLATE_NOOP("AliquotLineModel", "consumed"),
    "shipped": QT_TRANSLATE_NOOP("AliquotLineModel", "shipped"),
    "discarded": QT_TRANSLATE_NOOP("AliquotLineModel", "discarded"),
    "missing": QT_TRANSLATE_NOOP("AliquotLineModel", "missing"),
}
#: Statuses of a tube that is no longer in the freezer: listed, dimmed.
_GONE = ("consumed", "shipped", "discarded", "missing")


def _aliquot_status(line: AliquotLine) -> str:
    label = ALIQUOT_STATUS_LABELS.get(line.aliquot.status)
    return (translate("AliquotLineModel", label) if label
            else line.aliquot.status.replace("_", " "))


def _position(line: AliquotLine) -> str:
    location = line.aliquot.location
    return location.path if location else "—"


def _position_sort(line: AliquotLine) -> str:
    location = line.aliquot.location
    if location is None:
        return "~"  # after every stored path
    return f"{location.box_path}/{location.row:03d}{location.col:03d}"


class AliquotLineModel(PagedTableModel[AliquotLine]):
    """A participant's tubes, one row each, with the visit and draw they came from.

    Positions sort by box and then row and column (A2 before A10), not as text. Handed to the
    view a page at a time (``PagedTableModel``): a participant followed for years can have
    hundreds of tubes, and a page source (``set_source``) can read them from the database as
    the table scrolls. Behind a QSortFilterProxyModel, sorting covers the rows read so far
    (a page holds 200 tubes, more than a participant has today).
    """

    CONTEXT = "AliquotLineModel"
    ROLES = _ANSWERED
    COLUMNS = (
        (QT_TRANSLATE_NOOP("AliquotLineModel", "Visit"), lambda r: r.visit),
        (QT_TRANSLATE_NOOP("AliquotLineModel", "Drawn"), lambda r: format_datetime(r.drawn_at)),
        (QT_TRANSLATE_NOOP("AliquotLineModel", "Barcode"), lambda r: r.aliquot.barcode),
        (QT_TRANSLATE_NOOP("AliquotLineModel", "Sample"), lambda r: r.sample_label),
        (QT_TRANSLATE_NOOP("AliquotLineModel", "n/N"),
         lambda r: f"{r.aliquot.number}/{r.aliquot.of_count}"),
        (QT_TRANSLATE_NOOP("AliquotLineModel", "Status"), _aliquot_status),
        (QT_TRANSLATE_NOOP("AliquotLineModel", "Position"), _position),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid() and index.column() in (1, 4, 6):
            line = self._rows[index.row()]
            if index.column() == 1:
                return line.drawn_at.isoformat()
            if index.column() == 4:
                return f"{line.aliquot.number:03d}/{line.aliquot.of_count:03d}"
            return _position_sort(line)
        return super().data(index, role)

    def extra_data(self, record: AliquotLine, column: int, role: int) -> Any:
        aliquot = record.aliquot
        if role == Qt.ItemDataRole.ForegroundRole and aliquot.status in _GONE:
            return QBrush(GONE_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{barcode}: {sample} {number} of {of}, {volume} µL, "
                           "thawed {thaws} time(s)\nSPREC {sprec}").format(
                barcode=aliquot.barcode, sample=record.sample_label, number=aliquot.number,
                of=aliquot.of_count, volume=aliquot.volume_ul, thaws=aliquot.thaw_count,
                sprec=aliquot.sprec)
        return None


class IraeModel(ListTableModel[IraeRecord]):
    """A participant's irAEs (services.overview.participant_detail), grade 3 and over marked."""

    CONTEXT = "IraeModel"
    ROLES = _ANSWERED
    COLUMNS = (
        (QT_TRANSLATE_NOOP("IraeModel", "Diagnosed"), lambda r: format_date(r.diagnosed_on)),
        (QT_TRANSLATE_NOOP("IraeModel", "Type"), lambda r: r.irae_type),
        (QT_TRANSLATE_NOOP("IraeModel", "Grade"), lambda r: str(r.grade)),
        (QT_TRANSLATE_NOOP("IraeModel", "CTCAE"), lambda r: r.ctcae_version),
        (QT_TRANSLATE_NOOP("IraeModel", "Visit"), lambda r: r.visit),
        (QT_TRANSLATE_NOOP("IraeModel", "Notes"), lambda r: r.notes or ""),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid() and index.column() == 0:
            return self._rows[index.row()].diagnosed_on.isoformat()  # day-first text misorders
        return super().data(index, role)

    def extra_data(self, record: IraeRecord, column: int, role: int) -> Any:
        # CTCAE grade 3 or more is severe: the nurse should see it at a glance.
        if role == Qt.ItemDataRole.ForegroundRole and record.grade >= 3:
            return QBrush(SEVERE_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
