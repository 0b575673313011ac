"""Collection completeness and protocol deviations (issue 6, point 2).

For each participant and visit: the aliquots the protocol expects against those made; visits
missed, overdue (window passed, nothing recorded) and drawn out of window; pre-analytical
deviations, both those recorded with the draw (collection.deviations) and those derived again
from its times with the protocol's current quality limits (e.g. more than 2 h from draw to
centrifugation); totals per site and cohort. "Expected" comes from the protocol's sample set
of the visit, not from the collection, because a short draw lowers what was made, not what
the protocol asked for. Only visits that are due count: collected, missed, or past their
window; visits whose window is open are listed as "open" and counted nowhere.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from sqlite_utils import Database

from biotrack.db import reporting as repo
from biotrack.errors import QT_TRANSLATE_NOOP, Translate
from biotrack.reports import Progress, no_progress, pdf
from biotrack.reports.output import write_xlsx

SHEETS = ("Summary", "Participants", "Visits", "Deviations")
COUNT_COLUMNS = ["visits_due", "collected", "missed", "overdue", "out_of_window",
                 "expected_aliquots", "collected_aliquots", "missing_aliquots"]
SUMMARY_COLUMNS = ["site", "cohort", "participants", *COUNT_COLUMNS, "completeness_pct",
                   "visit_completeness_pct", "collections_with_deviations"]
PARTICIPANT_COLUMNS = ["code", "site", "cohort", "participant_status", *COUNT_COLUMNS,
                       "open", "completeness_pct", "collections_with_deviations"]
VISIT_COLUMNS = ["code", "site", "cohort", "visit", "target_date", "window_start",
                 "window_end", "status", "drawn_on", "in_window", "expected_aliquots",
                 "collected_aliquots", "missing_aliquots", "deviation", "missed_reason"]
DEVIATION_COLUMNS = ["code", "site", "cohort", "visit", "drawn_at",
                     "minutes_to_centrifugation", "minutes_to_freezing",
                     "over_centrifugation_limit", "over_freezing_limit", "short_draw",
                     "out_of_window", "recorded"]
DUE = ("collected", "missed", "overdue")


@dataclass(frozen=True)
class Limits:
    """The protocol's pre-analytical limits, in minutes from the draw."""

    to_centrifugation: int
    to_freezing: int


@dataclass
class CompletenessReport:
    """Completeness and deviations as DataFrames, in sheet order."""

    as_of: date
    generated_at: datetime
    site: str | None
    cohort: str | None
    limits: Limits
    summary: pd.DataFrame
    participants: pd.DataFrame
    visits: pd.DataFrame
    deviations: pd.DataFrame

    def sheets(self) -> list[tuple[str, pd.DataFrame]]:
        return list(zip(SHEETS, (self.summary, self.participants, self.visits,
                                 self.deviations), strict=True))

    def totals(self) -> dict[str, Any]:
        """The headline numbers: the summary's total row (also the CLI's --json totals)."""
        row = self.summary.iloc[-1]
        result: dict[str, Any] = {"participants": int(row["participants"])}
        for column in [*COUNT_COLUMNS, "collections_with_deviations"]:
            result[column] = int(row[column])
        result["completeness_pct"] = float(row["completeness_pct"])
        return result


def _pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def build(db: Database, *, as_of: date, expected: Mapping[str, int], limits: Limits,
          now: datetime, site: str | None = None, cohort: str | None = None,
          progress: Progress = no_progress) -> CompletenessReport:
    """Completeness as of the local date ``as_of``, optionally for one site and/or cohort."""
    progress(0, 3)
    table = repo.completeness_visits(db, as_of.isoformat(), site=site, cohort=cohort)
    rows = [dict(zip(table.columns, values, strict=True)) for values in table.rows]
    progress(1, 3)
    visits, deviations = _visits(rows, as_of, expected, limits)
    progress(2, 3)
    participants = _participants(visits)
    summary = _summary(visits)
    progress(3, 3)
    return CompletenessReport(
        as_of=as_of, generated_at=now, site=site, cohort=cohort, limits=limits,
        summary=summary, participants=participants, visits=visits[VISIT_COLUMNS],
        deviations=deviations,
    )


