"""Registering a draw (SPEC.md section 4.3; issue "The core", points 4 and 5).

Real service calls on a real database file (the ``session`` fixture: fixed clock
2026-11-25 12:00 UTC). Each test states one rule: the aliquots the protocol asks for, short
draws, one collection per visit, all-or-nothing, positions kept together in fill order, never
refused for lack of a box, barcodes, SPREC.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biotrack.barcodes import parse_barcode
from biotrack.errors import Conflict, Message, UserError
from biotrack.models import Aliquot, Participant
from biotrack.protocol import Protocol, load_protocol
from biotrack.services import collection, enrolment, setup, storage
from biotrack.services.collection import Draw, Registered
from biotrack.services.context import Session
from tests.factories import MANAGER_PASSWORD, fixed_clock

ENROLLED = date(2026, 5, 4)
SERUM_BUFFY = {"serum": 6, "buffy_coat": 1, "buffy_coat_rnalater": 1}


# -- helpers -------------------------------------------------------------------------------------


def dump(session: Session) -> str:
    return "\n".join(session.db.conn.iterdump())


def enrol_ici(session: Session, site: str = "NAV", on: date = ENROLLED,
              regimen: str = "pembrolizumab-q3w") -> Participant:
    return enrolment.enrol(session, enrolment.Enrolment(
        cohort="ICI", site=site, enrolled_on=on, regimen=regimen, sex="F", birth_year=1960,
        diagnosis="Melanoma"))


def enrol_sad(session: Session, site: str = "ARA", on: date = ENROLLED) -> Participant:
    return enrolment.enrol(session, enrolment.Enrolment(
        cohort="SAD", site=site, enrolled_on=on, diagnosis="Systemic lupus erythematosus"))


def target(session: Session, code: str, visit: str) -> date:
    participant = enrolment.get_participant(session, code)
    return enrolment.get_visit(session, participant, visit).target_date


def on_time(day: date, *, drawn: time = time(9, 0), centrifuge_after: int = 45,
            freeze_after: int = 90, **changes: object) -> Draw:
    """A draw on ``day`` processed well within the protocol's limits."""
    drawn_at = datetime.combine(day, drawn)
    draw = Draw(drawn_at=drawn_at, received_at=drawn_at + timedelta(minutes=20),
                centrifuged_at=drawn_at + timedelta(minutes=centrifuge_after),
                frozen_at=drawn_at + timedelta(minutes=freeze_after),
                drawn_by="nurse A", processed_by="tech B")
    return dataclasses.replace(draw, **changes)  # type: ignore[arg-type]


def collect(session: Session, code: str, visit: str, **changes: object) -> Registered:
    """Register the visit's draw on its target date."""
    return collection.register(session, code, visit, on_time(target(session, code, visit),
                                                             **changes))


def types_of(aliquots: tuple[Aliquot, ...] | list[Aliquot]) -> Counter[str]:
    return Counter(a.sample_type for a in aliquots)


def audit_count(session: Session, action: str) -> int:
    return int(session.db.execute("SELECT count(*) FROM audit_event WHERE action = ?",
                                  [action]).fetchone()[0])


def tiny_session(tmp_path: Path, *, rows: int = 2, cols: int = 4) -> Session:
    """A database whose only freezer holds one serum box and one buffy box of rows x cols."""
    protocol = load_protocol()
    tiny = dataclasses.replace(protocol, storage=dataclasses.replace(
        protocol.storage, shelves=1, racks_per_shelf=2, boxes_per_rack=1,
        rack_box_types=("serum", "buffy"), box_rows=rows, box_columns=cols))
    session = setup.initialise(tmp_path / "tiny.db", tiny, "admin", MANAGER_PASSWORD)
    session.clock = fixed_clock()
    return session


# -- what a collection gives ---------------------------------------------------------------------


