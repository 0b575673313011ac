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


def write_utilisation_pdf(lines: Sequence[Mapping[str, Any]], target: Path, *, study: str,
                          generated_at: datetime) -> None:
    """Key figures per freezer and box type, a bar chart per rack, then the full table."""
    frame = pdf.PageFrame(f"{study} - Freezer utilisation", generated_at)
    width = pdf.content_width(frame)
    freezers = [u for u in lines if u["level"] == "freezer"]
    racks = [u for u in lines if u["level"] == "rack"]
    story: list[Flowable] = [
        pdf.para("Freezer utilisation", "title"),
        pdf.para(f"{study}  -  {generated_at:%Y-%m-%d %H:%M}", "subtitle"),
        pdf.para("Occupied positions include the reserved positions of checked-out tubes. "
                 "Empty boxes are boxes with no tube at all.", "small"),
        pdf.spacer(3),
    ]
    story += pdf.section("Per freezer", pdf.data_table(
        ["Freezer", "Box type", "Boxes", "Empty boxes", "Capacity", "Occupied", "Free", "%"],
        [[u["path"], u["box_type"], u["boxes"], u["empty_boxes"], u["capacity"],
          u["occupied"], u["free"], f"{u['percent']:.1f}"] for u in freezers],
        [w * width for w in (0.16, 0.14, 0.1, 0.13, 0.13, 0.13, 0.11, 0.1)],
        numeric=(2, 3, 4, 5, 6, 7)))
    if racks and len(racks) <= 60:
        story.append(pdf.spacer(3))
        story.append(pdf.percent_bars("Occupied positions per rack (%)",
                                      [u["path"] for u in racks],
                                      [float(u["percent"]) for u in racks], width))
    shown, note = pdf.capped(lines, PDF_ROWS_MAX)
    story += pdf.section("Per freezer, shelf and rack", pdf.data_table(
        ["Level", "Path", "Box type", "Boxes", "Empty", "Capacity", "Occupied", "Free", "%"],
        [[u["level"], u["path"], u["box_type"], u["boxes"], u["empty_boxes"], u["capacity"],
          u["occupied"], u["free"], f"{u['percent']:.1f}"] for u in shown],
        [w * width for w in (0.09, 0.2, 0.12, 0.09, 0.09, 0.11, 0.11, 0.1, 0.09)],
        numeric=(3, 4, 5, 6, 7, 8)))
    if note:
        story.append(pdf.para(note.replace("XLSX report", "CSV"), "small"))
    pdf.build_pdf(target, frame, story, title="Freezer utilisation", subject=study)


# -- defragmentation plan -------------------------------------------------------------------------


