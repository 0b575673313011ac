"""A large, realistic BioTrack database for the benchmarks (issue 8, point 1).

    python -m bench.generate --aliquots 1000000 -o FILE [--seed 42] [--today YYYY-MM-DD]

Why it exists: the hot paths (locate, register, labels, reports, the GUI) must be measured at
biobank scale, up to a million aliquots, and ``biotrack init --demo`` replays 40 participants
through the services, which would take hours at that size.

Why it is built this way:

- The file is created by the normal storage layer: ``setup.initialise`` (schema, protocol,
  sites, freezer F1, the manager), ``accounts.add_user`` for the nurse and the technician, and
  ``services.storage.add_freezer`` for every extra freezer. Only the study itself (participants,
  visits, irAEs, collections, aliquots, movements and their audit events) is written in bulk:
  ``executemany`` inside large transactions (TECH-NOTES.md: row-by-row writes are 6x slower).
- The bulk rows are the rows the services would have written, so every invariant holds and
  ``biotrack check`` passes: schedules come from ``biotrack.schedule.build_schedule`` with what
  happened, positions follow the allocation rule of ``biotrack.allocation`` (the first box in
  fill order with room for all tubes of a type, A1, A2 ... order; the UNIQUE index refuses a
  clash), every aliquot has its ``aliquot.create`` event, every collection its
  ``collection.register`` event and its full set of aliquots, every stored tube its
  ``placed`` movement and its labels printed once, and the audit chain is extended in order
  with ``biotrack.audit_chain.event_hash``.
- The study is INTER-AUTENTIC's shape at scale: participants enrolled over six years (88 % ICI,
  12 % SAD), 8 aliquots at V1/V5/V7 and 6 at the other visits, irAE and flare visits, missed
  visits, short draws, a few withdrawals; recent visits are still open, so the due list and the
  monthly report have something to show. Exactly ``--aliquots`` aliquots are made (the last
  draw is a short one when needed).
- Everything is drawn from ``random.Random(seed)``; with the same seed and ``--today`` the study
  is the same (only the set-up's own timestamps and password salts differ).
- The file is built under a side name and renamed when complete, so an interrupted run never
  leaves a half-made database that a benchmark would take for a real one.
"""

from __future__ import annotations

import argparse
import heapq
import json
import os
import random
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time
from pathlib import Path
from typing import Any, TypeVar

from biotrack import sprec
from biotrack.audit_chain import GENESIS_HASH, event_hash
from biotrack.barcodes import make_barcode
from biotrack.db import storage as storage_repo
from biotrack.db.connection import write_transaction
from biotrack.models import Box, position_label
from biotrack.protocol import Cohort, Protocol, load_protocol
from biotrack.schedule import (
    COLLECTED,
    MISSED,
    PLANNED,
    ClinicalEvent,
    Outcome,
    ScheduledVisit,
    build_schedule,
    follow_up_end,
)
from biotrack.services import accounts, setup, storage
from biotrack.services.context import Session
from biotrack.services.demo import (
    BEFORE_DOSE_OFFSETS,
    CYCLE_OFFSETS,
    DEFAULT_ONSET,
    DELAYED_PROCESSING_RATE,
    DRAW_DEVIATIONS,
    FLARE_NOTES,
    FORWARD_OFFSETS,
    GRADE_WEIGHTS,
    IRAE_NOTES,
    IRAE_ONSET,
    IRAE_SHARE,
    LATE_DRAW_RATE,
    MISSED_RATE,
    MISSED_REASONS,
    REMISSION_NOTES,
    SAD_WEIGHTS,
    SHORT_DRAW_RATE,
    SHORT_DRAW_SERUM,
    SITE_WEIGHTS,
    TUMOURS,
    WITHDRAWAL_REASONS,
)

K = TypeVar("K")

MANAGER = "admin"
PASSWORD = "bench-pass"            # every generated account (the benchmarks sign in with it)
SPAN_DAYS = 6 * 365                # enrolments spread over the six years before today
ICI_SHARE = 0.88                   # the protocol's targets: 300 ICI, 40 SAD
RECENT_DAYS = 10                   # visits this recent may still be open
OPEN_RECENT_RATE = 0.3
WITHDRAWAL_RATE = 0.02
SAD_EVENT_RATES = (("flare", 0.35, FLARE_NOTES), ("remission", 0.3, REMISSION_NOTES))
SAD_EVENT_AFTER_DAYS = 21
CHUNK_ALIQUOTS = 100_000           # rows per transaction (bounds the WAL and the buffers)
LABEL_TEMPLATE = "cryo-38x13"      # every collection's labels are printed once, as ZPL
LABEL_PRINTER = "queue:lab-zebra"

#: The freezers added for the study: 5 shelves x 8 racks x 10 boxes of 9 x 9, seven serum
#: racks and one buffy-coat rack per shelf (the study's 7:1 ratio of serum to buffy coat).
BULK_LAYOUT = {
    "shelves": 5, "racks_per_shelf": 8, "boxes_per_rack": 10,
    "rack_box_types": ("serum",) * 7 + ("buffy",), "box_rows": 9, "box_cols": 9,
}
#: Allocation leaves a few positions of a box unused (81 = 13 x 6 + 3): plan for this fill.
EXPECTED_FILL = 0.93