def test_aliquots_per_cycle_visit(session: Session) -> None:
    """V1, V5 and V7 give 6 serum + 2 buffy coat (one in RNAlater); the others 6 serum."""
    participant = enrol_ici(session)
    got = {}
    for visit in ("V1", "V2", "V3", "V4", "V5", "V6", "V7"):
        result = collect(session, participant.code, visit)
        assert result.warnings == ()
        got[visit] = types_of(result.collection.aliquots)
    serum_only = Counter({"serum": 6})
    assert got == {"V1": Counter(SERUM_BUFFY), "V2": serum_only, "V3": serum_only,
                   "V4": serum_only, "V5": Counter(SERUM_BUFFY), "V6": serum_only,
                   "V7": Counter(SERUM_BUFFY)}
    stored = session.db.execute("SELECT count(*) FROM aliquot").fetchone()[0]
    assert stored == 3 * 8 + 4 * 6


def test_each_aliquot_has_number_volume_and_status(session: Session) -> None:
    participant = enrol_ici(session)
    c = collect(session, participant.code, "V1").collection
    serum = [a for a in c.aliquots if a.sample_type == "serum"]
    assert [(a.number, a.of_count) for a in serum] == [(n, 6) for n in range(1, 7)]
    assert {a.volume_ul for a in c.aliquots} == {500}
    assert {a.status for a in c.aliquots} == {"in_storage"}
    assert {(a.code, a.visit) for a in c.aliquots} == {(participant.code, "V1")}
    assert all(a.thaw_count == 0 for a in c.aliquots)
    assert c.drawn_at == datetime.combine(ENROLLED, time(9, 0))
    assert c.expected_aliquots == 8
    visit = enrolment.get_visit(session, participant, "V1")
    assert visit.status == "collected"


def test_irae_visit_gives_six_serum(session: Session) -> None:
    participant = enrol_ici(session)
    visit = enrolment.record_irae(session, participant.code, ENROLLED + timedelta(days=30),
                                  "Colitis / diarrhoea", 2)
    assert visit.code == "IRAE-1"
    result = collect(session, participant.code, "IRAE-1")
    assert types_of(result.collection.aliquots) == Counter({"serum": 6})


def test_sad_baseline_gives_six_serum(session: Session) -> None:
    participant = enrol_sad(session)
    result = collect(session, participant.code, "BASELINE")
    assert types_of(result.collection.aliquots) == Counter({"serum": 6})
    assert result.collection.aliquots[0].sprec.startswith("SER-SST-")


def test_expected_aliquots_follow_the_protocol(session: Session) -> None:
    participant = enrol_ici(session)
    v1 = enrolment.get_visit(session, participant, "V1")
    planned = collection.expected_aliquots(session, v1)
    assert [(p.sample_type, p.number, p.of_count) for p in planned] == [
        *[("serum", n, 6) for n in range(1, 7)], ("buffy_coat", 1, 1),
        ("buffy_coat_rnalater", 1, 1)]


# -- short draws and refused counts --------------------------------------------------------------


def test_short_draw_lowers_counts_and_records_a_deviation(session: Session) -> None:
    participant = enrol_ici(session)
    result = collect(session, participant.code, "V1",
                     counts={"serum": 4, "buffy_coat_rnalater": 0})
    c = result.collection
    assert types_of(c.aliquots) == Counter({"serum": 4, "buffy_coat": 1})
    assert [(a.number, a.of_count) for a in c.aliquots if a.sample_type == "serum"] == [
        (1, 4), (2, 4), (3, 4), (4, 4)]
    assert "short draw: 4 of 6 serum" in c.deviations
    assert "short draw: 0 of 1 buffy coat rnalater" in c.deviations
    assert any("short draw" in str(w) for w in result.warnings)
    # The id rides along for the screen (ui/value_labels.message_on_screen), unused in English.
    assert {w.fields.get("sample_type") for w in result.warnings
            if "short draw" in str(w)} >= {"serum", "buffy_coat_rnalater"}
    assert c.expected_aliquots == 5
    # The deviation is stored, not only returned.
    again = collection.get_collection(session, c.id)
    assert again.deviations == c.deviations


