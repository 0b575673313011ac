"""A realistic synthetic INTER-AUTENTIC study for demo databases (SPEC.md section 8).

Why it exists: a demo must look like a study six months in — schedules shifted by what actually
happened, irAEs and their visits, SAD flares, missed visits, a withdrawal, filled boxes, a few
thawed and used tubes — so that the due list, the freezer view and the reports have something
true to show. Why it is built this way:

- Only the normal services write (enrolment, collection, storage, accounts), so the demo can
  never hold a record the application itself could not have written, and every change has its
  audit event.
- The study is replayed in date order on a simulated clock: each call happens "on the day" it
  describes, so registration times, tube movements and audit times fall on those days and the
  monthly inventory has months of history. The caller's session and clock are left untouched.
  (The set-up's own events, written before the replay, keep their real time, so the trail's
  times step back once after them.)
- Everything is drawn from ``random.Random(seed)``: the same seed and the same ``today`` give
  the same study (participant codes, collections, barcodes).
- The whole replay is one transaction: a demo is written whole or not at all, and quickly.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import TypeVar

from biotrack.db.connection import write_transaction
from biotrack.errors import QT_TRANSLATE_NOOP, UserError
from biotrack.models import User, Visit
from biotrack.protocol import Protocol
from biotrack.schedule import PLANNED
from biotrack.services import accounts, collection, enrolment, storage, temperature
from biotrack.services.app_context import DEMO_PASSWORD
from biotrack.services.context import Session

K = TypeVar("K")

PARTICIPANTS_ICI = 32
PARTICIPANTS_SAD = 8
ENROLMENT_SPAN_DAYS = 182          # enrolments spread over the ~6 months before today
IRAE_SHARE = 0.35                  # SPEC 8: about 30-40% of ICI patients have an irAE
RECENT_DAYS = 10                   # visits this recent may still be open (due/overdue list)
MISSED_RATE = 0.10
SAD_EVENT_AFTER_DAYS = 21
CHECKOUT_REASON = "interferon panel batch 1"
CHECKOUT_TUBES = 8
RETURNED_TUBES = 4
CONSUMED_TUBES = 3                 # the rest of the batch is still out at the bench
TEMPERATURE_DAYS = 75             # a daily freezer reading over the last ~2.5 months
EXCURSION_DAYS_AGO = 23            # ... with one excursion (a door left ajar)
SCHEDULED_KINDS = ("cycle", "baseline")  # visit kinds of the schedule; the others are events

# Recruitment per site (the sponsor recruits most); unknown site codes get the default.
SITE_WEIGHTS = {"ARA": 9, "NAV": 7, "DON": 7, "GAL": 6, "LOG": 5, "MAT": 5}
DEFAULT_SITE_WEIGHT = 5

# Tumour type -> (weight, regimen weights). Regimens follow current practice for the tumour
# (ICI monotherapy or dual ICI only: combinations with chemotherapy or TKIs are not eligible).
TUMOURS: dict[str, tuple[int, dict[str, int]]] = {
    "Non-small-cell lung cancer": (40, {
        "pembrolizumab-q3w": 50, "pembrolizumab-q6w": 10, "atezolizumab-q3w": 12,
        "atezolizumab-q4w": 5, "nivolumab-q2w": 5, "nivolumab-q4w": 5, "durvalumab-q2w": 5,
        "cemiplimab-q3w": 5, "tislelizumab-q3w": 3,
    }),
    "Melanoma": (18, {
        "nivolumab-ipilimumab": 35, "pembrolizumab-q3w": 25, "nivolumab-q4w": 20,
        "pembrolizumab-q6w": 10, "nivolumab-q2w": 10,
    }),
    "Renal cell carcinoma": (10, {
        "nivolumab-ipilimumab": 50, "nivolumab-q2w": 25, "nivolumab-q4w": 25,
    }),
    "Urothelial carcinoma": (9, {
        "pembrolizumab-q3w": 40, "avelumab-q2w": 40, "nivolumab-q2w": 20,
    }),
    "Head and neck squamous cell carcinoma": (8, {
        "pembrolizumab-q3w": 60, "nivolumab-q2w": 40,
    }),
    "Hepatocellular carcinoma": (6, {"durvalumab-q4w": 60, "nivolumab-q2w": 40}),
    "MSI-high colorectal cancer": (5, {
        "pembrolizumab-q3w": 70, "nivolumab-ipilimumab-q2w": 30,
    }),
    "Other solid tumour": (4, {
        "dostarlimab": 40, "cemiplimab-q3w": 30, "pembrolizumab-q3w": 30,
    }),
}
DEFAULT_REGIMENS = {"pembrolizumab-q3w": 1}

SAD_WEIGHTS = {
    "Systemic lupus erythematosus": 40,
    "Primary Sjögren's syndrome": 35,
    "Systemic sclerosis": 15,
    "Idiopathic inflammatory myopathy": 10,
}

# Onset of each irAE after the first dose, in days (typical ranges), and a clinical note.
IRAE_ONSET = {
    "Dermatitis (skin)": (14, 60), "Thyroiditis": (35, 100), "Colitis / diarrhoea": (30, 90),
    "Hepatitis": (35, 100), "Pneumonitis": (45, 120), "Myocarditis": (14, 40),
}
DEFAULT_ONSET = (21, 120)
IRAE_NOTES = {
    "Dermatitis (skin)": "Pruritic maculopapular rash on trunk and arms",
    "Thyroiditis": "Thyrotoxic phase, TSH suppressed; asymptomatic",
    "Colitis / diarrhoea": "Watery diarrhoea, 4-6 stools/day above baseline",
    "Hepatitis": "ALT and AST raised, bilirubin normal",
    "Pneumonitis": "New ground-glass opacities on CT, dry cough",
    "Arthritis": "Inflammatory pain in small joints of the hands",
}
GRADE_WEIGHTS = {1: 45, 2: 38, 3: 14, 4: 3}

MISSED_REASONS = (
    "Patient did not attend",
    "Dose postponed; no blood drawn",
    "Patient admitted to another hospital",
    "Sample not drawn: research nurse not available at the day unit",
    "Patient declined the extra tubes that day",
)
WITHDRAWAL_REASONS = (
    "Participant withdrew consent for further samples",
    "Transferred to a hospital outside the study",
)
FLARE_NOTES = ("Flare documented at clinic visit", "Flare with arthralgia and fatigue")
REMISSION_NOTES = ("Remission documented at clinic visit", "Low disease activity, stable")
DRAW_DEVIATIONS = {"haemolysed": 0.04, "lipaemic": 0.02, "clotted": 0.01}
SHORT_DRAW_RATE = 0.04
SHORT_DRAW_SERUM = 4               # serum aliquots a short draw still gives (of 6)
DELAYED_PROCESSING_RATE = 0.05
LATE_DRAW_RATE = 0.02              # drawn a day after the window closed (out-of-window flag)

# Offsets (days) of the actual draw from the target date, with weights.
CYCLE_OFFSETS = {0: 55, 1: 18, -1: 10, 2: 10, -2: 7}
BEFORE_DOSE_OFFSETS = {0: 60, -1: 25, -2: 15}  # V1 is drawn before the first dose, never after
FORWARD_OFFSETS = {0: 75, 1: 20, 2: 5}         # events and the SAD baseline: on the day or after


@dataclass
class _Plan:
    """One synthetic participant: what the enrol form gets, and what will happen to them."""

    cohort: str
    site: str
    enrolled_on: date
    diagnosis: str
    sex: str
    birth_year: int
    local_id: str | None = None
    regimen: str | None = None
    first_dose: date | None = None
    code: str = ""
    decided: set[str] = field(default_factory=set)
    has_events: bool = False


class _SimulatedClock:
    """The session clock during the replay: local wall-clock time that only moves forward."""

    def __init__(self, start: datetime) -> None:
        self.current = start.astimezone()

    def __call__(self) -> datetime:
        return self.current

    def advance_to(self, local: datetime) -> None:
        self.current = max(self.current, local.astimezone())


def _pick(rng: random.Random, weights: Mapping[K, float]) -> K:
    """One key, chosen with the given relative weights."""
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


# -- the synthetic cohort -----------------------------------------------------------------------


def _sites(rng: random.Random, protocol: Protocol, count: int) -> list[str]:
    """``count`` site codes: every site at least once, the rest by recruitment weight."""
    codes = [site.code for site in protocol.sites]
    weights = {code: SITE_WEIGHTS.get(code, DEFAULT_SITE_WEIGHT) for code in codes}
    chosen = codes[:count] + [_pick(rng, weights) for _ in range(count - len(codes))]
    rng.shuffle(chosen)
    return chosen


def _birth_year(rng: random.Random, enrolled_on: date, mean: float, sd: float) -> int:
    age = min(85, max(30, round(rng.gauss(mean, sd))))
    return enrolled_on.year - age


def _local_id(rng: random.Random) -> str | None:
    """A fake clinic record number for most participants (never a name)."""
    return f"NHC-{rng.randint(100_000, 9_999_999)}" if rng.random() < 0.7 else None


def _ici_plan(rng: random.Random, protocol: Protocol, site: str, today: date) -> _Plan:
    cohort = protocol.cohort("ICI")
    tumours = {name: TUMOURS.get(name, (1, DEFAULT_REGIMENS))[0] for name in cohort.diagnoses}
    diagnosis = _pick(rng, tumours)
    regimens = {r: w for r, w in TUMOURS.get(diagnosis, (1, DEFAULT_REGIMENS))[1].items()
                if r in protocol.regimens} or {next(iter(protocol.regimens)): 1}
    enrolled_on = today - timedelta(days=rng.randint(2, ENROLMENT_SPAN_DAYS))
    return _Plan(
        cohort="ICI", site=site, enrolled_on=enrolled_on, diagnosis=diagnosis,
        sex="M" if rng.random() < 0.62 else "F",
        birth_year=_birth_year(rng, enrolled_on, 66, 10), local_id=_local_id(rng),
        regimen=_pick(rng, regimens),
        first_dose=enrolled_on + timedelta(days=rng.choice((0, 0, 1, 2, 3, 5, 7))),
    )


def _sad_plan(rng: random.Random, protocol: Protocol, site: str, today: date) -> _Plan:
    cohort = protocol.cohort("SAD")
    diagnosis = _pick(rng, {d: SAD_WEIGHTS.get(d, 5) for d in cohort.diagnoses})
    enrolled_on = today - timedelta(days=rng.randint(2, ENROLMENT_SPAN_DAYS))
    return _Plan(
        cohort="SAD", site=site, enrolled_on=enrolled_on, diagnosis=diagnosis,
        sex="F" if rng.random() < 0.88 else "M",
        birth_year=_birth_year(rng, enrolled_on, 50, 12), local_id=_local_id(rng),
    )


def _plans(rng: random.Random, protocol: Protocol, today: date) -> list[_Plan]:
    sites = _sites(rng, protocol, PARTICIPANTS_ICI + PARTICIPANTS_SAD)
    plans = [_ici_plan(rng, protocol, site, today) for site in sites[:PARTICIPANTS_ICI]]
    plans += [_sad_plan(rng, protocol, site, today) for site in sites[PARTICIPANTS_ICI:]]
    return sorted(plans, key=lambda p: p.enrolled_on)


def _eligibility(protocol: Protocol, cohort: str) -> dict[str, bool]:
    """Every inclusion criterion met and no exclusion: the checklist as a nurse answers it."""
    criteria = protocol.eligibility.get(cohort, {})
    answers = {q: True for q in criteria.get("inclusion", ())}
    answers.update({q: False for q in criteria.get("exclusion", ())})
    return answers


# -- the replay ---------------------------------------------------------------------------------


class _Replay:
    """Runs the synthetic study's events in date order, each through its service."""

    def __init__(self, session: Session, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.protocol = session.protocol
        self.clock = _SimulatedClock(_at(today - timedelta(days=ENROLMENT_SPAN_DAYS + 7), 9))
        self.admin = Session(session.db, session.protocol, session.user, self.clock)
        self.nurse = self.admin
        self.tech = self.admin
        self._queue: list[tuple[datetime, int, Callable[[], None]]] = []
        self._queued = 0
        #: Serum tubes in the freezer: barcode -> (visit code, aliquot number, of count).
        self.stored_serum: dict[str, tuple[str, int, int]] = {}
        self.checked_out: list[str] = []

    # ---- the timeline

    def at(self, when: datetime, action: Callable[[], None]) -> None:
        """Queue ``action`` for local time ``when``; from today on nothing has happened yet."""
        if when.date() < self.today:
            self._queued += 1
            heapq.heappush(self._queue, (when, self._queued, action))

    def run(self) -> None:
        while self._queue:
            when, _, action = heapq.heappop(self._queue)
            self.clock.advance_to(when)
            action()

    # ---- accounts

    def add_accounts(self) -> None:
        """``nurse`` and ``tech`` with the demo password; each then acts in their own role."""
        self.nurse = self._account("nurse", "nurse", "Demo research nurse")
        self.tech = self._account("tech", "technician", "Demo lab technician")

    def _account(self, username: str, role: str, full_name: str) -> Session:
        if username == self.admin.user.username:  # the caller gave the manager that name
            return self.admin
        user: User = accounts.add_user(self.admin, username, role, DEMO_PASSWORD, full_name)
        return Session(self.admin.db, self.protocol, user, self.clock)

    # ---- enrolment and visits

    def plan_enrolment(self, plan: _Plan) -> None:
        self.at(_at(plan.enrolled_on, 7, self.rng.randint(30, 59)), partial(self._enrol, plan))

    def _enrol(self, plan: _Plan) -> None:
        participant = enrolment.enrol(self.nurse, enrolment.Enrolment(
            cohort=plan.cohort, site=plan.site, enrolled_on=plan.enrolled_on,
            regimen=plan.regimen, first_dose=plan.first_dose, sex=plan.sex,
            birth_year=plan.birth_year, diagnosis=plan.diagnosis, local_id=plan.local_id,
            eligibility=_eligibility(self.protocol, plan.cohort),
        ))
        plan.code = participant.code
        self._next_visits(plan)

    def _next_visits(self, plan: _Plan) -> None:
        """Decide what happens at the next open scheduled visit and at new event visits.

        Re-read after every change: a collection moves the later targets, so only the first
        open scheduled visit has a settled date.
        """
        participant, visits = enrolment.visits(self.nurse, plan.code)
        if participant.status != "active":
            return
        scheduled = [v for v in visits if v.kind in SCHEDULED_KINDS and v.status == PLANNED]
        events = [v for v in visits if v.kind not in SCHEDULED_KINDS and v.status == PLANNED]
        for visit in scheduled[:1] + events:
            if visit.code not in plan.decided and visit.target_date < self.today:
                plan.decided.add(visit.code)
                self._decide(plan, visit)

    def _decide(self, plan: _Plan, visit: Visit) -> None:
        """Collected (most), missed (some), or still open (a few recent ones)."""
        rng = self.rng
        scheduled = visit.kind in SCHEDULED_KINDS
        recent = visit.target_date >= self.today - timedelta(days=RECENT_DAYS)
        if recent and rng.random() < (0.3 if scheduled else 0.15):
            return  # nothing recorded yet: the due / overdue list shows it
        if rng.random() < (MISSED_RATE if scheduled else MISSED_RATE / 2):
            noted = visit.window_end + timedelta(days=rng.randint(1, 5))
            reason = rng.choice(MISSED_REASONS)
            self.at(_at(noted, 16, rng.randint(0, 50)),
                    partial(self._miss, plan, visit.code, reason))
            return
        draw = self._draw(self._draw_day(plan, visit), later=not scheduled)
        assert draw.frozen_at is not None
        self.at(draw.frozen_at + timedelta(minutes=rng.randint(5, 25)),
                partial(self._collect, plan, visit.code, draw))

    def _draw_day(self, plan: _Plan, visit: Visit) -> date:
        if visit.kind not in SCHEDULED_KINDS or visit.kind == "baseline":
            offsets = FORWARD_OFFSETS       # an event, or the SAD baseline (at enrolment)
        elif visit.cycle == 1:
            offsets = BEFORE_DOSE_OFFSETS   # V1: before the first dose
        else:
            offsets = CYCLE_OFFSETS
        day = visit.target_date + timedelta(days=_pick(self.rng, offsets))
        if offsets is CYCLE_OFFSETS and self.rng.random() < LATE_DRAW_RATE:
            day = visit.window_end + timedelta(days=1)  # out of window: flagged on register
        return max(day, visit.window_start, plan.enrolled_on)

    def _draw(self, day: date, *, later: bool) -> collection.Draw:
        """Morning times as a day unit and lab see them; now and then a pre-analytical slip."""
        rng = self.rng
        first = 10 * 60 + 30 if later else 8 * 60  # event visits: after the diagnosis
        drawn = _at(day, 0) + timedelta(minutes=rng.randint(first, first + 210))
        received = drawn + timedelta(minutes=rng.randint(15, 60))
        delay = rng.randint(125, 200) if rng.random() < DELAYED_PROCESSING_RATE else \
            rng.randint(30, 90)
        centrifuged = max(drawn + timedelta(minutes=delay), received + timedelta(minutes=5))
        frozen = centrifuged + timedelta(minutes=rng.randint(20, 60))
        deviations = tuple(name for name, rate in DRAW_DEVIATIONS.items() if rng.random() < rate)
        short = rng.random() < SHORT_DRAW_RATE
        return collection.Draw(
            drawn_at=drawn, received_at=received, centrifuged_at=centrifuged, frozen_at=frozen,
            drawn_by=self.nurse.user.username, processed_by=self.tech.user.username,
            deviations=deviations, notes="Difficult venous access" if short else None,
            counts={"serum": SHORT_DRAW_SERUM} if short else {},
        )

    def _still_open(self, plan: _Plan, visit_code: str) -> bool:
        """False when a withdrawal (or an earlier event) closed the visit meanwhile."""
        participant = enrolment.get_participant(self.nurse, plan.code)
        visit = enrolment.get_visit(self.nurse, participant, visit_code)
        return participant.status == "active" and visit.status == PLANNED

    def _collect(self, plan: _Plan, visit_code: str, draw: collection.Draw) -> None:
        if not self._still_open(plan, visit_code):
            return
        registered = collection.register(self.tech, plan.code, visit_code, draw)
        for aliquot in registered.collection.aliquots:
            if aliquot.sample_type == "serum" and aliquot.status == "in_storage":
                self.stored_serum[aliquot.barcode] = (visit_code, aliquot.number,
                                                      aliquot.of_count)
        self._next_visits(plan)

    def _miss(self, plan: _Plan, visit_code: str, reason: str) -> None:
        if not self._still_open(plan, visit_code):
            return
        enrolment.mark_missed(self.nurse, plan.code, visit_code, reason)
        self._next_visits(plan)

    # ---- clinical events

    def plan_iraes(self, plans: Sequence[_Plan]) -> None:
        """irAEs for about a third of the ICI cohort, dated by their typical onset."""
        ici = [p for p in plans if p.cohort == "ICI"]
        treated = [p for p in ici if p.first_dose and (self.today - p.first_dose).days >= 21]
        count = min(len(treated), round(IRAE_SHARE * len(ici)))
        weights = {t: 0.7 ** rank for rank, t in enumerate(self.protocol.irae_types)}
        for plan in self.rng.sample(treated, count):
            plan.has_events = True
            types = {_pick(self.rng, weights) for _ in range(2 if self.rng.random() < 0.2 else 1)}
            for irae_type in sorted(types):
                assert plan.first_dose is not None
                available = (self.today - plan.first_dose).days - 1
                low, high = IRAE_ONSET.get(irae_type, DEFAULT_ONSET)
                day = plan.first_dose + timedelta(
                    days=self.rng.randint(min(low, available), min(high, available)))
                grade = _pick(self.rng, GRADE_WEIGHTS)
                self.at(_at(day, 9, self.rng.randint(0, 59)),
                        partial(self._irae, plan, day, irae_type, grade))

    def _irae(self, plan: _Plan, day: date, irae_type: str, grade: int) -> None:
        enrolment.record_irae(self.nurse, plan.code, day, irae_type, grade,
                              IRAE_NOTES.get(irae_type))
        self._next_visits(plan)

    def plan_sad_events(self, plans: Sequence[_Plan]) -> None:
        """A few flares and remissions in the SAD cohort, at least three weeks in."""
        followed = [p for p in plans if p.cohort == "SAD"
                    and (self.today - p.enrolled_on).days > SAD_EVENT_AFTER_DAYS + 7]
        for kind, share, notes in (("flare", 0.35, FLARE_NOTES),
                                   ("remission", 0.3, REMISSION_NOTES)):
            count = min(len(followed), max(1, round(share * len(followed))))
            for plan in self.rng.sample(followed, count):
                plan.has_events = True
                available = (self.today - plan.enrolled_on).days - 1
                day = plan.enrolled_on + timedelta(
                    days=self.rng.randint(SAD_EVENT_AFTER_DAYS, available))
                self.at(_at(day, 9, self.rng.randint(0, 59)),
                        partial(self._sad_event, plan, kind, day, self.rng.choice(notes)))

    def _sad_event(self, plan: _Plan, kind: str, day: date, notes: str) -> None:
        enrolment.record_event(self.nurse, plan.code, kind, day, notes)
        self._next_visits(plan)

    def plan_withdrawals(self, plans: Sequence[_Plan]) -> None:
        """One or two ICI participants withdraw after a few collections."""
        candidates = [p for p in plans if p.cohort == "ICI" and not p.has_events
                      and p.first_dose and (self.today - p.first_dose).days >= 70]
        chosen = self.rng.sample(candidates, min(len(WITHDRAWAL_REASONS), len(candidates)))
        for plan, reason in zip(chosen, WITHDRAWAL_REASONS, strict=False):
            assert plan.first_dose is not None
            last = (self.today - plan.first_dose).days - 3
            day = plan.first_dose + timedelta(days=self.rng.randint(50, last))
            self.at(_at(day, 15, 30), partial(self._withdraw, plan, day, reason))

    def _withdraw(self, plan: _Plan, day: date, reason: str) -> None:
        enrolment.withdraw(self.nurse, plan.code, day, reason)

    # ---- storage

    def plan_storage(self) -> None:
        """One tube discarded; an analysis batch checked out, partly returned, partly used."""
        self.at(_at(self.today - timedelta(days=40), 14), self._discard_one)
        self.at(_at(self.today - timedelta(days=16), 10), self._check_out_batch)
        self.at(_at(self.today - timedelta(days=15), 11), self._return_and_consume)

    def _discard_one(self) -> None:
        if not self.stored_serum:
            return
        barcode = self.rng.choice(sorted(self.stored_serum))
        storage.finish(self.tech, [barcode], "discard", "Tube cracked in the box; sample lost")
        del self.stored_serum[barcode]

    def _check_out_batch(self) -> None:
        """The last baseline serum aliquot of a few participants (one tube per participant)."""
        candidates = sorted(barcode for barcode, (visit, number, of_count)
                            in self.stored_serum.items() if visit == "V1" and number == of_count)
        if not candidates:
            return
        self.checked_out = self.rng.sample(candidates, min(CHECKOUT_TUBES, len(candidates)))
        storage.check_out(self.tech, self.checked_out, CHECKOUT_REASON)
        for barcode in self.checked_out:
            del self.stored_serum[barcode]

    def plan_temperatures(self) -> None:
        """The morning reading of every freezer, one of them a warm excursion with its note.

        Its own random stream, so adding readings does not change the study drawn before."""
        rng = random.Random(f"temperatures-{self.today.isoformat()}")
        for code in temperature.freezer_codes(self.tech):
            for days_ago in range(TEMPERATURE_DAYS, 0, -1):
                day = self.today - timedelta(days=days_ago)
                celsius = round(rng.gauss(-80.0, 0.8), 1)
                note = None
                if days_ago == EXCURSION_DAYS_AGO:
                    celsius, note = -66.5, "Door found ajar after restocking; closed, alarm reset"
                self.at(_at(day, 8, 30), partial(self._reading, code, day, celsius, note))

    def _reading(self, code: str, day: date, celsius: float, note: str | None) -> None:
        temperature.add_reading(self.tech, code, celsius, _at(day, 8, 30), note)

    def _return_and_consume(self) -> None:
        returned = self.checked_out[:RETURNED_TUBES]
        consumed = self.checked_out[RETURNED_TUBES:RETURNED_TUBES + CONSUMED_TUBES]
        if returned:
            storage.return_tubes(self.tech, returned)
        if consumed:
            storage.finish(self.tech, consumed, "consume", f"Used up in {CHECKOUT_REASON}")


# -- entry point --------------------------------------------------------------------------------


def populate(session: Session, *, seed: int = 42, today: date | None = None) -> None:
    """Fill a freshly initialised database with a synthetic study ending the day before
    ``today`` (default: the session's today). ``session.user`` must be a manager."""
    protocol = session.protocol
    missing = [code for code in ("ICI", "SAD") if code not in protocol.cohorts]
    if missing:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "the demo data is written for "
                                          "INTER-AUTENTIC; protocol {protocol} has no cohort "
                                          "{cohort}"),
                        protocol=protocol.id, cohort=missing[0])
    rng = random.Random(seed)
    day: date = today or session.today_local()
    plans = _plans(rng, protocol, day)
    replay = _Replay(session, rng, day)
    with write_transaction(session.db):
        replay.add_accounts()
        for plan in plans:
            replay.plan_enrolment(plan)
        replay.plan_iraes(plans)
        replay.plan_sad_events(plans)
        replay.plan_withdrawals(plans)
        replay.plan_storage()
        replay.plan_temperatures()
        replay.run()
