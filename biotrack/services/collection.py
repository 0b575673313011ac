"""Registering a blood draw: the collection, its aliquots, barcodes and positions at once.

SPEC.md section 4.3: the right aliquots are created (6 serum, + 2 buffy coat at V1/V5/V7),
positions are proposed automatically, and all of it is one transaction: the collection, every
aliquot, its placement and every audit event are written whole or not at all. A short draw can
lower the counts (the deviation is recorded); a draw is never refused for lack of a box: what
does not fit waits as "unplaced" with a warning.

The technician may overrule the proposal (issue 5: "change a position by clicking the box
grid"): ``positions`` maps an aliquot, as (sample type, number), to a position path. Those are
checked inside the registering transaction, against what is stored at that moment (a box of
the sample's type, a free position, no two tubes of the draw in one position); the other
aliquots keep the allocator's proposal. A refused choice writes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from biotrack import allocation, sprec
from biotrack.barcodes import make_barcode
from biotrack.db import collections as repo
from biotrack.db import participants as participant_repo
from biotrack.db import space as space_repo
from biotrack.db import storage as storage_repo
from biotrack.errors import QT_TRANSLATE_NOOP, Conflict, Message, NotFound, UserError
from biotrack.models import Box, Collection, Location, Participant, Visit, position_label
from biotrack.schedule import COLLECTED, PLANNED
from biotrack.services import printing
from biotrack.services.context import Session, change
from biotrack.services.enrolment import get_participant, get_visit, refresh_schedule
from biotrack.services.storage import resolve_position
from biotrack.services.validation import optional_text
from biotrack.status_words import status_word

MAX_PROCESSING = timedelta(days=7)
CLOCK_SKEW = timedelta(minutes=10)


@dataclass(frozen=True)
class Draw:
    """What the technician enters for one draw. Times are local wall-clock times."""

    drawn_at: datetime
    received_at: datetime | None = None
    centrifuged_at: datetime | None = None
    frozen_at: datetime | None = None
    drawn_by: str | None = None
    processed_by: str | None = None
    deviations: Sequence[str] = ()
    notes: str | None = None
    #: Aliquots per sample type when fewer than the protocol's (a short draw).
    counts: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PlannedAliquot:
    """One aliquot a draw will give, before it exists."""

    sample_type: str
    number: int
    of_count: int
    volume_ul: int


#: Positions chosen by hand: (sample type, aliquot number) -> FREEZER/SHELF/RACK/BOX/POSITION.
Positions = Mapping[tuple[str, int], str]
#: (box id, row, column) of one position.
Slot = tuple[int, int, int]


@dataclass(frozen=True)
class Registered:
    """The stored collection and what the person should be told about it."""

    collection: Collection
    #: Shown to the person in their language; the English ``str()`` of each short-draw,
    #: timing and window warning is also stored among the collection's deviations.
    warnings: tuple[Message, ...]


def expected_aliquots(session: Session, visit: Visit,
                      counts: Mapping[str, int] | None = None) -> list[PlannedAliquot]:
    """The aliquots the protocol asks for at this visit, lowered by ``counts`` if given."""
    sample_set = session.protocol.sample_set(visit.samples)
    counts = dict(counts or {})
    known = {spec.sample_type for spec in sample_set.aliquots}
    for sample_type, count in counts.items():
        if sample_type not in known:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "visit {visit} gives no {sample}"),
                            visit=visit.code, sample=sample_type.replace("_", " "))
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "the number of {sample} aliquots must "
                                              "be 0 or more, not {count}"),
                            sample=sample_type.replace("_", " "), count=repr(count))
    planned = []
    for spec in sample_set.aliquots:
        count = counts.get(spec.sample_type, spec.count)
        if count > spec.count:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "visit {visit} gives at most {most} {sample} "
                                  "aliquots, not {count}"),
                visit=visit.code, most=spec.count, sample=spec.sample_type.replace("_", " "),
                count=count)
        planned += [PlannedAliquot(spec.sample_type, n, count, spec.volume_ul)
                    for n in range(1, count + 1)]
    if not planned:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "a collection needs at least one aliquot "
                                          "(record a missed visit instead)"))
    return planned


def _check_times(session: Session, participant: Participant, draw: Draw) -> None:
    now = session.now().astimezone().replace(tzinfo=None)
    if draw.drawn_at > now + CLOCK_SKEW:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "the draw time {time} is in the future"),
                        time=f"{draw.drawn_at:%Y-%m-%d %H:%M}")
    if draw.drawn_at.date() < participant.enrolled_on:
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "the draw ({date}) is before enrolment ({enrolled})"),
                        date=f"{draw.drawn_at:%Y-%m-%d}", enrolled=participant.enrolled_on)
    # The steps are named in the message, in the reader's language.
    previous = (Message(QT_TRANSLATE_NOOP("Messages", "drawn")), draw.drawn_at)
    for name, value in ((Message(QT_TRANSLATE_NOOP("Messages", "received")), draw.received_at),
                        (Message(QT_TRANSLATE_NOOP("Messages", "centrifuged")),
                         draw.centrifuged_at),
                        (Message(QT_TRANSLATE_NOOP("Messages", "frozen")), draw.frozen_at)):
        if value is None:
            continue
        time = f"{value:%Y-%m-%d %H:%M}"
        if value < previous[1]:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{step} at {time} is before "
                                              "{earlier} at {earlier_time}"),
                            step=name, time=time, earlier=previous[0],
                            earlier_time=f"{previous[1]:%Y-%m-%d %H:%M}")
        if value - draw.drawn_at > MAX_PROCESSING:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{step} at {time} is more than 7 days "
                                              "after the draw: check the date"),
                            step=name, time=time)
        if value > now + CLOCK_SKEW:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{step} at {time} is in the future"),
                            step=name, time=time)
        previous = (name, value)


def _deviations(session: Session, draw: Draw) -> list[str]:
    result = []
    for deviation in draw.deviations:
        text = optional_text(deviation, "deviation", 200)
        if text and text not in result:
            result.append(text)
    return result


def _collectable(session: Session, code: str, visit_code: str) -> tuple[Participant, Visit]:
    """The participant and visit, refused unless a draw can be registered for them now."""
    participant = get_participant(session, code)
    visit = get_visit(session, participant, visit_code)
    if visit.status == COLLECTED:
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "{code} {visit} is already collected"),
                       code=participant.code, visit=visit.code)
    if visit.status != PLANNED:
        raise Conflict(QT_TRANSLATE_NOOP("Messages",
                                         "{code} {visit} is {status}: it cannot be collected"),
                       code=participant.code, visit=visit.code,
                       status=status_word(visit.status))
    if participant.status != "active":
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "{code} is {status}"),
                       code=participant.code, status=status_word(participant.status))
    return participant, visit


def preview(session: Session, code: str, visit_code: str,
            counts: Mapping[str, int] | None = None, positions: Positions | None = None
            ) -> list[tuple[PlannedAliquot, Location | None]]:
    """What ``register`` would create for this visit, and where each aliquot would go.

    Read-only: it refuses what ``register`` refuses (a visit that is not planned, a participant
    who is not active, impossible counts) and runs the same allocation (``_allocate``) on the
    same boxes, so as long as nothing else is stored meanwhile, the positions shown are the
    ones the registration takes. None means "no free position: it would wait as unplaced".
    ``positions`` overrule the proposal exactly as in ``register`` (and are refused alike).
    """
    _participant, visit = _collectable(session, code, visit_code)
    planned = expected_aliquots(session, visit, counts)
    locations: dict[tuple[int, int, int], Location | None] = {}
    result: list[tuple[PlannedAliquot, Location | None]] = []
    for plan, slot in zip(planned, _slots(session, planned, positions), strict=True):
        if slot is not None and slot not in locations:
            locations[slot] = storage_repo.location_of(session.db, *slot)
        result.append((plan, locations[slot] if slot is not None else None))
    return result


def register(session: Session, code: str, visit_code: str, draw: Draw,
             positions: Positions | None = None) -> Registered:
    """Register one draw for a visit: one transaction, all aliquots or none.

    ``positions`` (optional) put some aliquots where the technician chose instead of where
    the allocator proposes; they are checked inside the transaction (``_chosen_slots``).
    """
    participant, visit = _collectable(session, code, visit_code)
    planned = expected_aliquots(session, visit, draw.counts)
    _check_times(session, participant, draw)
    deviations = _deviations(session, draw)
    protocol = session.protocol
    warnings: list[Message] = []

    short = [spec for spec in protocol.sample_set(visit.samples).aliquots
             if draw.counts.get(spec.sample_type, spec.count) < spec.count]
    for spec in short:
        # The sample type stays the protocol's English id, underscores as spaces: the
        # translated names live with the screen (ui/value_labels.py), not in a service; the
        # id itself rides along (unused by the template) so the screen can name it.
        warnings.append(Message(QT_TRANSLATE_NOOP("Messages", "short draw: {got} of {count} "
                                                  "{sample}"),
                                got=draw.counts[spec.sample_type], count=spec.count,
                                sample=spec.sample_type.replace("_", " "),
                                sample_type=spec.sample_type))
    if (visit.cycle == 1 and participant.first_dose
            and draw.drawn_at.date() > participant.first_dose):
        warnings.append(Message(QT_TRANSLATE_NOOP("Messages", "baseline drawn after the first "
                                                  "ICI dose ({date})"),
                                date=participant.first_dose.isoformat()))
    if not visit.window_start <= draw.drawn_at.date() <= visit.window_end:
        warnings.append(Message(QT_TRANSLATE_NOOP("Messages",
                                                  "drawn out of window ({start} to {end})"),
                                start=visit.window_start.isoformat(),
                                end=visit.window_end.isoformat()))
    timing = sprec.timing(draw.drawn_at, draw.centrifuged_at, draw.frozen_at)
    warnings += sprec.quality_flags(protocol.quality, timing)
    # Stored in English whatever the screen's language (the deviations are study data).
    deviations += [str(warning) for warning in warnings]

    with change(session, "collect") as rec:
        # Re-read inside the write lock: another process may have registered it meanwhile.
        visit = get_visit(session, participant, visit_code)
        if visit.status != PLANNED or repo.collection_for_visit(session.db, visit.id):
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "{code} {visit} is already collected"),
                           code=participant.code, visit=visit.code)
        now_iso = session.now_iso()
        collection_id = repo.insert_collection(session.db, {
            "visit_id": visit.id,
            "drawn_at": _iso(draw.drawn_at), "received_at": _iso(draw.received_at),
            "centrifuged_at": _iso(draw.centrifuged_at), "frozen_at": _iso(draw.frozen_at),
            "drawn_by": optional_text(draw.drawn_by, "drawn by", 100),
            "processed_by": optional_text(draw.processed_by, "processed by", 100),
            "deviations": deviations, "notes": optional_text(draw.notes, "notes", 2000),
            "expected_aliquots": len(planned), "registered_at": now_iso,
            "registered_by": session.user.id or None,
        })
        slots = _slots(session, planned, positions)
        # Labels printed before the draw reserved barcodes for this visit: use them.
        reserved = printing.bind_reserved_barcodes(
            session, visit.id, [(p.sample_type, p.number) for p in planned])
        serials = iter(repo.take_barcode_serials(
            session.db, sum((p.sample_type, p.number) not in reserved for p in planned)))
        rows = []
        for plan, slot in zip(planned, slots, strict=True):
            box_id, row, col = slot if slot else (None, None, None)
            barcode = (reserved.get((plan.sample_type, plan.number))
                       or make_barcode(next(serials)))
            rows.append({
                "barcode": barcode, "collection_id": collection_id,
                "sample_type": plan.sample_type, "number": plan.number,
                "of_count": plan.of_count, "volume_ul": plan.volume_ul,
                "status": "in_storage" if slot else "unplaced",
                "box_id": box_id, "pos_row": row, "pos_col": col,
                "sprec": sprec.sprec_code(protocol.sample_type(plan.sample_type),
                                          protocol.quality, timing),
                "created_at": now_iso,
            })
        repo.insert_aliquots(session.db, rows)
        participant_repo.set_visit_status(session.db, visit.id, COLLECTED, None)
        refresh_schedule(session.db, protocol, participant)
        collection = repo.collection_by_id(session.db, collection_id)
        assert collection is not None
        for aliquot in collection.aliquots:
            if aliquot.location is not None:
                storage_repo.insert_movement(session.db, {
                    "aliquot_id": aliquot.id, "action": "placed", "at": now_iso,
                    "user_id": session.user.id or None, "from_box": None, "from_row": None,
                    "from_col": None, "to_box": aliquot.location.box_id,
                    "to_row": aliquot.location.row, "to_col": aliquot.location.col,
                    "reason": None,
                })
            rec.record("aliquot.create", "aliquot", aliquot.barcode, after={
                "collection_id": collection_id, "sample_type": aliquot.sample_type,
                "number": aliquot.number, "volume_ul": aliquot.volume_ul,
                "status": aliquot.status, "sprec": aliquot.sprec,
                "location": aliquot.location.path if aliquot.location else None,
            })
        after = dict(collection.to_json(), aliquots=[a.barcode for a in collection.aliquots])
        if positions:
            after["positions_chosen"] = {f"{t}/{n}": slot_path for (t, n), slot_path
                                         in sorted(_normalised(positions).items())}
        rec.record("collection.register", "collection", collection_id, after=after)
    unplaced = [a for a in collection.aliquots if a.location is None]
    if unplaced:
        warnings.append(Message(
            QT_TRANSLATE_NOOP("Messages", "{count} aliquot(s) could not be placed: no free "
                              "position in a box of the right type. They wait as unplaced; "
                              "add boxes and place them with `move`."),
            count=len(unplaced)))
    return Registered(collection, tuple(warnings))


def _normalised(positions: Positions) -> dict[tuple[str, int], str]:
    return {(str(t), n): str(p).strip() for (t, n), p in positions.items()}


def _chosen_slots(session: Session, planned: Sequence[PlannedAliquot],
                  positions: Positions) -> dict[int, Slot]:
    """Index of the planned aliquot -> the slot chosen for it, each choice checked against
    what is stored now: the box exists and takes this sample type, the position is free
    (a checked-out tube's reserved position is not), and no two choices share a position."""
    index_of = {(p.sample_type, p.number): i for i, p in enumerate(planned)}
    chosen: dict[int, Slot] = {}
    used: dict[Slot, str] = {}
    for (sample_type, number), path in _normalised(positions).items():
        what = f"{sample_type.replace('_', ' ')} {number}"
        if isinstance(number, bool) or not isinstance(number, int) \
                or (sample_type, number) not in index_of:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{aliquot} is not an aliquot of this "
                                              "draw"),
                            aliquot=what)
        box, row, col = resolve_position(session, path)
        box_type = session.protocol.sample_type(sample_type).box_type
        if box.box_type != box_type:
            raise Conflict(QT_TRANSLATE_NOOP("Messages",
                                             "box {box} takes {takes} tubes, not {given}"),
                           box=box.path, takes=box.box_type, given=what)
        slot = (box.id, row, col)
        holder = storage_repo.occupant(session.db, *slot)
        if holder is not None:
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "position {position} already holds "
                                             "{holder}"),
                           position=f"{box.path}/{position_label(row, col)}", holder=holder)
        if slot in used:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{first} and {second} cannot both "
                                              "go to {path}"),
                            first=used[slot], second=what,
                            path=f"{box.path}/{position_label(row, col)}")
        used[slot] = what
        chosen[index_of[(sample_type, number)]] = slot
    return chosen