@pytest.mark.parametrize("counts", [
    {"serum": 7},
    {"buffy_coat": 2},
    {"serum": -1},
    {"plasma": 1},
    {"serum": 0, "buffy_coat": 0, "buffy_coat_rnalater": 0},
])
def test_counts_outside_the_protocol_are_refused(session: Session, counts: dict[str, int]
                                                 ) -> None:
    participant = enrol_ici(session)
    before = dump(session)
    with pytest.raises(UserError):
        collect(session, participant.code, "V1", counts=counts)
    assert dump(session) == before


def test_buffy_coat_counts_at_a_serum_only_visit_are_refused(session: Session) -> None:
    participant = enrol_ici(session)
    collect(session, participant.code, "V1")
    with pytest.raises(UserError, match="no buffy coat"):
        collect(session, participant.code, "V2", counts={"buffy_coat": 1})


def test_typed_deviations_are_kept(session: Session) -> None:
    participant = enrol_ici(session)
    c = collect(session, participant.code, "V1",
                deviations=("haemolysed", "haemolysed", "  ")).collection
    assert c.deviations == ("haemolysed",)


# -- one collection per visit; all or nothing ----------------------------------------------------


def test_a_second_registration_is_refused_and_writes_nothing(session: Session) -> None:
    participant = enrol_ici(session)
    collect(session, participant.code, "V1")
    before = dump(session)
    with pytest.raises(Conflict, match="already collected"):
        collection.register(session, participant.code, "V1",
                            on_time(ENROLLED + timedelta(days=1)))
    assert dump(session) == before


