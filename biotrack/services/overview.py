"""Read-only overviews the desktop front end lists: participants with their next visit, sites.

The Participants workspace needs one row per participant with the visit that comes next; the
site filters need the site codes as stored (codes are editable data, SPEC.md section 2). Both
are plain reads, so they live here rather than in the use-case modules that write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from biotrack.db import participants as repo
from biotrack.schedule import PLANNED
from biotrack.services.context import Session


@dataclass(frozen=True)
class ParticipantOverview:
    """One line of the participant list: who, where, on what, and what comes next."""

    code: str
    cohort: str
    site: str
    regimen: str | None
    regimen_name: str | None
    status: str
    enrolled_on: date
    next_visit: str | None
    next_visit_date: date | None


def site_codes(session: Session) -> list[str]:
    """The codes of the sites stored in the database, sorted."""
    return [str(row["code"]) for row in repo.sites(session.db)]


def participant_overview(session: Session, *, site: str | None = None,
                         cohort: str | None = None) -> list[ParticipantOverview]:
    """Every participant (optionally of one site or cohort) with their next planned visit."""
    regimens = session.protocol.regimens
    result = []
    for participant in repo.participants(session.db, site=site, cohort=cohort):
        planned = [v for v in repo.visits_of(session.db, participant.id) if v.status == PLANNED]
        upcoming = min(planned, key=lambda v: (v.target_date, v.code), default=None)
        regimen = regimens.get(participant.regimen) if participant.regimen else None
        result.append(ParticipantOverview(
            code=participant.code, cohort=participant.cohort, site=participant.site,
            regimen=participant.regimen,
            regimen_name=regimen.name if regimen else participant.regimen,
            status=participant.status, enrolled_on=participant.enrolled_on,
            next_visit=upcoming.code if upcoming else None,
            next_visit_date=upcoming.target_date if upcoming else None,
        ))
    return result
