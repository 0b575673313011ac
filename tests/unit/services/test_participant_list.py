"""The participant list read a page at a time (issue 8): one SQL statement per page that
gives the same lines, in the same order, as reading each participant's visits one by one.

Why: the Participants workspace used to ask for every participant's visits separately (one
query each, seconds at a biobank's size) and then sorted and searched in Qt. Now the database
filters, sorts and pages; these tests hold the result to the straightforward reading of the
rule (the next visit is the earliest planned one, then by code) for every sort, direction,
search and page size.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from biotrack.db import participants as repo
from biotrack.schedule import PLANNED
from biotrack.services import enrolment, overview
from biotrack.services.context import Session
from biotrack.services.overview import ParticipantOverview, ParticipantQuery

SORTS = overview.PARTICIPANT_SORTS


@pytest.fixture
def study(session: Session) -> Session:
    """Fourteen participants over three sites and both cohorts, two withdrawn (one before any
    visit), one with a missed V1, first doses spread so that the next visits differ (and some
    share a date)."""
    regimens = sorted(session.protocol.regimens)
    sites = ("NAV", "ARA", "GAL")
    for n in range(14):
        start = date(2026, 10, 1) + timedelta(days=(n * 5) % 40)
        if n % 5 == 4:
            enrolment.enrol(session, enrolment.Enrolment(
                cohort="SAD", site=sites[n % 3], enrolled_on=start, diagnosis="SLE"))
        else:
            enrolment.enrol(session, enrolment.Enrolment(
                cohort="ICI", site=sites[n % 3], enrolled_on=start,
                regimen=regimens[n % len(regimens)], first_dose=start + timedelta(days=3),
                diagnosis="Melanoma"))
    enrolment.withdraw(session, "IA-NAV-002", date(2026, 11, 20), "moved away")
    enrolment.withdraw(session, "IA-ARA-003", date(2026, 11, 5), "consent withdrawn")
    enrolment.mark_missed(session, "IA-ARA-001", "V1", "no show")
    return session


def one_by_one(session: Session) -> list[ParticipantOverview]:
    """The rule read the slow, obvious way: each participant's visits, the earliest planned."""
    lines = []
    for p in repo.participants(session.db):
        planned = [v for v in repo.visits_of(session.db, p.id) if v.status == PLANNED]
        upcoming = min(planned, key=lambda v: (v.target_date, v.code), default=None)
        regimen = session.protocol.regimens.get(p.regimen) if p.regimen else None
        lines.append(ParticipantOverview(
            code=p.code, cohort=p.cohort, site=p.site, regimen=p.regimen,
            regimen_name=regimen.name if regimen else p.regimen, status=p.status,
            enrolled_on=p.enrolled_on,
            next_visit=upcoming.code if upcoming else None,
            next_visit_date=upcoming.target_date if upcoming else None))
    return lines


def _key(line: ParticipantOverview, sort: str) -> str:
    if sort == "next_visit":
        return (f"{line.next_visit_date.isoformat()} {line.next_visit}"
                if line.next_visit_date else "9999")
    return {"code": line.code, "cohort": line.cohort, "site": line.site,
            "regimen": line.regimen_name or "", "status": line.status}[sort]


def expected(session: Session, query: ParticipantQuery) -> list[ParticipantOverview]:
    lines = one_by_one(session)
    wanted = query.search.casefold()
    if wanted:
        lines = [line for line in lines if any(wanted in text.casefold() for text in (
            line.code, line.cohort, line.site, line.regimen or "", line.regimen_name or "",
            line.status.replace("_", " ")))]
    return sorted(lines, key=lambda line: (_key(line, query.sort), line.code),
                  reverse=query.descending)


def test_the_whole_list_is_the_rule_read_one_participant_at_a_time(study: Session) -> None:
    lines = overview.participant_overview(study)
    assert lines == one_by_one(study)
    assert any(line.next_visit for line in lines) and any(not line.next_visit for line in lines)
    by_code = {line.code: line for line in lines}
    assert by_code["IA-ARA-003"].status == "withdrawn" and by_code["IA-ARA-003"].next_visit is None
    assert by_code["IA-ARA-001"].next_visit != "V1"  # missed: the next planned one instead
    assert overview.participant_overview(study, site="GAL") == [
        line for line in lines if line.site == "GAL"]


@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_pages_in_every_order_add_up_to_the_sorted_list(study: Session, sort: str,
                                                        descending: bool) -> None:
    query = ParticipantQuery(sort=sort, descending=descending)
    want = expected(study, query)
    for size in (1, 4, 14, 50):
        pages: list[ParticipantOverview] = []
        while True:
            page = overview.participant_page(study, query, len(pages), size)
            assert len(page) <= size
            pages.extend(page)
            if len(page) < size:
                break
        assert pages == want, (sort, descending, size)
    for row, line in enumerate(want):
        assert overview.participant_position(study, line.code, query) == row


@pytest.mark.parametrize("search", ["nav", "GAL-00", "sad", "withdrawn", "nivolumab",
                                    "Nivolumab 240", "100%", "a_b", "zzz", "   ICI  "])
def test_search_filters_in_sql_like_the_list_used_to(study: Session, search: str) -> None:
    query = ParticipantQuery(search=search.strip(), sort="next_visit")
    want = expected(study, query)
    assert overview.participant_page(study, query, 0, 100) == want
    assert overview.participant_count(study, query) == len(want)
    assert overview.participant_count(study) == 14
    outside = {line.code for line in one_by_one(study)} - {line.code for line in want}
    for code in outside:
        assert overview.participant_position(study, code, query) is None


def test_statuses_named_by_the_front_end_also_match(study: Session) -> None:
    """A translated status label ("retirado") matches through the statuses the caller gives."""
    query = ParticipantQuery(search="retirado", statuses=("withdrawn",))
    assert [line.code for line in overview.participant_page(study, query)] == [
        "IA-ARA-003", "IA-NAV-002"]
    assert overview.participant_page(study, ParticipantQuery(search="retirado")) == []


def test_an_unknown_sort_is_refused(study: Session) -> None:
    with pytest.raises(ValueError):
        overview.participant_page(study, ParticipantQuery(sort="local_id"))
