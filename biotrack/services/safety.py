"""Safety use cases: read and verify the audit trail, check the file, back up and restore.

The audit chain is verified by recomputing every event's hash from its content and the
previous event's hash (biotrack.audit_chain); the first event that does not match is named.
``check`` runs SQLite's own integrity checks plus BioTrack's invariants (every collection has
its full set of aliquots, no two tubes share a position, every aliquot has its audit event).
Backups use SQLite's online backup API, so they are consistent while the file is in use.
``verify_against`` holds the trail against a backup: the chain alone cannot show its last
events deleted, nor a trail rewritten with every later hash recomputed (the hash has no key),
but a backup still holds the events as they were.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from biotrack.audit_chain import GENESIS_HASH, event_hash
from biotrack.db import audit as audit_repo
from biotrack.db import integrity
from biotrack.db.connection import copy_database, inspect_file, open_database, schema_version
from biotrack.errors import QT_TRANSLATE_NOOP, Message, StorageUnavailable, UserError
from biotrack.models import position_label
from biotrack.services.context import Session, change
from biotrack.services.enrolment import get_participant
from biotrack.services.permissions import require
from biotrack.services.storage import locate

BACKUP_PREFIX = "biotrack-auto-"


@dataclass(frozen=True)
class ChainReport:
    """The result of walking the audit chain."""

    events: int
    broken_id: int | None = None
    problem: Message | None = None

    @property
    def ok(self) -> bool:
        return self.broken_id is None

    def to_json(self) -> dict[str, object]:
        return {"ok": self.ok, "events": self.events, "broken_event": self.broken_id,
                "problem": None if self.problem is None else str(self.problem)}


@dataclass
class CheckReport:
    """Everything ``check`` found wrong (an empty list means the file is sound).

    Each problem is a Message: ``str()`` in English (JSON, logs), ``text(tr)`` translated.
    """

    problems: list[Message] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def history(session: Session, *, barcode: str | None = None, code: str | None = None,
            limit: int | None = None) -> list[audit_repo.AuditEvent]:
    """Audit events, oldest first: all, one tube's, or one participant's (with their visits,
    collections and tubes)."""
    if barcode and code:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "give --barcode or --code, not both"))
    records: list[tuple[str, str]] | None = None
    if barcode:
        aliquot = locate(session, barcode)
        records = [("aliquot", aliquot.barcode), ("collection", str(aliquot.collection_id))]
    elif code:
        participant = get_participant(session, code)
        records = integrity.records_of_participant(session.db, participant.id, participant.code)
    return audit_repo.history(session.db, records=records, limit=limit)


def verify_chain(db: Database) -> ChainReport:
    """Recompute every hash in order; name the first event whose content or link is wrong."""
    previous_hash = GENESIS_HASH
    expected_id = 1
    count = 0
    for event in audit_repo.chain(db):
        count += 1
        if event["id"] != expected_id:
            return ChainReport(count, event["id"], Message(QT_TRANSLATE_NOOP(
                "Messages", "event {missing} is missing before event {id}"),
                missing=expected_id, id=event["id"]))
        if event["prev_hash"] != previous_hash:
            return ChainReport(count, event["id"], Message(QT_TRANSLATE_NOOP(
                "Messages", "event {id} does not follow event {previous}"),
                id=event["id"], previous=event["id"] - 1))
        if event_hash(event) != event["hash"]:
            return ChainReport(count, event["id"], Message(QT_TRANSLATE_NOOP(
                "Messages", "event {id} was changed after it was written"), id=event["id"]))
        previous_hash = event["hash"]
        expected_id += 1
    return ChainReport(count)


# -- the trail against a backup -------------------------------------------------------------------


@dataclass(frozen=True)
class BackupComparison:
    """The live audit trail held against a backup's (``verify_against``).

    ``chain`` is the live chain's own check; ``problem`` what the backup shows that the chain
    cannot (lost last events, a consistently rewritten trail); ``note`` an explanation that is
    not a problem (an empty backup, a backup taken before a restore).
    """

    backup: Path
    taken_on: date
    chain: ChainReport
    backup_last_event: int | None = None
    compared_event: int | None = None
    problem: Message | None = None
    note: Message | None = None

    @property
    def ok(self) -> bool:
        return self.chain.ok and self.problem is None

    @property
    def matches(self) -> bool:
        """The backup's events are all in the live trail, unchanged (or there were none)."""
        return self.problem is None

    def to_json(self) -> dict[str, object]:
        return {**self.chain.to_json(), "ok": self.ok, "backup": {
            "file": str(self.backup), "date": self.taken_on.isoformat(),
            "last_event": self.backup_last_event, "compared_event": self.compared_event,
            "matches": self.matches,
            "problem": None if self.problem is None else str(self.problem),
            "note": None if self.note is None else str(self.note)}}


