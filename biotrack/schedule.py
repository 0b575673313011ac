"""A participant's visits and their target dates: pure functions, no I/O.

Visits are anchored to what actually happened (SPEC.md section 2): V1 targets the first-dose
date; each later cycle visit targets the previous cycle visit's actual collection date (or its
target date if it was missed or is still open) plus the length of that previous cycle, so a
delayed cycle shifts every later visit. Visits whose target falls after the follow-up (48 weeks
from the first dose, or from enrolment for SAD) are not scheduled. Event visits (irAE,
remission, flare) target the event date. An end of participation (withdrawal, death, loss to
follow-up) makes every later open visit "not applicable".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from biotrack.protocol import Cohort, Regimen

PLANNED = "planned"
COLLECTED = "collected"
MISSED = "missed"
NOT_APPLICABLE = "not_applicable"
VISIT_STATUSES = (PLANNED, COLLECTED, MISSED, NOT_APPLICABLE)


@dataclass(frozen=True)
class Outcome:
    """What happened at a visit: collected on a date, or missed (with the date it was noted)."""

    status: str  # COLLECTED or MISSED
    on: date | None = None


@dataclass(frozen=True)
class ClinicalEvent:
    """An event that opens an unscheduled visit; ``code`` is assigned when it is recorded."""

    kind: str  # "irae", "remission", "flare"
    code: str  # e.g. IRAE-1, FLARE-2
    on: date


@dataclass(frozen=True)
class ScheduledVisit:
    """One visit of a participant's schedule, with its window and derived status."""

    code: str
    kind: str  # "cycle" (V1..Vn), "baseline", or an event kind
    target_date: date
    window_start: date
    window_end: date
    status: str
    samples: str  # the protocol's sample set id
    cycle: int | None = None
    order: int = 0  # position among the cohort's scheduled visits; events follow

    def in_window(self, day: date) -> bool:
        return self.window_start <= day <= self.window_end


def follow_up_end(cohort: Cohort, anchor_date: date) -> date:
    """Last day of follow-up: ``follow_up_weeks`` after the anchor (first dose or enrolment)."""
    return anchor_date + timedelta(weeks=cohort.follow_up_weeks)


def build_schedule(
    cohort: Cohort,
    *,
    enrolled_on: date,
    regimen: Regimen | None = None,
    first_dose: date | None = None,
    outcomes: Mapping[str, Outcome] | None = None,
    events: Sequence[ClinicalEvent] = (),
    ended_on: date | None = None,
) -> list[ScheduledVisit]:
    """Every visit of one participant, in order: scheduled visits first, then event visits.

    ``outcomes`` maps visit codes to what happened; ``ended_on`` is the withdrawal (or death,
    loss to follow-up) date after which open visits are not applicable.
    """
    outcomes = outcomes or {}
    visits: list[ScheduledVisit] = []
    if cohort.anchor == "first_dose":
        visits.extend(_cycle_visits(cohort, regimen, first_dose, outcomes))
    else:
        end = follow_up_end(cohort, enrolled_on)
        for order, visit_def in enumerate(cohort.visits):
            if enrolled_on > end:
                break
            visits.append(
                _visit(
                    visit_def.code, "baseline", enrolled_on, visit_def.window_before,
                    visit_def.window_after, visit_def.samples, outcomes, order=order,
                )
            )
    for event in sorted(events, key=lambda e: (e.on, e.code)):
        event_def = cohort.event(event.kind)
        visits.append(
            _visit(
                event.code, event.kind, event.on, event_def.window_before,
                event_def.window_after, event_def.samples, outcomes, order=len(cohort.visits),
            )
        )
    if ended_on is not None:
        visits = [_close_after(v, ended_on) for v in visits]
    return visits


def _cycle_visits(
    cohort: Cohort,
    regimen: Regimen | None,
    first_dose: date | None,
    outcomes: Mapping[str, Outcome],
) -> list[ScheduledVisit]:
    if regimen is None or first_dose is None:
        return []
    end = follow_up_end(cohort, first_dose)
    visits: list[ScheduledVisit] = []
    previous: ScheduledVisit | None = None
    for order, visit_def in enumerate(cohort.visits):
        cycle = visit_def.cycle or order + 1
        if regimen.cycle_length(cycle) is None:
            # A visit is drawn before the dose of its cycle: a regimen with a fixed number of
            # cycles (ipilimumab q3w x 4) has no cycle 5, hence no V5 and nothing after it.
            break
        if previous is None:
            target = first_dose
        else:
            length = regimen.cycle_length(previous.cycle or cycle - 1)
            if length is None:  # the regimen has no further cycle: no more visits
                break
            gap = cycle - (previous.cycle or cycle - 1)
            anchor = _actual_date(previous, outcomes)
            target = anchor + timedelta(days=length)
            # Cycles between two listed visits (a protocol may skip cycles) add their lengths.
            for skipped in range(1, gap):
                skipped_length = regimen.cycle_length((previous.cycle or 0) + skipped)
                if skipped_length is None:
                    return visits
                target += timedelta(days=skipped_length)
        outcome = outcomes.get(visit_def.code)
        if target > end and outcome is None:
            break
        visit = _visit(
            visit_def.code, "cycle", target, visit_def.window_before, visit_def.window_after,
            visit_def.samples, outcomes, cycle=cycle, order=order,
        )
        visits.append(visit)
        previous = visit
    return visits


def _actual_date(visit: ScheduledVisit, outcomes: Mapping[str, Outcome]) -> date:
    outcome = outcomes.get(visit.code)
    if outcome is not None and outcome.status == COLLECTED and outcome.on is not None:
        return outcome.on
    return visit.target_date


def _visit(
    code: str,
    kind: str,
    target: date,
    before: int,
    after: int,
    samples: str,
    outcomes: Mapping[str, Outcome],
    *,
    cycle: int | None = None,
    order: int = 0,
) -> ScheduledVisit:
    outcome = outcomes.get(code)
    return ScheduledVisit(
        code=code,
        kind=kind,
        target_date=target,
        window_start=target - timedelta(days=before),
        window_end=target + timedelta(days=after),
        status=outcome.status if outcome is not None else PLANNED,
        samples=samples,
        cycle=cycle,
        order=order,
    )


def _close_after(visit: ScheduledVisit, ended_on: date) -> ScheduledVisit:
    if visit.status == PLANNED and visit.target_date > ended_on:
        return ScheduledVisit(
            visit.code, visit.kind, visit.target_date, visit.window_start, visit.window_end,
            NOT_APPLICABLE, visit.samples, visit.cycle, visit.order,
        )
    return visit
