"""Storage use cases: the freezer layout, finding a tube, and every movement of one.

A movement is one transaction: the aliquot's new position/status, a movement row (the history
the monthly inventory is rebuilt from) and an audit event. The database's UNIQUE index is the
last word on "one tube per position"; a clash becomes a clear Conflict, not a traceback.
Check-out keeps the slot reserved; return puts the tube back there (or elsewhere) and counts a
thaw; consumed, shipped and discarded tubes free their position.

Also here: the freezer/shelf/rack/box tree with occupancy (``tree``), moving a whole box to
another rack (``move_box``: one transaction, a movement and an audit event per tube), and the
read-only box audit (``box_audit``: what a scan of a box says against the database, issue 7).
Which tubes a batch action refuses (``refusal``) is decided here once, so the scan station can
mark a refused tube in its list before anything is applied and the service still has the last
word.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from biotrack.barcodes import BadBarcode, normalise
from biotrack.db import collections as coll_repo
from biotrack.db import storage as repo
from biotrack.errors import QT_TRANSLATE_NOOP, Conflict, Message, NotFound, UserError
from biotrack.models import GONE_STATUSES, Aliquot, Box, Location, position_label
from biotrack.services.context import Recorder, Session, change
from biotrack.services.validation import check_count, check_text, optional_text
from biotrack.status_words import status_word

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
        raise UserError(QT_TRANSLATE_NOOP("Messages", "'{text}' is not a box position (e.g. A1)"),
                        text=text.strip()[:20])
    row = ord(match.group(1).upper()) - ord("A") + 1
    col = int(match.group(2))
    if not (1 <= row <= box.rows and 1 <= col <= box.cols):
        last = position_label(box.rows, box.cols)
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "position {position} is outside box {box} (A1..{last})"),
                        position=text.strip().upper(), box=box.path, last=last)
    return row, col


def find_box(session: Session, box_path: str) -> Box:
    parts = [p.strip() for p in box_path.strip().strip("/").split("/")]
    if len(parts) != 4 or not all(parts):
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "'{path}' is not a box path (FREEZER/SHELF/RACK/BOX)"),
                        path=box_path[:60])
    box = repo.box_by_path(session.db, *parts)
    if box is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no box at {path}"),
                       path=box_path.strip()[:60])
    return box


def resolve_position(session: Session, path: str) -> tuple[Box, int, int]:
    """FREEZER/SHELF/RACK/BOX/POSITION -> the box and the position's row and column."""
    head, _, position = path.strip().rpartition("/")
    if not head:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "'{path}' is not a position path "
                                          "(FREEZER/SHELF/RACK/BOX/A1)"),
                        path=path[:60])
    box = find_box(session, head)
    row, col = parse_position(position, box)
    return box, row, col


# -- layout -------------------------------------------------------------------------------------


