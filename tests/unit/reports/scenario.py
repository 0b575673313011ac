"""A study history with known counts, built through the services with a moving clock.

The layout is small on purpose so that a box fills up: the protocol's default freezer F1 gets
one 2 x 2 serum box and one 2 x 2 buffy box, and F2 (added on 1 September) two 9 x 9 serum
boxes. Serum goes to F2 (no F1 serum box has room for a collection's six), buffy coat to F1
until its four positions are taken; the next buffy coats stay unplaced.

September 2026: placed 20, moved 1, checked out 2, returned 1, consumed 1.
October 2026:   placed 18, moved 1, checked out 2, returned 1, consumed 2, shipped 1,
                discarded 1; 2 buffy coats unplaced; one tube out since 15 September.
November 2026 (the "later changes"): returned 2, consumed 1, moved 1, placed 6 + 1,
                missing 1, discarded 1, a new freezer F3, a visit missed, more collections.
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from biotrack.protocol import Protocol, parse_protocol
from biotrack.services import collection, enrolment, setup, storage
from biotrack.services.context import Session
from tests.factories import MANAGER_PASSWORD, fixed_clock

LOCAL_ID = "NHC-4711-SECRET"
SMALL_STORAGE = {
    "shelves = 5": "shelves = 1",
    "racks_per_shelf = 4": "racks_per_shelf = 2",
    "boxes_per_rack = 4": "boxes_per_rack = 1",
    'rack_box_types = ["serum", "serum", "serum", "buffy"]': 'rack_box_types = ["serum", "buffy"]',
    "box_rows = 9": "box_rows = 2",
    "box_columns = 9": "box_columns = 2",
}


def small_protocol() -> Protocol:
    raw = (importlib.resources.files("biotrack.resources") / "protocols"
           / "inter-autentic.toml").read_text(encoding="utf-8")
    for old, new in SMALL_STORAGE.items():
        assert old in raw, old
        raw = raw.replace(old, new)
    return parse_protocol(raw.encode(), "inter-autentic.toml")


def new_report_session(tmp_path: Path, name: str = "reports.db") -> Session:
    session = setup.initialise(tmp_path / name, small_protocol(), "admin", MANAGER_PASSWORD)
    session.clock = fixed_clock()
    return session


def at(session: Session, day: str, time: str = "20:00") -> None:
    """Move the session's clock to ``day`` at ``time`` UTC."""
    session.clock = fixed_clock(datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=UTC))


def local(text: str) -> datetime:
    return datetime.fromisoformat(text)


@dataclass
class Scenario:
    """The session and the barcodes made, by (code, visit, sample type, number)."""

    session: Session
    barcodes: dict[tuple[str, str, str, int], str] = field(default_factory=dict)

    def bc(self, code: str, visit: str, number: int, sample_type: str = "serum") -> str:
        return self.barcodes[(code, visit, sample_type, number)]

    def collect(self, day: str, code: str, visit: str, drawn: str, *, centrifuged: str | None
                = None, frozen: str | None = None, counts: dict[str, int] | None = None,
                deviations: tuple[str, ...] = ()) -> collection.Registered:
        at(self.session, day)
        result = collection.register(self.session, code, visit, collection.Draw(
            drawn_at=local(drawn), centrifuged_at=local(centrifuged) if centrifuged else None,
            frozen_at=local(frozen) if frozen else None, counts=counts or {},
            deviations=deviations))
        for aliquot in result.collection.aliquots:
            self.barcodes[(code, visit, aliquot.sample_type, aliquot.number)] = aliquot.barcode
        return result


P1, P2, P3, P4, P5 = "IA-NAV-001", "IA-ARA-001", "IA-NAV-002", "IA-GAL-001", "IA-DON-001"


def enrol_ici(s: Scenario, day: str, site: str, local_id: str | None = None) -> str:
    at(s.session, day)
    d = date.fromisoformat(day)
    return enrolment.enrol(s.session, enrolment.Enrolment(
        cohort="ICI", site=site, enrolled_on=d, regimen="pembrolizumab-q3w", first_dose=d,
        sex="F", birth_year=1956, diagnosis="Melanoma", local_id=local_id)).code


def enrol_sad(s: Scenario, day: str, site: str) -> str:
    at(s.session, day)
    return enrolment.enrol(s.session, enrolment.Enrolment(
        cohort="SAD", site=site, enrolled_on=date.fromisoformat(day), sex="M",
        birth_year=1971, diagnosis="Systemic lupus erythematosus")).code


