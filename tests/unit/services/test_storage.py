"""Storage: one tube per position, every movement of a tube, who may make it, and its trail.

SPEC.md sections 3 (storage, aliquot) and 4.5; issue "The core", points 5 and 7. Real service
calls on a real database (``session`` fixture, fixed clock 2026-11-25 12:00 UTC).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta

import pytest

from biotrack.barcodes import BadBarcode, make_barcode
from biotrack.errors import Conflict, NotFound, PermissionDenied, UserError
from biotrack.models import Aliquot, Collection
from biotrack.services import collection, enrolment, storage
from biotrack.services.collection import Draw
from biotrack.services.context import Session
from tests.factories import as_user

ENROLLED = date(2026, 9, 7)
BOX = "F1/S1/R1/B1"


def dump(session: Session) -> str:
    return "\n".join(session.db.conn.iterdump())


def audit_count(session: Session, action: str) -> int:
    return int(session.db.execute("SELECT count(*) FROM audit_event WHERE action = ?",
                                  [action]).fetchone()[0])


def register_v1(session: Session, site: str = "NAV") -> Collection:
    participant = enrolment.enrol(session, enrolment.Enrolment(
        cohort="ICI", site=site, enrolled_on=ENROLLED, regimen="nivolumab-q2w"))
    drawn = datetime.combine(ENROLLED, time(9, 30))
    return collection.register(session, participant.code, "V1", Draw(
        drawn_at=drawn, centrifuged_at=drawn + timedelta(minutes=40),
        frozen_at=drawn + timedelta(minutes=80))).collection


@pytest.fixture
def v1(session: Session) -> Collection:
    """A registered V1: serum 1-6 at F1/S1/R1/B1/A1..A6, buffy coat at F1/S1/R4/B1/A1..A2."""
    return register_v1(session)


def serum(c: Collection, number: int) -> Aliquot:
    return next(a for a in c.aliquots if a.sample_type == "serum" and a.number == number)


def occupant(session: Session, path: str) -> str | None:
    box_path, _, position = path.rpartition("/")
    box = storage.find_box(session, box_path)
    holders = [c["barcode"] for c in storage.box_contents(session, box)
               if c["position"] == position]
    return holders[0] if holders else None


# -- the schema's last word ----------------------------------------------------------------------


def test_the_unique_index_refuses_two_tubes_in_one_position_even_in_raw_sql(
        session: Session, v1: Collection) -> None:
    first, second = serum(v1, 1), serum(v1, 2)
    assert first.location is not None
    conn = session.db.conn
    before = dump(session)
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        conn.execute("UPDATE aliquot SET box_id = ?, pos_row = ?, pos_col = ? WHERE id = ?",
                     [first.location.box_id, first.location.row, first.location.col,
                      second.id])
    conn.rollback()
    assert dump(session) == before


def test_a_checked_out_tube_keeps_its_position_reserved_in_the_schema(
        session: Session, v1: Collection) -> None:
    first, second = serum(v1, 1), serum(v1, 2)
    storage.check_out(session, [first.barcode], "ELISA")
    assert first.location is not None
    with pytest.raises(sqlite3.IntegrityError):
        session.db.conn.execute(
            "UPDATE aliquot SET box_id = ?, pos_row = ?, pos_col = ? WHERE id = ?",
            [first.location.box_id, first.location.row, first.location.col, second.id])
    session.db.conn.rollback()


# -- finding tubes -------------------------------------------------------------------------------


def test_locate_by_scan(session: Session, v1: Collection) -> None:
    tube = serum(v1, 3)
    found = storage.locate(session, f"  {tube.barcode.lower()}\n")
    assert found.barcode == tube.barcode
    assert (found.code, found.visit, found.sample_type, found.number) == (
        "IA-NAV-001", "V1", "serum", 3)
    assert found.location is not None and found.location.path == f"{BOX}/A3"
    assert found.to_json()["location"] == {"freezer": "F1", "shelf": "S1", "rack": "R1",
                                           "box": "B1", "position": "A3",
                                           "path": f"{BOX}/A3"}


def test_locate_unknown_or_misread_barcodes(session: Session, v1: Collection) -> None:
    with pytest.raises(NotFound, match="no tube"):
        storage.locate(session, make_barcode(999_999))
    misread = v1.aliquots[0].barcode[:-1] + str((int(v1.aliquots[0].barcode[-1]) + 1) % 10)
    with pytest.raises(BadBarcode):
        storage.locate(session, misread)


# -- movements -----------------------------------------------------------------------------------


def test_move_to_a_free_position_frees_the_old_one(session: Session, v1: Collection) -> None:
    tube = serum(v1, 1)
    moved = storage.move(session, tube.barcode, f"{BOX}/I9", reason="reorganising")
    assert moved.location is not None and moved.location.path == f"{BOX}/I9"
    assert moved.status == "in_storage"
    assert occupant(session, f"{BOX}/A1") is None
    assert occupant(session, f"{BOX}/I9") == tube.barcode
    # The old position takes another tube now.
    storage.move(session, serum(v1, 2).barcode, f"{BOX}/A1")
    assert occupant(session, f"{BOX}/A1") == serum(v1, 2).barcode
    history = storage.history(session, storage.locate(session, tube.barcode))
    assert [h["action"] for h in history] == ["placed", "moved"]
    assert history[-1]["reason"] == "reorganising"


def test_move_onto_an_occupied_position_is_refused_unchanged(session: Session,
                                                            v1: Collection) -> None:
    before = dump(session)
    with pytest.raises(Conflict, match=f"{BOX}/A2 already holds {serum(v1, 2).barcode}"):
        storage.move(session, serum(v1, 1).barcode, f"{BOX}/A2")
    assert dump(session) == before


@pytest.mark.parametrize(("position", "error", "message"), [
    (f"{BOX}/J1", UserError, "outside box"),
    (f"{BOX}/A10", UserError, "outside box"),
    (f"{BOX}/11", UserError, "not a box position"),
    ("F1/S1/R1/B99/A1", NotFound, "no box"),
    ("F1/S1/R1/A1", UserError, "not a box path"),
    ("A1", UserError, "not a position path"),
    ("F1/S1/R4/B1/I9", Conflict, "takes buffy tubes"),
    (f"{BOX}/A1", Conflict, "already at"),
])
def test_bad_moves_are_refused_unchanged(session: Session, v1: Collection, position: str,
                                         error: type[Exception], message: str) -> None:
    before = dump(session)
    with pytest.raises(error, match=message):
        storage.move(session, serum(v1, 1).barcode, position)
    assert dump(session) == before


def test_check_out_keeps_the_slot_and_return_counts_a_thaw(session: Session,
                                                         v1: Collection) -> None:
    tube = serum(v1, 4)
    (out,) = storage.check_out(session, [tube.barcode], "cytokine panel")
    assert out.status == "checked_out"
    assert out.location is not None and out.location.path == f"{BOX}/A4"
    # The reserved slot is not free for another tube.
    with pytest.raises(Conflict, match="already holds"):
        storage.move(session, serum(v1, 5).barcode, f"{BOX}/A4")
    # Checking out twice, or returning what is in the freezer, is refused.
    with pytest.raises(Conflict, match="not in storage"):
        storage.check_out(session, [tube.barcode], "again")
    with pytest.raises(Conflict, match="not checked out"):
        storage.return_tubes(session, [serum(v1, 5).barcode])

    (back,) = storage.return_tubes(session, [tube.barcode])
    assert (back.status, back.thaw_count) == ("in_storage", 1)
    assert back.location is not None and back.location.path == f"{BOX}/A4"
    storage.check_out(session, [tube.barcode], "second assay")
    (back,) = storage.return_tubes(session, [tube.barcode])
    assert back.thaw_count == 2


def test_a_checked_out_tube_can_get_a_new_reserved_position(session: Session,
                                                          v1: Collection) -> None:
    tube = serum(v1, 1)
    storage.check_out(session, [tube.barcode], "assay")
    moved = storage.move(session, tube.barcode, f"{BOX}/H1")
    assert moved.status == "checked_out"
    (back,) = storage.return_tubes(session, [tube.barcode])
    assert back.location is not None and back.location.path == f"{BOX}/H1"
    assert occupant(session, f"{BOX}/A1") is None


def test_check_out_needs_a_reason(session: Session, v1: Collection) -> None:
    with pytest.raises(UserError, match="reason is required"):
        storage.check_out(session, [serum(v1, 1).barcode], "   ")


def test_a_batch_with_one_bad_tube_changes_nothing(session: Session, v1: Collection) -> None:
    storage.check_out(session, [serum(v1, 2).barcode], "assay")
    before = dump(session)
    with pytest.raises(Conflict):
        storage.check_out(session, [serum(v1, 1).barcode, serum(v1, 2).barcode], "assay")
    assert dump(session) == before
    assert storage.locate(session, serum(v1, 1).barcode).status == "in_storage"
    with pytest.raises(UserError, match="listed twice"):
        storage.check_out(session, [serum(v1, 3).barcode, serum(v1, 3).barcode], "assay")
    with pytest.raises(NotFound):
        storage.return_tubes(session, [serum(v1, 2).barcode, make_barcode(999_999)])
    assert dump(session) == before


@pytest.mark.parametrize(("action", "status"), [
    ("consume", "consumed"), ("ship", "shipped"), ("discard", "discarded")])
def test_finishing_a_tube_frees_its_position(session: Session, v1: Collection, action: str,
                                             status: str) -> None:
    tube = serum(v1, 6)
    (done,) = storage.finish(session, [tube.barcode], action, "end of life")
    assert done.status == status
    assert done.location is None
    assert occupant(session, f"{BOX}/A6") is None
    storage.move(session, serum(v1, 1).barcode, f"{BOX}/A6")
    assert occupant(session, f"{BOX}/A6") == serum(v1, 1).barcode
    # A tube that left the freezer cannot come back or leave again.
    with pytest.raises(Conflict):
        storage.move(session, tube.barcode, f"{BOX}/I1")
    with pytest.raises(Conflict):
        storage.check_out(session, [tube.barcode], "assay")
    with pytest.raises(Conflict, match="already"):
        storage.finish(session, [tube.barcode], "consume", None)
    assert audit_count(session, f"aliquot.{status}") == 1


def test_a_checked_out_tube_can_be_consumed(session: Session, v1: Collection) -> None:
    tube = serum(v1, 2)
    storage.check_out(session, [tube.barcode], "assay")
    (done,) = storage.finish(session, [tube.barcode], "consume", None)
    assert (done.status, done.location) == ("consumed", None)
    assert occupant(session, f"{BOX}/A2") is None


def test_discard_requires_a_reason(session: Session, v1: Collection) -> None:
    before = dump(session)
    for reason in (None, "", "  "):
        with pytest.raises(UserError, match="reason is required"):
            storage.finish(session, [serum(v1, 1).barcode], "discard", reason)
    assert dump(session) == before
    storage.finish(session, [serum(v1, 1).barcode], "discard", "tube cracked")
    reason = session.db.execute(
        "SELECT reason FROM audit_event WHERE action = 'aliquot.discarded'").fetchone()
    assert reason == ("tube cracked",)


def test_an_unknown_finishing_action_is_refused(session: Session, v1: Collection) -> None:
    with pytest.raises(UserError, match="unknown action"):
        storage.finish(session, [serum(v1, 1).barcode], "evaporate", "x")


# -- audit trail and roles -----------------------------------------------------------------------


def test_every_movement_is_audited(session: Session, v1: Collection) -> None:
    storage.move(session, serum(v1, 1).barcode, f"{BOX}/I9")
    storage.check_out(session, [serum(v1, 2).barcode, serum(v1, 3).barcode], "assay")
    storage.return_tubes(session, [serum(v1, 2).barcode])
    storage.finish(session, [serum(v1, 3).barcode], "consume", None)
    storage.finish(session, [serum(v1, 4).barcode], "ship", "to the central lab")
    storage.finish(session, [serum(v1, 5).barcode], "discard", "haemolysed")
    counts = dict(session.db.execute(
        "SELECT action, count(*) FROM audit_event WHERE action LIKE 'aliquot.%'"
        " AND action != 'aliquot.create' GROUP BY action").fetchall())
    assert counts == {"aliquot.moved": 1, "aliquot.checked_out": 2, "aliquot.returned": 1,
                      "aliquot.consumed": 1, "aliquot.shipped": 1, "aliquot.discarded": 1}
    # Before and after say what changed.
    import json

    before, after = session.db.execute(
        "SELECT before, after FROM audit_event WHERE action = 'aliquot.moved'").fetchone()
    assert json.loads(before)["location"] == f"{BOX}/A1"
    assert json.loads(after)["location"] == f"{BOX}/I9"
    movements = session.db.execute("SELECT count(*) FROM movement WHERE action != 'placed'"
                                   ).fetchone()[0]
    assert movements == 7


def test_adding_a_freezer_is_audited_and_a_duplicate_refused(session: Session) -> None:
    boxes = storage.add_freezer(session, storage.Layout(
        code="F2", name="Freezer 2", shelves=2, racks_per_shelf=2, boxes_per_rack=3,
        rack_box_types=("serum", "buffy"), box_rows=10, box_cols=10))
    assert len(boxes) == 12
    assert {b.capacity for b in boxes} == {100}
    assert boxes[0].path == "F2/S1/R1/B1"
    assert audit_count(session, "freezer.add") == 2  # F1 at init, F2 now
    before = dump(session)
    with pytest.raises(Conflict):
        storage.add_freezer(session, storage.Layout(code="F2", name="again"))
    with pytest.raises(UserError):
        storage.add_freezer(session, storage.Layout(code="F3", name="x", racks_per_shelf=2))
    assert dump(session) == before


@pytest.mark.parametrize("call", ["move", "check_out", "discard", "consume", "add_freezer"])
def test_a_nurse_may_not_touch_the_freezer(session: Session, v1: Collection, call: str) -> None:
    nurse = as_user(session, "nina", "nurse")
    barcode = serum(v1, 1).barcode
    before = dump(session)
    with pytest.raises(PermissionDenied, match="nina \\(nurse\\) may not"):
        if call == "move":
            storage.move(nurse, barcode, f"{BOX}/I9")
        elif call == "check_out":
            storage.check_out(nurse, [barcode], "assay")
        elif call == "discard":
            storage.finish(nurse, [barcode], "discard", "broken")
        elif call == "consume":
            storage.finish(nurse, [barcode], "consume", None)
        else:
            storage.add_freezer(nurse, storage.Layout(code="F9", name="mine"))
    assert dump(session) == before


def test_a_technician_may_move_and_discard(session: Session, v1: Collection) -> None:
    tech = as_user(session, "tom", "technician")
    storage.move(tech, serum(v1, 1).barcode, f"{BOX}/I9")
    storage.finish(tech, [serum(v1, 2).barcode], "discard", "cracked")
    users = {row[0] for row in session.db.execute(
        "SELECT username FROM audit_event WHERE action IN ('aliquot.moved',"
        " 'aliquot.discarded')")}
    assert users == {"tom"}


def test_a_disabled_account_may_do_nothing(session: Session, v1: Collection) -> None:
    from biotrack.services import accounts

    tech = as_user(session, "tom", "technician")
    accounts.set_active(session, "tom", False, "left the lab")
    from dataclasses import replace

    disabled = replace(tech, user=replace(tech.user, active=False))
    with pytest.raises(PermissionDenied):
        storage.move(disabled, serum(v1, 1).barcode, f"{BOX}/I9")


def test_box_listing_counts_reserved_positions(session: Session, v1: Collection) -> None:
    storage.check_out(session, [serum(v1, 1).barcode], "assay")
    (box,) = storage.boxes(session, BOX)
    assert (box.occupied, box.capacity) == (6, 81)
    buffy = storage.boxes(session, "F1/S1/R4")
    assert [b.occupied for b in buffy] == [2, 0, 0, 0]
    with pytest.raises(NotFound):
        storage.boxes(session, "F7")
