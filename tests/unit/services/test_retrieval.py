"""Retrieval pull lists (issue 7, point 7): criteria, the last-aliquot rule, pull order, picking.

Real service calls on a real database file (``session`` fixture: fixed clock 2026-11-25 12:00
UTC). The stock: IA-NAV-001 (ICI) with V1, V2, V5 and IRAE-1 collected, IA-ARA-001 (ICI) with
V1, IA-ARA-002 (SAD) with BASELINE and FLARE-1. The property test at the end checks the
last-aliquot rule over random stocks and random criteria.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biotrack.barcodes import BadBarcode
from biotrack.errors import Conflict, NotFound, PermissionDenied, UserError
from biotrack.services import collection, enrolment, retrieval, storage
from biotrack.services.collection import Draw
from biotrack.services.context import Session
from biotrack.services.retrieval import Criteria, PullList, criteria
from tests.factories import as_user, new_session

ENROLLED = date(2026, 5, 4)


# -- the stock ---------------------------------------------------------------------------------


def _draw(day: date) -> Draw:
    drawn = datetime.combine(day, time(9, 0))
    return Draw(drawn_at=drawn, centrifuged_at=drawn + timedelta(minutes=40),
                frozen_at=drawn + timedelta(minutes=80))


def _collect(session: Session, code: str, visit: str) -> None:
    participant = enrolment.get_participant(session, code)
    day = enrolment.get_visit(session, participant, visit).target_date
    collection.register(session, code, visit, _draw(day))


def build_stock(session: Session) -> None:
    nav = enrolment.enrol(session, enrolment.Enrolment(
        cohort="ICI", site="NAV", enrolled_on=ENROLLED, regimen="pembrolizumab-q3w")).code
    for visit in ("V1", "V2", "V5"):
        _collect(session, nav, visit)
    enrolment.record_irae(session, nav, ENROLLED + timedelta(days=30), "Colitis / diarrhoea", 2)
    _collect(session, nav, "IRAE-1")
    ara = enrolment.enrol(session, enrolment.Enrolment(
        cohort="ICI", site="ARA", enrolled_on=ENROLLED, regimen="nivolumab-q2w")).code
    _collect(session, ara, "V1")
    sad = enrolment.enrol(session, enrolment.Enrolment(
        cohort="SAD", site="ARA", enrolled_on=ENROLLED,
        diagnosis="Systemic lupus erythematosus")).code
    _collect(session, sad, "BASELINE")
    enrolment.record_event(session, sad, "flare", ENROLLED + timedelta(days=60))
    _collect(session, sad, "FLARE-1")


@pytest.fixture
def stock(session: Session) -> Session:
    build_stock(session)
    return session


def dump(session: Session) -> str:
    return "\n".join(session.db.conn.iterdump())


def audit(session: Session, action: str) -> list[dict[str, Any]]:
    cursor = session.db.execute(
        "SELECT record_id, reason, after FROM audit_event WHERE action = ? ORDER BY id",
        [action])
    return [dict(zip(("record_id", "reason", "after"), row, strict=True)) for row in cursor]


def barcodes_of(session: Session, code: str, visit: str, sample_type: str = "serum"
                ) -> list[str]:
    return [str(r[0]) for r in session.db.execute(
        "SELECT a.barcode FROM aliquot a JOIN collection c ON c.id = a.collection_id"
        " JOIN visit v ON v.id = c.visit_id JOIN participant p ON p.id = v.participant_id"
        " WHERE p.code = ? AND v.code = ? AND a.sample_type = ? ORDER BY a.number",
        [code, visit, sample_type])]


def what(tubes: Any) -> list[tuple[str, str, str, int]]:
    return [(t.code, t.visit, t.sample_type, t.number) for t in tubes]


# -- criteria ------------------------------------------------------------------------------------


def test_the_interferon_batch_serum_1_of_v1_v5_and_irae_visits_of_the_ici_cohort(
        stock: Session) -> None:
    result = retrieval.preview(stock, criteria(cohorts="ICI", visits="V1,V5", kinds="irae",
                                               sample_types="serum", numbers="1"))
    assert sorted(what(result.tubes)) == [
        ("IA-ARA-001", "V1", "serum", 1), ("IA-NAV-001", "IRAE-1", "serum", 1),
        ("IA-NAV-001", "V1", "serum", 1), ("IA-NAV-001", "V5", "serum", 1)]
    assert result.skipped_last == () and result.skipped_on_list == ()
    assert result.criteria == Criteria(cohorts=("ICI",), visits=("V1", "V5"), kinds=("irae",),
                                       sample_types=("serum",), numbers=(1,))


def test_each_criterion_narrows_the_selection(stock: Session) -> None:
    def picked(**wanted: Any) -> Counter[tuple[str, str]]:
        return Counter((t.code, t.visit) for t in retrieval.preview(
            stock, criteria(**wanted), allow_last=True).tubes)

    assert picked(cohorts="SAD") == {("IA-ARA-002", "BASELINE"): 6, ("IA-ARA-002", "FLARE-1"): 6}
    assert picked(sites="NAV", sample_types="BC") == {("IA-NAV-001", "V1"): 1,
                                                      ("IA-NAV-001", "V5"): 1}
    assert picked(kinds="flare,baseline") == {("IA-ARA-002", "BASELINE"): 6,
                                              ("IA-ARA-002", "FLARE-1"): 6}
    assert picked(participants=["ia-ara-001"], numbers=[1, 2]) == {("IA-ARA-001", "V1"): 4}
    assert picked(visits="v2", numbers="3; 4") == {("IA-NAV-001", "V2"): 2}
    assert picked(sample_types="Buffy coat in RNAlater") == {
        ("IA-NAV-001", "V1"): 1, ("IA-NAV-001", "V5"): 1, ("IA-ARA-001", "V1"): 1}


def test_tubes_out_of_the_freezer_are_not_selected(stock: Session) -> None:
    first, second = barcodes_of(stock, "IA-NAV-001", "V2")[:2]
    storage.check_out(stock, [first], "assay")
    storage.finish(stock, [second], "consume", None)
    chosen = retrieval.preview(stock, criteria(visits="V2", participants="IA-NAV-001"),
                               allow_last=True)
    assert [t.number for t in chosen.tubes] == [3, 4, 5, 6]


@pytest.mark.parametrize(("wanted", "message"), [
    (Criteria(), "at least one criterion"),
    (Criteria(cohorts=("XYZ",)), "unknown cohort 'XYZ'"),
    (Criteria(sites=("ZZZ",)), "unknown site 'ZZZ'"),
    (Criteria(kinds=("party",)), "unknown visit kind 'party'"),
    (Criteria(visits=("V99",)), "'V99' is not a visit code"),
    (Criteria(sample_types=("plasma",)), "unknown sample type 'plasma'"),
    (Criteria(numbers=(0,)), "aliquot number 0 is out of range"),
    (Criteria(participants=("IA-NAV-999",)), "no participant with code IA-NAV-999"),
])
def test_unknown_criteria_are_refused_with_one_clear_message(
        stock: Session, wanted: Criteria, message: str) -> None:
    with pytest.raises(UserError, match=message):
        retrieval.preview(stock, wanted)


def test_a_number_that_is_not_a_number_is_refused() -> None:
    with pytest.raises(UserError, match="whole number, not 'one'"):
        criteria(numbers="one")


SPANISH = {"cohort {values}": "cohorte {values}", "site {values}": "centro {values}",
           "visit {visits} or kind {kinds}": "visita {visits} o tipo de visita {kinds}",
           "visit {values}": "visita {values}", "kind {values}": "tipo de visita {values}",
           "sample type {values}": "tipo de muestra {values}",
           "aliquot {values}": "alícuota {values}",
           "participant {values}": "participante {values}", "every tube": "todos los tubos",
           "no tube to pull for {criteria}": "ningún tubo que sacar para {criteria}"}


def spanish(context: str, text: str) -> str:
    assert context == "Messages"
    return SPANISH.get(text, text)


def _old_describe(c: Criteria) -> str:
    """The English line describe() gave as a plain str, before it became a Message."""
    parts = []
    if c.cohorts:
        parts.append("cohort " + ", ".join(c.cohorts))
    if c.sites:
        parts.append("site " + ", ".join(c.sites))
    visits = []
    if c.visits:
        visits.append("visit " + ", ".join(c.visits))
    if c.kinds:
        visits.append("kind " + ", ".join(c.kinds))
    if visits:
        parts.append(" or ".join(visits))
    if c.sample_types:
        parts.append("sample type " + ", ".join(c.sample_types))
    if c.numbers:
        parts.append("aliquot " + ", ".join(str(n) for n in c.numbers))
    if c.participants:
        parts.append("participant " + ", ".join(c.participants))
    return "; ".join(parts) or "every tube"


@pytest.mark.parametrize("wanted", [
    Criteria(),
    Criteria(cohorts=("ICI",)),
    Criteria(cohorts=("ICI", "SAD"), sites=("NAV",), visits=("V1", "V5"), kinds=("irae",),
             sample_types=("serum",), numbers=(1, 2), participants=("IA-NAV-001",)),
    Criteria(visits=("V1",)),
    Criteria(kinds=("irae", "flare"), numbers=(3,)),
])
def test_the_criteria_read_in_english_as_before_and_in_the_readers_language(
        wanted: Criteria) -> None:
    described = wanted.describe()
    assert str(described) == _old_describe(wanted)
    assert PullList(1, "PULL-2026-0001", "p", wanted, False, "open", "", None, None, 0, 0, 0,
                    0).to_json()["criteria_text"] == _old_describe(wanted)


def test_the_criteria_line_is_spanish_through_a_translation() -> None:
    wanted = Criteria(cohorts=("ICI",), visits=("V1", "V5"), kinds=("irae",),
                      sample_types=("serum",), numbers=(1,))
    assert str(wanted.describe()) == \
        "cohort ICI; visit V1, V5 or kind irae; sample type serum; aliquot 1"
    assert wanted.describe().text(spanish) == (
        "cohorte ICI; visita V1, V5 o tipo de visita irae; tipo de muestra serum; alícuota 1")
    assert Criteria().describe().text(spanish) == "todos los tubos"
    # Inside a refusal the criteria are a field: translated with the sentence around them.
    refusal = UserError("no tube to pull for {criteria}", criteria=Criteria(
        sites=("NAV",)).describe())
    assert str(refusal) == "no tube to pull for site NAV"
    assert refusal.text(spanish) == "ningún tubo que sacar para centro NAV"


# -- never the last aliquot ----------------------------------------------------------------------


def test_the_last_in_storage_aliquot_of_a_visit_and_sample_type_is_left(stock: Session) -> None:
    wanted = criteria(participants="IA-ARA-001", visits="V1")
    result = retrieval.preview(stock, wanted)
    # Six serum: five go, the highest number stays; each buffy-coat tube is the only one.
    assert sorted(what(result.tubes)) == [("IA-ARA-001", "V1", "serum", n) for n in range(1, 6)]
    assert sorted(what(result.skipped_last)) == [
        ("IA-ARA-001", "V1", "buffy_coat", 1), ("IA-ARA-001", "V1", "buffy_coat_rnalater", 1),
        ("IA-ARA-001", "V1", "serum", 6)]
    assert all(t.skip == "last" for t in result.skipped_last)
    everything = retrieval.preview(stock, wanted, allow_last=True)
    assert len(everything.tubes) == 8 and everything.skipped_last == ()


def test_aliquot_1_is_left_when_it_is_the_only_one_still_stored(stock: Session) -> None:
    tubes = barcodes_of(stock, "IA-NAV-001", "V5")
    storage.finish(stock, tubes[1:], "consume", "used for the pilot")
    wanted = criteria(visits="V1,V5", sample_types="serum", numbers=1, sites="NAV")
    result = retrieval.preview(stock, wanted)
    assert what(result.tubes) == [("IA-NAV-001", "V1", "serum", 1)]
    assert what(result.skipped_last) == [("IA-NAV-001", "V5", "serum", 1)]
    assert [t.barcode for t in retrieval.preview(stock, wanted, allow_last=True).tubes] == [
        barcodes_of(stock, "IA-NAV-001", "V1")[0], tubes[0]]


def test_tubes_of_another_open_list_are_skipped_and_count_as_gone(stock: Session) -> None:
    first = retrieval.create(stock, "IFN panel", criteria(participants="IA-ARA-001",
                                                          visits="V1", numbers="1,2,3,4"))
    assert len(first.items) == 4
    second = retrieval.preview(stock, criteria(participants="IA-ARA-001", visits="V1",
                                               sample_types="serum"))
    assert [t.number for t in second.skipped_on_list] == [1, 2, 3, 4]
    assert {t.on_list for t in second.skipped_on_list} == {first.pull.code}
    # Of 5 and 6, one must stay: the first list will take 1-4.
    assert [t.number for t in second.tubes] == [5]
    assert [t.number for t in second.skipped_last] == [6]


# -- pull order ----------------------------------------------------------------------------------


def test_the_list_runs_freezer_shelf_rack_box_position(stock: Session) -> None:
    storage.add_freezer(stock, storage.Layout(code="F2", name="Freezer 2", shelves=1,
                                              racks_per_shelf=1, boxes_per_rack=1,
                                              rack_box_types=("serum",)))
    n1, n2, n3, n4, *_ = barcodes_of(stock, "IA-NAV-001", "V2")
    storage.move(stock, n1, "F2/S1/R1/B1/A1")
    storage.move(stock, n2, "F1/S2/R1/B1/A1")
    storage.move(stock, n3, "F1/S1/R2/B2/B5")
    storage.move(stock, n4, "F1/S1/R2/B1/I9")
    wanted = criteria(participants="IA-NAV-001", visits="V2", numbers="1,2,3,4,5")
    detail = retrieval.create(stock, "ordering", wanted)
    paths = [i.tube.path for i in detail.items]
    assert paths[0].startswith("F1/S1/R1/B1/")  # 5 stayed in its first box
    assert paths[1:] == ["F1/S1/R2/B1/I9", "F1/S1/R2/B2/B5", "F1/S2/R1/B1/A1",
                         "F2/S1/R1/B1/A1"]
    assert [i.ord for i in detail.items] == [1, 2, 3, 4, 5]


def test_shelves_racks_and_boxes_sort_by_their_order_not_their_name(stock: Session) -> None:
    storage.add_freezer(stock, storage.Layout(code="F3", name="Freezer 3", shelves=10,
                                              racks_per_shelf=1, boxes_per_rack=1,
                                              rack_box_types=("serum",)))
    n1, n2, *_ = barcodes_of(stock, "IA-ARA-002", "BASELINE")
    storage.move(stock, n1, "F3/S10/R1/B1/A1")
    storage.move(stock, n2, "F3/S2/R1/B1/A1")
    chosen = retrieval.preview(stock, criteria(participants="IA-ARA-002", visits="BASELINE",
                                               numbers="1,2"))
    assert [t.path for t in chosen.tubes] == ["F3/S2/R1/B1/A1", "F3/S10/R1/B1/A1"]


# -- creating a list -----------------------------------------------------------------------------


def test_create_stores_the_list_with_a_yearly_code_and_is_audited(stock: Session) -> None:
    wanted = criteria(cohorts="ICI", visits="V1,V5", kinds="irae", sample_types="serum",
                      numbers="1")
    detail = retrieval.create(stock, "Interferon panel batch 1", wanted)
    assert detail.pull.code == "PULL-2026-0001"
    assert detail.pull.status == "open" and detail.pull.pending == 4 == detail.pull.total
    assert {i.state for i in detail.items} == {"pending"}
    events = audit(stock, "pull_list.create")
    assert [e["record_id"] for e in events] == ["PULL-2026-0001"]
    assert '"tubes": 4' in events[0]["after"]
    again = retrieval.create(stock, "Interferon panel batch 2",
                             criteria(cohorts="ICI", visits="V1", numbers="2"))
    assert again.pull.code == "PULL-2026-0002"
    assert [p.code for p in retrieval.lists(stock)] == ["PULL-2026-0002", "PULL-2026-0001"]
    assert retrieval.show(stock, "pull-2026-0001").pull.criteria == Criteria(
        cohorts=("ICI",), visits=("V1", "V5"), kinds=("irae",), sample_types=("serum",),
        numbers=(1,))


def test_a_list_with_nothing_to_pull_is_refused_and_nothing_stored(stock: Session) -> None:
    before = dump(stock)
    with pytest.raises(UserError, match=r"no tube to pull .* \(1 last aliquot"):
        retrieval.create(stock, "buffy", criteria(participants="IA-ARA-001",
                                                  sample_types="buffy_coat"))
    with pytest.raises(UserError, match="purpose is required"):
        retrieval.create(stock, "  ", criteria(cohorts="ICI"))
    assert dump(stock) == before


def test_a_nurse_may_preview_but_not_create(stock: Session) -> None:
    nurse = as_user(stock, "nina", "nurse")
    assert retrieval.preview(nurse, criteria(cohorts="SAD")).tubes
    with pytest.raises(PermissionDenied):
        retrieval.create(nurse, "assay", criteria(cohorts="SAD"))


# -- picking -------------------------------------------------------------------------------------


@pytest.fixture
def pull(stock: Session) -> retrieval.PullListDetail:
    """Serum 1 and 2 of the SAD participant's BASELINE and FLARE-1: four tubes."""
    return retrieval.create(stock, "IFN assay", criteria(cohorts="SAD", numbers="1,2"))