def add_freezer(session: Session, layout: Layout) -> list[Box]:
    """A freezer with its shelves, racks and typed boxes, in one transaction."""
    if not _CODE.match(layout.code):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "freezer code '{code}' must be 1-16 "
                                          "letters, digits, '-', '_' or '.'"),
                        code=layout.code[:20])
    name = check_text(layout.name, "freezer name", 100)
    location = optional_text(layout.location, "location", 200) or ""
    check_count(layout.shelves, "shelves", 1, 50)
    check_count(layout.racks_per_shelf, "racks per shelf", 1, 50)
    check_count(layout.boxes_per_rack, "boxes per rack", 1, 50)
    check_count(layout.box_rows, "box rows", 1, 26)
    check_count(layout.box_cols, "box columns", 1, 99)
    if not -200 <= layout.set_point_c <= 10:
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "set point {value} °C is not a freezer temperature"),
                        value=layout.set_point_c)
    if len(layout.rack_box_types) != layout.racks_per_shelf or any(
        t not in ("serum", "buffy") for t in layout.rack_box_types
    ):
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "give one box type (serum or buffy) per rack of a shelf"))
    with change(session, "storage_layout") as rec:
        if repo.freezer_by_code(session.db, layout.code):
            raise Conflict(QT_TRANSLATE_NOOP("Messages",
                                             "a freezer with code {code} already exists"),
                           code=layout.code)
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
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "nothing is stored under '{path}'"),
                           path=prefix[:60])
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
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no tube with barcode {barcode}"),
                       barcode=code)
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
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "position {position} already holds "
                                             "{holder}"),
                           position=_path(session, to), holder=holder) from None
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
            raise Conflict(QT_TRANSLATE_NOOP("Messages",
                                             "{barcode} is {status}: it is not in the freezer"),
                           barcode=aliquot.barcode, status=status_word(aliquot.status))
        box, row, col = resolve_position(session, position_path)
        sample_box_type = session.protocol.sample_type(aliquot.sample_type).box_type
        if box.box_type != sample_box_type:
            raise Conflict(QT_TRANSLATE_NOOP("Messages",
                                             "box {box} takes {takes} tubes, not {given}"),
                           box=box.path, takes=box.box_type, given=sample_box_type)
        old = aliquot.location
        if old and (old.box_id, old.row, old.col) == (box.id, row, col):
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} is already at {path}"),
                           barcode=aliquot.barcode, path=old.path)
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
            _refuse(aliquot, "check_out")
            to = _slot(aliquot.location)
            _movement(session, rec, aliquot, "checked_out", to=to, status="checked_out",
                      reason=reason)
    return [locate(session, a.barcode) for a in tubes]


def return_tubes(session: Session, barcodes: Sequence[str]) -> list[Aliquot]:
    """Bring checked-out tubes back to their reserved positions; each return is one thaw."""
    with change(session, "storage") as rec:
        tubes = _tubes(session, barcodes)
        for aliquot in tubes:
            _refuse(aliquot, "return")
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
        raise UserError(QT_TRANSLATE_NOOP("Messages", "unknown action '{action}'"),
                        action=action)
    status = statuses[action]
    if action in ("discard", "missing"):
        reason = check_text(reason, "reason", 500)
    else:
        reason = optional_text(reason, "reason", 500)
    with change(session, "discard" if action == "discard" else "storage") as rec:
        tubes = _tubes(session, barcodes)
        for aliquot in tubes:
            _refuse(aliquot, action)
            _movement(session, rec, aliquot, status, to=None, status=status, reason=reason)
    return [locate(session, a.barcode) for a in tubes]


def _tubes(session: Session, barcodes: Sequence[str]) -> list[Aliquot]:
    if not barcodes:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "give at least one barcode"))
    if len(barcodes) > 10_000:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "at most 10,000 barcodes at once"))
    tubes = [locate(session, b) for b in barcodes]
    seen: set[str] = set()
    for tube in tubes:
        if tube.barcode in seen:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{barcode} is listed twice"),
                            barcode=tube.barcode)
        seen.add(tube.barcode)
    return tubes


def _slot(location: Location | None) -> tuple[int, int, int] | None:
    return (location.box_id, location.row, location.col) if location else None


# -- batch actions: which tubes each one refuses --------------------------------------------------

#: The batch actions of the scan station, as ``batch`` takes them.
BATCH_ACTIONS = ("check_out", "return", "consume", "ship", "discard")
#: Actions that need a reason: taking a tube out, and destroying or losing one.
REASON_REQUIRED = frozenset({"check_out", "discard", "missing"})
#: Actions that cannot be undone (the tube leaves the freezer for good): confirm first.
IRREVERSIBLE = frozenset({"consume", "ship", "discard", "missing"})


def refusal(aliquot: Aliquot, action: str) -> str | None:
    """Why ``action`` cannot be applied to this tube as it stands (in English), or None."""
    problem = refusal_message(aliquot, action)
    return str(problem) if problem else None


