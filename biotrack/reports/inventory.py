"""The monthly freezer inventory (issue 6, point 1): what was in the freezers at the end of a
month, what came in and went out during it, and what does not add up.

Everything is rebuilt from the movement history as of the month's end (biotrack.db.reporting
explains the rule; biotrack.reports.period the UTC month boundary), so the report for a past
month is the same whenever it is made, even after later movements, registrations of later
collections or new freezers. The sheets and their column order are a contract (the CSV is the
Aliquots sheet, which other tools import): new columns go at the end.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

import pandas as pd
from sqlite_utils import Database

from biotrack.db import reporting as repo
from biotrack.errors import QT_TRANSLATE_NOOP, Translate
from biotrack.reports import Progress, no_progress, pdf
from biotrack.reports.output import write_csv, write_xlsx
from biotrack.reports.period import Month, local_to_utc

SHEETS = ("Summary", "Boxes", "Aliquots", "Movements", "Discrepancies", "Temperatures")
SUMMARY_COLUMNS = ["freezer", "sample_type", "cohort", "site", "in_storage", "checked_out"]
BOX_COLUMNS = ["freezer", "shelf", "rack", "box", "capacity", "occupied", "free",
               "occupancy_pct", "box_type"]
ALIQUOT_COLUMNS = ["barcode", "code", "visit", "sample_type", "number", "volume_ul", "status",
                   "freezer", "shelf", "rack", "box", "position", "thaw_count", "collected_on",
                   "cohort", "site", "sprec"]
MOVEMENT_COLUMNS = ["timestamp", "barcode", "action", "from", "to", "user", "reason",
                    "recorded_at", "code", "visit", "sample_type"]
#: Box-audit findings (kind ``box_audit``) fill the last columns; other kinds leave them empty.
BOX_AUDIT_COLUMNS = ["audit_id", "audit_date", "box", "category", "resolution", "reason",
                     "resolved_at"]
DISCREPANCY_COLUMNS = ["kind", "barcode", "code", "visit", "sample_type", "location", "since",
                       "days", "detail", *BOX_AUDIT_COLUMNS]
BOX_AUDIT_NOTE = QT_TRANSLATE_NOOP("Reports", "Box-audit findings are listed in their own "
                                   "table.")
BOX_AUDIT_DETAIL = QT_TRANSLATE_NOOP(
    "Reports", "Box-audit findings are the differences found by the box audits saved during "
    "the month, each with its resolution as it stood at the end of the month (open: not "
    "resolved by then).")
DEFAULT_OVERDUE_DAYS = 30


def iso_z(instant: datetime) -> str:
    """UTC instant as report text: ``2026-10-05T12:00:00Z``."""
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _stored_utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def _frame(table: repo.Table) -> pd.DataFrame:
    return pd.DataFrame.from_records(table.rows, columns=table.columns)


@dataclass
class InventoryReport:
    """The inventory of one month as DataFrames, plus the figures the PDF cover shows."""

    month: Month
    as_of: datetime
    generated_at: datetime
    overdue_days: int
    summary: pd.DataFrame
    boxes: pd.DataFrame
    movements: pd.DataFrame
    discrepancies: pd.DataFrame
    aliquots: pd.DataFrame | None = None
    status_counts: dict[str, int] = field(default_factory=dict)
    # The temperature log (issue 7, point 8): biotrack.reports.temperatures builds both.
    temperatures: pd.DataFrame | None = None
    excursions: pd.DataFrame | None = None

    @property
    def month_ended(self) -> bool:
        return self.as_of >= self.month.end

    def movement_counts(self) -> dict[str, int]:
        counts = self.movements["action"].value_counts() if len(self.movements) else {}
        return {action: int(counts.get(action, 0)) for action in repo.MOVEMENT_ACTIONS}

    def totals(self) -> dict[str, Any]:
        """The headline numbers (also the CLI's --json ``totals``)."""
        capacity = int(self.boxes["capacity"].sum()) if len(self.boxes) else 0
        occupied = int(self.boxes["occupied"].sum()) if len(self.boxes) else 0
        findings = self.discrepancies
        return {
            "in_storage": self.status_counts.get("in_storage", 0),
            "checked_out": self.status_counts.get("checked_out", 0),
            "unplaced": self.status_counts.get("unplaced", 0),
            "boxes": len(self.boxes),
            "capacity": capacity,
            "occupied": occupied,
            "free": capacity - occupied,
            "occupancy_pct": round(100.0 * occupied / capacity, 1) if capacity else 0.0,
            "movements": len(self.movements),
            "discrepancies": len(findings),
            "checked_out_overdue": int((findings["kind"] == "checked_out_overdue").sum()),
            "box_audit_findings": int((findings["kind"] == "box_audit").sum()),
        }

    def sheets(self) -> list[tuple[str, pd.DataFrame]]:
        assert self.aliquots is not None, "built without the Aliquots sheet"
        from biotrack.reports import temperatures

        return list(zip(SHEETS, (self.summary, self.boxes, self.aliquots, self.movements,
                                 self.discrepancies,
                                 self.temperatures if self.temperatures is not None
                                 else temperatures.sheet([])), strict=True))


def build(db: Database, month: Month, *, now: datetime,
          overdue_days: int = DEFAULT_OVERDUE_DAYS, with_aliquots: bool = True,
          tz: tzinfo | None = None, progress: Progress = no_progress) -> InventoryReport:
    """Rebuild the month's inventory from the history (all queries in one snapshot)."""
    cutoffs = month.cutoffs(tz)
    as_of = min(month.end, now.astimezone(UTC))
    steps = 6
    with repo.snapshot(db):
        progress(0, steps)
        repo.build_state(db, cutoffs)
        progress(1, steps)
        status_counts = repo.inventory_status_counts(db)
        summary = _summary(repo.inventory_summary(db))
        progress(2, steps)
        boxes = _frame(repo.inventory_boxes(db, cutoffs))[BOX_COLUMNS]
        progress(3, steps)
        aliquots = _frame(repo.inventory_aliquots(db))[ALIQUOT_COLUMNS] if with_aliquots \
            else None
        progress(4, steps)
        movements = _movements(repo.movements_in(db, cutoffs), tz)
        progress(5, steps)
        overdue_since = as_of - timedelta(days=overdue_days)
        discrepancies = _discrepancies(
            repo.unplaced_aliquots(db), repo.box_audit_findings_in(db, cutoffs),
            repo.checked_out_before(db, overdue_since.isoformat(timespec="seconds")),
            movements, as_of, overdue_days,
        )
        from biotrack.reports import temperatures

        figures = temperatures.month_figures(db, month, now, repo.freezers_present(db, cutoffs))
        temperature_sheet = temperatures.sheet(figures)
        excursions = temperatures.excursion_frame(temperatures.excursions(db, month, figures))
        progress(6, steps)
    return InventoryReport(
        month=month, as_of=as_of, generated_at=now, overdue_days=overdue_days,
        summary=summary, boxes=boxes, movements=movements[MOVEMENT_COLUMNS],
        discrepancies=discrepancies, aliquots=aliquots, status_counts=status_counts,
        temperatures=temperature_sheet, excursions=excursions,
    )


def build_aliquots(db: Database, month: Month, *, tz: tzinfo | None = None,
                   progress: Progress = no_progress) -> pd.DataFrame:
    """Only the Aliquots sheet (what the CSV holds): the state and one query, nothing else."""
    with repo.snapshot(db):
        progress(0, 2)
        repo.build_state(db, month.cutoffs(tz))
        progress(1, 2)
        aliquots = _frame(repo.inventory_aliquots(db))[ALIQUOT_COLUMNS]
        progress(2, 2)
    return aliquots


def _summary(table: repo.Table) -> pd.DataFrame:
    rows = list(table.rows)
    rows.append(("Total", None, None, None, sum(int(r[4]) for r in rows),
                 sum(int(r[5]) for r in rows)))
    return pd.DataFrame.from_records(rows, columns=SUMMARY_COLUMNS)


def _movements(table: repo.Table, tz: tzinfo | None) -> pd.DataFrame:
    records = []
    for row in map(dict, (zip(table.columns, values, strict=True) for values in table.rows)):
        recorded = _stored_utc(row["at"])
        if row["registration"]:
            counted = (local_to_utc(row["frozen_at"], tz) if row["frozen_at"]
                       else _stored_utc(row["registered_at"]))
        else:
            counted = recorded
        records.append((counted, row["id"], iso_z(counted), row["barcode"], row["action"],
                        row["from_path"], row["to_path"], row["user"], row["reason"],
                        iso_z(recorded), row["code"], row["visit"], row["sample_type"]))
    records.sort(key=lambda r: (r[0], r[1]))
    return pd.DataFrame.from_records([r[2:] for r in records], columns=MOVEMENT_COLUMNS)


def _discrepancies(unplaced: repo.Table, audit_findings: repo.Table, checked_out: repo.Table,
                   movements: pd.DataFrame, as_of: datetime, overdue_days: int) -> pd.DataFrame:
    rows: list[tuple[Any, ...]] = []
    for barcode, code, visit, sample_type, since in unplaced.rows:
        days = (as_of - _stored_utc(since)).days
        rows.append(("unplaced", barcode, code, visit, sample_type, None,
                     iso_z(_stored_utc(since)), days,
                     "no storage position: place it with `move` (no free box of its type "
                     "when it was registered)"))
    for barcode, code, visit, sample_type, since, reason, location in checked_out.rows:
        days = (as_of - _stored_utc(since)).days
        detail = f"checked out for {days} days (more than {overdue_days})"
        rows.append(("checked_out_overdue", barcode, code, visit, sample_type, location,
                     iso_z(_stored_utc(since)), days,
                     f"{detail}; reason: {reason}" if reason else detail))
    for movement in movements[movements["action"] == "missing"].to_dict("records"):
        reason = f": {movement['reason']}" if movement["reason"] else ""
        rows.append(("marked_missing", movement["barcode"], movement["code"], movement["visit"],
                     movement["sample_type"], movement["from"], movement["timestamp"], None,
                     f"marked missing during the month by {movement['user']}{reason}"))
    rows = [row + (None,) * len(BOX_AUDIT_COLUMNS) for row in rows]
    for finding in map(dict, (zip(audit_findings.columns, values, strict=True)
                              for values in audit_findings.rows)):
        rows.append(_audit_finding_row(finding))
    return pd.DataFrame.from_records(rows, columns=DISCREPANCY_COLUMNS)


def _audit_finding_row(f: dict[str, Any]) -> tuple[Any, ...]:
    """One box-audit finding as a Discrepancies row (the sheet's last columns are its own)."""
    position = f["scanned_position"] or f["expected"]
    location = (f"{f['box']}/{position}" if position and "/" not in position
                else position or f["box"])
    audited = iso_z(_stored_utc(f["audit_at"]))
    resolved = iso_z(_stored_utc(f["resolved_at"])) if f["resolved_at"] else None
    scanned = f"scanned at {f['scanned_position']}" if f["scanned_position"] else "not scanned"
    detail = (f"{f['category'].replace('_', ' ')} in box audit {f['audit_id']} of {f['box']} "
              f"({scanned}; database: {f['expected'] or '-'}): "
              + (f"{f['resolution'].replace('_', ' ')}: {f['reason']}" if f["resolution"]
                 else "open"))
    return ("box_audit", f["barcode"] or None, f["code"], f["visit"], f["sample_type"],
            location, audited, None, detail, f["audit_id"], audited[:10], f["box"],
            f["category"], f["resolution"] or "open", f["reason"], resolved)


# -- outputs ------------------------------------------------------------------------------------


_ACTIONS = {
    "placed": QT_TRANSLATE_NOOP("Reports", "placed"),
    "moved": QT_TRANSLATE_NOOP("Reports", "moved"),
    "checked_out": QT_TRANSLATE_NOOP("Reports", "checked out"),
    "returned": QT_TRANSLATE_NOOP("Reports", "returned"),
    "consumed": QT_TRANSLATE_NOOP("Reports", "consumed"),
    "shipped": QT_TRANSLATE_NOOP("Reports", "shipped"),
    "discarded": QT_TRANSLATE_NOOP("Reports", "discarded"),
    "missing": QT_TRANSLATE_NOOP("Reports", "missing"),
}
_KINDS = {
    "unplaced": QT_TRANSLATE_NOOP("Reports", "unplaced"),
    "checked_out_overdue": QT_TRANSLATE_NOOP("Reports", "checked out overdue"),
    "marked_missing": QT_TRANSLATE_NOOP("Reports", "marked missing"),
}


def _word(table: Mapping[str, str], value: str, words: pdf.Words) -> str:
    """A stored identifier as a marked word in the reader's language (else as stored)."""
    return words(table[value]) if value in table else value.replace("_", " ")


def _box_audit_section(report: InventoryReport, width: float,
                       words: pdf.Words = pdf.ENGLISH) -> list[Any]:
    """The box-audit findings of the month: audit date, box, category, barcode, resolution,
    reason (issue 6)."""
    found = report.discrepancies[report.discrepancies["kind"] == "box_audit"]
    rows, cut = pdf.capped([
        (words.date(r["audit_date"]), r["box"], r["category"].replace("_", " "),
         r["barcode"] or "", r["resolution"].replace("_", " "),
         r["reason"] if isinstance(r["reason"], str) else "")
        for r in found.to_dict("records")], words=words)
    title = words(QT_TRANSLATE_NOOP("Reports", "Box-audit findings"))
    if not rows:
        return pdf.section(title, pdf.para(words(QT_TRANSLATE_NOOP(
            "Reports", "No box audit with differences was saved this month.")), "small"))
    return pdf.section(
        title,
        pdf.data_table([words(QT_TRANSLATE_NOOP("Reports", "Audit date")),
                        words(QT_TRANSLATE_NOOP("Reports", "Box")),
                        words(QT_TRANSLATE_NOOP("Reports", "Category")),
                        words(QT_TRANSLATE_NOOP("Reports", "Barcode")),
                        words(QT_TRANSLATE_NOOP("Reports", "Resolution")),
                        words(QT_TRANSLATE_NOOP("Reports", "Reason"))],
                       rows, [w * width for w in (0.12, 0.18, 0.13, 0.13, 0.16, 0.28)],
                       wrap=(5,), words=words),
        pdf.spacer(1), pdf.para(f"{cut} {words(BOX_AUDIT_DETAIL)}".strip(), "small"))


def write_inventory_xlsx(report: InventoryReport, target: Path,
                         progress: Progress = no_progress) -> None:
    write_xlsx(target, report.sheets(), progress)


def write_inventory_csv(aliquots: pd.DataFrame, target: Path) -> None:
    write_csv(target, aliquots)


def _period_text(report: InventoryReport, words: pdf.Words = pdf.ENGLISH) -> str:
    month = report.month
    text = words(QT_TRANSLATE_NOOP("Reports", "Movements from {start} to {end} UTC. Stock as "
                                   "at {as_of} UTC"),
                 start=words.date(f"{month.start:%Y-%m-%d %H:%M}"),
                 end=words.date(f"{month.end:%Y-%m-%d %H:%M}"),
                 as_of=words.date(f"{report.as_of:%Y-%m-%d %H:%M}"))
    if report.month_ended:
        return text + words(QT_TRANSLATE_NOOP("Reports", " (end of the month)."))
    return text + words(QT_TRANSLATE_NOOP("Reports", " - the month has not ended yet: figures "
                                          "will still change."))


def write_inventory_pdf(report: InventoryReport, target: Path, *, study: str,
                        sample_labels: Mapping[str, str] | None = None,
                        progress: Progress = no_progress,
                        translate: Translate = pdf.english) -> None:
    """Cover with the totals and movements, occupancy per freezer, boxes, discrepancies.

    ``sample_labels`` name the sample types in the reader's language, ``translate`` the rest
    (biotrack.reports.pdf.Words); the discrepancies' details are printed as the XLSX has them.
    """
    words = pdf.Words(translate)
    labels = dict(sample_labels or {})
    month_title = words.month(report.month.year, report.month.month)
    frame = pdf.PageFrame(words(QT_TRANSLATE_NOOP("Reports", "{study} - Monthly freezer "
                                                  "inventory {month}"),
                                study=study, month=report.month.label),
                          report.generated_at, words=words)
    width = pdf.content_width(frame)
    totals = report.totals()
    counts = report.movement_counts()
    progress(0, 4)

    story: list[Any] = [
        pdf.para(words(QT_TRANSLATE_NOOP("Reports", "Monthly freezer inventory")), "title"),
        pdf.para(f"{month_title}  ({report.month.label})  -  {study}", "subtitle"),
        pdf.para(_period_text(report, words), "small"),
        pdf.spacer(4),
    ]
    unplaced = words(QT_TRANSLATE_NOOP("Reports", "Unplaced (no position)"))
    discrepancies = words(QT_TRANSLATE_NOOP("Reports", "Discrepancies"))
    figures = pdf.key_figures([
        (words(QT_TRANSLATE_NOOP("Reports", "Aliquots in storage")), totals["in_storage"]),
        (words(QT_TRANSLATE_NOOP("Reports", "Checked out (slot reserved)")),
         totals["checked_out"]),
        (unplaced, totals["unplaced"]),
        (words(QT_TRANSLATE_NOOP("Reports", "Boxes")), totals["boxes"]),
        (words(QT_TRANSLATE_NOOP("Reports", "Positions")), totals["capacity"]),
        (words(QT_TRANSLATE_NOOP("Reports", "Occupied positions")), totals["occupied"]),
        (words(QT_TRANSLATE_NOOP("Reports", "Free positions")), totals["free"]),
        (words(QT_TRANSLATE_NOOP("Reports", "Occupancy")),
         f"{words.number(totals['occupancy_pct'])} %"),
        (words(QT_TRANSLATE_NOOP("Reports", "Movements in the month")), totals["movements"]),
        (discrepancies, totals["discrepancies"]),
    ], width * 0.46, alert=(unplaced, discrepancies), words=words)
    chart = pdf.count_bars(words(QT_TRANSLATE_NOOP("Reports", "Movements in the month, per "
                                                   "action")),
                           [_word(_ACTIONS, a, words) for a in counts], list(counts.values()),
                           width * 0.5)
    story += [pdf.side_by_side(figures, chart, width, split=0.5), pdf.spacer(4)]

    total_word = words(QT_TRANSLATE_NOOP("Reports", "Total"))
    summary_rows: list[tuple[Any, ...]] = []
    previous: tuple[Any, ...] = ()
    last = len(report.summary) - 1
    for index, r in enumerate(report.summary.itertuples(index=False)):
        sample = labels.get(r.sample_type, r.sample_type) if isinstance(r.sample_type, str) \
            else ""
        freezer = total_word if index == last else r.freezer  # _summary's total row
        # Group-style: a freezer and sample type are printed where they change, not on
        # every line, so the eye finds the blocks.
        shown = (freezer if previous[:1] != (r.freezer,) else "",
                 sample if previous[:2] != (r.freezer, sample) else "")
        previous = (r.freezer, sample)
        summary_rows.append((*shown, r.cohort if isinstance(r.cohort, str) else "",
                             r.site if isinstance(r.site, str) else "", r.in_storage,
                             r.checked_out))
    story += pdf.section(
        words(QT_TRANSLATE_NOOP("Reports", "Stock at the end of the month")),
        pdf.data_table([words(QT_TRANSLATE_NOOP("Reports", "Freezer")),
                        words(QT_TRANSLATE_NOOP("Reports", "Sample type")),
                        words(QT_TRANSLATE_NOOP("Reports", "Cohort")),
                        words(QT_TRANSLATE_NOOP("Reports", "Site")),
                        words(QT_TRANSLATE_NOOP("Reports", "In storage")),
                        words(QT_TRANSLATE_NOOP("Reports", "Checked out"))], summary_rows,
                       [w * width for w in (0.14, 0.30, 0.12, 0.12, 0.16, 0.16)],
                       numeric=(4, 5), bold_last=True, words=words),
    )
    progress(1, 4)

    boxes = report.boxes
    charts: list[Any] = []
    for freezer, group in boxes.groupby("freezer", sort=True):
        by_rack = group.groupby(["shelf", "rack"], sort=False)[["capacity", "occupied"]].sum()
        per_rack = True
        if len(by_rack) > 40:
            by_rack = group.groupby(["shelf"], sort=False)[["capacity", "occupied"]].sum()
            per_rack = False
        names = ["/".join(k) if isinstance(k, tuple) else str(k) for k in by_rack.index]
        values = [round(100.0 * o / c, 1) if c else 0.0
                  for c, o in zip(by_rack["capacity"], by_rack["occupied"], strict=True)]
        used, capacity = int(group["occupied"].sum()), int(group["capacity"].sum())
        fields = {"freezer": freezer, "used": used, "capacity": capacity,
                  "percent": words.number(100.0 * used / capacity if capacity else 0)}
        charts.append(pdf.percent_bars(
            words(QT_TRANSLATE_NOOP("Reports", "Freezer {freezer}: {used} of {capacity} "
                                    "positions occupied ({percent} %), per rack"), **fields)
            if per_rack else
            words(QT_TRANSLATE_NOOP("Reports", "Freezer {freezer}: {used} of {capacity} "
                                    "positions occupied ({percent} %), per shelf"), **fields),
            names, values, width))
        charts.append(pdf.spacer(3))
    story += pdf.section(words(QT_TRANSLATE_NOOP("Reports", "Occupancy per freezer")),
                         *(charts or [pdf.para(words(QT_TRANSLATE_NOOP("Reports",
                                                                       "No freezers.")))]))
    progress(2, 4)

    used = boxes[boxes["occupied"] > 0]
    empty = boxes[boxes["occupied"] == 0]
    box_rows = [(f"{r.freezer}/{r.shelf}/{r.rack}/{r.box}", r.box_type, r.capacity, r.occupied,
                 r.free, words.number(r.occupancy_pct)) for r in used.itertuples(index=False)]
    note = (words(QT_TRANSLATE_NOOP("Reports", "{boxes} empty box(es) with {positions} positions "
                                    "are not listed; the XLSX lists every box."),
                  boxes=len(empty), positions=int(empty["capacity"].sum())) if len(empty)
            else words(QT_TRANSLATE_NOOP("Reports", "Every box holds tubes.")))
    story += pdf.section(
        words(QT_TRANSLATE_NOOP("Reports", "Boxes in use")),
        pdf.data_table([words(QT_TRANSLATE_NOOP("Reports", "Box")),
                        words(QT_TRANSLATE_NOOP("Reports", "Type")),
                        words(QT_TRANSLATE_NOOP("Reports", "Capacity")),
                        words(QT_TRANSLATE_NOOP("Reports", "Occupied")),
                        words(QT_TRANSLATE_NOOP("Reports", "Free")),
                        words(QT_TRANSLATE_NOOP("Reports", "Occupancy %"))],
                       box_rows, [w * width for w in (0.34, 0.14, 0.13, 0.13, 0.13, 0.13)],
                       numeric=(2, 3, 4, 5), words=words),
        pdf.spacer(1), pdf.para(note, "small"),
    )
    progress(3, 4)

    findings = report.discrepancies[report.discrepancies["kind"] != "box_audit"]
    finding_rows, cut = pdf.capped([
        (_word(_KINDS, r["kind"], words), r["barcode"],
         " ".join(x for x in (r["code"], r["visit"]) if isinstance(x, str)),
         r["location"] if isinstance(r["location"], str) else "",
         words.date(r["since"]) if isinstance(r["since"], str) else "", r["days"], r["detail"])
        for r in findings.to_dict("records")
    ], words=words)
    story += pdf.section(
        discrepancies,
        pdf.data_table([words(QT_TRANSLATE_NOOP("Reports", "Kind")),
                        words(QT_TRANSLATE_NOOP("Reports", "Barcode")),
                        words(QT_TRANSLATE_NOOP("Reports", "Code / visit")),
                        words(QT_TRANSLATE_NOOP("Reports", "Location")),
                        words(QT_TRANSLATE_NOOP("Reports", "Since (UTC)")),
                        words(QT_TRANSLATE_NOOP("Reports", "Days")),
                        words(QT_TRANSLATE_NOOP("Reports", "Detail"))], finding_rows,
                       [w * width for w in (0.12, 0.11, 0.13, 0.16, 0.15, 0.06, 0.27)],
                       numeric=(5,), wrap=(0, 3, 6), words=words),
        pdf.spacer(1),
        pdf.para(" ".join(part for part in (cut, words(QT_TRANSLATE_NOOP(
            "Reports", "Tubes checked out for more than {days} days at the end of the month "
            "are listed."), days=report.overdue_days), words(BOX_AUDIT_NOTE)) if part),
            "small"),
    )
    story += _box_audit_section(report, width, words)
    if report.temperatures is not None and report.excursions is not None:
        from biotrack.reports import temperatures

        story += temperatures.pdf_section(report.temperatures, report.excursions, width, words)
    pdf.build_pdf(target, frame, story, subject=study, title=words(QT_TRANSLATE_NOOP(
        "Reports", "Monthly freezer inventory {month}"), month=report.month.label))
    progress(4, 4)
