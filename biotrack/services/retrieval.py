"""Retrieval for analysis (issue 7, point 7): pull lists of tubes to take out for an assay.

The study analyses its samples in batches ("serum aliquot 1 of every V1, V5 and irAE visit of
the ICI cohort"). A pull list is chosen by criteria and stored in freezer / shelf / rack / box /
position order, so the technician opens each freezer door once per rack. Scanning a pulled tube
(``pick``) checks it out through services.storage in the same transaction as the list's item,
so a tube is never "picked" without being checked out or the other way round. Tubes that are
not where the list says are flagged (``flag_not_found``); closing a list flags what is left.

Two rules protect the stock:

* never the last aliquot: a tube is skipped when pulling it would leave its visit (one
  collection per visit) with no tube of that sample type in storage, unless ``allow_last``;
  tubes already on another open list count as gone, since that list will take them; a
  scan re-checks it, in case the kept tube left the freezer after the list was made;
* one list per tube: a tube still pending on another open list is skipped.

A list that is no longer wanted is cancelled (``cancel``, with a reason): the tubes it still
had to pull are free again, and those already picked stay checked out until they are returned.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from biotrack.barcodes import normalise
from biotrack.db import collections as coll_repo
from biotrack.db import retrieval as repo
from biotrack.db.queries import Row
from biotrack.errors import QT_TRANSLATE_NOOP, Conflict, Message, NotFound, Translate, UserError
from biotrack.models import position_label
from biotrack.services import storage
from biotrack.services.context import Recorder, Session, change
from biotrack.services.validation import check_text
from biotrack.status_words import status_word

#: More tubes than a batch check-out takes (services.storage) is not one pull list.
MAX_TUBES = 10_000
#: Values of one criterion (codes, numbers) at most.
MAX_VALUES = 500
CODE_PREFIX = "PULL"
STATES = ("pending", "picked", "not_found")
#: Visit kinds the schedule writes (biotrack.schedule): scheduled ones; events come from the
#: protocol's cohorts (irae, remission, flare).
SCHEDULED_KINDS = ("cycle", "baseline")
_SPLIT = re.compile(r"[,;]")


def split_values(values: Iterable[str] | str | None) -> list[str]:
    """'V1,V5' or ['V1', 'V5; V7'] -> ['V1', 'V5', 'V7'] (what the fronts type); blanks
    inside a value stay ('Buffy coat')."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    return [part.strip() for value in values for part in _SPLIT.split(value) if part.strip()]


