"""Reading the CSV files that freezer temperature data loggers export: a time and a temperature
per line (issue 7, point 8).

Pure: bytes in, readings out, no database. The service checks the readings against the freezer
and writes them; this module only decides whether the file can be trusted, so that a file that
does not validate as a whole is refused before anything is written.

Accepted layouts (header names are matched without regard to case, spaces, units or
punctuation, so ``Temperature (°C)``, ``Temp [°C]`` and ``temperature_c`` are the same):

- ``plain``: BioTrack's own ``timestamp,celsius`` with ISO 8601 timestamps
  (``2026-11-03T08:00``, ``2026-11-03 08:00:00``, optionally with ``Z`` or ``+01:00``); a file
  without a header whose lines are ``2026-11-03T08:00,-79.5`` is read the same way;
- ``header-block``: exports that start with lines about the device (logger name, serial number,
  start time, ...) before the table, as Lascar EasyLog, Testo ComSoft and ELPRO write them: the
  table starts at the first line (within the first 40) that names a time column and a
  temperature column, e.g. ``Index,Time,Celsius(°C),Serial Number``; other columns are ignored
  (EasyLog's own one-line header ``FREEZER1,Time,Celsius(°C),Serial Number``, whose first cell
  is the logger's name, is read the same way);
- ``date-time``: the date and the time of day in two columns, ``Date,Time,Temperature(°C)``;
- ``european``: the same tables written with ``;`` as separator and a decimal comma
  (``03.11.2026;08:00;-79,5``), as loggers set to a European locale write them (German
  ``Datum;Zeit;Temperatur [°C]`` and Spanish ``Fecha;Hora;Temperatura`` headers are known).

Dates are ISO (``2026-11-03``) or day first (``03/11/2026``, ``03.11.2026``, ``03-11-2026``);
month-first US dates are not accepted because ``03/11`` cannot be told apart from them. Times
are ``HH:MM`` or ``HH:MM:SS``, optionally followed by ``AM``/``PM``. A time without a zone is
the logger's wall-clock time (the PC's local time; the service converts it to UTC).

Refused, with the line number: a line whose time or temperature does not read, a temperature
outside -200..60 °C (no freezer or tank reads that: a wrong unit or a sensor fault), a time that
appears twice, and temperature columns in Fahrenheit (export in °C).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, datetime, time

from biotrack.errors import QT_TRANSLATE_NOOP, UserError

#: The plausible range of a stored reading (the database's CHECK says the same): -200 °C
#: covers liquid-nitrogen tanks, 60 °C is far above any failed freezer.
PLAUSIBLE_C = (-200.0, 60.0)
MAX_BYTES = 5_000_000
HEADER_SEARCH_LINES = 40

_STAMP_NAMES = {"timestamp", "datetime", "dateandtime", "datumzeit", "fechahora", "timedate",
                "recorded", "measuredat", "takenat"}
_DATE_NAMES = {"date", "datum", "fecha", "day"}
_TIME_NAMES = {"time", "zeit", "hora", "uhrzeit", "timeofday"}
_TEMP_PREFIXES = ("temperature", "temperatur", "temp", "celsius", "degc", "value", "reading")
_FAHRENHEIT = re.compile(r"(fahrenheit|°f|degf|\(f\)|\[f\])", re.IGNORECASE)
_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm])?$")
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


@dataclass(frozen=True)
class LoggerReading:
    """One line of a logger file: when (naive = the logger's local time), how cold, where."""

    taken_at: datetime
    celsius: float
    line: int


@dataclass(frozen=True)
class LoggerFile:
    """A validated logger export: its readings in file order and the layout it was read as."""

    readings: tuple[LoggerReading, ...]
    layout: str


@dataclass(frozen=True)
class _Columns:
    """Where a layout keeps its data: one timestamp column, or a date and a time column, the
    temperature column, and the first line of the table (after a device header block)."""

    stamp: int | None
    date: int | None
    time: int | None
    celsius: int
    first_row: int
    layout: str


def _key(name: str) -> str:
    """``Temperature (°C)`` -> ``temperaturec``: letters and digits only, lower case."""
    return re.sub(r"[^a-z0-9]", "", name.strip().lower().replace("°", ""))


def parse_celsius(text: str) -> float:
    """A temperature as loggers write it: ``-79.5``, ``-79,5`` or ``+4``; ValueError if not."""
    value = text.strip().replace("\u2212", "-").replace(" ", "")
    if not _NUMBER.match(value):
        raise ValueError(text)
    return float(value.replace(",", "."))


def parse_date(text: str) -> date:
    value = text.strip()
    match = _DAY_FIRST.match(value)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    return date.fromisoformat(value)


def parse_time(text: str) -> time:
    match = _TIME.match(text.strip())
    if not match:
        raise ValueError(text)
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    meridiem = (match.group(4) or "").lower()
    if meridiem:
        if not 1 <= hour <= 12:
            raise ValueError(text)
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    return time(hour, minute, second)


def parse_timestamp(text: str) -> datetime:
    """An ISO 8601 timestamp, or a day-first date and a time separated by a space."""
    value = text.strip()
    try:
        return datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        pass
    day, _, clock = value.partition(" ")
    if not clock:
        raise ValueError(text)
    return datetime.combine(parse_date(day), parse_time(clock))


def _decode(data: bytes, source: str) -> list[str]:
    if len(data) > MAX_BYTES:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: too large for a logger file "
                                          "({size} bytes)"), source=source, size=len(data))
    for encoding in ("utf-8-sig", "utf-16", "cp1252", "latin-1"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - latin-1 decodes any byte
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: not a text file"), source=source)
    if "\x00" in text:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: not a text file"), source=source)
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: the file is empty"),
                        source=source)
    return lines


