"""Properties of biotrack.allocation.allocate: the rule that picks a new collection's positions.

Issue "The core", point 5: boxes of the right type only, a group kept in one box whenever a box
has room for it, next free positions in fill order, never two tubes in one position, and what
does not fit stays unplaced (fewer slots than asked, never an error).
"""

from __future__ import annotations

import copy

from hypothesis import given
from hypothesis import strategies as st

from biotrack.allocation import BoxSpace, Slot, SplitFull, allocate, allocate_split

BOX_TYPES = ("serum", "buffy")


@st.composite
def box_spaces(draw: st.DrawFn) -> list[BoxSpace]:
    """Boxes in fill order, of both types and small sizes, some positions already taken."""
    count = draw(st.integers(min_value=0, max_value=6))
    boxes = []
    for box_id in range(1, count + 1):
        rows = draw(st.integers(min_value=1, max_value=4))
        cols = draw(st.integers(min_value=1, max_value=5))
        every = [(r, c) for r in range(1, rows + 1) for c in range(1, cols + 1)]
        taken = draw(st.sets(st.sampled_from(every)))
        boxes.append(BoxSpace(box_id, draw(st.sampled_from(BOX_TYPES)), rows, cols, set(taken)))
    return boxes


needs_lists = st.lists(
    st.tuples(st.sampled_from(BOX_TYPES), st.integers(min_value=0, max_value=25)),
    min_size=0, max_size=5,
)