def _pick(rng: random.Random, weights: Mapping[K, float]) -> K:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, day_time(hour, minute))


def _utc(local: datetime) -> datetime:
    """A local wall-clock time (naive) as the aware instant the services' clock would give."""
    return local.astimezone().astimezone(UTC)


def _dump(value: Any) -> str | None:
    """As biotrack.db.audit stores ``before``/``after``."""
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


# -- one participant's story, planned without the database --------------------------------------


@dataclass
class DrawPlan:
    """One collection as the technician would enter it, with what it gives."""

    visit: str
    drawn_at: datetime
    received_at: datetime
    centrifuged_at: datetime
    frozen_at: datetime
    deviations: tuple[str, ...]
    notes: str | None
    counts: dict[str, int]          # aliquots per sample type (a short draw gives fewer)

    @property
    def registered(self) -> datetime:
        # Registered a few minutes after freezing, as the demo's technician does.
        return self.frozen_at + timedelta(minutes=7 + self.drawn_at.minute % 17)


@dataclass
class EventPlan:
    """A clinical event that opens a visit (irAE, flare, remission) or a withdrawal."""

    kind: str
    code: str
    on: date
    at: datetime
    irae_type: str | None = None
    grade: int | None = None
    notes: str | None = None
    reason: str | None = None


@dataclass
class ParticipantPlan:
    """Everything that happens to one synthetic participant, in their own time order."""

    cohort: str
    site: str
    enrolled_on: date
    sex: str
    birth_year: int
    diagnosis: str
    local_id: str | None
    regimen: str | None = None
    first_dose: date | None = None
    draws: list[DrawPlan] = field(default_factory=list)
    missed: list[tuple[str, datetime, str]] = field(default_factory=list)  # visit, noted, reason
    events: list[EventPlan] = field(default_factory=list)
    withdrawal: EventPlan | None = None
    schedule: list[ScheduledVisit] = field(default_factory=list)

    @property
    def aliquots(self) -> int:
        return sum(sum(d.counts.values()) for d in self.draws)