def test_a_scan_checks_the_tube_out_and_marks_it_picked_in_one_go(
        stock: Session, pull: retrieval.PullListDetail) -> None:
    barcode = pull.items[2].tube.barcode
    result = retrieval.pick(stock, pull.pull.code, f" {barcode.lower()} ")
    assert result.item.tube.barcode == barcode
    assert result.item.state == "picked" and result.item.status == "checked_out"
    assert result.item.picked_at == "2026-11-25T12:00:00+00:00"
    assert (result.pull.picked, result.pull.pending) == (1, 3)
    tube = storage.locate(stock, barcode)
    assert tube.status == "checked_out"
    assert tube.location is not None and tube.location.path == pull.items[2].tube.path
    moves = storage.movements(stock, barcode)
    assert moves[-1].action == "checked_out"
    assert moves[-1].reason == f"pull list {pull.pull.code}: IFN assay"
    assert [e["record_id"] for e in audit(stock, "pull_list.pick")] == [pull.pull.code]
    assert [e["record_id"] for e in audit(stock, "aliquot.checked_out")] == [barcode]


def test_wrong_scans_are_refused_with_a_clear_message_and_change_nothing(
        stock: Session, pull: retrieval.PullListDetail) -> None:
    code = pull.pull.code
    retrieval.pick(stock, code, pull.items[0].tube.barcode)
    other = barcodes_of(stock, "IA-NAV-001", "V2")[0]
    before = dump(stock)
    refusals = [
        (other, Conflict, f"{other} \\(IA-NAV-001 V2\\) is not on pull list {code}: put it back"),
        (pull.items[0].tube.barcode, Conflict, "already picked"),
        ("BT00000014", BadBarcode, "check digit"),
        ("BT99999992", NotFound, "no tube with barcode BT99999992"),
    ]
    for barcode, error, message in refusals:
        with pytest.raises(error, match=message):
            retrieval.pick(stock, code, barcode)
    with pytest.raises(NotFound, match="no pull list PULL-2026-0099"):
        retrieval.pick(stock, "PULL-2026-0099", pull.items[1].tube.barcode)
    assert dump(stock) == before


