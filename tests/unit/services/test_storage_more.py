"""Storage, continued: the layout tree, whole-box moves, batch refusals, box audit, movements.

SPEC.md 4.5 and 4.6, issue 5 points 4-5 and issue 7 point 1 (the read-only comparison of a box
audit; resolutions come later). Real service calls on a real database (``session`` fixture).
"""

from __future__ import annotations

import pytest

from biotrack.barcodes import BadBarcode, make_barcode
from biotrack.errors import Conflict, NotFound, PermissionDenied, UserError
from biotrack.models import Collection
from biotrack.services import storage
from biotrack.services.context import Session
from tests.factories import as_user
from tests.unit.services.test_storage import BOX, audit_count, dump, register_v1, serum


@pytest.fixture
def v1(session: Session) -> Collection:
    """Serum 1-6 at F1/S1/R1/B1/A1..A6, buffy coat at F1/S1/R4/B1/A1..A2."""
    return register_v1(session)


def _small_freezer(session: Session) -> None:
    """F2: one shelf, two racks of two boxes (rack 1 serum, rack 2 buffy)."""
    storage.add_freezer(session, storage.Layout(
        code="F2", name="Freezer 2", shelves=1, racks_per_shelf=2, boxes_per_rack=2,
        rack_box_types=("serum", "buffy")))


# -- the tree ------------------------------------------------------------------------------------


def test_tree_shows_the_default_freezer_with_occupancy(session: Session, v1: Collection) -> None:
    (freezer,) = storage.tree(session)
    assert (freezer.code, freezer.name, freezer.set_point_c) == ("F1", "Freezer 1 (-80 °C)", -80)
    assert [s.code for s in freezer.shelves] == ["S1", "S2", "S3", "S4", "S5"]
    shelf = freezer.shelves[0]
    assert [r.path for r in shelf.racks] == ["F1/S1/R1", "F1/S1/R2", "F1/S1/R3", "F1/S1/R4"]
    rack = shelf.racks[0]
    assert [b.path for b in rack.boxes] == [f"F1/S1/R1/B{n}" for n in range(1, 5)]
    assert (rack.boxes[0].occupied, rack.boxes[0].capacity) == (6, 81)
    assert (shelf.racks[3].occupied, shelf.racks[3].boxes[0].box_type) == (2, "buffy")
    assert (freezer.occupied, freezer.capacity) == (8, 80 * 81)
    assert (shelf.occupied, freezer.shelves[1].occupied) == (8, 0)


def test_tree_counts_a_checked_out_tube_as_a_taken_slot(session: Session,
                                                        v1: Collection) -> None:
    storage.check_out(session, [serum(v1, 1).barcode], "assay")
    storage.finish(session, [serum(v1, 2).barcode], "consume", None)
    (freezer,) = storage.tree(session)
    assert freezer.shelves[0].racks[0].boxes[0].occupied == 5


# -- moving a whole box --------------------------------------------------------------------------


def test_move_a_box_into_an_empty_box_slot_swaps_them(session: Session, v1: Collection) -> None:
    _small_freezer(session)
    empty_before = storage.find_box(session, "F2/S1/R1/B1")
    moved = storage.move_box(session, BOX, "F2/S1/R1", reason="freezer F1 defrost")
    assert moved.path == "F2/S1/R1/B1" and moved.occupied == 6
    tube = storage.locate(session, serum(v1, 3).barcode)
    assert tube.location is not None and tube.location.path == "F2/S1/R1/B1/A3"
    # The empty box that held the slot took the moved box's old place.
    assert storage.find_box(session, BOX).id == empty_before.id
    history = storage.movements(session, tube.barcode)
    assert [m.action for m in history] == ["placed", "moved"]
    assert history[-1].reason == f"box {BOX} moved to F2/S1/R1/B1: freezer F1 defrost"
    assert history[-1].from_path == history[-1].to_path == "F2/S1/R1/B1/A3"
    assert audit_count(session, "aliquot.moved") == 6
    assert audit_count(session, "box.move") == 2


def test_a_box_keeps_checked_out_reservations_when_moved(session: Session,
                                                        v1: Collection) -> None:
    _small_freezer(session)
    storage.check_out(session, [serum(v1, 1).barcode], "ELISA")
    storage.move_box(session, BOX, "F2/S1/R1/B2")
    tube = storage.locate(session, serum(v1, 1).barcode)
    assert tube.status == "checked_out"
    assert tube.location is not None and tube.location.path == "F2/S1/R1/B2/A1"
    (back,) = storage.return_tubes(session, [tube.barcode])
    assert back.location is not None and back.location.path == "F2/S1/R1/B2/A1"


