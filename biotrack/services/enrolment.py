"""Enrolment and the clinical events that shape a participant's schedule.

Enrol, record an irAE, a SAD remission or flare, a missed visit, a withdrawal: each is one
transaction with its audit event, and each re-derives the stored schedule from what happened
(biotrack.schedule), so later target dates always follow the actual dates.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from biotrack.db import participants as repo
from biotrack.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, UserError
from biotrack.models import Participant, Visit
from biotrack.protocol import Protocol
from biotrack.schedule import (
    MISSED,
    PLANNED,
    ClinicalEvent,
    Outcome,
    build_schedule,
    follow_up_end,
)
from biotrack.services.context import Session, change
from biotrack.services.permissions import allowed
from biotrack.services.validation import check_text, optional_text
from biotrack.status_words import status_word

SEXES = ("F", "M", "X")
ENDED_STATUSES = ("withdrawn", "deceased", "lost_to_follow_up", "completed")


@dataclass(frozen=True)
class Enrolment:
    """What the enrol form or command gives."""

    cohort: str
    site: str
    enrolled_on: date
    regimen: str | None = None
    first_dose: date | None = None
    sex: str | None = None
    birth_year: int | None = None
    diagnosis: str | None = None
    local_id: str | None = None
    eligibility: Mapping[str, bool] | None = None


def get_participant(session: Session, code: str) -> Participant:
    participant = repo.participant_by_code(session.db, code)
    if participant is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "unknown participant '{code}'"),
                       code=code.strip()[:40])
    return participant


def participant_json(session: Session, participant: Participant) -> dict[str, Any]:
    """A participant as shown to this user: the local identifier only for nurse/manager."""
    return participant.to_json(with_local_id=allowed(session.user, "view_local_id"))


def enrol(session: Session, form: Enrolment) -> Participant:
    """A new participant with a site-prefixed sequential code and a derived schedule."""
    protocol = session.protocol
    cohort = protocol.cohort(form.cohort)
    site = form.site.strip().upper()
    today = session.today_local()
    if form.enrolled_on > today:
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "the enrolment date {date} is in the future"),
                        date=form.enrolled_on)
    first_dose = form.first_dose
    regimen = form.regimen
    if cohort.requires_regimen:
        if not regimen:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "cohort {cohort} needs a regimen "
                                              "(see `biotrack regimens`)"),
                            cohort=cohort.code)
        protocol.regimen(regimen)
        first_dose = first_dose or form.enrolled_on
        if first_dose < form.enrolled_on:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "the first ICI dose cannot be before "
                                              "enrolment (ICI-naive)"))
    elif regimen or first_dose:
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "cohort {cohort} has no ICI regimen or first dose"),
                        cohort=cohort.code)
    sex = form.sex.strip().upper() if form.sex else None
    if sex is not None and sex not in SEXES:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "sex must be one of {choices}"),
                        choices=", ".join(SEXES))
    if form.birth_year is not None:
        age = form.enrolled_on.year - form.birth_year
        if form.birth_year < 1900 or age < 18:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "birth year {year} is not that of an "
                                              "adult (age >= 18)"),
                            year=form.birth_year)
    diagnosis = optional_text(form.diagnosis, "diagnosis", 200)
    local_id = optional_text(form.local_id, "local identifier", 64)
    eligibility = _check_eligibility(protocol, cohort.code, form.eligibility)

    with change(session, "enrol") as rec:
        seq = repo.take_site_sequence(session.db, site)
        if seq is None:
            known = ", ".join(s["code"] for s in repo.sites(session.db))
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "unknown site '{site}' (sites: {known})"),
                           site=form.site[:20], known=known)
        code = f"{protocol.code_prefix}-{site}-{seq:0{protocol.code_digits}d}"
        values = {
            "code": code, "cohort": cohort.code, "site_code": site, "seq": seq,
            "enrolled_on": form.enrolled_on.isoformat(), "sex": sex,
            "birth_year": form.birth_year, "diagnosis": diagnosis, "regimen": regimen,
            "first_dose": first_dose.isoformat() if first_dose else None,
            "local_id": local_id, "eligibility": _json(eligibility),
            "created_at": session.now_iso(),
        }
        participant_id = repo.insert_participant(session.db, values)
        participant = repo.participant_by_id(session.db, participant_id)
        refresh_schedule(session.db, protocol, participant)
        after = participant.to_json()
        after["local_id_recorded"] = local_id is not None  # never the value itself
        rec.record("participant.enrol", "participant", code, after=after)
    return participant


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _check_eligibility(protocol: Protocol, cohort: str,
                       answers: Mapping[str, bool] | None) -> dict[str, Any]:
    """Every criterion answered; every inclusion yes and every exclusion no (SPEC 6)."""
    if answers is None:
        return {"checklist": "not recorded"}
    criteria = protocol.eligibility.get(cohort, {})
    missing = [q for kind in ("inclusion", "exclusion") for q in criteria.get(kind, ())
               if q not in answers]
    if missing:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "eligibility not answered: {criterion}"),
                        criterion=missing[0])
    failed = [q for q in criteria.get("inclusion", ()) if not answers[q]]
    failed += [q for q in criteria.get("exclusion", ()) if answers[q]]
    if failed:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "not eligible: {criterion}"),
                        criterion=failed[0])
    return {"checklist": "all criteria met", "answers": dict(answers)}


def refresh_schedule(db: Database, protocol: Protocol, participant: Participant) -> None:
    """Re-derive and store the participant's schedule from what actually happened."""
    cohort = protocol.cohort(participant.cohort)
    outcomes: dict[str, Outcome] = {}
    for row in repo.visit_outcomes(db, participant.id):
        drawn = date.fromisoformat(row["drawn_on"]) if row["drawn_on"] else None
        outcomes[row["code"]] = Outcome(row["status"], drawn)
    events = [
        ClinicalEvent(row["kind"], row["code"], date.fromisoformat(row["event_on"]))
        for row in repo.event_visits(db, participant.id)
    ]
    schedule = build_schedule(
        cohort,
        enrolled_on=participant.enrolled_on,
        regimen=protocol.regimen(participant.regimen) if participant.regimen else None,
        first_dose=participant.first_dose,
        outcomes=outcomes,
        events=events,
        ended_on=participant.status_on if participant.status in ENDED_STATUSES else None,
    )
    repo.save_schedule(db, participant.id, schedule)