def test_a_tube_taken_out_meanwhile_is_refused_and_its_item_stays_pending(
        stock: Session, pull: retrieval.PullListDetail) -> None:
    barcode = pull.items[1].tube.barcode
    storage.check_out(stock, [barcode], "somebody else's assay")
    before = dump(stock)
    with pytest.raises(Conflict, match="checked out, not in storage"):
        retrieval.pick(stock, pull.pull.code, barcode)
    assert dump(stock) == before
    assert retrieval.show(stock, pull.pull.code).items[1].state == "pending"


def test_a_tube_that_became_the_last_of_its_visit_is_not_picked(stock: Session) -> None:
    """The list kept serum 6; once 6 is used up elsewhere, 5 is the last and stays."""
    wanted = criteria(participants="IA-ARA-001", visits="V1", sample_types="serum")
    detail = retrieval.create(stock, "IFN assay", wanted)
    assert [i.tube.number for i in detail.items] == [1, 2, 3, 4, 5]
    sixth = barcodes_of(stock, "IA-ARA-001", "V1")[5]
    storage.finish(stock, [sixth], "consume", "pilot assay")
    barcodes = [i.tube.barcode for i in detail.items]
    retrieval.pick_all(stock, detail.pull.code, barcodes[:4])
    before = dump(stock)
    with pytest.raises(Conflict, match=f"{barcodes[4]} is now the last serum tube of "
                                       "IA-ARA-001 V1 in storage: put it back"):
        retrieval.pick(stock, detail.pull.code, barcodes[4])
    assert dump(stock) == before
    # A list made with allow_last takes it.
    retrieval.close(stock, detail.pull.code)
    last = retrieval.create(stock, "last one", wanted, allow_last=True)
    assert retrieval.pick(stock, last.pull.code, barcodes[4]).item.state == "picked"


