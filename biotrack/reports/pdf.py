"""The pieces every PDF report shares: page frame, tables, key figures and bar charts.

Every page carries the report's title, the generation time and "Page N of M" (a canvas that
keeps its pages until the end, when the total is known), and says that the document holds no
personal data. Only reportlab's built-in Helvetica is used: no font is looked up at run time,
so the PyInstaller bundle renders the same (STYLE.md, "What the anchors avoid"). Long tables
are LongTable with fixed column widths, which splits over pages in linear time.

Language (issue 9): every text a PDF prints is an English template marked
``QT_TRANSLATE_NOOP("Reports", "...")`` with named fields, looked up when the PDF is drawn
through the ``translate`` function the writer was given (``(context, text) -> text``: the GUI's
``QCoreApplication.translate``, the CLI's catalogue; English by default, so English PDFs stay
as they were). ``Words(translate)`` bundles the look-up with the reader's way of writing dates
and numbers. Which language that is, the catalogue itself says: it translates the marked text
"en" (LANGUAGE_CODE) into its own language code ("es"); Spanish writes dates day first
(05/10/2026) and decimals with a comma (16,0 %), every other language as English does (ISO
dates, decimal point). Codes (study codes, barcodes, visits, box paths) are printed as stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
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
from biotrack.errors import QT_TRANSLATE_NOOP, Translate
from biotrack.reports.output import atomic_target
from biotrack.status_words import status_word

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


# -- the reader's language ----------------------------------------------------------------------

#: The context every PDF text is filed under in the translation catalogue.
REPORTS = "Reports"
#: Translated into the catalogue's own language code ("es"): how a PDF knows its language.
LANGUAGE_CODE = QT_TRANSLATE_NOOP("Reports", "en")
#: Languages that write dates day first and decimals with a comma; the rest write as English.
_DAY_FIRST = frozenset({"es"})
_DECIMAL_COMMA = frozenset({"es"})
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)(T(?=\d))?")
_MONTHS = (
    QT_TRANSLATE_NOOP("Reports", "January"), QT_TRANSLATE_NOOP("Reports", "February"),
    QT_TRANSLATE_NOOP("Reports", "March"), QT_TRANSLATE_NOOP("Reports", "April"),
    QT_TRANSLATE_NOOP("Reports", "May"), QT_TRANSLATE_NOOP("Reports", "June"),
    QT_TRANSLATE_NOOP("Reports", "July"), QT_TRANSLATE_NOOP("Reports", "August"),
    QT_TRANSLATE_NOOP("Reports", "September"), QT_TRANSLATE_NOOP("Reports", "October"),
    QT_TRANSLATE_NOOP("Reports", "November"), QT_TRANSLATE_NOOP("Reports", "December"),
)


def english(context: str, text: str) -> str:
    """The default ``translate``: every text as written (English)."""
    del context
    return text


class Words:
    """A PDF's language: its texts, dates and numbers as the reader writes them.

    ``words(QT_TRANSLATE_NOOP("Reports", "Draw list {start}"), start=...)`` is the template in
    the reader's language with its fields filled in; a translation that names a field the
    template lacks (a catalogue mistake) falls back to the English template.
    """

    def __init__(self, translate: Translate = english) -> None:
        self.translate = translate
        code = (translate(REPORTS, LANGUAGE_CODE) or "").strip().lower()
        self.language = code if re.fullmatch(r"[a-z]{2,3}", code) else "en"

    def __call__(self, text: str, /, **fields: object) -> str:
        translated = self.translate(REPORTS, text) or text
        if not fields:
            return translated
        try:
            return translated.format(**fields)
        except (KeyError, IndexError, ValueError):
            return text.format(**fields)

    def date(self, value: date | str | None) -> str:
        """A date (or a text holding ISO dates: a timestamp, a window "a - b") as the reader
        writes it: 2026-10-05 in English, 05/10/2026 in Spanish."""
        if value is None:
            return ""
        text = value.isoformat() if isinstance(value, date) else str(value)
        if self.language not in _DAY_FIRST:
            return text
        return _ISO_DATE.sub(lambda m: f"{m[3]}/{m[2]}/{m[1]}" + (" " if m[4] else ""), text)

    def number(self, value: float, digits: int = 1) -> str:
        """``value`` with ``digits`` decimals: 16.0 in English, 16,0 in Spanish."""
        return self.decimals(f"{value:.{digits}f}")

    def decimals(self, text: str) -> str:
        """A number already written with a decimal point, with the reader's decimal mark."""
        return text.replace(".", ",") if self.language in _DECIMAL_COMMA else text

    def month(self, year: int, month: int) -> str:
        """The month's name and year: "October 2026", "octubre de 2026"."""
        return self(QT_TRANSLATE_NOOP("Reports", "{month} {year}"),
                    month=self(_MONTHS[month - 1]), year=year)

    def status(self, status: str) -> str:
        """A stored status value as a word: "checked out", "retirado"."""
        return status_word(str(status)).text(self.translate)

    def yes_no(self, value: bool) -> str:
        return self(QT_TRANSLATE_NOOP("Reports", "yes")) if value else \
            self(QT_TRANSLATE_NOOP("Reports", "no"))