@dataclass(frozen=True)
class Criteria:
    """Which tubes a pull list takes: every given criterion must hold (visits: code OR kind)."""

    cohorts: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()
    visits: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    sample_types: tuple[str, ...] = ()
    numbers: tuple[int, ...] = ()
    participants: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return not any((self.cohorts, self.sites, self.visits, self.kinds, self.sample_types,
                        self.numbers, self.participants))

    def to_json(self) -> dict[str, Any]:
        return {"cohorts": list(self.cohorts), "sites": list(self.sites),
                "visits": list(self.visits), "kinds": list(self.kinds),
                "sample_types": list(self.sample_types), "numbers": list(self.numbers),
                "participants": list(self.participants)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Criteria:
        return cls(**{name: tuple(data.get(name, ())) for name in (
            "cohorts", "sites", "visits", "kinds", "sample_types", "numbers",
            "participants")})

    def describe(self) -> Message:
        """One line for people: 'cohort ICI; visit V1, V5 or kind irae; sample type serum'.

        A Message: ``str()`` is the English line (stored as criteria_text, JSON), ``text(tr)``
        the same line in the reader's language; the values (codes) stay as typed.
        """
        def values(items: Iterable[object]) -> str:
            return ", ".join(str(item) for item in items)

        parts = []
        if self.cohorts:
            parts.append(Message(QT_TRANSLATE_NOOP("Messages", "cohort {values}"),
                                 values=values(self.cohorts)))
        if self.sites:
            parts.append(Message(QT_TRANSLATE_NOOP("Messages", "site {values}"),
                                 values=values(self.sites)))
        if self.visits and self.kinds:
            parts.append(Message(QT_TRANSLATE_NOOP("Messages", "visit {visits} or kind {kinds}"),
                                 visits=values(self.visits), kinds=values(self.kinds)))
        elif self.visits:
            parts.append(Message(QT_TRANSLATE_NOOP("Messages", "visit {values}"),
                                 values=values(self.visits)))
        elif self.kinds:
            parts.append(Message(QT_TRANSLATE_NOOP("Messages", "kind {values}"),
                                 values=values(self.kinds)))
        if self.sample_types:
            parts.append(Message(QT_TRANSLATE_NOOP("Messages", "sample type {values}"),
                                 values=values(self.sample_types)))
        if self.numbers:
            parts.append(Message(QT_TRANSLATE_NOOP("Messages", "aliquot {values}"),
                                 values=values(self.numbers)))
        if self.participants:
            parts.append(Message(QT_TRANSLATE_NOOP("Messages", "participant {values}"),
                                 values=values(self.participants)))
        if not parts:
            return Message(QT_TRANSLATE_NOOP("Messages", "every tube"))
        # No words of its own, so not in the catalogue: a list of Messages joins with "; ".
        return Message("{parts}", parts=parts)


def criteria(*, cohorts: Iterable[str] | str | None = None,
             sites: Iterable[str] | str | None = None,
             visits: Iterable[str] | str | None = None,
             kinds: Iterable[str] | str | None = None,
             sample_types: Iterable[str] | str | None = None,
             numbers: Iterable[int | str] | str | int | None = None,
             participants: Iterable[str] | str | None = None) -> Criteria:
    """Criteria from what a person typed (comma or space separated); checked by the service."""
    if isinstance(numbers, int):
        numbers = [numbers]
    raw_numbers: list[int | str] = (list(split_values(numbers)) if isinstance(numbers, str)
                                    else list(numbers or ()))
    parsed: list[int] = []
    for value in raw_numbers:
        if isinstance(value, int):
            parsed.append(value)
            continue
        for part in split_values(value):
            try:
                parsed.append(int(part))
            except ValueError:
                raise UserError(QT_TRANSLATE_NOOP("Messages", "aliquot number must be a "
                                                  "whole number, not '{value}'"),
                                value=part[:20]) from None
    return Criteria(
        cohorts=tuple(split_values(cohorts)), sites=tuple(split_values(sites)),
        visits=tuple(split_values(visits)), kinds=tuple(split_values(kinds)),
        sample_types=tuple(split_values(sample_types)), numbers=tuple(parsed),
        participants=tuple(split_values(participants)))


def _unique(values: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(dict.fromkeys(values))


def check_criteria(session: Session, wanted: Criteria) -> Criteria:
    """The criteria in canonical form (codes upper case, sample types by key), or one clear
    UserError naming the first value the protocol or the database does not know."""
    if wanted.is_empty():
        raise UserError(QT_TRANSLATE_NOOP("Messages", "give at least one criterion (cohort, "
                                          "site, visit, kind, sample type, aliquot number or "
                                          "participant)"))
    for name, values in wanted.to_json().items():
        if len(values) > MAX_VALUES:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "at most {most} {criterion} at once"),
                            most=MAX_VALUES, criterion=name.replace("_", " "))
    protocol = session.protocol
    cohorts = _unique(c.strip().upper() for c in wanted.cohorts)
    for cohort in cohorts:
        if cohort not in protocol.cohorts:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "unknown cohort '{cohort}' (cohorts: "
                                             "{known})"),
                           cohort=cohort[:20], known=", ".join(protocol.cohorts))
    sites = _unique(s.strip().upper() for s in wanted.sites)
    if sites:
        known_sites = repo.known_sites(session.db)
        for site in sites:
            if site not in known_sites:
                raise NotFound(QT_TRANSLATE_NOOP("Messages", "unknown site '{site}' (sites: "
                                                 "{known})"),
                               site=site[:20], known=", ".join(known_sites))
    event_prefixes = {e.code_prefix.upper(): e.kind for c in protocol.cohorts.values()
                      for e in c.events}
    kinds_known = _unique([*SCHEDULED_KINDS, *(e.kind for c in protocol.cohorts.values()
                                               for e in c.events)])
    kinds = _unique(k.strip().lower() for k in wanted.kinds)
    for kind in kinds:
        if kind not in kinds_known:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "unknown visit kind '{kind}' (kinds: "
                                              "{known})"),
                            kind=kind[:20], known=", ".join(kinds_known))
    scheduled = {v.code.upper() for c in protocol.cohorts.values() for v in c.visits}
    visits = _unique(v.strip().upper() for v in wanted.visits)
    for visit in visits:
        prefix, _, number = visit.rpartition("-")
        if visit not in scheduled and not (prefix in event_prefixes and number.isdigit()):
            examples = ", ".join([*sorted(scheduled), *(f"{p}-1" for p in event_prefixes)])
            raise UserError(QT_TRANSLATE_NOOP("Messages", "'{visit}' is not a visit code of the "
                                              "protocol ({examples}; for every event visit "
                                              "give a kind, e.g. --kind irae)"),
                            visit=visit[:20], examples=examples)
    sample_types = _unique(_sample_type(session, s) for s in wanted.sample_types)
    numbers = _unique(int(n) for n in wanted.numbers)
    for number in numbers:
        if not 1 <= number <= 99:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "aliquot number {number} is out of "
                                              "range (1-99)"), number=number)
    participants = _unique(p.strip().upper() for p in wanted.participants)
    if participants:
        known = repo.known_participants(session.db, participants)
        for code in participants:
            if code not in known:
                raise NotFound(QT_TRANSLATE_NOOP("Messages", "no participant with code {code}"),
                               code=code[:20])
    return Criteria(cohorts, sites, visits, kinds, sample_types, numbers, participants)


