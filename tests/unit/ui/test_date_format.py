"""Dates on screen in the locale's short format, always with a four-digit year.

The database keeps ISO 8601; biotrack.ui.i18n.format_date/format_datetime turn a stored date
into what the person reads: 25/11/2026 in Spanish and British English (CLDR's Spanish short
format would say 25/11/26), the month first in American English.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale

from biotrack.ui.i18n import date_pattern, format_date, format_datetime


@pytest.mark.parametrize(("locale", "expected"), [
    ("es_ES", "05/03/2026"),
    ("en_GB", "05/03/2026"),
    ("en_US", "03/05/2026"),
    ("de_DE", "05.03.2026"),
    ("C", "05/03/2026"),  # no language installed yet: British English
])
def test_format_date(locale: str, expected: str) -> None:
    assert format_date(date(2026, 3, 5), QLocale(locale)) == expected


def test_format_date_none_is_empty() -> None:
    assert format_date(None) == ""
    assert format_datetime(None) == ""


def test_format_datetime_naive_is_local_time() -> None:
    assert format_datetime(datetime(2026, 11, 3, 9, 10), QLocale("en_GB")) == "03/11/2026 09:10"
    assert format_datetime(datetime(2026, 11, 3, 9, 10), QLocale("es_ES")) == "03/11/2026 9:10"


def test_format_datetime_aware_is_shown_in_local_time() -> None:
    moment = datetime(2026, 11, 3, 23, 30, tzinfo=UTC)
    local = moment.astimezone()
    shown = format_datetime(moment, QLocale("en_GB"))
    assert shown == f"{local:%d/%m/%Y %H:%M}"
    other = datetime(2026, 11, 3, 23, 30, tzinfo=timezone(timedelta(hours=5)))
    assert format_datetime(other, QLocale("en_GB")) == f"{other.astimezone():%d/%m/%Y %H:%M}"


def test_the_default_locale_is_used() -> None:
    QLocale.setDefault(QLocale("es_ES"))
    try:
        assert date_pattern() == "dd/MM/yyyy"
        assert format_date(date(2026, 11, 25)) == "25/11/2026"
    finally:
        QLocale.setDefault(QLocale.system())


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
       st.sampled_from(["es_ES", "en_GB", "en_US", "es_MX", "de_DE", "fr_FR"]))
def test_shown_dates_read_back_to_the_same_day(day: date, name: str) -> None:
    """No information is lost on screen: four-digit year, the day read back unchanged."""
    locale = QLocale(name)
    shown = format_date(day, locale)
    assert str(day.year) in shown
    back = locale.toDate(shown, date_pattern(locale))
    assert back == QDate(day.year, day.month, day.day)


@pytest.mark.parametrize(("locale", "month", "moment"), [
    ("es_ES", "MM/yyyy", "dd/MM/yyyy HH:mm"),
    ("en_US", "MM/yyyy", "MM/dd/yyyy HH:mm"),
    ("de_DE", "MM.yyyy", "dd.MM.yyyy HH:mm"),
    ("sv_SE", "yyyy-MM", "yyyy-MM-dd HH:mm"),
])
def test_entry_field_patterns_follow_the_locale(locale: str, month: str, moment: str) -> None:
    """Month and date-time fields read like the dates shown beside them; time 24-hour."""
    from biotrack.ui.i18n import datetime_pattern, month_pattern

    assert month_pattern(QLocale(locale)) == month
    assert datetime_pattern(QLocale(locale)) == moment


def test_a_date_field_reads_back_what_it_shows_in_spanish(qapp) -> None:  # type: ignore[no-untyped-def]
    """The form dialogs' date field, in Spanish, shows dd/MM/yyyy and keeps the date."""
    from biotrack.ui.dialogs.form_dialog import date_edit

    previous = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    try:
        edit = date_edit(QDate(2026, 3, 5))
        assert edit.text() == "05/03/2026"
        assert edit.date() == QDate(2026, 3, 5)
    finally:
        QLocale.setDefault(previous)


def test_decimals_follow_the_screen_language(qapp, spanish) -> None:  # type: ignore[no-untyped-def]
    """A Spanish screen writes -80,5 °C and 17,7 %; the digits and rounding stay the same."""
    from biotrack.ui.i18n import format_decimal, format_number

    assert format_decimal(-80.46) == "-80,5"
    assert format_decimal(1234.5) == "1234,5"  # no thousands separator in a measurement
    assert format_number(-80.0) == "-80" and format_number(-66.5) == "-66,5"


def test_decimals_in_english_are_pythons_text() -> None:
    from biotrack.ui.i18n import format_decimal, format_number

    assert format_decimal(-80.46) == "-80.5" and format_number(-66.5) == "-66.5"


def test_history_times_are_written_as_the_screen_writes_dates(qapp, spanish) -> None:  # type: ignore[no-untyped-def]
    from biotrack.ui.widgets.storage_models import local_time

    local = datetime(2026, 6, 1, 12, 35).astimezone()
    assert local_time(local.astimezone(UTC).isoformat()) == "01/06/2026 12:35"
    assert local_time("not a time") == "not a time"


def test_dates_inside_a_service_sentence_are_written_as_the_screen_writes_them() -> None:
    """Services put ISO dates in their sentences (the CLI and stored deviations keep ISO); on
    screen error_text writes them day-first, nested Messages too; other values untouched."""
    from biotrack.errors import Message, UserError
    from biotrack.ui.i18n import error_text

    window = Message("drawn out of window ({start} to {end})", start="2026-11-29",
                     end=date(2026, 12, 5))
    assert str(window) == "drawn out of window (2026-11-29 to 2026-12-05)"
    assert error_text(window) == "drawn out of window (29/11/2026 to 05/12/2026)"
    future = UserError("draw time {at} is in the future", at="2026-11-26 09:00")
    assert error_text(future) == "draw time 26/11/2026 09:00 is in the future"
    listed = Message("{parts}", parts=[window, Message("box {path}", path="F1/S1/R1/B1")])
    assert error_text(listed) == ("drawn out of window (29/11/2026 to 05/12/2026); "
                                  "box F1/S1/R1/B1")
    assert error_text(Message("month {m}, code {c}", m="2026-10", c="2026-02-31")) == (
        "month 2026-10, code 2026-02-31")


def test_a_stored_utc_moment_inside_a_sentence_is_local_time_to_the_minute() -> None:
    from biotrack.errors import Message
    from biotrack.ui.i18n import error_text

    stored = "2026-11-26T08:50:00Z"
    local = format_datetime(datetime(2026, 11, 26, 8, 50, tzinfo=UTC))
    assert error_text(Message("plan made at {made}", made=stored)) == f"plan made at {local}"