def _visits(rows: list[dict[str, Any]], as_of: date, expected: Mapping[str, int],
            limits: Limits) -> tuple[pd.DataFrame, pd.DataFrame]:
    records = []
    flagged = []
    today = as_of.isoformat()
    for row in rows:
        status = row["status"]
        if status == "planned":
            status = "overdue" if row["window_end"] < today else "open"
        want = int(expected.get(row["samples"], 0))
        made = int(row["collected_aliquots"])
        drawn_on = row["drawn_at"][:10] if row["drawn_at"] else None
        in_window = (row["window_start"] <= drawn_on <= row["window_end"]) if drawn_on \
            else None
        deviation = False
        if status == "collected":
            recorded = json.loads(row["deviations"] or "[]")
            to_c = _minutes(row["minutes_to_centrifugation"])
            to_f = _minutes(row["minutes_to_freezing"])
            flags = {
                "over_centrifugation_limit": to_c is not None and to_c > limits.to_centrifugation,
                "over_freezing_limit": to_f is not None and to_f > limits.to_freezing,
                "short_draw": made < want,
                "out_of_window": not in_window,
            }
            deviation = bool(recorded) or any(flags.values())
            if deviation:
                flagged.append({
                    "code": row["code"], "site": row["site"], "cohort": row["cohort"],
                    "visit": row["visit"], "drawn_at": row["drawn_at"],
                    "minutes_to_centrifugation": to_c, "minutes_to_freezing": to_f,
                    **flags, "recorded": "; ".join(str(x) for x in recorded),
                })
        records.append({
            "code": row["code"], "site": row["site"], "cohort": row["cohort"],
            "participant_status": row["participant_status"], "visit": row["visit"],
            "target_date": row["target_date"], "window_start": row["window_start"],
            "window_end": row["window_end"], "status": status, "drawn_on": drawn_on,
            "in_window": in_window, "expected_aliquots": want, "collected_aliquots": made,
            "missing_aliquots": max(want - made, 0) if status in DUE else None,
            "deviation": deviation,
            "missed_reason": row["status_reason"] if status == "missed" else None,
        })
    visits = pd.DataFrame.from_records(
        records, columns=[*VISIT_COLUMNS, "participant_status"])
    return visits, pd.DataFrame.from_records(flagged, columns=DEVIATION_COLUMNS)


def _minutes(value: Any) -> int | None:
    if value is None or value != value:  # None or NaN
        return None
    return int(value)


def _counts(group: pd.DataFrame) -> dict[str, Any]:
    due = group[group["status"].isin(DUE)]
    expected = int(due["expected_aliquots"].sum())
    collected_aliquots = int(due["collected_aliquots"].sum())
    collected = int((due["status"] == "collected").sum())
    return {
        "visits_due": len(due),
        "collected": collected,
        "missed": int((due["status"] == "missed").sum()),
        "overdue": int((due["status"] == "overdue").sum()),
        "out_of_window": int((due["in_window"] == False).sum()),  # noqa: E712 - None is not False
        "expected_aliquots": expected,
        "collected_aliquots": collected_aliquots,
        "missing_aliquots": int(due["missing_aliquots"].fillna(0).sum()),
        "completeness_pct": _pct(collected_aliquots, expected),
        "visit_completeness_pct": _pct(collected, len(due)),
        "collections_with_deviations": int(due["deviation"].astype(bool).sum()),
        "open": int((group["status"] == "open").sum()),
    }


