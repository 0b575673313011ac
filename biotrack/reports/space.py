"""Printable free-space documents (issue 7, points 5 and 6): the utilisation report, the
defragmentation plan and a freezer's evacuation list, as PDF (house style of reports/pdf.py)
and CSV.

They are taken to the freezer on paper, so each is laid out for the job at hand: the plan
lists moves grouped by the box they come from, with a box to tick per tube; the evacuation
list goes box by box with each box's contents and where its tubes can go. Coded data only
(study code, visit, sample type, barcode), never a name or record number. The input is the
services' JSON form, so this module needs no service.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, LongTable, TableStyle

from biotrack.errors import QT_TRANSLATE_NOOP, Translate
from biotrack.reports import pdf
from biotrack.reports.output import atomic_target

UTILISATION_COLUMNS = ("level", "path", "box_type", "boxes", "empty_boxes", "capacity",
                       "occupied", "free", "percent")
EVACUATION_COLUMNS = ("freezer", "box", "box_type", "position", "barcode", "code", "visit",
                      "sample_type", "number", "of", "status", "destinations")
PDF_ROWS_MAX = 5000


def write_csv(rows: Sequence[Mapping[str, Any]], target: Path, columns: Sequence[str]) -> None:
    """One header line, then one line per row (UTF-8, comma-separated), written atomically."""
    with atomic_target(target) as temporary, temporary.open("w", newline="",
                                                            encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_cell(row.get(c)) for c in columns])


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    return f"{value:.1f}" if isinstance(value, float) else str(value)


# -- utilisation ----------------------------------------------------------------------------------

_LEVELS = {"freezer": QT_TRANSLATE_NOOP("Reports", "freezer"),
           "shelf": QT_TRANSLATE_NOOP("Reports", "shelf"),
           "rack": QT_TRANSLATE_NOOP("Reports", "rack")}


def write_utilisation_pdf(lines: Sequence[Mapping[str, Any]], target: Path, *, study: str,
                          generated_at: datetime, translate: Translate = pdf.english) -> None:
    """Key figures per freezer and box type, a bar chart per rack, then the full table
    (texts through ``translate``: biotrack.reports.pdf.Words)."""
    words = pdf.Words(translate)
    title = words(QT_TRANSLATE_NOOP("Reports", "Freezer utilisation"))
    frame = pdf.PageFrame(words(QT_TRANSLATE_NOOP("Reports", "{study} - Freezer utilisation"),
                                study=study), generated_at, words=words)
    width = pdf.content_width(frame)
    freezers = [u for u in lines if u["level"] == "freezer"]
    racks = [u for u in lines if u["level"] == "rack"]
    story: list[Flowable] = [
        pdf.para(title, "title"),
        pdf.para(f"{study}  -  {words.date(f'{generated_at:%Y-%m-%d %H:%M}')}", "subtitle"),
        pdf.para(words(QT_TRANSLATE_NOOP(
            "Reports", "Occupied positions include the reserved positions of checked-out tubes. "
            "Empty boxes are boxes with no tube at all.")), "small"),
        pdf.spacer(3),
    ]
    box_type, boxes, capacity, occupied, free = (
        words(QT_TRANSLATE_NOOP("Reports", "Box type")),
        words(QT_TRANSLATE_NOOP("Reports", "Boxes")),
        words(QT_TRANSLATE_NOOP("Reports", "Capacity")),
        words(QT_TRANSLATE_NOOP("Reports", "Occupied")),
        words(QT_TRANSLATE_NOOP("Reports", "Free")))
    story += pdf.section(words(QT_TRANSLATE_NOOP("Reports", "Per freezer")), pdf.data_table(
        [words(QT_TRANSLATE_NOOP("Reports", "Freezer")), box_type, boxes,
         words(QT_TRANSLATE_NOOP("Reports", "Empty boxes")), capacity, occupied, free, "%"],
        [[u["path"], u["box_type"], u["boxes"], u["empty_boxes"], u["capacity"],
          u["occupied"], u["free"], words.number(u["percent"])] for u in freezers],
        [w * width for w in (0.16, 0.14, 0.1, 0.13, 0.13, 0.13, 0.11, 0.1)],
        numeric=(2, 3, 4, 5, 6, 7), words=words))
    if racks and len(racks) <= 60:
        story.append(pdf.spacer(3))
        story.append(pdf.percent_bars(words(QT_TRANSLATE_NOOP("Reports", "Occupied positions "
                                                              "per rack (%)")),
                                      [u["path"] for u in racks],
                                      [float(u["percent"]) for u in racks], width))
    shown, note = pdf.capped(lines, PDF_ROWS_MAX, words=words, csv=True)
    levels = {level: words(text) for level, text in _LEVELS.items()}
    story += pdf.section(words(QT_TRANSLATE_NOOP("Reports", "Per freezer, shelf and rack")),
                         pdf.data_table(
        [words(QT_TRANSLATE_NOOP("Reports", "Level")), words(QT_TRANSLATE_NOOP("Reports", "Path")),
         box_type, boxes, words(QT_TRANSLATE_NOOP("Reports", "Empty")), capacity, occupied, free,
         "%"],
        [[levels.get(str(u["level"]), u["level"]), u["path"], u["box_type"], u["boxes"],
          u["empty_boxes"], u["capacity"], u["occupied"], u["free"],
          words.number(u["percent"])] for u in shown],
        [w * width for w in (0.09, 0.2, 0.12, 0.09, 0.09, 0.11, 0.11, 0.1, 0.09)],
        numeric=(3, 4, 5, 6, 7, 8), words=words))
    if note:
        story.append(pdf.para(note, "small"))
    pdf.build_pdf(target, frame, story, title=title, subject=study)


# -- defragmentation plan -------------------------------------------------------------------------


def write_defrag_pdf(plan: Mapping[str, Any], target: Path, *, study: str,
                     generated_at: datetime, translate: Translate = pdf.english) -> None:
    """The plan's moves grouped by source box: position from -> to, with a box to tick."""
    words = pdf.Words(translate)
    scope = (words(QT_TRANSLATE_NOOP("Reports", "freezer {freezer}"), freezer=plan["freezer"])
             if plan.get("freezer") else words(QT_TRANSLATE_NOOP("Reports", "all freezers")))
    made = words.date(plan["made_at"])
    title = words(QT_TRANSLATE_NOOP("Reports", "Defragmentation plan"))
    frame = pdf.PageFrame(words(QT_TRANSLATE_NOOP("Reports", "{study} - Defragmentation plan "
                                                  "{made}"), study=study, made=made),
                          generated_at, words=words)
    width = pdf.content_width(frame)
    moves = list(plan["moves"])
    emptied = list(plan.get("boxes_emptied", ()))
    story: list[Flowable] = [
        pdf.para(title, "title"),
        pdf.para(words(QT_TRANSLATE_NOOP("Reports", "{study}  -  {scope}  -  made {made}"),
                       study=study, scope=scope, made=made), "subtitle"),
        pdf.key_figures([(words(QT_TRANSLATE_NOOP("Reports", "Tubes to move")), len(moves)),
                         (words(QT_TRANSLATE_NOOP("Reports", "Boxes emptied")), len(emptied)),
                         (words(QT_TRANSLATE_NOOP("Reports", "Empty boxes before")),
                          plan.get("empty_boxes_before", 0)),
                         (words(QT_TRANSLATE_NOOP("Reports", "Empty boxes after")),
                          int(plan.get("empty_boxes_before", 0)) + len(emptied))],
                        width * 0.5, words=words),
        pdf.spacer(2),
        pdf.para(words(QT_TRANSLATE_NOOP(
            "Reports", "Move the tubes box by box, ticking each one; then apply the plan in "
            "BioTrack (biotrack space defrag-apply, or Freezers > Free space). A tube moved by "
            "anyone in between makes the plan out of date: BioTrack then refuses it and "
            "nothing changes.")), "small"),
    ]
    if not moves:
        story.append(pdf.para(words(QT_TRANSLATE_NOOP(
            "Reports", "Nothing to move: no partly filled box can be emptied into the room of "
            "the others."))))
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for move in moves:
        groups.setdefault(str(move["from"]).rpartition("/")[0], []).append(move)
    widths = [w * width for w in (0.06, 0.1, 0.14, 0.14, 0.1, 0.14, 0.32)]
    header = ["", words(QT_TRANSLATE_NOOP("Reports", "From")),
              words(QT_TRANSLATE_NOOP("Reports", "Barcode")),
              words(QT_TRANSLATE_NOOP("Reports", "Code")),
              words(QT_TRANSLATE_NOOP("Reports", "Visit")),
              words(QT_TRANSLATE_NOOP("Reports", "Sample")),
              words(QT_TRANSLATE_NOOP("Reports", "To"))]
    for box, items in groups.items():
        table = _tick_table(
            header,
            [[str(m["from"]).rpartition("/")[2], m["barcode"], m["code"], m["visit"],
              m["sample_type"], m["to"]] for m in items], widths)
        if box in emptied:
            text = words(QT_TRANSLATE_NOOP("Reports", "From box {box}: {tubes} tube(s) - box "
                                           "empty afterwards"), box=box, tubes=len(items))
        else:
            text = words(QT_TRANSLATE_NOOP("Reports", "From box {box}: {tubes} tube(s)"),
                         box=box, tubes=len(items))
        heading = pdf.para(text, "h2")
        story.append(KeepTogether([heading, table]) if len(items) < 30 else heading)
        if len(items) >= 30:
            story.append(table)
    pdf.build_pdf(target, frame, story, title=title, subject=study)


