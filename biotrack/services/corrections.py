"""Corrections: a manager fixes a recorded value, with a reason, and nothing is overwritten
silently (21 CFR 11.10(e)): the old and the new value go into the audit trail in the same
transaction, and everything derived from the value (the schedule, SPREC codes) is re-derived.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from biotrack import sprec
from biotrack.db import corrections as repo
from biotrack.db import participants as participant_repo
from biotrack.errors import QT_TRANSLATE_NOOP, UserError
from biotrack.services.collection import get_collection
from biotrack.services.context import Session, change
from biotrack.services.enrolment import SEXES, get_participant, refresh_schedule
from biotrack.services.validation import check_text, optional_text


def _sex(value: str) -> str | None:
    text = value.strip().upper()
    if text and text not in SEXES:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "sex must be one of {choices}"),
                        choices=", ".join(SEXES))
    return text or None


def _birth_year(value: str) -> int | None:
    if not value.strip():
        return None
    try:
        year = int(value)
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "'{text}' is not a year"),
                        text=value[:20]) from None
    if not 1900 <= year <= date.today().year - 18:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "birth year {year} is not that of an adult"),
                        year=year)
    return year


def _date(value: str) -> str:
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "'{text}' is not a date (YYYY-MM-DD)"),
                        text=value[:40]) from None


def _datetime(value: str) -> str | None:
    if not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip()).isoformat(timespec="minutes")
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "'{text}' is not a date and time (YYYY-MM-DDTHH:MM)"),
                        text=value[:40]) from None


def _optional(what: str, length: int) -> Callable[[str], str | None]:
    return lambda value: optional_text(value, what, length)


# Field -> parser of the new value. Codes, cohorts and sites are identities: not correctable.
PARTICIPANT_FIELDS: dict[str, Callable[[str], Any]] = {
    "sex": _sex,
    "birth_year": _birth_year,
    "diagnosis": _optional("diagnosis", 200),
    "local_id": _optional("local identifier", 64),
    "first_dose": _date,
    "enrolled_on": _date,
}
COLLECTION_FIELDS: dict[str, Callable[[str], Any]] = {
    "drawn_at": _datetime,
    "received_at": _datetime,
    "centrifuged_at": _datetime,
    "frozen_at": _datetime,
    "drawn_by": _optional("drawn by", 100),
    "processed_by": _optional("processed by", 100),
    "notes": _optional("notes", 2000),
}


def _parse(fields: dict[str, Callable[[str], Any]], field: str, value: str) -> Any:
    if field not in fields:
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "'{field}' cannot be corrected (fields: {fields})"),
                        field=field[:30], fields=", ".join(fields))
    return fields[field](value)


def correct_participant(session: Session, code: str, field: str, value: str,
                        reason: str) -> None:
    """Change one participant field; the schedule is re-derived when a date changed."""
    participant = get_participant(session, code)
    new = _parse(PARTICIPANT_FIELDS, field, value)
    reason = check_text(reason, "reason", 500)
    if field == "first_dose" and participant.cohort != "ICI":
        raise UserError(QT_TRANSLATE_NOOP("Messages", "only ICI participants have a first dose"))
    if field == "enrolled_on" and date.fromisoformat(new) > session.today_local():
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "the enrolment date cannot be in the future"))
    with change(session, "corrections") as rec:
        old = repo.participant_value(session.db, participant.id, field)
        if old == new:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{field} is already {value}"),
                            field=field, value=repr(new))
        repo.set_participant_value(session.db, participant.id, field, new)
        if field in ("first_dose", "enrolled_on"):
            refresh_schedule(session.db, session.protocol,
                             participant_repo.participant_by_id(session.db, participant.id))
        shown_old, shown_new = old, new
        if field == "local_id":  # the audit trail never holds the identifier itself
            shown_old, shown_new = old is not None, new is not None
        rec.record("participant.correct", "participant", participant.code,
                   before={field: shown_old}, after={field: shown_new}, reason=reason)


def correct_collection(session: Session, collection_id: int, field: str, value: str,
                       reason: str) -> None:
    """Change one collection field; SPREC codes and the schedule follow the new times."""
    current = get_collection(session, collection_id)
    new = _parse(COLLECTION_FIELDS, field, value)
    reason = check_text(reason, "reason", 500)
    if field == "drawn_at" and new is None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "the draw time is required"))
    with change(session, "corrections") as rec:
        old = repo.collection_value(session.db, collection_id, field)
        if old == new:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{field} is already {value}"),
                            field=field, value=repr(new))
        repo.set_collection_value(session.db, collection_id, field, new)
        updated = get_collection(session, collection_id)
        times = [updated.drawn_at, updated.received_at, updated.centrifuged_at,
                 updated.frozen_at]
        known = [t for t in times if t is not None]
        if known != sorted(known):
            raise UserError(QT_TRANSLATE_NOOP("Messages", "the times would be out of order "
                                              "(drawn, received, centrifuged, frozen)"))
        timing = sprec.timing(updated.drawn_at, updated.centrifuged_at, updated.frozen_at)
        for aliquot in updated.aliquots:
            code = sprec.sprec_code(session.protocol.sample_type(aliquot.sample_type),
                                    session.protocol.quality, timing)
            if code != aliquot.sprec:
                repo.set_aliquot_sprec(session.db, aliquot.id, code)
                rec.record("aliquot.correct", "aliquot", aliquot.barcode,
                           before={"sprec": aliquot.sprec}, after={"sprec": code},
                           reason=reason)
        if field == "drawn_at":
            visit = participant_repo.visit_by_id(session.db, current.visit_id)
            refresh_schedule(session.db, session.protocol,
                             participant_repo.participant_by_id(session.db,
                                                                visit.participant_id))
        rec.record("collection.correct", "collection", collection_id,
                   before={field: old}, after={field: new}, reason=reason)
