"""The printable pull list (issue 7, point 7): the tubes to take out for an analysis batch.

Laid out for the freezer door: grouped by freezer, then by rack (a heading per rack, with its
shelf), one line per tube in box and position order with a box to tick, so the door opens once
per rack. The cover names the list, its purpose, the criteria it was chosen by and the counts.
Coded data only: study code, visit, sample type and number, never a name or record number.
The list comes from biotrack.services.retrieval as a plain mapping (``PullListDetail.to_json``),
so this module needs no service.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from itertools import groupby
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, LongTable, Paragraph, TableStyle

from biotrack.errors import QT_TRANSLATE_NOOP, Translate
from biotrack.reports import pdf

_STATE_MARK = {"picked": QT_TRANSLATE_NOOP("Reports", "picked"),
               "not_found": QT_TRANSLATE_NOOP("Reports", "NOT FOUND")}
_STATE_COLOUR = {"picked": colors.HexColor("#1b5e20"), "not_found": pdf.ALERT}
_CELL = ParagraphStyle("pull-cell", parent=pdf.STYLES["cell"], fontSize=9, leading=11)


def _when(stamp: object, words: pdf.Words = pdf.ENGLISH) -> str:
    """A stored UTC timestamp as '2026-11-25 12:00 UTC' (25/11/2026 12:00 UTC in Spanish)."""
    try:
        return words.date(datetime.fromisoformat(str(stamp)).astimezone(UTC)
                          .strftime("%Y-%m-%d %H:%M UTC"))
    except ValueError:
        return str(stamp or "")


def _rack_key(item: Mapping[str, Any]) -> tuple[str, str, str]:
    return (str(item["freezer"]), str(item["shelf"]), str(item["rack"]))


def _table(items: Sequence[Mapping[str, Any]], width: float,
           sample_labels: Mapping[str, str], words: pdf.Words = pdf.ENGLISH) -> LongTable:
    header = ["", words(QT_TRANSLATE_NOOP("Reports", "Box")),
              words(QT_TRANSLATE_NOOP("Reports", "Pos.")),
              words(QT_TRANSLATE_NOOP("Reports", "Barcode")),
              words(QT_TRANSLATE_NOOP("Reports", "Code")),
              words(QT_TRANSLATE_NOOP("Reports", "Visit")),
              words(QT_TRANSLATE_NOOP("Reports", "Sample type")),
              words(QT_TRANSLATE_NOOP("Reports", "No.")),
              words(QT_TRANSLATE_NOOP("Reports", "Note"))]
    # Sample type and note wide enough for the Spanish words ("NO ENCONTRADO").
    widths = [w * width for w in (0.05, 0.07, 0.06, 0.15, 0.13, 0.09, 0.22, 0.06, 0.17)]
    marks = {state: words(mark) for state, mark in _STATE_MARK.items()}

    def sample(item: Mapping[str, Any]) -> Any:
        """The sample type's name; a paragraph that wraps when too long for its column."""
        name = sample_labels.get(str(item["sample_type"]), str(item["sample_type"]))
        if stringWidth(name, "Helvetica", 9) <= widths[6] - 6:
            return name
        return Paragraph(escape(name), _CELL)

    rows = [[pdf.TickBox(), str(i["box"]), str(i["position"]), str(i["barcode"]),
             str(i["code"]), str(i["visit"]), sample(i),
             f"{i['number']}/{i['of']}", marks.get(str(i.get("state", "")), "")]
            for i in items]
    table = LongTable([header, *rows], colWidths=widths, repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
        ("FONT", (3, 1), (3, -1), "Helvetica-Bold", 9),
        ("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT),
        ("TEXTCOLOR", (0, 0), (-1, 0), pdf.BRAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, pdf.BRAND),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 1), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 3.5),
    ]
    for index, item in enumerate(items, start=1):
        state = str(item.get("state", ""))
        if state in _STATE_COLOUR:
            style.append(("TEXTCOLOR", (8, index), (8, index), _STATE_COLOUR[state]))
    table.setStyle(TableStyle(style))
    return table