def visits(session: Session, code: str) -> tuple[Participant, list[Visit]]:
    participant = get_participant(session, code)
    return participant, repo.visits_of(session.db, participant.id)


def get_visit(session: Session, participant: Participant, visit_code: str) -> Visit:
    visit = repo.visit_by_code(session.db, participant.id, visit_code)
    if visit is None:
        known = ", ".join(v.code for v in repo.visits_of(session.db, participant.id))
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "{code} has no visit '{visit}' (visits: {known})"),
            code=participant.code, visit=visit_code.strip()[:20], known=known)
    return visit


def _check_event_date(session: Session, participant: Participant, on: date) -> None:
    if on > session.today_local():
        raise UserError(QT_TRANSLATE_NOOP("Messages", "the date {date} is in the future"),
                        date=on)
    if on < participant.enrolled_on:
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "the date {date} is before enrolment ({enrolled})"),
                        date=on, enrolled=participant.enrolled_on)
    cohort = session.protocol.cohort(participant.cohort)
    anchor = participant.first_dose or participant.enrolled_on
    if on > follow_up_end(cohort, anchor):
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "the date {date} is after the end of follow-up"),
                        date=on)
    if participant.status != "active":
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "{code} is {status}"),
                       code=participant.code, status=status_word(participant.status))


def _open_event_visit(session: Session, participant: Participant, kind: str, on: date) -> Visit:
    cohort = session.protocol.cohort(participant.cohort)
    if kind not in cohort.event_kinds:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "cohort {cohort} has no {kind} visits"),
                        cohort=cohort.code, kind=kind)
    event_def = cohort.event(kind)
    number = repo.count_event_visits(session.db, participant.id, kind) + 1
    code = f"{event_def.code_prefix}-{number}"
    # Store the event on its visit row; the scheduler then derives its window from it.
    repo.insert_event_visit(session.db, participant.id, code, kind, len(cohort.visits),
                            event_def.samples, on)
    refresh_schedule(session.db, session.protocol, participant)
    visit = repo.visit_by_code(session.db, participant.id, code)
    assert visit is not None
    return visit


