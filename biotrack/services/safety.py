"""Safety use cases: read and verify the audit trail, check the file, back up and restore.

The audit chain is verified by recomputing every event's hash from its content and the
previous event's hash (biotrack.audit_chain); the first event that does not match is named.
``check`` runs SQLite's own integrity checks plus BioTrack's invariants (every collection has
its full set of aliquots, no two tubes share a position, every aliquot has its audit event).
Backups use SQLite's online backup API, so they are consistent while the file is in use.
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