def refusal_message(aliquot: Aliquot, action: str) -> Message | None:
    """``refusal`` as a Message, for a view that shows it in the reader's language."""
    if action not in (*BATCH_ACTIONS, "missing"):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "unknown action '{action}'"),
                        action=action)
    status = aliquot.status.replace("_", " ")
    if action == "check_out" and aliquot.status != "in_storage":
        return Message(QT_TRANSLATE_NOOP("Messages", "{barcode} is {status}, not in storage"),
                       barcode=aliquot.barcode, status=status)
    if action == "return" and aliquot.status != "checked_out":
        return Message(QT_TRANSLATE_NOOP("Messages", "{barcode} is {status}, not checked out"),
                       barcode=aliquot.barcode, status=status)
    if action in ("consume", "ship", "discard", "missing") and aliquot.status in GONE_STATUSES:
        return Message(QT_TRANSLATE_NOOP("Messages", "{barcode} is already {status}"),
                       barcode=aliquot.barcode, status=status_word(aliquot.status))
    return None


def _refuse(aliquot: Aliquot, action: str) -> None:
    problem = refusal_message(aliquot, action)
    if problem:
        raise Conflict(problem.template, **problem.fields)


def batch(session: Session, action: str, barcodes: Sequence[str],
          reason: str | None = None) -> list[Aliquot]:
    """One batch action of the scan station on all ``barcodes``: one transaction, all or none."""
    if action == "check_out":
        return check_out(session, barcodes, reason or "")
    if action == "return":
        return return_tubes(session, barcodes)
    if action in ("consume", "ship", "discard"):
        return finish(session, barcodes, action, reason)
    raise UserError(QT_TRANSLATE_NOOP("Messages", "unknown action '{action}'"), action=action)


# -- a tube's movements, readable ----------------------------------------------------------------


@dataclass(frozen=True)
class Movement:
    """One movement of a tube with its positions spelt as paths (for history views)."""

    at: str
    action: str
    from_path: str | None
    to_path: str | None
    user: str | None
    reason: str | None

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at, "action": self.action, "from": self.from_path,
                "to": self.to_path, "user": self.user, "reason": self.reason}


def movements(session: Session, barcode: str) -> list[Movement]:
    """Every movement of the tube, oldest first. A box id names where the box is now: a
    movement from before a whole-box move shows the box's present path (its reason says where
    the box came from)."""
    aliquot = locate(session, barcode)
    paths: dict[tuple[int, int, int], str] = {}

    def path(box_id: int | None, row: int | None, col: int | None) -> str | None:
        if box_id is None or row is None or col is None:
            return None
        key = (box_id, row, col)
        if key not in paths:
            paths[key] = _path(session, key)
        return paths[key]

    return [
        Movement(at=m["at"], action=m["action"],
                 from_path=path(m["from_box"], m["from_row"], m["from_col"]),
                 to_path=path(m["to_box"], m["to_row"], m["to_col"]),
                 user=m["username"], reason=m["reason"])
        for m in repo.movements_of(session.db, aliquot.id)
    ]


# -- the layout tree -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RackNode:
    """A rack and the boxes it holds now."""

    code: str
    path: str
    boxes: tuple[Box, ...] = ()

    @property
    def occupied(self) -> int:
        return sum(b.occupied for b in self.boxes)

    @property
    def capacity(self) -> int:
        return sum(b.capacity for b in self.boxes)


@dataclass(frozen=True)
class ShelfNode:
    """A shelf and its racks."""

    code: str
    path: str
    racks: tuple[RackNode, ...] = ()

    @property
    def occupied(self) -> int:
        return sum(r.occupied for r in self.racks)

    @property
    def capacity(self) -> int:
        return sum(r.capacity for r in self.racks)


@dataclass(frozen=True)
class FreezerNode:
    """A freezer with everything below it; occupancy counts reserved (checked-out) slots."""

    code: str
    name: str
    location: str
    set_point_c: int
    shelves: tuple[ShelfNode, ...] = ()

    @property
    def path(self) -> str:
        return self.code

    @property
    def occupied(self) -> int:
        return sum(s.occupied for s in self.shelves)

    @property
    def capacity(self) -> int:
        return sum(s.capacity for s in self.shelves)