def _participants(visits: pd.DataFrame) -> pd.DataFrame:
    records = []
    for (code, site, cohort, status), group in visits.groupby(
            ["code", "site", "cohort", "participant_status"], sort=True):
        records.append({"code": code, "site": site, "cohort": cohort,
                        "participant_status": status, **_counts(group)})
    return pd.DataFrame.from_records(records, columns=PARTICIPANT_COLUMNS)


def _summary(visits: pd.DataFrame) -> pd.DataFrame:
    records = []
    for (site, cohort), group in visits.groupby(["site", "cohort"], sort=True):
        records.append({"site": site, "cohort": cohort,
                        "participants": group["code"].nunique(), **_counts(group)})
    records.append({"site": "Total", "cohort": None, "participants": visits["code"].nunique(),
                    **_counts(visits)})
    return pd.DataFrame.from_records(records, columns=SUMMARY_COLUMNS)


# -- outputs ------------------------------------------------------------------------------------


def write_completeness_xlsx(report: CompletenessReport, target: Path,
                            progress: Progress = no_progress) -> None:
    write_xlsx(target, report.sheets(), progress)


def _scope(report: CompletenessReport, words: pdf.Words = pdf.ENGLISH) -> str:
    parts = [words(QT_TRANSLATE_NOOP("Reports", "site {site}"), site=report.site)
             if report.site else words(QT_TRANSLATE_NOOP("Reports", "all sites")),
             words(QT_TRANSLATE_NOOP("Reports", "cohort {cohort}"), cohort=report.cohort)
             if report.cohort else words(QT_TRANSLATE_NOOP("Reports", "all cohorts"))]
    return ", ".join(parts)


_VISIT_STATUS = {"overdue": QT_TRANSLATE_NOOP("Reports", "overdue"),
                 "open": QT_TRANSLATE_NOOP("Reports", "open")}


def _status(status: str, words: pdf.Words) -> str:
    """A visit's status as a word ("overdue" and "open" are this report's own)."""
    return words(_VISIT_STATUS[status]) if status in _VISIT_STATUS else words.status(status)


