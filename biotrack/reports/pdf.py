"""The pieces every PDF report shares: page frame, tables, key figures and bar charts.

Every page carries the report's title, the generation time and "Page N of M" (a canvas that
keeps its pages until the end, when the total is known), and says that the document holds no
personal data. Only reportlab's built-in Helvetica is used: no font is looked up at run time,
so the PyInstaller bundle renders the same (STYLE.md, "What the anchors avoid"). Long tables
are LongTable with fixed column widths, which splits over pages in linear time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from biotrack import __version__
from biotrack.reports.output import atomic_target

BRAND = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#dce6f1")
ZEBRA = colors.HexColor("#f4f7fb")
ALERT = colors.HexColor("#b03a2e")
MARGIN = 15 * mm

_base = getSampleStyleSheet()
STYLES: dict[str, ParagraphStyle] = {
    "title": ParagraphStyle("title", parent=_base["Title"], fontName="Helvetica-Bold",
                            fontSize=20, leading=24, alignment=0, textColor=BRAND,
                            spaceAfter=2),
    "subtitle": ParagraphStyle("subtitle", parent=_base["Normal"], fontName="Helvetica",
                               fontSize=13, leading=17, textColor=BRAND, spaceAfter=6),
    "h1": ParagraphStyle("h1", parent=_base["Heading1"], fontName="Helvetica-Bold",
                         fontSize=14, leading=18, textColor=BRAND, spaceBefore=8,
                         spaceAfter=6),
    "h2": ParagraphStyle("h2", parent=_base["Heading2"], fontName="Helvetica-Bold",
                         fontSize=11, leading=14, textColor=BRAND, spaceBefore=6,
                         spaceAfter=4),
    "body": ParagraphStyle("body", parent=_base["Normal"], fontName="Helvetica", fontSize=9,
                           leading=12),
    "small": ParagraphStyle("small", parent=_base["Normal"], fontName="Helvetica",
                            fontSize=8, leading=10, textColor=colors.HexColor("#444444")),
    "cell": ParagraphStyle("cell", parent=_base["Normal"], fontName="Helvetica", fontSize=8,
                           leading=10),
}


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped: data never becomes markup)."""
    return Paragraph(escape(text), STYLES[style])


def markup(text: str, style: str = "body") -> Paragraph:
    """A paragraph of trusted reportlab markup (our own strings only)."""
    return Paragraph(text, STYLES[style])