class StoryTeller:
    """Plans participants one at a time: enrolment, visits decided in order, events."""

    def __init__(self, protocol: Protocol, rng: random.Random, today: date) -> None:
        self.protocol = protocol
        self.rng = rng
        self.today = today
        self.sites = {s.code: SITE_WEIGHTS.get(s.code, 5) for s in protocol.sites}
        self.ici = protocol.cohort("ICI")
        self.sad = protocol.cohort("SAD")
        self.ici_tumours = {name: TUMOURS.get(name, (1, {}))[0] for name in self.ici.diagnoses}
        self.sad_weights = {d: SAD_WEIGHTS.get(d, 5) for d in self.sad.diagnoses}
        self.irae_weights = {t: 0.7 ** rank for rank, t in enumerate(protocol.irae_types)}

    # ---- who

    def participant(self) -> ParticipantPlan:
        rng = self.rng
        enrolled_on = self.today - timedelta(days=rng.randint(2, SPAN_DAYS))
        site = _pick(rng, self.sites)
        local_id = f"NHC-{rng.randint(100_000, 9_999_999)}" if rng.random() < 0.7 else None
        if rng.random() < ICI_SHARE:
            diagnosis = _pick(rng, self.ici_tumours)
            regimens = {r: w for r, w in TUMOURS.get(diagnosis, (1, {}))[1].items()
                        if r in self.protocol.regimens} or {next(iter(self.protocol.regimens)): 1}
            age = min(85, max(30, round(rng.gauss(66, 10))))
            plan = ParticipantPlan(
                "ICI", site, enrolled_on, "M" if rng.random() < 0.62 else "F",
                enrolled_on.year - age, diagnosis, local_id, regimen=_pick(rng, regimens),
                first_dose=enrolled_on + timedelta(days=rng.choice((0, 0, 1, 2, 3, 5, 7))))
        else:
            age = min(85, max(30, round(rng.gauss(50, 12))))
            plan = ParticipantPlan(
                "SAD", site, enrolled_on, "F" if rng.random() < 0.88 else "M",
                enrolled_on.year - age, _pick(rng, self.sad_weights), local_id)
        self._live(plan)
        return plan

    # ---- what happens

    def _live(self, plan: ParticipantPlan) -> None:
        rng = self.rng
        cohort = self.protocol.cohort(plan.cohort)
        anchor = plan.first_dose or plan.enrolled_on
        end = min(follow_up_end(cohort, anchor), self.today - timedelta(days=1))
        if plan.cohort == "ICI" and rng.random() < WITHDRAWAL_RATE:
            day = anchor + timedelta(days=rng.randint(50, 300))
            if day <= end:
                plan.withdrawal = EventPlan("withdrawn", "", day, _at(day, 15, 30),
                                            reason=rng.choice(WITHDRAWAL_REASONS))
        stop = plan.withdrawal.on if plan.withdrawal else end
        events = self._events(plan, cohort, anchor, min(stop, end))
        outcomes: dict[str, Outcome] = {}
        known = [ClinicalEvent(event.kind, event.code, event.on) for event in events]
        decided: set[str] = set()
        while True:
            schedule = build_schedule(
                cohort, enrolled_on=plan.enrolled_on,
                regimen=self.protocol.regimen(plan.regimen) if plan.regimen else None,
                first_dose=plan.first_dose, outcomes=outcomes, events=known)
            todo = [v for v in schedule if v.code not in decided and v.status == PLANNED]
            if not todo:
                break
            # Scheduled visits are decided one at a time (each moves the next target);
            # event visits are decided as they come.
            scheduled = [v for v in todo if v.kind in ("cycle", "baseline")]
            visit = scheduled[0] if scheduled else todo[0]
            decided.add(visit.code)
            if plan.withdrawal is not None and visit.target_date > plan.withdrawal.on:
                continue
            self._decide(plan, visit, outcomes)
        plan.schedule = build_schedule(
            cohort, enrolled_on=plan.enrolled_on,
            regimen=self.protocol.regimen(plan.regimen) if plan.regimen else None,
            first_dose=plan.first_dose, outcomes=outcomes, events=known,
            ended_on=plan.withdrawal.on if plan.withdrawal else None)
        plan.draws.sort(key=lambda d: d.drawn_at)

    def _events(self, plan: ParticipantPlan, cohort: Cohort, anchor: date,
                last: date) -> list[EventPlan]:
        rng = self.rng
        events: list[EventPlan] = []
        available = (last - anchor).days
        if plan.cohort == "ICI" and available >= 21 and rng.random() < IRAE_SHARE:
            types = {_pick(rng, self.irae_weights) for _ in range(2 if rng.random() < 0.2 else 1)}
            for irae_type in sorted(types):
                low, high = IRAE_ONSET.get(irae_type, DEFAULT_ONSET)
                day = anchor + timedelta(days=rng.randint(min(low, available),
                                                          min(high, available)))
                events.append(EventPlan("irae", "", day, _at(day, 9, rng.randint(0, 59)),
                                        irae_type=irae_type, grade=_pick(rng, GRADE_WEIGHTS),
                                        notes=IRAE_NOTES.get(irae_type)))
        if plan.cohort == "SAD" and available > SAD_EVENT_AFTER_DAYS + 7:
            for kind, share, notes in SAD_EVENT_RATES:
                if rng.random() < share:
                    day = anchor + timedelta(days=rng.randint(SAD_EVENT_AFTER_DAYS, available))
                    events.append(EventPlan(kind, "", day, _at(day, 9, rng.randint(0, 59)),
                                            notes=rng.choice(notes)))
        events.sort(key=lambda e: e.at)
        numbers: dict[str, int] = {}
        for event in events:
            numbers[event.kind] = numbers.get(event.kind, 0) + 1
            event.code = f"{cohort.event(event.kind).code_prefix}-{numbers[event.kind]}"
        plan.events = events
        return events

    def _decide(self, plan: ParticipantPlan, visit: ScheduledVisit,
                outcomes: dict[str, Outcome]) -> None:
        """Collected (most), missed (some), still open (future and a few recent ones)."""
        rng = self.rng
        scheduled = visit.kind in ("cycle", "baseline")
        if visit.target_date >= self.today:
            return
        recent = visit.target_date >= self.today - timedelta(days=RECENT_DAYS)
        if recent and rng.random() < (OPEN_RECENT_RATE if scheduled else 0.15):
            return
        if rng.random() < (MISSED_RATE if scheduled else MISSED_RATE / 2):
            noted = visit.window_end + timedelta(days=rng.randint(1, 5))
            if noted < self.today and (plan.withdrawal is None or noted < plan.withdrawal.on):
                plan.missed.append((visit.code, _at(noted, 16, rng.randint(0, 50)),
                                    rng.choice(MISSED_REASONS)))
                outcomes[visit.code] = Outcome(MISSED)
            return
        if not scheduled or visit.kind == "baseline":
            offsets = FORWARD_OFFSETS
        elif visit.cycle == 1:
            offsets = BEFORE_DOSE_OFFSETS
        else:
            offsets = CYCLE_OFFSETS
        day = visit.target_date + timedelta(days=_pick(rng, offsets))
        if offsets is CYCLE_OFFSETS and rng.random() < LATE_DRAW_RATE:
            day = visit.window_end + timedelta(days=1)
        day = max(day, visit.window_start, plan.enrolled_on)
        if day >= self.today or (plan.withdrawal is not None and day >= plan.withdrawal.on):
            return
        first = 10 * 60 + 30 if not scheduled else 8 * 60
        drawn = _at(day, 0) + timedelta(minutes=rng.randint(first, first + 210))
        received = drawn + timedelta(minutes=rng.randint(15, 60))
        delay = (rng.randint(125, 200) if rng.random() < DELAYED_PROCESSING_RATE
                 else rng.randint(30, 90))
        centrifuged = max(drawn + timedelta(minutes=delay), received + timedelta(minutes=5))
        frozen = centrifuged + timedelta(minutes=rng.randint(20, 60))
        deviations = tuple(name for name, rate in DRAW_DEVIATIONS.items() if rng.random() < rate)
        short = rng.random() < SHORT_DRAW_RATE
        counts = {spec.sample_type: spec.count
                  for spec in self.protocol.sample_set(visit.samples).aliquots}
        if short:
            counts["serum"] = SHORT_DRAW_SERUM
        plan.draws.append(DrawPlan(visit.code, drawn, received, centrifuged, frozen, deviations,
                                   "Difficult venous access" if short else None, counts))
        outcomes[visit.code] = Outcome(COLLECTED, day)

    def trim(self, plan: ParticipantPlan, budget: int) -> None:
        """Keep only ``budget`` aliquots: the draw that crosses it is a short one, later ones
        did not happen (their visits are still open)."""
        kept: list[DrawPlan] = []
        left = budget
        for draw in plan.draws:
            if left <= 0:
                break
            total = sum(draw.counts.values())
            if total > left:
                remove = total - left
                for sample_type in sorted(draw.counts, key=lambda t: t != "serum"):
                    cut = min(remove, draw.counts[sample_type])
                    draw.counts[sample_type] -= cut
                    remove -= cut
                draw.notes = "Difficult venous access"
            left -= sum(draw.counts.values())
            kept.append(draw)
        dropped = {d.visit for d in plan.draws[len(kept):]}
        plan.draws = kept
        cohort = self.protocol.cohort(plan.cohort)
        outcomes = {d.visit: Outcome(COLLECTED, d.drawn_at.date()) for d in kept}
        outcomes.update({code: Outcome(MISSED) for code, _, _ in plan.missed
                         if code not in dropped})
        plan.schedule = build_schedule(
            cohort, enrolled_on=plan.enrolled_on,
            regimen=self.protocol.regimen(plan.regimen) if plan.regimen else None,
            first_dose=plan.first_dose, outcomes=outcomes,
            events=[ClinicalEvent(e.kind, e.code, e.on) for e in plan.events],
            ended_on=plan.withdrawal.on if plan.withdrawal else None)


