"""The box grid: one storage box drawn to scale, each position coloured by what it holds.

A freezer box is a grid of rows × columns (9 × 9 by default, positions A1..I9). The widget
draws every position as a tube seen from above: filled in the sample type's colour when the
tube is in storage, hatched when it is checked out (the position stays reserved for its
return), white when empty; a legend explains the colours and a tooltip names the tube. It is
painted rather than built from 81 buttons so that it scales with the window and stays square.

It only shows what it is given (a Box and the service's box contents) and reports what the
person does: a click on a position, or a drag of a tube onto another position
(``move_requested``); the view that embeds it decides and calls the service. The Freezers
workspace, the Scan station and the box audit all use it; Register collection also shows the
positions *proposed* for a draw not stored yet (``set_proposals``: a dashed tube in the sample
colour), so the technician sees where each new tube would go before choosing another place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from biotrack.models import Box, position_label
from biotrack.ui.i18n import format_date, translate

#: Fill colour per sample type (tubes in storage); unknown types are grey.
SAMPLE_COLOURS: dict[str, QColor] = {
    "serum": QColor("#f0b429"),
    "buffy_coat": QColor("#2f9e8f"),
    "buffy_coat_rnalater": QColor("#8e6cc9"),
}
OTHER_COLOUR = QColor("#9e9e9e")
EMPTY_FILL = QColor("#ffffff")
EMPTY_LINE = QColor("#c4c4c4")
GRID_BACKGROUND = QColor("#f4f5f7")
HIGHLIGHT = QColor("#d62828")
SELECTION = QColor("#1f4e9c")
CURSOR = QColor("#1f7a1f")
PROPOSED_LINE = QColor("#1f4e9c")

#: Box-audit marks: colour of the ring drawn around a position, and its legend text.
MARK_COLOURS: dict[str, QColor] = {
    "matched": QColor("#2e9e44"),
    "misplaced": QColor("#f08c00"),
    "missing": QColor("#d62828"),
    "unexpected": QColor("#7b2cbf"),
}


def _day(stored: str) -> str:
    """A stored ISO day ("2026-09-07") as the screen writes dates; as stored if it is not."""
    try:
        return format_date(date.fromisoformat(stored))
    except ValueError:
        return stored


def mark_label(kind: str) -> str:
    return {"matched": translate("BoxGrid", "matched"),
            "misplaced": translate("BoxGrid", "misplaced"),
            "missing": translate("BoxGrid", "missing"),
            "unexpected": translate("BoxGrid", "unexpected")}.get(kind, kind)


@dataclass(frozen=True)
class GridTube:
    """What the grid shows of one tube: enough for its colour and its tooltip."""

    barcode: str
    row: int
    col: int
    status: str
    sample_type: str
    number: int
    of_count: int
    code: str
    visit: str
    drawn_on: str

    @property
    def position(self) -> str:
        return position_label(self.row, self.col)

    @classmethod
    def from_content(cls, content: Mapping[str, Any]) -> GridTube:
        """One row of services.storage.box_contents."""
        return cls(
            barcode=str(content["barcode"]), row=int(content["pos_row"]),
            col=int(content["pos_col"]), status=str(content["status"]),
            sample_type=str(content["sample_type"]), number=int(content["number"]),
            of_count=int(content["of_count"]), code=str(content["code"]),
            visit=str(content["visit"]), drawn_on=str(content["drawn_on"] or ""),
        )


@dataclass(frozen=True)
class Proposal:
    """A tube a draw would put at a position: its sample type (colour), its number (drawn in
    the cell) and how it is named in the tooltip (e.g. "Serum 3/6")."""

    sample_type: str
    number: int
    text: str


class BoxGrid(QWidget):
    """One box, rows × columns, drawn to scale with labels, legend and tooltips."""

    #: A position was clicked (its label, e.g. "C4").
    cell_clicked = Signal(str)
    #: A tube was dragged onto another position: barcode, from position, to position.
    move_requested = Signal(str, str, str)

    LABEL_MARGIN = 22
    LEGEND_ROW = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("box_grid")
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._box: Box | None = None
        self._tubes: dict[tuple[int, int], GridTube] = {}
        self._labels: dict[str, str] = {}
        self._highlight: tuple[int, int] | None = None
        self._selected: tuple[int, int] | None = None
        self._cursor: tuple[int, int] | None = None
        self._marks: dict[tuple[int, int], str] = {}
        self._proposals: dict[tuple[int, int], Proposal] = {}
        self._movable = False
        self._press: tuple[QPoint, tuple[int, int]] | None = None
        self._drag_target: tuple[int, int] | None = None
        self._dragging = False
        self._placeholder = self.tr("No box selected")
        self._text_colour = QColor("#000000")

    # -- content -------------------------------------------------------------------------------

    def set_box(self, box: Box | None, contents: Sequence[Mapping[str, Any]] = (),
                sample_labels: Mapping[str, str] | None = None) -> None:
        """Show a box and its contents (services.storage.box_contents); None shows nothing."""
        self._box = box
        self._tubes = {}
        for content in contents:
            tube = GridTube.from_content(content)
            self._tubes[(tube.row, tube.col)] = tube
        if sample_labels is not None:
            self._labels = dict(sample_labels)
        self._highlight = self._selected = self._cursor = None
        self._marks = {}
        self._proposals = {}
        self._end_drag()
        self.updateGeometry()
        self.update()

    def set_placeholder(self, text: str) -> None:
        """What the grid says when it shows no box."""
        self._placeholder = text
        self.update()

    def box(self) -> Box | None:
        return self._box

    def set_movable(self, movable: bool) -> None:
        """Whether tubes can be dragged onto other positions (the Freezers workspace)."""
        self._movable = movable

    def cell_barcodes(self) -> dict[str, str]:
        """Position label → barcode of every tube shown (stored and checked out)."""
        return {tube.position: tube.barcode
                for _key, tube in sorted(self._tubes.items())}

    def tube_at(self, position: str) -> GridTube | None:
        key = self._key(position)
        return self._tubes.get(key) if key else None

    def positions(self) -> list[str]:
        """Every position of the box, row by row (A1, A2, ... I9)."""
        if self._box is None:
            return []
        return [position_label(r, c) for r in range(1, self._box.rows + 1)
                for c in range(1, self._box.cols + 1)]

    def highlight(self, position: str | None) -> None:
        """Ring one position (the tube just scanned); None removes the ring."""
        self._highlight = self._key(position) if position else None
        self.update()

    def highlighted(self) -> str | None:
        return position_label(*self._highlight) if self._highlight else None

    def select(self, position: str | None) -> None:
        self._selected = self._key(position) if position else None
        self.update()

    def selected_position(self) -> str | None:
        return position_label(*self._selected) if self._selected else None

    def set_cursor_position(self, position: str | None) -> None:
        """The box audit's "next scan goes here" marker."""
        self._cursor = self._key(position) if position else None
        self.update()

    def cursor_position(self) -> str | None:
        return position_label(*self._cursor) if self._cursor else None

    def set_marks(self, marks: Mapping[str, str]) -> None:
        """Box-audit results per position: matched, misplaced, missing or unexpected."""
        self._marks = {}
        for position, kind in marks.items():
            key = self._key(position)
            if key:
                self._marks[key] = kind
        self.update()

    def marks(self) -> dict[str, str]:
        return {position_label(*key): kind for key, kind in sorted(self._marks.items())}

    def set_proposals(self, proposals: Mapping[str, Proposal]) -> None:
        """Positions proposed for tubes not stored yet (Register collection); positions outside
        the box are ignored. ``set_box`` clears them."""
        self._proposals = {}
        for position, proposal in proposals.items():
            key = self._key(position)
            if key:
                self._proposals[key] = proposal
        self.update()

    def proposals(self) -> dict[str, Proposal]:
        return {position_label(*key): p for key, p in sorted(self._proposals.items())}

    def proposal_at(self, position: str) -> Proposal | None:
        key = self._key(position)
        return self._proposals.get(key) if key else None

    def tooltip_for(self, position: str) -> str:
        """The tooltip of a position: the tube's barcode, participant, visit, sample, date."""
        key = self._key(position)
        if key is None:
            return ""
        label = position_label(*key)
        tube = self._tubes.get(key)
        mark = self._marks.get(key)
        lines = []
        proposal = self._proposals.get(key)
        if tube is None and proposal is not None:
            lines.append(self.tr("{position}: proposed for {tube}").format(
                position=label, tube=proposal.text))
        elif tube is None:
            lines.append(self.tr("{position}: empty").format(position=label))
        else:
            sample = self._labels.get(tube.sample_type, tube.sample_type.replace("_", " "))
            lines.append(f"{tube.barcode} · {label}")
            lines.append(f"{tube.code} · {tube.visit}")
            lines.append(self.tr("{sample} {number}/{of}").format(
                sample=sample, number=tube.number, of=tube.of_count))
            if tube.drawn_on:
                lines.append(self.tr("Drawn {date}").format(date=_day(tube.drawn_on)))
            if tube.status == "checked_out":
                lines.append(self.tr("Checked out: the position is reserved for its return"))
            else:
                lines.append(self.tr("In storage"))
        if mark:
            lines.append(self.tr("Audit: {result}").format(result=mark_label(mark)))
        return "\n".join(lines)

    def _key(self, position: str | None) -> tuple[int, int] | None:
        if not position or self._box is None:
            return None
        text = position.strip().upper()
        if len(text) < 2 or not text[0].isalpha() or not text[1:].isdigit():
            return None
        row, col = ord(text[0]) - ord("A") + 1, int(text[1:])
        if 1 <= row <= self._box.rows and 1 <= col <= self._box.cols:
            return row, col
        return None

    # -- geometry ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        rows, cols = (self._box.rows, self._box.cols) if self._box else (9, 9)
        return QSize(self.LABEL_MARGIN + cols * 40 + 12,
                     self.LABEL_MARGIN + rows * 40 + 2 * self.LEGEND_ROW + 16)

    def minimumSizeHint(self) -> QSize:
        rows, cols = (self._box.rows, self._box.cols) if self._box else (9, 9)
        return QSize(self.LABEL_MARGIN + cols * 16 + 12,
                     self.LABEL_MARGIN + rows * 16 + 2 * self.LEGEND_ROW + 16)

    def _legend_items(self) -> list[tuple[str, str]]:
        """(kind, text) of the legend entries: sample types, checked out, empty, marks."""
        items = [(f"sample:{sample}", self._labels.get(sample, sample.replace("_", " ")))
                 for sample in SAMPLE_COLOURS]
        items.append(("checked_out", self.tr("checked out (reserved)")))
        items.append(("empty", self.tr("empty")))
        if self._marks:
            items.extend((f"mark:{kind}", mark_label(kind)) for kind in MARK_COLOURS)
        if self._cursor:
            items.append(("cursor", self.tr("next scan")))
        if self._proposals:
            items.append(("proposed", self.tr("proposed (not stored yet)")))
        return items

    def _legend_layout(self, width: int) -> list[tuple[QRect, str, str]]:
        """Where each legend entry goes, wrapping into rows that fit ``width``."""
        metrics = self.fontMetrics()
        placed = []
        x, y = 0, 0
        for kind, text in self._legend_items():
            item_width = 18 + metrics.horizontalAdvance(text) + 14
            if x and x + item_width > width:
                x, y = 0, y + self.LEGEND_ROW
            placed.append((QRect(x, y, item_width, self.LEGEND_ROW), kind, text))
            x += item_width
        return placed

    def _layout(self) -> tuple[int, QPoint, int]:
        """Cell size, top-left corner of cell A1, and the legend's top."""
        assert self._box is not None
        legend = self._legend_layout(max(1, self.width() - 8))
        legend_height = (legend[-1][0].bottom() + 1) if legend else 0
        free_w = self.width() - self.LABEL_MARGIN - 8
        free_h = self.height() - self.LABEL_MARGIN - legend_height - 14
        cell = max(8, min(free_w // self._box.cols, free_h // self._box.rows))
        grid_w = cell * self._box.cols
        left = max(self.LABEL_MARGIN + 4,
                   (self.width() - grid_w + self.LABEL_MARGIN) // 2)
        origin = QPoint(left, self.LABEL_MARGIN + 2)
        legend_top = origin.y() + cell * self._box.rows + 10
        return cell, origin, legend_top

    def cell_rect(self, position: str) -> QRect:
        """Where a position is drawn (tests press and release the mouse there)."""
        key = self._key(position)
        if key is None:
            return QRect()
        cell, origin, _ = self._layout()
        row, col = key
        return QRect(origin.x() + (col - 1) * cell, origin.y() + (row - 1) * cell, cell, cell)

    def position_at(self, point: QPoint) -> str | None:
        if self._box is None:
            return None
        cell, origin, _ = self._layout()
        dx, dy = point.x() - origin.x(), point.y() - origin.y()
        if dx < 0 or dy < 0:
            return None
        col, row = dx // cell + 1, dy // cell + 1
        if row > self._box.rows or col > self._box.cols:
            return None
        return position_label(row, col)

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        # Keep the palette in a local: a brush taken from a temporary palette would dangle.
        palette = self.palette()
        self._text_colour = QColor(palette.color(QPalette.ColorRole.WindowText))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(palette.color(QPalette.ColorRole.Window)))
        if self._box is None:
            painter.setPen(QColor(palette.color(QPalette.ColorRole.PlaceholderText)))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._placeholder)
            painter.end()
            return
        cell, origin, legend_top = self._layout()
        rows, cols = self._box.rows, self._box.cols
        grid = QRect(origin.x(), origin.y(), cell * cols, cell * rows)
        painter.setPen(QPen(QColor("#8a8f98"), 1))
        painter.setBrush(GRID_BACKGROUND)
        painter.drawRoundedRect(grid.adjusted(-3, -3, 3, 3), 4, 4)

        label_font = QFont(self.font())
        label_font.setPointSizeF(max(7.0, min(11.0, cell / 3.6)))
        painter.setFont(label_font)
        painter.setPen(self._text_colour)
        for col in range(1, cols + 1):
            rect = QRect(origin.x() + (col - 1) * cell, origin.y() - self.LABEL_MARGIN,
                         cell, self.LABEL_MARGIN - 3)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(col))
        for row in range(1, rows + 1):
            rect = QRect(origin.x() - self.LABEL_MARGIN - 4, origin.y() + (row - 1) * cell,
                         self.LABEL_MARGIN, cell)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, chr(ord("A") + row - 1))

        number_font = QFont(self.font())
        number_font.setPointSizeF(max(6.0, min(10.0, cell / 4.2)))
        painter.setFont(number_font)
        for row in range(1, rows + 1):
            for col in range(1, cols + 1):
                rect = QRect(origin.x() + (col - 1) * cell, origin.y() + (row - 1) * cell,
                             cell, cell)
                self._paint_cell(painter, rect, (row, col))

        self._paint_legend(painter, QPoint(8, legend_top))
        painter.end()

    def _paint_cell(self, painter: QPainter, rect: QRect, key: tuple[int, int]) -> None:
        cell = rect.width()
        inset = max(2.0, cell * 0.1)
        tube_rect = QRectF(rect).adjusted(inset, inset, -inset, -inset)
        tube = self._tubes.get(key)
        self._paint_tube(painter, tube_rect, tube)
        proposal = self._proposals.get(key) if tube is None else None
        if proposal is not None:
            self._paint_proposal(painter, tube_rect, proposal.sample_type)
            if cell >= 26:
                painter.setPen(QColor("#1d1d1d"))
                painter.drawText(tube_rect, Qt.AlignmentFlag.AlignCenter, str(proposal.number))
        if tube is not None and cell >= 26:
            painter.setPen(QColor("#1d1d1d") if tube.status != "checked_out"
                           else QColor("#444444"))
            painter.drawText(tube_rect, Qt.AlignmentFlag.AlignCenter, str(tube.number))
        mark = self._marks.get(key)
        if mark:
            pen = QPen(MARK_COLOURS.get(mark, OTHER_COLOUR), max(2.0, cell / 12))
            if mark == "missing":
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5))
        if key == self._highlight:
            painter.setPen(QPen(HIGHLIGHT, max(2.5, cell / 10)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(rect).adjusted(1, 1, -1, -1))
        if key == self._cursor:
            painter.setPen(QPen(CURSOR, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5))
        if key == self._selected:
            painter.setPen(QPen(SELECTION, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(1, 1, -1, -1))
        if self._dragging and key == self._drag_target:
            pen = QPen(SELECTION, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(QColor(31, 78, 156, 40))
            painter.drawRect(QRectF(rect).adjusted(1, 1, -1, -1))

    def _paint_tube(self, painter: QPainter, rect: QRectF, tube: GridTube | None) -> None:
        if tube is None:
            painter.setPen(QPen(EMPTY_LINE, 1))
            painter.setBrush(EMPTY_FILL)
            painter.drawEllipse(rect)
            return
        colour = SAMPLE_COLOURS.get(tube.sample_type, OTHER_COLOUR)
        if tube.status == "checked_out":
            painter.setPen(QPen(colour.darker(140), 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(EMPTY_FILL)
            painter.drawEllipse(rect)
            painter.setBrush(QBrush(colour.darker(115), Qt.BrushStyle.BDiagPattern))
            painter.drawEllipse(rect)
            return
        painter.setPen(QPen(colour.darker(150), 1.2))
        painter.setBrush(colour)
        painter.drawEllipse(rect)

    def _paint_proposal(self, painter: QPainter, rect: QRectF, sample_type: str) -> None:
        colour = QColor(SAMPLE_COLOURS.get(sample_type, OTHER_COLOUR))
        colour.setAlpha(110)
        painter.setPen(QPen(PROPOSED_LINE, 2, Qt.PenStyle.DashLine))
        painter.setBrush(colour)
        painter.drawEllipse(rect)

    def _paint_legend(self, painter: QPainter, top_left: QPoint) -> None:
        painter.setFont(self.font())
        for rect, kind, text in self._legend_layout(max(1, self.width() - 8)):
            rect = rect.translated(top_left)
            swatch = QRectF(rect.x() + 1, rect.center().y() - 6, 12, 12)
            if kind.startswith("sample:"):
                sample = kind.split(":", 1)[1]
                self._paint_tube(painter, swatch, GridTube("", 1, 1, "in_storage", sample,
                                                           1, 1, "", "", ""))
            elif kind == "checked_out":
                self._paint_tube(painter, swatch, GridTube("", 1, 1, "checked_out", "serum",
                                                           1, 1, "", "", ""))
            elif kind == "empty":
                self._paint_tube(painter, swatch, None)
            elif kind == "proposed":
                self._paint_proposal(painter, swatch, "serum")
            elif kind == "cursor":
                painter.setPen(QPen(CURSOR, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(swatch)
            else:
                pen = QPen(MARK_COLOURS.get(kind.split(":", 1)[1], OTHER_COLOUR), 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(swatch)
            painter.setPen(self._text_colour)
            painter.drawText(QRect(rect.x() + 18, rect.y(), rect.width() - 18, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    # -- mouse: select, drag a tube onto another position -----------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._box is None:
            super().mousePressEvent(event)
            return
        position = self.position_at(event.position().toPoint())
        if position is None:
            return
        key = self._key(position)
        assert key is not None
        self._selected = key
        self._press = (event.position().toPoint(), key) if key in self._tubes else None
        self.update()
        self.cell_clicked.emit(position)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not self._movable:
            return
        start, _source = self._press
        point = event.position().toPoint()
        if (not self._dragging and (point - start).manhattanLength()
                < QApplication.startDragDistance()):
            return
        self._dragging = True
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        target = self.position_at(point)
        self._drag_target = self._key(target) if target else None
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        press, dragging = self._press, self._dragging
        target = self.position_at(event.position().toPoint())
        self._end_drag()
        if press is None or not dragging or not self._movable or target is None:
            return
        source = position_label(*press[1])
        if target != source:
            self.drop(source, target)

    def drop(self, source: str, target: str) -> None:
        """A tube dropped from ``source`` onto ``target``: ask for the move (the view decides
        and the service refuses an occupied target)."""
        tube = self.tube_at(source)
        if tube is None or self._key(target) is None:
            return
        self._selected = self._key(target)
        self.update()
        self.move_requested.emit(tube.barcode, tube.position, position_label(*self._selected))

    def _end_drag(self) -> None:
        self._press = None
        self._dragging = False
        self._drag_target = None
        self.unsetCursor()
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.position_at(event.pos())
            if position:
                QToolTip.showText(event.globalPos(), self.tooltip_for(position), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
