"""Stored box audits and their resolutions (issue 7, point 1).

``storage.box_audit`` only compares a scan of a box with the database. Here the comparison is
kept: ``save`` stores the audit (box, hand or file scan, counts) with one finding per
difference, in one audited transaction, so the manager can see later what was found and how it
was settled (the monthly inventory lists the findings of its month, issue 6).

Each finding is resolved once, with a reason, by one action that fits its category:

=============  =================================================================================
missing        ``mark_missing`` (the tube is lost: status missing, position freed) or dismiss
unexpected     ``move_here`` (the database follows the freezer: the tube is moved to where it
               was scanned in this box) or dismiss
misplaced      ``correct_position`` (moved to where it was scanned) or dismiss
others         (unknown barcode, scanned twice, unreadable well, out but found in the box)
               dismiss only
=============  =================================================================================

A resolution acts on the tube as the audit saw it: if the tube moved or changed status since,
the resolution is refused (audit the box again). The storage movement and the resolution are
one transaction with their audit events. Tubes that swapped places can only be corrected
together: ``correct_positions`` applies every open correction of one audit at once
(``storage.move_together`` lifts them all, then places them), so the one-tube-per-position
index never sees two tubes in one slot.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from biotrack.barcodes import normalise
from biotrack.db import box_audits as repo
from biotrack.db import collections as coll_repo
from biotrack.db.queries import Row
from biotrack.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, UserError
from biotrack.models import Aliquot
from biotrack.services import storage
from biotrack.services.context import Session, change
from biotrack.services.validation import check_text

CATEGORIES = ("missing", "unexpected", "misplaced", "checked_out", "unknown", "duplicate",
              "unreadable")
#: action -> the resolution it stores
RESOLUTIONS = {"mark_missing": "marked_missing", "move_here": "moved_here",
               "correct_position": "position_corrected", "dismiss": "dismissed"}
ACTIONS = tuple(RESOLUTIONS)
_ALLOWED = {"missing": ("mark_missing", "dismiss"), "unexpected": ("move_here", "dismiss"),
            "misplaced": ("correct_position", "dismiss")}
SOURCES = ("hand", "file")


def allowed_actions(category: str) -> tuple[str, ...]:
    """The actions that can settle a finding of this category."""
    return _ALLOWED.get(category, ("dismiss",))


@dataclass(frozen=True)
class Finding:
    """One difference a stored audit found, and its resolution once there is one."""

    id: int
    audit_id: int
    category: str
    barcode: str
    #: Position in the audited box where the tube was scanned (None: not scanned there).
    scanned: str | None
    #: Where the database had it at the audit: a position of this box (missing, misplaced,
    #: checked out) or a path elsewhere (unexpected); None if it had none.
    expected: str | None
    audit_at: str
    box_path: str
    box_id: int
    aliquot_id: int | None = None
    resolution: str | None = None
    resolved_at: str | None = None
    resolved_by: str | None = None
    reason: str | None = None

    @property
    def is_open(self) -> bool:
        return self.resolution is None

    @property
    def actions(self) -> tuple[str, ...]:
        """What can still be done with it (nothing once resolved)."""
        return allowed_actions(self.category) if self.is_open else ()

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "audit_id": self.audit_id, "audit_at": self.audit_at,
                "box": self.box_path, "category": self.category, "barcode": self.barcode,
                "scanned_position": self.scanned, "expected": self.expected,
                "resolution": self.resolution, "resolved_at": self.resolved_at,
                "resolved_by": self.resolved_by, "reason": self.reason,
                "actions": list(self.actions)}


@dataclass(frozen=True)
class StoredAudit:
    """A saved box audit: what was compared, the counts, and (when asked for) its findings."""

    id: int
    box_path: str
    at: str
    user: str | None
    source: str
    scan_file: str | None
    scanned: int
    matched: int
    finding_count: int
    open_count: int
    findings: tuple[Finding, ...] = ()

    def counts(self) -> dict[str, int]:
        """Findings per category (every category, zero included)."""
        result = dict.fromkeys(CATEGORIES, 0)
        for finding in self.findings:
            result[finding.category] += 1
        return result

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "box": self.box_path, "at": self.at, "user": self.user,
                "source": self.source, "scan_file": self.scan_file, "scanned": self.scanned,
                "matched": self.matched, "findings": self.finding_count,
                "open": self.open_count, "counts": self.counts(),
                "items": [f.to_json() for f in self.findings]}


def _finding(row: Row) -> Finding:
    return Finding(
        id=row["id"], audit_id=row["audit_id"], category=row["category"],
        barcode=row["barcode"], scanned=row["scanned_position"], expected=row["expected"],
        audit_at=row["audit_at"], box_path=row["box_path"], box_id=row["box_id"],
        aliquot_id=row["aliquot_id"], resolution=row["resolution"],
        resolved_at=row["resolved_at"], resolved_by=row["resolved_by"], reason=row["reason"])


def _audit(row: Row, findings: Sequence[Finding] = ()) -> StoredAudit:
    return StoredAudit(
        id=row["id"], box_path=row["box_path"], at=row["at"], user=row["username"],
        source=row["source"], scan_file=row["scan_file"], scanned=row["scanned"],
        matched=row["matched"], finding_count=row["findings"], open_count=row["open_findings"],
        findings=tuple(findings))


# -- saving --------------------------------------------------------------------------------------


def save(session: Session, box_path: str, scans: Sequence[tuple[str | None, str]], *,
         source: str = "hand", scan_file: str | None = None,
         unreadable: Sequence[str] = ()) -> StoredAudit:
    """Compare the scans with the database (storage.box_audit) and store the result.

    One transaction: the audit row, one finding per difference (missing, unexpected or
    unknown, misplaced, a checked-out tube found in the box, a barcode scanned twice, a well
    the rack scanner could not read) and one audit event. Only the file's name is kept.
    """
    if source not in SOURCES:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "unknown audit source '{source}' (hand "
                                          "or file)"), source=source[:20])
    name = PurePath(scan_file.strip()).name[:200] if scan_file and scan_file.strip() else None
    with change(session, "storage") as rec:
        result = storage.box_audit(session, box_path, scans)
        box = result.box
        scanned = len(result.matched) + len(result.misplaced) + len(result.unexpected)
        audit_id = repo.insert_audit(session.db, {
            "box_id": box.id, "at": session.now_iso(), "user_id": session.user.id or None,
            "source": source, "scan_file": name, "scanned": scanned,
            "matched": len(result.matched)})
        rows: list[tuple[str, str, str | None, str | None]] = []
        rows += [("missing", f.barcode, None, f.expected) for f in result.missing]
        rows += [("unknown" if f.status is None else "unexpected", f.barcode, f.scanned,
                  f.expected) for f in result.unexpected]
        rows += [("misplaced", f.barcode, f.scanned, f.expected) for f in result.misplaced]
        rows += [("checked_out", f.barcode, f.scanned, f.expected) for f in result.matched
                 if f.status == "checked_out"]
        extra = _extra_scans(scans)
        rows += [("duplicate", code, ", ".join(p for p in extra.get(code, []) if p) or None,
                  None) for code in result.duplicates]
        rows += [("unreadable", "", well, None) for well in unreadable]
        for category, barcode, at, expected in rows:
            aliquot = coll_repo.aliquot_by_barcode(session.db, barcode) if barcode else None
            repo.insert_finding(session.db, {
                "audit_id": audit_id, "category": category, "barcode": barcode,
                "aliquot_id": aliquot.id if aliquot else None, "scanned_position": at,
                "expected": expected})
        counts = {c: sum(1 for r in rows if r[0] == c) for c in CATEGORIES}
        rec.record("box_audit.save", "box_audit", audit_id, after={
            "box": box.path, "source": source, "scan_file": name, "scanned": scanned,
            "matched": len(result.matched), "findings": {c: n for c, n in counts.items() if n},
        })
    return audit(session, audit_id)


def check_file_positions(session: Session, box_path: str, tubes: Sequence[tuple[str, str]],
                         lines: Mapping[tuple[str, str], int], source: str) -> None:
    """A rack-scanner file's positions against the box, the first one outside it refused with
    its line (box_audit itself only knows the scans, not the file's lines)."""
    box = storage.find_box(session, box_path)
    for position, barcode in tubes:
        try:
            storage.parse_position(position, box)
        except UserError as exc:
            line = lines.get((position.strip().upper(), barcode.strip().upper()))
            if line:
                raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}, line {line}: {problem}"),
                                source=source, line=line, problem=exc) from None
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{source}: {problem}"),
                            source=source, problem=exc) from None