def _slots(session: Session, planned: Sequence[PlannedAliquot],
           positions: Positions | None) -> list[Slot | None]:
    """The allocator's proposal with the chosen positions put over it; refused when a
    proposed position of another aliquot is also chosen (two tubes in one position)."""
    if not positions:
        return _allocate(session, planned)
    chosen = _chosen_slots(session, planned, positions)
    try:
        slots = _allocate(session, planned)
    except Conflict:
        # The rule has no room (e.g. a split-storage freezer is full): the positions chosen by
        # hand are the override, so only the tubes without one need the allocator.
        rest = [i for i in range(len(planned)) if i not in chosen]
        proposal = _allocate(session, [planned[i] for i in rest]) if rest else []
        slots = [None] * len(planned)
        for index, slot in zip(rest, proposal, strict=True):
            slots[index] = slot
    for index, chosen_slot in chosen.items():
        slots[index] = chosen_slot
    seen: dict[Slot, int] = {}
    for index, slot in enumerate(slots):
        if slot is None:
            continue
        if slot in seen:
            first, second = planned[seen[slot]], planned[index]
            location = storage_repo.location_of(session.db, *slot)
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "{first} and {second} would both go to {path}: "
                                  "choose a position for each"),
                first=f"{first.sample_type.replace('_', ' ')} {first.number}",
                second=f"{second.sample_type.replace('_', ' ')} {second.number}",
                path=location.path if location else slot)
        seen[slot] = index
    return slots


