"""Split storage (issue 7, point 4): a collection's serum aliquots divided over two freezers.

With ``[storage.split]`` on (aliquots 1-3 in one freezer, 4-6 in another) the registration puts
each group whole in its freezer; when a freezer has no room the registration is refused with a
message naming that freezer, and nothing is written.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from biotrack.errors import Conflict
from biotrack.protocol import StorageSplit
from biotrack.services import collection, enrolment, storage
from biotrack.services.collection import Draw
from biotrack.services.context import Session
from tests.factories import new_session

ENROLLED = date(2026, 5, 4)


def _with_split(session: Session, freezers: tuple[str, ...] = ("F1", "F2")) -> Session:
    protocol = session.protocol
    split = StorageSplit("serum", ((1, 2, 3), (4, 5, 6)), freezers)
    protocol = dataclasses.replace(
        protocol, storage=dataclasses.replace(protocol.storage, split=split))
    return Session(session.db, protocol, session.user, session.clock)


def _add_small_freezer(session: Session, code: str = "F2", boxes: int = 1) -> None:
    """A freezer with ``boxes`` serum boxes of 2 x 3 positions (room for two half draws)."""
    storage.add_freezer(session, storage.Layout(
        code=code, name=f"Freezer {code}", shelves=1, racks_per_shelf=1, boxes_per_rack=boxes,
        rack_box_types=("serum",), box_rows=2, box_cols=3))


def _enrol(session: Session) -> str:
    return enrolment.enrol(session, enrolment.Enrolment(
        cohort="ICI", site="NAV", enrolled_on=ENROLLED, regimen="pembrolizumab-q3w",
        sex="F", birth_year=1960, diagnosis="Melanoma")).code


def _draw(session: Session, code: str, visit: str, **counts: int) -> Draw:
    participant = enrolment.get_participant(session, code)
    day = enrolment.get_visit(session, participant, visit).target_date
    drawn = datetime.combine(day, time(9, 0))
    return Draw(drawn_at=drawn, received_at=drawn + timedelta(minutes=20),
                centrifuged_at=drawn + timedelta(minutes=45),
                frozen_at=drawn + timedelta(minutes=90), counts=counts)


def _freezer_of_serum(registered: collection.Registered) -> dict[int, str]:
    return {a.number: a.location.freezer for a in registered.collection.aliquots
            if a.sample_type == "serum" and a.location is not None}


@pytest.fixture
def session(tmp_path: Path) -> Session:
    base = new_session(tmp_path)
    _add_small_freezer(base)
    return _with_split(base)


def test_aliquots_one_to_three_in_f1_four_to_six_in_f2(session: Session) -> None:
    code = _enrol(session)
    registered = collection.register(session, code, "V1", _draw(session, code, "V1"))
    assert _freezer_of_serum(registered) == {1: "F1", 2: "F1", 3: "F1",
                                             4: "F2", 5: "F2", 6: "F2"}
    # Each group kept together in one box; buffy coat is not split (F1 holds the buffy boxes).
    boxes = {a.number: a.location.box_path for a in registered.collection.aliquots
             if a.sample_type == "serum" and a.location}
    assert len({boxes[n] for n in (1, 2, 3)}) == 1 and len({boxes[n] for n in (4, 5, 6)}) == 1
    assert {a.location.freezer for a in registered.collection.aliquots
            if a.sample_type != "serum" and a.location} == {"F1"}
    assert not any("could not be placed" in w for w in registered.warnings)


def test_preview_shows_the_positions_the_registration_takes(session: Session) -> None:
    code = _enrol(session)
    shown = [(p.sample_type, p.number, loc.path if loc else None)
             for p, loc in collection.preview(session, code, "V1")]
    registered = collection.register(session, code, "V1", _draw(session, code, "V1"))
    taken = [(a.sample_type, a.number, a.location.path if a.location else None)
             for a in registered.collection.aliquots]
    assert sorted(shown) == sorted(taken)


def test_a_full_freezer_refuses_the_registration_naming_it(session: Session) -> None:
    code = _enrol(session)
    collection.register(session, code, "V1", _draw(session, code, "V1"))
    collection.register(session, code, "V2", _draw(session, code, "V2"))  # F2's box is now full
    before = "\n".join(session.db.conn.iterdump())
    with pytest.raises(Conflict) as caught:
        collection.register(session, code, "V3", _draw(session, code, "V3"))
    message = str(caught.value)
    assert "freezer F2 is full" in message
    assert "serum aliquots 4, 5, 6" in message
    assert "3 positions needed in one freezer, 0 free" in message
    assert "\n".join(session.db.conn.iterdump()) == before, "nothing may be written"
    with pytest.raises(Conflict, match="freezer F2 is full"):
        collection.preview(session, code, "V3")


def test_a_short_draw_splits_what_there_is(session: Session) -> None:
    code = _enrol(session)
    registered = collection.register(session, code, "V2", _draw(session, code, "V2", serum=4))
    assert _freezer_of_serum(registered) == {1: "F1", 2: "F1", 3: "F1", 4: "F2"}


def test_any_two_freezers_when_the_protocol_names_none(tmp_path: Path) -> None:
    base = new_session(tmp_path)
    _add_small_freezer(base, "F0")  # first in fill order, with room for one group only
    session = _with_split(base, freezers=())
    code = _enrol(session)
    first = collection.register(session, code, "V2", _draw(session, code, "V2"))
    assert _freezer_of_serum(first) == {1: "F0", 2: "F0", 3: "F0", 4: "F1", 5: "F1", 6: "F1"}
    second = collection.register(session, code, "V3", _draw(session, code, "V3"))
    assert set(_freezer_of_serum(second).values()) == {"F0", "F1"}
    # F0 is full now: group 1 goes to F1, and group 2 has no freezer left but F1.
    with pytest.raises(Conflict, match="no other freezer has room for serum aliquots 4, 5, 6"):
        collection.register(session, code, "V4", _draw(session, code, "V4"))


def test_one_freezer_cannot_split(tmp_path: Path) -> None:
    session = _with_split(new_session(tmp_path), freezers=())
    code = _enrol(session)
    before = "\n".join(session.db.conn.iterdump())
    with pytest.raises(Conflict, match=r"split storage needs 2 freezers with serum boxes.*"
                                       r"found 1 \(F1\)"):
        collection.register(session, code, "V1", _draw(session, code, "V1"))
    assert "\n".join(session.db.conn.iterdump()) == before


def test_a_named_freezer_that_does_not_exist(tmp_path: Path) -> None:
    session = _with_split(new_session(tmp_path), freezers=("F1", "F9"))
    code = _enrol(session)
    with pytest.raises(Conflict, match=r"freezer F9 .* does not exist"):
        collection.register(session, code, "V1", _draw(session, code, "V1"))


def test_aliquots_outside_the_groups_share_the_boxes_without_a_clash(tmp_path: Path) -> None:
    """Groups 1-2 and 3-4; 5 and 6 follow the ordinary rule, in the boxes the groups just
    used (read once and shared), so no position is handed out twice."""
    base = new_session(tmp_path)
    _add_small_freezer(base)
    protocol = base.protocol
    split = StorageSplit("serum", ((1, 2), (3, 4)), ("F1", "F2"))
    session = Session(base.db, dataclasses.replace(
        protocol, storage=dataclasses.replace(protocol.storage, split=split)),
        base.user, base.clock)
    code = _enrol(session)
    registered = collection.register(session, code, "V2", _draw(session, code, "V2"))
    paths = {a.number: a.location.path for a in registered.collection.aliquots
             if a.location is not None}
    assert paths == {1: "F1/S1/R1/B1/A1", 2: "F1/S1/R1/B1/A2", 3: "F2/S1/R1/B1/A1",
                     4: "F2/S1/R1/B1/A2", 5: "F1/S1/R1/B1/A3", 6: "F1/S1/R1/B1/A4"}


def _over_every_box(session: Session, planned: list[collection.PlannedAliquot]
                    ) -> list[tuple[int, int, int] | None]:
    """The split rule applied the slow way: every box, with its taken positions."""
    from biotrack import allocation
    from biotrack.db import storage as storage_repo

    split = session.protocol.storage.split
    assert split is not None
    spaces = {b.id: allocation.BoxSpace(b.id, b.box_type, b.rows, b.cols,
                                        storage_repo.taken_positions(session.db, b.id),
                                        b.freezer)
              for b in storage_repo.boxes(session.db)}
    ordered = list(spaces.values())
    result: list[tuple[int, int, int] | None] = [None] * len(planned)
    groups: dict[int, list[int]] = {}
    rest: dict[str, list[int]] = {}
    for index, plan in enumerate(planned):
        group = split.group_of(plan.sample_type, plan.number)
        if group is None:
            box_type = session.protocol.sample_type(plan.sample_type).box_type
            rest.setdefault(box_type, []).append(index)
        else:
            groups.setdefault(group, []).append(index)
    counts = [len(groups.get(g, ())) for g in range(len(split.groups))]
    chosen = allocation.allocate_split(
        "serum", counts, list(split.freezers),
        lambda _g, f: [b for b in ordered if b.freezer == f], fixed=True)
    for g, slots in enumerate(chosen):
        for index, slot in zip(groups.get(g, ()), slots, strict=False):
            result[index] = slot
    for box_type, indexes in rest.items():
        (slots,) = allocation.allocate([(box_type, len(indexes))], ordered)
        for index, slot in zip(indexes, slots, strict=False):
            result[index] = slot
    return result


def test_reading_a_few_boxes_chooses_as_the_rule_over_every_box(tmp_path: Path) -> None:
    """The service reads only candidate boxes per freezer; it must choose what the rule
    chooses over all boxes, as the collections fill F1 and F2 and a tube is moved by hand."""
    base = new_session(tmp_path)
    _add_small_freezer(base, boxes=3)
    session = _with_split(base)
    code = _enrol(session)
    for visit in ("V1", "V2", "V3"):
        participant = enrolment.get_participant(session, code)
        planned = collection.expected_aliquots(
            session, enrolment.get_visit(session, participant, visit))
        assert collection._allocate(session, planned) == _over_every_box(session, planned)
        registered = collection.register(session, code, visit, _draw(session, code, visit))
        if visit == "V1":  # a hole in F1's first box: the next group must not use it
            first = next(a for a in registered.collection.aliquots if a.number == 2
                         and a.sample_type == "serum")
            storage.move(session, first.barcode, "F1/S1/R1/B2/A1")


def test_positions_chosen_by_hand_override_a_full_freezer(session: Session) -> None:
    """The technician's explicit positions are the way past a full split freezer."""
    code = _enrol(session)
    collection.register(session, code, "V1", _draw(session, code, "V1"))
    collection.register(session, code, "V2", _draw(session, code, "V2"))  # F2 is full
    spare = [b for b in storage.boxes(session, "F1") if b.box_type == "serum"][-1]
    chosen = {("serum", n): f"{spare.path}/I{n + 3}" for n in (4, 5, 6)}
    registered = collection.register(session, code, "V3", _draw(session, code, "V3"),
                                     positions=chosen)
    where = {(a.sample_type, a.number): a.location.path for a in registered.collection.aliquots
             if a.location is not None}
    for key, path in chosen.items():
        assert where[key] == path
    assert _freezer_of_serum(registered)[1] == "F1"