def plan_study(protocol: Protocol, aliquots: int, rng: random.Random,
               today: date) -> list[ParticipantPlan]:
    """Participants until exactly ``aliquots`` aliquots, sorted by enrolment."""
    teller = StoryTeller(protocol, rng, today)
    plans: list[ParticipantPlan] = []
    total = 0
    while total < aliquots:
        plan = teller.participant()
        if total + plan.aliquots > aliquots:
            teller.trim(plan, aliquots - total)
        total += plan.aliquots
        plans.append(plan)
    # A stable sort: the same seed gives the same order (and the same codes).
    plans.sort(key=lambda p: p.enrolled_on)
    return plans


# -- boxes: the allocation rule, replayed in memory ----------------------------------------------


class Shelves:
    """Boxes of one type in fill order, handing out positions as ``biotrack.allocation`` does.

    Nothing is taken out of a box while the study is written, so a box's free positions are
    always the last ones in A1, A2 .. order: a box is its fill pointer. The first box with
    room for ``count`` tubes is found with one heap per number of free positions.
    """

    def __init__(self, boxes: Sequence[Box]) -> None:
        self.boxes = list(boxes)
        self.used = [b.occupied for b in self.boxes]
        if any(self.used):
            raise ValueError("the generator fills empty boxes only")
        self.capacity = [b.capacity for b in self.boxes]
        self.next_fresh = 0
        self.heaps: dict[int, list[int]] = {}  # free positions -> box indexes (fill order)

    def take(self, count: int) -> list[tuple[Box, int, int]]:
        best: int | None = None
        for free, heap in self.heaps.items():
            if free >= count and heap and (best is None or heap[0] < best):
                best = heap[0]
        if best is None:
            if self.next_fresh >= len(self.boxes):
                raise RuntimeError("the generated freezers are full (a bug in the estimate)")
            best = self.next_fresh
            self.next_fresh += 1
        else:
            heapq.heappop(self.heaps[self.capacity[best] - self.used[best]])
        box = self.boxes[best]
        first = self.used[best]
        self.used[best] += count
        left = self.capacity[best] - self.used[best]
        if left > 0:
            heapq.heappush(self.heaps.setdefault(left, []), best)
        return [(box, 1 + p // box.cols, 1 + p % box.cols) for p in range(first, first + count)]


# -- writing -----------------------------------------------------------------------------------

_INSERTS = {
    "participant": (
        "INSERT INTO participant (id, code, cohort, site_code, seq, enrolled_on, sex, birth_year,"
        " diagnosis, regimen, first_dose, status, status_on, status_reason, local_id,"
        " eligibility, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    "visit": (
        "INSERT INTO visit (id, participant_id, code, kind, cycle, ord, samples, target_date,"
        " window_start, window_end, status, status_reason, event_on)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    "irae": (
        "INSERT INTO irae (participant_id, visit_id, diagnosed_on, irae_type, grade,"
        " ctcae_version, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
    "collection": (
        "INSERT INTO collection (id, visit_id, drawn_at, received_at, centrifuged_at,"
        " frozen_at, drawn_by, processed_by, deviations, notes, expected_aliquots,"
        " registered_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    "aliquot": (
        "INSERT INTO aliquot (id, barcode, collection_id, sample_type, number, of_count,"
        " volume_ul, status, box_id, pos_row, pos_col, thaw_count, sprec, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"),
    "movement": (
        "INSERT INTO movement (aliquot_id, action, at, user_id, from_box, from_row, from_col,"
        " to_box, to_row, to_col, reason) VALUES (?, 'placed', ?, ?, NULL, NULL, NULL, ?, ?, ?,"
        " NULL)"),
    "label_print": (
        "INSERT INTO label_print (id, at, user_id, template, format, source, barcodes, reprint)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 0)"),
    "audit_event": (
        "INSERT INTO audit_event (id, at, user_id, username, action, table_name, record_id,"
        " before, after, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
}


@dataclass
class Summary:
    """What was written, for the command's last line and the tests."""

    path: Path
    participants: int = 0
    visits: int = 0
    collections: int = 0
    aliquots: int = 0
    freezers: int = 0
    boxes: int = 0
    audit_events: int = 0
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {k: (str(v) if isinstance(v, Path) else v) for k, v in self.__dict__.items()}


class Writer:
    """Turns the planned study into rows, in time order, and flushes them in big transactions.

    Ids are given explicitly (each table continues after the set-up's rows) so a row's children
    can be written in the same batch without reading anything back.
    """

    def __init__(self, session: Session, nurse: Session, tech: Session,
                 shelves: dict[str, Shelves]) -> None:
        self.db = session.db
        self.protocol = session.protocol
        self.nurse = nurse.user
        self.tech = tech.user
        self.shelves = shelves
        self.rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in _INSERTS}
        db = self.db
        self.next_id = {name: int(db.execute(f"SELECT coalesce(max(id), 0) FROM {name}")
                                  .fetchone()[0]) + 1 for name in _INSERTS}
        last = db.execute("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
        self.audit_id = (last[0] + 1) if last else 1
        self.prev_hash = last[1] if last else GENESIS_HASH
        self.serial = int(db.execute("SELECT last_serial FROM barcode_counter").fetchone()[0])
        self.site_seq = {str(r[0]): int(r[1]) for r in db.execute(
            "SELECT code, next_seq FROM site")}
        self.summary_counts = {"participants": 0, "visits": 0, "collections": 0, "aliquots": 0}
        self.pending_aliquots = 0
        self._sprec: dict[tuple[str, str], str] = {}

    # ---- ids and the audit chain

    def _id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def _audit(self, at: datetime, user_id: int, username: str, action: str, table: str,
               record_id: str, *, before: Any = None, after: Any = None,
               reason: str | None = None) -> None:
        event = {
            "id": self.audit_id, "at": at.isoformat(timespec="microseconds"),
            "user_id": user_id, "username": username, "action": action, "table_name": table,
            "record_id": record_id, "before": _dump(before), "after": _dump(after),
            "reason": reason, "prev_hash": self.prev_hash,
        }
        digest = event_hash(event)
        self.rows["audit_event"].append((
            event["id"], event["at"], user_id, username, action, table, record_id,
            event["before"], event["after"], reason, self.prev_hash, digest))
        self.prev_hash = digest
        self.audit_id += 1

    # ---- the events of the story

    def enrol(self, plan: ParticipantPlan, when: datetime, state: dict[str, Any]) -> None:
        protocol = self.protocol
        seq = self.site_seq[plan.site]
        self.site_seq[plan.site] = seq + 1
        code = f"{protocol.code_prefix}-{plan.site}-{seq:0{protocol.code_digits}d}"
        participant_id = self._id("participant")
        at = _utc(when)
        criteria = protocol.eligibility.get(plan.cohort, {})
        answers = {q: True for q in criteria.get("inclusion", ())}
        answers.update({q: False for q in criteria.get("exclusion", ())})
        eligibility = {"checklist": "all criteria met", "answers": answers}
        first_dose = plan.first_dose.isoformat() if plan.first_dose else None
        self.rows["participant"].append((
            participant_id, code, plan.cohort, plan.site, seq, plan.enrolled_on.isoformat(),
            plan.sex, plan.birth_year, plan.diagnosis, plan.regimen, first_dose,
            "withdrawn" if plan.withdrawal else "active",
            plan.withdrawal.on.isoformat() if plan.withdrawal else None,
            plan.withdrawal.reason if plan.withdrawal else None, plan.local_id,
            json.dumps(eligibility, ensure_ascii=False, sort_keys=True),
            at.isoformat(timespec="seconds")))
        state.update(code=code, id=participant_id, visits={})
        for visit in plan.schedule:
            if visit.kind in ("cycle", "baseline"):
                self._visit(state, visit)
        self.summary_counts["participants"] += 1
        after = {
            "code": code, "cohort": plan.cohort, "site": plan.site, "status": "active",
            "enrolled_on": plan.enrolled_on.isoformat(), "sex": plan.sex,
            "birth_year": plan.birth_year, "diagnosis": plan.diagnosis,
            "regimen": plan.regimen, "first_dose": first_dose, "status_on": None,
            "status_reason": None, "local_id_recorded": plan.local_id is not None,
        }
        self._audit(at, self.nurse.id, self.nurse.username, "participant.enrol", "participant",
                    code, after=after)

    def _visit(self, state: dict[str, Any], visit: ScheduledVisit) -> None:
        visit_id = self._id("visit")
        state["visits"][visit.code] = visit_id
        event_on = None if visit.kind in ("cycle", "baseline") else visit.target_date.isoformat()
        reason = state["missed_reasons"].get(visit.code) if visit.status == MISSED else None
        self.rows["visit"].append((
            visit_id, state["id"], visit.code, visit.kind, visit.cycle, visit.order,
            visit.samples, visit.target_date.isoformat(), visit.window_start.isoformat(),
            visit.window_end.isoformat(), visit.status, reason, event_on))
        self.summary_counts["visits"] += 1

    def event(self, plan: ParticipantPlan, event: EventPlan, state: dict[str, Any]) -> None:
        at = _utc(event.at)
        visit = next(v for v in plan.schedule if v.code == event.code)
        self._visit(state, visit)
        if event.kind == "irae":
            self.rows["irae"].append((
                state["id"], state["visits"][event.code], event.on.isoformat(), event.irae_type,
                event.grade, self.protocol.ctcae_version, event.notes,
                at.isoformat(timespec="seconds")))
            self._audit(at, self.nurse.id, self.nurse.username, "irae.record", "participant",
                        state["code"], after={
                            "visit": event.code, "diagnosed_on": event.on.isoformat(),
                            "type": event.irae_type, "grade": event.grade,
                            "ctcae_version": self.protocol.ctcae_version})
        else:
            self._audit(at, self.nurse.id, self.nurse.username, f"event.{event.kind}",
                        "participant", state["code"], after={
                            "visit": event.code, "on": event.on.isoformat(),
                            "notes": event.notes})

    def miss(self, visit_code: str, when: datetime, reason: str, state: dict[str, Any]) -> None:
        self._audit(_utc(when), self.nurse.id, self.nurse.username, "visit.missed", "visit",
                    f"{state['code']}/{visit_code}", before={"status": PLANNED},
                    after={"status": MISSED}, reason=reason)

    def withdraw(self, event: EventPlan, state: dict[str, Any]) -> None:
        self._audit(_utc(event.at), self.nurse.id, self.nurse.username,
                    "participant.withdrawn", "participant", state["code"],
                    before={"status": "active"},
                    after={"status": "withdrawn", "on": event.on.isoformat()},
                    reason=event.reason)

    def collect(self, plan: ParticipantPlan, draw: DrawPlan, state: dict[str, Any]) -> None:
        protocol = self.protocol
        visit = next(v for v in plan.schedule if v.code == draw.visit)
        at = _utc(draw.registered)
        now_iso = at.isoformat(timespec="seconds")
        deviations = list(draw.deviations)
        for spec in protocol.sample_set(visit.samples).aliquots:
            got = draw.counts.get(spec.sample_type, spec.count)
            if got < spec.count:
                deviations.append(f"short draw: {got} of {spec.count} "
                                  f"{spec.sample_type.replace('_', ' ')}")
        if (visit.cycle == 1 and plan.first_dose
                and draw.drawn_at.date() > plan.first_dose):
            deviations.append(f"baseline drawn after the first ICI dose ({plan.first_dose})")
        if not visit.window_start <= draw.drawn_at.date() <= visit.window_end:
            deviations.append(f"drawn out of window ({visit.window_start} to "
                              f"{visit.window_end})")
        timing = sprec.timing(draw.drawn_at, draw.centrifuged_at, draw.frozen_at)
        deviations += [str(flag) for flag in sprec.quality_flags(protocol.quality, timing)]
        planned = [(spec.sample_type, n, draw.counts[spec.sample_type], spec.volume_ul)
                   for spec in protocol.sample_set(visit.samples).aliquots
                   for n in range(1, draw.counts[spec.sample_type] + 1)]
        collection_id = self._id("collection")
        iso = {name: getattr(draw, name).isoformat(timespec="minutes")
               for name in ("drawn_at", "received_at", "centrifuged_at", "frozen_at")}
        self.rows["collection"].append((
            collection_id, state["visits"][draw.visit], iso["drawn_at"], iso["received_at"],
            iso["centrifuged_at"], iso["frozen_at"], self.nurse.username, self.tech.username,
            json.dumps(deviations), draw.notes, len(planned), now_iso, self.tech.id))
        # Positions: per box type, the first box with room for all of them (allocation.py).
        groups: dict[str, list[int]] = {}
        for index, (sample_type, _n, _of, _v) in enumerate(planned):
            groups.setdefault(protocol.sample_type(sample_type).box_type, []).append(index)
        by_index: dict[int, tuple[Box, int, int]] = {}
        for box_type, indexes in groups.items():
            by_index.update(zip(indexes, self.shelves[box_type].take(len(indexes)),
                                strict=True))
        slots = [by_index[index] for index in range(len(planned))]
        barcodes = []
        timing_key = (str(timing.to_centrifugation), str(timing.centrifugation_to_freezing))
        for (sample_type, number, of_count, volume), (box, row, col) in zip(
                planned, slots, strict=True):
            self.serial += 1
            barcode = make_barcode(self.serial)
            barcodes.append(barcode)
            key = (sample_type, "/".join(timing_key))
            code = self._sprec.get(key)
            if code is None:
                code = self._sprec[key] = sprec.sprec_code(
                    protocol.sample_type(sample_type), protocol.quality, timing)
            aliquot_id = self._id("aliquot")
            self.rows["aliquot"].append((
                aliquot_id, barcode, collection_id, sample_type, number, of_count, volume,
                "in_storage", box.id, row, col, code, now_iso))
            self.rows["movement"].append((aliquot_id, now_iso, self.tech.id, box.id, row, col))
            self._audit(at, self.tech.id, self.tech.username, "aliquot.create", "aliquot",
                        barcode, after={
                            "collection_id": collection_id, "sample_type": sample_type,
                            "number": number, "volume_ul": volume, "status": "in_storage",
                            "sprec": code,
                            "location": f"{box.path}/{position_label(row, col)}"})
        self._audit(at, self.tech.id, self.tech.username, "collection.register", "collection",
                    str(collection_id), after={
                        "collection_id": collection_id, "code": state["code"],
                        "visit": draw.visit, **iso, "deviations": deviations,
                        "notes": draw.notes, "aliquots": barcodes})
        self._print_labels(at + timedelta(minutes=1), collection_id, barcodes)
        self.summary_counts["collections"] += 1
        self.summary_counts["aliquots"] += len(planned)
        self.pending_aliquots += len(planned)

    def _print_labels(self, at: datetime, collection_id: int, barcodes: list[str]) -> None:
        """The tubes' labels, printed on the lab's thermal printer right after registering
        (services.printing.print_collection writes this row and this event)."""
        print_id = self._id("label_print")
        source = f"collection:{collection_id}"
        self.rows["label_print"].append((
            print_id, at.isoformat(timespec="seconds"), self.tech.id, LABEL_TEMPLATE, "zpl",
            source, json.dumps(barcodes)))
        self._audit(at, self.tech.id, self.tech.username, "labels.print", "collection",
                    str(collection_id), after={
                        "print_id": print_id, "template": LABEL_TEMPLATE, "format": "zpl",
                        "dpi": 203, "source": source, "barcodes": barcodes, "start": None,
                        "file": None, "printer": LABEL_PRINTER})

    # ---- flushing

    def flush(self) -> None:
        """Write the buffered rows, parents before children, in one transaction."""
        with write_transaction(self.db):
            for table, sql in _INSERTS.items():
                if self.rows[table]:
                    self.db.conn.executemany(sql, self.rows[table])
                    self.rows[table].clear()
            self.db.conn.executemany("UPDATE site SET next_seq = ? WHERE code = ?",
                                     [(seq, code) for code, seq in self.site_seq.items()])
            self.db.execute("UPDATE barcode_counter SET last_serial = ? WHERE id = 1",
                            [self.serial])
        self.pending_aliquots = 0


def _timeline(plans: Sequence[ParticipantPlan]
              ) -> list[tuple[datetime, int, int, str, Any]]:
    """Every event of every participant, in the order it happened."""
    entries: list[tuple[datetime, int, int, str, Any]] = []
    order = 0

    def add(when: datetime, index: int, kind: str, payload: Any) -> None:
        nonlocal order
        order += 1
        entries.append((when, order, index, kind, payload))

    for index, plan in enumerate(plans):
        add(_at(plan.enrolled_on, 7, 30 + index % 30), index, "enrol", None)
        for event in plan.events:
            if any(v.code == event.code for v in plan.schedule):
                add(event.at, index, "event", event)
        for draw in plan.draws:
            add(draw.registered, index, "collect", draw)
        for visit_code, noted, reason in plan.missed:
            if any(v.code == visit_code and v.status == MISSED for v in plan.schedule):
                add(noted, index, "miss", (visit_code, noted, reason))
        if plan.withdrawal is not None:
            add(plan.withdrawal.at, index, "withdraw", plan.withdrawal)
    entries.sort(key=lambda e: (e[0], e[1]))
    return entries


def _freezer_layout(code: str) -> storage.Layout:
    return storage.Layout(code=code, name=f"Upright freezer {code} (-80 °C)",
                          location="Biobank store", set_point_c=-80, **BULK_LAYOUT)


def _add_freezers(session: Session, need: Mapping[str, int]) -> None:
    """Enough freezers (through the storage service) for ``need`` tubes per box type, plus one
    spare freezer, so that new collections always find room."""
    def capacity() -> dict[str, int]:
        result: dict[str, int] = {}
        for box in storage_repo.boxes(session.db):
            result[box.box_type] = result.get(box.box_type, 0) + box.capacity
        return result

    have = capacity()
    number = 1
    while any(have.get(t, 0) * EXPECTED_FILL < n for t, n in need.items()):
        storage.add_freezer(session, _freezer_layout(f"ULT{number:02d}"))
        number += 1
        have = capacity()
    storage.add_freezer(session, _freezer_layout(f"ULT{number:02d}"))


def generate(path: Path, aliquots: int, *, seed: int = 42, today: date | None = None,
             progress: Callable[[str], None] | None = None) -> Summary:
    """Write a study of exactly ``aliquots`` aliquots to a new file at ``path``."""
    say = progress or (lambda _text: None)
    started = time.perf_counter()
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists: remove it or choose another name")
    today = today or date.today()
    protocol = load_protocol()
    rng = random.Random(seed)
    plans = plan_study(protocol, aliquots, rng, today)
    say(f"planned {len(plans)} participants in {time.perf_counter() - started:.1f} s")

    building = path.with_name(path.name + ".creating")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    history_start = _utc(_at(today - timedelta(days=SPAN_DAYS + 7), 9))
    session = setup.initialise(building, protocol, MANAGER, PASSWORD)
    try:
        session.clock = lambda: history_start
        nurse = _account(session, "nurse", "nurse", "Research nurse")
        tech = _account(session, "tech", "technician", "Lab technician")
        need: dict[str, int] = {}
        for plan in plans:
            for draw in plan.draws:
                for sample_type, count in draw.counts.items():
                    box_type = protocol.sample_type(sample_type).box_type
                    need[box_type] = need.get(box_type, 0) + count
        _add_freezers(session, need)
        db = session.db
        # A generated file can simply be made again: no fsync per transaction while building.
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -262144")
        shelves = {box_type: Shelves(storage_repo.boxes(db, box_type=box_type))
                   for box_type in ("serum", "buffy")}
        writer = Writer(session, nurse, tech, shelves)
        states: list[dict[str, Any]] = [
            {"missed_reasons": {code: reason for code, _, reason in plan.missed}}
            for plan in plans]
        for _when, _order, index, kind, payload in _timeline(plans):
            plan, state = plans[index], states[index]
            if kind == "enrol":
                writer.enrol(plan, _at(plan.enrolled_on, 7, 30 + index % 30), state)
            elif kind == "event":
                writer.event(plan, payload, state)
            elif kind == "collect":
                writer.collect(plan, payload, state)
                if writer.pending_aliquots >= CHUNK_ALIQUOTS:
                    writer.flush()
                    say(f"{writer.summary_counts['aliquots']:,} aliquots written "
                        f"({time.perf_counter() - started:.0f} s)")
            elif kind == "miss":
                writer.miss(*payload, state)
            elif kind == "withdraw":
                writer.withdraw(payload, state)
        writer.flush()
        db.execute("PRAGMA synchronous = FULL")
        summary = Summary(path=path, **writer.summary_counts)
        summary.freezers = int(db.execute("SELECT count(*) FROM freezer").fetchone()[0])
        summary.boxes = int(db.execute("SELECT count(*) FROM box").fetchone()[0])
        summary.audit_events = int(db.execute("SELECT count(*) FROM audit_event")
                                   .fetchone()[0])
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        session.db.close()
    os.replace(building, path)
    summary.seconds = round(time.perf_counter() - started, 1)
    return summary


def _account(session: Session, username: str, role: str, full_name: str) -> Session:
    user = accounts.add_user(session, username, role, PASSWORD, full_name)
    return Session(session.db, session.protocol, user, session.clock)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.generate",
        description="Write a large realistic BioTrack database for the benchmarks.")
    parser.add_argument("--aliquots", type=int, required=True, help="how many aliquots")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the new file")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--today", type=date.fromisoformat, default=None,
                        help="the day the study stops (default: today)")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.add_argument("--check", action="store_true",
                        help="run `biotrack check` on the result (slow at 1M)")
    options = parser.parse_args(list(argv) if argv is not None else None)
    if options.aliquots < 1:
        parser.error("--aliquots must be at least 1")
    if options.output.exists():
        if not options.force:
            parser.error(f"{options.output} exists (use --force to replace it)")
        for name in (options.output, Path(f"{options.output}-wal"),
                     Path(f"{options.output}-shm")):
            name.unlink(missing_ok=True)
    summary = generate(options.output, options.aliquots, seed=options.seed,
                       today=options.today, progress=lambda text: print(text, file=sys.stderr))
    print(json.dumps(summary.to_json()))
    if options.check:
        from biotrack.db.connection import open_database
        from biotrack.services import safety

        db = open_database(options.output)
        try:
            report = safety.check(db)
        finally:
            db.close()
        print("check:", "ok" if report.ok else "; ".join(str(p) for p in report.problems[:10]))
        return 0 if report.ok else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
