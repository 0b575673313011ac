"""A small fragmented freezer for the free-space tests (services, reports, GUI, CLI).

F1 is the default freezer (9 x 9 boxes). F2 has one rack of four serum boxes of 2 x 3
positions; serum tubes of two collections are moved into it so that B1 holds 4 tubes, B2 and
B3 one each and B4 none: the defragmentation plan empties B3 and B2 into B1.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from biotrack.services import collection, enrolment, storage
from biotrack.services.collection import Draw
from biotrack.services.context import Session

ENROLLED = date(2026, 5, 4)
F2_LAYOUT = {"B1": ("A1", "A2", "A3", "B1"), "B2": ("A1",), "B3": ("B2",)}


@dataclass(frozen=True)
class Fragmented:
    """What the scenario built: the participant and where each moved tube sits."""

    code: str
    serum: tuple[str, ...]  # every serum barcode, V1 then V2, by aliquot number
    in_f2: dict[str, str]   # barcode -> position path in F2


def _draw(session: Session, code: str, visit: str) -> Draw:
    participant = enrolment.get_participant(session, code)
    day = enrolment.get_visit(session, participant, visit).target_date
    drawn = datetime.combine(day, time(9, 0))
    return Draw(drawn_at=drawn, received_at=drawn + timedelta(minutes=20),
                centrifuged_at=drawn + timedelta(minutes=45),
                frozen_at=drawn + timedelta(minutes=90))


def build(session: Session) -> Fragmented:
    storage.add_freezer(session, storage.Layout(
        code="F2", name="Freezer 2", shelves=1, racks_per_shelf=1, boxes_per_rack=4,
        rack_box_types=("serum",), box_rows=2, box_cols=3))
    code = enrolment.enrol(session, enrolment.Enrolment(
        cohort="ICI", site="NAV", enrolled_on=ENROLLED, regimen="pembrolizumab-q3w",
        sex="F", birth_year=1960, diagnosis="Melanoma", local_id="NHC-SECRET-99")).code
    serum: list[str] = []
    for visit in ("V1", "V2"):
        registered = collection.register(session, code, visit, _draw(session, code, visit))
        serum += [a.barcode for a in sorted(registered.collection.aliquots,
                                            key=lambda a: a.number)
                  if a.sample_type == "serum"]
    in_f2: dict[str, str] = {}
    tubes = iter(serum)
    for box, positions in F2_LAYOUT.items():
        for position in positions:
            barcode = next(tubes)
            path = f"F2/S1/R1/{box}/{position}"
            storage.move(session, barcode, path)
            in_f2[barcode] = path
    return Fragmented(code, tuple(serum), in_f2)
