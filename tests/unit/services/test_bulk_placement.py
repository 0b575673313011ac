"""Bulk placement from a rack-scanner file (issue 7, point 2): services.bulk_placement.

The set-up uses the reports' small protocol (2 x 2 boxes in F1): once a first V1 has filled
F1, a second V1's six serum aliquots find no box and wait unplaced; freezer F2 is added
afterwards with empty 9 x 9 boxes. The whole file is validated first: a file with problems
lists them all with their lines and writes nothing; a good file places every tube in one
transaction.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from biotrack.errors import PermissionDenied, UserError
from biotrack.models import Collection
from biotrack.services import bulk_placement, collection, enrolment, storage
from biotrack.services.context import Session
from tests.factories import as_user
from tests.unit.reports.scenario import new_report_session
from tests.unit.services.test_storage import audit_count, dump

DATA = Path(__file__).parents[2] / "data" / "rackscan"
NEW_BOX = "F2/S1/R1/B2"
USED_BOX = "F2/S1/R1/B1"


def _v1(session: Session, site: str) -> Collection:
    p = enrolment.enrol(session, enrolment.Enrolment(
        cohort="ICI", site=site, enrolled_on=date(2026, 11, 2), regimen="nivolumab-q2w"))
    return collection.register(session, p.code, "V1",
                               collection.Draw(drawn_at=datetime(2026, 11, 2, 9))).collection


def _serum(c: Collection) -> list[str]:
    return [a.barcode for a in sorted(c.aliquots, key=lambda a: a.number)
            if a.sample_type == "serum"]


@pytest.fixture
def bench(tmp_path: Path):  # type: ignore[no-untyped-def]
    """(session, six unplaced serum barcodes, a placed serum tube, a buffy coat tube)."""
    session = new_report_session(tmp_path)
    _v1(session, "NAV")                               # fills F1's 2x2 serum box
    first = _v1(session, "GAL")                       # no room left: serum unplaced
    storage.add_freezer(session, storage.Layout(
        code="F2", name="Freezer 2", shelves=1, racks_per_shelf=2, boxes_per_rack=2,
        rack_box_types=("serum", "buffy")))
    second = _v1(session, "ARA")                      # serum at F2/S1/R1/B1/A1..A6
    unplaced = _serum(first)
    assert all(storage.locate(session, b).status == "unplaced" for b in unplaced)
    placed = _serum(second)[0]
    assert storage.locate(session, placed).location.path == f"{USED_BOX}/A1"  # type: ignore[union-attr]
    buffy = next(a.barcode for a in first.aliquots if a.sample_type != "serum")
    yield session, unplaced, placed, buffy
    session.db.close()


def sample(name: str, **tubes: str) -> bytes:
    text = (DATA / name).read_text()
    for key, value in tubes.items():
        text = text.replace("{" + key + "}", value)
    return text.encode()


def where(session: Session, barcode: str) -> str | None:
    tube = storage.locate(session, barcode)
    return tube.location.path if tube.location else None


def test_a_new_box_is_placed_from_a_ziath_file(bench) -> None:  # type: ignore[no-untyped-def]
    session, tubes, _, _ = bench
    data = sample("new-box-ziath.csv", **{f"t{i + 1}": b for i, b in enumerate(tubes)})
    done = bulk_placement.place_from_file(session, NEW_BOX, data, "/bench/new-box-ziath.csv")
    positions = ["A1", "A2", "A3", "B1", "B2", "B3"]
    assert done.placed == tuple(zip(tubes, positions, strict=True))
    for barcode, position in zip(tubes, positions, strict=True):
        tube = storage.locate(session, barcode)
        assert (tube.status, where(session, barcode)) == ("in_storage", f"{NEW_BOX}/{position}")
        (movement,) = storage.movements(session, barcode)[-1:]
        assert (movement.action, movement.from_path, movement.to_path) == (
            "placed", None, f"{NEW_BOX}/{position}")
        assert movement.reason == "placed from rack scan new-box-ziath.csv"
    assert audit_count(session, "box.place_scan") == 1
    assert audit_count(session, "aliquot.placed") >= 6
    # The same file again: every tube is already there.
    with pytest.raises(UserError, match="nothing to place: its 6 tube"):
        bulk_placement.place_from_file(session, NEW_BOX, data, "again.csv")


@pytest.mark.parametrize("name", ["plain.csv", "micronic.csv", "tabs.tsv",
                                  "fluidx-headerless.csv"])
def test_every_layout_places(bench, name: str) -> None:  # type: ignore[no-untyped-def]
    session, tubes, _, _ = bench
    data = sample(name, t1=tubes[0], t2=tubes[1], t3=tubes[2])
    if name == "fluidx-headerless.csv":  # its A4 is NOREAD: refused, nothing placed
        before = dump(session)
        with pytest.raises(UserError, match="well A4: the scanner could not read"):
            bulk_placement.place_from_file(session, NEW_BOX, data, name)
        assert dump(session) == before
        return
    bulk_placement.place_from_file(session, NEW_BOX, data, name)
    assert [where(session, b) for b in tubes[:3]] == [f"{NEW_BOX}/A{n}" for n in (1, 2, 3)]


def test_a_file_with_problems_lists_them_all_and_writes_nothing(bench) -> None:  # type: ignore[no-untyped-def]
    session, tubes, placed, buffy = bench
    data = sample("problems.csv", t1=tubes[0], t2=tubes[1], t3=tubes[2], t4=tubes[3],
                  t5=tubes[4], placed=placed, buffy=buffy)
    before = dump(session)
    with pytest.raises(UserError) as caught:
        bulk_placement.place_from_file(session, USED_BOX, data, "problems.csv")
    message = str(caught.value)
    assert dump(session) == before
    assert "\n" not in message
    assert message.startswith("problems.csv: nothing was placed, 9 problem(s): ")
    for part in (
        f"line 3: {tubes[0]} is listed twice (also line 2)",
        "line 4: no tube with barcode BT09999990",
        "line 5: 'BT00999996' has a wrong check digit",
        f"line 6: position J1 is outside box {USED_BOX}",
        f"line 7: position A10 is outside box {USED_BOX}",
        f"line 8: {placed} is already placed at {USED_BOX}/A1",
        f"line 9: {buffy} is a buffy tube: box {USED_BOX} takes serum tubes",
        "line 10: position A5 already holds",
        "well C3: the scanner could not read",
    ):
        assert part in message, part
    assert all(storage.locate(session, b).status == "unplaced" for b in tubes)


def test_place_from_pairs_without_lines_names_the_tube(bench) -> None:  # type: ignore[no-untyped-def]
    session, tubes, _, _ = bench
    with pytest.raises(UserError, match="tube 2: position Z1 is outside box"):
        bulk_placement.place(session, NEW_BOX, [("A1", tubes[0]), ("Z1", tubes[1])])
    done = bulk_placement.place(session, NEW_BOX, [("I9", tubes[0])], source="hand")
    assert done.placed == ((tubes[0], "I9"),)
    with pytest.raises(UserError, match="no tubes"):
        bulk_placement.place(session, NEW_BOX, [])


def test_a_nurse_may_not_place(bench) -> None:  # type: ignore[no-untyped-def]
    session, tubes, _, _ = bench
    nurse = as_user(session, "nina", "nurse")
    with pytest.raises(PermissionDenied):
        bulk_placement.place(nurse, NEW_BOX, [("A1", tubes[0])])


def test_line_numbers_follow_the_columns_not_their_order() -> None:
    data = b"Rack,Well,Code\nR1,A01,BT00000013\nR1,B2,BT00000021\n"
    lines = bulk_placement.line_numbers(data)
    assert lines[("A1", "BT00000013")] == 2
    assert lines[("B2", "BT00000021")] == 3