def _delimiter(lines: list[str]) -> str:
    """``;`` or tab when the table uses them (European exports), else the comma."""
    sample = [line for line in lines if line.strip()][-20:]
    for candidate in (";", "\t"):
        if sum(candidate in line for line in sample) * 2 > len(sample):
            return candidate
    return ","


def _split(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter), [])


def _header(cells: list[str]) -> tuple[int | None, int | None, int | None, int | None, bool]:
    """(stamp, date, time, celsius columns, fahrenheit seen) named in one row."""
    keys = [_key(cell) for cell in cells]
    fahrenheit = any(_FAHRENHEIT.search(cell) for cell in cells)
    celsius = next((i for i, k in enumerate(keys) if k.startswith(_TEMP_PREFIXES)
                    and not _FAHRENHEIT.search(cells[i]) and not k.endswith("f")), None)
    stamp = next((i for i, k in enumerate(keys) if k in _STAMP_NAMES), None)
    day = next((i for i, k in enumerate(keys) if k in _DATE_NAMES), None)
    clock = next((i for i, k in enumerate(keys) if k in _TIME_NAMES), None)
    return stamp, day, clock, celsius, fahrenheit


def _columns(lines: list[str], delimiter: str, source: str) -> _Columns:
    seen = 0
    fahrenheit_line = None
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        cells = _split(line, delimiter)
        if seen == 1 and len(cells) >= 2:
            try:
                parse_timestamp(cells[0])
                parse_celsius(cells[1])
            except ValueError:
                pass
            else:  # no header: lines of ``timestamp,celsius``
                return _Columns(0, None, None, 1, index, "plain")
        stamp, day, clock, celsius, fahrenheit = _header(cells)
        if fahrenheit and celsius is None and fahrenheit_line is None:
            fahrenheit_line = index + 1
        if celsius is not None and (stamp is not None or day is not None
                                    or clock is not None):
            european = delimiter == ";"
            if day is not None and clock is not None:
                layout = "european" if european else "date-time"
                return _Columns(None, day, clock, celsius, index + 1, layout)
            combined = stamp if stamp is not None else clock if clock is not None else day
            bare = seen == 1 and len([c for c in cells if c.strip()]) == 2
            layout = "european" if european else "plain" if bare else "header-block"
            return _Columns(combined, None, None, celsius, index + 1, layout)
        if seen >= HEADER_SEARCH_LINES:
            break
    if fahrenheit_line is not None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}, line {line}: temperatures are "
                                          "in Fahrenheit; export the logger file in °C"),
                        source=source, line=fahrenheit_line)
    raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: no header naming a time and a "
                                      "temperature column in the first {count} lines (e.g. "
                                      "'timestamp,celsius'; see the accepted layouts in the "
                                      "README)"),
                    source=source, count=HEADER_SEARCH_LINES)


def parse_logger_file(data: bytes, source: str = "logger file") -> LoggerFile:
    """Parse a data-logger export; UserError naming the line for anything malformed."""
    lines = _decode(data, source)
    delimiter = _delimiter(lines)
    cols = _columns(lines, delimiter, source)
    readings: list[LoggerReading] = []
    seen: dict[datetime, int] = {}
    low, high = PLAUSIBLE_C
    for index in range(cols.first_row, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        number = index + 1
        cells = _split(line, delimiter)
        wanted = max(c for c in (cols.stamp, cols.date, cols.time, cols.celsius)
                     if c is not None)
        if len(cells) <= wanted:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}, line {line}: expected a time "
                                              "and a temperature"), source=source, line=number)
        try:
            if cols.stamp is not None:
                taken_at = parse_timestamp(cells[cols.stamp])
            else:
                assert cols.date is not None and cols.time is not None
                taken_at = datetime.combine(parse_date(cells[cols.date]),
                                            parse_time(cells[cols.time]))
        except ValueError:
            shown = (cells[cols.stamp] if cols.stamp is not None else
                     f"{cells[cols.date or 0]} {cells[cols.time or 0]}")
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}, line {line}: '{text}' is not "
                                              "a date and time (use ISO 8601, e.g. "
                                              "2026-11-03T08:00)"),
                            source=source, line=number, text=shown.strip()[:30]) from None
        try:
            celsius = parse_celsius(cells[cols.celsius])
        except ValueError:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}, line {line}: '{text}' is not "
                                              "a temperature in °C"),
                            source=source, line=number,
                            text=cells[cols.celsius].strip()[:20]) from None
        if not low <= celsius <= high:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}, line {line}: {celsius} °C is "
                                              "outside the plausible range {low}..{high} °C"),
                            source=source, line=number, celsius=f"{celsius:g}", low=f"{low:g}",
                            high=f"{high:g}")
        key = taken_at.replace(microsecond=0)
        if key in seen:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}, line {line}: {time} appears "
                                              "twice (also line {other})"),
                            source=source, line=number, time=key.isoformat(sep=" "),
                            other=seen[key])
        seen[key] = number
        readings.append(LoggerReading(key, celsius, number))
    if not readings:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: no readings below the header"),
                        source=source)
    return LoggerFile(tuple(readings), cols.layout)
