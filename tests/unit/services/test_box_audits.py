"""Stored box audits and their resolutions (issue 7, point 1): services.box_audits.

Every category is stored from one scan; each resolution is checked in the database (status,
position), in the movement history and in the audit trail; a swap is corrected in one go; a
finding cannot be resolved twice nor after its tube changed. Real services on a real database.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biotrack.barcodes import make_barcode
from biotrack.errors import Conflict, NotFound, PermissionDenied, UserError
from biotrack.models import Collection
from biotrack.services import box_audits, storage
from biotrack.services.context import Session
from tests.factories import as_user, new_session
from tests.unit.services.test_storage import BOX, audit_count, dump, register_v1, serum


@pytest.fixture
def v1(session: Session) -> Collection:
    """Serum 1-6 at F1/S1/R1/B1/A1..A6 (buffy coat in F1/S1/R4/B1)."""
    return register_v1(session)


def bc(c: Collection, n: int) -> str:
    return serum(c, n).barcode


def where(session: Session, barcode: str) -> tuple[str | None, str]:
    tube = storage.locate(session, barcode)
    return (tube.location.path if tube.location else None), tube.status


def movements(session: Session, barcode: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.action, m.from_path, m.to_path) for m in storage.movements(session, barcode)]


def events(session: Session, action: str) -> list[dict[str, object]]:
    return [dict(zip(("record_id", "before", "after", "reason"), r, strict=True))
            for r in session.db.execute(
                "SELECT record_id, before, after, reason FROM audit_event WHERE action = ?"
                " ORDER BY id", [action]).fetchall()]


@pytest.fixture
def saved(session: Session, v1: Collection) -> tuple[box_audits.StoredAudit, Collection]:
    """An audit with every category: see the comments."""
    other = register_v1(session, site="GAL")  # serum at A7..A9, B1..B3
    for n in range(2, 7):                        # only GAL serum 1 stays in this box
        storage.move(session, bc(other, n), f"F1/S1/R2/B1/A{n}")
    storage.move(session, bc(other, 1), "F1/S1/R1/B2/A1")   # elsewhere: unexpected here
    storage.check_out(session, [bc(v1, 5)], "assay")        # out, but found in the box
    unknown = make_barcode(999_999)
    scans = [
        ("A1", bc(v1, 1)),        # matched
        ("A2", bc(v1, 3)),        # misplaced (swap with A3)
        ("A3", bc(v1, 2)),        # misplaced
        # A4: serum 4 not scanned -> missing
        ("A5", bc(v1, 5)),        # checked out in the database, but here
        ("A6", bc(v1, 6)),        # matched
        ("C1", bc(other, 1)),     # unexpected: belongs at F1/S1/R1/B2/A1
        ("C2", unknown),          # unknown barcode
        ("C3", bc(v1, 1)),        # scanned twice
    ]
    stored = box_audits.save(session, BOX, scans, source="file",
                             scan_file="/home/tech/scans/box1.csv", unreadable=["D4"])
    return stored, other


def test_save_stores_every_category(session: Session, v1: Collection, saved) -> None:
    stored, other = saved
    assert (stored.box_path, stored.source, stored.scan_file) == (BOX, "file", "box1.csv")
    assert (stored.scanned, stored.matched) == (7, 3)  # A1, A5 (out but here), A6
    got = {(f.category, f.barcode, f.scanned, f.expected) for f in stored.findings}
    assert got == {
        ("misplaced", bc(v1, 3), "A2", "A3"), ("misplaced", bc(v1, 2), "A3", "A2"),
        ("missing", bc(v1, 4), None, "A4"),
        ("checked_out", bc(v1, 5), "A5", "A5"),
        ("unexpected", bc(other, 1), "C1", "F1/S1/R1/B2/A1"),
        ("unknown", make_barcode(999_999), "C2", None),
        ("duplicate", bc(v1, 1), "C3", None),
        ("unreadable", "", "D4", None),
    }
    assert stored.counts() == {"missing": 1, "unexpected": 1, "misplaced": 2,
                               "checked_out": 1, "unknown": 1, "duplicate": 1,
                               "unreadable": 1}
    assert all(f.is_open for f in stored.findings)
    assert stored.open_count == stored.finding_count == 8
    (event,) = events(session, "box_audit.save")
    assert event["record_id"] == str(stored.id)
    assert json.loads(str(event["after"]))["findings"]["misplaced"] == 2
    assert [a.id for a in box_audits.audits(session, BOX)] == [stored.id]
    assert len(box_audits.findings(session, open_only=True)) == 8
    # Saving changed no tube.
    assert where(session, bc(v1, 2)) == (f"{BOX}/A2", "in_storage")


def test_an_agreeing_audit_is_stored_without_findings(session: Session, v1: Collection) -> None:
    stored = box_audits.save(session, BOX, [(f"A{n}", bc(v1, n)) for n in range(1, 7)])
    assert (stored.scanned, stored.matched, stored.findings, stored.source) == (6, 6, (), "hand")


def test_a_scan_outside_the_box_stores_nothing(session: Session, v1: Collection) -> None:
    before = dump(session)
    with pytest.raises(UserError, match="outside box F1/S1/R1/B1"):
        box_audits.save(session, BOX, [("A1", bc(v1, 1)), ("J1", bc(v1, 2))])
    assert dump(session) == before


def test_bad_source_and_unknown_ids(session: Session, v1: Collection) -> None:
    with pytest.raises(UserError, match="source"):
        box_audits.save(session, BOX, [], source="fax")
    with pytest.raises(NotFound):
        box_audits.audit(session, 42)
    with pytest.raises(NotFound):
        box_audits.resolve(session, 42, "dismiss", "x")
    with pytest.raises(UserError, match="unknown action"):
        box_audits.resolve(session, 1, "burn", "x")


def _one(stored: box_audits.StoredAudit, category: str) -> box_audits.Finding:
    return next(f for f in stored.findings if f.category == category)


def test_mark_missing(session: Session, v1: Collection, saved) -> None:
    stored, _ = saved
    found = _one(stored, "missing")
    assert found.actions == ("mark_missing", "dismiss")
    done = box_audits.resolve(session, found.id, "mark-missing", "not in the box")
    assert (done.resolution, done.reason, done.resolved_by) == (
        "marked_missing", "not in the box", "admin")
    assert where(session, bc(v1, 4)) == (None, "missing")
    assert movements(session, bc(v1, 4))[-1] == ("missing", f"{BOX}/A4", None)
    assert storage.movements(session, bc(v1, 4))[-1].reason == \
        f"box audit {stored.id}: not in the box"
    (event,) = events(session, "box_audit.resolve")
    assert event["reason"] == "not in the box"
    assert json.loads(str(event["after"]))["resolution"] == "marked_missing"
    assert audit_count(session, "aliquot.missing") == 1
    assert done.actions == ()


def test_move_here(session: Session, v1: Collection, saved) -> None:
    stored, other = saved
    found = _one(stored, "unexpected")
    done = box_audits.resolve(session, found.id, "move_here", "found in B1")
    assert done.resolution == "moved_here"
    assert where(session, bc(other, 1)) == (f"{BOX}/C1", "in_storage")
    assert movements(session, bc(other, 1))[-1] == ("moved", "F1/S1/R1/B2/A1", f"{BOX}/C1")
    assert audit_count(session, "aliquot.moved") >= 1
    assert len(events(session, "box_audit.resolve")) == 1


def test_correct_one_position_to_a_free_slot(session: Session, v1: Collection) -> None:
    stored = box_audits.save(session, BOX, [("A1", bc(v1, 1)), ("C5", bc(v1, 2))])
    found = _one(stored, "misplaced")
    done = box_audits.resolve(session, found.id, "correct-position", "slipped")
    assert done.resolution == "position_corrected"
    assert where(session, bc(v1, 2)) == (f"{BOX}/C5", "in_storage")
    assert movements(session, bc(v1, 2))[-1] == ("moved", f"{BOX}/A2", f"{BOX}/C5")


def test_a_swap_cannot_be_corrected_alone_but_together(session: Session, v1: Collection,
                                                       saved) -> None:
    stored, _ = saved
    first = next(f for f in stored.findings if f.category == "misplaced")
    before = dump(session)
    with pytest.raises(Conflict, match=r"A2 of box F1/S1/R1/B1 still holds .* misplaced too: "
                                        "correct all positions of audit"):
        box_audits.resolve(session, first.id, "correct_position", "swapped")
    assert dump(session) == before
    done = box_audits.correct_positions(session, stored.id, "swapped on the bench")
    assert {f.resolution for f in done} == {"position_corrected"}
    assert where(session, bc(v1, 2)) == (f"{BOX}/A3", "in_storage")
    assert where(session, bc(v1, 3)) == (f"{BOX}/A2", "in_storage")
    assert movements(session, bc(v1, 2))[-1] == ("moved", f"{BOX}/A2", f"{BOX}/A3")
    assert movements(session, bc(v1, 3))[-1] == ("moved", f"{BOX}/A3", f"{BOX}/A2")
    assert len(events(session, "box_audit.resolve")) == 2
    with pytest.raises(UserError, match="no open misplaced"):
        box_audits.correct_positions(session, stored.id, "again")


def test_dismiss_any_category_with_a_reason(session: Session, v1: Collection, saved) -> None:
    stored, _ = saved
    for category in ("unknown", "duplicate", "unreadable", "checked_out"):
        found = _one(stored, category)
        assert found.actions == ("dismiss",)
        with pytest.raises(UserError, match="dismiss"):
            box_audits.resolve(session, found.id, "move_here", "no")
        box_audits.resolve(session, found.id, "dismiss", f"{category}: checked by hand")
    before = dump(session)
    with pytest.raises(UserError, match="reason"):
        box_audits.resolve(session, _one(stored, "missing").id, "dismiss", "  ")
    assert dump(session) == before
    still_open = {f.category for f in box_audits.findings(session, open_only=True)}
    assert still_open == {"missing", "unexpected", "misplaced"}
    assert len(events(session, "box_audit.resolve")) == 4


def test_a_finding_is_resolved_once(session: Session, v1: Collection, saved) -> None:
    stored, _ = saved
    found = _one(stored, "missing")
    box_audits.resolve(session, found.id, "dismiss", "it was in the fridge")
    before = dump(session)
    with pytest.raises(Conflict, match="already resolved"):
        box_audits.resolve(session, found.id, "mark_missing", "second thoughts")
    assert dump(session) == before
    assert where(session, bc(v1, 4)) == (f"{BOX}/A4", "in_storage")


def test_a_tube_that_changed_since_the_audit_is_refused(session: Session, v1: Collection,
                                                        saved) -> None:
    stored, other = saved
    storage.move(session, bc(v1, 4), "F1/S1/R1/B1/H9", "found it")
    storage.move(session, bc(other, 1), "F1/S1/R1/B2/A2")
    before = dump(session)
    with pytest.raises(Conflict, match=r"changed since box audit .*now F1/S1/R1/B1/H9"):
        box_audits.resolve(session, _one(stored, "missing").id, "mark_missing", "gone")
    with pytest.raises(Conflict, match="changed since"):
        box_audits.resolve(session, _one(stored, "unexpected").id, "move_here", "here")
    assert dump(session) == before
    # Dismissing still works: it changes no tube.
    box_audits.resolve(session, _one(stored, "missing").id, "dismiss", "moved since")


def test_a_nurse_may_not_save_or_resolve(session: Session, v1: Collection, saved) -> None:
    nurse = as_user(session, "nina", "nurse")
    with pytest.raises(PermissionDenied):
        box_audits.save(nurse, BOX, [("A1", bc(v1, 1))])
    with pytest.raises(PermissionDenied):
        box_audits.resolve(nurse, saved[0].findings[0].id, "dismiss", "x")


# -- property: correcting a whole shuffled box puts every tube where it was scanned ----------------


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.permutations(list(range(6))))
def test_correcting_a_permutation_puts_every_tube_at_its_scan(tmp_path_factory, order) -> None:
    session = new_session(tmp_path_factory.mktemp("perm"))
    try:
        c = register_v1(session)
        barcodes = [bc(c, n) for n in range(1, 7)]            # at A1..A6
        scans = [(f"A{order[i] + 1}", barcodes[i]) for i in range(6)]
        stored = box_audits.save(session, BOX, scans)
        moved = [f for f in stored.findings if f.category == "misplaced"]
        assert len(moved) == sum(1 for i in range(6) if order[i] != i)
        assert len(stored.findings) == len(moved)
        if moved:
            box_audits.correct_positions(session, stored.id, "shuffled")
        for position, barcode in scans:
            assert where(session, barcode) == (f"{BOX}/{position}", "in_storage")
        assert box_audits.save(session, BOX, scans).findings == ()
    finally:
        session.db.close()
