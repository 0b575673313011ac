"""Properties of biotrack.defrag.plan: the defragmentation plan (issue 7, point 5).

"After applying a defragmentation plan, every aliquot is still present exactly once and no
position holds two tubes" (the issue's property test), and: moves never mix box types or
freezers, only stored tubes move, each from where it is, the number of empty boxes never
drops, and every box the plan says it empties is empty afterwards.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from biotrack.defrag import BoxState, Tube, plan

BOX_TYPES = ("serum", "buffy")
FREEZERS = ("F1", "F2")


@st.composite
def layouts(draw: st.DrawFn) -> list[BoxState]:
    """Boxes in fill order, of two types in two freezers, partly filled; some tubes out."""
    count = draw(st.integers(min_value=0, max_value=8))
    boxes = []
    serial = 0
    for box_id in range(1, count + 1):
        rows = draw(st.integers(min_value=1, max_value=3))
        cols = draw(st.integers(min_value=1, max_value=4))
        every = [(r, c) for r in range(1, rows + 1) for c in range(1, cols + 1)]
        held = draw(st.sets(st.sampled_from(every)))
        tubes = []
        for r, c in sorted(held):
            serial += 1
            tubes.append(Tube(f"BT{serial:08d}", r, c,
                              movable=draw(st.integers(0, 6)) != 0))
        freezer = draw(st.sampled_from(FREEZERS))
        boxes.append(BoxState(box_id, f"{freezer}/S1/R1/B{box_id}", freezer,
                              draw(st.sampled_from(BOX_TYPES)), rows, cols, tuple(tubes)))
    return sorted(boxes, key=lambda b: (b.freezer, b.box_id))


def _apply(boxes: list[BoxState]) -> tuple[dict[str, tuple[int, int, int]],
                                             list[tuple[int, int, int]]]:
    """Where every tube is after the plan, and the list of occupied positions (with repeats)."""
    result = plan(boxes)
    where = {t.barcode: (b.box_id, t.row, t.col) for b in boxes for t in b.tubes}
    for move in result.moves:
        assert where[move.barcode] == (move.from_box, move.from_row, move.from_col), \
            "a move starts from where the tube is"
        where[move.barcode] = (move.to_box, move.to_row, move.to_col)
    return where, list(where.values())



@given(layouts())
def test_every_tube_stays_stored_exactly_once_and_no_position_holds_two(
        boxes: list[BoxState]) -> None:
    before = sorted(t.barcode for b in boxes for t in b.tubes)
    where, occupied = _apply(boxes)
    assert sorted(where) == before
    assert len(occupied) == len(set(occupied)), "two tubes in one position"
    by_id = {b.box_id: b for b in boxes}
    for box_id, row, col in occupied:
        assert 1 <= row <= by_id[box_id].rows and 1 <= col <= by_id[box_id].cols



@given(layouts())
def test_moves_keep_type_and_freezer_and_move_only_stored_tubes_once(
        boxes: list[BoxState]) -> None:
    by_id = {b.box_id: b for b in boxes}
    movable = {t.barcode for b in boxes for t in b.tubes if t.movable}
    result = plan(boxes)
    assert all(n == 1 for n in Counter(m.barcode for m in result.moves).values())
    for move in result.moves:
        source, target = by_id[move.from_box], by_id[move.to_box]
        assert move.barcode in movable, "a checked-out tube's reserved slot moved"
        assert source.box_type == target.box_type, "box types mixed"
        assert source.freezer == target.freezer, "a tube left its freezer"
        assert source.box_id != target.box_id



@given(layouts())
def test_empty_boxes_never_decrease_and_the_emptied_boxes_are_empty(
        boxes: list[BoxState]) -> None:
    result = plan(boxes)
    _, occupied = _apply(boxes)
    used = {box_id for box_id, _, _ in occupied}
    empty_before = sum(1 for b in boxes if not b.tubes)
    empty_after = sum(1 for b in boxes if b.box_id not in used)
    assert empty_after >= empty_before
    assert empty_after == empty_before + len(result.emptied)
    assert not set(result.emptied) & used
    # Moves only into boxes that held tubes already: an empty box is never started.
    assert all(next(b for b in boxes if b.box_id == m.to_box).tubes for m in result.moves)


@given(layouts(), st.integers(min_value=1, max_value=12))
def test_max_moves_caps_the_plan_and_keeps_every_property(boxes: list[BoxState],
                                                          cap: int) -> None:
    capped = plan(boxes, cap)
    assert len(capped.moves) <= cap
    free = plan(boxes)
    if len(free.moves) <= cap:
        assert capped == free, "a cap that is not reached changes nothing"
    emptied = set(capped.emptied)
    assert {m.from_box for m in capped.moves} == emptied, "only whole boxes are emptied"
    targets = {(m.to_box, m.to_row, m.to_col) for m in capped.moves}
    held = {(b.box_id, t.row, t.col) for b in boxes for t in b.tubes}
    assert len(targets) == len(capped.moves) and not targets & held


def test_two_half_boxes_become_one_full_and_one_empty() -> None:
    first = BoxState(1, "F1/S1/R1/B1", "F1", "serum", 2, 2,
                     (Tube("BT1", 1, 1), Tube("BT2", 2, 2)))
    second = BoxState(2, "F1/S1/R1/B2", "F1", "serum", 2, 2, (Tube("BT3", 1, 2),))
    result = plan([first, second])
    assert result.emptied == (2,)
    assert [(m.barcode, m.to_box, m.to_row, m.to_col) for m in result.moves] == [
        ("BT3", 1, 1, 2)]


def test_a_box_with_a_checked_out_tube_is_not_emptied() -> None:
    first = BoxState(1, "F1/S1/R1/B1", "F1", "serum", 2, 2, (Tube("BT1", 1, 1),))
    second = BoxState(2, "F1/S1/R1/B2", "F1", "serum", 2, 2,
                      (Tube("BT3", 1, 2, movable=False),))
    result = plan([first, second])
    assert result.emptied == (1,)
    assert [(m.barcode, m.to_box, m.to_row, m.to_col) for m in result.moves] == [
        ("BT1", 2, 1, 1)]


def test_a_box_that_cannot_be_emptied_whole_is_left_alone() -> None:
    boxes = [BoxState(1, "F1/S1/R1/B1", "F1", "serum", 1, 3,
                      (Tube("BT1", 1, 1), Tube("BT2", 1, 2))),
             BoxState(2, "F1/S1/R1/B2", "F1", "serum", 1, 3,
                      (Tube("BT3", 1, 1), Tube("BT4", 1, 2)))]
    assert plan(boxes).moves == ()
