"""Free space (issue 7, points 5 and 6): finding room, utilisation, the defragmentation plan
and its application, and a freezer's evacuation list, on a real database (fixed clock).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biotrack.errors import Conflict, NotFound, PermissionDenied, UserError
from biotrack.services import space, storage
from biotrack.services.context import Session
from tests.factories import as_user, new_session
from tests.unit.services import space_scenario
from tests.unit.services.space_scenario import Fragmented


@pytest.fixture
def fragmented(tmp_path: Path) -> tuple[Session, Fragmented]:
    session = new_session(tmp_path)
    return session, space_scenario.build(session)


def dump(session: Session) -> str:
    return "\n".join(session.db.conn.iterdump())


def where(session: Session, barcode: str) -> str | None:
    location = storage.locate(session, barcode).location
    return location.path if location else None


# -- finding room ---------------------------------------------------------------------------------


def test_free_positions_in_fill_order(fragmented: tuple[Session, Fragmented]) -> None:
    session, _ = fragmented
    found = space.free_positions(session, "serum", 3)
    # V1's serum tubes 1-6 (A1..A6 of F1's first box) moved to F2: those come first.
    assert [loc.path for loc in found] == ["F1/S1/R1/B1/A1", "F1/S1/R1/B1/A2",
                                           "F1/S1/R1/B1/A3"]
    taken = {c["position"] for c in storage.box_contents(
        session, storage.find_box(session, "F1/S1/R1/B1"))}
    assert not taken & {loc.position for loc in found}
    assert {"A7", "B3"} <= taken


def test_free_positions_gives_fewer_when_there_are_not_that_many(
        fragmented: tuple[Session, Fragmented]) -> None:
    session, _ = fragmented
    every = space.free_positions(session, "serum", 10_000)
    capacity = sum(b.capacity - b.occupied for b in storage.boxes(session)
                   if b.box_type == "serum")
    assert len(every) == capacity
    assert len({loc.path for loc in every}) == capacity


def test_empty_boxes_of_a_type(fragmented: tuple[Session, Fragmented]) -> None:
    session, _ = fragmented
    boxes = space.empty_boxes(session, "serum", 3)
    assert [b.path for b in boxes] == ["F1/S1/R1/B2", "F1/S1/R1/B3", "F1/S1/R1/B4"]
    assert all(b.occupied == 0 for b in boxes)
    assert "F2/S1/R1/B4" in [b.path for b in space.empty_boxes(session, "serum", 10_000)]


@pytest.mark.parametrize(("box_type", "count", "message"), [
    ("plasma", 1, "unknown box type 'plasma'"),
    ("serum", 0, "number of positions must be between 1 and 10000"),
])
def test_bad_requests_are_one_clear_message(session: Session, box_type: str, count: int,
                                            message: str) -> None:
    with pytest.raises(UserError, match=message):
        space.free_positions(session, box_type, count)


# -- utilisation ----------------------------------------------------------------------------------


def test_utilisation_per_freezer_shelf_and_rack(fragmented: tuple[Session, Fragmented]) -> None:
    session, _ = fragmented
    lines = {(u.level, u.path, u.box_type): u for u in space.utilisation(session)}
    rack = lines[("rack", "F2/S1/R1", "serum")]
    assert (rack.boxes, rack.empty_boxes, rack.capacity, rack.occupied, rack.free) == (
        4, 1, 24, 6, 18)
    assert rack.percent == 25.0
    f2 = lines[("freezer", "F2", "serum")]
    assert (f2.capacity, f2.occupied) == (24, 6)
    f1 = lines[("freezer", "F1", "serum")]
    assert f1.occupied == 6 and f1.capacity == 60 * 81
    assert lines[("freezer", "F1", "buffy")].occupied == 2
    # A checked-out tube keeps its position reserved: still occupied.
    session_tech = as_user(session, "tech", "technician")
    barcode = next(iter(fragmented[1].in_f2))
    storage.check_out(session_tech, [barcode], "assay")
    again = {(u.level, u.path, u.box_type): u for u in space.utilisation(session)}
    assert again[("rack", "F2/S1/R1", "serum")].occupied == 6
    order = [u.level for u in space.utilisation(session)]
    assert order[0] == "freezer" and order.index("shelf") < order.index("rack")


# -- defragmentation ------------------------------------------------------------------------------


def test_plan_empties_the_boxes_with_fewest_tubes(fragmented: tuple[Session, Fragmented]) -> None:
    session, scenario = fragmented
    plan = space.defrag_plan(session, "F2")
    assert plan.freezer == "F2"
    assert plan.emptied == ("F2/S1/R1/B3", "F2/S1/R1/B2")
    assert [(m.from_path, m.to_path) for m in plan.moves] == [
        ("F2/S1/R1/B3/B2", "F2/S1/R1/B1/B2"), ("F2/S1/R1/B2/A1", "F2/S1/R1/B1/B3")]
    assert {m.code for m in plan.moves} == {scenario.code}
    assert plan.empty_before == 1
    # The whole-study plan finds the same moves (F1 has one partly filled serum box only).
    assert [m.barcode for m in space.defrag_plan(session).moves] == [
        m.barcode for m in plan.moves]


def test_apply_moves_every_tube_in_one_audited_transaction(
        fragmented: tuple[Session, Fragmented]) -> None:
    session, _ = fragmented
    tech = as_user(session, "tech", "technician")
    plan = space.defrag_plan(session, "F2")
    events_before = session.db.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    assert space.apply_defrag(tech, plan) == 2
    for move in plan.moves:
        assert where(session, move.barcode) == move.to_path
    assert [b.path for b in space.empty_boxes(session, "serum", 100)
            if b.freezer == "F2"] == ["F2/S1/R1/B2", "F2/S1/R1/B3", "F2/S1/R1/B4"]
    events = session.db.execute(
        "SELECT action, reason FROM audit_event ORDER BY id").fetchall()[events_before:]
    assert [e[0] for e in events] == ["aliquot.moved", "aliquot.moved", "space.defrag"]
    assert events[0][1].startswith("defragmentation plan of ")
    assert space.defrag_plan(session, "F2").moves == ()


def test_a_tube_moved_since_the_plan_refuses_the_whole_plan(
        fragmented: tuple[Session, Fragmented]) -> None:
    session, _ = fragmented
    plan = space.defrag_plan(session, "F2")
    moved = plan.moves[1].barcode
    storage.move(session, moved, "F2/S1/R1/B4/A1")
    before = dump(session)
    with pytest.raises(Conflict) as caught:
        space.apply_defrag(session, plan)
    message = str(caught.value)
    assert f"{moved} moved since the plan was made" in message
    assert "now: F2/S1/R1/B4/A1" in message and "Nothing was moved" in message
    assert dump(session) == before
    assert where(session, plan.moves[0].barcode) == plan.moves[0].from_path


def test_a_target_taken_since_the_plan_refuses_it(fragmented: tuple[Session, Fragmented]
                                                   ) -> None:
    session, scenario = fragmented
    plan = space.defrag_plan(session, "F2")
    spare = next(b for b in scenario.serum if b not in scenario.in_f2)
    storage.move(session, spare, plan.moves[0].to_path)
    with pytest.raises(Conflict, match=f"{plan.moves[0].to_path} now holds {spare}"):
        space.apply_defrag(session, plan)


def test_a_checked_out_tube_keeps_its_box(fragmented: tuple[Session, Fragmented]) -> None:
    session, scenario = fragmented
    lone = next(b for b, p in scenario.in_f2.items() if p.startswith("F2/S1/R1/B2/"))
    storage.check_out(session, [lone], "assay")
    plan = space.defrag_plan(session, "F2")
    assert "F2/S1/R1/B2" not in plan.emptied
    assert lone not in [m.barcode for m in plan.moves]


def test_plan_json_round_trip_and_malformed_plans(fragmented: tuple[Session, Fragmented]
                                                   ) -> None:
    session, _ = fragmented
    plan = space.defrag_plan(session, "F2")
    data = json.loads(json.dumps(plan.to_json()))
    assert space.DefragPlan.from_json(data) == plan
    with pytest.raises(UserError, match="not a BioTrack defragmentation plan"):
        space.DefragPlan.from_json({"moves": []})
    broken = dict(data, moves=[dict(data["moves"][0], from_slot=["x", 1, 1])])
    with pytest.raises(UserError, match="malformed move 1"):
        space.DefragPlan.from_json(broken)
    with pytest.raises(UserError, match="no moves"):
        space.apply_defrag(session, space.DefragPlan("2026-11-25T12:00:00+00:00", None))


def test_a_nurse_may_not_apply_a_plan(fragmented: tuple[Session, Fragmented]) -> None:
    session, _ = fragmented
    nurse = as_user(session, "nurse", "nurse")
    plan = space.defrag_plan(nurse, "F2")  # reading is anyone's
    before = dump(session)
    with pytest.raises(PermissionDenied):
        space.apply_defrag(nurse, plan)
    assert dump(session) == before


def test_unknown_freezer(session: Session) -> None:
    with pytest.raises(NotFound, match="no freezer F9 \\(known: F1\\)"):
        space.defrag_plan(session, "F9")


# -- evacuation -----------------------------------------------------------------------------------


def test_evacuation_lists_every_box_and_room_elsewhere(fragmented: tuple[Session, Fragmented]
                                                       ) -> None:
    session, scenario = fragmented
    evac = space.evacuation(session, "F2")
    assert [b.box.path for b in evac.boxes] == ["F2/S1/R1/B1", "F2/S1/R1/B2", "F2/S1/R1/B3"]
    listed = {t["barcode"]: f"{b.box.path}/{t['position']}" for b in evac.boxes
              for t in b.tubes}
    assert listed == scenario.in_f2
    first = evac.boxes[0]
    assert {t["code"] for t in first.tubes} == {scenario.code}
    assert {t["visit"] for t in first.tubes} == {"V1"}
    # Room elsewhere: serum boxes of F1 only, and each box's tubes kept together in one.
    assert all(path.startswith("F1/") for path, _ in evac.room["serum"])
    assert first.destinations == (("F1/S1/R1/B1", 4),)
    assert evac.needed("serum") == 6 and evac.free("serum") >= 6
    data = json.dumps(evac.to_json())
    assert "NHC-SECRET-99" not in data and "local_id" not in data


def test_evacuation_of_f1_says_when_room_is_short(fragmented: tuple[Session, Fragmented]) -> None:
    session, _ = fragmented
    summary = {s["box_type"]: s for s in space.evacuation(session, "F1").to_json()["summary"]}
    assert summary["buffy"] == {"box_type": "buffy", "tubes": 2, "free_elsewhere": 0,
                                "enough": False}
    assert summary["serum"]["tubes"] == 6 and summary["serum"]["free_elsewhere"] == 18
    assert summary["serum"]["enough"] is True


def test_plan_pdf_keeps_its_json_next_to_it(fragmented: tuple[Session, Fragmented],
                                            tmp_path: Path) -> None:
    session, _ = fragmented
    plan = space.defrag_plan(session, "F2")
    saved = space.write_defrag_plan(session, plan, tmp_path / "plan.pdf")
    assert saved == tmp_path / "plan.json"
    assert space.load_plan(tmp_path / "plan.pdf") == plan
    assert space.load_plan(saved) == plan
    (tmp_path / "junk.json").write_bytes(b"\xff\xfe")
    with pytest.raises(UserError, match="is not a BioTrack defragmentation plan"):
        space.load_plan(tmp_path / "junk.json")
    with pytest.raises(UserError, match="cannot read"):
        space.load_plan(tmp_path / "missing.json")