def september(s: Scenario) -> None:
    session = s.session
    at(session, "2026-09-01", "08:00")
    storage.add_freezer(session, storage.Layout(
        code="F2", name="Freezer 2", shelves=1, racks_per_shelf=1, boxes_per_rack=2,
        rack_box_types=("serum",), box_rows=9, box_cols=9))
    assert enrol_ici(s, "2026-09-01", "NAV", LOCAL_ID) == P1
    s.collect("2026-09-01", P1, "V1", "2026-09-01T09:00", centrifuged="2026-09-01T09:30",
              frozen="2026-09-01T10:00")                                    # placed 8
    assert enrol_sad(s, "2026-09-10", "ARA") == P2
    s.collect("2026-09-10", P2, "BASELINE", "2026-09-10T09:00",
              centrifuged="2026-09-10T09:40", frozen="2026-09-10T10:00",
              deviations=("haemolysed",))                                    # placed 6
    at(session, "2026-09-15")
    storage.check_out(session, [s.bc(P1, "V1", 1), s.bc(P1, "V1", 2)], "ELISA run")
    at(session, "2026-09-20")
    storage.return_tubes(session, [s.bc(P1, "V1", 2)])
    s.collect("2026-09-22", P1, "V2", "2026-09-22T09:00", centrifuged="2026-09-22T09:30",
              frozen="2026-09-22T10:00")                                    # placed 6
    at(session, "2026-09-25")
    storage.finish(session, [s.bc(P2, "BASELINE", 1)], "consume", "IFN assay")
    at(session, "2026-09-28")
    storage.move(session, s.bc(P1, "V2", 1), "F2/S1/R1/B2/A1", "rearranging")


def october(s: Scenario) -> None:
    session = s.session
    assert enrol_ici(s, "2026-10-05", "NAV") == P3
    s.collect("2026-10-05", P3, "V1", "2026-10-05T09:00", centrifuged="2026-10-05T09:20",
              frozen="2026-10-05T09:50", counts={"serum": 4})               # placed 6
    assert enrol_ici(s, "2026-10-06", "GAL") == P4
    s.collect("2026-10-06", P4, "V1", "2026-10-06T09:00", centrifuged="2026-10-06T09:30",
              frozen="2026-10-06T10:00")                # placed 6, 2 buffy unplaced
    at(session, "2026-10-08")
    storage.check_out(session, [s.bc(P1, "V1", 3), s.bc(P1, "V1", 4)], "cytokine panel")
    at(session, "2026-10-10")
    storage.return_tubes(session, [s.bc(P1, "V1", 3)])
    s.collect("2026-10-13", P1, "V3", "2026-10-13T08:00", centrifuged="2026-10-13T10:30",
              frozen="2026-10-13T11:00")                # placed 6; 150 min to centrifugation
    at(session, "2026-10-15")
    storage.finish(session, [s.bc(P2, "BASELINE", 2), s.bc(P2, "BASELINE", 3)], "consume",
                   None)
    at(session, "2026-10-20")
    storage.move(session, s.bc(P3, "V1", 1), "F2/S1/R1/B2/A2")
    at(session, "2026-10-22")
    storage.finish(session, [s.bc(P2, "BASELINE", 4)], "ship", "to the central lab")
    at(session, "2026-10-25")
    storage.finish(session, [s.bc(P1, "V2", 6)], "discard", "tube cracked")


def november(s: Scenario) -> None:
    """Later changes: none of them may alter the September or October report."""
    session = s.session
    at(session, "2026-11-02")
    enrolment.mark_missed(session, P1, "V4", "patient hospitalised")
    s.collect("2026-11-02", P4, "V2", "2026-11-02T09:00", centrifuged="2026-11-02T09:30",
              frozen="2026-11-02T10:00")                    # placed 6, out of window
    at(session, "2026-11-03")
    storage.return_tubes(session, [s.bc(P1, "V1", 1), s.bc(P1, "V1", 4)])
    at(session, "2026-11-04")
    storage.finish(session, [s.bc(P1, "V3", 1)], "consume", None)
    at(session, "2026-11-05")
    storage.move(session, s.bc(P4, "V1", 1), "F2/S1/R1/B2/A3")
    assert enrol_sad(s, "2026-11-06", "DON") == P5
    s.collect("2026-11-06", P5, "BASELINE", "2026-11-06T09:00",
              centrifuged="2026-11-06T09:30", frozen="2026-11-06T10:00")   # placed 6
    at(session, "2026-11-10", "08:00")
    storage.add_freezer(session, storage.Layout(
        code="F3", name="Freezer 3", shelves=1, racks_per_shelf=1, boxes_per_rack=1,
        rack_box_types=("buffy",), box_rows=9, box_cols=9))
    at(session, "2026-11-10")
    storage.move(session, s.bc(P4, "V1", 1, "buffy_coat"), "F3/S1/R1/B1/A1")   # placed
    at(session, "2026-11-12")
    storage.finish(session, [s.bc(P2, "BASELINE", 5)], "missing", "not found in its box")
    storage.finish(session, [s.bc(P3, "V1", 1, "buffy_coat")], "discard", "thawed by mistake")
    at(session, "2026-11-25", "12:00")


def build(session: Session, *, until: str = "november") -> Scenario:
    scenario = Scenario(session)
    september(scenario)
    if until in ("october", "november"):
        october(scenario)
    if until == "november":
        november(scenario)
    at(session, "2026-11-25", "12:00")
    return scenario
