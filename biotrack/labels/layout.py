"""Where everything goes on one label, in whole printer dots: shared by the PDF and the ZPL.

Both outputs are drawn from the same LabelLayout, so a ZPL field origin (^FO) and the PDF
rectangle of the same module are the same dots. Working in dots is the point (TECH-NOTES.md):
a module of a Data Matrix or a bar of a Code 128 is an exact number of dots of the printer it
is made for (203 or 300 dpi), with its edges on the dot grid, so nothing falls between dots.

Layout rules: the margins are never printed on; the symbol (with its quiet zone) sits at the
template's position (left, top or bottom) in the rest; the text lines fill what is left, fitted
by biotrack.labels.content.fit_lines (shrunk, never clipped). For a symbol on top or at the
bottom, symbol and text are centred together vertically.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace

from biotrack.errors import QT_TRANSLATE_NOOP, UserError
from biotrack.labels.content import BASELINE, LEADING, FittedLine, LabelData, fit_lines
from biotrack.labels.symbols import code128, dark_runs, data_matrix
from biotrack.labels.templates import Template, check_dpi

MM_PER_INCH = 25.4
PT_PER_INCH = 72.0


class SymbolDoesNotFit(UserError):
    """The template leaves too little room for the symbol at its smallest module size."""


@dataclass(frozen=True)
class Rect:
    """An axis-aligned box in dots from the label's top-left corner (y grows downwards)."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def contains(self, other: Rect) -> bool:
        return (self.x <= other.x and self.y <= other.y and other.right <= self.right
                and other.bottom <= self.bottom)


@dataclass(frozen=True)
class PlacedSymbol:
    """A symbol placed on the label: its modules, module size and top-left, in dots."""

    type: str  # "datamatrix" or "code128"
    text: str
    x: int
    y: int
    module: int
    columns: int  # modules across (Code 128: modules of the bar pattern)
    rows: int  # modules down (Code 128: 1)
    height: int  # dots
    quiet: int  # dots of quiet zone on each side (Data Matrix: all four sides)
    matrix: tuple[tuple[bool, ...], ...] = ()
    pattern: str = ""

    @property
    def width(self) -> int:
        return self.columns * self.module

    @property
    def bounds(self) -> Rect:
        return Rect(self.x, self.y, self.width, self.height)

    @property
    def with_quiet_zone(self) -> Rect:
        vertical = self.quiet if self.type == "datamatrix" else 0
        return Rect(self.x - self.quiet, self.y - vertical, self.width + 2 * self.quiet,
                    self.height + 2 * vertical)

    def dark_rects(self) -> Iterator[Rect]:
        """Every dark run as one rectangle: a bar, or a horizontal run of matrix modules."""
        if self.type == "code128":
            for start, length in dark_runs(self.pattern):
                yield Rect(self.x + start * self.module, self.y, length * self.module,
                           self.height)
            return
        for row, modules in enumerate(self.matrix):
            for start, length in dark_runs(modules):
                yield Rect(self.x + start * self.module, self.y + row * self.module,
                           length * self.module, self.module)


@dataclass(frozen=True)
class PlacedText:
    """One text line: its top-left in dots, its box width and alignment, its font size."""

    text: str
    font: str
    size: float  # points
    x: int  # left edge of the line's box
    y: int  # top of the line's box
    width: int  # the box width; the text is at most this wide
    height: int  # the line's box height in dots
    baseline: float  # dots from the label's top
    align: str
    text_width: float  # dots

    @property
    def bounds(self) -> Rect:
        return Rect(self.x, self.y, self.width, self.height)

    @property
    def text_left(self) -> float:
        if self.align == "center":
            return self.x + (self.width - self.text_width) / 2
        return float(self.x)


@dataclass(frozen=True)
class LabelLayout:
    """One label, ready to draw: size, printable area, symbol and text lines, all in dots."""

    data: LabelData
    template: str
    dpi: int
    width: int
    height: int
    content: Rect
    symbol: PlacedSymbol | None
    texts: tuple[PlacedText, ...]


def dots(mm: float, dpi: int) -> float:
    return mm * dpi / MM_PER_INCH


def points_to_dots(points: float, dpi: int) -> float:
    return points * dpi / PT_PER_INCH


def label_size(template: Template, dpi: int) -> tuple[int, int]:
    """The label's size in whole dots, rounded down so nothing is placed past its edge."""
    return (math.floor(dots(template.width_mm, dpi) + 1e-6),
            math.floor(dots(template.height_mm, dpi) + 1e-6))


def content_area(template: Template, dpi: int) -> Rect:
    """The printable area inside the margins, in whole dots (margins rounded up)."""
    width, height = label_size(template, dpi)
    m = template.margins
    left = math.ceil(dots(m.left, dpi) - 1e-6)
    top = math.ceil(dots(m.top, dpi) - 1e-6)
    right = width - math.ceil(dots(m.right, dpi) - 1e-6)
    bottom = height - math.ceil(dots(m.bottom, dpi) - 1e-6)
    return Rect(left, top, right - left, bottom - top)


