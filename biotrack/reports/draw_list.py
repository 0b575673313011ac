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
from reportlab.platypus import LongTable, Paragraph, TableStyle

from biotrack.reports import pdf


def _window(visit: Mapping[str, Any]) -> str:
    return f"{visit['window_start']} - {visit['window_end']}"


def write_draw_list_pdf(visits: Sequence[Mapping[str, Any]], target: Path, *, study: str,
                        start: date, end: date, site: str | None,
                        generated_at: datetime) -> None:
    """One line per visit: tick box, code, visit, target, window, tubes, time and initials."""
    where = f"site {site}" if site else "all sites"
    frame = pdf.PageFrame(f"{study} - Draw list {start} to {end}, {where}", generated_at,
                          landscape=True)
    width = pdf.content_width(frame)
    overdue = sum(1 for v in visits if v.get("overdue"))
    story: list[Any] = [
        pdf.para("Draw list", "title"),
        pdf.para(f"{study}  -  {start} to {end}  -  {where}", "subtitle"),
        pdf.para(f"{len(visits)} visit(s) to draw" + (
            f", of which {overdue} overdue (window already passed: draw or record why not)"
            if overdue else "") + ". Tick each line when the tubes are drawn and write the "
            "draw time; register the collection in BioTrack the same day.", "small"),
        pdf.spacer(3),
    ]
    header = ["", "Code", "Visit", "Site", "Target", "Window", "Tubes to draw", "Drawn at",
              "Initials"]
    widths = [w * width for w in (0.04, 0.10, 0.09, 0.05, 0.09, 0.16, 0.29, 0.10, 0.08)]
    rows: list[list[Any]] = []
    for visit in visits:
        label = escape(str(visit["visit"]))
        if visit.get("overdue"):
            label += ' <font color="#b03a2e"><b>OVERDUE</b></font>'
        tubes = "<br/>".join(escape(str(t)) for t in visit.get("tubes", ()))
        rows.append([pdf.TickBox(), str(visit["code"]), Paragraph(label, pdf.STYLES["cell"]),
                     str(visit.get("site", "")), str(visit["target_date"]), _window(visit),
                     Paragraph(tubes, pdf.STYLES["cell"]), "", ""])
    if not rows:
        story.append(pdf.para(f"Nothing is due from {start} to {end} ({where})."))
    else:
        table = LongTable([header, *rows], colWidths=widths, repeatRows=1)
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
    pdf.build_pdf(target, frame, story, title=f"Draw list {start} to {end}", subject=study)