def write_defrag_pdf(plan: Mapping[str, Any], target: Path, *, study: str,
                     generated_at: datetime) -> None:
    """The plan's moves grouped by source box: position from -> to, with a box to tick."""
    scope = f"freezer {plan['freezer']}" if plan.get("freezer") else "all freezers"
    frame = pdf.PageFrame(f"{study} - Defragmentation plan {plan['made_at']}", generated_at)
    width = pdf.content_width(frame)
    moves = list(plan["moves"])
    emptied = list(plan.get("boxes_emptied", ()))
    story: list[Flowable] = [
        pdf.para("Defragmentation plan", "title"),
        pdf.para(f"{study}  -  {scope}  -  made {plan['made_at']}", "subtitle"),
        pdf.key_figures([("Tubes to move", len(moves)), ("Boxes emptied", len(emptied)),
                         ("Empty boxes before", plan.get("empty_boxes_before", 0)),
                         ("Empty boxes after",
                          int(plan.get("empty_boxes_before", 0)) + len(emptied))],
                        width * 0.5),
        pdf.spacer(2),
        pdf.para("Move the tubes box by box, ticking each one; then apply the plan in BioTrack "
                 "(biotrack space defrag-apply, or Freezers > Free space). A tube moved by "
                 "anyone in between makes the plan out of date: BioTrack then refuses it "
                 "and nothing changes.", "small"),
    ]
    if not moves:
        story.append(pdf.para("Nothing to move: no partly filled box can be emptied into the "
                              "room of the others."))
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for move in moves:
        groups.setdefault(str(move["from"]).rpartition("/")[0], []).append(move)
    widths = [w * width for w in (0.06, 0.1, 0.14, 0.14, 0.1, 0.14, 0.32)]
    for box, items in groups.items():
        table = _tick_table(
            ["", "From", "Barcode", "Code", "Visit", "Sample", "To"],
            [[str(m["from"]).rpartition("/")[2], m["barcode"], m["code"], m["visit"],
              m["sample_type"], m["to"]] for m in items], widths)
        heading = pdf.para(f"From box {box}: {len(items)} tube(s)"
                           + (" - box empty afterwards" if box in emptied else ""), "h2")
        story.append(KeepTogether([heading, table]) if len(items) < 30 else heading)
        if len(items) >= 30:
            story.append(table)
    pdf.build_pdf(target, frame, story, title="Defragmentation plan", subject=study)


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
                         generated_at: datetime) -> None:
    """Summary per box type (tubes vs free room elsewhere), then every box with its contents
    and the boxes in other freezers its tubes can go to, then the room list."""
    freezer = evac["freezer"]
    frame = pdf.PageFrame(f"{study} - Evacuation list, freezer {freezer}", generated_at)
    width = pdf.content_width(frame)
    story: list[Flowable] = [
        pdf.para(f"Evacuation list: freezer {freezer}", "title"),
        pdf.para(f"{study}  -  made {evac['made_at']}", "subtitle"),
        pdf.para("Every box of the freezer with its tubes, and boxes of the same type with "
                 "free positions in the other freezers. Checked-out tubes are listed (their "
                 "positions are reserved) but are not in the freezer.", "small"),
        pdf.spacer(2),
    ]
    summary = evac["summary"]
    story += pdf.section("Room needed and room elsewhere", pdf.data_table(
        ["Box type", "Stored tubes to move", "Free positions elsewhere", "Enough room"],
        [[s["box_type"], s["tubes"], s["free_elsewhere"], "yes" if s["enough"] else "NO"]
         for s in summary],
        [w * width for w in (0.2, 0.27, 0.3, 0.23)], numeric=(1, 2),
        highlight=lambda row: row[3] == "NO"))
    if not evac["boxes"]:
        story.append(pdf.para(f"Freezer {freezer} holds no tubes."))
    widths = [w * width for w in (0.1, 0.16, 0.16, 0.12, 0.2, 0.1, 0.16)]
    for box in evac["boxes"]:
        where = ", ".join(f"{d['box']} ({d['tubes']})" for d in box["destinations"]) or (
            "no room of this type elsewhere" if any(t["status"] == "in_storage"
                                                    for t in box["tubes"]) else "-")
        table = pdf.data_table(
            ["Position", "Barcode", "Code", "Visit", "Sample type", "Number", "Status"],
            [[t["position"], t["barcode"], t["code"], t["visit"], t["sample_type"],
              f"{t['number']}/{t['of']}", str(t["status"]).replace("_", " ")]
             for t in box["tubes"]], widths,
            highlight=lambda row: row[6] != "in storage")
        heading = [pdf.para(f"Box {box['box']} ({box['box_type']}): {len(box['tubes'])} "
                            "tube(s)", "h2"), pdf.para(f"Can go to: {where}", "small")]
        if len(box["tubes"]) < 30:
            story.append(KeepTogether([*heading, table]))
        else:
            story += [*heading, table]
    room_rows = [[kind, item["box"], item["free"]] for kind, items in evac["room"].items()
                 for item in items]
    shown, note = pdf.capped(room_rows, PDF_ROWS_MAX)
    story += pdf.section("Boxes with free positions in other freezers", pdf.data_table(
        ["Box type", "Box", "Free positions"], shown,
        [w * width for w in (0.25, 0.5, 0.25)], numeric=(2,)))
    if note:
        story.append(pdf.para(note.replace("XLSX report", "CSV"), "small"))
    pdf.build_pdf(target, frame, story, title=f"Evacuation list {freezer}", subject=study)
