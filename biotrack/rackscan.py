"""Reading the CSV files that 2D rack scanners export: position + tube barcode per line.

Accepted layouts (header names are matched without regard to case, spaces or underscores):

- plain BioTrack: ``position,barcode`` (positions like ``A1`` or ``A01``) — always works;
- Ziath DataPaq: ``Tube Position`` / ``Position`` and ``Tube Barcode`` / ``Barcode``, with
  optional columns such as ``Rack Barcode``, ``Date``, ``Time`` that are ignored;
- FluidX / Brooks (IntelliCode, Perception): ``Position`` / ``Location`` and ``TubeCode`` /
  ``Tube ID``, or a header-less file whose lines are ``A01, 1234567890``;
- Micronic (code readers): ``Well`` / ``Pos`` and ``Code`` / ``Tube``.

Separators may be commas, semicolons or tabs. Empty wells (an empty cell, ``NO TUBE``,
``EMPTY``) are skipped; unreadable ones (``NO READ``, ``NOREAD``, ``ERROR``) are reported
with their line. Any malformed line makes the whole file refused with its line number, so
nothing is written from a file that did not validate.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from biotrack.errors import QT_TRANSLATE_NOOP, UserError

_POSITION_NAMES = {"position", "tubeposition", "pos", "well", "location", "wellposition",
                   "coordinate"}
_BARCODE_NAMES = {"barcode", "tubebarcode", "tubecode", "tubeid", "code", "tube", "sampleid",
                  "2dbarcode"}
_EMPTY = {"", "notube", "empty", "no tube", "none"}
_UNREADABLE = {"noread", "no read", "error", "unreadable", "failed"}
_POSITION = re.compile(r"^[A-Za-z]\d{1,2}$")
MAX_BYTES = 1_000_000


@dataclass(frozen=True)
class RackScan:
    """What a scanner file says is in the box: (position, barcode) pairs, and unread wells."""

    tubes: tuple[tuple[str, str], ...]
    unreadable: tuple[str, ...]


def _key(name: str) -> str:
    return re.sub(r"[\s_\-]", "", name.strip().lower())


def parse_rack_scan(data: bytes, source: str = "scan file") -> RackScan:
    """Parse a rack-scanner export; UserError naming the line for anything malformed."""
    if len(data) > MAX_BYTES:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: too large for a rack scan "
                                          "({size} bytes)"), source=source, size=len(data))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("latin-1")
        except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes any byte
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: not a text file"),
                            source=source) from None
    if "\x00" in text:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: not a text file"), source=source)
    lines = [line for line in text.splitlines()]
    if not any(line.strip() for line in lines):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: the file is empty"),
                        source=source)
    try:
        dialect = csv.Sniffer().sniff(next(line for line in lines if line.strip()),
                                      delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    position_col, barcode_col, first = _columns(rows, source)
    tubes: list[tuple[str, str]] = []
    unreadable: list[str] = []
    seen_positions: dict[str, int] = {}
    for index in range(first, len(rows)):
        row = rows[index]
        number = index + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(position_col, barcode_col):
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}, line {line}: expected a "
                                              "position and a barcode"),
                            source=source, line=number)
        position = row[position_col].strip().upper()
        barcode = row[barcode_col].strip()
        if not _POSITION.match(position):
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}, line {line}: '{position}' is "
                                              "not a position (e.g. A1 or A01)"),
                            source=source, line=number, position=position[:20])
        position = f"{position[0]}{int(position[1:])}"
        if position in seen_positions:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}, line {line}: position "
                                              "{position} appears twice (also line {other})"),
                            source=source, line=number, position=position,
                            other=seen_positions[position])
        seen_positions[position] = number
        if barcode.lower() in _EMPTY:
            continue
        if barcode.lower() in _UNREADABLE:
            unreadable.append(position)
            continue
        if len(barcode) > 64 or not barcode.isprintable():
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}, line {line}: '{barcode}' is "
                                              "not a tube barcode"),
                            source=source, line=number, barcode=barcode[:20])
        tubes.append((position, barcode))
    return RackScan(tuple(tubes), tuple(unreadable))


def _columns(rows: list[list[str]], source: str) -> tuple[int, int, int]:
    """(position column, barcode column, first data row) from the header, or 0/1/0 when the
    file has no header (lines like ``A01, BT00000013``)."""
    for index, row in enumerate(rows):
        if not any(cell.strip() for cell in row):
            continue
        keys = [_key(cell) for cell in row]
        position = next((i for i, k in enumerate(keys) if k in _POSITION_NAMES), None)
        barcode = next((i for i, k in enumerate(keys) if k in _BARCODE_NAMES), None)
        if position is not None and barcode is not None:
            return position, barcode, index + 1
        if row and _POSITION.match(row[0].strip()):
            return 0, 1, index
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "{source}, line {line}: no 'position' and 'barcode' "
                              "columns (see the accepted layouts in the README)"),
            source=source, line=index + 1,
        )
    raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: the file is empty"), source=source)
