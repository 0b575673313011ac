"""Corrections (issue 3, point 1): manager only, reason required, old value kept in the audit
trail, derived values (schedule, SPREC) follow, bad input changes nothing."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from biotrack.db import audit
from biotrack.errors import PermissionDenied, UserError
from biotrack.services import collection, corrections, enrolment
from biotrack.services.context import Session
from tests.factories import as_user


def dump(session: Session) -> str:
    return "\n".join(session.db.conn.iterdump())


@pytest.fixture
def study(session: Session) -> tuple[Session, str, int]:
    participant = enrolment.enrol(session, enrolment.Enrolment(
        cohort="ICI", site="NAV", enrolled_on=date(2026, 9, 1), regimen="pembrolizumab-q3w",
        first_dose=date(2026, 9, 2), diagnosis="Melanoma", local_id="NHC-42"))
    registered = collection.register(session, participant.code, "V1", collection.Draw(
        drawn_at=datetime(2026, 9, 2, 9, 0), centrifuged_at=datetime(2026, 9, 2, 9, 45),
        frozen_at=datetime(2026, 9, 2, 10, 15)))
    return session, participant.code, registered.collection.id


def _targets(session: Session, code: str) -> dict[str, date]:
    _, visits = enrolment.visits(session, code)
    return {v.code: v.target_date for v in visits}


def test_correcting_a_draw_time_keeps_the_old_value_and_moves_later_visits(study) -> None:
    session, code, collection_id = study
    assert _targets(session, code)["V2"] == date(2026, 9, 23)

    corrections.correct_collection(session, collection_id, "drawn_at", "2026-09-01T08:30",
                                   "typed the wrong day")

    assert _targets(session, code)["V2"] == date(2026, 9, 22)
    event = audit.history(session.db, records=[("collection", str(collection_id))])[-1]
    assert event.action == "collection.correct"
    assert event.before == {"drawn_at": "2026-09-02T09:00"}
    assert event.after == {"drawn_at": "2026-09-01T08:30"}
    assert event.reason == "typed the wrong day"


def test_a_later_centrifugation_changes_every_sprec_code_and_records_each(study) -> None:
    session, _, collection_id = study
    before = collection.get_collection(session, collection_id).aliquots
    assert all(a.sprec.split("-")[2] == "A" for a in before)

    corrections.correct_collection(session, collection_id, "frozen_at", "2026-09-02T13:00",
                                   "freezer log shows 13:00")
    corrections.correct_collection(session, collection_id, "centrifuged_at",
                                   "2026-09-02T12:30", "centrifuge log shows 12:30")

    after = collection.get_collection(session, collection_id).aliquots
    assert all(a.sprec.split("-")[2] == "C" for a in after)
    corrected = [e for e in audit.history(session.db) if e.action == "aliquot.correct"]
    assert {e.record_id for e in corrected} == {a.barcode for a in after}
    assert all(e.reason for e in corrected)


def test_participant_correction_hides_the_local_identifier_in_the_trail(study) -> None:
    session, code, _ = study
    corrections.correct_participant(session, code, "local_id", "NHC-43", "transposed digits")
    corrections.correct_participant(session, code, "diagnosis", "Renal cell carcinoma",
                                    "pathology report")
    events = [e for e in audit.history(session.db, records=[("participant", code)])
              if e.action == "participant.correct"]
    assert events[0].before == {"local_id": True} and events[0].after == {"local_id": True}
    assert events[1].before == {"diagnosis": "Melanoma"}
    assert "NHC" not in str([e.to_json() for e in events])


def test_first_dose_correction_re_derives_the_schedule(study) -> None:
    session, code, _ = study
    corrections.correct_participant(session, code, "first_dose", "2026-09-05", "dose delayed")
    assert _targets(session, code)["V1"] == date(2026, 9, 5)


@pytest.mark.parametrize("record, field, value, reason, message", [
    ("collection", "drawn_at", "2026-09-02T11:00", "x", "out of order"),
    ("collection", "drawn_at", "", "x", "required"),
    ("collection", "frozen_at", "yesterday", "x", "not a date"),
    ("collection", "id", "5", "x", "cannot be corrected"),
    ("collection", "notes", "ok", "", "reason is required"),
    ("participant", "code", "IA-NAV-999", "x", "cannot be corrected"),
    ("participant", "cohort", "SAD", "x", "cannot be corrected"),
    ("participant", "birth_year", "2020", "x", "not that of an adult"),
    ("participant", "sex", "Q", "x", "sex must be"),
    ("participant", "diagnosis", "Melanoma", "x", "already"),
    ("participant", "enrolled_on", "2030-01-01", "x", "future"),
])
def test_bad_corrections_change_nothing(study, record, field, value, reason, message) -> None:
    session, code, collection_id = study
    before = dump(session)
    with pytest.raises(UserError, match=message):
        if record == "collection":
            corrections.correct_collection(session, collection_id, field, value, reason)
        else:
            corrections.correct_participant(session, code, field, value, reason)
    assert dump(session) == before


@pytest.mark.parametrize("role", ["nurse", "technician"])
def test_only_a_manager_corrects(study, role) -> None:
    session, code, collection_id = study
    other = as_user(session, f"a-{role}", role)
    before = dump(session)
    with pytest.raises(PermissionDenied):
        corrections.correct_participant(other, code, "diagnosis", "NSCLC", "x")
    with pytest.raises(PermissionDenied):
        corrections.correct_collection(other, collection_id, "notes", "x", "x")
    assert dump(session) == before