def write_pull_list_pdf(pull: Mapping[str, Any], target: Path, *, study: str,
                        generated_at: datetime,
                        sample_labels: Mapping[str, str] | None = None,
                        translate: Translate = pdf.english) -> None:
    """Cover (code, purpose, criteria, counts), then one section per freezer and rack.

    ``sample_labels`` name the sample types in the reader's language; ``translate`` gives
    the rest (biotrack.reports.pdf.Words). The purpose and criteria are printed as stored."""
    words = pdf.Words(translate)
    labels = dict(sample_labels or {})
    items: list[Mapping[str, Any]] = list(pull.get("items", ()))
    title = words(QT_TRANSLATE_NOOP("Reports", "Pull list {code}"), code=pull["code"])
    frame = pdf.PageFrame(words(QT_TRANSLATE_NOOP("Reports", "{study} - Pull list {code}"),
                                study=study, code=pull["code"]), generated_at, words=words)
    width = pdf.content_width(frame)
    racks = {_rack_key(i) for i in items}
    freezers = {i["freezer"] for i in items}
    story: list[Any] = [
        pdf.para(title, "title"),
        pdf.para(f"{study}  -  {pull['purpose']}", "subtitle"),
        pdf.key_figures([
            (words(QT_TRANSLATE_NOOP("Reports", "Purpose")), pull["purpose"]),
            (words(QT_TRANSLATE_NOOP("Reports", "Criteria")), pull.get("criteria_text", "")),
            (words(QT_TRANSLATE_NOOP("Reports", "Last aliquots")),
             words(QT_TRANSLATE_NOOP("Reports", "may be taken")) if pull.get("allow_last")
             else words(QT_TRANSLATE_NOOP("Reports", "kept (never taken)"))),
            (words(QT_TRANSLATE_NOOP("Reports", "Status")),
             words.status(str(pull.get("status", "open")))),
            (words(QT_TRANSLATE_NOOP("Reports", "Created")),
             words(QT_TRANSLATE_NOOP("Reports", "{when} by {user}"),
                   when=_when(pull.get("created_at"), words),
                   user=pull.get("created_by") or "-")),
            (words(QT_TRANSLATE_NOOP("Reports", "Tubes to pull")), len(items)),
            (words(QT_TRANSLATE_NOOP("Reports", "Freezers / racks to open")),
             f"{len(freezers)} / {len(racks)}"),
        ], width * 0.9, words=words),
        pdf.spacer(3),
        pdf.para(words(QT_TRANSLATE_NOOP(
            "Reports", "Take the tubes rack by rack in the order listed; tick each one as it is "
            "taken, and scan it in BioTrack (Scan workspace, Pull lists) to check it out. "
            "A tube that is not in its position: leave its box empty and flag it as not "
            "found.")), "small"),
        pdf.spacer(2),
    ]
    if not items:
        story.append(pdf.para(words(QT_TRANSLATE_NOOP("Reports", "This list holds no tube."))))
    for freezer, in_freezer in groupby(items, key=lambda i: str(i["freezer"])):
        story.append(pdf.para(words(QT_TRANSLATE_NOOP("Reports", "Freezer {freezer}"),
                                    freezer=freezer), "h1"))
        for (_f, shelf, rack), in_rack in groupby(in_freezer, key=_rack_key):
            tubes = list(in_rack)
            heading = pdf.para(words(QT_TRANSLATE_NOOP(
                "Reports", "Freezer {freezer} - shelf {shelf} - rack {rack}: {tubes} tube(s)"),
                freezer=freezer, shelf=shelf, rack=rack, tubes=len(tubes)), "h2")
            # The heading stays with (at least the start of) its rack's lines.
            story.append(KeepTogether([heading, _table(tubes, width, labels, words)]))
    pdf.build_pdf(target, frame, story, title=title, subject=study)
