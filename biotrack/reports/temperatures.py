"""The temperature part of the monthly inventory (issue 7, point 8): one line per freezer with
its readings, extremes, mean, excursions and days without a reading, and the excursions listed.

Shared by the report (the ``Temperatures`` sheet and a short PDF section) and by
biotrack.services.temperature (the Freezers workspace and the CLI), so both count the same way:

- the month is the UTC month (biotrack.reports.period); a reading counts in the month its UTC
  time falls in;
- an excursion is a reading outside the limits in force at the month's end (rebuilt from the
  audit trail, biotrack.db.temperature), so a past month reads the same whenever it is made;
- a day without a reading is a whole UTC day of the month, already over when the figures are
  made (today does not count until it has ended), with no reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from biotrack.db import temperature as repo
from biotrack.errors import QT_TRANSLATE_NOOP
from biotrack.reports.period import Month, utc_text

if TYPE_CHECKING:
    import pandas as pd

    from biotrack.reports.pdf import Words

SHEET = "Temperatures"
COLUMNS = ["freezer", "readings", "min_c", "max_c", "mean_c", "excursions",
           "days_without_reading", "low_c", "high_c"]
EXCURSION_COLUMNS = ["freezer", "taken_at", "celsius", "low_c", "high_c", "source", "note"]


@dataclass(frozen=True)
class FreezerMonth:
    """One freezer's temperature figures for one month."""

    freezer: str
    readings: int
    min_c: float | None
    max_c: float | None
    mean_c: float | None
    excursions: int
    days_without_reading: int
    limits: repo.Limits

    def row(self) -> tuple[Any, ...]:
        return (self.freezer, self.readings, self.min_c, self.max_c,
                None if self.mean_c is None else round(self.mean_c, 2), self.excursions,
                self.days_without_reading, self.limits.low_c, self.limits.high_c)

    def to_json(self) -> dict[str, Any]:
        return dict(zip(COLUMNS, self.row(), strict=True))


def day_cutoff(month: Month, now: datetime) -> tuple[datetime, int]:
    """(the end of the last whole day to count, how many whole days of the month are over)."""
    today = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    end = max(month.start, min(month.end, today))
    return end, (end - month.start).days


def month_figures(db: Database, month: Month, now: datetime,
                  freezer_ids: list[int] | None = None, *,
                  with_readings: bool = True) -> list[FreezerMonth]:
    """The figures of every freezer, by freezer code; with ``freezer_ids``, of those freezers
    and (``with_readings``) of any other that has a reading in the month: it plainly existed
    then, even if the inventory does not count it as present."""
    start, end = utc_text(month.start), utc_text(month.end)
    days_end, days = day_cutoff(month, now)
    found = []
    for freezer in repo.freezers(db):
        if freezer_ids is not None and freezer["id"] not in freezer_ids and not with_readings:
            continue
        limits = repo.limits_at(db, freezer, end)
        row = repo.month_figures(db, freezer["id"], start, end, limits, utc_text(days_end))
        if freezer_ids is not None and freezer["id"] not in freezer_ids and not row["readings"]:
            continue
        found.append(FreezerMonth(
            freezer["code"], int(row["readings"]), row["min_c"], row["max_c"], row["mean_c"],
            int(row["excursions"]), days - int(row["days_with_reading"]), limits))
    return found


def excursions(db: Database, month: Month, figures: list[FreezerMonth]) -> list[dict[str, Any]]:
    """Every excursion of the month, by freezer then time (limits as in ``figures``)."""
    ids = {f["code"]: int(f["id"]) for f in repo.freezers(db)}
    bands = {ids[f.freezer]: f.limits for f in figures if f.excursions}
    found = []
    for row in repo.excursions_between(db, utc_text(month.start), utc_text(month.end), bands):
        band = next(f.limits for f in figures if f.freezer == row["freezer"])
        taken = datetime.fromisoformat(row["taken_at"]).astimezone(UTC)
        found.append({"freezer": row["freezer"], "taken_at": taken.strftime("%Y-%m-%dT%H:%MZ"),
                      "celsius": row["celsius"], "low_c": band.low_c, "high_c": band.high_c,
                      "source": row["source"], "note": row["note"]})
    return found


# -- the report's parts -------------------------------------------------------------------------


def sheet(figures: list[FreezerMonth]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame.from_records([f.row() for f in figures], columns=COLUMNS)


def excursion_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame.from_records(rows, columns=EXCURSION_COLUMNS)


def pdf_section(figures: pd.DataFrame, found: pd.DataFrame, width: float,
                words: Words | None = None) -> list[Any]:
    """A short PDF section: the per-freezer table and the excursions (at most 500 rows)."""
    from biotrack.reports import pdf

    words = words or pdf.ENGLISH

    def limits(low: float, high: float) -> str:
        return f"{words.decimals(f'{low:g}')} .. {words.decimals(f'{high:g}')}"

    rows = [(r.freezer, r.readings, r.min_c, r.max_c, r.mean_c, limits(r.low_c, r.high_c),
             r.excursions, r.days_without_reading) for r in figures.itertuples(index=False)]
    freezer = words(QT_TRANSLATE_NOOP("Reports", "Freezer"))
    limits_c = words(QT_TRANSLATE_NOOP("Reports", "Limits °C"))
    table = pdf.data_table(
        [freezer, words(QT_TRANSLATE_NOOP("Reports", "Readings")),
         words(QT_TRANSLATE_NOOP("Reports", "Min °C")),
         words(QT_TRANSLATE_NOOP("Reports", "Max °C")),
         words(QT_TRANSLATE_NOOP("Reports", "Mean °C")), limits_c,
         words(QT_TRANSLATE_NOOP("Reports", "Excursions")),
         words(QT_TRANSLATE_NOOP("Reports", "Days without"))], rows,
        [w * width for w in (0.14, 0.11, 0.11, 0.11, 0.11, 0.16, 0.12, 0.14)],
        numeric=(1, 2, 3, 4, 6, 7), highlight=lambda row: bool(row[6]) or bool(row[7]),
        words=words)
    listed, cut = pdf.capped([(r.freezer, words.date(r.taken_at), r.celsius,
                               limits(r.low_c, r.high_c), r.source,
                               r.note if isinstance(r.note, str) else "")
                              for r in found.itertuples(index=False)], words=words)
    parts: list[Any] = [table, pdf.spacer(2)]
    if len(found):
        parts += [pdf.para(words(QT_TRANSLATE_NOOP("Reports", "Excursions (readings outside "
                                                   "the alarm limits)")), "h2"),
                  pdf.data_table([freezer, words(QT_TRANSLATE_NOOP("Reports", "Taken at (UTC)")),
                                  "°C", limits_c, words(QT_TRANSLATE_NOOP("Reports", "Source")),
                                  words(QT_TRANSLATE_NOOP("Reports", "Note"))], listed,
                                 [w * width for w in (0.12, 0.2, 0.1, 0.16, 0.1, 0.32)],
                                 numeric=(2,), wrap=(5,), words=words)]
    note = words(QT_TRANSLATE_NOOP(
        "Reports", "Excursions are readings outside the limits in force at the end of the "
        "month (set point +/- 10 °C unless a manager set them). A day without a reading is a "
        "whole UTC day of the month, already over, with no reading."))
    parts += [pdf.spacer(1), pdf.para(f"{cut} {note}".strip(), "small")]
    return pdf.section(words(QT_TRANSLATE_NOOP("Reports", "Freezer temperatures")), *parts)
