"""Choosing storage positions for a new collection's aliquots: a pure rule, no I/O.

Rule (issue "The core", point 5): each sample type goes to boxes of its own type; the aliquots
of one type from one collection are kept together in the first box (fill order: freezer,
shelf, rack, box, then A1, A2 .. A9, B1 ..) that has room for all of them; if no single box
has room they spill over the next boxes in fill order; what does not fit anywhere stays
unplaced, because a real draw is never refused for lack of a box.
"""

from __future__ import annotations

from collections.abc import Sequence
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
