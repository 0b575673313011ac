"""Storage use cases: the freezer layout, finding a tube, and every movement of one.

A movement is one transaction: the aliquot's new position/status, a movement row (the history
the monthly inventory is rebuilt from) and an audit event. The database's UNIQUE index is the
last word on "one tube per position"; a clash becomes a clear Conflict, not a traceback.
Check-out keeps the slot reserved; return puts the tube back there (or elsewhere) and counts a
thaw; consumed, shipped and discarded tubes free their position.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from biotrack.barcodes import normalise
from biotrack.db import collections as coll_repo
from biotrack.db import storage as repo
from biotrack.errors import Conflict, NotFound, UserError
from biotrack.models import GONE_STATUSES, Aliquot, Box, Location, position_label
from biotrack.services.context import Recorder, Session, change
from biotrack.services.validation import check_count, check_text, optional_text

_POSITION = re.compile(r"^([A-Za-z])(\d{1,2})$")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,15}$")


@dataclass(frozen=True)
class Layout:
    """A freezer to create: its code/name and how many shelves, racks and boxes it holds."""

    code: str
    name: str
    location: str = ""
    set_point_c: int = -80
    shelves: int = 5
    racks_per_shelf: int = 4
    boxes_per_rack: int = 4
    rack_box_types: tuple[str, ...] = ("serum", "serum", "serum", "buffy")
    box_rows: int = 9
    box_cols: int = 9


def parse_position(text: str, box: Box) -> tuple[int, int]:
    match = _POSITION.match(text.strip())
    if not match:
        raise UserError(f"'{text.strip()[:20]}' is not a box position (e.g. A1)")
    row = ord(match.group(1).upper()) - ord("A") + 1
    col = int(match.group(2))
    if not (1 <= row <= box.rows and 1 <= col <= box.cols):
        last = position_label(box.rows, box.cols)
        raise UserError(f"position {text.strip().upper()} is outside box {box.path} (A1..{last})")
    return row, col


def find_box(session: Session, box_path: str) -> Box:
    parts = [p.strip() for p in box_path.strip().strip("/").split("/")]
    if len(parts) != 4 or not all(parts):
        raise UserError(f"'{box_path[:60]}' is not a box path (FREEZER/SHELF/RACK/BOX)")
    box = repo.box_by_path(session.db, *parts)
    if box is None:
        raise NotFound(f"no box at {box_path.strip()[:60]}")
    return box


def resolve_position(session: Session, path: str) -> tuple[Box, int, int]:
    """FREEZER/SHELF/RACK/BOX/POSITION -> the box and the position's row and column."""
    head, _, position = path.strip().rpartition("/")
    if not head:
        raise UserError(f"'{path[:60]}' is not a position path (FREEZER/SHELF/RACK/BOX/A1)")
    box = find_box(session, head)
    row, col = parse_position(position, box)
    return box, row, col


# -- layout -------------------------------------------------------------------------------------


def add_freezer(session: Session, layout: Layout) -> list[Box]:
    """A freezer with its shelves, racks and typed boxes, in one transaction."""
    for value, what in ((layout.code, "freezer code"),):
        if not _CODE.match(value):
            raise UserError(f"{what} '{value[:20]}' must be 1-16 letters, digits, '-', '_' or '.'")
    name = check_text(layout.name, "freezer name", 100)
    location = optional_text(layout.location, "location", 200) or ""
    check_count(layout.shelves, "shelves", 1, 50)
    check_count(layout.racks_per_shelf, "racks per shelf", 1, 50)
    check_count(layout.boxes_per_rack, "boxes per rack", 1, 50)
    check_count(layout.box_rows, "box rows", 1, 26)
    check_count(layout.box_cols, "box columns", 1, 99)
    if not -200 <= layout.set_point_c <= 10:
        raise UserError(f"set point {layout.set_point_c} °C is not a freezer temperature")
    if len(layout.rack_box_types) != layout.racks_per_shelf or any(
        t not in ("serum", "buffy") for t in layout.rack_box_types
    ):
        raise UserError("give one box type (serum or buffy) per rack of a shelf")
    with change(session, "storage_layout") as rec:
        if repo.freezer_by_code(session.db, layout.code):
            raise Conflict(f"a freezer with code {layout.code} already exists")
        freezer_id = repo.insert_freezer(session.db, layout.code, name, location,
                                         layout.set_point_c)
        for s in range(1, layout.shelves + 1):
            shelf_id = repo.insert_shelf(session.db, freezer_id, f"S{s}", s)
            for r in range(1, layout.racks_per_shelf + 1):
                rack_id = repo.insert_rack(session.db, shelf_id, f"R{r}", r)
                for b in range(1, layout.boxes_per_rack + 1):
                    repo.insert_box(session.db, rack_id, f"B{b}", b,
                                    layout.rack_box_types[r - 1], layout.box_rows,
                                    layout.box_cols)
        rec.record("freezer.add", "freezer", layout.code, after={
            "name": name, "location": location, "set_point_c": layout.set_point_c,
            "shelves": layout.shelves, "racks_per_shelf": layout.racks_per_shelf,
            "boxes_per_rack": layout.boxes_per_rack, "box": f"{layout.box_rows}x{layout.box_cols}",
        })
    return repo.boxes(session.db, freezer=layout.code)


