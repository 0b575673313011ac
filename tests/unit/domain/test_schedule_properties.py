"""Properties of build_schedule for any regimen, first dose and history of outcomes.

Outcomes are drawn visit by visit, because each visit's target depends on what happened at the
one before: every cycle visit is collected on a day of its window, missed, or left open.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from biotrack.protocol import load_protocol
from biotrack.schedule import (
    COLLECTED,
    MISSED,
    NOT_APPLICABLE,
    PLANNED,
    ClinicalEvent,
    Outcome,
    ScheduledVisit,
    build_schedule,
    follow_up_end,
)

PROTOCOL = load_protocol()
ICI = PROTOCOL.cohort("ICI")
SAD = PROTOCOL.cohort("SAD")
REGIMEN_IDS = sorted(PROTOCOL.regimens)

first_doses = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


def _schedule(
    regimen_id: str,
    first_dose: date,
    outcomes: dict[str, Outcome],
    events: list[ClinicalEvent] | None = None,
    ended_on: date | None = None,
) -> list[ScheduledVisit]:
    return build_schedule(
        ICI,
        enrolled_on=first_dose - timedelta(days=7),
        regimen=PROTOCOL.regimen(regimen_id),
        first_dose=first_dose,
        outcomes=outcomes,
        events=events or (),
        ended_on=ended_on,
    )


@st.composite
def histories(draw: st.DrawFn) -> tuple[str, date, dict[str, Outcome]]:
    """A regimen, a first dose and outcomes built one visit at a time."""
    regimen_id = draw(st.sampled_from(REGIMEN_IDS))
    first_dose = draw(first_doses)
    outcomes: dict[str, Outcome] = {}
    for visit_def in ICI.visits:
        visits = {v.code: v for v in _schedule(regimen_id, first_dose, outcomes)}
        visit = visits.get(visit_def.code)
        if visit is None:  # past follow-up or past the regimen's last cycle
            break
        kind = draw(st.sampled_from(["collected", "missed", "open"]))
        if kind == "collected":
            shift = draw(st.integers(-visit_def.window_before, visit_def.window_after))
            outcomes[visit.code] = Outcome(COLLECTED, visit.target_date + timedelta(days=shift))
        elif kind == "missed":
            noted = draw(st.none() | st.integers(0, 30))
            on = None if noted is None else visit.target_date + timedelta(days=noted)
            outcomes[visit.code] = Outcome(MISSED, on)
    return regimen_id, first_dose, outcomes


def _cycle_visits(visits: list[ScheduledVisit]) -> list[ScheduledVisit]:
    return [v for v in visits if v.kind == "cycle"]


def _actual(visit: ScheduledVisit, outcomes: dict[str, Outcome]) -> date:
    outcome = outcomes.get(visit.code)
    if outcome is not None and outcome.status == COLLECTED and outcome.on is not None:
        return outcome.on
    return visit.target_date


@given(histories())
def test_no_planned_visit_past_48_weeks(history: tuple[str, date, dict[str, Outcome]]) -> None:
    regimen_id, first_dose, outcomes = history
    end = follow_up_end(ICI, first_dose)
    assert end == first_dose + timedelta(days=336)
    for visit in _schedule(regimen_id, first_dose, outcomes):
        if visit.status == PLANNED:
            assert visit.target_date <= end, visit
        else:
            assert visit.code in outcomes


@given(histories())
def test_cycle_targets_strictly_increase(history: tuple[str, date, dict[str, Outcome]]) -> None:
    regimen_id, first_dose, outcomes = history
    visits = _cycle_visits(_schedule(regimen_id, first_dose, outcomes))
    assert visits[0].code == "V1"
    assert visits[0].target_date == first_dose
    for previous, visit in pairwise(visits):
        assert previous.target_date < visit.target_date
        assert previous.cycle is not None and visit.cycle is not None
        assert previous.cycle < visit.cycle


@given(histories())
def test_at_most_seven_visits_in_protocol_order(
    history: tuple[str, date, dict[str, Outcome]],
) -> None:
    regimen_id, first_dose, outcomes = history
    visits = _schedule(regimen_id, first_dose, outcomes)
    assert 1 <= len(visits) <= 7
    assert [v.code for v in visits] == [f"V{n}" for n in range(1, len(visits) + 1)]
    assert [v.order for v in visits] == list(range(len(visits)))


@given(histories())
def test_every_window_contains_its_target(history: tuple[str, date, dict[str, Outcome]]) -> None:
    regimen_id, first_dose, outcomes = history
    for visit in _schedule(regimen_id, first_dose, outcomes):
        assert visit.in_window(visit.target_date)
        assert visit.window_start == visit.target_date - timedelta(days=3)
        assert visit.window_end == visit.target_date + timedelta(days=3)


@given(histories())
def test_each_target_is_the_previous_actual_date_plus_its_cycle_length(
    history: tuple[str, date, dict[str, Outcome]],
) -> None:
    regimen_id, first_dose, outcomes = history
    regimen = PROTOCOL.regimen(regimen_id)
    visits = _schedule(regimen_id, first_dose, outcomes)
    for previous, visit in pairwise(visits):
        length = regimen.cycle_length(previous.cycle or 0)
        assert length is not None
        assert visit.target_date == _actual(previous, outcomes) + timedelta(days=length)


@given(histories())
def test_a_visit_is_left_out_only_past_follow_up_or_past_the_last_cycle(
    history: tuple[str, date, dict[str, Outcome]],
) -> None:
    regimen_id, first_dose, outcomes = history
    regimen = PROTOCOL.regimen(regimen_id)
    visits = _schedule(regimen_id, first_dose, outcomes)
    # Every visit drawn before a real dose of the regimen.
    assert all(regimen.cycle_length(v.cycle or 0) is not None for v in visits)
    if len(visits) == 7:
        return
    last = visits[-1]
    assert last.cycle is not None
    next_cycle_length = regimen.cycle_length(last.cycle + 1)
    if next_cycle_length is not None:
        length = regimen.cycle_length(last.cycle)
        assert length is not None
        next_target = _actual(last, outcomes) + timedelta(days=length)
        assert next_target > follow_up_end(ICI, first_dose)


@given(histories())
def test_statuses_follow_outcomes(history: tuple[str, date, dict[str, Outcome]]) -> None:
    regimen_id, first_dose, outcomes = history
    for visit in _schedule(regimen_id, first_dose, outcomes):
        expected = outcomes[visit.code].status if visit.code in outcomes else PLANNED
        assert visit.status == expected
        assert visit.samples == ("serum_buffy" if visit.code in {"V1", "V5", "V7"} else "serum")


@given(histories(), st.integers(-10, 400))
def test_end_of_participation_closes_only_later_planned_visits(
    history: tuple[str, date, dict[str, Outcome]], end_offset: int
) -> None:
    regimen_id, first_dose, outcomes = history
    ended_on = first_dose + timedelta(days=end_offset)
    open_ended = _schedule(regimen_id, first_dose, outcomes)
    ended = _schedule(regimen_id, first_dose, outcomes, ended_on=ended_on)
    assert [(v.code, v.target_date, v.window_start, v.window_end) for v in ended] == [
        (v.code, v.target_date, v.window_start, v.window_end) for v in open_ended
    ]
    for before, after in zip(open_ended, ended, strict=True):
        if before.status == PLANNED and before.target_date > ended_on:
            assert after.status == NOT_APPLICABLE
        else:
            assert after.status == before.status
    assert not any(v.status == PLANNED and v.target_date > ended_on for v in ended)


@given(histories(), st.lists(st.integers(0, 500), max_size=4))
def test_irae_visits_target_their_diagnosis_and_leave_cycles_alone(
    history: tuple[str, date, dict[str, Outcome]], irae_offsets: list[int]
) -> None:
    regimen_id, first_dose, outcomes = history
    events = [
        ClinicalEvent("irae", f"IRAE-{n}", first_dose + timedelta(days=offset))
        for n, offset in enumerate(irae_offsets, start=1)
    ]
    with_events = _schedule(regimen_id, first_dose, outcomes, events=events)
    without = _schedule(regimen_id, first_dose, outcomes)
    assert _cycle_visits(with_events) == without
    irae_visits = with_events[len(without):]
    assert sorted((v.code, v.target_date) for v in irae_visits) == sorted(
        (e.code, e.on) for e in events
    )
    assert [v.target_date for v in irae_visits] == sorted(e.on for e in events)
    for visit in irae_visits:
        assert visit.kind == "irae"
        assert visit.samples == "serum"
        assert visit.status == PLANNED
        assert visit.in_window(visit.target_date)


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
    st.lists(
        st.tuples(st.sampled_from(["remission", "flare"]), st.integers(0, 400)), max_size=5
    ),
)
def test_sad_baseline_and_events(enrolled: date, raw_events: list[tuple[str, int]]) -> None:
    events = [
        ClinicalEvent(kind, f"{kind.upper()}-{n}", enrolled + timedelta(days=offset))
        for n, (kind, offset) in enumerate(raw_events, start=1)
    ]
    visits = build_schedule(SAD, enrolled_on=enrolled, events=events)
    assert visits[0].code == "BASELINE"
    assert visits[0].target_date == enrolled
    assert len(visits) == 1 + len(events)
    assert [v.target_date for v in visits[1:]] == sorted(e.on for e in events)
    for visit in visits:
        assert visit.samples == "serum"
        assert visit.in_window(visit.target_date)
        assert visit.status == PLANNED
