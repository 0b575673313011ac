"""Free space in the freezers: finding room, utilisation, defragmentation and evacuation.

Issue 7, points 5 and 6. Everything here reads, except ``apply_defrag``: a biobank needs to know
where the next boxes' worth of tubes will go, which racks are filling up, how to consolidate
half-empty boxes into whole empty ones, and, when a freezer fails, what is in it and where it
can go. The rules are elsewhere: the planning rule in biotrack.defrag (pure), every tube move
in storage.move (so a defragmentation is the same audited movement as a hand move).

A defragmentation plan is made, printed, carried out at the freezer, and then applied: between
those steps tubes may move, so the plan carries each tube's from-position and ``apply_defrag``
refuses the whole plan when any tube is no longer where the plan found it. The plan is a JSON
document (``DefragPlan.to_json``/``from_json``) so the CLI can save it next to its PDF.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from biotrack import defrag
from biotrack.db import space as repo
from biotrack.db import storage as storage_repo
from biotrack.errors import (
    QT_TRANSLATE_NOOP,
    Conflict,
    Message,
    NotFound,
    Translate,
    UserError,
)
from biotrack.models import Box, Location, position_label
from biotrack.protocol import BOX_TYPES
from biotrack.reports.output import atomic_target, check_target
from biotrack.services import storage
from biotrack.services.context import Session, change
from biotrack.services.validation import check_count
from biotrack.status_words import status_word

PLAN_KIND = "biotrack-defrag-plan"
PLAN_VERSION = 1
MAX_FIND = 10_000
#: What a plan read from data rather than from a file is called in messages.
_THE_PLAN = Message(QT_TRANSLATE_NOOP("Messages", "the plan"))


def _box_type(box_type: str) -> str:
    value = (box_type or "").strip().lower()
    if value not in BOX_TYPES:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "unknown box type '{type}' (use "
                                          "{choices})"),
                        type=box_type[:20], choices=" or ".join(BOX_TYPES))
    return value


def _freezer(session: Session, code: str | None) -> str | None:
    if code is None or not code.strip():
        return None
    code = code.strip()
    if storage_repo.freezer_by_code(session.db, code) is None:
        known = ", ".join(repo.freezer_codes(session.db))
        if not known:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "no freezer {code} (known: none)"),
                           code=code[:20])
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no freezer {code} (known: {known})"),
                       code=code[:20], known=known)
    return code


# -- finding room ---------------------------------------------------------------------------------


def free_positions(session: Session, box_type: str, count: int) -> list[Location]:
    """The next ``count`` free positions of a box type in allocation (fill) order; fewer when
    there are not that many."""
    kind = _box_type(box_type)
    check_count(count, "number of positions", 1, MAX_FIND)
    found: list[Location] = []
    for box in repo.boxes_with_room(session.db, kind, 1):
        taken = storage_repo.taken_positions(session.db, box.id)
        for row in range(1, box.rows + 1):
            for col in range(1, box.cols + 1):
                if (row, col) in taken:
                    continue
                found.append(Location(box.freezer, box.shelf, box.rack, box.code,
                                      position_label(row, col), box.id, row, col))
                if len(found) == count:
                    return found
    return found


def empty_boxes(session: Session, box_type: str, count: int) -> list[Box]:
    """The first ``count`` boxes of a type that hold nothing (fill order); fewer if need be."""
    kind = _box_type(box_type)
    check_count(count, "number of boxes", 1, MAX_FIND)
    return repo.empty_boxes(session.db, kind, limit=count)


# -- utilisation ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Usage:
    """Capacity and occupied positions of one rack (one box type), shelf or freezer."""

    level: str  # "freezer", "shelf" or "rack"
    path: str
    box_type: str
    boxes: int
    empty_boxes: int
    capacity: int
    occupied: int

    @property
    def free(self) -> int:
        return self.capacity - self.occupied

    @property
    def percent(self) -> float:
        return round(100.0 * self.occupied / self.capacity, 1) if self.capacity else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"level": self.level, "path": self.path, "box_type": self.box_type,
                "boxes": self.boxes, "empty_boxes": self.empty_boxes,
                "capacity": self.capacity, "occupied": self.occupied, "free": self.free,
                "percent": self.percent}


def utilisation(session: Session) -> list[Usage]:
    """Per freezer, then its shelves and racks (one line per box type), in display order.
    Occupied counts reserved (checked-out) positions: they are not free."""
    lines: list[Usage] = []
    totals: dict[tuple[str, str, str], list[int]] = {}
    racks: list[Usage] = []
    for row in repo.rack_utilisation(session.db):
        usage = Usage("rack", f"{row['freezer']}/{row['shelf']}/{row['rack']}", row["box_type"],
                      row["boxes"], row["empty_boxes"], row["capacity"], row["occupied"])
        racks.append(usage)
        for level, path in (("freezer", row["freezer"]),
                            ("shelf", f"{row['freezer']}/{row['shelf']}")):
            total = totals.setdefault((level, path, row["box_type"]), [0, 0, 0, 0])
            for index, key in enumerate(("boxes", "empty_boxes", "capacity", "occupied")):
                total[index] += row[key]
    def summed(level: str, path: str) -> list[Usage]:
        return [Usage(level, p, kind, *values) for (lvl, p, kind), values in totals.items()
                if lvl == level and p == path]
    seen_freezers: list[str] = []
    seen_shelves: set[str] = set()
    for rack in racks:
        freezer, shelf = rack.path.split("/")[0], "/".join(rack.path.split("/")[:2])
        if freezer not in seen_freezers:
            seen_freezers.append(freezer)
            lines += summed("freezer", freezer)
        if shelf not in seen_shelves:
            seen_shelves.add(shelf)
            lines += summed("shelf", shelf)
        lines.append(rack)
    return lines


# -- defragmentation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedMove:
    """One move of a defragmentation plan, with what a person needs at the freezer."""

    barcode: str
    code: str
    visit: str
    sample_type: str
    from_path: str
    to_path: str
    from_slot: tuple[int, int, int]
    to_slot: tuple[int, int, int]

    @property
    def from_box(self) -> str:
        return self.from_path.rpartition("/")[0]

    @property
    def to_box(self) -> str:
        return self.to_path.rpartition("/")[0]

    def to_json(self) -> dict[str, Any]:
        return {"barcode": self.barcode, "code": self.code, "visit": self.visit,
                "sample_type": self.sample_type, "from": self.from_path, "to": self.to_path,
                "from_slot": list(self.from_slot), "to_slot": list(self.to_slot)}


@dataclass(frozen=True)
class DefragPlan:
    """The moves that empty whole boxes, made at ``made_at`` over ``freezer`` (None: all)."""

    made_at: str
    freezer: str | None
    moves: tuple[PlannedMove, ...] = ()
    emptied: tuple[str, ...] = field(default=())
    empty_before: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"kind": PLAN_KIND, "version": PLAN_VERSION, "made_at": self.made_at,
                "freezer": self.freezer, "empty_boxes_before": self.empty_before,
                "boxes_emptied": list(self.emptied),
                "moves": [m.to_json() for m in self.moves]}

    @classmethod
    def from_json(cls, data: Any, source: str | Message = _THE_PLAN) -> DefragPlan:
        """Read a saved plan; anything malformed is one UserError naming what is wrong."""
        if not isinstance(data, Mapping) or data.get("kind") != PLAN_KIND:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source} is not a BioTrack "
                                              "defragmentation plan"), source=source)
        if data.get("version") != PLAN_VERSION:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: plan version {version} is "
                                              "not {expected}: make a new plan"),
                            source=source, version=repr(data.get("version")),
                            expected=PLAN_VERSION)
        moves = []
        try:
            for item in data["moves"]:
                moves.append(PlannedMove(
                    str(item["barcode"]), str(item["code"]), str(item["visit"]),
                    str(item["sample_type"]), str(item["from"]), str(item["to"]),
                    _slot(item["from_slot"]), _slot(item["to_slot"])))
            return cls(str(data["made_at"]), data.get("freezer"), tuple(moves),
                       tuple(str(p) for p in data.get("boxes_emptied", ())),
                       int(data.get("empty_boxes_before", 0)))
        except (KeyError, TypeError, ValueError) as exc:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: malformed move {number} "
                                              "({problem})"),
                            source=source, number=len(moves) + 1, problem=f"{exc!s:.60}"
                            ) from None

    def by_box(self) -> list[tuple[str, list[PlannedMove]]]:
        """The moves grouped by source box, in plan order (the order to carry them out)."""
        groups: dict[str, list[PlannedMove]] = {}
        for move in self.moves:
            groups.setdefault(move.from_box, []).append(move)
        return list(groups.items())


def plan_file_for(pdf_path: Path) -> Path:
    """Where a plan's JSON is kept: next to its PDF, same name, suffix .json."""
    return Path(pdf_path).with_suffix(".json")