def cell_text(value: Any) -> str:
    """A value as a table cell shows it: empty for missing, integers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return f"{value:.1f}" if not value.is_integer() else f"{int(value)}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


# -- the page frame -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PageFrame:
    """What every page shows around the content."""

    header: str
    generated_at: datetime
    landscape: bool = False

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    def footer(self) -> str:
        stamp = self.generated_at.strftime("%Y-%m-%d %H:%M %Z").strip()
        return f"Generated {stamp} by BioTrack {__version__} - coded data only, no personal data"


def _canvas_class(frame: PageFrame) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps every page until save() so that each can say "Page N of M"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab calls it by this name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = frame.pagesize
            self.saveState()
            self.setStrokeColor(BRAND)
            self.setLineWidth(0.6)
            self.line(MARGIN, height - MARGIN + 3 * mm, width - MARGIN, height - MARGIN + 3 * mm)
            self.setFont("Helvetica", 8)
            self.setFillColor(BRAND)
            self.drawString(MARGIN, height - MARGIN + 4.5 * mm, frame.header)
            self.setFillColor(colors.HexColor("#444444"))
            self.line(MARGIN, MARGIN - 3 * mm, width - MARGIN, MARGIN - 3 * mm)
            self.drawString(MARGIN, MARGIN - 7 * mm, frame.footer())
            self.drawRightString(width - MARGIN, MARGIN - 7 * mm, f"Page {number} of {total}")
            self.restoreState()

    return NumberedCanvas


def build_pdf(target: Path, frame: PageFrame, story: list[Flowable], *, title: str,
              subject: str = "") -> None:
    """Lay out ``story`` on numbered pages and write it to ``target`` atomically."""
    with atomic_target(target) as temporary:
        document = SimpleDocTemplate(
            str(temporary), pagesize=frame.pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm, bottomMargin=MARGIN + 2 * mm, title=title,
            author="BioTrack", subject=subject, creator=f"BioTrack {__version__}",
        )
        document.build(story, canvasmaker=_canvas_class(frame))


# -- tables -------------------------------------------------------------------------------------


ROW_HEIGHT = 11.0
WRAPPED_ROWS_MAX = 500


def capped(rows: Sequence[Any], limit: int = WRAPPED_ROWS_MAX) -> tuple[Sequence[Any], str]:
    """At most ``limit`` rows for a PDF table, and the note to print when some were left out.

    A PDF is read, not searched: past a few hundred lines a list belongs in the XLSX, and
    laying out thousands of wrapped paragraphs would take minutes at biobank scale.
    """
    if len(rows) <= limit:
        return rows, ""
    return rows[:limit], (f"The first {limit} of {len(rows)} lines are shown; the XLSX "
                          "report lists them all.")


def data_table(header: Sequence[str], rows: Sequence[Sequence[Any]],
               widths: Sequence[float], *, numeric: Sequence[int] = (),
               bold_last: bool = False, wrap: Sequence[int] = (),
               highlight: Callable[[Sequence[Any]], bool] | None = None) -> Flowable:
    """A table with a repeated header row, zebra rows and right-aligned numeric columns.

    ``wrap`` columns become paragraphs (long text); ``highlight`` marks rows in red text.
    Without wrapped columns every row has the same fixed height, which lets reportlab lay
    out ten thousand rows (every box of a big biobank) in seconds.
    """
    body: list[list[Any]] = []
    for row in rows:
        cells: list[Any] = [cell_text(v) for v in row]
        for index in wrap:
            cells[index] = Paragraph(escape(cells[index]), STYLES["cell"])
        body.append(cells)
    if not body:
        body = [["(none)"] + [""] * (len(header) - 1)]
    heights = None if wrap else [ROW_HEIGHT] * (len(body) + 1)
    table = LongTable([list(header), *body], colWidths=list(widths), repeatRows=1,
                      rowHeights=heights)
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("TEXTCOLOR", (0, 0), (-1, 0), BRAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, BRAND),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, BRAND),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    # One ROWBACKGROUNDS command, not one command per row: reportlab re-applies every
    # command at each page split, which made a 12,000-box table crawl.
    style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    for index in numeric:
        style.append(("ALIGN", (index, 0), (index, -1), "RIGHT"))
    if bold_last and rows:
        style.append(("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8))
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, BRAND))
    if highlight is not None:
        for index, row in enumerate(rows, start=1):
            if highlight(row):
                style.append(("TEXTCOLOR", (0, index), (-1, index), ALERT))
    table.setStyle(TableStyle(style))
    return table


def key_figures(pairs: Sequence[tuple[str, Any]], width: float,
                alert: Sequence[str] = ()) -> Flowable:
    """Two-column label/value table for the cover; labels in ``alert`` show red when > 0."""
    rows = [[label, cell_text(value)] for label, value in pairs]
    table = Table(rows, colWidths=[width * 0.7, width * 0.3], hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (0, -1), "Helvetica", 9),
        ("FONT", (1, 0), (1, -1), "Helvetica-Bold", 10),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("TEXTCOLOR", (1, 0), (1, -1), BRAND),
    ]
    for index, (label, value) in enumerate(pairs):
        if label in alert and isinstance(value, int | float) and value > 0:
            style.append(("TEXTCOLOR", (0, index), (-1, index), ALERT))
    table.setStyle(TableStyle(style))
    return table


def side_by_side(left: Flowable, right: Flowable, width: float,
                 split: float = 0.5) -> Flowable:
    table = Table([[left, right]], colWidths=[width * split, width * (1 - split)],
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 8),
    ]))
    return table


# -- charts -------------------------------------------------------------------------------------


def percent_bars(title: str, labels: Sequence[str], values: Sequence[float], width: float,
                 height: float = 55 * mm) -> Flowable:
    """Vertical bars of percentages (0-100), one per label, with the title above."""
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName="Helvetica-Bold", fontSize=9,
                       fillColor=BRAND))
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 30
    # Bars no wider than about 28 pt: a freezer with two racks should not look like a wall.
    chart.width = min(width - 40, 24 + 28 * max(len(labels), 1))
    chart.height = height - 50
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 45 if len(labels) > 12 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 12 else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = LIGHT
    chart.bars[0].fillColor = BRAND
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 3
    drawing.add(chart)
    return drawing


def count_bars(title: str, labels: Sequence[str], values: Sequence[int], width: float,
               height: float | None = None) -> Flowable:
    """Horizontal bars of counts with the count written at the end of each bar."""
    height = height or (26 + 13 * max(len(labels), 1))
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName="Helvetica-Bold", fontSize=9,
                       fillColor=BRAND))
    chart = HorizontalBarChart()
    chart.x, chart.y = 62, 6
    chart.width, chart.height = width - 90, height - 22
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*values, 1]) * 1.15
    chart.valueAxis.visible = False
    chart.bars[0].fillColor = BRAND
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = "Helvetica"
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def section(title: str, *flowables: Flowable) -> list[Flowable]:
    """A heading kept with the first thing under it."""
    if not flowables:
        return [para(title, "h1")]
    return [KeepTogether([para(title, "h1"), flowables[0]]), *flowables[1:]]


class TickBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 4 * mm) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def spacer(height_mm: float) -> Flowable:
    return Spacer(1, height_mm * mm)


def content_width(frame: PageFrame) -> float:
    return frame.pagesize[0] - 2 * MARGIN
