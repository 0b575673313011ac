"""Read-only overviews the desktop front end lists: participants with their next visit, sites,
and one participant's whole record for the detail page.

The Participants workspace needs one row per participant with the visit that comes next; the
site filters need the site codes as stored (codes are editable data, SPEC.md section 2); the
detail page needs a participant's schedule, collections with their tubes and irAEs in one read,
with the local identifier only for the roles that may see it (SPEC.md section 3). All are plain
reads, so they live here rather than in the use-case modules that write.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from biotrack.db import collections as collection_repo
from biotrack.db import participants as repo
from biotrack.models import Aliquot, Participant, Visit
from biotrack.services.context import Session
from biotrack.services.enrolment import get_participant, participant_json


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


#: The orders the participant list offers (biotrack.db.participants.OVERVIEW_SORTS).
PARTICIPANT_SORTS = tuple(repo.OVERVIEW_SORTS)


@dataclass(frozen=True)
class ParticipantQuery:
    """What the participant list shows and in which order.

    ``search`` matches the code, cohort, site, regimen (identifier or name) and status of a
    participant, case-insensitively; ``statuses`` adds the statuses whose label as shown (which
    may be translated) contains the search, since only the front end knows those words.
    """

    search: str = ""
    statuses: tuple[str, ...] = ()
    sort: str = "code"
    descending: bool = False
    site: str | None = None
    cohort: str | None = None


def _filter(session: Session, query: ParticipantQuery) -> repo.OverviewFilter:
    search = query.search.strip()
    if not search:
        return repo.OverviewFilter(site=query.site, cohort=query.cohort)
    wanted = search.casefold()
    regimens = tuple(sorted(key for key, regimen in session.protocol.regimens.items()
                            if wanted in regimen.name.casefold()))
    statuses = {*query.statuses}
    statuses |= {s for s in _STATUSES if wanted in s.replace("_", " ").casefold()}
    return repo.OverviewFilter(site=query.site, cohort=query.cohort, search=search,
                               regimens=regimens, statuses=tuple(sorted(statuses)))


_STATUSES = ("active", "completed", "withdrawn", "deceased", "lost_to_follow_up")


def _regimen_names(session: Session) -> dict[str, str]:
    return {key: regimen.name for key, regimen in session.protocol.regimens.items()}


def _overview_line(session: Session, row: dict[str, object]) -> ParticipantOverview:
    regimen_id = row["regimen"]
    regimen = session.protocol.regimens.get(str(regimen_id)) if regimen_id else None
    next_date = row["next_visit_date"]
    return ParticipantOverview(
        code=str(row["code"]), cohort=str(row["cohort"]), site=str(row["site_code"]),
        regimen=str(regimen_id) if regimen_id else None,
        regimen_name=regimen.name if regimen else (str(regimen_id) if regimen_id else None),
        status=str(row["status"]), enrolled_on=date.fromisoformat(str(row["enrolled_on"])),
        next_visit=str(row["next_visit"]) if row["next_visit"] else None,
        next_visit_date=date.fromisoformat(str(next_date)) if next_date else None,
    )


def participant_page(session: Session, query: ParticipantQuery = ParticipantQuery(),
                     offset: int = 0, limit: int = 200) -> list[ParticipantOverview]:
    """``limit`` lines of the participant list from ``offset`` on: one SQL statement."""
    found = repo.overview(session.db, _filter(session, query), sort=query.sort,
                          descending=query.descending, regimen_names=_regimen_names(session),
                          limit=max(0, limit), offset=offset)
    return [_overview_line(session, row) for row in found]


def participant_count(session: Session,
                      query: ParticipantQuery = ParticipantQuery()) -> int:
    """How many lines the participant list has with this query (the order does not matter)."""
    return repo.overview_count(session.db, _filter(session, query))


def participant_position(session: Session, code: str,
                         query: ParticipantQuery = ParticipantQuery()) -> int | None:
    """The 0-based line of a participant in the list (None if the query leaves them out)."""
    return repo.overview_position(session.db, code.strip().upper(), _filter(session, query),
                                  sort=query.sort, descending=query.descending,
                                  regimen_names=_regimen_names(session))


def participant_overview(session: Session, *, site: str | None = None,
                         cohort: str | None = None) -> list[ParticipantOverview]:
    """Every participant (optionally of one site or cohort) with their next planned visit, in
    code order: one SQL statement however many participants there are."""
    found = repo.overview(session.db, repo.OverviewFilter(site=site, cohort=cohort))
    return [_overview_line(session, row) for row in found]


def database_file(session: Session) -> Path | None:
    """The file the session's database lives in, for a worker that opens its own connection."""
    return repo.database_file(session.db)


@dataclass(frozen=True)
class IraeRecord:
    """One recorded irAE: when, what, how severe (CTCAE grade and version), which visit."""

    diagnosed_on: date
    irae_type: str
    grade: int
    ctcae_version: str
    visit: str
    notes: str | None


@dataclass(frozen=True)
class AliquotLine:
    """One tube of a participant's collections, with the draw it came from and its label."""

    visit: str
    drawn_at: datetime
    collection_id: int
    sample_label: str
    aliquot: Aliquot


@dataclass(frozen=True)
class ParticipantDetail:
    """Everything the detail page shows about one participant, read in one go.

    ``participant.local_id`` is None unless the signed-in user may see local identifiers
    (``local_id_visible``); the value never reaches a front end that may not show it.
    """

    participant: Participant
    local_id_visible: bool
    regimen_name: str | None
    visits: tuple[Visit, ...]
    collections: int
    aliquots: tuple[AliquotLine, ...]
    iraes: tuple[IraeRecord, ...]
    event_kinds: tuple[str, ...]


def participant_detail(session: Session, code: str) -> ParticipantDetail:
    """One participant's record: schedule, collections and their tubes, irAEs."""
    participant = get_participant(session, code)
    shown = participant_json(session, participant)  # knows who may see the local identifier
    visible = "local_id" in shown
    protocol = session.protocol
    regimen = protocol.regimens.get(participant.regimen) if participant.regimen else None
    collections = collection_repo.collections_of(session.db, participant.id)
    lines = tuple(
        AliquotLine(visit=c.visit, drawn_at=c.drawn_at, collection_id=c.id,
                    sample_label=_sample_label(session, a.sample_type), aliquot=a)
        for c in collections for a in c.aliquots
    )
    iraes = tuple(
        IraeRecord(diagnosed_on=date.fromisoformat(row["diagnosed_on"]),
                   irae_type=row["irae_type"], grade=int(row["grade"]),
                   ctcae_version=str(row["ctcae_version"]), visit=row["visit"],
                   notes=row["notes"])
        for row in repo.iraes_of(session.db, participant.id)
    )
    return ParticipantDetail(
        participant=dataclasses.replace(participant, local_id=shown.get("local_id")),
        local_id_visible=visible,
        regimen_name=regimen.name if regimen else participant.regimen,
        visits=tuple(repo.visits_of(session.db, participant.id)),
        collections=len(collections),
        aliquots=lines,
        iraes=iraes,
        event_kinds=protocol.cohort(participant.cohort).event_kinds,
    )


def _sample_label(session: Session, sample_type: str) -> str:
    known = session.protocol.sample_types.get(sample_type)
    return known.label if known else sample_type