def test_several_scans_at_once_are_all_picked_or_none(
        stock: Session, pull: retrieval.PullListDetail) -> None:
    first, second = (i.tube.barcode for i in pull.items[:2])
    before = dump(stock)
    with pytest.raises(Conflict, match="already picked"):
        retrieval.pick_all(stock, pull.pull.code, [first, second, first])
    assert dump(stock) == before
    detail = retrieval.pick_all(stock, pull.pull.code, [first, second])
    assert [i.state for i in detail.items] == ["picked", "picked", "pending", "pending"]


def test_tubes_not_found_are_flagged_with_the_reason_in_their_trail(
        stock: Session, pull: retrieval.PullListDetail) -> None:
    code = pull.pull.code
    missing = pull.items[3].tube.barcode
    before = dump(stock)
    with pytest.raises(UserError, match="reason is required"):
        retrieval.flag_not_found(stock, code, [missing], " ")
    with pytest.raises(Conflict, match="is not on pull list"):
        retrieval.flag_not_found(stock, code, [missing, barcodes_of(stock, "IA-NAV-001",
                                                                    "V2")[0]], "empty slot")
    assert dump(stock) == before
    detail = retrieval.flag_not_found(stock, code, [missing], "slot empty")
    assert [i.state for i in detail.items] == ["pending", "pending", "pending", "not_found"]
    assert detail.pull.not_found == 1
    assert storage.locate(stock, missing).status == "in_storage"  # a box audit decides
    events = audit(stock, "pull_list.not_found")
    assert [(e["record_id"], e["reason"]) for e in events] == [(missing, "slot empty")]
    with pytest.raises(Conflict, match="flagged not found"):
        retrieval.pick(stock, code, missing)


