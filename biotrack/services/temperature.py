"""The freezer temperature log (issue 7, point 8): readings typed in or imported from a data
logger, alarm limits per freezer, and excursions flagged.

Rules, for every front (CLI, GUI):

- a reading belongs to one freezer at one instant (stored in UTC; a time without a zone is the
  PC's local wall-clock time); it must lie in -200..60 °C (biotrack.templog.PLAUSIBLE_C) and
  not in the future (a few minutes of clock drift allowed);
- technicians and managers record readings (permission ``storage``); only a manager sets the
  alarm limits, because the limits decide what the monthly report calls an excursion;
- an import is all or nothing: the file must validate as a whole (biotrack.templog); a reading
  that repeats a stored one (same freezer, same time, same value) is skipped and counted, so the
  same logger file can be imported again after more days were added to it; the same time with a
  different value is refused, naming the file's line;
- an excursion is a reading below the low or above the high limit (set point +/- 10 °C until a
  manager sets them); every write is one transaction with its audit event (session.change).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from biotrack.db import temperature as repo
from biotrack.db.temperature import Limits
from biotrack.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, PermissionDenied, UserError
from biotrack.models import User
from biotrack.reports import Progress, no_progress
from biotrack.reports.period import Month, utc_text
from biotrack.reports.temperatures import FreezerMonth, month_figures
from biotrack.services.context import Session, change
from biotrack.services.permissions import MANAGER, allowed
from biotrack.services.validation import optional_text
from biotrack.templog import PLAUSIBLE_C, LoggerFile, parse_logger_file

FUTURE_TOLERANCE = timedelta(minutes=5)
LIMITS_RANGE = (-200.0, 60.0)

__all__ = ["PLAUSIBLE_C", "FreezerMonth", "ImportResult", "Limits", "LoggerFile", "Month",
           "MonthLog", "Reading", "add_reading", "freezer_codes", "import_file",
           "import_parsed", "limits", "may_record", "may_set_limits", "month_log",
           "month_summary", "read_file", "set_limits"]


@dataclass(frozen=True)
class Reading:
    """One stored reading, flagged when it lies outside the freezer's limits."""

    id: int
    freezer: str
    taken_at: datetime
    celsius: float
    source: str
    user: str | None
    note: str | None
    excursion: bool

    def to_json(self) -> dict[str, Any]:
        return {"freezer": self.freezer, "taken_at": utc_text(self.taken_at),
                "celsius": self.celsius, "source": self.source, "user": self.user,
                "note": self.note, "excursion": self.excursion}


@dataclass(frozen=True)
class MonthLog:
    """A freezer's readings in one month with the limits they were judged against."""

    freezer: str
    month: Month
    limits: Limits
    readings: list[Reading]
    figures: FreezerMonth

    def to_json(self) -> dict[str, Any]:
        return {"freezer": self.freezer, "month": self.month.label,
                "low_c": self.limits.low_c, "high_c": self.limits.high_c,
                "default_limits": self.limits.default, "summary": self.figures.to_json(),
                "readings": [r.to_json() for r in self.readings]}


@dataclass(frozen=True)
class ImportResult:
    """What an import did: readings added, repeats skipped, the layout the file was read as."""

    freezer: str
    source: str
    layout: str
    added: int
    skipped: int
    excursions: int

    def to_json(self) -> dict[str, Any]:
        return {"freezer": self.freezer, "file": self.source, "layout": self.layout,
                "added": self.added, "skipped": self.skipped, "excursions": self.excursions}


def may_record(user: User) -> bool:
    return allowed(user, "storage")


def may_set_limits(user: User) -> bool:
    return user.active and user.role == MANAGER


def freezer_codes(session: Session) -> list[str]:
    return [str(f["code"]) for f in repo.freezers(session.db)]


def _freezer(session: Session, code: str) -> dict[str, Any]:
    text = (code or "").strip()
    found = repo.freezer(session.db, text) or repo.freezer(session.db, text.upper())
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no freezer with code '{code}'"),
                       code=text[:20])
    return found


def to_utc(value: datetime) -> datetime:
    """A reading's time as UTC; a time without a zone is the PC's local wall-clock time."""
    aware = value if value.tzinfo is not None else value.astimezone()
    return aware.astimezone(UTC).replace(microsecond=0)


