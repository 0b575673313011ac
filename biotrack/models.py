"""Domain records as plain dataclasses: what the repositories return and the services pass on.

They carry no behaviour beyond small derived properties and their JSON form (the CLI's
``--json`` contract in SPEC.md section 5 and the issues), so every front shows the same fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

ROLES = ("nurse", "technician", "manager")
PARTICIPANT_STATUSES = ("active", "completed", "withdrawn", "deceased", "lost_to_follow_up")
ALIQUOT_STATUSES = (
    "unplaced", "in_storage", "checked_out", "consumed", "shipped", "discarded", "missing",
)
#: Statuses in which a tube no longer exists in the freezer (its position is freed).
GONE_STATUSES = ("consumed", "shipped", "discarded", "missing")


def position_label(row: int, col: int) -> str:
    """Box position as printed on boxes: row letter + column number (A1..I9)."""
    return f"{chr(ord('A') + row - 1)}{col}"


@dataclass(frozen=True)
class User:
    """A person who signs in; the role decides what the services let them do."""

    id: int
    username: str
    role: str
    full_name: str = ""
    active: bool = True


@dataclass(frozen=True)
class Participant:
    """A coded study participant. ``local_id`` is shown to nurses and managers only."""

    id: int
    code: str
    cohort: str
    site: str
    enrolled_on: date
    status: str
    sex: str | None = None
    birth_year: int | None = None
    diagnosis: str | None = None
    regimen: str | None = None
    first_dose: date | None = None
    status_on: date | None = None
    status_reason: str | None = None
    local_id: str | None = None

    def to_json(self, *, with_local_id: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "cohort": self.cohort,
            "site": self.site,
            "status": self.status,
            "enrolled_on": self.enrolled_on.isoformat(),
            "sex": self.sex,
            "birth_year": self.birth_year,
            "diagnosis": self.diagnosis,
            "regimen": self.regimen,
            "first_dose": self.first_dose.isoformat() if self.first_dose else None,
            "status_on": self.status_on.isoformat() if self.status_on else None,
            "status_reason": self.status_reason,
        }
        if with_local_id:
            data["local_id"] = self.local_id
        return data


@dataclass(frozen=True)
class Visit:
    """A stored visit row: the schedule's derived dates plus what happened."""

    id: int
    participant_id: int
    code: str
    kind: str
    target_date: date
    window_start: date
    window_end: date
    status: str
    samples: str
    cycle: int | None = None
    status_reason: str | None = None
    event_on: date | None = None


@dataclass(frozen=True)
class Location:
    """Where a tube sits: freezer / shelf / rack / box / position, and the path that names it."""

    freezer: str
    shelf: str
    rack: str
    box: str
    position: str
    box_id: int
    row: int
    col: int

    @property
    def box_path(self) -> str:
        return f"{self.freezer}/{self.shelf}/{self.rack}/{self.box}"

    @property
    def path(self) -> str:
        return f"{self.box_path}/{self.position}"

    def to_json(self) -> dict[str, Any]:
        return {
            "freezer": self.freezer,
            "shelf": self.shelf,
            "rack": self.rack,
            "box": self.box,
            "position": self.position,
            "path": self.path,
        }


@dataclass(frozen=True)
class Aliquot:
    """One stored tube, with its participant/visit context for display."""

    id: int
    barcode: str
    collection_id: int
    sample_type: str
    number: int
    of_count: int
    volume_ul: int
    status: str
    thaw_count: int
    sprec: str
    code: str
    visit: str
    location: Location | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "barcode": self.barcode,
            "code": self.code,
            "visit": self.visit,
            "sample_type": self.sample_type,
            "number": self.number,
            "of": self.of_count,
            "volume_ul": self.volume_ul,
            "status": self.status,
            "thaw_count": self.thaw_count,
            "sprec": self.sprec,
            "location": self.location.to_json() if self.location else None,
        }


@dataclass(frozen=True)
class Collection:
    """One blood draw for a visit, with its pre-analytical times and deviations."""

    id: int
    visit_id: int
    code: str
    visit: str
    drawn_at: datetime
    received_at: datetime | None
    centrifuged_at: datetime | None
    frozen_at: datetime | None
    deviations: tuple[str, ...]
    notes: str | None
    expected_aliquots: int
    registered_at: datetime
    drawn_by: str | None = None
    processed_by: str | None = None
    aliquots: tuple[Aliquot, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        def iso(value: datetime | None) -> str | None:
            return value.isoformat(timespec="minutes") if value else None

        return {
            "collection_id": self.id,
            "code": self.code,
            "visit": self.visit,
            "drawn_at": iso(self.drawn_at),
            "received_at": iso(self.received_at),
            "centrifuged_at": iso(self.centrifuged_at),
            "frozen_at": iso(self.frozen_at),
            "deviations": list(self.deviations),
            "notes": self.notes,
            "aliquots": [a.to_json() for a in self.aliquots],
        }


@dataclass(frozen=True)
class Box:
    """A storage box: its place in the tree, type, geometry and how full it is."""

    id: int
    freezer: str
    shelf: str
    rack: str
    code: str
    box_type: str
    rows: int
    cols: int
    occupied: int = 0

    @property
    def path(self) -> str:
        return f"{self.freezer}/{self.shelf}/{self.rack}/{self.code}"

    @property
    def capacity(self) -> int:
        return self.rows * self.cols