def tree(session: Session) -> list[FreezerNode]:
    """The whole storage hierarchy with occupancy, read in two queries."""
    by_rack: dict[tuple[str, str, str], list[Box]] = {}
    for box in repo.boxes(session.db):
        by_rack.setdefault((box.freezer, box.shelf, box.rack), []).append(box)
    freezers: dict[str, dict[str, Any]] = {}
    for row in repo.racks(session.db):
        freezer = freezers.setdefault(row["freezer"], {
            "row": row, "shelves": {}})
        if row["shelf"] is None:
            continue
        racks_of_shelf: list[RackNode] = freezer["shelves"].setdefault(row["shelf"], [])
        if row["rack"] is None:
            continue
        key = (row["freezer"], row["shelf"], row["rack"])
        racks_of_shelf.append(RackNode(row["rack"], "/".join(key),
                                       tuple(by_rack.get(key, ()))))
    return [
        FreezerNode(
            code=code, name=item["row"]["name"], location=item["row"]["location"],
            set_point_c=item["row"]["set_point_c"],
            shelves=tuple(ShelfNode(shelf, f"{code}/{shelf}", tuple(racks_))
                          for shelf, racks_ in item["shelves"].items()),
        )
        for code, item in freezers.items()
    ]


# -- moving a whole box --------------------------------------------------------------------------


def move_box(session: Session, box_path: str, target: str, reason: str | None = None) -> Box:
    """Move a box with its tubes to another rack slot: one transaction, every tube's movement.

    ``target`` is a slot (FREEZER/SHELF/RACK/CODE) or a rack (FREEZER/SHELF/RACK: the box's own
    code when that slot can take it, else the first free slot, else the first empty box's).
    A rack's slots are B1..Bn, n being the boxes per rack its freezer was built with (the
    fullest rack: the schema keeps no rack capacity). Racks are built full of empty boxes, so
    a slot holding an *empty* box can take the moved box: the two boxes swap places. A slot
    whose box holds tubes is refused. Tubes keep their positions in the box; checked-out tubes
    keep their reservations and their status.
    """
    reason = optional_text(reason, "reason", 500)
    parts = [p.strip() for p in target.strip().strip("/").split("/")]
    if len(parts) not in (3, 4) or not all(parts):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "'{target}' is not a rack "
                                          "(FREEZER/SHELF/RACK) or a box slot "
                                          "(FREEZER/SHELF/RACK/BOX)"),
                        target=target[:60])
    wanted = parts[3] if len(parts) == 4 else None
    if wanted is not None and not _CODE.match(wanted):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "box code '{code}' must be 1-16 letters, "
                                          "digits, '-', '_' or '.'"),
                        code=wanted[:20])
    rack_path = "/".join(parts[:3])
    with change(session, "storage") as rec:
        box = find_box(session, box_path)
        rack = repo.rack_by_path(session.db, *parts[:3])
        if rack is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "no rack at {path}"),
                           path=rack_path[:60])
        holders = {b.code: b for b in repo.boxes(session.db, freezer=parts[0])
                   if (b.shelf, b.rack) == (parts[1], parts[2])}
        slots = [f"B{n}" for n in range(
            1, repo.most_boxes_per_rack(session.db, rack["freezer_id"]) + 1)]
        if wanted is None and (box.freezer, box.shelf, box.rack) == tuple(parts[:3]):
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "box {box} is already in rack {rack}"),
                           box=box.path, rack=rack_path)
        code = wanted or _slot_for(box, holders, slots)
        if code is None:
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "rack {rack} is full: every slot holds "
                                             "a box with tubes"),
                           rack=rack_path)
        holder = holders.get(code)
        if holder is not None and holder.id == box.id:
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "box {box} is already at {rack}/{slot}"),
                           box=box.path, rack=rack_path, slot=code)
        if holder is not None and holder.occupied:
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "{rack}/{slot} holds box {box} with "
                                             "{count} tube(s): choose a free slot or an empty "
                                             "box"),
                           rack=rack_path, slot=code, box=holder.path, count=holder.occupied)
        if holder is None and code not in slots and len(holders) >= len(slots):
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "rack {rack} is full ({count} boxes)"),
                           rack=rack_path, count=len(holders))
        tubes = [locate(session, barcode)
                 for barcode in repo.aliquot_barcodes_in_box(session.db, box.id)]
        old_rack = repo.rack_by_path(session.db, box.freezer, box.shelf, box.rack)
        assert old_rack is not None
        new_path = f"{rack_path}/{code}"
        if holder is not None:  # an empty box: it takes the moved box's old place
            repo.set_box_rack(session.db, holder.id, old_rack["id"], f"~{holder.id}", 0)
        repo.set_box_rack(session.db, box.id, rack["id"], code, _box_order(session, rack, code))
        if holder is not None:
            repo.set_box_rack(session.db, holder.id, old_rack["id"], box.code,
                              _box_order(session, old_rack, box.code))
            rec.record("box.move", "box", holder.id, before={"path": holder.path},
                       after={"path": box.path, "tubes": 0},
                       reason=f"swapped with box {box.path}")
        note = f"box {box.path} moved to {new_path}" + (f": {reason}" if reason else "")
        for aliquot in tubes:
            _movement(session, rec, aliquot, "moved", to=_slot(aliquot.location),
                      status=aliquot.status, reason=note)
        rec.record("box.move", "box", box.id,
                   before={"path": box.path}, after={"path": new_path, "tubes": len(tubes)},
                   reason=reason)
    return next(b for b in repo.boxes(session.db, freezer=parts[0]) if b.path == new_path)