def backup_date(path: Path) -> date:
    """The day a backup was taken: from a daily backup's name, else the file's modification."""
    name = path.name
    if name.startswith(BACKUP_PREFIX) and name.endswith(".sqlite3"):
        try:
            return date.fromisoformat(name[len(BACKUP_PREFIX):-len(".sqlite3")])
        except ValueError:
            pass
    return datetime.fromtimestamp(path.stat().st_mtime).date()


def latest_backup(folder: Path) -> Path | None:
    """The newest daily backup (``auto_backup``'s naming) in ``folder``; None if there is none.

    Files whose name does not carry a valid date are ignored; a missing folder has none.
    """
    newest: tuple[date, Path] | None = None
    try:
        candidates = list(Path(folder).glob(f"{BACKUP_PREFIX}*.sqlite3"))
    except OSError:
        return None
    for path in candidates:
        try:
            taken = date.fromisoformat(path.name[len(BACKUP_PREFIX):-len(".sqlite3")])
        except ValueError:
            continue
        if path.is_file() and (newest is None or taken > newest[0]):
            newest = (taken, path)
    return None if newest is None else newest[1]


def _open_backup(path: Path) -> Database:
    """A read-only connection to a backup, refused (UserError, exit 2) unless it is a
    BioTrack database of a known schema. Unlike ``validate_backup`` no full integrity check:
    only a few events are read, and a damaged page among them is reported when read."""
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("Messages", "no backup file at {path}"), path=path)
    try:
        applied = inspect_file(path)
    except StorageUnavailable as exc:
        raise UserError(exc.template, **exc.fields) from None  # the chosen file is at fault
    if applied is None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{path} is not a BioTrack database"),
                        path=path)
    return Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))


def _first_difference(live: Database, backup: Database, last: int) -> int:
    """The first event id in 1..last whose hash differs between the two trails.

    Each hash covers the previous one, so once two trails differ they differ at every later
    event: a binary search reads about log2(last) events on each side. Called only when the
    hashes at ``last`` differ.
    """
    low, high = 1, last  # the answer lies in [low, high]
    while low < high:
        middle = (low + high) // 2
        theirs = audit_repo.stored_hash(backup, middle)
        if theirs is not None and audit_repo.stored_hash(live, middle) == theirs:
            low = middle + 1
        else:
            high = middle
    return low


def verify_against(db: Database, backup_file: Path) -> BackupComparison:
    """Check that every event of a backup is still in the live trail, unchanged.

    ``verify_chain`` catches an event edited or removed in the middle; it cannot catch the
    last events deleted, nor a trail rewritten with every later hash recomputed (the hash
    carries no key). A backup holds the trail as it was: its last event (id and hash) must
    be in the live database with the same hash, and since each hash covers the one before,
    that one comparison vouches for every earlier event. When it fails, the first event that
    differs is found by a binary search and named. The live chain is verified too.

    Decisions for the cases that are not tampering:

    - A backup with no events (a file made before any event was written) has nothing to
      compare: not a problem, ``note`` says so.
    - A backup longer than the live trail, with no restore recorded, is reported as lost
      events: the live file is an older copy (copied over, or events deleted), and from the
      trail's point of view that is exactly a loss.
    - A backup taken before a restore (the daily copy of the timeline a restore replaced,
      "newer" than the restored file): the live trail records the restore as a
      ``database.restore`` event, which the backup lacks. The comparison then stops at the
      event before the restore (the restored part must still match) and ``note`` names the
      restore, its time and who did it, so the person can confirm it happened. Someone able
      to rewrite the trail could forge such an event; the note is always shown for that
      reason, never silently accepted.
    - A backup whose first event differs is of another database, or the whole trail was
      rewritten: reported as a problem that says both.

    The backup is opened read-only; a file that is not a BioTrack database raises UserError.
    """
    backup_file = Path(backup_file)
    backup = _open_backup(backup_file)
    taken_on = backup_date(backup_file)
    try:
        try:
            theirs = audit_repo.last_event(backup)
        except sqlite3.DatabaseError as exc:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{path} is damaged: {problem}"),
                            path=backup_file, problem=exc) from None
        chain = verify_chain(db)
        if theirs is None:
            return BackupComparison(backup_file, taken_on, chain, note=Message(QT_TRANSLATE_NOOP(
                "Messages", "the backup of {date} holds no audit events: there is nothing to "
                            "compare"), date=taken_on))
        last = int(theirs["id"])
        compared, note = last, None
        try:
            if audit_repo.stored_hash(db, last) != theirs["hash"]:
                for restore in audit_repo.restores(db, last):
                    if audit_repo.stored_hash(backup, restore["id"]) != audit_repo.stored_hash(
                            db, restore["id"]):
                        compared = int(restore["id"]) - 1
                        note = Message(QT_TRANSLATE_NOOP(
                            "Messages", "the backup of {date} was taken before the restore "
                                        "recorded as event {restore} ({at}, by {user}): "
                                        "compared up to event {id}"),
                            date=taken_on, restore=restore["id"], at=restore["at"],
                            user=restore["username"], id=compared)
                        break
            problem = _compare(db, backup, compared, taken_on)
        except sqlite3.DatabaseError as exc:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{path} is damaged: {problem}"),
                            path=backup_file, problem=exc) from None
        return BackupComparison(backup_file, taken_on, chain, last, compared, problem, note)
    finally:
        backup.close()


