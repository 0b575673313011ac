"""Data-logger files (issue 7, point 8): every accepted layout, and a clear refusal with the
line number for every malformed file (nothing is read from a file that does not validate)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biotrack.errors import UserError
from biotrack.templog import parse_logger_file

DATA = Path(__file__).resolve().parents[2] / "data" / "templog"
EXPECTED = [(datetime(2026, 11, 1, 8, 0), -79.5), (datetime(2026, 11, 1, 20, 0), -80.1)]


def read(name: str) -> list[tuple[datetime, float]]:
    parsed = parse_logger_file((DATA / name).read_bytes(), name)
    return [(r.taken_at, r.celsius) for r in parsed.readings]


@pytest.mark.parametrize(("name", "layout", "third"), [
    ("plain.csv", "plain", (datetime(2026, 11, 2, 8, 0, tzinfo=UTC), -78.9)),
    ("easylog.csv", "header-block", (datetime(2026, 11, 2, 8, 0), -64.0)),
    ("easylog_native.csv", "header-block", (datetime(2026, 11, 2, 8, 0), -78.9)),
    ("date_time.csv", "date-time", (datetime(2026, 11, 2, 8, 0), -78.9)),
    ("european.csv", "european", (datetime(2026, 11, 2, 8, 0), -78.9)),
])
def test_each_sample_layout_reads_the_same_readings(name: str, layout: str,
                                                    third: tuple[datetime, float]) -> None:
    parsed = parse_logger_file((DATA / name).read_bytes(), name)
    assert parsed.layout == layout
    assert read(name) == [*EXPECTED, third]


def test_line_numbers_count_the_header_block() -> None:
    parsed = parse_logger_file((DATA / "easylog.csv").read_bytes())
    assert [r.line for r in parsed.readings] == [8, 9, 10]


def test_a_file_without_header_is_read_as_plain() -> None:
    parsed = parse_logger_file(b"2026-11-01T08:00,-79.5\n2026-11-01 20:00,-80\n")
    assert [(r.taken_at.hour, r.celsius) for r in parsed.readings] == [(8, -79.5), (20, -80.0)]
    assert parsed.layout == "plain"


def test_tab_separated_twelve_hour_clock_and_unicode_minus() -> None:
    data = "Date\tTime\tTemp (°C)\n2026-11-01\t8:00 PM\t\u221279.5\n".encode("utf-16")
    (reading,) = parse_logger_file(data).readings
    assert reading.taken_at == datetime(2026, 11, 1, 20, 0)
    assert reading.celsius == -79.5


@pytest.mark.parametrize(("text", "message"), [
    ("timestamp,celsius\n2026-11-01T08:00,-79.5\n2026-11-01T20:00,minus eighty\n",
     "bad.csv, line 3: 'minus eighty' is not a temperature"),
    ("timestamp,celsius\n2026-11-01T08:00,-79.5\n\n2026-13-01T08:00,-80\n",
     "bad.csv, line 4: '2026-13-01T08:00' is not a date and time"),
    ("timestamp,celsius\n2026-11-01T08:00,-79.5\n2026-11-01T08:00,-79.4\n",
     "bad.csv, line 3: 2026-11-01 08:00:00 appears twice (also line 2)"),
    ("timestamp,celsius\n2026-11-01T08:00,-790.5\n",
     "bad.csv, line 2: -790.5 °C is outside the plausible range"),
    ("timestamp,celsius\n2026-11-01T08:00\n", "bad.csv, line 2: expected a time and a"),
    ("Date;Time;Temperature\n01.11.2026;25:00;-80,0\n",
     "bad.csv, line 2: '01.11.2026 25:00' is not a date and time"),
    ("Time,Temperature (°F)\n2026-11-01 08:00,-111.1\n",
     "bad.csv, line 1: temperatures are in Fahrenheit"),
    ("serial,42\nname,freezer\n", "bad.csv: no header naming a time and a temperature"),
    ("timestamp,celsius\n", "bad.csv: no readings below the header"),
    ("\n  \n", "bad.csv: the file is empty"),
])
def test_malformed_files_are_refused_with_the_line(text: str, message: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_logger_file(text.encode(), "bad.csv")
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_sample_file_with_a_bad_line_names_it() -> None:
    with pytest.raises(UserError, match=r"^bad_value.csv, line 3: "):
        read("bad_value.csv")


def test_binary_and_oversized_files_are_refused() -> None:
    with pytest.raises(UserError, match="not a text file"):
        parse_logger_file(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(UserError, match="too large"):
        parse_logger_file(b"x" * 5_000_001)


# -- round trip: readings written in each layout read back the same --------------------------

readings_strategy = st.lists(
    st.tuples(st.integers(min_value=0, max_value=60 * 24 * 365),
              st.integers(min_value=-2000, max_value=600)),
    min_size=1, max_size=40, unique_by=lambda pair: pair[0],
)
START = datetime(2026, 1, 1)


def _write(layout: str, readings: list[tuple[datetime, float]]) -> bytes:
    if layout == "plain":
        lines = ["timestamp,celsius", *(f"{t.isoformat(timespec='minutes')},{c:.1f}"
                                        for t, c in readings)]
        return "\n".join(lines).encode()
    if layout == "header-block":
        lines = ["Logger Name,F1 probe", "Serial Number,123", "", "Index,Time,Celsius(°C),Serial",
                 *(f"{i},{t:%Y-%m-%d %H:%M:%S},{c:.1f}," for i, (t, c) in enumerate(readings))]
        return "\r\n".join(lines).encode("utf-8-sig")
    if layout == "date-time":
        lines = ["Date,Time,Temperature(°C)",
                 *(f"{t:%d/%m/%Y},{t:%H:%M},{c:.1f}" for t, c in readings)]
        return "\n".join(lines).encode()
    lines = ["Datum;Zeit;Temperatur [°C]",
             *(f"{t:%d.%m.%Y};{t:%H:%M:%S};" + f"{c:.1f}".replace(".", ",")
               for t, c in readings)]
    return "\n".join(lines).encode("cp1252")


@settings(max_examples=60, deadline=None)
@given(readings_strategy, st.sampled_from(["plain", "header-block", "date-time", "european"]))
def test_round_trip_in_every_layout(pairs: list[tuple[int, int]], layout: str) -> None:
    readings = [(START + timedelta(minutes=m), tenths / 10) for m, tenths in pairs]
    parsed = parse_logger_file(_write(layout, readings), "generated.csv")
    assert parsed.layout == layout
    assert [(r.taken_at, r.celsius) for r in parsed.readings] == readings