def test_closing_flags_what_is_still_pending_and_ends_the_list(
        stock: Session, pull: retrieval.PullListDetail) -> None:
    code = pull.pull.code
    retrieval.pick(stock, code, pull.items[0].tube.barcode)
    result = retrieval.close(stock, code)
    assert [i.tube.barcode for i in result.flagged] == [i.tube.barcode for i in pull.items[1:]]
    assert result.detail.pull.status == "closed"
    assert result.detail.pull.closed_at == "2026-11-25T12:00:00+00:00"
    assert (result.detail.pull.picked, result.detail.pull.not_found) == (1, 3)
    assert [e["record_id"] for e in audit(stock, "pull_list.close")] == [code]
    before = dump(stock)
    with pytest.raises(Conflict, match=f"pull list {code} is closed"):
        retrieval.pick(stock, code, pull.items[1].tube.barcode)
    with pytest.raises(Conflict, match="is closed"):
        retrieval.close(stock, code)
    assert dump(stock) == before
    # Its tubes are free for another list again.
    assert retrieval.preview(stock, criteria(cohorts="SAD", numbers="2")).tubes


def test_lists_filter_by_status(stock: Session, pull: retrieval.PullListDetail) -> None:
    retrieval.close(stock, pull.pull.code)
    retrieval.create(stock, "second", criteria(cohorts="ICI", numbers="3"))
    assert [p.code for p in retrieval.lists(stock, "open")] == ["PULL-2026-0002"]
    assert [p.code for p in retrieval.lists(stock, "closed")] == ["PULL-2026-0001"]
    with pytest.raises(UserError, match="unknown pull list status"):
        retrieval.lists(stock, "lost")