def _tick_table(header: Sequence[str], rows: Sequence[Sequence[Any]],
                widths: Sequence[float]) -> Flowable:
    """A table whose first column is an empty square to tick by hand."""
    body = [[pdf.TickBox(3 * mm), *(pdf.cell_text(v) for v in row)] for row in rows]
    table = LongTable([list(header), *body], colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("FONT", (1, 1), (-1, -1), "Helvetica", 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT),
        ("TEXTCOLOR", (0, 0), (-1, 0), pdf.BRAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, pdf.BRAND),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 1), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
    ]))
    return table


# -- evacuation list ------------------------------------------------------------------------------


def evacuation_rows(evac: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One row per tube of the failing freezer (the CSV form of the evacuation list)."""
    result = []
    for box in evac["boxes"]:
        destinations = "; ".join(f"{d['box']} ({d['tubes']})" for d in box["destinations"])
        for tube in box["tubes"]:
            result.append(dict(tube, freezer=evac["freezer"], box=box["box"],
                               box_type=box["box_type"], destinations=destinations))
    return result


def write_evacuation_pdf(evac: Mapping[str, Any], target: Path, *, study: str,
                         generated_at: datetime, translate: Translate = pdf.english) -> None:
    """Summary per box type (tubes vs free room elsewhere), then every box with its contents
    and the boxes in other freezers its tubes can go to, then the room list."""
    words = pdf.Words(translate)
    freezer = evac["freezer"]
    frame = pdf.PageFrame(words(QT_TRANSLATE_NOOP("Reports", "{study} - Evacuation list, "
                                                  "freezer {freezer}"),
                                study=study, freezer=freezer), generated_at, words=words)
    width = pdf.content_width(frame)
    story: list[Flowable] = [
        pdf.para(words(QT_TRANSLATE_NOOP("Reports", "Evacuation list: freezer {freezer}"),
                       freezer=freezer), "title"),
        pdf.para(words(QT_TRANSLATE_NOOP("Reports", "{study}  -  made {made}"), study=study,
                       made=words.date(evac["made_at"])), "subtitle"),
        pdf.para(words(QT_TRANSLATE_NOOP(
            "Reports", "Every box of the freezer with its tubes, and boxes of the same type with "
            "free positions in the other freezers. Checked-out tubes are listed (their "
            "positions are reserved) but are not in the freezer.")), "small"),
        pdf.spacer(2),
    ]
    summary = evac["summary"]
    box_type = words(QT_TRANSLATE_NOOP("Reports", "Box type"))
    free_positions = words(QT_TRANSLATE_NOOP("Reports", "Free positions"))
    enough, short = (words.yes_no(True),
                     words(QT_TRANSLATE_NOOP("Reports", "NO")))
    story += pdf.section(words(QT_TRANSLATE_NOOP("Reports", "Room needed and room elsewhere")),
                         pdf.data_table(
        [box_type, words(QT_TRANSLATE_NOOP("Reports", "Stored tubes to move")),
         words(QT_TRANSLATE_NOOP("Reports", "Free positions elsewhere")),
         words(QT_TRANSLATE_NOOP("Reports", "Enough room"))],
        [[s["box_type"], s["tubes"], s["free_elsewhere"], enough if s["enough"] else short]
         for s in summary],
        [w * width for w in (0.2, 0.27, 0.3, 0.23)], numeric=(1, 2),
        highlight=lambda row: row[3] == short, words=words))
    if not evac["boxes"]:
        story.append(pdf.para(words(QT_TRANSLATE_NOOP("Reports", "Freezer {freezer} holds no "
                                                      "tubes."), freezer=freezer)))
    widths = [w * width for w in (0.1, 0.16, 0.16, 0.12, 0.2, 0.1, 0.16)]
    header = [words(QT_TRANSLATE_NOOP("Reports", "Position")),
              words(QT_TRANSLATE_NOOP("Reports", "Barcode")),
              words(QT_TRANSLATE_NOOP("Reports", "Code")),
              words(QT_TRANSLATE_NOOP("Reports", "Visit")),
              words(QT_TRANSLATE_NOOP("Reports", "Sample type")),
              words(QT_TRANSLATE_NOOP("Reports", "Number")),
              words(QT_TRANSLATE_NOOP("Reports", "Status"))]
    in_storage = words.status("in_storage")
    for box in evac["boxes"]:
        where = ", ".join(f"{d['box']} ({d['tubes']})" for d in box["destinations"]) or (
            words(QT_TRANSLATE_NOOP("Reports", "no room of this type elsewhere"))
            if any(t["status"] == "in_storage" for t in box["tubes"]) else "-")
        table = pdf.data_table(
            header,
            [[t["position"], t["barcode"], t["code"], t["visit"], t["sample_type"],
              f"{t['number']}/{t['of']}", words.status(str(t["status"]))]
             for t in box["tubes"]], widths,
            highlight=lambda row: row[6] != in_storage, words=words, fit=(6,))
        heading = [pdf.para(words(QT_TRANSLATE_NOOP("Reports", "Box {box} ({box_type}): {tubes} "
                                                    "tube(s)"),
                                  box=box["box"], box_type=box["box_type"],
                                  tubes=len(box["tubes"])), "h2"),
                   pdf.para(words(QT_TRANSLATE_NOOP("Reports", "Can go to: {where}"),
                                  where=where), "small")]
        if len(box["tubes"]) < 30:
            story.append(KeepTogether([*heading, table]))
        else:
            story += [*heading, table]
    room_rows = [[kind, item["box"], item["free"]] for kind, items in evac["room"].items()
                 for item in items]
    shown, note = pdf.capped(room_rows, PDF_ROWS_MAX, words=words, csv=True)
    story += pdf.section(words(QT_TRANSLATE_NOOP("Reports", "Boxes with free positions in "
                                                 "other freezers")), pdf.data_table(
        [box_type, words(QT_TRANSLATE_NOOP("Reports", "Box")), free_positions], shown,
        [w * width for w in (0.25, 0.5, 0.25)], numeric=(2,), words=words))
    if note:
        story.append(pdf.para(note, "small"))
    pdf.build_pdf(target, frame, story, subject=study, title=words(QT_TRANSLATE_NOOP(
        "Reports", "Evacuation list {freezer}"), freezer=freezer))