def site_codes(session: Session) -> list[str]:
    """The sites of this database (editable data, so not only the protocol's)."""
    return repo.known_sites(session.db)


def _sample_type(session: Session, text: str) -> str:
    wanted = text.strip().lower()
    for key, sample in session.protocol.sample_types.items():
        if wanted in (key.lower(), sample.short.lower(), sample.label.lower()):
            return key
    raise NotFound(QT_TRANSLATE_NOOP("Messages", "unknown sample type '{name}' (sample types: "
                                     "{known})"),
                   name=text.strip()[:30], known=", ".join(session.protocol.sample_types))


# -- what a list holds --------------------------------------------------------------------------


@dataclass(frozen=True)
class PullTube:
    """One tube a list takes (or skips), with where it sits and what it is (coded only)."""

    aliquot_id: int
    barcode: str
    code: str
    visit: str
    visit_kind: str
    sample_type: str
    number: int
    of_count: int
    freezer: str
    shelf: str
    rack: str
    box: str
    box_id: int
    row: int
    col: int
    #: Why a preview leaves it out: "last" (last in-storage aliquot) or "on_list".
    skip: str | None = None
    #: The open pull list that already holds it.
    on_list: str | None = None

    @property
    def position(self) -> str:
        return position_label(self.row, self.col)

    @property
    def rack_path(self) -> str:
        return f"{self.freezer}/{self.shelf}/{self.rack}"

    @property
    def box_path(self) -> str:
        return f"{self.rack_path}/{self.box}"

    @property
    def path(self) -> str:
        return f"{self.box_path}/{self.position}"

    def to_json(self) -> dict[str, Any]:
        data = {"barcode": self.barcode, "code": self.code, "visit": self.visit,
                "visit_kind": self.visit_kind, "sample_type": self.sample_type,
                "number": self.number, "of": self.of_count, "freezer": self.freezer,
                "shelf": self.shelf, "rack": self.rack, "box": self.box,
                "position": self.position, "path": self.path}
        if self.skip:
            data.update(skip=self.skip, on_list=self.on_list)
        return data


def _tube(row: Row, skip: str | None = None) -> PullTube:
    return PullTube(
        aliquot_id=int(row["aliquot_id"]), barcode=str(row["barcode"]), code=str(row["code"]),
        visit=str(row["visit"]), visit_kind=str(row["visit_kind"]),
        sample_type=str(row["sample_type"]), number=int(row["number"]),
        of_count=int(row["of_count"]), freezer=str(row["freezer"] or ""),
        shelf=str(row["shelf"] or ""), rack=str(row["rack"] or ""), box=str(row["box"] or ""),
        box_id=int(row["box_id"] or 0), row=int(row["pos_row"] or 0),
        col=int(row["pos_col"] or 0), skip=skip, on_list=row.get("on_list"))