def save_plan(plan: DefragPlan, target: Path) -> Path:
    """Write the plan's JSON (atomically) so it can be applied later, by the GUI or the CLI."""
    check_target(target)
    with atomic_target(target) as temporary:
        temporary.write_text(json.dumps(plan.to_json(), ensure_ascii=False, indent=2) + "\n",
                             encoding="utf-8")
    return target


def load_plan(path: Path) -> DefragPlan:
    """Read a saved plan: its .json, or the .json next to the given .pdf."""
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        path = plan_file_for(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "cannot read {path}: {reason}"),
                        path=path, reason=exc.strerror) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{source} is not a BioTrack "
                                          "defragmentation plan"), source=path) from None
    return DefragPlan.from_json(data, str(path))


def _slot(value: Any) -> tuple[int, int, int]:
    box_id, row, col = (int(v) for v in value)
    return box_id, row, col


def defrag_plan(session: Session, freezer: str | None = None,
                max_moves: int | None = None) -> DefragPlan:
    """What to move so that partly filled boxes are consolidated and whole boxes emptied;
    ``max_moves`` caps the tubes to move (the boxes with the fewest tubes are emptied first)."""
    code = _freezer(session, freezer)
    if max_moves is not None:
        check_count(max_moves, "the most moves", 1, 1_000_000)
    boxes = repo.boxes_in_order(session.db, freezer=code)
    tubes: dict[int, list[dict[str, Any]]] = {}
    for row in repo.tubes_in_boxes(session.db, freezer=code):
        tubes.setdefault(row["box_id"], []).append(row)
    states = [
        defrag.BoxState(box.id, box.path, box.freezer, box.box_type, box.rows, box.cols, tuple(
            defrag.Tube(t["barcode"], t["pos_row"], t["pos_col"], t["status"] == "in_storage")
            for t in tubes.get(box.id, ())))
        for box in boxes
    ]
    by_id = {box.id: box for box in boxes}
    info = {t["barcode"]: t for rows in tubes.values() for t in rows}
    result = defrag.plan(states, max_moves)

    def path(box_id: int, row: int, col: int) -> str:
        return f"{by_id[box_id].path}/{position_label(row, col)}"

    moves = tuple(
        PlannedMove(m.barcode, info[m.barcode]["code"], info[m.barcode]["visit"],
                    info[m.barcode]["sample_type"], path(m.from_box, m.from_row, m.from_col),
                    path(m.to_box, m.to_row, m.to_col), (m.from_box, m.from_row, m.from_col),
                    (m.to_box, m.to_row, m.to_col))
        for m in result.moves
    )
    return DefragPlan(session.now_iso(), code, moves,
                      tuple(by_id[b].path for b in result.emptied),
                      sum(1 for s in states if not s.tubes))