def _compare(db: Database, backup: Database, event: int, taken_on: date) -> Message | None:
    """What is wrong with the live trail up to ``event`` of the backup; None if it matches."""
    if event < 1 or audit_repo.stored_hash(db, event) == audit_repo.stored_hash(backup, event):
        return None
    ours = audit_repo.last_event(db)
    ours_last = 0 if ours is None else int(ours["id"])
    common = min(event, ours_last)
    if common == 0 or audit_repo.stored_hash(db, common) == audit_repo.stored_hash(backup,
                                                                                     common):
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "event {id} of the backup of {date} is missing: the audit trail lost "
                        "its last events"), id=common + 1, date=taken_on)
    first = _first_difference(db, backup, common)
    if first == 1:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "event {id} differs from the backup of {date}: the backup is of "
                        "another database, or the whole audit trail was rewritten"),
            id=first, date=taken_on)
    return Message(QT_TRANSLATE_NOOP(
        "Messages", "event {id} differs from the backup of {date}: the audit trail was "
                    "rewritten"), id=first, date=taken_on)


def check(db: Database) -> CheckReport:
    """Integrity of the file and of BioTrack's invariants; read-only.

    ``checked`` names the checks for the CLI and its JSON (kept in English, not shown in the
    GUI); ``problems`` are Messages.
    """
    report = CheckReport()
    report.checked.append("integrity_check")
    report.problems += [Message(QT_TRANSLATE_NOOP("Messages", "SQLite integrity: {problem}"),
                                problem=p) for p in integrity.integrity_problems(db)]
    report.checked.append("foreign_key_check")
    report.problems += [
        Message(QT_TRANSLATE_NOOP("Messages", "foreign key: {table} row {row} points to a "
                                              "missing {parent}"),
                table=r["table"], row=r["rowid"], parent=r["parent"])
        for r in integrity.foreign_key_violations(db)]
    report.checked.append("audit chain")
    chain = verify_chain(db)
    if chain.problem is not None:
        report.problems.append(Message(QT_TRANSLATE_NOOP("Messages", "audit chain: {problem}"),
                                       problem=chain.problem))
    report.checked.append("audit triggers")
    report.problems += [
        Message(QT_TRANSLATE_NOOP("Messages", "trigger {name} was removed: the audit trail is "
                                              "no longer append-only"), name=name)
        for name in integrity.missing_audit_triggers(db)]
    report.checked.append("collections complete")
    report.problems += [
        Message(QT_TRANSLATE_NOOP("Messages", "collection {id} has {count} of its {expected} "
                                              "aliquots"),
                id=r["id"], count=r["n"], expected=r["expected_aliquots"])
        for r in integrity.incomplete_collections(db)]
    report.checked.append("orphan aliquots")
    report.problems += [
        Message(QT_TRANSLATE_NOOP("Messages", "aliquot {barcode} belongs to no collection"),
                barcode=barcode) for barcode in integrity.orphan_aliquots(db)]
    report.checked.append("one tube per position")
    report.problems += [
        Message(QT_TRANSLATE_NOOP("Messages", "box {box} position {position} holds {count} "
                                              "tubes ({barcodes})"),
                box=r["box_id"], position=position_label(r["pos_row"], r["pos_col"]),
                count=r["n"], barcodes=r["barcodes"])
        for r in integrity.shared_positions(db)]
    report.checked.append("free-position counts")
    report.problems += [
        Message(QT_TRANSLATE_NOOP("Messages", "box {box}: free-position count {counted} but "
                                              "{actual} positions free"),
                box=r["box_id"], counted=r["free"], actual=r["actual"])
        for r in integrity.box_fill_mismatches(db)]
    report.checked.append("positions inside their box")
    report.problems += [
        Message(QT_TRANSLATE_NOOP("Messages", "aliquot {barcode} sits outside its box"),
                barcode=barcode) for barcode in integrity.positions_outside_box(db)]
    report.checked.append("every aliquot audited")
    report.problems += [
        Message(QT_TRANSLATE_NOOP("Messages", "aliquot {barcode} has no audit event"),
                barcode=barcode) for barcode in integrity.unaudited_aliquots(db)]
    return report


