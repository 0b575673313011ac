"""The nurse's question: whose blood is due in a date range, and which tubes to draw."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from biotrack.db import participants as repo
from biotrack.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from biotrack.services.context import Session
from biotrack.services.overview import ParticipantOverview
from biotrack.services.overview import _overview_line as overview_line  # the same lines


@dataclass(frozen=True)
class DueVisit:
    """A visit to draw: who, which visit, when, which primary tubes, which aliquots."""

    code: str
    site: str
    cohort: str
    visit: str
    target_date: date
    window_start: date
    window_end: date
    tubes: tuple[str, ...]
    samples: tuple[dict[str, Any], ...]
    overdue: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code, "site": self.site, "cohort": self.cohort, "visit": self.visit,
            "target_date": self.target_date.isoformat(),
            "window_start": self.window_start.isoformat(),
            "window_end": self.window_end.isoformat(),
            "tubes": list(self.tubes), "samples": list(self.samples), "overdue": self.overdue,
        }


def samples_of(session: Session, sample_set: str) -> list[dict[str, Any]]:
    """The aliquots a sample set gives, as the schedule and due list show them."""
    return [
        {"sample_type": spec.sample_type, "count": spec.count, "volume_ul": spec.volume_ul}
        for spec in session.protocol.sample_set(sample_set).aliquots
    ]


def due(session: Session, start: date, end: date, site: str | None = None) -> list[DueVisit]:
    """Open visits whose window meets [start, end], plus overdue ones (window already passed,
    nothing recorded), of active participants, by target date."""
    if end < start:
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "the range ends ({end}) before it starts ({start})"),
                        end=end, start=start)
    if (end - start).days > 366:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "choose a range of at most one year"))
    site_code = site.strip().upper() if site else None
    if site_code and site_code not in {s["code"] for s in repo.sites(session.db)}:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "unknown site '{site}'"),
                       site=site_code[:20])
    result = []
    for row in repo.due_visits(session.db, end, site_code):
        window_end = date.fromisoformat(row["window_end"])
        result.append(DueVisit(
            code=row["participant_code"], site=row["site_code"], cohort=row["cohort"],
            visit=row["code"], target_date=date.fromisoformat(row["target_date"]),
            window_start=date.fromisoformat(row["window_start"]), window_end=window_end,
            tubes=tuple(session.protocol.tube_labels(row["samples"])),
            samples=tuple(samples_of(session, row["samples"])),
            overdue=window_end < start,
        ))
    return result


def collectable(session: Session) -> list[ParticipantOverview]:
    """Active participants with a planned visit (each with their next one), in code order:
    the people a collection can be registered for. One indexed statement that reads the
    planned visits, not every participant of the study (issue 8)."""
    return [overview_line(session, row) for row in repo.collectable_overview(session.db)]
