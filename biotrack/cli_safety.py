"""Command-line front for the safety commands: audit, backup, restore, check, users, correct.

Kept apart from cli.py so each file stays small; same rules: parse, sign in, call one
service, print text or one JSON document. ``audit --verify`` and ``check`` exit 1 when they
find a problem, with the problem named; ``audit --against BACKUP`` also exits 1 when the trail
lost or rewrote events the backup holds (exit 2 when the file is not a BioTrack backup).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from biotrack.cli_language import translate
from biotrack.errors import QT_TRANSLATE_NOOP, BioTrackError, Message, UserError
from biotrack.services import accounts, app_context, safety

Command = Callable[..., argparse.ArgumentParser]


class CheckFailed(BioTrackError):
    """A verification found a problem: exit code 1, the problem already printed."""

    exit_code = 1


def _cli() -> Any:
    from biotrack import cli  # late import: cli imports this module while building its parser

    return cli


def cmd_audit(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    if args.against:
        _verify_against(args, cli, session)
        return
    if args.verify:
        report = safety.verify_chain(session.db)
        cli.emit(args, report.to_json(),
                 translate("CLI", "audit trail verified: {count} events, chain intact").format(
                     count=report.events) if report.ok
                 else translate("CLI", "AUDIT TRAIL BROKEN at event {id}: {problem}").format(
                     id=report.broken_id, problem=cli.words(report.problem)))
        if not report.ok:
            raise CheckFailed(QT_TRANSLATE_NOOP("Messages", "audit trail broken at event {id}"),
                              id=report.broken_id)
        return
    limit = None if (args.barcode or args.code or args.all) else 50
    events = safety.history(session, barcode=args.barcode, code=args.code, limit=limit)
    lines = [f"{e.id:>6}  {e.at[:19]}  {e.username:<10} {e.action:<22} {e.table_name}:"
             f"{e.record_id}" + ("  " + translate("CLI", "reason: {reason}").format(
                 reason=e.reason) if e.reason else "") for e in events]
    if limit and len(events) == limit:
        lines.insert(0, translate("CLI", "(the last {count} events; --all shows every "
                                         "one)").format(count=limit))
    cli.emit(args, [e.to_json() for e in events],
             lines or [translate("CLI", "no audit events")])


def _verify_against(args: argparse.Namespace, cli: Any, session: Any) -> None:
    """``audit --against FILE``: the chain, then every event of the backup still in it."""
    report = safety.verify_against(session.db, Path(args.against))
    chain = report.chain
    lines = [translate("CLI", "audit trail verified: {count} events, chain intact").format(
        count=chain.events) if chain.ok
        else translate("CLI", "AUDIT TRAIL BROKEN at event {id}: {problem}").format(
            id=chain.broken_id, problem=cli.words(chain.problem))]
    if report.problem is not None:
        lines.append(translate("CLI", "DOES NOT MATCH THE BACKUP {file}: {problem}").format(
            file=report.backup, problem=cli.words(report.problem)))
    elif report.compared_event is not None:
        lines.append(translate("CLI", "matches the backup of {date} ({file}): its events up to "
                                      "{id} are unchanged").format(
            date=report.taken_on.isoformat(), file=report.backup, id=report.compared_event))
    if report.note is not None:
        lines.append(translate("CLI", "note: {note}").format(note=cli.words(report.note)))
    cli.emit(args, report.to_json(), lines)
    if not chain.ok:
        raise CheckFailed(QT_TRANSLATE_NOOP("Messages", "audit trail broken at event {id}"),
                          id=chain.broken_id)
    if report.problem is not None:
        raise CheckFailed(QT_TRANSLATE_NOOP("Messages", "the audit trail does not match the "
                                                        "backup of {date}"),
                          date=report.taken_on.isoformat())


#: The names of services.safety.check's checks (kept in English in --json), marked so that the
#: human line of ``biotrack check`` names them in the CLI's language.
CHECK_NAMES = (
    QT_TRANSLATE_NOOP("CLI", "integrity_check"),
    QT_TRANSLATE_NOOP("CLI", "foreign_key_check"),
    QT_TRANSLATE_NOOP("CLI", "audit chain"),
    QT_TRANSLATE_NOOP("CLI", "audit triggers"),
    QT_TRANSLATE_NOOP("CLI", "collections complete"),
    QT_TRANSLATE_NOOP("CLI", "orphan aliquots"),
    QT_TRANSLATE_NOOP("CLI", "one tube per position"),
    QT_TRANSLATE_NOOP("CLI", "free-position counts"),
    QT_TRANSLATE_NOOP("CLI", "positions inside their box"),
    QT_TRANSLATE_NOOP("CLI", "every aliquot audited"),
)


def cmd_check(args: argparse.Namespace) -> None:
    cli = _cli()
    db = app_context.open_existing(args.db_path)
    try:
        report = safety.check(db)
    finally:
        db.close()
    cli.emit(args, {"ok": report.ok, "checked": report.checked,
                    "problems": [str(p) for p in report.problems]},  # JSON stays English
             [translate("CLI", "database sound: {checks}").format(
                 checks=", ".join(translate("CLI", name) for name in report.checked))]
             if report.ok
             else [translate("CLI", "PROBLEM: {problem}").format(problem=cli.words(p))
                   for p in report.problems])
    if not report.ok:
        raise CheckFailed(QT_TRANSLATE_NOOP("Messages", "{count} problem(s) found"),
                          count=len(report.problems))


def cmd_backup(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    target = safety.backup(session, Path(args.file))
    cli.emit(args, {"backup": str(target)},
             translate("CLI", "backup written to {file}").format(file=target))


def cmd_restore(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    kept = safety.restore(session, args.db_path, Path(args.file))
    cli.emit(args, {"restored_from": args.file, "previous_file": str(kept)},
             translate("CLI", "restored {database} from {file}; the previous file is kept as "
                              "{kept}").format(database=args.db_path, file=args.file, kept=kept))


def _new_password(username: str) -> str:
    password = os.environ.get("BIOTRACK_NEW_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(QT_TRANSLATE_NOOP("Messages", "no password for the new account: set "
                                                      "BIOTRACK_NEW_PASSWORD"))
    first = getpass.getpass(
        translate("CLI", "New password for {username}: ").format(username=username))
    if getpass.getpass(translate("CLI", "Again: ")) != first:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "the two passwords differ"))
    return first


def cmd_users(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    if args.action == "add":
        if not args.name or not args.role:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "users add needs NAME and --role"))
        user = accounts.add_user(session, args.name, args.role, _new_password(args.name),
                                 args.full_name or "")
        cli.emit(args, {"username": user.username, "role": user.role, "active": True},
                 translate("CLI", "user {name} ({role}) added").format(name=user.username,
                                                                       role=user.role))
        return
    if args.action in ("disable", "enable"):
        if not args.name:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "users {action} needs NAME"),
                            action=args.action)
        accounts.set_active(session, args.name, args.action == "enable",
                            args.reason or f"{args.action}d by {session.user.username}")
    users = accounts.list_users(session)
    active, disabled = translate("CLI", "active"), translate("CLI", "disabled")
    cli.emit(args, [{"username": u.username, "role": u.role, "active": u.active}
                    for u in users],
             [f"{u.username:<16} {u.role:<11} {active if u.active else disabled}"
              for u in users])


def cmd_correct(args: argparse.Namespace) -> None:
    from biotrack.services import corrections

    cli = _cli()
    session = cli._session(args)
    if args.record == "participant":
        corrections.correct_participant(session, args.id, args.field, args.value, args.reason)
    else:
        collection_id = cli.parse_int(args.id,
                                      Message(QT_TRANSLATE_NOOP("Messages", "collection id")))
        corrections.correct_collection(session, collection_id, args.field, args.value,
                                       args.reason)
    cli.emit(args, {"record": args.record, "id": args.id, "field": args.field,
                    "value": args.value, "reason": args.reason},
             translate("CLI", "{record} {id}: {field} corrected (the old value stays in the "
                              "audit trail)").format(record=args.record, id=args.id,
                                                     field=args.field))


def add_commands(command: Command) -> None:
    p = command("correct", cmd_correct, "correct a recorded value, with a reason (manager)")
    p.add_argument("record", choices=("participant", "collection"))
    p.add_argument("id", help="participant code or collection id")
    p.add_argument("field")
    p.add_argument("value", help="the new value ('' to clear an optional field)")
    p.add_argument("--reason", required=True)

    p = command("audit", cmd_audit, "the audit trail; --verify checks its hash chain")
    p.add_argument("--verify", action="store_true", help="verify the chain (exit 1 if broken)")
    p.add_argument("--against", metavar="FILE",
                   help="verify the chain and that every event of this backup is still in it, "
                        "unchanged (exit 1 if not)")
    p.add_argument("--barcode", help="only this tube's history")
    p.add_argument("--code", help="only this participant's history")
    p.add_argument("--all", action="store_true", help="every event, not only the last 50")

    p = command("check", cmd_check, "integrity check of the database (exit 1 on problems)")

    p = command("backup", cmd_backup, "write a consistent copy of the database")
    p.add_argument("file")

    p = command("restore", cmd_restore, "replace the database with a backup (manager)")
    p.add_argument("file")

    p = command("users", cmd_users, "list, add, disable or enable user accounts")
    p.add_argument("action", nargs="?", default="list",
                   choices=("list", "add", "disable", "enable"))
    p.add_argument("name", nargs="?")
    p.add_argument("--role", help="nurse, technician or manager")
    p.add_argument("--full-name")
    p.add_argument("--reason")
