"""The shipment manifest (issue 7, point 3): the paper that travels with the box, and the same
rows as XLSX/CSV for the receiving laboratory's import.

The PDF header says what the courier and the receiver must know: shipment code, destination,
courier, tracking, date, the UN3373 "Biological substance, Category B" declaration and the
UN1845 dry ice weight, and how many tubes of each sample type are inside. The table lists each
tube with its study code, visit, sample type, volume and the box and position it left. Coded
data only: the rows carry no local identifier and no name (SPEC.md section 3), and this module
is given nothing else. No Qt, no SQL: biotrack.services.shipments passes the rows in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pandas as pd
from reportlab.platypus import Paragraph, Table, TableStyle

from biotrack.errors import QT_TRANSLATE_NOOP, Translate
from biotrack.reports import Progress, no_progress, pdf
from biotrack.reports.output import write_csv, write_xlsx

#: The columns of every manifest, in order (the XLSX sheet, the CSV, the PDF table).
COLUMNS = ("barcode", "code", "visit", "sample_type", "volume_ul", "box", "position")
SHEET = "Manifest"
UN3373 = "UN3373 Biological substance, Category B"
UN1845 = "UN1845 Dry ice"


@dataclass(frozen=True)
class ManifestHeader:
    """What the manifest says about the shipment as a whole."""

    code: str
    destination: str
    courier: str
    tracking: str
    ship_date: date
    un3373: bool
    dry_ice_kg: float | None
    status: str
    study: str
    generated_at: datetime


def manifest_frame(rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """The rows as a DataFrame with exactly the manifest's columns (nothing else leaks)."""
    frame = pd.DataFrame([{c: row[c] for c in COLUMNS} for row in rows], columns=list(COLUMNS))
    frame["volume_ul"] = frame["volume_ul"].astype("int64")
    return frame


def write_manifest_xlsx(rows: Sequence[Mapping[str, Any]], target: Path, *,
                        progress: Progress = no_progress) -> None:
    write_xlsx(target, [(SHEET, manifest_frame(rows))], progress)


def write_manifest_csv(rows: Sequence[Mapping[str, Any]], target: Path) -> None:
    write_csv(target, manifest_frame(rows))