def _check_celsius(celsius: float) -> float:
    low, high = PLAUSIBLE_C
    if isinstance(celsius, bool) or not isinstance(celsius, int | float) or celsius != celsius:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "'{value}' is not a temperature"),
                        value=str(celsius)[:20])
    if not low <= celsius <= high:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{value} °C is outside the plausible "
                                          "range {low}..{high} °C (a wrong unit or a sensor "
                                          "fault?)"),
                        value=f"{celsius:g}", low=f"{low:g}", high=f"{high:g}")
    return float(celsius)


def _check_time(session: Session, taken_at: datetime, source: str = "",
                line: int = 0) -> datetime:
    """The reading's time as UTC, refused when in the future (with the file's line if any)."""
    utc = to_utc(taken_at)
    if utc > session.now().astimezone(UTC) + FUTURE_TOLERANCE:
        if source:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}, line {line}: the reading "
                                              "time {time} UTC is in the future"),
                            source=source, line=line, time=f"{utc:%Y-%m-%d %H:%M}")
        raise UserError(QT_TRANSLATE_NOOP("Messages", "the reading time {time} UTC is in the "
                                          "future"), time=f"{utc:%Y-%m-%d %H:%M}")
    return utc


# -- writes -------------------------------------------------------------------------------------


def add_reading(session: Session, freezer_code: str, celsius: float,
                at: datetime | None = None, note: str | None = None) -> Reading:
    """Record one reading typed in by a person (time default: now)."""
    freezer = _freezer(session, freezer_code)
    value = _check_celsius(celsius)
    taken = _check_time(session, at or session.now())
    text = optional_text(note, "note", 500)
    stamp = utc_text(taken)
    with change(session, "storage") as rec:
        existing = repo.readings_at(session.db, freezer["id"], [stamp])
        if stamp in existing:
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "freezer {code} already has a reading "
                                             "at {time} UTC ({value} °C)"),
                           code=freezer["code"], time=f"{taken:%Y-%m-%d %H:%M}",
                           value=f"{existing[stamp]:g}")
        reading_id = repo.insert_reading(session.db, {
            "freezer_id": freezer["id"], "taken_at": stamp, "celsius": value,
            "source": "manual", "user_id": session.user.id or None, "note": text,
            "recorded_at": session.now_iso()})
        rec.record("temperature.add", "temperature_reading", reading_id, after={
            "freezer": freezer["code"], "taken_at": stamp, "celsius": value, "note": text})
    limits = repo.limits_at(session.db, freezer, utc_text(Month.of(taken).end))
    return Reading(reading_id, freezer["code"], taken, value, "manual", session.user.username,
                   text, limits.outside(value))


def import_file(session: Session, freezer_code: str, data: bytes,
                source: str = "logger file", progress: Progress = no_progress) -> ImportResult:
    """Parse a data-logger export and store its readings: all of them or none."""
    return import_parsed(session, freezer_code, parse_logger_file(data, source), source,
                         progress)