def test_a_slot_whose_box_holds_tubes_is_refused_unchanged(session: Session,
                                                           v1: Collection) -> None:
    register_v1(session, site="GAL")  # fills F1/S1/R1/B1/A7..B3
    storage.move(session, serum(v1, 1).barcode, "F1/S1/R1/B2/A1")
    before = dump(session)
    with pytest.raises(Conflict, match="holds box F1/S1/R1/B2 with 1 tube"):
        storage.move_box(session, BOX, "F1/S1/R1/B2")
    with pytest.raises(Conflict, match="already in rack"):
        storage.move_box(session, BOX, "F1/S1/R1")
    with pytest.raises(Conflict, match="already at"):
        storage.move_box(session, BOX, "F1/S1/R1/B1")
    assert dump(session) == before


def test_a_rack_of_full_boxes_is_full(session: Session, v1: Collection) -> None:
    _small_freezer(session)
    storage.move_box(session, BOX, "F2/S1/R1/B1")
    storage.move_box(session, "F1/S1/R4/B1", "F2/S1/R2/B2")  # buffy box, two tubes
    storage.move(session, serum(v1, 1).barcode, "F2/S1/R1/B2/A1")
    before = dump(session)
    with pytest.raises(Conflict, match="rack F2/S1/R1 is full"):
        storage.move_box(session, "F1/S1/R2/B1", "F2/S1/R1")
    with pytest.raises(Conflict, match="is full"):
        storage.move_box(session, "F1/S1/R2/B1", "F2/S1/R1/B7")
    assert dump(session) == before


@pytest.mark.parametrize(("target", "error", "message"), [
    ("F1/S1", UserError, "not a rack"),
    ("F1/S1/R9", NotFound, "no rack"),
    ("F1/S1/R2/B 1", UserError, "box code"),
])
def test_bad_box_targets_are_refused(session: Session, v1: Collection, target: str,
                                     error: type[Exception], message: str) -> None:
    before = dump(session)
    with pytest.raises(error, match=message):
        storage.move_box(session, BOX, target)
    assert dump(session) == before


def test_a_nurse_may_not_move_a_box(session: Session, v1: Collection) -> None:
    nurse = as_user(session, "nina", "nurse")
    before = dump(session)
    with pytest.raises(PermissionDenied, match="may not move"):
        storage.move_box(nurse, BOX, "F1/S2/R1")
    assert dump(session) == before


# -- batch refusals ------------------------------------------------------------------------------


def test_refusal_names_what_each_batch_action_refuses(session: Session, v1: Collection) -> None:
    tube = storage.locate(session, serum(v1, 1).barcode)
    assert storage.refusal(tube, "check_out") is None
    assert storage.refusal(tube, "return") == f"{tube.barcode} is in storage, not checked out"
    (out,) = storage.check_out(session, [tube.barcode], "assay")
    assert storage.refusal(out, "check_out") == f"{tube.barcode} is checked out, not in storage"
    (gone,) = storage.finish(session, [tube.barcode], "consume", None)
    assert storage.refusal(gone, "discard") == f"{tube.barcode} is already consumed"
    with pytest.raises(UserError, match="unknown action"):
        storage.refusal(tube, "melt")


def test_batch_applies_one_action_to_all_or_none(session: Session, v1: Collection) -> None:
    codes = [serum(v1, n).barcode for n in (1, 2, 3)]
    tubes = storage.batch(session, "check_out", codes, "interferon panel")
    assert {t.status for t in tubes} == {"checked_out"}
    before = dump(session)
    with pytest.raises(Conflict, match="not in storage"):
        storage.batch(session, "check_out", [serum(v1, 4).barcode, codes[0]], "again")
    assert dump(session) == before
    assert {t.status for t in storage.batch(session, "return", codes)} == {"in_storage"}
    with pytest.raises(UserError, match="reason is required"):
        storage.batch(session, "discard", codes, "")
    assert storage.batch(session, "ship", codes[:1])[0].status == "shipped"


# -- box audit -----------------------------------------------------------------------------------