@dataclass(frozen=True)
class Preview:
    """What a list with these criteria would take now, and what it would leave and why."""

    criteria: Criteria
    allow_last: bool
    tubes: tuple[PullTube, ...]
    skipped_last: tuple[PullTube, ...] = ()
    skipped_on_list: tuple[PullTube, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"criteria": self.criteria.to_json(), "allow_last": self.allow_last,
                "count": len(self.tubes), "skipped_last_count": len(self.skipped_last),
                "skipped_on_list_count": len(self.skipped_on_list),
                "tubes": [t.to_json() for t in self.tubes],
                "skipped_last": [t.to_json() for t in self.skipped_last],
                "skipped_on_list": [t.to_json() for t in self.skipped_on_list]}


def preview(session: Session, wanted: Criteria, allow_last: bool = False) -> Preview:
    """The tubes a pull list would take, in pull order; read-only (any role)."""
    checked = check_criteria(session, wanted)
    found = repo.select_tubes(
        session.db, cohorts=checked.cohorts, sites=checked.sites,
        participants=checked.participants, visits=checked.visits, kinds=checked.kinds,
        sample_types=checked.sample_types, numbers=checked.numbers, limit=MAX_TUBES + 1)
    if len(found) > MAX_TUBES:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "more than {most} tubes match "
                                          "({criteria}): narrow the criteria"),
                        most=f"{MAX_TUBES:,}", criteria=checked.describe())
    tubes: list[PullTube] = []
    last: list[PullTube] = []
    listed: list[PullTube] = []
    for row in found:
        if row["on_list"] is not None:
            listed.append(_tube(row, "on_list"))
        elif not allow_last and int(row["rank"]) >= int(row["available"]):
            # Pulling it would leave its visit without this sample type in storage.
            last.append(_tube(row, "last"))
        else:
            tubes.append(_tube(row))
    return Preview(checked, allow_last, tuple(tubes), tuple(last), tuple(listed))


# -- stored lists -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PullList:
    """A stored pull list with how far it got."""

    id: int
    code: str
    purpose: str
    criteria: Criteria
    allow_last: bool
    status: str
    created_at: str
    created_by: str | None
    closed_at: str | None
    total: int
    pending: int
    picked: int
    not_found: int

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "purpose": self.purpose, "criteria": self.criteria.to_json(),
                "criteria_text": str(self.criteria.describe()), "allow_last": self.allow_last,
                "status": self.status, "created_at": self.created_at,
                "created_by": self.created_by, "closed_at": self.closed_at,
                "total": self.total, "pending": self.pending, "picked": self.picked,
                "not_found": self.not_found}


@dataclass(frozen=True)
class PullItem:
    """One tube of a stored list: where it was listed, and whether it was pulled."""

    ord: int
    tube: PullTube
    state: str
    picked_at: str | None
    status: str  # the tube's status now (checked_out once picked)

    def to_json(self) -> dict[str, Any]:
        return dict(self.tube.to_json(), ord=self.ord, state=self.state,
                    picked_at=self.picked_at, status=self.status)


@dataclass(frozen=True)
class PullListDetail:
    """A list and its items in pull order."""

    pull: PullList
    items: tuple[PullItem, ...] = field(default=())

    def item(self, barcode: str) -> PullItem | None:
        return next((i for i in self.items if i.tube.barcode == barcode), None)

    def to_json(self) -> dict[str, Any]:
        return dict(self.pull.to_json(), items=[i.to_json() for i in self.items])


def _pull_list(row: Row) -> PullList:
    stored = json.loads(row["criteria"] or "{}")
    return PullList(
        id=int(row["id"]), code=str(row["code"]), purpose=str(row["purpose"]),
        criteria=Criteria.from_json(stored), allow_last=bool(stored.get("allow_last")),
        status=str(row["status"]), created_at=str(row["created_at"]),
        created_by=row["created_by"], closed_at=row["closed_at"], total=int(row["total"]),
        pending=int(row["pending"]), picked=int(row["picked"]),
        not_found=int(row["not_found"]))


