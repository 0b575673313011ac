"""A participant's schedule drawn as a timeline: one coloured chip per visit, in date order.

A table of visits answers "what is V5's target date", but the nurse's question on the detail
page is "where is this participant in the study": which visits are behind them (collected or
missed), which come next and whether one is overdue. A row of chips coloured by status, with
the date under each code, answers that at a glance (issue 5, point 2). The widget only paints
what it is given (the stored visits); the schedule's rules stay in biotrack.schedule.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolTip, QWidget

from biotrack.models import Visit
from biotrack.ui.i18n import format_date, translate

CHIP_WIDTH = 104
CHIP_HEIGHT = 66
GAP = 16
MARGIN = 8
OVERDUE = "overdue"  # a planned visit whose window closed with nothing recorded (display only)


@dataclass(frozen=True)
class StatusStyle:
    """How one status is drawn: fill, border and text colours, and its translatable name."""

    fill: QColor
    border: QColor
    text: QColor
    label: str


STYLES: dict[str, StatusStyle] = {
    "planned": StatusStyle(QColor("#e3edfb"), QColor("#3c78d8"), QColor("#1a3d73"),
                           QT_TRANSLATE_NOOP("VisitTimeline", "planned")),
    OVERDUE: StatusStyle(QColor("#fbe3e1"), QColor("#c0392b"), QColor("#7a1d14"),
                         QT_TRANSLATE_NOOP("VisitTimeline", "overdue")),
    "collected": StatusStyle(QColor("#d8efdc"), QColor("#2e7d32"), QColor("#1b4d1f"),
                             QT_TRANSLATE_NOOP("VisitTimeline", "collected")),
    "missed": StatusStyle(QColor("#fde7c8"), QColor("#d9822b"), QColor("#6b3a06"),
                          QT_TRANSLATE_NOOP("VisitTimeline", "missed")),
    "not_applicable": StatusStyle(QColor("#eeeeee"), QColor("#a0a0a0"), QColor("#6d6d6d"),
                                  QT_TRANSLATE_NOOP("VisitTimeline", "not applicable")),
}
LEGEND_ORDER = ("collected", "planned", OVERDUE, "missed", "not_applicable")


@dataclass(frozen=True)
class TimelineItem:
    """One chip: the visit, the status it is drawn with and the date shown under its code."""

    visit: Visit
    shown_status: str
    shown_date: date


def _style(status: str) -> StatusStyle:
    return STYLES.get(status, STYLES["not_applicable"])


class VisitTimeline(QWidget):
    """The chips, left to right by date; a tooltip per chip gives window, status and reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visit_timeline")
        self._items: list[TimelineItem] = []
        self._next: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

    # -- content ---------------------------------------------------------------------------------

    def set_visits(self, visits: Sequence[Visit], today: date,
                   collected_on: Mapping[str, date] | None = None) -> None:
        """Show these visits; ``collected_on`` gives the draw date of collected ones."""
        drawn = collected_on or {}
        items = []
        for visit in sorted(visits, key=lambda v: (v.target_date, v.code)):
            status = visit.status
            if status == "planned" and visit.window_end < today:
                status = OVERDUE
            shown = drawn.get(visit.code, visit.target_date) if status == "collected" \
                else visit.target_date
            items.append(TimelineItem(visit, status, shown))
        self._items = items
        upcoming = [i for i in items if i.shown_status == "planned"]
        self._next = upcoming[0].visit.code if upcoming else None
        self.updateGeometry()
        self.update()

    def items(self) -> list[TimelineItem]:
        return list(self._items)

    def next_visit(self) -> str | None:
        """The first planned visit still ahead (drawn with a thicker border)."""
        return self._next

    # -- geometry --------------------------------------------------------------------------------

    def chip_rect(self, index: int) -> QRectF:
        return QRectF(MARGIN + index * (CHIP_WIDTH + GAP), MARGIN, CHIP_WIDTH, CHIP_HEIGHT)

    def item_at(self, point: QPoint) -> TimelineItem | None:
        for index, item in enumerate(self._items):
            if self.chip_rect(index).contains(point.toPointF()):
                return item
        return None

    def sizeHint(self) -> QSize:
        count = max(len(self._items), 1)
        return QSize(2 * MARGIN + count * CHIP_WIDTH + (count - 1) * GAP,
                     2 * MARGIN + CHIP_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # -- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._items:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No visits"))
            return
        painter.setPen(QPen(QColor("#b8b8b8"), 2))  # the thread the chips hang on
        painter.drawLine(self.chip_rect(0).center(),
                         self.chip_rect(len(self._items) - 1).center())
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1.5, 6.5))
        for index, item in enumerate(self._items):
            self._paint_chip(painter, self.chip_rect(index), item, base, bold, small)

    def _paint_chip(self, painter: QPainter, rect: QRectF, item: TimelineItem, base: QFont,
                    bold: QFont, small: QFont) -> None:
        style = _style(item.shown_status)
        is_next = item.visit.code == self._next
        pen = QPen(style.border, 3 if is_next else 1.5)
        if item.shown_status == "not_applicable":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(style.fill)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 7, 7)
        third = rect.height() / 3
        lines = (
            (bold, item.visit.code),
            (base, format_date(item.shown_date)),
            (small, self.tr(style.label) + (" · " + self.tr("next") if is_next else "")),
        )
        painter.setPen(style.text)
        for row, (font, text) in enumerate(lines):
            painter.setFont(font)
            band = QRectF(rect.left() + 4, rect.top() + 3 + row * (third - 2),
                          rect.width() - 8, third)
            elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                      int(band.width()))
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, elided)

    # -- tooltips --------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.item_at(event.pos())
            if item is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(item), self)
            return True
        return super().event(event)

    def tooltip(self, item: TimelineItem) -> str:
        visit = item.visit
        lines = [self.tr("{visit}: {status}").format(visit=visit.code,
                                                status=self.tr(_style(item.shown_status).label))]
        if visit.window_start == visit.window_end:
            lines.append(self.tr("Date: {date}").format(date=format_date(visit.target_date)))
        else:
            lines.append(self.tr("Target {target}, window {start} to {end}").format(
                target=format_date(visit.target_date), start=format_date(visit.window_start),
                end=format_date(visit.window_end)))
        if item.shown_status == "collected" and item.shown_date != visit.target_date:
            lines.append(self.tr("Drawn on {date}").format(date=format_date(item.shown_date)))
        if visit.status_reason:
            lines.append(self.tr("Reason: {reason}").format(reason=visit.status_reason))
        return "\n".join(lines)


class TimelineLegend(QWidget):
    """A row of colour swatches naming each status, so the colours need no guessing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for status in LEGEND_ORDER:
            style = STYLES[status]
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {style.fill.name()}; border: 1px solid "
                                 f"{style.border.name()}; border-radius: 3px;")
            layout.addWidget(swatch)
            name = QLabel(translate("VisitTimeline", style.label))
            layout.addWidget(name)
            layout.addSpacing(10)
        layout.addStretch(1)