def _slot_for(box: Box, holders: dict[str, Box], slots: list[str]) -> str | None:
    """The slot a box moved to a rack takes: its own code if free, a free slot, its own
    code or another slot holding an empty box (a swap), or None when the rack is full."""
    if box.code in slots and box.code not in holders:
        return box.code
    free = [code for code in slots if code not in holders]
    if free:
        return free[0]
    empty = [code for code, holder in holders.items() if not holder.occupied]
    if box.code in empty:
        return box.code
    ordered = sorted(empty, key=lambda c: slots.index(c) if c in slots else len(slots))
    return ordered[0] if ordered else None


def _box_order(session: Session, rack: dict[str, Any], code: str) -> int:
    """Fill order of a box in its rack: the slot number of B1..Bn, else after the last."""
    number = re.fullmatch(r"[Bb](\d+)", code)
    if number:
        return int(number.group(1))
    return repo.max_ord(session.db, "box", "rack_id", rack["id"]) + 1


# -- box audit (reconciliation, read-only) -------------------------------------------------------


#: The note of a finding there is nothing to say about ("" in English and in --json).
NO_NOTE = Message("")


@dataclass(frozen=True)
class AuditFinding:
    """One tube of a box audit: where it was scanned and where the database has it."""

    barcode: str
    #: Position in the audited box where it was scanned (None: not scanned, or presence only).
    scanned: str | None = None
    #: Where the database has it: a position in this box, a path elsewhere, or None.
    expected: str | None = None
    #: Its status in the database (None: the barcode is unknown).
    status: str | None = None
    code: str | None = None
    visit: str | None = None
    sample_type: str | None = None
    #: What the person should know about it, in their language where shown (empty: nothing).
    note: Message = NO_NOTE

    def to_json(self) -> dict[str, Any]:
        return {"barcode": self.barcode, "scanned_position": self.scanned,
                "expected": self.expected, "status": self.status, "code": self.code,
                "visit": self.visit, "sample_type": self.sample_type, "note": str(self.note)}