def boxes(session: Session, path: str | None = None) -> list[Box]:
    """Boxes under a path prefix (freezer, freezer/shelf, ...), with their occupancy."""
    prefix = (path or "").strip().strip("/")
    found = repo.boxes(session.db, freezer=prefix.split("/")[0] if prefix else None)
    if prefix:
        found = [b for b in found if (b.path + "/").startswith(prefix + "/")]
        if not found:
            raise NotFound(f"nothing is stored under '{prefix[:60]}'")
    return found


def box_contents(session: Session, box: Box) -> list[dict[str, object]]:
    return [
        dict(row, position=position_label(row["pos_row"], row["pos_col"]))
        for row in repo.box_contents(session.db, box.id)
    ]


# -- finding tubes ------------------------------------------------------------------------------


def locate(session: Session, barcode: str) -> Aliquot:
    """The tube with this barcode, with its participant, visit and position."""
    code = normalise(barcode)
    aliquot = coll_repo.aliquot_by_barcode(session.db, code)
    if aliquot is None:
        raise NotFound(f"no tube with barcode {code}")
    return aliquot


def history(session: Session, aliquot: Aliquot) -> list[dict[str, object]]:
    return repo.movements_of(session.db, aliquot.id)


# -- movements ----------------------------------------------------------------------------------


def _movement(session: Session, rec: Recorder, aliquot: Aliquot, action: str, *,
              to: tuple[int, int, int] | None, status: str, reason: str | None = None,
              thaw: bool = False) -> None:
    """Write one movement of one tube: position/status, movement row, audit event."""
    old = aliquot.location
    box_id, row, col = to if to else (None, None, None)
    try:
        repo.set_position(session.db, aliquot.id, box_id, row, col, status)
    except sqlite3.IntegrityError as exc:
        if repo.is_unique_violation(exc) and to is not None:
            holder = repo.occupant(session.db, *to)
            raise Conflict(f"position {_path(session, to)} already holds {holder}") from None
        raise
    if thaw:
        repo.bump_thaw_count(session.db, aliquot.id)
    repo.insert_movement(session.db, {
        "aliquot_id": aliquot.id, "action": action, "at": session.now_iso(),
        "user_id": session.user.id or None,
        "from_box": old.box_id if old else None, "from_row": old.row if old else None,
        "from_col": old.col if old else None, "to_box": box_id, "to_row": row, "to_col": col,
        "reason": reason,
    })
    rec.record(f"aliquot.{action}", "aliquot", aliquot.barcode,
               before={"status": aliquot.status, "location": old.path if old else None},
               after={"status": status, "location": _path(session, to) if to else None,
                      "thaw_count": aliquot.thaw_count + (1 if thaw else 0)},
               reason=reason)


def _path(session: Session, slot: tuple[int, int, int]) -> str:
    location = repo.location_of(session.db, *slot)
    assert location is not None
    return location.path


