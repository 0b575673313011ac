"""The nurse's draw list (issue 6, point 3): a printable pick list of the visits due in a date
range at a site, one line per visit with the tubes to draw and a box to tick.

It prints coded data only: the study code, never the clinic record number, even though nurses
may see that on screen (SPEC.md section 3: "never printed or exported"). The visits come from
biotrack.services.due as plain mappings, so this module needs no service.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import LongTable, Paragraph, TableStyle

from biotrack.errors import QT_TRANSLATE_NOOP, Translate
from biotrack.reports import pdf

_HEADER = ParagraphStyle("draw-list-header", parent=pdf.STYLES["cell"], fontSize=8.5,
                         leading=10, textColor=pdf.BRAND)


def _window(visit: Mapping[str, Any], words: pdf.Words) -> str:
    return f"{words.date(visit['window_start'])} - {words.date(visit['window_end'])}"


def write_draw_list_pdf(visits: Sequence[Mapping[str, Any]], target: Path, *, study: str,
                        start: date, end: date, site: str | None,
                        generated_at: datetime, translate: Translate = pdf.english) -> None:
    """One line per visit: tick box, code, visit, target, window, tubes, time and initials.

    The tubes are printed as given: the caller passes them in the reader's language."""
    words = pdf.Words(translate)
    where = (words(QT_TRANSLATE_NOOP("Reports", "site {site}"), site=site) if site
             else words(QT_TRANSLATE_NOOP("Reports", "all sites")))
    first, last = words.date(start), words.date(end)
    frame = pdf.PageFrame(words(QT_TRANSLATE_NOOP("Reports", "{study} - Draw list {start} to "
                                                  "{end}, {where}"),
                                study=study, start=first, end=last, where=where),
                          generated_at, landscape=True, words=words)
    width = pdf.content_width(frame)
    overdue = sum(1 for v in visits if v.get("overdue"))
    if overdue:
        summary = words(QT_TRANSLATE_NOOP(
            "Reports", "{visits} visit(s) to draw, of which {overdue} overdue (window already "
            "passed: draw or record why not)."), visits=len(visits), overdue=overdue)
    else:
        summary = words(QT_TRANSLATE_NOOP("Reports", "{visits} visit(s) to draw."),
                        visits=len(visits))
    story: list[Any] = [
        pdf.para(words(QT_TRANSLATE_NOOP("Reports", "Draw list")), "title"),
        pdf.para(words(QT_TRANSLATE_NOOP("Reports", "{study}  -  {start} to {end}  -  {where}"),
                       study=study, start=first, end=last, where=where), "subtitle"),
        pdf.para(summary + " " + words(QT_TRANSLATE_NOOP(
            "Reports", "Tick each line when the tubes are drawn and write the draw time; "
            "register the collection in BioTrack the same day.")), "small"),
        pdf.spacer(3),
    ]
    header = ["", words(QT_TRANSLATE_NOOP("Reports", "Code")),
              words(QT_TRANSLATE_NOOP("Reports", "Visit")),
              words(QT_TRANSLATE_NOOP("Reports", "Site")),
              words(QT_TRANSLATE_NOOP("Reports", "Target")),
              words(QT_TRANSLATE_NOOP("Reports", "Window")),
              words(QT_TRANSLATE_NOOP("Reports", "Tubes to draw")),
              words(QT_TRANSLATE_NOOP("Reports", "Drawn at")),
              words(QT_TRANSLATE_NOOP("Reports", "Initials"))]
    # Header cells are paragraphs so that a longer word (Spanish) wraps inside its column.
    header_cells = [Paragraph(f"<b>{escape(h)}</b>", _HEADER) for h in header]
    # Site a little wider than its codes need: the Spanish header reads "Centro".
    widths = [w * width for w in (0.04, 0.10, 0.08, 0.06, 0.09, 0.16, 0.29, 0.10, 0.08)]
    flag = escape(words(QT_TRANSLATE_NOOP("Reports", "OVERDUE")))
    rows: list[list[Any]] = []
    for visit in visits:
        label = escape(str(visit["visit"]))
        if visit.get("overdue"):
            label += f' <font color="#b03a2e"><b>{flag}</b></font>'
        tubes = "<br/>".join(escape(str(t)) for t in visit.get("tubes", ()))
        rows.append([pdf.TickBox(), str(visit["code"]), Paragraph(label, pdf.STYLES["cell"]),
                     str(visit.get("site", "")), words.date(str(visit["target_date"])),
                     _window(visit, words), Paragraph(tubes, pdf.STYLES["cell"]), "", ""])
    if not rows:
        story.append(pdf.para(words(QT_TRANSLATE_NOOP(
            "Reports", "Nothing is due from {start} to {end} ({where})."),
            start=first, end=last, where=where)))
    else:
        table = LongTable([header_cells, *rows], colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
            ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
            ("FONT", (1, 1), (1, -1), "Helvetica-Bold", 9),
            ("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT),
            ("TEXTCOLOR", (0, 0), (-1, 0), pdf.BRAND),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, pdf.BRAND),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#999999")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 1), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
            # Blank cells to write in by hand: a line to write on.
            ("LINEBELOW", (7, 1), (8, -1), 0.6, colors.black),
        ]))
        story.append(table)
    pdf.build_pdf(target, frame, story, subject=study, title=words(QT_TRANSLATE_NOOP(
        "Reports", "Draw list {start} to {end}"), start=first, end=last))
