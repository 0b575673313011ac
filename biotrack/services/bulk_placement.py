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
from biotrack.errors import QT_TRANSLATE_NOOP, Message, UserError
from biotrack.models import GONE_STATUSES, position_label
from biotrack.rackscan import parse_rack_scan
from biotrack.services import storage
from biotrack.services.context import Session, change
from biotrack.status_words import status_word

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
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: no tubes in the file"),
                            source=source)
        problems: list[Message] = []
        moves: list[tuple[str, str]] = []
        already: list[tuple[str, str]] = []
        first_line: dict[str, Message] = {}
        for index, (position, barcode) in enumerate(tubes, start=1):
            line = lines.get((position.strip().upper(), barcode.strip().upper()))
            where = (Message(QT_TRANSLATE_NOOP("Messages", "line {line}"), line=line) if line
                     else Message(QT_TRANSLATE_NOOP("Messages", "tube {number}"), number=index))

            def problem(text: object, where: Message = where) -> None:
                problems.append(Message(QT_TRANSLATE_NOOP("Messages", "{where}: {problem}"),
                                        where=where, problem=text))

            try:
                code = normalise(barcode)
            except BadBarcode as exc:
                problem(exc)
                continue
            if code in first_line:
                problem(Message(QT_TRANSLATE_NOOP("Messages", "{barcode} is listed twice (also "
                                                  "{where})"),
                                barcode=code, where=first_line[code]))
                continue
            first_line[code] = where
            try:
                row, col = storage.parse_position(position, box)
            except UserError as exc:
                problem(exc)
                continue
            label = position_label(row, col)
            aliquot = coll_repo.aliquot_by_barcode(session.db, code)
            if aliquot is None:
                problem(Message(QT_TRANSLATE_NOOP("Messages", "no tube with barcode {barcode}"),
                                barcode=code))
                continue
            if aliquot.status in GONE_STATUSES:
                problem(Message(QT_TRANSLATE_NOOP("Messages", "{barcode} is {status}: it is not "
                                                  "in the freezer"),
                                barcode=code, status=status_word(aliquot.status)))
                continue
            box_type = session.protocol.sample_type(aliquot.sample_type).box_type
            if box.box_type != box_type:
                problem(Message(QT_TRANSLATE_NOOP("Messages", "{barcode} is a {kind} tube: box "
                                                  "{box} takes {takes} tubes"),
                                barcode=code, kind=box_type, box=box.path, takes=box.box_type))
                continue
            here = aliquot.location
            if here is not None and (here.box_id, here.row, here.col) == (box.id, row, col):
                already.append((code, label))
                continue
            if here is not None:
                problem(Message(QT_TRANSLATE_NOOP("Messages", "{barcode} is already placed at "
                                                  "{path}"), barcode=code, path=here.path))
                continue
            holder = storage_repo.occupant(session.db, box.id, row, col)
            if holder is not None:
                problem(Message(QT_TRANSLATE_NOOP("Messages", "position {position} already "
                                                  "holds {barcode}"),
                                position=label, barcode=holder))
                continue
            moves.append((code, label))
        problems += [Message(QT_TRANSLATE_NOOP("Messages", "well {well}: the scanner could not "
                                               "read this tube (scan the rack again)"),
                             well=well)
                     for well in unreadable]
        if problems:
            more = len(problems) - MAX_LISTED
            if more > 0:
                raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: nothing was placed, "
                                                  "{count} problem(s): {problems}; and {more} "
                                                  "more"),
                                source=source, count=len(problems),
                                problems=problems[:MAX_LISTED], more=more)
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: nothing was placed, {count} "
                                              "problem(s): {problems}"),
                            source=source, count=len(problems), problems=problems)
        if not moves:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: nothing to place: its "
                                              "{count} tube(s) are already at their positions "
                                              "in {box}"),
                            source=source, count=len(already), box=box.path)
        storage.move_together(session, [(code, f"{box.path}/{label}") for code, label in moves],
                              f"placed from rack scan {source}")
        rec.record("box.place_scan", "box", box.id,
                   after={"box": box.path, "source": source, "placed": len(moves),
                          "already_there": len(already)})
    return Placement(box.path, tuple(moves), tuple(already))