# -- cancelling ----------------------------------------------------------------------------------


def test_cancelling_ends_the_list_with_its_reason_and_picked_tubes_stay_out(
        stock: Session, pull: retrieval.PullListDetail) -> None:
    code = pull.pull.code
    picked = pull.items[0].tube.barcode
    retrieval.pick(stock, code, picked)
    result = retrieval.cancel(stock, code, "  assay postponed  ")
    assert result.detail.pull.status == "cancelled"
    assert result.detail.pull.closed_at == "2026-11-25T12:00:00+00:00"
    assert result.reason == "assay postponed"
    assert [i.tube.barcode for i in result.to_return] == [picked]
    assert [i.tube.barcode for i in result.released] == [i.tube.barcode for i in pull.items[1:]]
    # Nothing is checked in or flagged: the picked tube is in someone's hands.
    assert storage.locate(stock, picked).status == "checked_out"
    assert {storage.locate(stock, i.tube.barcode).status for i in pull.items[1:]} == {
        "in_storage"}
    assert [i.state for i in result.detail.items] == ["picked", "pending", "pending",
                                                      "pending"]
    (event,) = audit(stock, "pull_list.cancel")
    assert (event["record_id"], event["reason"]) == (code, "assay postponed")
    after = json.loads(event["after"])
    assert after["status"] == "cancelled" and after["checked_out"] == [picked]
    assert (after["picked"], after["pending"]) == (1, 3)
    assert [p.code for p in retrieval.lists(stock, "cancelled")] == [code]
    assert result.to_json()["to_return"] == [picked]
    # Its pending tubes are free for another list; the picked one comes back with check-in.
    assert len(retrieval.preview(stock, criteria(cohorts="SAD", numbers="1,2")).tubes) == 3
    storage.return_tubes(stock, [picked])
    assert storage.locate(stock, picked).status == "in_storage"


