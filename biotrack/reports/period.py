"""Reporting periods and how their boundaries are written in the stored timestamps.

Decision (docs/reports/README.md): a month ``YYYY-MM`` is the UTC month, from the first day
00:00 UTC (inclusive) to the first day of the next month 00:00 UTC (exclusive). UTC because
every recorded event (movement, registration, audit) is stored in UTC, so the cutoff is one
fixed instant whatever the PC's time zone or daylight-saving state: a past month always
reads the same. Collection times (frozen-at) are local wall-clock times; they are compared
with the same instant written in the PC's local time (``tz`` overrides it, for tests).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from biotrack.db.reporting import Cutoffs
from biotrack.errors import QT_TRANSLATE_NOOP, UserError

_MONTH = re.compile(r"^\s*(\d{4})-(\d{2})\s*$")


def utc_text(instant: datetime) -> str:
    """An instant as the database stores UTC times: ``2026-10-01T00:00:00+00:00``."""
    return instant.astimezone(UTC).isoformat(timespec="seconds")


def local_text(instant: datetime, tz: tzinfo | None = None) -> str:
    """An instant as local wall-clock text like collection times: ``2026-10-01T02:00``."""
    local = instant.astimezone(tz) if tz is not None else instant.astimezone()
    return local.replace(tzinfo=None).isoformat(timespec="minutes")


def local_to_utc(text: str, tz: tzinfo | None = None) -> datetime:
    """A stored local wall-clock time (naive ISO) as a UTC instant."""
    naive = datetime.fromisoformat(text)
    if naive.tzinfo is not None:
        return naive.astimezone(UTC)
    aware = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return aware.astimezone(UTC)


@dataclass(frozen=True)
class Month:
    """A calendar month, reported as of its end (see the module doc for the boundaries)."""

    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        match = _MONTH.match(text or "")
        if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 2000:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "'{text}' is not a month (use YYYY-MM, "
                                              "e.g. 2026-10)"), text=(text or "")[:20])
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, instant: datetime) -> Month:
        utc = instant.astimezone(UTC)
        return cls(utc.year, utc.month)

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def title(self) -> str:
        return datetime(self.year, self.month, 1).strftime("%B %Y")

    @property
    def start(self) -> datetime:
        return datetime(self.year, self.month, 1, tzinfo=UTC)

    @property
    def end(self) -> datetime:
        year, month = (self.year + 1, 1) if self.month == 12 else (self.year, self.month + 1)
        return datetime(year, month, 1, tzinfo=UTC)

    def cutoffs(self, tz: tzinfo | None = None) -> Cutoffs:
        return Cutoffs(
            start_utc=utc_text(self.start), end_utc=utc_text(self.end),
            start_local=local_text(self.start, tz), end_local=local_text(self.end, tz),
        )
