"""Adding shelves, racks and boxes to a freezer that exists (services.layout, issue 5).

Real database (the ``session`` fixture: freezer F1 with shelves S1..S5, racks R1..R4 and boxes
B1..B4 of 9 x 9). Each addition is audited, refused codes and duplicates write nothing, a nurse
may not change the layout, and the allocator reaches a new box only after the older ones.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biotrack import cli
from biotrack.errors import Conflict, NotFound, PermissionDenied, UserError
from biotrack.services import collection, enrolment, layout, storage
from biotrack.services.context import Session
from tests.factories import MANAGER_PASSWORD, as_user
from tests.unit.services.test_storage import audit_count, dump


def test_add_shelf_rack_and_box_to_the_default_freezer(session: Session) -> None:
    assert layout.suggested_code(session, "F1") == "S6"
    shelf = layout.add_shelf(session, "F1")
    assert shelf == "F1/S6"
    assert layout.suggested_code(session, shelf) == "R1"
    rack = layout.add_rack(session, shelf, "R-new")
    assert rack == "F1/S6/R-new"
    box = layout.add_box(session, rack, "buffy", rows=10, cols=10)
    assert (box.path, box.box_type, box.rows, box.cols, box.capacity) == (
        "F1/S6/R-new/B1", "buffy", 10, 10, 100)
    assert layout.suggested_code(session, rack) == "B2"
    default = layout.add_box(session, "F1/S1/R1", "serum")
    assert (default.path, default.rows, default.cols) == ("F1/S1/R1/B5", 9, 9)
    # The tree shows them, after their siblings.
    (freezer,) = storage.tree(session)
    assert [s.code for s in freezer.shelves][-1] == "S6"
    assert [b.code for b in freezer.shelves[0].racks[0].boxes] == ["B1", "B2", "B3", "B4", "B5"]
    assert [(a, n) for a, n in ((a, audit_count(session, a)) for a in
                                ("shelf.add", "rack.add", "box.add"))] == [
        ("shelf.add", 1), ("rack.add", 1), ("box.add", 2)]


@pytest.mark.parametrize(("call", "error", "message"), [
    (lambda s: layout.add_shelf(s, "F1", "S1"), Conflict, "already has a shelf S1"),
    (lambda s: layout.add_rack(s, "F1/S1", "R4"), Conflict, "already has a rack R4"),
    (lambda s: layout.add_box(s, "F1/S1/R1", "serum", code="B2"), Conflict,
     "already has a box B2"),
    (lambda s: layout.add_shelf(s, "F9"), NotFound, "no freezer F9"),
    (lambda s: layout.add_rack(s, "F1/S9"), NotFound, "no shelf at F1/S9"),
    (lambda s: layout.add_box(s, "F1/S1/R9", "serum"), NotFound, "no rack at F1/S1/R9"),
    (lambda s: layout.add_rack(s, "F1"), UserError, "is not a shelf path"),
    (lambda s: layout.add_box(s, "F1/S1", "serum"), UserError, "is not a rack path"),
    (lambda s: layout.add_box(s, "F1/S1/R1", "plasma"), UserError, "must be serum or buffy"),
    (lambda s: layout.add_box(s, "F1/S1/R1", "serum", rows=27), UserError, "box rows"),
    (lambda s: layout.add_box(s, "F1/S1/R1", "serum", cols=0), UserError, "box columns"),
    (lambda s: layout.add_shelf(s, "F1", "bad code!"), UserError, "must be 1-16 letters"),
    (lambda s: layout.add_rack(s, "F1/S1", ""), UserError, "must be 1-16 letters"),
])
def test_refused_additions_write_nothing(session: Session, call, error: type[Exception],  # type: ignore[no-untyped-def]
                                         message: str) -> None:
    before = dump(session)
    with pytest.raises(error, match=message):
        call(session)
    assert dump(session) == before


def test_a_nurse_may_not_change_the_layout_a_technician_may(session: Session) -> None:
    nurse = as_user(session, "nina", "nurse")
    before = dump(session)
    with pytest.raises(PermissionDenied):
        layout.add_box(nurse, "F1/S1/R1", "serum")
    assert dump(session) == before
    tech = as_user(session, "tom", "technician")
    assert layout.add_rack(tech, "F1/S2") == "F1/S2/R5"


def test_the_allocator_finds_a_box_added_later(session: Session) -> None:
    """A serum box added to a freezer that sorts first in fill order (A0 before F1) takes the
    next draw: its free-position count exists from the start."""
    storage.add_freezer(session, storage.Layout(code="A0", name="Bench", shelves=1,
                                                racks_per_shelf=1, boxes_per_rack=1,
                                                rack_box_types=("buffy",)))
    participant = enrolment.enrol(session, enrolment.Enrolment(
        cohort="SAD", site="ARA", enrolled_on=date(2026, 11, 10), diagnosis="SLE"))
    shown = collection.preview(session, participant.code, "BASELINE")
    assert {loc.box_path for _plan, loc in shown if loc} == {"F1/S1/R1/B1"}
    box = layout.add_box(session, "A0/S1/R1", "serum", rows=2, cols=4)
    assert box.path == "A0/S1/R1/B2"
    shown = collection.preview(session, participant.code, "BASELINE")
    assert [loc.path for _plan, loc in shown if loc] == [
        f"A0/S1/R1/B2/{p}" for p in ("A1", "A2", "A3", "A4", "B1", "B2")]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(code=st.text(min_size=0, max_size=20))
def test_any_code_is_either_added_or_refused_with_one_message(session: Session,
                                                              code: str) -> None:
    before = audit_count(session, "rack.add")
    try:
        path = layout.add_rack(session, "F1/S5", code)
    except UserError as exc:
        assert "\n" not in str(exc)
        assert audit_count(session, "rack.add") == before
        return
    assert path == f"F1/S5/{code.strip()}"
    assert audit_count(session, "rack.add") == before + 1


# -- the command line: `biotrack storage add-shelf | add-rack | add-box` ---------------------------


def test_the_command_line_adds_parts(session: Session, db_path_of_session: Path,
                                     monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BIOTRACK_USER", "admin")
    monkeypatch.setenv("BIOTRACK_PASSWORD", MANAGER_PASSWORD)
    base = ["--db", str(db_path_of_session), "storage"]
    assert cli.main([*base, "add-shelf", "F1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"shelf": "F1/S6"}
    assert cli.main([*base, "add-rack", "F1/S6"]) == 0
    assert "Rack F1/S6/R1 added" in capsys.readouterr().out
    assert cli.main([*base, "add-box", "F1/S6/R1", "--type", "buffy", "--rows", "5",
                     "--cols", "5", "--code", "BX", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "box": "F1/S6/R1/BX", "box_type": "buffy", "rows": 5, "columns": 5, "capacity": 25}
    before = dump(session)
    assert cli.main([*base, "add-box", "F1/S6/R1", "--type", "buffy", "--code", "BX"]) == 2
    err = capsys.readouterr().err
    assert "already has a box BX" in err and len(err.strip().splitlines()) == 1
    assert cli.main([*base, "add-box", "F1/S6/R1", "--type", "serum", "--rows", "x"]) == 2
    assert "--rows must be a whole number" in capsys.readouterr().err
    assert dump(session) == before


@pytest.fixture
def db_path_of_session(session: Session, tmp_path: Path) -> Path:
    """The file behind the ``session`` fixture (tests/factories.new_session)."""
    path = tmp_path / "test.db"
    assert path.exists()
    return path