@dataclass(frozen=True)
class BoxAudit:
    """What a scan of a box says against the database (issue 7, point 1).

    matched: in this box, at the scanned position (or anywhere in it, for a presence-only
    scan); misplaced: in this box, scanned at another position; missing: stored in this box,
    not scanned; unexpected: scanned here, but elsewhere (or gone, or unknown) in the database.
    ``checked_out`` lists the reserved positions whose tubes are out (not expected in the box);
    ``duplicates`` the barcodes scanned more than once (the first scan counts).
    """

    box: Box
    matched: tuple[AuditFinding, ...] = ()
    missing: tuple[AuditFinding, ...] = ()
    unexpected: tuple[AuditFinding, ...] = ()
    misplaced: tuple[AuditFinding, ...] = ()
    checked_out: tuple[AuditFinding, ...] = ()
    duplicates: tuple[str, ...] = field(default=())

    @property
    def agrees(self) -> bool:
        return not (self.missing or self.unexpected or self.misplaced)

    def to_json(self) -> dict[str, Any]:
        return {
            "box": self.box.path, "agrees": self.agrees,
            **{name: [f.to_json() for f in getattr(self, name)]
               for name in ("matched", "missing", "unexpected", "misplaced", "checked_out")},
            "duplicates": list(self.duplicates),
        }


def box_audit(session: Session, box_path: str,
              scanned: Sequence[tuple[str | None, str]]) -> BoxAudit:
    """Compare the (position, barcode) scans of one box with the database; writes nothing.

    A position of None means "somewhere in this box" (a hand scan without positions): such a
    tube can be matched or unexpected, never misplaced. A bad barcode, a position outside the
    box or one position scanned with two different barcodes is refused with one message.
    """
    box = find_box(session, box_path)
    if len(scanned) > 10_000:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "at most 10,000 scans at once"))
    scans: list[tuple[str | None, str]] = []
    seen: set[str] = set()
    duplicates: list[str] = []
    at_position: dict[str, str] = {}
    for number, (position, barcode) in enumerate(scanned, start=1):
        try:
            code = normalise(barcode)
        except BadBarcode as exc:
            raise BadBarcode(QT_TRANSLATE_NOOP("Messages", "scan {number}: {problem}"),
                             number=number, problem=exc) from None
        label = None
        if position is not None and position.strip():
            label = position_label(*parse_position(position, box))
            other = at_position.setdefault(label, code)
            if other != code:
                raise UserError(QT_TRANSLATE_NOOP("Messages", "scan {number}: position "
                                                  "{position} was scanned twice ({first} and "
                                                  "{second})"),
                                number=number, position=label, first=other, second=code)
        if code in seen:
            if code not in duplicates:
                duplicates.append(code)
            continue
        seen.add(code)
        scans.append((label, code))

    stored = {str(c["barcode"]): c for c in box_contents(session, box)}
    matched: list[AuditFinding] = []
    misplaced: list[AuditFinding] = []
    unexpected: list[AuditFinding] = []
    for label, code in scans:
        row = stored.get(code)
        if row is not None:
            finding = AuditFinding(
                code, label, str(row["position"]), str(row["status"]), str(row["code"]),
                str(row["visit"]), str(row["sample_type"]),
                Message(QT_TRANSLATE_NOOP("Messages", "checked out in the database: return it"))
                if row["status"] == "checked_out" else NO_NOTE)
            (matched if label in (None, row["position"]) else misplaced).append(finding)
            continue
        aliquot = coll_repo.aliquot_by_barcode(session.db, code)
        if aliquot is None:
            unexpected.append(AuditFinding(code, label, note=Message(QT_TRANSLATE_NOOP(
                "Messages", "unknown barcode"))))
            continue
        where = aliquot.location.path if aliquot.location else None
        if aliquot.status in GONE_STATUSES:
            note = Message(QT_TRANSLATE_NOOP("Messages", "{status} in the database"),
                           status=status_word(aliquot.status))
        elif where is None:
            note = Message(QT_TRANSLATE_NOOP("Messages", "unplaced in the database"))
        else:
            note = Message(QT_TRANSLATE_NOOP("Messages", "belongs at {where}"), where=where)
        unexpected.append(AuditFinding(code, label, where, aliquot.status, aliquot.code,
                                       aliquot.visit, aliquot.sample_type, note))
    missing = []
    checked_out = []
    for code, row in stored.items():
        if code in seen:
            continue
        finding = AuditFinding(code, None, str(row["position"]), str(row["status"]),
                               str(row["code"]), str(row["visit"]), str(row["sample_type"]))
        if row["status"] == "checked_out":
            checked_out.append(finding)
        else:
            missing.append(finding)
    return BoxAudit(box, tuple(matched), tuple(missing), tuple(unexpected), tuple(misplaced),
                    tuple(checked_out), tuple(duplicates))