def _allocate(session: Session, planned: Sequence[PlannedAliquot]
              ) -> list[tuple[int, int, int] | None]:
    """(box id, row, column) for each planned aliquot (None where nothing is free), kept
    together per box type (biotrack.allocation). Reads only: ``register`` calls it inside its
    transaction, ``preview`` outside any, so both propose the same positions.

    With split storage (protocol ``[storage.split]``, issue 7 point 4) the aliquots of the
    split groups are placed first, each group whole in its own freezer; a group without room
    raises Conflict naming the freezer, so the registration writes nothing. The other aliquots
    follow the ordinary rule; boxes read once are shared (``known``) so that no position is
    handed out twice.
    """
    protocol = session.protocol
    split = protocol.storage.split
    groups: dict[str, list[int]] = {}
    split_groups: dict[int, list[int]] = {}
    for index, aliquot in enumerate(planned):
        group = split.group_of(aliquot.sample_type, aliquot.number) if split else None
        if group is not None:
            split_groups.setdefault(group, []).append(index)
            continue
        box_type = protocol.sample_type(aliquot.sample_type).box_type
        groups.setdefault(box_type, []).append(index)
    result: list[tuple[int, int, int] | None] = [None] * len(planned)
    known: dict[int, allocation.BoxSpace] = {}
    if split is not None and split_groups:
        box_type = protocol.sample_type(split.sample_type).box_type
        counts = [len(split_groups.get(g, ())) for g in range(len(split.groups))]
        typed = space_repo.freezers_with_box_type(session.db, box_type)
        freezers = list(split.freezers) or typed
        label = split.sample_type.replace("_", " ")
        for code in split.freezers:
            if code not in typed:
                if code in space_repo.freezer_codes(session.db):
                    raise Conflict(QT_TRANSLATE_NOOP("Messages", "split storage: freezer {code} "
                                                     "(protocol storage.split) has no {box_type} "
                                                     "boxes: add it or change the protocol"),
                                   code=code, box_type=box_type)
                raise Conflict(QT_TRANSLATE_NOOP("Messages", "split storage: freezer {code} "
                                                 "(protocol storage.split) does not exist: add "
                                                 "it or change the protocol"),
                               code=code)
        wanted = sum(1 for count in counts if count)
        if not split.freezers and len(freezers) < wanted:
            raise Conflict(
                QT_TRANSLATE_NOOP("Messages", "split storage needs {wanted} freezers with "
                                  "{box_type} boxes for the {sample} aliquots; found {count} "
                                  "({freezers}): add a freezer or turn off storage.split in "
                                  "the protocol"),
                wanted=wanted, box_type=box_type, sample=label, count=len(freezers),
                freezers=", ".join(freezers) or Message(QT_TRANSLATE_NOOP("Messages", "none")))
        try:
            chosen_groups = allocation.allocate_split(
                box_type, counts, freezers,
                lambda g, code: _candidate_boxes(session, box_type, counts[g],
                                                 freezer=code, known=known),
                fixed=bool(split.freezers))
        except allocation.SplitFull as full:
            numbers = [planned[i].number for i in split_groups[full.group]]
            which = (Message(QT_TRANSLATE_NOOP("Messages", "freezer {code} is full"),
                             code=full.freezer) if full.freezer else
                     Message(QT_TRANSLATE_NOOP("Messages", "no other freezer has room")))
            raise Conflict(
                QT_TRANSLATE_NOOP("Messages", "split storage: {which} for {sample} aliquots "
                                  "{numbers} ({needed} positions needed in one freezer, {free} "
                                  "free); nothing was registered. Add a {box_type} box there or "
                                  "free space (biotrack space defrag-plan), then register again"),
                which=which, sample=label, numbers=", ".join(map(str, numbers)),
                needed=full.needed, free=full.free, box_type=box_type,
            ) from None
        for g, chosen in enumerate(chosen_groups):
            for index, slot in zip(split_groups.get(g, ()), chosen, strict=False):
                result[index] = slot
    for box_type, indexes in groups.items():
        spaces = _candidate_boxes(session, box_type, len(indexes), known=known)
        (chosen,) = allocation.allocate([(box_type, len(indexes))], spaces)
        for index, slot in zip(indexes, chosen, strict=False):
            result[index] = slot
    return result


