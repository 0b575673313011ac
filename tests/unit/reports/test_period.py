"""Month boundaries: UTC months, and the same instants in local wall-clock text."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from biotrack.errors import UserError
from biotrack.reports.period import Month, local_to_utc

MADRID = ZoneInfo("Europe/Madrid")


def test_a_month_is_a_utc_calendar_month() -> None:
    month = Month.parse("2026-10")
    assert (month.label, month.title) == ("2026-10", "October 2026")
    assert month.start == datetime(2026, 10, 1, tzinfo=UTC)
    assert month.end == datetime(2026, 11, 1, tzinfo=UTC)
    assert Month.parse("2026-12").end == datetime(2027, 1, 1, tzinfo=UTC)


def test_cutoffs_are_written_as_the_database_writes_times() -> None:
    cutoffs = Month.parse("2026-10").cutoffs(MADRID)
    assert cutoffs.start_utc == "2026-10-01T00:00:00+00:00"
    assert cutoffs.end_utc == "2026-11-01T00:00:00+00:00"
    # Madrid is UTC+2 on 1 October (summer time) and UTC+1 on 1 November.
    assert cutoffs.start_local == "2026-10-01T02:00"
    assert cutoffs.end_local == "2026-11-01T01:00"


def test_a_stored_local_time_compares_with_the_local_cutoff_text() -> None:
    cutoffs = Month.parse("2026-10").cutoffs(MADRID)
    # Frozen at 00:30 local on 1 November = 23:30 UTC on 31 October: still October.
    assert cutoffs.end_local > "2026-11-01T00:30"
    assert local_to_utc("2026-11-01T00:30", MADRID) == datetime(2026, 10, 31, 23, 30,
                                                                tzinfo=UTC)
    # Seconds in a stored time still order correctly against the minute-precision cutoff.
    assert cutoffs.end_local < "2026-11-01T01:00:30"


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026-1", "Oct-2026", "", "1999-12"])
def test_bad_months_are_refused(text: str) -> None:
    with pytest.raises(UserError, match="not a month"):
        Month.parse(text)