def record_irae(session: Session, code: str, on: date, irae_type: str, grade: int,
                notes: str | None = None) -> Visit:
    """An irAE (CTCAE grade 1-5) and the collection visit it opens."""
    participant = get_participant(session, code)
    irae_type = check_text(irae_type, "irAE type", 100)
    if isinstance(grade, bool) or not isinstance(grade, int) or not 1 <= grade <= 5:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "CTCAE grade must be 1 to 5, not {grade}"),
                        grade=repr(grade))
    notes = optional_text(notes, "notes", 2000)
    _check_event_date(session, participant, on)
    if participant.first_dose and on < participant.first_dose:
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "an irAE cannot precede the first ICI dose ({date})"),
                        date=participant.first_dose)
    with change(session, "clinical_event") as rec:
        visit = _open_event_visit(session, participant, "irae", on)
        repo.insert_irae(session.db, {
            "participant_id": participant.id, "visit_id": visit.id,
            "diagnosed_on": on.isoformat(), "irae_type": irae_type, "grade": grade,
            "ctcae_version": session.protocol.ctcae_version, "notes": notes,
            "created_at": session.now_iso(),
        })
        rec.record("irae.record", "participant", participant.code, after={
            "visit": visit.code, "diagnosed_on": on.isoformat(), "type": irae_type,
            "grade": grade, "ctcae_version": session.protocol.ctcae_version,
        })
    return visit


def record_event(session: Session, code: str, kind: str, on: date,
                 notes: str | None = None) -> Visit:
    """A SAD remission or flare, opening its collection visit."""
    participant = get_participant(session, code)
    kind = kind.strip().lower()
    if kind not in ("remission", "flare"):
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "unknown event '{kind}' (remission or flare)"),
                        kind=kind)
    notes = optional_text(notes, "notes", 2000)
    _check_event_date(session, participant, on)
    with change(session, "clinical_event") as rec:
        visit = _open_event_visit(session, participant, kind, on)
        rec.record(f"event.{kind}", "participant", participant.code,
                   after={"visit": visit.code, "on": on.isoformat(), "notes": notes})
    return visit


def mark_missed(session: Session, code: str, visit_code: str, reason: str) -> Visit:
    """A visit that will not be collected; later visits then count from its target date."""
    participant = get_participant(session, code)
    reason = check_text(reason, "reason", 500)
    with change(session, "clinical_event") as rec:
        visit = get_visit(session, participant, visit_code)
        if visit.status != PLANNED:
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "{code} {visit} is already {status}"),
                           code=participant.code, visit=visit.code,
                           status=status_word(visit.status))
        repo.set_visit_status(session.db, visit.id, MISSED, reason)
        refresh_schedule(session.db, session.protocol, participant)
        rec.record("visit.missed", "visit", f"{participant.code}/{visit.code}",
                   before={"status": visit.status}, after={"status": MISSED}, reason=reason)
    return repo.visit_by_id(session.db, visit.id)


def withdraw(session: Session, code: str, on: date, reason: str) -> Participant:
    """Withdrawal (with date and reason): every later open visit becomes not applicable."""
    return end_participation(session, code, "withdrawn", on, reason)


def end_participation(session: Session, code: str, status: str, on: date,
                      reason: str) -> Participant:
    if status not in ENDED_STATUSES:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "unknown end of participation '{status}'"),
                        status=status)
    participant = get_participant(session, code)
    reason = check_text(reason, "reason", 500)
    if participant.status != "active":
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "{code} is already {status}"),
                       code=participant.code, status=status_word(participant.status))
    if on < participant.enrolled_on or on > session.today_local():
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "the date {date} must lie between enrolment and today"),
                        date=on)
    with change(session, "withdraw") as rec:
        repo.update_participant_status(session.db, participant.id, status, on, reason)
        updated = repo.participant_by_id(session.db, participant.id)
        refresh_schedule(session.db, session.protocol, updated)
        rec.record(f"participant.{status}", "participant", participant.code,
                   before={"status": participant.status},
                   after={"status": status, "on": on.isoformat()}, reason=reason)
    return updated
