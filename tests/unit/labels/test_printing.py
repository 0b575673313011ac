"""The print flows (issue 4 point 5): collection, barcodes, box, planned visit; all logged.

Every print and reprint is a label_print row and an audit event (who, when, template, which
barcodes); pre-printed labels for a planned visit reserve barcodes that a second print reuses
and that registering the collection binds to its aliquots. A label never carries the
participant's local identifier or birth year, in the PDF's text or in the ZPL.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biotrack.db import audit
from biotrack.db import labels as labels_repo
from biotrack.db.queries import rows, scalar
from biotrack.errors import Conflict, NotFound, UserError
from biotrack.services import printing, storage
from biotrack.services.context import Session
from biotrack.services.printing import PrintOptions
from tests.factories import as_user
from tests.unit.labels.conftest import (
    BIRTH_YEAR,
    LOCAL_ID,
    Collected,
    collect,
    decode,
    enrol,
    pdftotext,
    rasterise,
)


def label_prints(session: Session) -> list[dict[str, object]]:
    return rows(session.db, "SELECT * FROM label_print ORDER BY id")


def test_collection_labels_in_box_order_logged_with_an_audit_event(
        collected: Collected, tmp_path: Path) -> None:
    session, c = collected.session, collected.collection
    nurse = as_user(session, "nina", "nurse")
    target = tmp_path / "labels.pdf"
    result = printing.print_collection(nurse, c.id, PrintOptions(output=target))
    by_position = sorted(c.aliquots, key=lambda a: (a.location.box_path, a.location.row,
                                                    a.location.col) if a.location else ("",))
    assert result.barcodes == tuple(a.barcode for a in by_position)
    assert target.read_bytes() == result.content and result.content.startswith(b"%PDF")
    assert not result.reprint
    (logged,) = label_prints(session)
    assert logged["template"] == "cryo-38x13" and logged["format"] == "pdf"
    assert logged["user_id"] == nurse.user.id and logged["reprint"] == 0
    assert json.loads(str(logged["barcodes"])) == list(result.barcodes)
    assert logged["source"] == f"collection:{c.id}"
    event = audit.history(session.db)[-1]
    assert (event.action, event.username, event.table_name, event.record_id) == (
        "labels.print", "nina", "collection", str(c.id))
    assert event.after["barcodes"] == list(result.barcodes)
    assert event.after["print_id"] == logged["id"]
    # The labels scan, in that order.
    pages = rasterise(result.content, 203, tmp_path)
    assert [decode(page) for page in pages] == [[b] for b in result.barcodes]


def test_a_second_print_is_a_logged_reprint(collected: Collected, tmp_path: Path) -> None:
    session, c = collected.session, collected.collection
    printing.print_collection(session, c.id, PrintOptions(output=tmp_path / "a.pdf"))
    one = c.aliquots[0].barcode
    again = printing.print_barcodes(session, [one.lower()],
                                    PrintOptions(format="zpl", output=tmp_path / "a.zpl"))
    assert again.reprint and again.barcodes == (one,)
    assert [p["reprint"] for p in label_prints(session)] == [0, 1]
    assert audit.history(session.db)[-1].action == "labels.reprint"
    assert [p["id"] for p in printing.print_log(session, barcode=one)] == [2, 1]


def test_no_local_identifier_or_birth_year_on_any_label(collected: Collected,
                                                        tmp_path: Path) -> None:
    session, c = collected.session, collected.collection
    assert collected.participant.local_id == LOCAL_ID
    assert collected.participant.birth_year == BIRTH_YEAR
    outputs = []
    for template, fmt, dpi in (("cryo-38x13", "pdf", 203), ("cryo-cap", "pdf", 300),
                               ("sheet-a4", "pdf", 300), ("cryo-38x13", "zpl", 203),
                               ("cryo-cap", "zpl", 300)):
        result = printing.print_collection(session, c.id, PrintOptions(
            template=template, format=fmt, dpi=dpi))
        outputs.append((result.barcodes, pdftotext(result.content, tmp_path) if fmt == "pdf"
                        else result.content.decode("utf-8")))
    visit = printing.print_visit(session, collected.participant.code, "V2")
    outputs.append((visit.barcodes, pdftotext(visit.content, tmp_path)))
    for barcodes, text in outputs:
        assert all(b in text for b in barcodes)  # the search does find what is there
        assert LOCAL_ID not in text
        assert str(BIRTH_YEAR) not in text
        assert "Melanoma" not in text


def test_box_labels_follow_the_positions(collected: Collected, tmp_path: Path) -> None:
    session, c = collected.session, collected.collection
    serum = [a for a in c.aliquots if a.sample_type == "serum"]
    assert serum[0].location is not None
    path = serum[0].location.box_path
    storage.move(session, serum[0].barcode, f"{path}/B1")  # A1 -> B1: now after A2..A6
    result = printing.print_box(session, path, PrintOptions(template="sheet-a4", start=7))
    assert result.barcodes == (*(a.barcode for a in serum[1:]), serum[0].barcode)
    assert label_prints(session)[0]["source"] == f"box:{path}"
    with pytest.raises(Conflict, match="holds no tubes"):
        printing.print_box(session, "F1/S5/R1/B4", PrintOptions())
    with pytest.raises(NotFound, match="no box at"):
        printing.print_box(session, "F9/S1/R1/B1", PrintOptions())


def test_preprinted_visit_labels_reserve_barcodes_and_a_reprint_reuses_them(
        collected: Collected, tmp_path: Path) -> None:
    session, participant = collected.session, collected.participant
    first = printing.print_visit(session, participant.code, "V5",
                                 PrintOptions(output=tmp_path / "v5.pdf"))
    assert len(first.barcodes) == 8 and not first.reprint  # 6 serum + BC + BC-RNA at V5
    text = pdftotext(first.content, tmp_path)
    assert "SER 6/6" in text and "BC-RNA" in text
    visit_id = scalar(session.db, "SELECT v.id FROM visit v JOIN participant p ON"
                      " p.id = v.participant_id WHERE p.code = ? AND v.code = 'V5'",
                      [participant.code])
    reserved = labels_repo.reserved_barcodes(session.db, visit_id)
    assert sorted(reserved.values()) == sorted(first.barcodes)
    assert reserved[("serum", 3)] in first.barcodes
    again = printing.print_visit(session, participant.code, "V5",
                                 PrintOptions(format="zpl", output=tmp_path / "v5.zpl"))
    assert again.barcodes == first.barcodes and again.reprint
    actions = [e.action for e in audit.history(session.db)[-3:]]
    assert actions == ["barcode.reserve", "labels.print", "labels.reprint"]
    assert audit.history(session.db)[-1].record_id == f"{participant.code}/V5"
    # A scanned pre-printed label names its visit; the tube does not exist yet.
    found = printing.find_reservation(session, first.barcodes[0])
    assert (found.code, found.visit, found.used) == (participant.code, "V5", False)
    with pytest.raises(NotFound, match=rf"pre-printed label for {participant.code} V5"):
        printing.print_barcodes(session, [first.barcodes[0]], PrintOptions())
    # A new serial never repeats a reserved one.
    other = printing.print_visit(session, participant.code, "V6", PrintOptions())
    assert not set(other.barcodes) & set(first.barcodes)


def test_binding_reservations_marks_them_used(collected: Collected) -> None:
    session, participant = collected.session, collected.participant
    printed = printing.print_visit(session, participant.code, "V2", PrintOptions())
    visit_id = scalar(session.db, "SELECT v.id FROM visit v JOIN participant p ON"
                      " p.id = v.participant_id WHERE p.code = ? AND v.code = 'V2'",
                      [participant.code])
    with pytest.raises(AssertionError):  # only inside the registering transaction
        printing.bind_reserved_barcodes(session, visit_id, [("serum", 1)])
    with session.db.atomic():
        bound = printing.bind_reserved_barcodes(
            session, visit_id, [("serum", n) for n in range(1, 5)])  # a short draw: 4 of 6
    assert sorted(bound.values()) == sorted(printed.barcodes[:4])
    left = labels_repo.reserved_barcodes(session.db, visit_id)
    assert sorted(left) == [("serum", 5), ("serum", 6)]
    assert printing.find_reservation(session, printed.barcodes[0]).used


def test_visit_labels_only_for_a_planned_visit(collected: Collected) -> None:
    session, participant = collected.session, collected.participant
    with pytest.raises(Conflict, match=rf"V1 is already collected: print its labels with "
                                       rf"--collection {collected.collection.id}"):
        printing.print_visit(session, participant.code, "V1", PrintOptions())
    with pytest.raises(NotFound, match="has no visit 'V99'"):
        printing.print_visit(session, participant.code, "V99", PrintOptions())
    assert label_prints(session) == []


def test_nothing_is_logged_when_the_labels_cannot_be_delivered(collected: Collected,
                                                               tmp_path: Path) -> None:
    session, c = collected.session, collected.collection
    events = len(audit.history(session.db))
    with pytest.raises(UserError, match="cannot write"):
        printing.print_collection(session, c.id, PrintOptions(
            output=tmp_path / "no-such-folder" / "labels.pdf"))
    with pytest.raises(UserError, match="does not fit template"):
        from dataclasses import replace

        long = replace(collected.participant, code="IA-NAV-012-WITH-A-VERY-LONG-SUFFIX")
        session.db.execute("UPDATE participant SET code = ? WHERE id = ?",
                           [long.code, long.id])
        printing.print_visit(session, long.code, "V2", PrintOptions())
    assert label_prints(session) == []
    assert len(audit.history(session.db)) == events
    assert rows(session.db, "SELECT * FROM barcode_reservation") == []


def test_bad_requests_are_one_clear_message(collected: Collected) -> None:
    session, c = collected.session, collected.collection
    cases = [
        (PrintOptions(template="sheet-a4", format="zpl"), "prints as pdf, not zpl"),
        (PrintOptions(dpi=600), "must be 203 or 300 dpi, not 600"),
        (PrintOptions(template="sheet-a4", start=86), "from 1 to 85"),
        (PrintOptions(start=3), "a start position only applies to sheet templates"),
        (PrintOptions(format="svg"), "must be pdf or zpl"),
        (PrintOptions(printer="127.0.0.1"), "takes ZPL only"),
        (PrintOptions(template="nope"), "unknown label template 'nope'"),
    ]
    for options, message in cases:
        with pytest.raises(UserError, match=message):
            printing.print_collection(session, c.id, options)
    with pytest.raises(NotFound, match="no collection 999"):
        printing.print_collection(session, 999)
    with pytest.raises(UserError, match="listed twice"):
        printing.print_barcodes(session, [c.aliquots[0].barcode] * 2)
    with pytest.raises(UserError, match="not a BioTrack barcode"):
        printing.print_barcodes(session, ["hello"])
    with pytest.raises(NotFound, match="no tube with barcode BT00099992"):
        printing.print_barcodes(session, ["BT00099992"])
    storage.finish(session, [c.aliquots[0].barcode], "discard", "broken tube")
    with pytest.raises(Conflict, match="is discarded: no label"):
        printing.print_barcodes(session, [c.aliquots[0].barcode])
    kept = printing.print_collection(session, c.id)  # the discarded tube is left out
    assert c.aliquots[0].barcode not in kept.barcodes and len(kept.barcodes) == 7
    assert label_prints(session)[-1]["id"] == kept.print_id


def test_a_second_collection_gets_its_own_labels(session: Session, tmp_path: Path) -> None:
    first = enrol(session, local_id="MRN-1")
    second = enrol(session, local_id="MRN-2")
    c1 = collect(session, first)
    c2 = collect(session, second)
    r1 = printing.print_collection(session, c1.id)
    r2 = printing.print_collection(session, c2.id)
    assert not set(r1.barcodes) & set(r2.barcodes)
    assert not r2.reprint


def test_registering_the_collection_uses_the_preprinted_barcodes(collected: Collected) -> None:
    from datetime import datetime

    from biotrack.services import collection

    session, participant = collected.session, collected.participant
    printed = printing.print_visit(session, participant.code, "V2", PrintOptions())
    registered = collection.register(session, participant.code, "V2", collection.Draw(
        drawn_at=datetime(2026, 4, 20, 9, 0), counts={"serum": 4})).collection
    assert [a.barcode for a in registered.aliquots] == list(printed.barcodes[:4])
    assert printing.find_reservation(session, printed.barcodes[0]).used
    assert not printing.find_reservation(session, printed.barcodes[5]).used