def stale_moves(session: Session, plan: DefragPlan) -> list[Message]:
    """Why the plan no longer matches the freezer: one line per tube that moved since the plan
    was made, or per target position taken meanwhile (empty: the plan can be applied)."""
    problems: list[Message] = []
    for move in plan.moves:
        now = repo.tube_position(session.db, move.barcode)
        if now is None:
            problems.append(Message(QT_TRANSLATE_NOOP("Messages", "{barcode} is not in the "
                                                      "database"), barcode=move.barcode))
            continue
        slot = (now["box_id"], now["pos_row"], now["pos_col"])
        here = (storage_repo.location_of(session.db, *slot)
                if now["box_id"] and repo.box_exists(session.db, now["box_id"]) else None)
        if now["status"] != "in_storage" or slot != move.from_slot or (
                here is None or here.path != move.from_path):
            where: str | Message = (here.path if here else
                                    Message(QT_TRANSLATE_NOOP("Messages", "no position")))
            problems.append(Message(
                QT_TRANSLATE_NOOP("Messages", "{barcode} moved since the plan was made (plan: "
                                  "{planned}; now: {now}, {status})"),
                barcode=move.barcode, planned=move.from_path, now=where,
                status=status_word(str(now["status"]))))
            continue
        target = (storage_repo.location_of(session.db, *move.to_slot)
                  if repo.box_exists(session.db, move.to_slot[0]) else None)
        if target is None or target.path != move.to_path:
            problems.append(Message(QT_TRANSLATE_NOOP("Messages", "box of {position} has "
                                                      "moved or gone since the plan was made"),
                                    position=move.to_path))
            continue
        holder = storage_repo.occupant(session.db, *move.to_slot)
        if holder is not None:
            problems.append(Message(QT_TRANSLATE_NOOP("Messages", "{position} now holds "
                                                      "{barcode}"),
                                    position=move.to_path, barcode=holder))
    return problems


