"""build_schedule: visits and target dates from a regimen and what actually happened.

SPEC.md section 2: V1 = first ICI dose; each later visit targets the actual date of the previous
collected (or missed) cycle + the regimen's cycle length; +-3 day windows; nothing past 48 weeks;
irAE, SAD baseline, remission and flare visits; withdrawal closes later open visits.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from itertools import pairwise

import pytest

from biotrack.errors import ProtocolError
from biotrack.protocol import Cohort, Protocol, VisitDef, load_protocol
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

FIRST_DOSE = date(2026, 1, 12)
ENROLLED = date(2026, 1, 5)
FOLLOW_UP_DAYS = 48 * 7  # 336


@pytest.fixture(scope="module")
def protocol() -> Protocol:
    return load_protocol()


@pytest.fixture(scope="module")
def ici(protocol: Protocol) -> Cohort:
    return protocol.cohort("ICI")


@pytest.fixture(scope="module")
def sad(protocol: Protocol) -> Cohort:
    return protocol.cohort("SAD")


def day(offset: int) -> date:
    """The date ``offset`` days after the first dose."""
    return FIRST_DOSE + timedelta(days=offset)


def offsets(visits: list[ScheduledVisit]) -> dict[str, int]:
    return {v.code: (v.target_date - FIRST_DOSE).days for v in visits}


def ici_schedule(
    protocol: Protocol,
    regimen_id: str,
    *,
    outcomes: Mapping[str, Outcome] | None = None,
    events: Sequence[ClinicalEvent] = (),
    ended_on: date | None = None,
) -> list[ScheduledVisit]:
    return build_schedule(
        protocol.cohort("ICI"),
        enrolled_on=ENROLLED,
        regimen=protocol.regimen(regimen_id),
        first_dose=FIRST_DOSE,
        outcomes=outcomes,
        events=events,
        ended_on=ended_on,
    )


def collected(offset: int) -> Outcome:
    return Outcome(COLLECTED, day(offset))


# --------------------------------------------------------------------------------------------
# Every regimen, all visits on time: target days after the first dose (hand-computed)

ON_TIME = {
    "pembrolizumab-q3w": [0, 21, 42, 63, 84, 105, 126],
    "pembrolizumab-q6w": [0, 42, 84, 126, 168, 210, 252],
    "nivolumab-q2w": [0, 14, 28, 42, 56, 70, 84],
    "nivolumab-q4w": [0, 28, 56, 84, 112, 140, 168],
    "atezolizumab-q2w": [0, 14, 28, 42, 56, 70, 84],
    "atezolizumab-q3w": [0, 21, 42, 63, 84, 105, 126],
    "atezolizumab-q4w": [0, 28, 56, 84, 112, 140, 168],
    "durvalumab-q2w": [0, 14, 28, 42, 56, 70, 84],
    "durvalumab-q4w": [0, 28, 56, 84, 112, 140, 168],
    "avelumab-q2w": [0, 14, 28, 42, 56, 70, 84],
    "cemiplimab-q3w": [0, 21, 42, 63, 84, 105, 126],
    "tislelizumab-q3w": [0, 21, 42, 63, 84, 105, 126],
    # q3w x 4, maintenance from 3 weeks after the 4th combined dose, then q4w / q2w.
    "nivolumab-ipilimumab": [0, 21, 42, 63, 84, 112, 140],
    "nivolumab-ipilimumab-q2w": [0, 21, 42, 63, 84, 98, 112],
    # q3w x 4 then q6w.
    "dostarlimab": [0, 21, 42, 63, 84, 126, 168],
    # Four cycles only: no visit before a 5th dose that is never given.
    "ipilimumab-q3w": [0, 21, 42, 63],
}


def test_every_regimen_of_the_protocol_has_an_expected_schedule(protocol: Protocol) -> None:
    assert set(protocol.regimens) == set(ON_TIME)


@pytest.mark.parametrize(("regimen_id", "expected"), list(ON_TIME.items()))
def test_planned_schedule(protocol: Protocol, regimen_id: str, expected: list[int]) -> None:
    visits = ici_schedule(protocol, regimen_id)
    codes = [f"V{n}" for n in range(1, len(expected) + 1)]
    assert [v.code for v in visits] == codes
    assert [(v.target_date - FIRST_DOSE).days for v in visits] == expected
    assert [v.cycle for v in visits] == list(range(1, len(expected) + 1))
    assert [v.order for v in visits] == list(range(len(expected)))
    assert all(v.kind == "cycle" for v in visits)
    assert all(v.status == PLANNED for v in visits)
    buffy = {"V1", "V5", "V7"}
    assert [v.samples for v in visits] == [
        "serum_buffy" if v.code in buffy else "serum" for v in visits
    ]


@pytest.mark.parametrize("regimen_id", sorted(ON_TIME))
def test_v1_is_the_first_dose_whatever_the_enrolment_date(
    protocol: Protocol, regimen_id: str
) -> None:
    for enrolled in (FIRST_DOSE - timedelta(days=30), FIRST_DOSE):
        visits = build_schedule(
            protocol.cohort("ICI"), enrolled_on=enrolled,
            regimen=protocol.regimen(regimen_id), first_dose=FIRST_DOSE,
        )
        assert visits[0].code == "V1"
        assert visits[0].target_date == FIRST_DOSE


@pytest.mark.parametrize("regimen_id", sorted(ON_TIME))
def test_each_visit_targets_the_previous_collection_plus_its_cycle_length(
    protocol: Protocol, regimen_id: str
) -> None:
    # Every visit collected 2 days late: each gap is still exactly the previous cycle's length.
    regimen = protocol.regimen(regimen_id)
    outcomes: dict[str, Outcome] = {}
    for _ in range(7):
        visits = ici_schedule(protocol, regimen_id, outcomes=outcomes)
        open_visits = [v for v in visits if v.code not in outcomes]
        if not open_visits:
            break
        nxt = open_visits[0]
        outcomes[nxt.code] = Outcome(COLLECTED, nxt.target_date + timedelta(days=2))
    visits = ici_schedule(protocol, regimen_id, outcomes=outcomes)
    assert len(visits) == len(ON_TIME[regimen_id])
    for previous, visit in pairwise(visits):
        drawn = outcomes[previous.code].on
        assert drawn is not None
        length = regimen.cycle_length(previous.cycle or 0)
        assert (visit.target_date - drawn).days == length
    # Six delays of 2 days each accumulate on V7 (when there is one).
    if len(visits) == 7:
        assert (visits[6].target_date - FIRST_DOSE).days == ON_TIME[regimen_id][6] + 12


def test_nivolumab_ipilimumab_maintenance_starts_three_weeks_after_v4(
    protocol: Protocol,
) -> None:
    outcomes = {"V1": collected(0), "V2": collected(22), "V3": collected(45),
                "V4": collected(70), "V5": collected(93)}
    got = offsets(ici_schedule(protocol, "nivolumab-ipilimumab", outcomes=outcomes))
    assert got["V5"] == 70 + 21  # last combined cycle is 21 days
    assert got["V6"] == 93 + 28  # maintenance q4w
    assert got["V7"] == 93 + 28 + 28


def test_nivolumab_ipilimumab_q2w_maintenance(protocol: Protocol) -> None:
    outcomes = {"V4": collected(63), "V5": collected(86)}
    got = offsets(ici_schedule(protocol, "nivolumab-ipilimumab-q2w", outcomes=outcomes))
    assert got["V5"] == 84
    assert got["V6"] == 86 + 14
    assert got["V7"] == 86 + 28


def test_dostarlimab_switches_to_six_weeks_after_four_cycles(protocol: Protocol) -> None:
    outcomes = {"V4": collected(66), "V5": collected(88)}
    got = offsets(ici_schedule(protocol, "dostarlimab", outcomes=outcomes))
    assert got["V5"] == 66 + 21
    assert got["V6"] == 88 + 42
    assert got["V7"] == 88 + 84


@pytest.mark.parametrize(
    "outcomes",
    [
        {},
        {"V4": collected(70)},
        {"V1": collected(0), "V2": collected(21), "V3": collected(42), "V4": collected(63)},
        {"V4": Outcome(MISSED, day(63))},
    ],
)
def test_ipilimumab_q3w_gives_v1_to_v4_only(
    protocol: Protocol, outcomes: dict[str, Outcome]
) -> None:
    visits = ici_schedule(protocol, "ipilimumab-q3w", outcomes=outcomes)
    assert [v.code for v in visits] == ["V1", "V2", "V3", "V4"]


# --------------------------------------------------------------------------------------------
# 48 weeks of follow-up


def test_follow_up_end_is_48_weeks(ici: Cohort, sad: Cohort) -> None:
    assert follow_up_end(ici, FIRST_DOSE) == day(FOLLOW_UP_DAYS)
    assert follow_up_end(sad, ENROLLED) == ENROLLED + timedelta(days=336)


def test_pembrolizumab_q6w_all_seven_visits_within_48_weeks(protocol: Protocol) -> None:
    visits = ici_schedule(protocol, "pembrolizumab-q6w")
    assert len(visits) == 7
    assert all(v.target_date <= day(FOLLOW_UP_DAYS) for v in visits)
    assert offsets(visits)["V7"] == 252


@pytest.mark.parametrize(
    ("v6_drawn", "v7_expected"),
    [
        (293, 335),   # V7 the day before the end of follow-up
        (294, 336),   # V7 on the last day of follow-up: still scheduled
        (295, None),  # V7 one day past 48 weeks: not scheduled
    ],
)
def test_pembrolizumab_q6w_boundary_of_48_weeks(
    protocol: Protocol, v6_drawn: int, v7_expected: int | None
) -> None:
    visits = ici_schedule(protocol, "pembrolizumab-q6w", outcomes={"V6": collected(v6_drawn)})
    got = offsets(visits)
    assert got.get("V7") == v7_expected
    assert got["V6"] == 210


def test_pembrolizumab_q6w_long_delay_drops_visits_past_48_weeks(protocol: Protocol) -> None:
    # V2 drawn 208 days late: V3 at 292, V4 at 334, V5 would be 376 > 336.
    visits = ici_schedule(protocol, "pembrolizumab-q6w", outcomes={"V2": collected(250)})
    assert offsets(visits) == {"V1": 0, "V2": 42, "V3": 292, "V4": 334}


@pytest.mark.parametrize(
    ("regimen_id", "outcomes", "expected"),
    [
        ("nivolumab-q4w", {"V3": collected(300)}, {"V1": 0, "V2": 28, "V3": 56, "V4": 328}),
        ("pembrolizumab-q3w", {"V2": Outcome(MISSED), "V3": collected(320)},
         {"V1": 0, "V2": 21, "V3": 42}),
        ("dostarlimab", {"V5": collected(300)},
         {"V1": 0, "V2": 21, "V3": 42, "V4": 63, "V5": 84}),
    ],
)
def test_visits_past_48_weeks_are_not_scheduled(
    protocol: Protocol, regimen_id: str, outcomes: dict[str, Outcome], expected: dict[str, int]
) -> None:
    visits = ici_schedule(protocol, regimen_id, outcomes=outcomes)
    assert offsets(visits) == expected
    assert all(
        v.target_date <= day(FOLLOW_UP_DAYS) for v in visits if v.status == PLANNED
    )


def test_a_recorded_visit_past_48_weeks_is_kept(protocol: Protocol) -> None:
    # V4 drawn very late pushes V5's target past 48 weeks, but V5 was collected: never hide it.
    outcomes = {"V4": collected(300), "V5": collected(343)}
    visits = ici_schedule(protocol, "pembrolizumab-q6w", outcomes=outcomes)
    assert [v.code for v in visits] == ["V1", "V2", "V3", "V4", "V5"]
    assert visits[4].status == COLLECTED
    assert visits[4].target_date == day(342)


# --------------------------------------------------------------------------------------------
# Delays, early draws and missed visits


def test_delayed_visit_shifts_every_later_visit(protocol: Protocol) -> None:
    got = offsets(ici_schedule(protocol, "pembrolizumab-q3w", outcomes={"V2": collected(26)}))
    assert got == {"V1": 0, "V2": 21, "V3": 47, "V4": 68, "V5": 89, "V6": 110, "V7": 131}


def test_delays_accumulate(protocol: Protocol) -> None:
    outcomes = {"V2": collected(26), "V4": collected(75)}  # V4 target 54, drawn 21 days late
    got = offsets(ici_schedule(protocol, "nivolumab-q2w", outcomes=outcomes))
    assert got == {"V1": 0, "V2": 14, "V3": 40, "V4": 54, "V5": 89, "V6": 103, "V7": 117}


def test_early_draw_moves_later_visits_earlier(protocol: Protocol) -> None:
    got = offsets(ici_schedule(protocol, "pembrolizumab-q3w", outcomes={"V3": collected(40)}))
    assert got["V3"] == 42
    assert got["V4"] == 61
    assert got["V7"] == 124


def test_late_first_dose_collection_moves_v2(protocol: Protocol) -> None:
    got = offsets(ici_schedule(protocol, "nivolumab-q4w", outcomes={"V1": collected(3)}))
    assert got["V1"] == 0  # V1's target stays the first-dose date
    assert got["V2"] == 31


def test_missed_visit_next_target_from_its_target(protocol: Protocol) -> None:
    # The missed date noted (day 50) is when it was recorded, not a draw: it must not anchor.
    outcomes = {"V2": collected(23), "V3": Outcome(MISSED, day(50))}
    visits = ici_schedule(protocol, "pembrolizumab-q3w", outcomes=outcomes)
    got = offsets(visits)
    assert got["V3"] == 44
    assert got["V4"] == 44 + 21
    assert got["V5"] == 44 + 42
    assert visits[2].status == MISSED


def test_missed_without_a_date(protocol: Protocol) -> None:
    visits = ici_schedule(protocol, "nivolumab-q2w", outcomes={"V1": Outcome(MISSED)})
    assert visits[0].status == MISSED
    assert offsets(visits)["V2"] == 14


def test_collected_without_a_date_anchors_on_its_target(protocol: Protocol) -> None:
    visits = ici_schedule(protocol, "nivolumab-q2w", outcomes={"V3": Outcome(COLLECTED)})
    assert visits[2].status == COLLECTED
    assert offsets(visits)["V4"] == 42


def test_statuses_follow_outcomes(protocol: Protocol) -> None:
    outcomes = {"V1": collected(0), "V2": Outcome(MISSED), "V3": collected(44)}
    visits = ici_schedule(protocol, "pembrolizumab-q3w", outcomes=outcomes)
    assert [v.status for v in visits] == [
        COLLECTED, MISSED, COLLECTED, PLANNED, PLANNED, PLANNED, PLANNED,
    ]


def test_outcomes_for_unknown_codes_are_ignored(protocol: Protocol) -> None:
    visits = ici_schedule(protocol, "pembrolizumab-q3w", outcomes={"V9": collected(5)})
    assert offsets(visits) == dict(zip(
        [f"V{n}" for n in range(1, 8)], ON_TIME["pembrolizumab-q3w"], strict=True
    ))


# --------------------------------------------------------------------------------------------
# Windows


@pytest.mark.parametrize("regimen_id", sorted(ON_TIME))
def test_windows_are_plus_minus_three_days(protocol: Protocol, regimen_id: str) -> None:
    for visit in ici_schedule(protocol, regimen_id):
        assert visit.window_start == visit.target_date - timedelta(days=3)
        assert visit.window_end == visit.target_date + timedelta(days=3)


def test_in_window_bounds(protocol: Protocol) -> None:
    v2 = ici_schedule(protocol, "pembrolizumab-q3w")[1]
    assert v2.in_window(day(18))
    assert v2.in_window(day(21))
    assert v2.in_window(day(24))
    assert not v2.in_window(day(17))
    assert not v2.in_window(day(25))


def test_windows_come_from_the_visit_definition(protocol: Protocol, ici: Cohort) -> None:
    visits = (
        VisitDef("V1", "baseline", "serum_buffy", cycle=1, window_before=0, window_after=0),
        VisitDef("V2", "cycle 2", "serum", cycle=2, window_before=1, window_after=7),
    )
    cohort = Cohort(
        ici.code, ici.name, ici.target, ici.follow_up_weeks, ici.anchor,
        ici.requires_regimen, ici.diagnoses, visits, ici.events,
    )
    v1, v2 = build_schedule(
        cohort, enrolled_on=ENROLLED, regimen=protocol.regimen("nivolumab-q2w"),
        first_dose=FIRST_DOSE,
    )
    assert (v1.window_start, v1.window_end) == (FIRST_DOSE, FIRST_DOSE)
    assert (v2.window_start, v2.window_end) == (day(13), day(21))


def test_listed_visits_may_skip_cycles(protocol: Protocol, ici: Cohort) -> None:
    # A protocol that draws before cycles 1, 4 and 6 only: skipped cycles add their lengths.
    visits = (
        VisitDef("V1", "c1", "serum", cycle=1),
        VisitDef("V4", "c4", "serum", cycle=4),
        VisitDef("V6", "c6", "serum", cycle=6),
    )
    cohort = Cohort(
        ici.code, ici.name, ici.target, ici.follow_up_weeks, ici.anchor,
        ici.requires_regimen, ici.diagnoses, visits, ici.events,
    )
    schedule = build_schedule(
        cohort, enrolled_on=ENROLLED, regimen=protocol.regimen("nivolumab-ipilimumab"),
        first_dose=FIRST_DOSE, outcomes={"V4": collected(65)},
    )
    assert offsets(schedule) == {"V1": 0, "V4": 63, "V6": 65 + 21 + 28}
    assert [v.cycle for v in schedule] == [1, 4, 6]
    # ipilimumab has 4 cycles: there is no cycle 6 to draw before.
    short = build_schedule(
        cohort, enrolled_on=ENROLLED, regimen=protocol.regimen("ipilimumab-q3w"),
        first_dose=FIRST_DOSE,
    )
    assert offsets(short) == {"V1": 0, "V4": 63}


# --------------------------------------------------------------------------------------------
# ICI without a regimen or first dose yet


@pytest.mark.parametrize(
    ("regimen_id", "first_dose"),
    [(None, FIRST_DOSE), ("pembrolizumab-q3w", None), (None, None)],
)
def test_no_cycle_visits_without_regimen_and_first_dose(
    protocol: Protocol, ici: Cohort, regimen_id: str | None, first_dose: date | None
) -> None:
    regimen = protocol.regimen(regimen_id) if regimen_id else None
    irae = ClinicalEvent("irae", "IRAE-1", day(10))
    visits = build_schedule(
        ici, enrolled_on=ENROLLED, regimen=regimen, first_dose=first_dose, events=[irae]
    )
    assert [v.code for v in visits] == ["IRAE-1"]


# --------------------------------------------------------------------------------------------
# irAE event visits


def test_irae_visit_targets_the_diagnosis_date(protocol: Protocol) -> None:
    diagnosed = day(37)
    visits = ici_schedule(
        protocol, "pembrolizumab-q3w", events=[ClinicalEvent("irae", "IRAE-1", diagnosed)]
    )
    assert [v.code for v in visits] == ["V1", "V2", "V3", "V4", "V5", "V6", "V7", "IRAE-1"]
    irae = visits[-1]
    assert irae.kind == "irae"
    assert irae.target_date == diagnosed
    assert (irae.window_start, irae.window_end) == (day(34), day(40))
    assert irae.samples == "serum"
    assert irae.status == PLANNED
    assert irae.cycle is None
    assert irae.order == 7  # after every scheduled visit
    # An irAE visit does not move the cycle visits.
    assert offsets(visits[:7]) == offsets(ici_schedule(protocol, "pembrolizumab-q3w"))


def test_several_iraes_in_date_order_with_outcomes(protocol: Protocol) -> None:
    events = [
        ClinicalEvent("irae", "IRAE-2", day(90)),
        ClinicalEvent("irae", "IRAE-1", day(30)),
        ClinicalEvent("irae", "IRAE-3", day(400)),  # after follow-up: still a collection
    ]
    outcomes = {"IRAE-1": collected(31)}
    visits = ici_schedule(protocol, "nivolumab-q4w", events=events, outcomes=outcomes)
    event_visits = [v for v in visits if v.kind == "irae"]
    assert [(v.code, v.target_date, v.status) for v in event_visits] == [
        ("IRAE-1", day(30), COLLECTED),
        ("IRAE-2", day(90), PLANNED),
        ("IRAE-3", day(400), PLANNED),
    ]
    assert all(v.samples == "serum" for v in event_visits)


def test_event_kind_unknown_to_the_cohort(protocol: Protocol) -> None:
    with pytest.raises(ProtocolError, match="no 'flare' event visits"):
        ici_schedule(
            protocol, "pembrolizumab-q3w", events=[ClinicalEvent("flare", "FLARE-1", day(5))]
        )


# --------------------------------------------------------------------------------------------
# SAD cohort


def test_sad_baseline_is_the_enrolment_date(sad: Cohort) -> None:
    visits = build_schedule(sad, enrolled_on=ENROLLED)
    assert len(visits) == 1
    baseline = visits[0]
    assert baseline.code == "BASELINE"
    assert baseline.kind == "baseline"
    assert baseline.target_date == ENROLLED
    assert (baseline.window_start, baseline.window_end) == (
        ENROLLED - timedelta(days=3), ENROLLED + timedelta(days=3),
    )
    assert baseline.samples == "serum"
    assert baseline.status == PLANNED
    assert baseline.cycle is None


def test_sad_ignores_a_regimen(protocol: Protocol, sad: Cohort) -> None:
    visits = build_schedule(
        sad, enrolled_on=ENROLLED, regimen=protocol.regimen("nivolumab-q2w"),
        first_dose=FIRST_DOSE,
    )
    assert [(v.code, v.target_date) for v in visits] == [("BASELINE", ENROLLED)]


def test_sad_remission_and_flare_visits(sad: Cohort) -> None:
    events = [
        ClinicalEvent("flare", "FLARE-2", ENROLLED + timedelta(days=200)),
        ClinicalEvent("remission", "REMISSION-1", ENROLLED + timedelta(days=120)),
        ClinicalEvent("flare", "FLARE-1", ENROLLED + timedelta(days=40)),
    ]
    outcomes = {"BASELINE": Outcome(COLLECTED, ENROLLED), "FLARE-1": Outcome(MISSED)}
    visits = build_schedule(sad, enrolled_on=ENROLLED, events=events, outcomes=outcomes)
    assert [(v.code, v.kind, (v.target_date - ENROLLED).days, v.status) for v in visits] == [
        ("BASELINE", "baseline", 0, COLLECTED),
        ("FLARE-1", "flare", 40, MISSED),
        ("REMISSION-1", "remission", 120, PLANNED),
        ("FLARE-2", "flare", 200, PLANNED),
    ]
    for visit in visits[1:]:
        assert visit.samples == "serum"
        assert visit.window_end - visit.window_start == timedelta(days=6)
        assert visit.in_window(visit.target_date)
        assert visit.order == 1


def test_sad_irae_is_not_an_event_kind(sad: Cohort) -> None:
    with pytest.raises(ProtocolError):
        build_schedule(
            sad, enrolled_on=ENROLLED, events=[ClinicalEvent("irae", "IRAE-1", ENROLLED)]
        )


# --------------------------------------------------------------------------------------------
# End of participation


def test_withdrawal_closes_later_planned_visits_and_keeps_recorded_ones(
    protocol: Protocol,
) -> None:
    outcomes = {"V1": collected(0), "V2": collected(22), "V3": Outcome(MISSED)}
    visits = ici_schedule(
        protocol, "pembrolizumab-q3w", outcomes=outcomes, ended_on=day(50)
    )
    assert [(v.code, v.status) for v in visits] == [
        ("V1", COLLECTED),
        ("V2", COLLECTED),
        ("V3", MISSED),
        ("V4", NOT_APPLICABLE),
        ("V5", NOT_APPLICABLE),
        ("V6", NOT_APPLICABLE),
        ("V7", NOT_APPLICABLE),
    ]
    # Target dates and windows are the same as without the withdrawal.
    same = ici_schedule(protocol, "pembrolizumab-q3w", outcomes=outcomes)
    assert [(v.target_date, v.window_start, v.window_end) for v in visits] == [
        (v.target_date, v.window_start, v.window_end) for v in same
    ]


def test_withdrawal_on_a_target_date_keeps_that_visit_planned(protocol: Protocol) -> None:
    visits = ici_schedule(protocol, "nivolumab-q2w", ended_on=day(28))
    assert [v.status for v in visits] == [PLANNED] * 3 + [NOT_APPLICABLE] * 4


def test_withdrawal_keeps_a_collected_visit_after_the_end_date(protocol: Protocol) -> None:
    # V3 drawn early (day 40, target 42), participant withdraws on day 41.
    outcomes = {"V3": collected(40)}
    visits = ici_schedule(protocol, "pembrolizumab-q3w", outcomes=outcomes, ended_on=day(41))
    statuses = {v.code: v.status for v in visits}
    assert statuses["V3"] == COLLECTED
    assert statuses["V4"] == NOT_APPLICABLE


def test_withdrawal_closes_later_event_visits(protocol: Protocol, sad: Cohort) -> None:
    events = [
        ClinicalEvent("irae", "IRAE-1", day(20)),
        ClinicalEvent("irae", "IRAE-2", day(60)),
    ]
    visits = ici_schedule(
        protocol, "nivolumab-q4w", events=events, outcomes={"IRAE-2": collected(60)},
        ended_on=day(30),
    )
    statuses = {v.code: v.status for v in visits}
    assert statuses["IRAE-1"] == PLANNED
    assert statuses["IRAE-2"] == COLLECTED
    assert statuses["V2"] == PLANNED
    assert statuses["V3"] == NOT_APPLICABLE

    sad_visits = build_schedule(
        sad, enrolled_on=ENROLLED,
        events=[ClinicalEvent("flare", "FLARE-1", ENROLLED + timedelta(days=90))],
        outcomes={"BASELINE": Outcome(COLLECTED, ENROLLED)},
        ended_on=ENROLLED + timedelta(days=60),
    )
    assert [(v.code, v.status) for v in sad_visits] == [
        ("BASELINE", COLLECTED), ("FLARE-1", NOT_APPLICABLE),
    ]


def test_withdrawal_before_the_first_dose_closes_every_visit(protocol: Protocol) -> None:
    visits = ici_schedule(protocol, "dostarlimab", ended_on=day(-1))
    assert len(visits) == 7
    assert all(v.status == NOT_APPLICABLE for v in visits)
