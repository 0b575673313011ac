"""Enrolment and the clinical events that shape a schedule (SPEC.md sections 3 and 4.2).

Real service calls on a real database (``session`` fixture, fixed clock 2026-11-25 12:00 UTC):
codes, refusals that write nothing, irAE / remission / flare visits, missed visits, withdrawal.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

import pytest

from biotrack.errors import Conflict, NotFound, PermissionDenied, UserError
from biotrack.models import Participant, Visit
from biotrack.services import collection, due, enrolment
from biotrack.services.collection import Draw
from biotrack.services.context import Session
from tests.factories import as_user

TODAY = date(2026, 11, 25)  # the fixture's clock
ENROLLED = date(2026, 4, 6)


def dump(session: Session) -> str:
    return "\n".join(session.db.conn.iterdump())


def form(**changes: object) -> enrolment.Enrolment:
    values: dict[str, object] = dict(cohort="ICI", site="NAV", enrolled_on=ENROLLED,
                                     regimen="pembrolizumab-q3w")
    values.update(changes)
    return enrolment.Enrolment(**values)  # type: ignore[arg-type]


def enrol(session: Session, **changes: object) -> Participant:
    return enrolment.enrol(session, form(**changes))


def sad(session: Session, site: str = "GAL") -> Participant:
    return enrol(session, cohort="SAD", site=site, regimen=None)


def schedule(session: Session, code: str) -> dict[str, Visit]:
    return {v.code: v for v in enrolment.visits(session, code)[1]}


def collect_on(session: Session, code: str, visit: str, day: date) -> None:
    collection.register(session, code, visit, Draw(drawn_at=datetime.combine(day, time(9, 0))))


# -- codes ---------------------------------------------------------------------------------------


def test_codes_are_sequential_per_site(session: Session) -> None:
    codes = [enrol(session, site=site).code for site in ("NAV", "NAV", "ARA", "nav ", "DON")]
    assert codes == ["IA-NAV-001", "IA-NAV-002", "IA-ARA-001", "IA-NAV-003", "IA-DON-001"]


def test_a_refused_enrolment_does_not_use_up_a_code(session: Session) -> None:
    enrol(session)
    with pytest.raises(UserError):
        enrol(session, regimen="aspirin-daily")
    assert enrol(session).code == "IA-NAV-002"


def test_the_stored_participant(session: Session) -> None:
    p = enrol(session, sex="m", birth_year=1958, diagnosis="Melanoma", local_id="HC-123456",
              first_dose=ENROLLED + timedelta(days=3))
    assert (p.cohort, p.site, p.status, p.sex, p.birth_year) == ("ICI", "NAV", "active", "M",
                                                                 1958)
    assert p.first_dose == ENROLLED + timedelta(days=3)
    assert p.local_id == "HC-123456"
    assert enrolment.participant_json(session, p)["local_id"] == "HC-123456"
    tech = as_user(session, "tom", "technician")
    assert "local_id" not in enrolment.participant_json(tech, p)
    # The clinic record number never reaches the audit trail.
    trail = session.db.execute("SELECT after FROM audit_event WHERE action = "
                               "'participant.enrol'").fetchone()[0]
    assert "HC-123456" not in trail
    assert json.loads(trail)["local_id_recorded"] is True


def test_first_dose_defaults_to_enrolment_and_anchors_v1(session: Session) -> None:
    p = enrol(session)
    assert p.first_dose == ENROLLED
    visits = schedule(session, p.code)
    assert visits["V1"].target_date == ENROLLED
    assert (visits["V1"].window_start, visits["V1"].window_end) == (
        ENROLLED - timedelta(days=3), ENROLLED + timedelta(days=3))
    assert visits["V2"].target_date == ENROLLED + timedelta(days=21)
    assert list(visits) == [f"V{n}" for n in range(1, 8)]
    assert {v.status for v in visits.values()} == {"planned"}


# -- refusals ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("changes", "error", "message"), [
    ({"site": "XYZ"}, NotFound, "unknown site 'XYZ'"),
    ({"cohort": "ABC"}, UserError, "unknown cohort"),
    ({"regimen": "aspirin-daily"}, UserError, "aspirin-daily"),
    ({"regimen": None}, UserError, "needs a regimen"),
    ({"enrolled_on": TODAY + timedelta(days=1)}, UserError, "in the future"),
    ({"birth_year": TODAY.year - 17}, UserError, "adult"),
    ({"birth_year": 1850}, UserError, "adult"),
    ({"first_dose": ENROLLED - timedelta(days=1)}, UserError, "before enrolment"),
    ({"cohort": "SAD", "site": "GAL"}, UserError, "no ICI regimen"),
    ({"cohort": "SAD", "regimen": None, "first_dose": ENROLLED}, UserError, "no ICI regimen"),
    ({"sex": "Q"}, UserError, "sex must be"),
    ({"diagnosis": "x" * 201}, UserError, "too long"),
    ({"local_id": "HC\x00123"}, UserError, "control characters"),
])
def test_bad_enrolments_are_refused_and_write_nothing(
        session: Session, changes: dict[str, object], error: type[Exception],
        message: str) -> None:
    before = dump(session)
    with pytest.raises(error, match=message):
        enrol(session, **changes)
    assert dump(session) == before


def test_an_adult_by_birth_year_is_accepted(session: Session) -> None:
    p = enrol(session, birth_year=ENROLLED.year - 18)
    assert p.birth_year == 2008


def test_enrolment_today_is_accepted(session: Session) -> None:
    assert enrol(session, enrolled_on=TODAY).enrolled_on == TODAY


def test_eligibility_checklist_must_be_met(session: Session) -> None:
    criteria = session.protocol.eligibility["ICI"]
    answers = {q: True for q in criteria["inclusion"]} | {q: False for q in
                                                         criteria["exclusion"]}
    p = enrol(session, eligibility=answers)
    assert p.code == "IA-NAV-001"
    with pytest.raises(UserError, match="not eligible"):
        enrol(session, eligibility=answers | {criteria["inclusion"][1]: False})
    with pytest.raises(UserError, match="not answered"):
        enrol(session, eligibility={criteria["inclusion"][0]: True})


# -- irAE, remission, flare ----------------------------------------------------------------------


def test_iraes_open_numbered_visits_on_their_dates(session: Session) -> None:
    p = enrol(session)
    first = enrolment.record_irae(session, p.code, date(2026, 6, 2), "Thyroiditis", 1)
    second = enrolment.record_irae(session, p.code, date(2026, 7, 14), "Colitis / diarrhoea", 3,
                                   notes="steroids started")
    assert (first.code, first.kind, first.target_date) == ("IRAE-1", "irae", date(2026, 6, 2))
    assert (second.code, second.target_date) == ("IRAE-2", date(2026, 7, 14))
    assert second.window_start <= second.target_date <= second.window_end
    rows = session.db.execute(
        "SELECT irae_type, grade, ctcae_version FROM irae ORDER BY id").fetchall()
    assert rows == [("Thyroiditis", 1, "5.0"), ("Colitis / diarrhoea", 3, "5.0")]
    assert {"IRAE-1", "IRAE-2"} <= set(schedule(session, p.code))
    # An irAE visit asks for six serum aliquots.
    assert due.samples_of(session, second.samples) == [
        {"sample_type": "serum", "count": 6, "volume_ul": 500}]


@pytest.mark.parametrize(("grade", "on", "message"), [
    (0, date(2026, 6, 2), "grade"),
    (6, date(2026, 6, 2), "grade"),
    (2, TODAY + timedelta(days=1), "future"),
    (2, ENROLLED - timedelta(days=1), "before enrolment"),
])
def test_bad_iraes_are_refused_and_write_nothing(session: Session, grade: int, on: date,
                                                 message: str) -> None:
    p = enrol(session)
    before = dump(session)
    with pytest.raises(UserError, match=message):
        enrolment.record_irae(session, p.code, on, "Hepatitis", grade)
    assert dump(session) == before


def test_an_irae_in_the_sad_cohort_is_refused(session: Session) -> None:
    p = sad(session)
    before = dump(session)
    with pytest.raises(UserError, match="no irae visits"):
        enrolment.record_irae(session, p.code, date(2026, 6, 2), "Hepatitis", 2)
    assert dump(session) == before


def test_remission_and_flare_in_the_sad_cohort(session: Session) -> None:
    p = sad(session)
    visits = schedule(session, p.code)
    assert list(visits) == ["BASELINE"]
    assert visits["BASELINE"].target_date == ENROLLED
    flare = enrolment.record_event(session, p.code, "flare", date(2026, 5, 20))
    remission = enrolment.record_event(session, p.code, "Remission", date(2026, 7, 1))
    flare2 = enrolment.record_event(session, p.code, "flare", date(2026, 9, 9))
    assert [(v.code, v.target_date) for v in (flare, remission, flare2)] == [
        ("FLARE-1", date(2026, 5, 20)), ("REMISSION-1", date(2026, 7, 1)),
        ("FLARE-2", date(2026, 9, 9))]
    assert set(schedule(session, p.code)) == {"BASELINE", "FLARE-1", "REMISSION-1", "FLARE-2"}
    counts = dict(session.db.execute(
        "SELECT action, count(*) FROM audit_event WHERE action LIKE 'event.%' GROUP BY action"
    ).fetchall())
    assert counts == {"event.flare": 2, "event.remission": 1}


@pytest.mark.parametrize("kind", ["remission", "flare"])
def test_remission_and_flare_are_refused_in_the_ici_cohort(session: Session,
                                                           kind: str) -> None:
    p = enrol(session)
    before = dump(session)
    with pytest.raises(UserError, match=f"no {kind} visits"):
        enrolment.record_event(session, p.code, kind, date(2026, 6, 2))
    assert dump(session) == before


def test_an_unknown_event_kind_is_refused(session: Session) -> None:
    p = sad(session)
    with pytest.raises(UserError, match="unknown event"):
        enrolment.record_event(session, p.code, "relapse", date(2026, 6, 2))


# -- missed and delayed visits -------------------------------------------------------------------


def test_a_missed_visit_changes_only_its_status(session: Session) -> None:
    p = enrol(session)
    collect_on(session, p.code, "V1", ENROLLED)
    before = schedule(session, p.code)
    missed = enrolment.mark_missed(session, p.code, "V2", "patient in hospital")
    assert (missed.status, missed.status_reason) == ("missed", "patient in hospital")
    after = schedule(session, p.code)
    assert {c: v.target_date for c, v in after.items()} == {
        c: v.target_date for c, v in before.items()}
    assert {c: v.status for c, v in after.items() if c != "V2"} == {
        c: v.status for c, v in before.items() if c != "V2"}
    assert after["V3"].target_date == after["V2"].target_date + timedelta(days=21)
    with pytest.raises(Conflict, match="already missed"):
        enrolment.mark_missed(session, p.code, "V2", "twice")
    with pytest.raises(Conflict):
        collect_on(session, p.code, "V2", after["V2"].target_date)
    with pytest.raises(UserError, match="reason is required"):
        enrolment.mark_missed(session, p.code, "V3", "")
    assert session.db.execute("SELECT count(*) FROM audit_event WHERE action = "
                              "'visit.missed'").fetchone()[0] == 1


def test_a_delayed_collection_shifts_the_later_visits(session: Session) -> None:
    p = enrol(session)
    collect_on(session, p.code, "V1", ENROLLED)
    before = schedule(session, p.code)
    late = before["V2"].target_date + timedelta(days=3)  # still inside the +-3 day window
    collect_on(session, p.code, "V2", late)
    after = schedule(session, p.code)
    assert after["V2"].status == "collected"
    for code in ("V3", "V4", "V5", "V6", "V7"):
        assert after[code].target_date == before[code].target_date + timedelta(days=3), code
    assert after["V3"].target_date == late + timedelta(days=21)


# -- withdrawal ----------------------------------------------------------------------------------


def test_withdrawal_makes_later_open_visits_not_applicable(session: Session) -> None:
    p = enrol(session)
    collect_on(session, p.code, "V1", ENROLLED)
    enrolment.record_irae(session, p.code, date(2026, 4, 20), "Dermatitis (skin)", 1)
    v2_target = schedule(session, p.code)["V2"].target_date
    collect_on(session, p.code, "V2", v2_target)
    withdrawn_on = v2_target + timedelta(days=5)
    updated = enrolment.withdraw(session, p.code, withdrawn_on, "moved abroad")
    assert (updated.status, updated.status_on, updated.status_reason) == (
        "withdrawn", withdrawn_on, "moved abroad")
    visits = schedule(session, p.code)
    assert visits["V1"].status == visits["V2"].status == "collected"
    assert {visits[c].status for c in ("V3", "V4", "V5", "V6", "V7")} == {"not_applicable"}
    # The irAE visit lies before the withdrawal: only later visits are closed.
    assert visits["IRAE-1"].status == "planned"
    # No new clinical event for a withdrawn participant.
    with pytest.raises(Conflict):
        enrolment.record_irae(session, p.code, withdrawn_on, "Hepatitis", 2)
    with pytest.raises(Conflict, match="already withdrawn"):
        enrolment.withdraw(session, p.code, withdrawn_on, "again")
    # The due list no longer shows the withdrawn participant's visits.
    assert [v for v in due.due(session, ENROLLED, TODAY) if v.code == p.code] == []


@pytest.mark.parametrize("on", [ENROLLED - timedelta(days=1), TODAY + timedelta(days=1)])
def test_withdrawal_dates_must_lie_between_enrolment_and_today(session: Session,
                                                               on: date) -> None:
    p = enrol(session)
    before = dump(session)
    with pytest.raises(UserError, match="between enrolment and today"):
        enrolment.withdraw(session, p.code, on, "reason")
    assert dump(session) == before


def test_a_technician_may_not_withdraw_a_participant(session: Session) -> None:
    p = enrol(session)
    tech = as_user(session, "tom", "technician")
    before = dump(session)
    with pytest.raises(PermissionDenied):
        enrolment.withdraw(tech, p.code, date(2026, 5, 1), "reason")
    assert dump(session) == before
    nurse = as_user(session, "nina", "nurse")
    assert enrolment.withdraw(nurse, p.code, date(2026, 5, 1), "reason").status == "withdrawn"


def test_unknown_participant_and_visit(session: Session) -> None:
    p = enrol(session)
    with pytest.raises(NotFound, match="unknown participant 'IA-NAV-404'"):
        enrolment.visits(session, "IA-NAV-404")
    with pytest.raises(NotFound, match="no visit 'V8'"):
        enrolment.mark_missed(session, p.code, "V8", "reason")


# -- due list ------------------------------------------------------------------------------------


def test_due_lists_open_visits_with_their_tubes(session: Session) -> None:
    p = enrol(session, enrolled_on=date(2026, 11, 20))
    other_site = enrol(session, site="ARA", enrolled_on=date(2026, 11, 24))
    listed = due.due(session, date(2026, 11, 19), date(2026, 11, 25), site="NAV")
    assert [(v.code, v.visit) for v in listed] == [(p.code, "V1")]
    entry = listed[0].to_json()
    assert entry["tubes"] == ["Serum separator tube (SST, gold top) 8.5 mL",
                              "K2-EDTA tube (lavender top) 6 mL"]
    everywhere = due.due(session, date(2026, 11, 19), date(2026, 11, 25))
    assert {v.code for v in everywhere} == {p.code, other_site.code}
    collect_on(session, p.code, "V1", date(2026, 11, 20))
    assert [v.code for v in due.due(session, date(2026, 11, 19), date(2026, 11, 25))] == [
        other_site.code]
    with pytest.raises(NotFound, match="unknown site"):
        due.due(session, date(2026, 11, 19), date(2026, 11, 25), site="XXX")
    with pytest.raises(UserError, match="before it starts"):
        due.due(session, date(2026, 11, 25), date(2026, 11, 19))


def test_every_clinical_change_is_audited_once(session: Session) -> None:
    p = enrol(session)
    s = sad(session)
    enrolment.record_irae(session, p.code, date(2026, 5, 5), "Hepatitis", 2)
    enrolment.mark_missed(session, p.code, "V2", "no show")
    enrolment.record_event(session, s.code, "flare", date(2026, 6, 1))
    enrolment.withdraw(session, s.code, date(2026, 7, 1), "consent withdrawn")
    counts = dict(session.db.execute(
        "SELECT action, count(*) FROM audit_event WHERE action NOT IN ('user.create',"
        " 'database.init', 'freezer.add') GROUP BY action").fetchall())
    assert counts == {"participant.enrol": 2, "irae.record": 1, "visit.missed": 1,
                      "event.flare": 1, "participant.withdrawn": 1}
    who, record, reason = session.db.execute(
        "SELECT username, record_id, reason FROM audit_event"
        " WHERE action = 'participant.withdrawn'").fetchone()
    assert (who, record, reason) == ("admin", s.code, "consent withdrawn")
