"""Choosing storage positions for a new collection's aliquots: a pure rule, no I/O.

Rule (issue "The core", point 5): each sample type goes to boxes of its own type; the aliquots
of one type from one collection are kept together in the first box (fill order: freezer,
shelf, rack, box, then A1, A2 .. A9, B1 ..) that has room for all of them; if no single box
has room they spill over the next boxes in fill order; what does not fit anywhere stays
unplaced, because a real draw is never refused for lack of a box.

Split storage (issue 7, point 4; protocol ``[storage.split]``): some aliquots of a collection
are divided into groups, each group kept whole in one freezer and every group in a different
freezer, so that one failing freezer never takes a whole collection. Inside its freezer a group
follows the rule above. Here a group that does not fit *is* refused (``SplitFull``): placing
it in the same freezer as another group, or leaving it unplaced, would silently give up the
protection the protocol asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

Slot = tuple[int, int, int]  # box id, row, column (1-based)


@dataclass
class BoxSpace:
    """A box as the allocator sees it: type, geometry and the positions already taken."""

    box_id: int
    box_type: str
    rows: int
    cols: int
    taken: set[tuple[int, int]] = field(default_factory=set)
    freezer: str = ""

    def free_positions(self) -> list[tuple[int, int]]:
        return [
            (row, col)
            for row in range(1, self.rows + 1)
            for col in range(1, self.cols + 1)
            if (row, col) not in self.taken
        ]

    @property
    def free_count(self) -> int:
        return self.rows * self.cols - len(self.taken)


def allocate(needs: Sequence[tuple[str, int]], boxes: Sequence[BoxSpace]) -> list[list[Slot]]:
    """For each (box type, count) need, the slots chosen (possibly fewer than count).

    ``boxes`` are in fill order; they are updated as positions are taken, so needs that share
    a box type never receive the same position.
    """
    result: list[list[Slot]] = []
    for box_type, count in needs:
        candidates = [b for b in boxes if b.box_type == box_type]
        chosen: list[Slot] = []
        whole = next((b for b in candidates if b.free_count >= count), None)
        order = [whole] if whole is not None else candidates
        for box in order:
            for row, col in box.free_positions():
                if len(chosen) == count:
                    break
                chosen.append((box.box_id, row, col))
                box.taken.add((row, col))
            if len(chosen) == count:
                break
        result.append(chosen)
    return result


class SplitFull(Exception):
    """A split group has no freezer with room for all of it.

    ``freezer`` is the freezer the protocol names for the group, or None when any freezer
    would do and none (other than the other groups' freezers) has room; ``free`` is the most
    room found: positions in that freezer, or in the roomiest freezer tried.
    """

    def __init__(self, group: int, freezer: str | None, needed: int, free: int) -> None:
        super().__init__(f"split group {group + 1}: {needed} position(s) needed, {free} free"
                         + (f" in freezer {freezer}" if freezer else ""))
        self.group = group
        self.freezer = freezer
        self.needed = needed
        self.free = free


def allocate_split(box_type: str, counts: Sequence[int], freezers: Sequence[str],
                   boxes_for: Callable[[int, str], Sequence[BoxSpace]], *,
                   fixed: bool) -> list[list[Slot]]:
    """Slots for each split group: all of a group in one freezer, each group in its own.

    ``fixed``: ``freezers[i]`` is group i's freezer. Otherwise ``freezers`` are the freezers to
    choose from, in fill order; a group takes the first not yet used by an earlier group with a
    box that holds it whole, else the first with enough room over several boxes. ``boxes_for(
    group, freezer)`` gives that freezer's boxes (in fill order) the group may use; the boxes
    are updated as positions are taken. An empty group takes no freezer. Raises SplitFull
    (nothing is returned, but earlier groups' positions are marked taken on the boxes).
    """
    result: list[list[Slot]] = []
    used: set[str] = set()
    for group, count in enumerate(counts):
        if count <= 0:
            result.append([])
            continue
        options = [freezers[group]] if fixed else [f for f in freezers if f not in used]
        fitting: list[tuple[str, list[BoxSpace]]] = []
        roomiest = 0
        for freezer in options:
            spaces = [b for b in boxes_for(group, freezer)
                      if b.box_type == box_type and b.freezer == freezer]
            free = sum(b.free_count for b in spaces)
            roomiest = max(roomiest, free)
            if free >= count:
                fitting.append((freezer, spaces))
        if not fitting:
            raise SplitFull(group, options[0] if fixed else None, count, roomiest)
        whole = [(f, s) for f, s in fitting if any(b.free_count >= count for b in s)]
        freezer, spaces = (whole or fitting)[0]
        (chosen,) = allocate([(box_type, count)], spaces)
        used.add(freezer)
        result.append(chosen)
    return result