def _item(row: Row) -> PullItem:
    return PullItem(ord=int(row["ord"]), tube=_tube(dict(row, on_list=None)),
                    state=str(row["state"]), picked_at=row["picked_at"],
                    status=str(row["status"]))


def _get(session: Session, code: str) -> PullList:
    wanted = (code or "").strip().upper()
    row = repo.pull_list_by_code(session.db, wanted)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no pull list {code}"), code=wanted[:30])
    return _pull_list(row)


def _open(session: Session, code: str) -> PullList:
    pull = _get(session, code)
    if pull.status != "open":
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "pull list {code} is {status}"),
                       code=pull.code, status=status_word(pull.status))
    return pull


def lists(session: Session, status: str | None = None) -> list[PullList]:
    """Every pull list, newest first (or only those with ``status``)."""
    if status is not None and status not in ("open", "closed", "cancelled"):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "unknown pull list status '{status}' "
                                          "(open, closed, cancelled)"), status=status[:20])
    return [_pull_list(r) for r in repo.pull_lists(session.db, status)]


def show(session: Session, code: str) -> PullListDetail:
    pull = _get(session, code)
    return PullListDetail(pull, tuple(_item(r) for r in repo.pull_items(session.db, pull.id)))


def create(session: Session, purpose: str, wanted: Criteria,
           allow_last: bool = False) -> PullListDetail:
    """Store a pull list with its tubes in pull order (one transaction, audited)."""
    purpose = check_text(purpose, "purpose", 200)
    with change(session, "storage") as rec:
        # Chosen inside the write transaction: no other list can take these tubes meanwhile.
        chosen = preview(session, wanted, allow_last)
        if not chosen.tubes:
            skipped = len(chosen.skipped_last) + len(chosen.skipped_on_list)
            if skipped:
                raise UserError(QT_TRANSLATE_NOOP("Messages", "no tube to pull for {criteria} "
                                                  "({last} last aliquot(s) and {listed} "
                                                  "tube(s) on open lists skipped)"),
                                criteria=chosen.criteria.describe(),
                                last=len(chosen.skipped_last),
                                listed=len(chosen.skipped_on_list))
            raise UserError(QT_TRANSLATE_NOOP("Messages", "no tube to pull for {criteria}"),
                            criteria=chosen.criteria.describe())
        code = _next_code(session)
        stored = dict(chosen.criteria.to_json(), allow_last=allow_last)
        pull_id = repo.insert_pull_list(session.db, {
            "code": code, "purpose": purpose, "criteria": json.dumps(stored),
            "created_at": session.now_iso(), "created_by": session.user.id or None})
        repo.insert_pull_items(session.db, [
            {"pull_id": pull_id, "aliquot_id": t.aliquot_id, "ord": number,
             "box_id": t.box_id, "pos_row": t.row, "pos_col": t.col}
            for number, t in enumerate(chosen.tubes, start=1)])
        rec.record("pull_list.create", "pull_list", code, after={
            "purpose": purpose, "criteria": stored, "tubes": len(chosen.tubes),
            "skipped_last": len(chosen.skipped_last),
            "skipped_on_list": len(chosen.skipped_on_list)})
    return show(session, code)


def _next_code(session: Session) -> str:
    prefix = f"{CODE_PREFIX}-{session.now().astimezone(UTC).year}-"
    last = repo.last_code(session.db, prefix)
    number = int(last[len(prefix):]) + 1 if last and last[len(prefix):].isdigit() else 1
    return f"{prefix}{number:04d}"


# -- pulling ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pick:
    """A confirmed scan: the item now picked and the list's counts after it."""

    pull: PullList
    item: PullItem

    def to_json(self) -> dict[str, Any]:
        return {"pull_list": self.pull.to_json(), "item": self.item.to_json()}