# -- a shipped tube comes back (issue 7, point 3) -------------------------------------------------


def receive_shipped(session: Session, barcode: str, slot: tuple[int, int, int] | None,
                    reason: str) -> Aliquot:
    """A shipped tube is back (a returned shipment): to ``slot`` (box id, row, column) when
    that position is still free, else unplaced. The movement is 'returned', which the monthly
    inventory counts as a thaw, so the thaw count grows too. Joins the caller's transaction."""
    reason = check_text(reason, "reason", 500)
    with change(session, "storage") as rec:
        aliquot = locate(session, barcode)
        if aliquot.status != "shipped":
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} is {status}, not shipped"),
                           barcode=aliquot.barcode, status=status_word(aliquot.status))
        to = slot if slot is not None and repo.occupant(session.db, *slot) is None else None
        _movement(session, rec, aliquot, "returned", to=to,
                  status="in_storage" if to else "unplaced", reason=reason, thaw=True)
    return locate(session, aliquot.barcode)


# -- several tubes at once (issue 7: an audit's corrections, a rack-scanner placement) ----------


def move_together(session: Session, moves: Sequence[tuple[str, str]],
                  reason: str | None = None) -> list[Aliquot]:
    """Put several tubes at given positions in one transaction, even tubes that swap places.

    Moving them one by one would trip the one-tube-per-position index as soon as two tubes
    trade slots; so every tube is lifted out first and then each is put down. Each tube still
    gets its own movement row (from its old position) and audit event, as ``move`` writes
    them; a target held by a tube that is not moving is refused with a clear Conflict.
    """
    reason = optional_text(reason, "reason", 500)
    with change(session, "storage") as rec:
        tubes = _tubes(session, [barcode for barcode, _ in moves])
        plan: list[tuple[Aliquot, tuple[int, int, int]]] = []
        taken: dict[tuple[int, int, int], str] = {}
        for aliquot, (_, path) in zip(tubes, moves, strict=True):
            if aliquot.status in GONE_STATUSES:
                raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} is {status}: it is not "
                                                 "in the freezer"),
                               barcode=aliquot.barcode, status=status_word(aliquot.status))
            box, row, col = resolve_position(session, path)
            box_type = session.protocol.sample_type(aliquot.sample_type).box_type
            if box.box_type != box_type:
                raise Conflict(QT_TRANSLATE_NOOP("Messages",
                                                 "box {box} takes {takes} tubes, not {given}"),
                               box=box.path, takes=box.box_type, given=box_type)
            slot = (box.id, row, col)
            if slot == _slot(aliquot.location):
                raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} is already at {path}"),
                               barcode=aliquot.barcode, path=path.strip())
            if slot in taken:
                raise Conflict(QT_TRANSLATE_NOOP("Messages", "{first} and {second} cannot both "
                                                 "go to {path}"),
                               first=taken[slot], second=aliquot.barcode, path=path.strip())
            taken[slot] = aliquot.barcode
            plan.append((aliquot, slot))
        for aliquot, _ in plan:
            if aliquot.location is not None:
                repo.set_position(session.db, aliquot.id, None, None, None, aliquot.status)
        for aliquot, slot in plan:
            status = "checked_out" if aliquot.status == "checked_out" else "in_storage"
            _movement(session, rec, aliquot, "moved" if aliquot.location else "placed",
                      to=slot, status=status, reason=reason)
    return [locate(session, aliquot.barcode) for aliquot, _ in plan]