def read_file(path: Path) -> LoggerFile:
    """Read and validate a logger file, writing nothing (the GUI runs this in a worker)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "cannot read {path}: {reason}"),
                        path=path.name, reason=exc.strerror) from None
    return parse_logger_file(data, path.name)


def import_parsed(session: Session, freezer_code: str, parsed: LoggerFile, source: str,
                  progress: Progress = no_progress) -> ImportResult:
    """Store a validated logger file (the GUI parses it in a worker, then calls this)."""
    freezer = _freezer(session, freezer_code)
    total = len(parsed.readings)
    stamps = []
    for reading in parsed.readings:
        taken = _check_time(session, reading.taken_at, source, reading.line)
        stamps.append(utc_text(taken))
    if len(set(stamps)) != len(stamps):
        seen: dict[str, int] = {}
        for stamp, reading in zip(stamps, parsed.readings, strict=True):
            if stamp in seen:  # two local times that are one UTC instant (clocks going back)
                raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}, line {line}: the same "
                                                  "instant as line {other} (a daylight-saving "
                                                  "change?); give UTC offsets"),
                                source=source, line=reading.line, other=seen[stamp])
            seen[stamp] = reading.line
    progress(0, total)
    with change(session, "storage") as rec:
        stored = repo.readings_at(session.db, freezer["id"], stamps)
        records = []
        skipped = 0
        for stamp, reading in zip(stamps, parsed.readings, strict=True):
            if stamp in stored:
                if abs(stored[stamp] - reading.celsius) < 1e-9:
                    skipped += 1
                    continue
                raise Conflict(QT_TRANSLATE_NOOP("Messages", "{source}, line {line}: freezer "
                                                 "{code} already has {stored} °C at {time} UTC, "
                                                 "the file says {value} °C; nothing was "
                                                 "imported"),
                               source=source, line=reading.line, code=freezer["code"],
                               stored=f"{stored[stamp]:g}", time=stamp[:16],
                               value=f"{reading.celsius:g}")
            records.append({"freezer_id": freezer["id"], "taken_at": stamp,
                            "celsius": reading.celsius, "source": "logger",
                            "user_id": session.user.id or None, "note": None,
                            "recorded_at": session.now_iso()})
        repo.insert_readings(session.db, records)
        progress(total // 2, total)
        bands: dict[str, Limits] = {}  # per month: the limits the report will judge by
        excursions = 0
        for record in records:
            period = Month.of(datetime.fromisoformat(record["taken_at"]))
            if period.label not in bands:
                bands[period.label] = repo.limits_at(session.db, freezer, utc_text(period.end))
            excursions += bands[period.label].outside(record["celsius"])
        rec.record("temperature.import", "freezer", freezer["code"], after={
            "file": source, "layout": parsed.layout, "added": len(records),
            "skipped": skipped, "first": stamps[0], "last": stamps[-1]})
    progress(total, total)
    return ImportResult(freezer["code"], source, parsed.layout, len(records), skipped,
                        excursions)


def set_limits(session: Session, freezer_code: str, low_c: float, high_c: float) -> Limits:
    """Set a freezer's alarm band (manager only; audited with the old and new values)."""
    if not may_set_limits(session.user):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Messages", "{user} ({role}) may not set "
                                                 "alarm limits (managers only)"),
                               user=session.user.username, role=session.user.role)
    freezer = _freezer(session, freezer_code)
    low, high = LIMITS_RANGE
    refusals = (
        (low_c, QT_TRANSLATE_NOOP("Messages", "the low limit must be a temperature between "
                                  "{low} and {high} °C, not {value}")),
        (high_c, QT_TRANSLATE_NOOP("Messages", "the high limit must be a temperature between "
                                   "{low} and {high} °C, not {value}")))
    for value, refusal in refusals:
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value \
                or not low <= value <= high:
            raise UserError(refusal, low=f"{low:g}", high=f"{high:g}", value=repr(value))
    if not low_c < high_c:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "the low limit ({low} °C) must be below "
                                          "the high limit ({high} °C)"),
                        low=f"{low_c:g}", high=f"{high_c:g}")
    with change(session, "storage_layout") as rec:
        before = repo.current_limits(session.db, freezer)
        repo.set_limits(session.db, freezer["id"], float(low_c), float(high_c))
        rec.record(repo.LIMITS_ACTION, repo.LIMITS_TABLE, freezer["code"],
                   before=None if before.default else {"low_c": before.low_c,
                                                       "high_c": before.high_c},
                   after={"low_c": float(low_c), "high_c": float(high_c)})
    return Limits(float(low_c), float(high_c))


# -- reads --------------------------------------------------------------------------------------


def limits(session: Session, freezer_code: str) -> Limits:
    return repo.current_limits(session.db, _freezer(session, freezer_code))


def month_log(session: Session, freezer_code: str, month: str | Month | None = None) -> MonthLog:
    """A freezer's readings in a month (default: this month), each flagged for excursion."""
    freezer = _freezer(session, freezer_code)
    period = month if isinstance(month, Month) else (
        Month.parse(month) if month else Month.of(session.now()))
    end = utc_text(period.end)
    band = repo.limits_at(session.db, freezer, end)
    readings = [
        Reading(int(r["id"]), freezer["code"],
                datetime.fromisoformat(r["taken_at"]).astimezone(UTC), float(r["celsius"]),
                r["source"], r["user"], r["note"], band.outside(float(r["celsius"])))
        for r in repo.readings_between(session.db, freezer["id"], utc_text(period.start), end)
    ]
    (figures,) = month_figures(session.db, period, session.now(), [freezer["id"]],
                               with_readings=False)
    return MonthLog(freezer["code"], period, band, readings, figures)


def month_summary(session: Session, month: str | Month) -> list[FreezerMonth]:
    """Every freezer's figures for a month, as the monthly inventory report shows them."""
    period = month if isinstance(month, Month) else Month.parse(month)
    return month_figures(session.db, period, session.now())
