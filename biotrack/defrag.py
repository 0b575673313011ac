"""Planning a defragmentation: which tubes to move so that whole boxes become empty.

A pure rule, no I/O (issue 7, point 5). Over months, consumed, shipped and discarded tubes leave
holes in many boxes; new collections want whole boxes. The plan empties the partly filled boxes
with the fewest tubes into the free positions of the other partly filled boxes of the same
type, in the same freezer:

- A source box is emptied only as a whole (a move that does not empty a box is wasted work at
  -80 °C), and only when it holds nothing but stored tubes: a checked-out tube's slot is
  reserved for its return, so its box cannot be emptied.
- Tubes go to the free positions of the other partly filled boxes in fill order (freezer,
  shelf, rack, box, then A1, A2 ..), never into an empty box (that would not gain one) and never
  into a box that is itself emptied. A box that receives tubes is not emptied later, so every
  tube moves at most once and the plan can carry each tube's from-position.
- Moves stay inside one freezer and one box type: a plan never undoes split storage (issue 7,
  point 4) and the freezer door opens once.

Sources are tried fewest tubes first (ties: the last box in fill order first), each as long as
the remaining room can take it whole. ``max_moves`` caps the work of one session at the
freezer: a source whose tubes would pass the cap is skipped (a smaller one may still fit), so
the plan empties as many boxes as it can within the cap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

Position = tuple[int, int]  # row, column (1-based)


@dataclass(frozen=True)
class Tube:
    """A tube holding a position; ``movable`` is False for a checked-out tube's reserved slot."""

    barcode: str
    row: int
    col: int
    movable: bool = True


@dataclass(frozen=True)
class BoxState:
    """A box as the planner sees it, listed in fill order by the caller."""

    box_id: int
    path: str
    freezer: str
    box_type: str
    rows: int
    cols: int
    tubes: tuple[Tube, ...] = ()

    @property
    def capacity(self) -> int:
        return self.rows * self.cols

    def free_positions(self, taken: set[Position]) -> list[Position]:
        return [(r, c) for r in range(1, self.rows + 1) for c in range(1, self.cols + 1)
                if (r, c) not in taken]


@dataclass(frozen=True)
class Move:
    """One tube from one position to another (box ids, and paths for people)."""

    barcode: str
    from_box: int
    from_row: int
    from_col: int
    to_box: int
    to_row: int
    to_col: int


@dataclass(frozen=True)
class Plan:
    """The moves, in the order to carry them out (grouped by source box), and the boxes they
    empty."""

    moves: tuple[Move, ...] = ()
    emptied: tuple[int, ...] = field(default=())


def plan(boxes: Sequence[BoxState], max_moves: int | None = None) -> Plan:
    """The defragmentation plan for ``boxes`` (in fill order); see the module docstring."""
    order = {box.box_id: index for index, box in enumerate(boxes)}
    taken: dict[int, set[Position]] = {b.box_id: {(t.row, t.col) for t in b.tubes}
                                       for b in boxes}
    moves: list[Move] = []
    emptied: list[int] = []
    groups: dict[tuple[str, str], list[BoxState]] = {}
    for box in boxes:
        groups.setdefault((box.freezer, box.box_type), []).append(box)
    for group in groups.values():
        partial = [b for b in group if 0 < len(b.tubes) < b.capacity]
        receivers: set[int] = set()
        gone: set[int] = set()
        sources = sorted((b for b in partial if all(t.movable for t in b.tubes)),
                         key=lambda b: (len(b.tubes), -order[b.box_id]))
        for source in sources:
            if source.box_id in receivers:
                continue
            if max_moves is not None and len(moves) + len(source.tubes) > max_moves:
                continue
            targets = [b for b in partial if b.box_id != source.box_id and b.box_id not in gone]
            room = sum(b.capacity - len(taken[b.box_id]) for b in targets)
            if room < len(source.tubes):
                continue
            slots = ((b.box_id, r, c) for b in targets for r, c in b.free_positions(
                taken[b.box_id]))
            for tube in sorted(source.tubes, key=lambda t: (t.row, t.col)):
                box_id, row, col = next(slots)
                taken[box_id].add((row, col))
                receivers.add(box_id)
                moves.append(Move(tube.barcode, source.box_id, tube.row, tube.col,
                                  box_id, row, col))
            taken[source.box_id].clear()
            gone.add(source.box_id)
            emptied.append(source.box_id)
    return Plan(tuple(moves), tuple(emptied))