def test_cancelling_needs_a_reason_and_an_open_list_and_changes_nothing_when_refused(
        stock: Session, pull: retrieval.PullListDetail) -> None:
    code = pull.pull.code
    nurse = as_user(stock, "nina", "nurse")
    before = dump(stock)
    with pytest.raises(UserError, match="reason is required"):
        retrieval.cancel(stock, code, "   ")
    with pytest.raises(UserError, match="reason is too long"):
        retrieval.cancel(stock, code, "x" * 501)
    with pytest.raises(NotFound, match="no pull list PULL-2026-0099"):
        retrieval.cancel(stock, "PULL-2026-0099", "postponed")
    with pytest.raises(PermissionDenied):
        retrieval.cancel(nurse, code, "postponed")
    assert dump(stock) == before
    retrieval.cancel(stock, code, "postponed")
    before = dump(stock)
    with pytest.raises(Conflict, match=f"pull list {code} is cancelled"):
        retrieval.cancel(stock, code, "again")
    with pytest.raises(Conflict, match=f"pull list {code} is cancelled"):
        retrieval.pick(stock, code, pull.items[1].tube.barcode)
    with pytest.raises(Conflict, match=f"pull list {code} is cancelled"):
        retrieval.close(stock, code)
    assert dump(stock) == before
    closed = retrieval.create(stock, "second", criteria(cohorts="SAD", numbers="1"))
    retrieval.close(stock, closed.pull.code)
    before = dump(stock)
    with pytest.raises(Conflict, match=f"pull list {closed.pull.code} is closed"):
        retrieval.cancel(stock, closed.pull.code, "too late")
    assert dump(stock) == before