def _listed(session: Session, pull: PullList, barcode: str) -> tuple[Row, str]:
    """The list's item for a scanned barcode, or one clear refusal."""
    code = normalise(barcode)
    aliquot = coll_repo.aliquot_by_barcode(session.db, code)
    if aliquot is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no tube with barcode {barcode}"),
                       barcode=code)
    item = repo.pull_item(session.db, pull.id, aliquot.id)
    if item is None:
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} ({code} {visit}) is not on "
                                         "pull list {list}: put it back"),
                       barcode=code, code=aliquot.code, visit=aliquot.visit, list=pull.code)
    if item["state"] == "picked":
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} was already picked for "
                                         "{list}"), barcode=code, list=pull.code)
    if item["state"] == "not_found":
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} was flagged not found on "
                                         "{list}"), barcode=code, list=pull.code)
    return item, code


def _pick(session: Session, rec: Recorder, pull: PullList, barcode: str) -> str:
    item, code = _listed(session, pull, barcode)
    aliquot = coll_repo.aliquot_by_barcode(session.db, code)
    assert aliquot is not None
    if (not pull.allow_last and aliquot.status == "in_storage" and repo.in_storage_count(
            session.db, aliquot.collection_id, aliquot.sample_type) <= 1):
        # The list kept one tube of each visit and sample type, but that one has left the
        # freezer since: this tube is now the last.
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} is now the last {sample} tube "
                                         "of {code} {visit} in storage: put it back (the list "
                                         "does not take last aliquots)"),
                       barcode=code, sample=aliquot.sample_type.replace("_", " "),
                       code=aliquot.code, visit=aliquot.visit)
    # Nested change: joins this transaction, so the check-out and the item stand or fall
    # together.
    storage.check_out(session, [code], reason=f"pull list {pull.code}: {pull.purpose}")
    repo.set_item_state(session.db, pull.id, int(item["aliquot_id"]), "picked",
                        session.now_iso())
    rec.record("pull_list.pick", "pull_list", pull.code, after={"barcode": code})
    return code


def pick(session: Session, code: str, barcode: str) -> Pick:
    """One scanned tube: on the list and pending -> checked out and picked, else refused with
    nothing changed."""
    with change(session, "storage") as rec:
        pull = _open(session, code)
        picked = _pick(session, rec, pull, barcode)
    detail = show(session, pull.code)
    item = detail.item(picked)
    assert item is not None
    return Pick(detail.pull, item)


def pick_all(session: Session, code: str, barcodes: Sequence[str]) -> PullListDetail:
    """Several scans at once (the command line): all picked, or none."""
    if not barcodes:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "give at least one barcode"))
    with change(session, "storage") as rec:
        pull = _open(session, code)
        for barcode in barcodes:
            _pick(session, rec, pull, barcode)
    return show(session, pull.code)


def flag_not_found(session: Session, code: str, barcodes: Sequence[str],
                   reason: str) -> PullListDetail:
    """Tubes of the list that are not where it says: flagged (all or none), with the reason in
    each tube's audit trail. The tubes keep their status: a box audit decides if missing."""
    reason = check_text(reason, "reason", 500)
    if not barcodes:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "give at least one barcode"))
    with change(session, "storage") as rec:
        pull = _open(session, code)
        seen: set[str] = set()
        for barcode in barcodes:
            item, tube = _listed(session, pull, barcode)
            if tube in seen:
                raise UserError(QT_TRANSLATE_NOOP("Messages", "{barcode} is listed twice"),
                                barcode=tube)
            seen.add(tube)
            repo.set_item_state(session.db, pull.id, int(item["aliquot_id"]), "not_found",
                                None)
            rec.record("pull_list.not_found", "aliquot", tube,
                       after={"pull_list": pull.code}, reason=reason)
    return show(session, pull.code)


@dataclass(frozen=True)
class Closed:
    """A closed list and the tubes closing flagged as not found (those still pending)."""

    detail: PullListDetail
    flagged: tuple[PullItem, ...]

    def to_json(self) -> dict[str, Any]:
        return dict(self.detail.to_json(), flagged=[i.to_json() for i in self.flagged])