def _kg(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _facts_table(facts: Sequence[tuple[str, str]], width: float) -> Table:
    """Label / value lines of the shipment, values wrapped (a destination can be long)."""
    table = Table([[label, Paragraph(escape(value), pdf.STYLES["body"])]
                   for label, value in facts],
                  colWidths=[width * 0.22, width * 0.78], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9),
        ("TEXTCOLOR", (0, 0), (0, -1), pdf.BRAND),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, pdf.LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def write_manifest_pdf(header: ManifestHeader, rows: Sequence[Mapping[str, Any]], target: Path,
                       *, sample_labels: Mapping[str, str] | None = None,
                       progress: Progress = no_progress,
                       translate: Translate = pdf.english) -> None:
    """Header block, counts per sample type, then one table line per tube; numbered pages.

    ``sample_labels`` name the sample types in the reader's language, ``translate`` the rest;
    the UN declarations keep their official English wording, followed by the reader's."""
    words = pdf.Words(translate)
    labels = dict(sample_labels or {})
    progress(0, 2)
    title = words(QT_TRANSLATE_NOOP("Reports", "Shipment manifest"))
    frame = pdf.PageFrame(words(QT_TRANSLATE_NOOP("Reports", "{study} - Shipment manifest "
                                                  "{code}"), study=header.study, code=header.code),
                          header.generated_at, words=words)
    width = pdf.content_width(frame)
    kg = words.decimals(_kg(header.dry_ice_kg)) if header.dry_ice_kg else ""
    dangerous = [UN3373] if header.un3373 else []
    if header.dry_ice_kg:
        dangerous.append(f"{UN1845}: {kg} kg")
    facts = [
        (words(QT_TRANSLATE_NOOP("Reports", "Shipment")), header.code),
        (words(QT_TRANSLATE_NOOP("Reports", "Destination")), header.destination),
        (words(QT_TRANSLATE_NOOP("Reports", "Courier")), header.courier or "-"),
        (words(QT_TRANSLATE_NOOP("Reports", "Tracking number")), header.tracking or "-"),
        (words(QT_TRANSLATE_NOOP("Reports", "Ship date")), words.date(header.ship_date)),
        (words(QT_TRANSLATE_NOOP("Reports", "Status")), words.status(header.status)),
        (words(QT_TRANSLATE_NOOP("Reports", "Declarations")),
         "; ".join(dangerous) if dangerous else words(QT_TRANSLATE_NOOP("Reports", "none"))),
        (words(QT_TRANSLATE_NOOP("Reports", "Tubes")), str(len(rows))),
    ]
    counts = Counter(str(row["sample_type"]) for row in rows)
    volume: Counter[str] = Counter()
    for row in rows:
        volume[str(row["sample_type"])] += int(row["volume_ul"])
    story: list[Any] = [
        pdf.para(title, "title"),
        pdf.para(words(QT_TRANSLATE_NOOP("Reports", "{code}  -  to {destination}"),
                       code=header.code, destination=header.destination), "subtitle"),
        _facts_table(facts, width),
        pdf.spacer(3),
    ]
    if header.un3373:
        story.append(pdf.markup(
            "<b>UN3373 - Biological substance, Category B.</b> " + escape(words(
                QT_TRANSLATE_NOOP("Reports", "Packed in triple packaging as packing "
                                  "instruction P650 requires."))), "small"))
    if header.dry_ice_kg:
        story.append(pdf.markup(
            f"<b>UN1845 - Dry ice (carbon dioxide, solid), class 9: {kg} kg.</b>", "small"))
    sample_type = words(QT_TRANSLATE_NOOP("Reports", "Sample type"))
    story += [
        *pdf.section(words(QT_TRANSLATE_NOOP("Reports", "Tubes per sample type")), pdf.data_table(
            [sample_type, words(QT_TRANSLATE_NOOP("Reports", "Tubes")),
             words(QT_TRANSLATE_NOOP("Reports", "Total volume (µL)"))],
            [[labels.get(t, t), counts[t], volume[t]] for t in sorted(counts)]
            + [[words(QT_TRANSLATE_NOOP("Reports", "Total")), len(rows), sum(volume.values())]],
            [width * 0.5, width * 0.2, width * 0.3], numeric=(1, 2), bold_last=True,
            words=words)),
        pdf.spacer(2),
    ]
    table_rows = [[row["barcode"], row["code"], row["visit"],
                   labels.get(str(row["sample_type"]), row["sample_type"]), row["volume_ul"],
                   row["box"], row["position"]] for row in rows]
    story += pdf.section(words(QT_TRANSLATE_NOOP("Reports", "Tubes")), pdf.data_table(
        [words(QT_TRANSLATE_NOOP("Reports", "Barcode")),
         words(QT_TRANSLATE_NOOP("Reports", "Code")),
         words(QT_TRANSLATE_NOOP("Reports", "Visit")), sample_type,
         words(QT_TRANSLATE_NOOP("Reports", "Volume µL")),
         words(QT_TRANSLATE_NOOP("Reports", "Box")),
         words(QT_TRANSLATE_NOOP("Reports", "Position"))], table_rows,
        [w * width for w in (0.15, 0.14, 0.11, 0.2, 0.1, 0.18, 0.12)], numeric=(4,),
        words=words))
    story += [pdf.spacer(6), pdf.para(words(QT_TRANSLATE_NOOP(
        "Reports", "Packed by (name, signature, date): ______________________________    "
        "Received by: ______________________________")), "small")]
    progress(1, 2)
    pdf.build_pdf(target, frame, story, subject=header.study, title=words(QT_TRANSLATE_NOOP(
        "Reports", "Shipment manifest {code}"), code=header.code))
    progress(2, 2)