def lay_out(template: Template, data: LabelData, dpi: int) -> LabelLayout:
    """Place the symbol and the fitted text of one label; refuse what does not fit."""
    check_dpi(dpi)
    width, height = label_size(template, dpi)
    content = content_area(template, dpi)
    symbol = _symbol(template, data.barcode, dpi, content)
    gap = round(dots(template.symbol.gap_mm, dpi)) if symbol else 0
    position = template.symbol.position
    if symbol is None:
        area = content
    else:
        box = symbol.with_quiet_zone
        if position == "left":
            area = Rect(box.right + gap, content.y, content.right - box.right - gap,
                        content.height)
        else:
            area = Rect(content.x, content.y, content.width, content.height - box.height - gap)
    if area.width <= 0 or area.height <= 0:
        raise SymbolDoesNotFit(QT_TRANSLATE_NOOP("Messages", "template {name}: the symbol leaves "
                                                 "no room for the text"), name=template.name)
    scale = PT_PER_INCH / dpi
    fitted = fit_lines(template, data, area.width * scale, area.height * scale)
    text_height = sum(points_to_dots(f.height_pt, dpi) for f in fitted)

    if symbol is not None and position in ("top", "bottom"):
        # Centre symbol + gap + text as one block in the content area.
        box = symbol.with_quiet_zone
        stack = box.height + gap + text_height
        top = content.y + max(0, math.floor((content.height - stack) / 2))
        if position == "top":
            symbol = _moved(symbol, y=top + (symbol.y - box.y))
            text_top = float(symbol.with_quiet_zone.bottom + gap)
        else:
            text_top = float(top)
            symbol = _moved(symbol, y=math.floor(top + text_height) + gap + (symbol.y - box.y))
        area = Rect(area.x, math.floor(text_top), area.width, math.ceil(text_height))
    else:
        text_top = area.y + (area.height - text_height) / 2

    texts = []
    for line in fitted:
        texts.append(_placed_text(line, area, text_top, template.align, dpi))
        text_top += points_to_dots(line.height_pt, dpi)
    layout = LabelLayout(data, template.name, dpi, width, height, content, symbol, tuple(texts))
    _check_inside(layout)
    return layout


def _placed_text(line: FittedLine, area: Rect, top: float, align: str, dpi: int) -> PlacedText:
    y = math.floor(top + 1e-6)
    return PlacedText(
        text=line.text, font=line.font, size=line.size, x=area.x, y=y, width=area.width,
        height=math.floor(points_to_dots(line.height_pt, dpi) + 1e-6),
        baseline=y + points_to_dots(line.size * BASELINE + line.size * (LEADING - 1) / 2, dpi),
        align=align, text_width=points_to_dots(line.width_pt(), dpi),
    )


def _moved(symbol: PlacedSymbol, *, y: int) -> PlacedSymbol:
    return replace(symbol, y=y)


def _symbol(template: Template, text: str, dpi: int, content: Rect) -> PlacedSymbol | None:
    spec = template.symbol
    if spec.type == "none":
        return None
    matrix: tuple[tuple[bool, ...], ...] = ()
    pattern = ""
    if spec.type == "datamatrix":
        encoded = data_matrix(text)
        matrix = encoded.modules
        columns, rows = encoded.columns, encoded.rows
    else:
        pattern = code128(text).pattern
        columns, rows = len(pattern), 1
    wanted = max(1, round(dots(spec.module_mm, dpi)))
    smallest = max(1, math.ceil(dots(spec.min_module_mm, dpi) - 1e-6))
    bar_height = round(dots(spec.height_mm, dpi))
    for module in range(wanted, min(smallest, wanted) - 1, -1):
        quiet = spec.quiet_modules * module
        width = columns * module + 2 * quiet
        height = rows * module + 2 * quiet if spec.type == "datamatrix" else bar_height
        # Leave at least a quarter of the width for text beside a symbol on the left.
        room = content.width * 3 // 4 if spec.position == "left" else content.width
        if width <= room and height <= content.height:
            symbol_height = rows * module if spec.type == "datamatrix" else bar_height
            vertical = quiet if spec.type == "datamatrix" else 0
            if spec.position == "left":
                x = content.x + quiet
                y = content.y + (content.height - height) // 2 + vertical
            else:
                x = content.x + (content.width - width) // 2 + quiet
                y = content.y + vertical if spec.position == "top" else (
                    content.bottom - height + vertical)
            return PlacedSymbol(type=spec.type, text=text, x=x, y=y, module=module,
                                columns=columns, rows=rows, height=symbol_height, quiet=quiet,
                                matrix=matrix, pattern=pattern)
    if spec.optional:
        return None
    size_mm = (columns + 2 * spec.quiet_modules) * smallest * MM_PER_INCH / dpi
    raise SymbolDoesNotFit(
        QT_TRANSLATE_NOOP("Messages", "template {name}: the {symbology} symbol of {text} needs "
                          "{size} mm with its quiet zone at {dpi} dpi; the label has {width} x "
                          "{height} mm"),
        name=template.name, symbology=spec.type, text=text, size=f"{size_mm:.1f}", dpi=dpi,
        width=f"{content.width * MM_PER_INCH / dpi:.1f}",
        height=f"{content.height * MM_PER_INCH / dpi:.1f}",
    )


def _check_inside(layout: LabelLayout) -> None:
    """Nothing may be drawn outside the printable area: a bug, not a user error."""
    boxes = [t.bounds for t in layout.texts]
    if layout.symbol is not None:
        boxes.append(layout.symbol.with_quiet_zone)
    for box in boxes:
        if not layout.content.contains(box):
            raise AssertionError(f"{layout.template}: {box} is outside {layout.content}")
    for text in layout.texts:
        if text.text_width > text.width + 1e-6:
            raise AssertionError(f"{layout.template}: '{text.text}' is wider than its box")