def close(session: Session, code: str) -> Closed:
    """End a list: every tube still pending becomes not found (and is named in the result)."""
    with change(session, "storage") as rec:
        pull = _open(session, code)
        pending = [i for i in show(session, pull.code).items if i.state == "pending"]
        for item in pending:
            repo.set_item_state(session.db, pull.id, item.tube.aliquot_id, "not_found", None)
        repo.set_list_status(session.db, pull.id, "closed", session.now_iso())
        rec.record("pull_list.close", "pull_list", pull.code,
                   before={"status": "open"},
                   after={"status": "closed", "picked": pull.picked,
                          "not_found": pull.not_found + len(pending),
                          "flagged": [i.tube.barcode for i in pending]})
    detail = show(session, pull.code)
    flagged = {i.tube.barcode for i in pending}
    return Closed(detail, tuple(i for i in detail.items if i.tube.barcode in flagged))


@dataclass(frozen=True)
class Cancelled:
    """A cancelled list. Its tubes already picked stay checked out (someone holds them): they
    go back with the normal check-in. Those still pending are no longer to pull and are free
    for another list (only an open list holds its tubes)."""

    detail: PullListDetail
    reason: str

    @property
    def to_return(self) -> tuple[PullItem, ...]:
        """Picked tubes still checked out: the person returns them at the scan station."""
        return tuple(i for i in self.detail.items
                     if i.state == "picked" and i.status == "checked_out")

    @property
    def released(self) -> tuple[PullItem, ...]:
        """Tubes that were still to pull: the list no longer takes them."""
        return tuple(i for i in self.detail.items if i.state == "pending")

    def to_json(self) -> dict[str, Any]:
        return dict(self.detail.to_json(), reason=self.reason,
                    to_return=[i.tube.barcode for i in self.to_return],
                    released=[i.tube.barcode for i in self.released])


def cancel(session: Session, code: str, reason: str) -> Cancelled:
    """Give up an open list (with the reason, in its audit event). Nothing is checked in or
    flagged: picked tubes stay checked out until returned, pending ones stay where they are."""
    reason = check_text(reason, "reason", 500)
    with change(session, "storage") as rec:
        pull = _open(session, code)
        items = show(session, pull.code).items
        repo.set_list_status(session.db, pull.id, "cancelled", session.now_iso())
        rec.record("pull_list.cancel", "pull_list", pull.code,
                   before={"status": "open"},
                   after={"status": "cancelled", "picked": pull.picked,
                          "not_found": pull.not_found, "pending": pull.pending,
                          "checked_out": [i.tube.barcode for i in items
                                          if i.state == "picked"
                                          and i.status == "checked_out"]},
                   reason=reason)
    return Cancelled(show(session, pull.code), reason)


# -- printing -----------------------------------------------------------------------------------


def study_name(session: Session) -> str:
    protocol = session.protocol
    return f"{protocol.name} ({protocol.registration})" if protocol.registration not in (
        "", "-") else protocol.name


def sample_labels(session: Session, translate: Translate | None = None) -> dict[str, str]:
    """Every sample type id -> its name in the language of ``translate`` (the protocol's own
    translations; English without one)."""
    protocol = session.protocol
    if translate is None:
        return {key: t.label for key, t in protocol.sample_types.items()}
    from biotrack.reports.pdf import Words  # reportlab only when printing

    language = Words(translate).language
    return {key: protocol.text(t.label, language) for key, t in protocol.sample_types.items()}


def write_pdf(detail: PullListDetail, target: Path, *, study: str, generated_at: datetime,
              labels: dict[str, str] | None = None, translate: Translate | None = None) -> Path:
    """The printable list; needs no database, so a GUI worker can run it on its own.

    ``translate``: the reader's catalogue (the PDF's texts, dates and numbers); English if None.
    """
    from biotrack.reports import pull_list as pdf  # reportlab only when printing
    from biotrack.reports.output import check_target
    from biotrack.reports.pdf import english

    check_target(target)
    pdf.write_pull_list_pdf(detail.to_json(), target, study=study, generated_at=generated_at,
                            sample_labels=labels, translate=translate or english)
    return Path(target)


def pdf(session: Session, code: str, target: Path, *,
        translate: Translate | None = None) -> Path:
    """Write the pull list ``code`` as a PDF (any role: it holds coded data only), in the
    language of ``translate`` (English if None)."""
    return write_pdf(show(session, code), target, study=study_name(session),
                     generated_at=session.now().astimezone(UTC),
                     labels=sample_labels(session, translate), translate=translate)