def _fill_order(box: BoxSpace, taken: set[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(r, c) for r in range(1, box.rows + 1) for c in range(1, box.cols + 1)
            if (r, c) not in taken]


@given(box_spaces(), needs_lists)
def test_never_two_tubes_in_one_position(boxes: list[BoxSpace],
                                         needs: list[tuple[str, int]]) -> None:
    already = {(b.box_id, r, c) for b in boxes for (r, c) in b.taken}
    chosen = [slot for group in allocate(needs, boxes) for slot in group]
    assert len(chosen) == len(set(chosen)), "one position handed out twice"
    assert not already & set(chosen), "a position that was already taken was handed out"


@given(box_spaces(), needs_lists)
def test_every_slot_lies_inside_a_box_of_the_right_type(
        boxes: list[BoxSpace], needs: list[tuple[str, int]]) -> None:
    by_id = {b.box_id: b for b in boxes}
    for (box_type, _), group in zip(needs, allocate(needs, copy.deepcopy(boxes)), strict=True):
        for box_id, row, col in group:
            box = by_id[box_id]
            assert box.box_type == box_type
            assert 1 <= row <= box.rows
            assert 1 <= col <= box.cols


@given(box_spaces(), needs_lists)
def test_counts_keep_together_and_fill_order(boxes: list[BoxSpace],
                                             needs: list[tuple[str, int]]) -> None:
    """Walk the needs with an independent model of the taken positions and check each group."""
    model = {b.box_id: set(b.taken) for b in boxes}
    result = allocate(needs, copy.deepcopy(boxes))
    assert len(result) == len(needs)
    for (box_type, count), group in zip(needs, result, strict=True):
        typed = [b for b in boxes if b.box_type == box_type]
        free = {b.box_id: b.rows * b.cols - len(model[b.box_id]) for b in typed}
        # As many as asked, or all the free space of that type when there is not enough.
        assert len(group) == min(count, sum(free.values()))
        fitting = [b for b in typed if free[b.box_id] >= count]
        if fitting and count:
            # Kept together, in the first box (fill order) with room for the whole group,
            # at that box's next free positions A1, A2 ...
            first = fitting[0]
            assert {slot[0] for slot in group} == {first.box_id}
            expected = _fill_order(first, model[first.box_id])[:count]
            assert [(r, c) for _, r, c in group] == expected
        else:
            # Spilled over the boxes in fill order, each box filled before the next is used.
            expected_spill: list[Slot] = []
            for box in typed:
                for r, c in _fill_order(box, model[box.box_id]):
                    expected_spill.append((box.box_id, r, c))
            assert group == expected_spill[:count]
        for box_id, r, c in group:
            model[box_id].add((r, c))


def test_a_group_goes_to_the_first_box_with_room_not_the_first_free_slot() -> None:
    boxes = [
        BoxSpace(1, "serum", 2, 2, {(1, 1)}),          # 3 free: too small for 6
        BoxSpace(2, "buffy", 9, 9),                     # wrong type
        BoxSpace(3, "serum", 3, 3, {(1, 2)}),          # 8 free: the first that fits
        BoxSpace(4, "serum", 9, 9),
    ]
    (group,) = allocate([("serum", 6)], boxes)
    assert group == [(3, 1, 1), (3, 1, 3), (3, 2, 1), (3, 2, 2), (3, 2, 3), (3, 3, 1)]


def test_nothing_free_gives_no_slots_rather_than_an_error() -> None:
    boxes = [BoxSpace(1, "serum", 1, 2, {(1, 1), (1, 2)}), BoxSpace(2, "buffy", 1, 1)]
    assert allocate([("serum", 6), ("buffy", 2)], boxes) == [[], [(2, 1, 1)]]


def test_needs_of_one_type_share_the_box_state() -> None:
    boxes = [BoxSpace(1, "serum", 1, 4)]
    first, second = allocate([("serum", 2), ("serum", 3)], boxes)
    assert first == [(1, 1, 1), (1, 1, 2)]
    assert second == [(1, 1, 3), (1, 1, 4)]
    assert boxes[0].taken == {(1, 1), (1, 2), (1, 3), (1, 4)}


# -- split storage (issue 7, point 4) -------------------------------------------------------------

FREEZERS = ("F1", "F2", "F3")


@st.composite
def freezer_boxes(draw: st.DrawFn) -> list[BoxSpace]:
    """Serum boxes spread over up to three freezers, in fill order (freezer first)."""
    boxes = draw(box_spaces())
    for box in boxes:
        box.box_type = "serum"
        box.freezer = draw(st.sampled_from(FREEZERS))
    return sorted(boxes, key=lambda b: (b.freezer, b.box_id))


split_counts = st.lists(st.integers(min_value=0, max_value=8), min_size=2, max_size=3)


def _free_in(boxes: list[BoxSpace], freezer: str) -> int:
    return sum(b.free_count for b in boxes if b.freezer == freezer)


@given(freezer_boxes(), split_counts, st.booleans())
def test_split_groups_each_whole_in_its_own_freezer(boxes: list[BoxSpace], counts: list[int],
                                                     fixed: bool) -> None:
    before = copy.deepcopy(boxes)
    by_id = {b.box_id: b for b in before}
    freezers = list(FREEZERS[:len(counts)]) if fixed else list(FREEZERS)
    try:
        result = allocate_split("serum", counts, freezers,
                                lambda _g, f: [b for b in boxes if b.freezer == f], fixed=fixed)
    except SplitFull as full:
        # Refused only when the group truly had nowhere to go.
        assert full.needed == counts[full.group] > 0
        if fixed:
            assert full.freezer == freezers[full.group]
            assert _free_in(before, full.freezer) < full.needed
        else:
            assert full.freezer is None
        return
    assert [len(group) for group in result] == counts, "a split group is placed whole or refused"
    used = [{by_id[box_id].freezer for box_id, _, _ in group} for group in result if group]
    assert all(len(freezers_of_group) == 1 for freezers_of_group in used)
    flat = [next(iter(f)) for f in used]
    assert len(flat) == len(set(flat)), "two groups share a freezer"
    if fixed:
        for index, group in enumerate(result):
            assert {by_id[b].freezer for b, _, _ in group} <= {freezers[index]}
    slots = [slot for group in result for slot in group]
    already = {(b.box_id, r, c) for b in before for (r, c) in b.taken}
    assert len(slots) == len(set(slots)) and not already & set(slots)


@given(freezer_boxes(), st.integers(min_value=1, max_value=8))
def test_split_group_follows_the_ordinary_rule_inside_its_freezer(boxes: list[BoxSpace],
                                                                  count: int) -> None:
    """Named freezers: the group's positions are what ``allocate`` gives over that freezer."""
    inside = [b for b in copy.deepcopy(boxes) if b.freezer == "F2"]
    if sum(b.free_count for b in inside) < count:
        return
    (expected,) = allocate([("serum", count)], inside)
    result = allocate_split("serum", [0, count], ["F1", "F2"],
                            lambda _g, f: [b for b in boxes if b.freezer == f], fixed=True)
    assert result == [[], expected]


def test_any_freezer_mode_prefers_a_freezer_with_one_box_for_the_whole_group() -> None:
    boxes = [
        BoxSpace(1, "serum", 2, 2, set(), "F1"),            # 4 free: takes group 1 whole
        BoxSpace(2, "serum", 1, 2, set(), "F2"),            # 2 + 2 free: spill only
        BoxSpace(3, "serum", 1, 2, set(), "F2"),
        BoxSpace(4, "serum", 3, 3, {(1, 1)}, "F3"),         # 8 free: one box for group 2
    ]
    first, second = allocate_split("serum", [3, 3], ["F1", "F2", "F3"],
                                   lambda _g, f: [b for b in boxes if b.freezer == f],
                                   fixed=False)
    assert {b for b, _, _ in first} == {1}
    assert second == [(4, 1, 2), (4, 1, 3), (4, 2, 1)]


def test_full_named_freezer_is_refused_with_its_name_and_room() -> None:
    boxes = [BoxSpace(1, "serum", 3, 3, set(), "F1"),
             BoxSpace(2, "serum", 1, 2, set(), "F2")]
    try:
        allocate_split("serum", [3, 3], ["F1", "F2"],
                       lambda _g, f: [b for b in boxes if b.freezer == f], fixed=True)
    except SplitFull as full:
        assert (full.group, full.freezer, full.needed, full.free) == (1, "F2", 3, 2)
    else:
        raise AssertionError("a full freezer must refuse the split group")


def test_a_short_draw_leaves_an_empty_group_without_a_freezer() -> None:
    boxes = [BoxSpace(1, "serum", 2, 2, set(), "F1")]
    assert allocate_split("serum", [2, 0], ["F1", "F2"],
                          lambda _g, f: [b for b in boxes if b.freezer == f],
                          fixed=True) == [[(1, 1, 1), (1, 1, 2)], []]