def write_completeness_pdf(report: CompletenessReport, target: Path, *, study: str,
                           progress: Progress = no_progress,
                           translate: Translate = pdf.english) -> None:
    """Cover with totals, per site and cohort, missed/overdue visits, deviations,
    per participant (texts through ``translate``: biotrack.reports.pdf.Words); the reasons and
    recorded deviations are printed as stored."""
    words = pdf.Words(translate)
    as_of = words.date(report.as_of)
    frame = pdf.PageFrame(words(QT_TRANSLATE_NOOP("Reports", "{study} - Collection completeness "
                                                  "and deviations, as of {date}"),
                                study=study, date=as_of),
                          report.generated_at, landscape=True, words=words)
    width = pdf.content_width(frame)
    totals = report.totals()
    progress(0, 2)
    missed = words(QT_TRANSLATE_NOOP("Reports", "Missed"))
    overdue = words(QT_TRANSLATE_NOOP("Reports", "Overdue (nothing recorded)"))
    with_deviations = words(QT_TRANSLATE_NOOP("Reports", "Collections with deviations"))
    story: list[Any] = [
        pdf.para(words(QT_TRANSLATE_NOOP("Reports", "Collection completeness and protocol "
                                         "deviations")), "title"),
        pdf.para(words(QT_TRANSLATE_NOOP("Reports", "{study}  -  as of {date}  -  {scope}"),
                       study=study, date=as_of, scope=_scope(report, words)), "subtitle"),
        pdf.para(words(QT_TRANSLATE_NOOP(
            "Reports", "Due visits are those collected, missed, or whose window has passed "
            "(overdue); visits with an open window are not counted yet. Expected aliquots "
            "follow the protocol's samples for the visit. Limits: {centrifugation} min from "
            "draw to centrifugation, {freezing} min from draw to freezing."),
            centrifugation=report.limits.to_centrifugation,
            freezing=report.limits.to_freezing), "small"),
        pdf.spacer(3),
        pdf.key_figures([
            (words(QT_TRANSLATE_NOOP("Reports", "Participants with due visits")),
             totals["participants"]),
            (words(QT_TRANSLATE_NOOP("Reports", "Visits due")), totals["visits_due"]),
            (words(QT_TRANSLATE_NOOP("Reports", "Collected")), totals["collected"]),
            (missed, totals["missed"]),
            (overdue, totals["overdue"]),
            (words(QT_TRANSLATE_NOOP("Reports", "Drawn out of window")), totals["out_of_window"]),
            (words(QT_TRANSLATE_NOOP("Reports", "Aliquots expected / made")),
             f"{totals['expected_aliquots']} / {totals['collected_aliquots']}"),
            (words(QT_TRANSLATE_NOOP("Reports", "Aliquot completeness")),
             f"{words.number(totals['completeness_pct'])} %"),
            (with_deviations, totals["collections_with_deviations"]),
        ], width * 0.45, alert=(missed, overdue, with_deviations), words=words),
    ]
    total_word = words(QT_TRANSLATE_NOOP("Reports", "Total"))
    last = len(report.summary) - 1
    summary_rows = [
        (total_word if index == last else r["site"], r["cohort"] or "", r["participants"],
         r["visits_due"], r["collected"], r["missed"], r["overdue"], r["out_of_window"],
         r["expected_aliquots"], r["collected_aliquots"], words.number(r["completeness_pct"]),
         r["collections_with_deviations"])
        for index, r in enumerate(report.summary.to_dict("records"))
    ]
    code, site, visit = (words(QT_TRANSLATE_NOOP("Reports", "Code")),
                         words(QT_TRANSLATE_NOOP("Reports", "Site")),
                         words(QT_TRANSLATE_NOOP("Reports", "Visit")))
    cohort, collected = (words(QT_TRANSLATE_NOOP("Reports", "Cohort")),
                         words(QT_TRANSLATE_NOOP("Reports", "Collected")))
    overdue_column = words(QT_TRANSLATE_NOOP("Reports", "Overdue"))
    out_of_window = words(QT_TRANSLATE_NOOP("Reports", "Out of window"))
    counts_header = [words(QT_TRANSLATE_NOOP("Reports", "Aliquots exp.")),
                     words(QT_TRANSLATE_NOOP("Reports", "Aliquots made")),
                     words(QT_TRANSLATE_NOOP("Reports", "Complete %")),
                     words(QT_TRANSLATE_NOOP("Reports", "Deviations"))]
    story += pdf.section(words(QT_TRANSLATE_NOOP("Reports", "Per site and cohort")),
                         pdf.data_table(
        [site, cohort, words(QT_TRANSLATE_NOOP("Reports", "Participants")),
         words(QT_TRANSLATE_NOOP("Reports", "Visits due")), collected, missed, overdue_column,
         out_of_window, *counts_header],
        summary_rows, [width / 12] * 12, numeric=tuple(range(2, 12)), bold_last=True,
        words=words))

    gaps = report.visits[report.visits["status"].isin(("missed", "overdue"))
                         | (report.visits["in_window"] == False)]  # noqa: E712
    gap_rows, gaps_cut = pdf.capped([
        (r["code"], r["site"], r["visit"], _status(r["status"], words),
         words.date(r["target_date"]),
         f"{words.date(r['window_start'])} - {words.date(r['window_end'])}",
         words.date(r["drawn_on"]) if isinstance(r["drawn_on"], str) else "",
         words.yes_no(False) if r["in_window"] is False else "",
         r["missed_reason"] or "")
        for r in gaps.to_dict("records")
    ], words=words)
    story += pdf.section(words(QT_TRANSLATE_NOOP("Reports", "Missed, overdue and out-of-window "
                                                 "visits")), pdf.data_table(
        [code, site, visit, words(QT_TRANSLATE_NOOP("Reports", "Status")),
         words(QT_TRANSLATE_NOOP("Reports", "Target")),
         words(QT_TRANSLATE_NOOP("Reports", "Window")),
         words(QT_TRANSLATE_NOOP("Reports", "Drawn on")),
         words(QT_TRANSLATE_NOOP("Reports", "In window")),
         words(QT_TRANSLATE_NOOP("Reports", "Reason"))], gap_rows,
        [w * width for w in (0.11, 0.06, 0.09, 0.08, 0.09, 0.17, 0.09, 0.07, 0.24)],
        wrap=(8,), fit=(3,), words=words),
        *([pdf.para(gaps_cut, "small")] if gaps_cut else []))
    progress(1, 2)

    flag_words = (words(QT_TRANSLATE_NOOP("Reports", "centrifugation late")),
                  words(QT_TRANSLATE_NOOP("Reports", "freezing late")),
                  words(QT_TRANSLATE_NOOP("Reports", "short draw")),
                  words(QT_TRANSLATE_NOOP("Reports", "out of window")))
    deviation_rows, deviations_cut = pdf.capped([
        (r["code"], r["visit"], words.date(str(r["drawn_at"]).replace("T", " ")),
         _cell_minutes(r["minutes_to_centrifugation"]), _cell_minutes(r["minutes_to_freezing"]),
         ", ".join(name for name, flag in zip(flag_words, (
             r["over_centrifugation_limit"], r["over_freezing_limit"], r["short_draw"],
             r["out_of_window"]), strict=True) if flag),
         r["recorded"])
        for r in report.deviations.to_dict("records")
    ], words=words)
    story += pdf.section(words(QT_TRANSLATE_NOOP("Reports", "Pre-analytical and protocol "
                                                 "deviations")), pdf.data_table(
        [code, visit, words(QT_TRANSLATE_NOOP("Reports", "Drawn at")),
         words(QT_TRANSLATE_NOOP("Reports", "Min. to centrif.")),
         words(QT_TRANSLATE_NOOP("Reports", "Min. to freezing")),
         words(QT_TRANSLATE_NOOP("Reports", "Flags")),
         words(QT_TRANSLATE_NOOP("Reports", "Recorded with the draw"))], deviation_rows,
        [w * width for w in (0.10, 0.08, 0.12, 0.09, 0.09, 0.20, 0.32)],
        numeric=(3, 4), wrap=(5, 6), words=words),
        *([pdf.para(deviations_cut, "small")] if deviations_cut else []))

    participant_rows = [
        # English prints the stored value as it always has (lost_to_follow_up).
        (r["code"], r["site"], r["cohort"], r["participant_status"] if words.language == "en"
         else words.status(r["participant_status"]),
         r["visits_due"], r["collected"], r["missed"], r["overdue"], r["out_of_window"],
         r["expected_aliquots"], r["collected_aliquots"], words.number(r["completeness_pct"]),
         r["collections_with_deviations"])
        for r in report.participants.to_dict("records")
    ]
    story += pdf.section(words(QT_TRANSLATE_NOOP("Reports", "Per participant")), pdf.data_table(
        [code, site, cohort, words(QT_TRANSLATE_NOOP("Reports", "Status")),
         words(QT_TRANSLATE_NOOP("Reports", "Due")), collected, missed, overdue_column,
         out_of_window, *counts_header],
        participant_rows, [w * width for w in (0.10, 0.05, 0.06, 0.10, *([0.0766] * 9))],
        numeric=tuple(range(4, 13)), fit=(3,),
        highlight=lambda row: bool(row[6] or row[7]), words=words))
    pdf.build_pdf(target, frame, story, subject=study, title=words(QT_TRANSLATE_NOOP(
        "Reports", "Collection completeness and deviations")))
    progress(2, 2)


def _cell_minutes(value: Any) -> str:
    minutes = _minutes(value)
    return "" if minutes is None else str(minutes)