def apply_defrag(session: Session, plan: DefragPlan) -> int:
    """Carry out a plan's moves in one transaction (every move audited by storage.move).

    Refused whole, with the first reason, when any tube is no longer where the plan found it
    or a target position was taken meanwhile: print a new plan instead.
    """
    if not plan.moves:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "the plan has no moves: nothing to "
                                          "apply"))
    with change(session, "storage") as rec:
        problems = stale_moves(session, plan)
        if problems:
            if len(problems) > 1:
                raise Conflict(QT_TRANSLATE_NOOP("Messages", "the plan made at {made} is out of "
                                                 "date: {problem} (and {more} more). Nothing "
                                                 "was moved; make a new plan"),
                               made=plan.made_at, problem=problems[0], more=len(problems) - 1)
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "the plan made at {made} is out of "
                                             "date: {problem}. Nothing was moved; make a new "
                                             "plan"),
                           made=plan.made_at, problem=problems[0])
        reason = f"defragmentation plan of {plan.made_at}"
        for move in plan.moves:
            storage.move(session, move.barcode, move.to_path, reason=reason)
        rec.record("space.defrag", "freezer", plan.freezer or "*", after={
            "made_at": plan.made_at, "moves": len(plan.moves),
            "boxes_emptied": list(plan.emptied)})
    return len(plan.moves)


# -- freezer failure: the evacuation list ---------------------------------------------------------


@dataclass(frozen=True)
class EvacuationBox:
    """A box of the failing freezer, its tubes, and where they could go (box paths with the
    number of tubes each takes; empty when there is not enough room elsewhere)."""

    box: Box
    tubes: tuple[dict[str, Any], ...]
    destinations: tuple[tuple[str, int], ...] = ()

    @property
    def stored(self) -> int:
        return sum(1 for t in self.tubes if t["status"] == "in_storage")

    def to_json(self) -> dict[str, Any]:
        return {"box": self.box.path, "box_type": self.box.box_type, "tubes": list(self.tubes),
                "destinations": [{"box": p, "tubes": n} for p, n in self.destinations]}


@dataclass(frozen=True)
class Evacuation:
    """Everything in one freezer, and the room of the same box types in the others."""

    freezer: str
    made_at: str
    boxes: tuple[EvacuationBox, ...]
    #: Per box type: (box path, free positions) of the boxes with room in other freezers.
    room: Mapping[str, tuple[tuple[str, int], ...]]

    def needed(self, box_type: str) -> int:
        return sum(b.stored for b in self.boxes if b.box.box_type == box_type)

    def free(self, box_type: str) -> int:
        return sum(n for _, n in self.room.get(box_type, ()))

    def to_json(self) -> dict[str, Any]:
        types = sorted({b.box.box_type for b in self.boxes} | set(self.room))
        return {
            "freezer": self.freezer, "made_at": self.made_at,
            "summary": [{"box_type": t, "tubes": self.needed(t), "free_elsewhere": self.free(t),
                         "enough": self.free(t) >= self.needed(t)} for t in types],
            "boxes": [b.to_json() for b in self.boxes],
            "room": {t: [{"box": p, "free": n} for p, n in v] for t, v in self.room.items()},
        }