def test_box_audit_sorts_every_tube(session: Session, v1: Collection) -> None:
    other = register_v1(session, site="GAL")  # F1/S1/R1/B1/A7..A9, B1..B3
    storage.move(session, serum(other, 1).barcode, "F1/S1/R1/B2/A1")  # elsewhere in the DB
    storage.check_out(session, [serum(v1, 6).barcode], "assay")
    unknown = make_barcode(999_999)
    scans = [
        ("A1", serum(v1, 1).barcode),          # matched
        ("A2", serum(v1, 3).barcode),          # misplaced: belongs at A3
        ("A3", serum(v1, 2).barcode),          # misplaced: belongs at A2
        ("A4", serum(v1, 4).barcode),          # matched
        ("A5", serum(other, 1).barcode),       # unexpected: belongs in B2
        ("C1", unknown),                       # unexpected: unknown
        ("A4", serum(v1, 4).barcode),          # duplicate (same position, same tube)
        (None, serum(other, 2).barcode),       # presence only: matched
    ]
    before = dump(session)
    result = storage.box_audit(session, BOX, scans)
    assert dump(session) == before  # read-only
    assert [f.barcode for f in result.matched] == [serum(v1, 1).barcode, serum(v1, 4).barcode,
                                                   serum(other, 2).barcode]
    assert [(f.barcode, f.scanned, f.expected) for f in result.misplaced] == [
        (serum(v1, 3).barcode, "A2", "A3"), (serum(v1, 2).barcode, "A3", "A2")]
    assert [(f.barcode, str(f.note)) for f in result.unexpected] == [
        (serum(other, 1).barcode, "belongs at F1/S1/R1/B2/A1"), (unknown, "unknown barcode")]
    assert [f.note.template for f in result.unexpected] == ["belongs at {where}",
                                                            "unknown barcode"]
    assert {f.barcode for f in result.missing} == {
        serum(v1, 5).barcode, *(serum(other, n).barcode for n in (3, 4, 5, 6))}
    assert [f.barcode for f in result.checked_out] == [serum(v1, 6).barcode]
    assert result.duplicates == (serum(v1, 4).barcode,)
    assert not result.agrees
    data = result.to_json()
    assert set(data) >= {"matched", "missing", "unexpected", "misplaced"}
    assert all("barcode" in item for key in ("matched", "missing", "unexpected", "misplaced")
               for item in data[key])
    # --json keeps the English notes, "" where there is nothing to say.
    assert [item["note"] for item in data["unexpected"]] == [
        "belongs at F1/S1/R1/B2/A1", "unknown barcode"]
    assert {item["note"] for item in data["matched"] + data["missing"]} == {""}


def test_a_complete_scan_agrees(session: Session, v1: Collection) -> None:
    scans = [(f"A{n}", serum(v1, n).barcode) for n in range(1, 7)]
    result = storage.box_audit(session, BOX, scans)
    assert result.agrees and len(result.matched) == 6 and not result.missing


def test_a_gone_tube_scanned_in_a_box_is_unexpected(session: Session, v1: Collection) -> None:
    storage.finish(session, [serum(v1, 1).barcode], "discard", "haemolysed")
    result = storage.box_audit(session, BOX, [("A1", serum(v1, 1).barcode)])
    assert [(f.barcode, str(f.note)) for f in result.unexpected] == [
        (serum(v1, 1).barcode, "discarded in the database")]
    # Shown in the reader's language, the status word too.
    spanish = {"{status} in the database": "{status} en la base de datos",
               "discarded": "desechado"}
    (finding,) = result.unexpected
    assert finding.note.text(lambda _context, text: spanish.get(text, text)) == (
        "desechado en la base de datos")


@pytest.mark.parametrize(("scans", "error", "message"), [
    ([("J1", make_barcode(1))], UserError, "outside box"),
    ([("A1", "BT123")], BadBarcode, "scan 1: 'BT123' is not a BioTrack barcode"),
    ([("A1", make_barcode(1)), ("A1", make_barcode(2))], UserError, "A1 was scanned twice"),
])
def test_box_audit_refuses_bad_scans(session: Session, v1: Collection,
                                     scans: list[tuple[str, str]], error: type[Exception],
                                     message: str) -> None:
    with pytest.raises(error, match=message):
        storage.box_audit(session, BOX, scans)


def test_box_audit_of_an_unknown_box(session: Session) -> None:
    with pytest.raises(NotFound, match="no box"):
        storage.box_audit(session, "F1/S1/R1/B9", [])


# -- movements -----------------------------------------------------------------------------------


def test_movements_spell_paths_and_users(session: Session, v1: Collection) -> None:
    tech = as_user(session, "tom", "technician")
    tube = serum(v1, 1)
    storage.move(tech, tube.barcode, f"{BOX}/I9", reason="reorganising")
    storage.check_out(tech, [tube.barcode], "assay")
    history = storage.movements(session, tube.barcode)
    assert [(m.action, m.from_path, m.to_path, m.user) for m in history] == [
        ("placed", None, f"{BOX}/A1", "admin"),
        ("moved", f"{BOX}/A1", f"{BOX}/I9", "tom"),
        ("checked_out", f"{BOX}/I9", f"{BOX}/I9", "tom"),
    ]
    assert history[1].to_json()["reason"] == "reorganising"