def test_a_failure_half_way_leaves_nothing_behind(session: Session,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    participant = enrol_ici(session)
    before = dump(session)

    def broken(db: object, values: object) -> None:
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(collection.repo, "insert_aliquots", broken)
    with pytest.raises(RuntimeError):
        collect(session, participant.code, "V1")
    assert dump(session) == before
    monkeypatch.undo()
    # ... and the visit can still be registered afterwards, with the first barcodes.
    c = collect(session, participant.code, "V1").collection
    assert [parse_barcode(a.barcode) for a in c.aliquots] == list(range(1, 9))


@pytest.mark.parametrize(("field", "value", "message"), [
    ("drawn_at", datetime(2026, 11, 26, 9, 0), "future"),
    ("drawn_at", datetime(2026, 5, 1, 9, 0), "before enrolment"),
    ("centrifuged_at", datetime.combine(ENROLLED, time(8, 0)), "before"),
    ("frozen_at", datetime.combine(ENROLLED, time(9, 0)) + timedelta(days=8), "7 days"),
])
def test_impossible_times_are_refused(session: Session, field: str, value: datetime,
                                      message: str) -> None:
    participant = enrol_ici(session)
    before = dump(session)
    with pytest.raises(UserError, match=message):
        collect(session, participant.code, "V1", **{field: value})
    assert dump(session) == before


def test_unknown_participant_and_visit(session: Session) -> None:
    participant = enrol_ici(session)
    with pytest.raises(UserError, match="unknown participant"):
        collection.register(session, "IA-NAV-999", "V1", on_time(ENROLLED))
    with pytest.raises(UserError, match="no visit 'V9'"):
        collection.register(session, participant.code, "V9", on_time(ENROLLED))


def test_a_draw_out_of_window_is_registered_with_a_deviation(session: Session) -> None:
    participant = enrol_ici(session)
    result = collection.register(session, participant.code, "V1",
                                 on_time(ENROLLED + timedelta(days=5)))
    assert any("out of window" in d for d in result.collection.deviations)
    assert any("out of window" in str(w) for w in result.warnings)


def test_warnings_are_messages_english_as_before_and_stored_in_english(session: Session) -> None:
    """Each warning is a marked template with its fields (translated where it is shown);
    its English is the sentence it always was, and that English is what is stored."""
    participant = enrol_ici(session)  # first dose = enrolment day
    result = collection.register(session, participant.code, "V1", on_time(
        ENROLLED + timedelta(days=5), centrifuge_after=180, freeze_after=300,
        counts={"serum": 4, "buffy_coat_rnalater": 0}))
    visit = enrolment.get_visit(session, participant, "V1")
    window = f"{visit.window_start.isoformat()} to {visit.window_end.isoformat()}"
    assert all(isinstance(w, Message) for w in result.warnings)
    assert [(w.template, str(w)) for w in result.warnings] == [
        ("short draw: {got} of {count} {sample}", "short draw: 4 of 6 serum"),
        ("short draw: {got} of {count} {sample}", "short draw: 0 of 1 buffy coat rnalater"),
        ("baseline drawn after the first ICI dose ({date})",
         "baseline drawn after the first ICI dose (2026-05-04)"),
        ("drawn out of window ({start} to {end})", f"drawn out of window ({window})"),
        ("{minutes} min from draw to centrifugation (limit {limit})",
         "180 min from draw to centrifugation (limit 120)"),
        ("{minutes} min from draw to freezing (limit {limit})",
         "300 min from draw to freezing (limit 240)"),
    ]
    stored = collection.get_collection(session, result.collection.id).deviations
    assert list(stored) == [str(w) for w in result.warnings]
    # In another language the template is looked up and the same fields filled in.
    spanish = {"short draw: {got} of {count} {sample}": "extracción corta: {got} de {count} "
               "{sample}"}
    assert result.warnings[0].text(lambda _context, text: spanish.get(text, text)) == (
        "extracción corta: 4 de 6 serum")


# -- positions -----------------------------------------------------------------------------------


def test_boxes_fill_in_order_and_buffy_goes_to_a_buffy_box(session: Session) -> None:
    participant = enrol_ici(session)
    v1 = collect(session, participant.code, "V1").collection
    paths = {(a.sample_type, a.number): a.location.path for a in v1.aliquots if a.location}
    assert [paths["serum", n] for n in range(1, 7)] == [
        f"F1/S1/R1/B1/A{n}" for n in range(1, 7)]
    # Rack 4 of each shelf holds the buffy-coat boxes.
    assert paths["buffy_coat", 1] == "F1/S1/R4/B1/A1"
    assert paths["buffy_coat_rnalater", 1] == "F1/S1/R4/B1/A2"

    v2 = collect(session, participant.code, "V2").collection
    assert [a.location.path for a in v2.aliquots if a.location] == [
        "F1/S1/R1/B1/A7", "F1/S1/R1/B1/A8", "F1/S1/R1/B1/A9",
        "F1/S1/R1/B1/B1", "F1/S1/R1/B1/B2", "F1/S1/R1/B1/B3"]
    # Every placement is also a movement row (the inventory's history).
    placed = session.db.execute("SELECT count(*) FROM movement WHERE action = 'placed'"
                                ).fetchone()[0]
    assert placed == 14


def test_a_collection_is_kept_together_in_the_first_box_with_room(session: Session) -> None:
    # A small freezer whose code sorts before F1, so its boxes come first in fill order.
    storage.add_freezer(session, storage.Layout(
        code="A0", name="Bench freezer", shelves=1, racks_per_shelf=2, boxes_per_rack=2,
        rack_box_types=("serum", "buffy"), box_rows=2, box_cols=4))
    participant = enrol_ici(session)
    v1 = collect(session, participant.code, "V1").collection
    v2 = collect(session, participant.code, "V2").collection
    v3 = collect(session, participant.code, "V3").collection

    def boxes_of(aliquots: tuple[Aliquot, ...], sample_type: str) -> set[str]:
        return {a.location.box_path for a in aliquots
                if a.location and a.sample_type.startswith(sample_type)}

    assert boxes_of(v1.aliquots, "serum") == {"A0/S1/R1/B1"}  # 6 of 8, 2 left
    assert boxes_of(v1.aliquots, "buffy") == {"A0/S1/R2/B1"}
    # 2 left in B1 is not room for 6: the whole collection goes to the next box ...
    assert boxes_of(v2.aliquots, "serum") == {"A0/S1/R1/B2"}
    # ... and when no small box has room, to the first big one, not split over the gaps.
    assert boxes_of(v3.aliquots, "serum") == {"F1/S1/R1/B1"}
    assert [a.location.position for a in v3.aliquots if a.location] == [
        "A1", "A2", "A3", "A4", "A5", "A6"]


def test_a_full_freezer_never_refuses_a_draw(tmp_path: Path) -> None:
    session = tiny_session(tmp_path)  # one serum box and one buffy box of 8 positions
    try:
        participant = enrol_ici(session)
        v1 = collect(session, participant.code, "V1")
        assert all(a.location is not None for a in v1.collection.aliquots)
        assert v1.warnings == ()

        # 2 serum positions left for 6 aliquots: they spill, the rest wait unplaced.
        v2 = collect(session, participant.code, "V2")
        placed = [a for a in v2.collection.aliquots if a.location is not None]
        unplaced = [a for a in v2.collection.aliquots if a.location is None]
        assert [a.location.path for a in placed if a.location] == [
            "F1/S1/R1/B1/B3", "F1/S1/R1/B1/B4"]
        assert len(unplaced) == 4
        assert {a.status for a in unplaced} == {"unplaced"}
        assert any("4 aliquot(s) could not be placed" in str(w) for w in v2.warnings)

        # Nothing left at all: still registered, every aliquot unplaced, visit collected.
        v3 = collect(session, participant.code, "V3")
        assert len(v3.collection.aliquots) == 6
        assert {a.status for a in v3.collection.aliquots} == {"unplaced"}
        assert enrolment.get_visit(session, participant, "V3").status == "collected"
        assert audit_count(session, "collection.register") == 3

        # A new box takes the waiting tubes.
        storage.add_freezer(session, storage.Layout(
            code="F2", name="Freezer 2", shelves=1, racks_per_shelf=1, boxes_per_rack=1,
            rack_box_types=("serum",)))
        moved = storage.move(session, unplaced[0].barcode, "F2/S1/R1/B1/A1")
        assert moved.status == "in_storage"
        assert moved.location is not None and moved.location.path == "F2/S1/R1/B1/A1"
    finally:
        session.db.close()


# -- barcodes and SPREC --------------------------------------------------------------------------


def test_barcodes_are_unique_valid_and_never_reused(session: Session) -> None:
    participant = enrol_ici(session)
    other = enrol_sad(session)
    first = collect(session, participant.code, "V1").collection
    storage.finish(session, [first.aliquots[0].barcode], "discard", "dropped on the floor")
    second = collect(session, other.code, "BASELINE").collection
    third = collect(session, participant.code, "V2").collection
    barcodes = [a.barcode for c in (first, second, third) for a in c.aliquots]
    assert len(barcodes) == len(set(barcodes)) == 20
    serials = [parse_barcode(b) for b in barcodes]  # raises for any invalid one
    assert serials == list(range(1, 21)), "serials follow the counter; the discarded one is gone"
    stored = {row[0] for row in session.db.execute("SELECT barcode FROM aliquot")}
    assert stored == set(barcodes)


def test_sprec_and_quality_flag_from_the_times(session: Session) -> None:
    participant = enrol_ici(session)
    prompt = collect(session, participant.code, "V1", centrifuge_after=60, freeze_after=90)
    assert {a.sprec for a in prompt.collection.aliquots if a.sample_type == "serum"} == {
        "SER-SST-A-B-N-A-D"}
    assert {a.sprec for a in prompt.collection.aliquots if a.sample_type != "serum"} == {
        "BFF-PED-A-B-N-A-D"}
    assert prompt.collection.deviations == ()

    # Centrifuged 3 h after the draw: another pre-centrifugation letter and a quality flag.
    late = collect(session, participant.code, "V2", centrifuge_after=180, freeze_after=210)
    assert {a.sprec for a in late.collection.aliquots} == {"SER-SST-C-B-N-A-D"}
    flag = "180 min from draw to centrifugation (limit 120)"
    assert flag in late.collection.deviations
    assert flag in [str(w) for w in late.warnings]


def test_unknown_times_give_unknown_sprec_letters(session: Session) -> None:
    participant = enrol_ici(session)
    draw = Draw(drawn_at=datetime.combine(ENROLLED, time(9, 0)))
    c = collection.register(session, participant.code, "V1", draw).collection
    assert {a.sprec for a in c.aliquots if a.sample_type == "serum"} == {"SER-SST-X-B-N-X-D"}


# -- audit ---------------------------------------------------------------------------------------


def test_a_registration_is_audited_in_its_transaction(session: Session) -> None:
    participant = enrol_ici(session)
    collect(session, participant.code, "V1")
    assert audit_count(session, "collection.register") == 1
    assert audit_count(session, "aliquot.create") == 8
    row = session.db.execute(
        "SELECT username, record_id FROM audit_event WHERE action = 'collection.register'"
    ).fetchone()
    assert row[0] == "admin"


def test_a_nurse_may_register_a_collection(session: Session) -> None:
    from tests.factories import as_user

    participant = enrol_ici(session)
    nurse = as_user(session, "nina", "nurse")
    result = collect(nurse, participant.code, "V1")
    assert len(result.collection.aliquots) == 8
    user = session.db.execute(
        "SELECT username FROM audit_event WHERE action = 'collection.register'").fetchone()
    assert user == ("nina",)


def test_fixture_protocol_is_the_default(session: Session) -> None:
    """Guard: these tests assume the default protocol's layout (F1, racks 1-3 serum, 4 buffy)."""
    protocol: Protocol = session.protocol
    assert protocol.storage.rack_box_types == ("serum", "serum", "serum", "buffy")
    assert protocol.storage.freezer_code == "F1"


# -- positions chosen by the technician ------------------------------------------------------------


def test_chosen_positions_overrule_the_proposal(session: Session) -> None:
    participant = enrol_ici(session)
    day = target(session, participant.code, "V1")
    chosen = {("serum", 2): "F1/S1/R2/B1/C5", ("buffy_coat", 1): "F1/S2/R4/B3/I9"}
    shown = collection.preview(session, participant.code, "V1", positions=chosen)
    result = collection.register(session, participant.code, "V1", on_time(day),
                                 positions=chosen)
    stored = {(a.sample_type, a.number): a.location.path
              for a in result.collection.aliquots if a.location}
    assert stored == {(p.sample_type, p.number): loc.path for p, loc in shown if loc}
    assert stored["serum", 2] == "F1/S1/R2/B1/C5"
    assert stored["buffy_coat", 1] == "F1/S2/R4/B3/I9"
    # The others keep the allocator's proposal (serum 2's proposed A2 stays empty).
    assert [stored["serum", n] for n in (1, 3, 4, 5, 6)] == [
        f"F1/S1/R1/B1/A{n}" for n in (1, 3, 4, 5, 6)]
    assert stored["buffy_coat_rnalater", 1] == "F1/S1/R4/B1/A2"
    assert storage.box_contents(session, storage.find_box(session, "F1/S1/R2/B1"))[0][
        "position"] == "C5"
    event = session.db.execute("SELECT after FROM audit_event WHERE action = "
                               "'collection.register'").fetchone()[0]
    assert "positions_chosen" in event and "F1/S1/R2/B1/C5" in event


def test_a_case_insensitive_path_and_a_swap_are_accepted(session: Session) -> None:
    participant = enrol_ici(session)
    swap = {("serum", 1): "F1/S1/R1/B1/a2", ("serum", 2): "F1/S1/R1/B1/A1"}
    result = collection.register(session, participant.code, "V1",
                                 on_time(target(session, participant.code, "V1")),
                                 positions=swap)
    where = {(a.sample_type, a.number): a.location.position
             for a in result.collection.aliquots if a.location}
    assert (where["serum", 1], where["serum", 2]) == ("A2", "A1")


@pytest.mark.parametrize(("chosen", "error", "message"), [
    ({("serum", 1): "F1/S1/R4/B1/E5"}, Conflict, "takes buffy tubes, not serum 1"),
    ({("buffy_coat", 1): "F1/S1/R1/B2/A1"}, Conflict, "takes serum tubes, not buffy coat 1"),
    ({("serum", 1): "F1/S1/R1/B1/A1"}, Conflict, "already holds"),
    ({("serum", 1): "F1/S1/R2/B1/B2", ("serum", 3): "F1/S1/R2/B1/B2"}, UserError,
     "cannot both go to F1/S1/R2/B1/B2"),
    # serum 4 of the second draw is proposed at B1 (the first draw holds A1..A6).
    ({("serum", 1): "F1/S1/R1/B1/B1"}, UserError,
     "serum 1 and serum 4 would both go to F1/S1/R1/B1/B1"),
    ({("serum", 7): "F1/S1/R2/B1/B2"}, UserError, "serum 7 is not an aliquot of this draw"),
    ({("serum", 1): "F1/S1/R2/B1/K1"}, UserError, "outside box"),
    ({("serum", 1): "F1/S1/R2/B9/A1"}, UserError, "no box at"),
    ({("serum", 1): "nowhere"}, UserError, "is not a position path"),
])
def test_a_refused_choice_writes_nothing(session: Session, chosen: dict[tuple[str, int], str],
                                         error: type[Exception], message: str) -> None:
    first = enrol_ici(session)
    collect(session, first.code, "V1")  # F1/S1/R1/B1/A1..A6 and F1/S1/R4/B1/A1..A2 taken
    second = enrol_ici(session)
    before = dump(session)
    with pytest.raises(error, match=message):
        collection.preview(session, second.code, "V1", positions=chosen)
    with pytest.raises(error, match=message):
        collection.register(session, second.code, "V1",
                            on_time(target(session, second.code, "V1")), positions=chosen)
    assert dump(session) == before


def test_a_reserved_position_of_a_checked_out_tube_is_not_free(session: Session) -> None:
    first = enrol_ici(session)
    v1 = collect(session, first.code, "V1").collection
    out = next(a for a in v1.aliquots if a.sample_type == "serum" and a.number == 6)
    storage.check_out(session, [out.barcode], "assay")
    second = enrol_ici(session)
    with pytest.raises(Conflict, match=f"already holds {out.barcode}"):
        collection.preview(session, second.code, "V1",
                           positions={("serum", 1): "F1/S1/R1/B1/A6"})


def test_a_chosen_position_taken_meanwhile_is_refused_inside_the_transaction(
        session: Session) -> None:
    """Two benches choose the same free position: the second registration is refused."""
    first, second = enrol_ici(session), enrol_ici(session)
    chosen = {("serum", 1): "F1/S3/R1/B1/E5"}
    collection.preview(session, second.code, "V1", positions=chosen)  # still free here
    collection.register(session, first.code, "V1", on_time(target(session, first.code, "V1")),
                        positions=chosen)
    before = dump(session)
    with pytest.raises(Conflict, match="F1/S3/R1/B1/E5 already holds"):
        collection.register(session, second.code, "V1",
                            on_time(target(session, second.code, "V1")), positions=chosen)
    assert dump(session) == before


_POSITIONS = st.dictionaries(
    st.tuples(st.sampled_from(["serum", "buffy_coat"]), st.integers(1, 7)),
    st.tuples(st.sampled_from(["F1/S1/R1/B1", "F1/S1/R4/B1"]), st.sampled_from("ABJ"),
              st.integers(1, 10)).map(lambda t: f"{t[0]}/{t[1]}{t[2]}"),
    max_size=4)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chosen=_POSITIONS)
def test_any_choice_is_stored_exactly_or_refused_whole(session: Session,
                                                       chosen: dict[tuple[str, int], str]
                                                       ) -> None:
    participant = enrol_ici(session)
    before = dump(session)
    try:
        result = collection.register(session, participant.code, "V1",
                                     on_time(target(session, participant.code, "V1")),
                                     positions=chosen)
    except UserError as exc:
        assert "\n" not in str(exc)
        assert dump(session) == before
        return
    where = {(a.sample_type, a.number): a.location.path
             for a in result.collection.aliquots if a.location}
    for key, path in chosen.items():
        assert where[key] == path
    assert len(set(where.values())) == len(where)  # never two tubes in one position