def evacuation(session: Session, freezer: str) -> Evacuation:
    """The evacuation list of one freezer: its boxes with tubes, and where the stored tubes
    could go (boxes of the same type with free positions in other freezers, filled in fill
    order, a box's tubes kept together as far as they fit). Coded data only."""
    code = _freezer(session, freezer)
    if code is None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "name the freezer to evacuate"))
    contents: dict[int, list[dict[str, Any]]] = {}
    for row in repo.tubes_in_boxes(session.db, freezer=code):
        contents.setdefault(row["box_id"], []).append({
            "position": position_label(row["pos_row"], row["pos_col"]),
            "barcode": row["barcode"], "code": row["code"], "visit": row["visit"],
            "sample_type": row["sample_type"], "number": row["number"],
            "of": row["of_count"], "status": row["status"]})
    boxes = [b for b in repo.boxes_in_order(session.db, freezer=code) if b.id in contents]
    room = {kind: tuple((b.path, b.capacity - b.occupied) for b in repo.boxes_with_room(
        session.db, kind, 1, exclude_freezer=code)) for kind in BOX_TYPES}
    left = {path: free for kind in BOX_TYPES for path, free in room[kind]}
    result = []
    for box in boxes:
        tubes = tuple(contents[box.id])
        need = sum(1 for t in tubes if t["status"] == "in_storage")
        pool = [path for path, _ in room.get(box.box_type, ()) if left[path]]
        destinations: list[tuple[str, int]] = []
        whole = next((path for path in pool if left[path] >= need), None) if need else None
        for path in [whole] if whole else pool:
            if need == 0:
                break
            take = min(need, left[path])
            destinations.append((path, take))
            left[path] -= take
            need -= take
        result.append(EvacuationBox(box, tubes, tuple(destinations)))
    return Evacuation(code, session.now_iso(), tuple(result), room)


# -- printable files ------------------------------------------------------------------------------


def _study(session: Session) -> str:
    return session.protocol.name


def _english(context: str, text: str) -> str:
    del context
    return text


def write_utilisation(session: Session, target: Path, fmt: str, *,
                      translate: Translate = _english) -> list[Usage]:
    """The utilisation report as PDF (in the language of ``translate``) or CSV (English
    columns, read by other programs)."""
    from biotrack.reports import space as space_report

    check_target(target)
    lines = utilisation(session)
    data = [u.to_json() for u in lines]
    if fmt == "pdf":
        space_report.write_utilisation_pdf(data, target, study=_study(session),
                                           generated_at=_local(session), translate=translate)
    elif fmt == "csv":
        space_report.write_csv(data, target, space_report.UTILISATION_COLUMNS)
    else:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "unknown format '{format}' (use pdf or "
                                          "csv)"), format=fmt)
    return lines


def write_defrag_plan(session: Session, plan: DefragPlan, target: Path, *,
                      translate: Translate = _english) -> Path:
    """The printable plan (PDF, in the language of ``translate``) and, next to it, its JSON to
    apply later; returns the JSON's path."""
    from biotrack.reports import space as space_report

    check_target(target)
    space_report.write_defrag_pdf(plan.to_json(), target, study=_study(session),
                                  generated_at=_local(session), translate=translate)
    return save_plan(plan, plan_file_for(target))


def write_evacuation(session: Session, evac: Evacuation, target: Path, fmt: str, *,
                     translate: Translate = _english) -> None:
    """The evacuation list as PDF (in the language of ``translate``) or CSV."""
    from biotrack.reports import space as space_report

    check_target(target)
    if fmt == "pdf":
        space_report.write_evacuation_pdf(evac.to_json(), target, study=_study(session),
                                          generated_at=_local(session), translate=translate)
    elif fmt == "csv":
        space_report.write_csv(space_report.evacuation_rows(evac.to_json()), target,
                               space_report.EVACUATION_COLUMNS)
    else:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "unknown format '{format}' (use pdf or "
                                          "csv)"), format=fmt)


def _local(session: Session) -> datetime:
    return session.now().astimezone()