def move(session: Session, barcode: str, position_path: str,
         reason: str | None = None) -> Aliquot:
    """Put a tube in a given position (a stored, checked-out or unplaced tube)."""
    reason = optional_text(reason, "reason", 500)
    with change(session, "storage") as rec:
        aliquot = locate(session, barcode)
        if aliquot.status in GONE_STATUSES:
            raise Conflict(f"{aliquot.barcode} is {aliquot.status}: it is not in the freezer")
        box, row, col = resolve_position(session, position_path)
        sample_box_type = session.protocol.sample_type(aliquot.sample_type).box_type
        if box.box_type != sample_box_type:
            raise Conflict(f"box {box.path} takes {box.box_type} tubes, not {sample_box_type}")
        old = aliquot.location
        if old and (old.box_id, old.row, old.col) == (box.id, row, col):
            raise Conflict(f"{aliquot.barcode} is already at {old.path}")
        action = "moved" if old else "placed"
        # A checked-out tube keeps its checked-out status: moving its reservation does not
        # bring it back (only `return` does, counting a thaw).
        status = "checked_out" if aliquot.status == "checked_out" else "in_storage"
        _movement(session, rec, aliquot, action, to=(box.id, row, col), status=status,
                  reason=reason)
    return locate(session, aliquot.barcode)


def check_out(session: Session, barcodes: Sequence[str], reason: str) -> list[Aliquot]:
    """Take tubes out of the freezer; their positions stay reserved for the return."""
    reason = check_text(reason, "reason", 500)
    with change(session, "storage") as rec:
        tubes = _tubes(session, barcodes)
        for aliquot in tubes:
            if aliquot.status != "in_storage":
                raise Conflict(f"{aliquot.barcode} is {aliquot.status.replace('_', ' ')}, "
                               "not in storage")
            to = _slot(aliquot.location)
            _movement(session, rec, aliquot, "checked_out", to=to, status="checked_out",
                      reason=reason)
    return [locate(session, a.barcode) for a in tubes]


def return_tubes(session: Session, barcodes: Sequence[str]) -> list[Aliquot]:
    """Bring checked-out tubes back to their reserved positions; each return is one thaw."""
    with change(session, "storage") as rec:
        tubes = _tubes(session, barcodes)
        for aliquot in tubes:
            if aliquot.status != "checked_out":
                raise Conflict(f"{aliquot.barcode} is {aliquot.status.replace('_', ' ')}, "
                               "not checked out")
            to = _slot(aliquot.location)
            status = "in_storage" if to else "unplaced"
            _movement(session, rec, aliquot, "returned", to=to, status=status, thaw=True)
    return [locate(session, a.barcode) for a in tubes]


def finish(session: Session, barcodes: Sequence[str], action: str,
           reason: str | None) -> list[Aliquot]:
    """Consume, ship or discard tubes: they leave the freezer and free their positions.

    Discarding needs a reason (it destroys a sample); so does marking a tube missing.
    """
    statuses = {"consume": "consumed", "ship": "shipped", "discard": "discarded",
                "missing": "missing"}
    if action not in statuses:
        raise UserError(f"unknown action '{action}'")
    status = statuses[action]
    if action in ("discard", "missing"):
        reason = check_text(reason, "reason", 500)
    else:
        reason = optional_text(reason, "reason", 500)
    with change(session, "discard" if action == "discard" else "storage") as rec:
        tubes = _tubes(session, barcodes)
        for aliquot in tubes:
            if aliquot.status in GONE_STATUSES:
                raise Conflict(f"{aliquot.barcode} is already {aliquot.status}")
            _movement(session, rec, aliquot, status, to=None, status=status, reason=reason)
    return [locate(session, a.barcode) for a in tubes]


def _tubes(session: Session, barcodes: Sequence[str]) -> list[Aliquot]:
    if not barcodes:
        raise UserError("give at least one barcode")
    if len(barcodes) > 10_000:
        raise UserError("at most 10,000 barcodes at once")
    tubes = [locate(session, b) for b in barcodes]
    seen: set[str] = set()
    for tube in tubes:
        if tube.barcode in seen:
            raise UserError(f"{tube.barcode} is listed twice")
        seen.add(tube.barcode)
    return tubes


def _slot(location: Location | None) -> tuple[int, int, int] | None:
    return (location.box_id, location.row, location.col) if location else None
