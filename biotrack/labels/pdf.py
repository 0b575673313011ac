"""Labels as a PDF (reportlab canvas): a roll of labels or A4 sheets, in whole printer dots.

Issue 4 point 3. Each label is laid out by biotrack.labels.layout for the printer's resolution;
every module of its symbol is drawn as a black rectangle whose edges fall on that printer's dot
grid, counted from the page's top-left corner (where a rasteriser starts its first dot). Only
reportlab's standard Helvetica is used, so no font file is needed at run time. A roll template
gives one page per label; a sheet template fills its grid left to right, top to bottom, from
``start`` (1-based) so a half-used sheet can go through the printer again.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from biotrack import __version__
from biotrack.errors import QT_TRANSLATE_NOOP, UserError
from biotrack.labels.content import LabelData
from biotrack.labels.layout import PT_PER_INCH, LabelLayout, dots, lay_out
from biotrack.labels.templates import Template, check_start

MM_TO_PT = PT_PER_INCH / 25.4


def lay_out_all(template: Template, labels: Sequence[LabelData], dpi: int) -> list[LabelLayout]:
    """Every label laid out first, so one that does not fit refuses the whole job."""
    if not labels:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "there are no labels to print"))
    return [lay_out(template, data, dpi) for data in labels]


def render_pdf(template: Template, labels: Sequence[LabelData], dpi: int,
               start: int = 1) -> bytes:
    """The PDF of ``labels`` (already in print order) on ``template`` for a ``dpi`` printer."""
    if "pdf" not in template.formats:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "template {name} cannot be printed as PDF"),
                        name=template.name)
    start = check_start(template, start)
    layouts = lay_out_all(template, labels, dpi)
    sheet = template.sheet
    page_w = (sheet.page_width_mm if sheet else template.width_mm) * MM_TO_PT
    page_h = (sheet.page_height_mm if sheet else template.height_mm) * MM_TO_PT
    buffer = io.BytesIO()
    # invariant: no creation date or random document id, so the same labels give the same bytes.
    canvas = Canvas(buffer, pagesize=(page_w, page_h), invariant=True, pageCompression=1)
    canvas.setTitle(f"BioTrack labels ({template.name}, {dpi} dpi)")
    canvas.setCreator(f"BioTrack {__version__}")
    canvas.setAuthor("BioTrack")
    per_page = sheet.per_page if sheet else 1
    slot = start - 1
    for index, layout in enumerate(layouts):
        if index and slot % per_page == 0:
            canvas.showPage()
        position = slot % per_page
        if sheet is None:
            origin = (0, 0)
        else:
            row, column = divmod(position, sheet.columns)
            origin = (
                round(dots(sheet.left_mm + column * (template.width_mm + sheet.gap_x_mm), dpi)),
                round(dots(sheet.top_mm + row * (template.height_mm + sheet.gap_y_mm), dpi)),
            )
        _draw(canvas, layout, origin, page_h)
        slot += 1
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw(canvas: Canvas, layout: LabelLayout, origin: tuple[int, int], page_h: float) -> None:
    """Draw one label whose top-left corner is ``origin`` dots from the page's top-left."""
    unit = PT_PER_INCH / layout.dpi  # points per dot
    ox, oy = origin

    def x_pt(x: float) -> float:
        return (ox + x) * unit

    def y_pt(y: float) -> float:  # PDF y grows upwards from the bottom of the page
        return page_h - (oy + y) * unit

    canvas.setFillColorRGB(0, 0, 0)
    if layout.symbol is not None:
        for rect in layout.symbol.dark_rects():
            canvas.rect(x_pt(rect.x), y_pt(rect.bottom), rect.width * unit, rect.height * unit,
                        stroke=0, fill=1)
    for text in layout.texts:
        canvas.setFont(text.font, text.size)
        canvas.drawString(x_pt(text.text_left), y_pt(text.baseline), text.text)