# -- backups ------------------------------------------------------------------------------------


def backup(session: Session, target: Path) -> Path:
    """A consistent copy of the open database to ``target`` (refuses to overwrite a file)."""
    require(session.user, "backup")
    target = Path(target)
    if target.exists():
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{path} already exists: choose a new "
                                          "file name"), path=target)
    source = Path(session.db.execute("PRAGMA database_list").fetchone()[2])
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageUnavailable(QT_TRANSLATE_NOOP("Messages", "cannot write to {folder}: "
                                                   "{reason}"),
                                 folder=target.parent, reason=exc.strerror) from None
    with change(session, "backup") as rec:
        rec.record("database.backup", "setting", "database", after={"file": str(target)})
    copy_database(source, target)
    return target


def auto_backup(db_path: Path, folder: Path, keep_days: int, today: date | None = None
                ) -> Path | None:
    """Once a day: copy the database into ``folder`` and drop copies older than keep_days.

    Returns the new file, or None when today's copy already exists.
    """
    today = today or datetime.now(UTC).date()
    target = folder / f"{BACKUP_PREFIX}{today.isoformat()}.sqlite3"
    created = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            partial = target.with_suffix(".partial")
            copy_database(db_path, partial)
            partial.replace(target)
            created = target
    except OSError as exc:
        raise StorageUnavailable(QT_TRANSLATE_NOOP("Messages", "cannot write the daily backup "
                                                   "to {folder}: {reason}"),
                                 folder=folder, reason=exc.strerror) from None
    cutoff = today - timedelta(days=keep_days)
    for old in folder.glob(f"{BACKUP_PREFIX}*.sqlite3"):
        stamp = old.name[len(BACKUP_PREFIX):-len(".sqlite3")]
        try:
            if date.fromisoformat(stamp) < cutoff:
                old.unlink()
        except ValueError:
            continue
    return created


def validate_backup(path: Path) -> str:
    """Refuse a file that is not a sound BioTrack database of a known schema; its version."""
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("Messages", "no backup file at {path}"), path=path)
    try:
        applied = inspect_file(path)
    except StorageUnavailable as exc:
        # The file the person chose is at fault, not the database in use: bad input (exit 2).
        raise UserError(exc.template, **exc.fields) from None  # its own marked template
    if applied is None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{path} is not a BioTrack database"),
                        path=path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{path} is damaged: {problem}"),
                        path=path, problem=exc) from None
    finally:
        conn.close()
    if result != [("ok",)]:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{path} is damaged: {problem}"),
                        path=path, problem=result[0][0])
    return schema_version(applied)


def restore(session: Session, db_path: Path, backup_file: Path) -> Path:
    """Replace the database with a backup, keeping the current file as a backup first.

    Manager only. The backup is checked (integrity, schema version) before anything changes;
    the restore itself is recorded in the restored file's audit trail.
    """
    require(session.user, "restore")
    backup_file = Path(backup_file)
    version = validate_backup(backup_file)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}.sqlite3")
    copy_database(db_path, kept)
    session.db.close()
    src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    dst = sqlite3.connect(str(db_path), timeout=30)
    try:
        src.backup(dst)
    except sqlite3.Error as exc:
        raise StorageUnavailable(QT_TRANSLATE_NOOP("Messages", "restore failed ({problem}); the "
                                                   "previous file is kept at {path}"),
                                 problem=exc, path=kept) from None
    finally:
        dst.close()
        src.close()
    session.db = open_database(db_path)
    with change(session, "restore") as rec:
        rec.record("database.restore", "setting", "database", reason=None, after={
            "from": str(backup_file), "schema": version, "previous_file_kept_as": str(kept),
        })
    return kept