ENGLISH = Words()


_HEADER_CELL = ParagraphStyle("header-cell", parent=STYLES["cell"], fontSize=8, leading=9.5,
                              textColor=BRAND)
_HEADER_RIGHT = ParagraphStyle("header-right", parent=_HEADER_CELL, alignment=2)


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped: data never becomes markup)."""
    return Paragraph(escape(text), STYLES[style])


def markup(text: str, style: str = "body") -> Paragraph:
    """A paragraph of trusted reportlab markup (our own strings only)."""
    return Paragraph(text, STYLES[style])


def cell_text(value: Any, words: Words = ENGLISH) -> str:
    """A value as a table cell shows it: empty for missing, integers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return words.number(value) if not value.is_integer() else f"{int(value)}"
    if isinstance(value, bool):
        return words.yes_no(value)
    return str(value)


# -- the page frame -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PageFrame:
    """What every page shows around the content."""

    header: str
    generated_at: datetime
    landscape: bool = False
    words: Words = field(default=ENGLISH, compare=False)

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    def footer(self) -> str:
        stamp = self.words.date(self.generated_at.strftime("%Y-%m-%d %H:%M %Z").strip())
        return self.words(QT_TRANSLATE_NOOP("Reports", "Generated {stamp} by BioTrack {version}"
                                            " - coded data only, no personal data"),
                          stamp=stamp, version=__version__)

    def page_number(self, number: int, total: int) -> str:
        return self.words(QT_TRANSLATE_NOOP("Reports", "Page {number} of {total}"),
                          number=number, total=total)


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
            self.drawRightString(width - MARGIN, MARGIN - 7 * mm, frame.page_number(number, total))
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


def capped(rows: Sequence[Any], limit: int = WRAPPED_ROWS_MAX, *, words: Words = ENGLISH,
           csv: bool = False) -> tuple[Sequence[Any], str]:
    """At most ``limit`` rows for a PDF table, and the note to print when some were left out
    (naming the CSV instead of the XLSX report with ``csv``).

    A PDF is read, not searched: past a few hundred lines a list belongs in the XLSX, and
    laying out thousands of wrapped paragraphs would take minutes at biobank scale.
    """
    if len(rows) <= limit:
        return rows, ""
    if csv:
        return rows[:limit], words(QT_TRANSLATE_NOOP(
            "Reports", "The first {limit} of {total} lines are shown; the CSV lists them all."),
            limit=limit, total=len(rows))
    return rows[:limit], words(QT_TRANSLATE_NOOP(
        "Reports", "The first {limit} of {total} lines are shown; the XLSX report lists them "
        "all."), limit=limit, total=len(rows))


def data_table(header: Sequence[str], rows: Sequence[Sequence[Any]],
               widths: Sequence[float], *, numeric: Sequence[int] = (),
               bold_last: bool = False, wrap: Sequence[int] = (),
               highlight: Callable[[Sequence[Any]], bool] | None = None,
               words: Words = ENGLISH, fit: Sequence[int] = ()) -> Flowable:
    """A table with a repeated header row, zebra rows and right-aligned numeric columns.

    ``wrap`` columns become paragraphs (long text); ``highlight`` marks rows in red text.
    Without wrapped columns every row has the same fixed height, which lets reportlab lay
    out ten thousand rows (every box of a big biobank) in seconds. ``fit`` columns hold words
    in the reader's language: only a cell too wide for its column wraps (and its row grows).
    """
    body: list[list[Any]] = []
    grown: set[int] = set()
    for number, row in enumerate(rows, start=1):
        cells: list[Any] = [cell_text(v, words) for v in row]
        for index in wrap:
            cells[index] = Paragraph(escape(cells[index]), STYLES["cell"])
        for index in fit:
            if stringWidth(cells[index], "Helvetica", 8) > widths[index] - 6:
                cells[index] = Paragraph(escape(cells[index]), STYLES["cell"])
                grown.add(number)
        body.append(cells)
    if not body:
        body = [[words(QT_TRANSLATE_NOOP("Reports", "(none)"))] + [""] * (len(header) - 1)]
    # A header wider than its column (a longer Spanish word) wraps instead of overflowing.
    head: list[Any] = [
        Paragraph(f"<b>{escape(text)}</b>", _HEADER_RIGHT if index in numeric else _HEADER_CELL)
        if stringWidth(text, "Helvetica-Bold", 8) > width - 6 else text
        for index, (text, width) in enumerate(zip(header, widths, strict=True))]
    wrapped_head = any(isinstance(cell, Paragraph) for cell in head)
    heights = None if wrap else [None if wrapped_head else ROW_HEIGHT,
                                 *(None if number in grown else ROW_HEIGHT
                                   for number in range(1, len(body) + 1))]
    table = LongTable([head, *body], colWidths=list(widths), repeatRows=1,
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
                alert: Sequence[str] = (), words: Words = ENGLISH) -> Flowable:
    """Two-column label/value table for the cover; labels in ``alert`` show red when > 0."""
    rows = [[label, cell_text(value, words)] for label, value in pairs]
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