def _extra_scans(scans: Sequence[tuple[str | None, str]]) -> dict[str, list[str | None]]:
    """Barcode -> positions of its scans after the first (box_audit already validated them)."""
    seen: set[str] = set()
    extra: dict[str, list[str | None]] = {}
    for position, barcode in scans:
        code = normalise(barcode)
        if code in seen:
            label = position.strip().upper() if position and position.strip() else None
            extra.setdefault(code, []).append(label)
        seen.add(code)
    return extra


# -- reading -------------------------------------------------------------------------------------


def audit(session: Session, audit_id: int) -> StoredAudit:
    """One stored audit with all its findings."""
    row = repo.audit_by_id(session.db, int(audit_id))
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no box audit {audit}"), audit=audit_id)
    return _audit(row, [_finding(f) for f in repo.findings(session.db, audit_id=row["id"])])


def audits(session: Session, box_path: str | None = None, limit: int = 200) -> list[StoredAudit]:
    """Stored audits, newest first (of one box when a path is given), without their findings."""
    box_id = storage.find_box(session, box_path).id if box_path else None
    return [_audit(r) for r in repo.audits(session.db, box_id=box_id, limit=limit)]


def findings(session: Session, *, audit_id: int | None = None,
             open_only: bool = False) -> list[Finding]:
    """Findings of every audit (or one), oldest audit first; ``open_only``: not resolved yet."""
    return [_finding(r) for r in repo.findings(session.db, audit_id=audit_id,
                                               open_only=open_only)]


