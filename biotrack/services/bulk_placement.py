"""Placing a whole box from a rack-scanner file (issue 7, point 2).

A new box is filled at the bench and read on the rack scanner; its file says which tube sits
at which position. Placing the tubes one by one would take a scan each and could stop half
way, so the whole file is checked first and every problem is listed in one message, with its
line when the file gives one: an unknown or malformed barcode, a barcode listed twice, a tube
that is already placed elsewhere or has left the freezer, a tube of the wrong type for the
box, a position outside the box or already holding another tube, a well the scanner could not
read. Nothing is written unless the whole file is right; then every tube is placed in one
transaction (``storage.move_together``: a movement and an audit event per tube) with one
summary event. Tubes already at their scanned position are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from biotrack.barcodes import BadBarcode, normalise
from biotrack.db import collections as coll_repo
from biotrack.db import storage as storage_repo
from biotrack.errors import UserError
from biotrack.models import GONE_STATUSES, position_label
from biotrack.rackscan import parse_rack_scan
from biotrack.services import storage
from biotrack.services.context import Session, change

#: Problems listed in full in the message; the rest are counted.
MAX_LISTED = 25
_CELL_SPLIT = re.compile(r"[,;\t]")
_POSITION = re.compile(r"^([A-Za-z])0*(\d{1,2})$")


@dataclass(frozen=True)
class Placement:
    """What a placement did: the tubes placed (barcode, position) and those already there."""

    box_path: str
    placed: tuple[tuple[str, str], ...]
    already_there: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"box": self.box_path,
                "placed": [{"barcode": b, "position": p} for b, p in self.placed],
                "already_there": [{"barcode": b, "position": p} for b, p in self.already_there]}


def line_numbers(data: bytes) -> dict[tuple[str, str], int]:
    """(position, barcode) -> line of the scanner file, for messages (first line is 1).

    A line is known by a cell that is a position (A1 or A01) and a cell that is the barcode,
    whatever the layout's column order.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    found: dict[tuple[str, str], int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        cells = [cell.strip().strip('"').strip() for cell in _CELL_SPLIT.split(line)]
        positions = [f"{m.group(1).upper()}{int(m.group(2))}"
                     for m in (_POSITION.match(c) for c in cells) if m]
        for position in positions:
            for cell in cells:
                if cell:
                    found.setdefault((position, cell.upper()), number)
    return found


def place_from_file(session: Session, box_path: str, data: bytes,
                    source: str = "scan file") -> Placement:
    """Parse a rack-scanner export and place its tubes in the box (see ``place``)."""
    name = PurePath(source).name or "scan file"
    scan = parse_rack_scan(data, name)
    return place(session, box_path, scan.tubes, unreadable=scan.unreadable,
                 lines=line_numbers(data), source=name)


def place(session: Session, box_path: str, tubes: Sequence[tuple[str, str]], *,
          unreadable: Sequence[str] = (), lines: Mapping[tuple[str, str], int] | None = None,
          source: str = "scan") -> Placement:
    """Put each (position, barcode) tube at its position of the box: all of them, or none
    with one message listing every problem."""
    lines = lines or {}
    with change(session, "storage") as rec:
        box = storage.find_box(session, box_path)
        if not tubes and not unreadable:
            raise UserError(f"{source}: no tubes in the file")
        problems: list[str] = []
        moves: list[tuple[str, str]] = []
        already: list[tuple[str, str]] = []
        first_line: dict[str, str] = {}
        for index, (position, barcode) in enumerate(tubes, start=1):
            line = lines.get((position.strip().upper(), barcode.strip().upper()))
            where = f"line {line}" if line else f"tube {index}"

            def problem(text: str, where: str = where) -> None:
                problems.append(f"{where}: {text}")

            try:
                code = normalise(barcode)
            except BadBarcode as exc:
                problem(str(exc))
                continue
            if code in first_line:
                problem(f"{code} is listed twice (also {first_line[code]})")
                continue
            first_line[code] = where
            try:
                row, col = storage.parse_position(position, box)
            except UserError as exc:
                problem(str(exc))
                continue
            label = position_label(row, col)
            aliquot = coll_repo.aliquot_by_barcode(session.db, code)
            if aliquot is None:
                problem(f"no tube with barcode {code}")
                continue
            if aliquot.status in GONE_STATUSES:
                problem(f"{code} is {aliquot.status}: it is not in the freezer")
                continue
            box_type = session.protocol.sample_type(aliquot.sample_type).box_type
            if box.box_type != box_type:
                problem(f"{code} is a {box_type} tube: box {box.path} takes {box.box_type} "
                        "tubes")
                continue
            here = aliquot.location
            if here is not None and (here.box_id, here.row, here.col) == (box.id, row, col):
                already.append((code, label))
                continue
            if here is not None:
                problem(f"{code} is already placed at {here.path}")
                continue
            holder = storage_repo.occupant(session.db, box.id, row, col)
            if holder is not None:
                problem(f"position {label} already holds {holder}")
                continue
            moves.append((code, label))
        problems += [f"well {well}: the scanner could not read this tube (scan the rack again)"
                     for well in unreadable]
        if problems:
            listed = "; ".join(problems[:MAX_LISTED])
            more = len(problems) - MAX_LISTED
            raise UserError(f"{source}: nothing was placed, {len(problems)} problem(s): "
                            f"{listed}" + (f"; and {more} more" if more > 0 else ""))
        if not moves:
            raise UserError(f"{source}: nothing to place: its {len(already)} tube(s) are "
                            f"already at their positions in {box.path}")
        storage.move_together(session, [(code, f"{box.path}/{label}") for code, label in moves],
                              f"placed from rack scan {source}")
        rec.record("box.place_scan", "box", box.id,
                   after={"box": box.path, "source": source, "placed": len(moves),
                          "already_there": len(already)})
    return Placement(box.path, tuple(moves), tuple(already))