# -- property: the last aliquot always stays --------------------------------------------------


@pytest.fixture(scope="module")
def big_stock(tmp_path_factory: pytest.TempPathFactory) -> Any:
    session = new_session(tmp_path_factory.mktemp("retrieval"))
    build_stock(session)
    yield session
    session.db.close()


def _groups(session: Session) -> dict[tuple[int, str], int]:
    return {(int(r[0]), str(r[1])): int(r[2]) for r in session.db.execute(
        "SELECT collection_id, sample_type, sum(status = 'in_storage') FROM aliquot"
        " GROUP BY collection_id, sample_type")}


_CRITERIA = st.builds(
    Criteria,
    cohorts=st.lists(st.sampled_from(["ICI", "SAD"]), max_size=2).map(tuple),
    visits=st.lists(st.sampled_from(["V1", "V2", "V5", "BASELINE", "IRAE-1"]),
                    max_size=3).map(tuple),
    kinds=st.lists(st.sampled_from(["cycle", "irae", "flare"]), max_size=2).map(tuple),
    sample_types=st.lists(st.sampled_from(["serum", "buffy_coat", "buffy_coat_rnalater"]),
                          max_size=2).map(tuple),
    numbers=st.lists(st.integers(1, 6), max_size=4).map(tuple),
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(statuses=st.lists(st.sampled_from(["in_storage"] * 4 + ["checked_out", "consumed"]),
                         min_size=48, max_size=48),
       first=_CRITERIA, second=_CRITERIA)
def test_a_pull_list_never_takes_the_last_aliquot(big_stock: Session, statuses: list[str],
                                                  first: Criteria, second: Criteria) -> None:
    """For a random stock, two lists made without allow_last and pulled in full never leave
    a visit's sample type without a tube in storage if it had one before."""
    session = big_stock
    session.db.execute("BEGIN")  # every example is rolled back: the services nest inside
    try:
        ids = [int(r[0]) for r in session.db.execute("SELECT id FROM aliquot ORDER BY id")]
        assert len(ids) == len(statuses)
        for aliquot_id, status in zip(ids, statuses, strict=True):
            if status == "consumed":
                session.db.execute("UPDATE aliquot SET status = 'consumed', box_id = NULL,"
                                   " pos_row = NULL, pos_col = NULL WHERE id = ?", [aliquot_id])
            elif status == "checked_out":
                session.db.execute("UPDATE aliquot SET status = 'checked_out' WHERE id = ?",
                                   [aliquot_id])
        before = _groups(session)
        made = []
        for wanted in (first, second):
            try:
                made.append(retrieval.create(session, "property", wanted))
            except UserError:
                continue  # nothing to pull (or no criterion): nothing stored
        for detail in made:
            codes = {i.tube.barcode for i in detail.items}
            assert len(codes) == len(detail.items)
            retrieval.pick_all(session, detail.pull.code, sorted(codes))
        after = _groups(session)
        emptied = [group for group, count in before.items() if count and not after[group]]
        assert not emptied
    finally:
        session.db.conn.rollback()


def test_the_property_stock_matches_its_size(tmp_path: Path) -> None:
    """Guard for the property test: the stock it permutes holds the 48 tubes it expects."""
    session = new_session(tmp_path)
    build_stock(session)
    assert session.db.execute("SELECT count(*) FROM aliquot").fetchone()[0] == 48
    session.db.close()