def finding(session: Session, finding_id: int) -> Finding:
    row = repo.finding_by_id(session.db, int(finding_id))
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no box-audit finding {finding}"),
                       finding=finding_id)
    return _finding(row)


# -- resolving -----------------------------------------------------------------------------------


def _action(action: str) -> str:
    key = action.strip().lower().replace("-", "_")
    if key not in RESOLUTIONS:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "unknown action '{action}' "
                                          "(mark-missing, move-here, correct-position or "
                                          "dismiss)"), action=action[:30])
    return key


def _open(found: Finding, action: str) -> None:
    if not found.is_open:
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "finding {finding} was already resolved "
                                         "({resolution} on {date} by {user})"),
                       finding=found.id, resolution=found.resolution,
                       date=(found.resolved_at or "")[:10], user=found.resolved_by or "?")
    if action not in allowed_actions(found.category):
        allowed = " or ".join(a.replace("_", "-") for a in allowed_actions(found.category))
        raise UserError(QT_TRANSLATE_NOOP("Messages", "finding {finding} ({category} "
                                          "{barcode}) can only be resolved with {actions}"),
                        finding=found.id, category=found.category, barcode=found.barcode,
                        actions=allowed)


def _unchanged(session: Session, found: Finding) -> Aliquot:
    """The tube, if it is still as the audit saw it; else a Conflict that says what changed."""
    aliquot = coll_repo.aliquot_by_barcode(session.db, found.barcode)
    if aliquot is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no tube with barcode {barcode}"),
                       barcode=found.barcode)
    here = aliquot.location
    if found.category == "unexpected":
        same = (here.path if here else None) == found.expected
    else:  # missing or misplaced: it was at ``expected`` in the audited box
        same = (here is not None and here.box_id == found.box_id
                and here.position == found.expected)
        if found.category == "missing":
            same = same and aliquot.status == "in_storage"
    if not same:
        now = here.path if here else aliquot.status.replace("_", " ")
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} changed since box audit "
                                         "{audit} (it is now {now}): audit box {box} again"),
                       barcode=found.barcode, audit=found.audit_id, now=now,
                       box=found.box_path)
    return aliquot