def _candidate_boxes(session: Session, box_type: str, count: int, *,
                     freezer: str | None = None,
                     known: dict[int, allocation.BoxSpace] | None = None
                     ) -> list[allocation.BoxSpace]:
    """The boxes ``allocation.allocate`` would end up using, without reading every box.

    Usually that is one box: the first in fill order with room for all ``count`` tubes (found
    through the free-position counts of migration 0003). Only when no box has that much room
    are the boxes with any free position read, in fill order, until they hold ``count`` (the
    spill-over of the rule). Each candidate's taken positions are read from the aliquots
    themselves. While the counts agree with the tubes (triggers keep them so; checked in
    tests/unit/db/test_query_plans.py) the choice is the one the rule makes over all boxes;
    were they ever wrong, a box could be passed over, never a position given twice.

    ``freezer`` limits the search to one freezer (split storage). ``known`` holds the boxes
    already read by this allocation, with the positions it took: a box is read once and its
    free count is the one after those takes (the "count disagreed" path then skips it).
    """
    db = session.db
    known = {} if known is None else known

    def space(box: Box) -> allocation.BoxSpace:
        if box.id not in known:
            known[box.id] = allocation.BoxSpace(
                box.id, box.box_type, box.rows, box.cols,
                storage_repo.taken_positions(db, box.id), box.freezer)
        return known[box.id]

    def with_room(at_least: int, limit: int | None = None) -> list[Box]:
        if freezer is None:
            return storage_repo.boxes_with_room(db, box_type, at_least, limit=limit)
        return space_repo.boxes_with_room(db, box_type, at_least, freezer=freezer,
                                          limit=limit)

    first = with_room(count, limit=1)
    if first:
        whole = space(first[0])
        if whole.free_count >= count:
            return [whole]
        # The count disagreed with the tubes (it never should): look at every box with room.
        for box in with_room(count):
            candidate = space(box)
            if candidate.free_count >= count:
                return [candidate]
    spill: list[allocation.BoxSpace] = []
    free = 0
    for box in with_room(1):
        candidate = space(box)
        if candidate.free_count:
            spill.append(candidate)
            free += candidate.free_count
        if free >= count:
            break
    return spill


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="minutes") if value else None


def boxes_for(session: Session, sample_type: str) -> list[Box]:
    """The boxes a tube of this sample type may go to that have a free position, in fill
    order (the choices offered when the technician moves a proposed position)."""
    box_type = session.protocol.sample_type(sample_type).box_type
    return storage_repo.boxes_with_room(session.db, box_type, 1)


def get_collection(session: Session, collection_id: int) -> Collection:
    collection = repo.collection_by_id(session.db, collection_id)
    if collection is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no collection {id}"), id=collection_id)
    return collection


def collections_of(session: Session, code: str) -> list[Collection]:
    participant = get_participant(session, code)
    return repo.collections_of(session.db, participant.id)