def _target(found: Finding) -> str:
    if not found.scanned:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{barcode} was scanned without a "
                                          "position: move it with 'move' to the position it "
                                          "is in"), barcode=found.barcode)
    return f"{found.box_path}/{found.scanned}"


def _note(found: Finding, reason: str) -> str:
    return f"box audit {found.audit_id}: {reason}"


def resolve(session: Session, finding_id: int, action: str, reason: str) -> Finding:
    """Settle one finding with one action (see the module doc); audited, with its reason."""
    key = _action(action)
    reason = check_text(reason, "reason", 500)
    with change(session, "storage") as rec:
        found = finding(session, finding_id)
        _open(found, key)
        if key != "dismiss":
            _unchanged(session, found)
        if key == "mark_missing":
            storage.finish(session, [found.barcode], "missing", _note(found, reason))
        elif key == "move_here":
            storage.move(session, found.barcode, _target(found), _note(found, reason))
        elif key == "correct_position":
            swapped = next((f for f in findings(session, audit_id=found.audit_id,
                                                open_only=True)
                            if f.category == "misplaced" and f.id != found.id
                            and f.expected == found.scanned), None)
            if swapped is not None:
                raise Conflict(QT_TRANSLATE_NOOP("Messages", "{position} of box {box} still "
                                                 "holds {barcode}, which this audit found "
                                                 "misplaced too: correct all positions of "
                                                 "audit {audit} together"),
                               position=found.scanned, box=found.box_path,
                               barcode=swapped.barcode, audit=found.audit_id)
            storage.move_together(session, [(found.barcode, _target(found))],
                                  _note(found, reason))
        _record(session, rec, found, key, reason)
    return finding(session, finding_id)


def correct_positions(session: Session, audit_id: int, reason: str) -> list[Finding]:
    """Every open misplaced finding of one audit corrected at once (tubes that swapped
    places included): one transaction, each tube moved to where it was scanned."""
    reason = check_text(reason, "reason", 500)
    with change(session, "storage") as rec:
        stored = audit(session, audit_id)
        todo = [f for f in stored.findings if f.category == "misplaced" and f.is_open]
        if not todo:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "box audit {audit} has no open "
                                              "misplaced tube"), audit=stored.id)
        for found in todo:
            _unchanged(session, found)
        try:
            storage.move_together(session, [(f.barcode, _target(f)) for f in todo],
                                  f"box audit {stored.id}: {reason}")
        except Conflict as exc:
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "{problem}: resolve that tube's "
                                             "finding first"), problem=exc) from None
        for found in todo:
            _record(session, rec, found, "correct_position", reason)
    return [finding(session, f.id) for f in todo]


def _record(session: Session, rec: Any, found: Finding, action: str, reason: str) -> None:
    resolution = RESOLUTIONS[action]
    if not repo.resolve_finding(session.db, found.id, resolution, session.now_iso(),
                                session.user.id or None, reason):
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "finding {finding} was already "
                                         "resolved"), finding=found.id)
    rec.record("box_audit.resolve", "box_audit_finding", found.id,
               before={"audit": found.audit_id, "category": found.category,
                       "barcode": found.barcode, "resolution": None},
               after={"resolution": resolution, "box": found.box_path,
                      "position": found.scanned if action != "mark_missing" else None},
               reason=reason)
