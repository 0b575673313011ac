"""The command line: a thin argparse front over the services (SPEC.md section 5).

It parses, signs in, calls one service, and prints either readable text or one JSON document
(``--json``). Typed errors become one line on stderr (exit 2 for bad input, 1 otherwise); the
services' transactions guarantee the database is unchanged when that happens.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn

from biotrack import __version__
from biotrack.cli_language import cli_language, error_text, translate
from biotrack.errors import QT_TRANSLATE_NOOP, BioTrackError, Message, UserError
from biotrack.services import app_context
from biotrack.services.context import Session

Handler = Callable[[argparse.Namespace], Any]


class CliError(UserError):
    """Bad command-line usage (unknown option, missing argument)."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one clear line (exit 2), like every other error."""

    def error(self, message: str) -> NoReturn:
        raise CliError(QT_TRANSLATE_NOOP("Messages", "{problem} (see `{program} --help`)"),
                       problem=message, program=self.prog)


# -- value parsers --------------------------------------------------------------------------------


def parse_date(text: str) -> date:
    value = text.strip().lower()
    if value == "today":
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "'{text}' is not a date (use YYYY-MM-DD)"),
                        text=text[:40]) from None


def parse_datetime(text: str) -> datetime:
    value = text.strip()
    if value.lower() == "now":
        return datetime.now().replace(second=0, microsecond=0)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "'{text}' is not a date and time "
                                                      "(use YYYY-MM-DDTHH:MM)"),
                        text=text[:40]) from None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed


def parse_int(text: str, what: str | Message) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{what} must be a whole number, not "
                                                      "'{text}'"),
                        what=what, text=text[:20]) from None


# -- output ---------------------------------------------------------------------------------------


def emit(args: argparse.Namespace, data: Any, text: str | Sequence[str]) -> None:
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        lines = [text] if isinstance(text, str) else list(text)
        sys.stdout.write("\n".join(lines) + ("\n" if lines else ""))


def words(message: object) -> str:
    """A sentence from a service (an error, a Message or plain text) in the CLI's language."""
    if isinstance(message, (Message, BioTrackError)):
        return message.text(translate)
    return str(message)


def one_line(message: str) -> str:
    """Errors are one line even when they echo input holding line breaks or control codes."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in message)


def table(rows: Sequence[Sequence[Any]], header: Sequence[str]) -> list[str]:
    cells = [[str(c) if c is not None else "" for c in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    return ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            for row in cells]


# -- sign-in --------------------------------------------------------------------------------------


def _credentials(args: argparse.Namespace, *, default_user: str | None = None) -> tuple[str, str]:
    username = args.user or os.environ.get("BIOTRACK_USER") or default_user
    if not username:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "who is acting? give --user NAME or set "
                                                      "BIOTRACK_USER"))
    password = os.environ.get("BIOTRACK_PASSWORD")
    if password is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise UserError(QT_TRANSLATE_NOOP("Messages", "no password: set BIOTRACK_PASSWORD "
                                                          "or run in a terminal"))
        password = getpass.getpass(
            translate("CLI", "Password for {username}: ").format(username=username))
    return username, password


def _session(args: argparse.Namespace) -> Session:
    username, password = _credentials(args)
    return app_context.sign_in(args.db_path, username, password)


# -- commands -------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> None:
    username, password = (
        _credentials(args, default_user="admin") if not args.demo or
        os.environ.get("BIOTRACK_PASSWORD") else
        (args.user or os.environ.get("BIOTRACK_USER") or "admin", app_context.DEMO_PASSWORD)
    )
    session = app_context.create_database(args.db_path, username, password, demo=args.demo)
    summary = app_context.summary(session)
    session.db.close()
    emit(args, dict(summary, database=str(args.db_path), user=username),
         [translate("CLI", "Created {path}").format(path=args.db_path),
          *(f"  {k}: {v}" for k, v in summary.items())])


def cmd_regimens(args: argparse.Namespace) -> None:
    protocol = app_context.protocol_for(args.db_path)
    data = [
        {"id": r.id, "name": r.name, "phases": [
            {"name": p.name, "cycle_days": p.cycle_days, "cycles": p.cycles} for p in r.phases]}
        for r in protocol.regimens.values()
    ]
    lines = []
    for r in protocol.regimens.values():
        phases = translate("CLI", ", then ").join(
            translate("CLI", "{phase} every {days} d").format(phase=p.name, days=p.cycle_days)
            + (f" x {p.cycles}" if p.cycles else "")
            for p in r.phases)
        lines.append(f"{r.id:<26} {phases}")
    emit(args, data, lines)


def cmd_enroll(args: argparse.Namespace) -> None:
    from biotrack.services import enrolment

    session = _session(args)
    participant = enrolment.enrol(session, enrolment.Enrolment(
        cohort=args.cohort, site=args.site, enrolled_on=parse_date(args.date),
        regimen=args.regimen, first_dose=parse_date(args.first_dose) if args.first_dose else None,
        sex=args.sex, birth_year=parse_int(args.birth_year, "--birth-year")
        if args.birth_year else None, diagnosis=args.diagnosis, local_id=args.local_id,
    ))
    emit(args, enrolment.participant_json(session, participant), participant.code)


def cmd_schedule(args: argparse.Namespace) -> None:
    from biotrack.services import due, enrolment

    session = _session(args)
    participant, visits = enrolment.visits(session, args.code)
    data = dict(enrolment.participant_json(session, participant), visits=[
        {"visit": v.code, "kind": v.kind, "target_date": v.target_date.isoformat(),
         "window_start": v.window_start.isoformat(), "window_end": v.window_end.isoformat(),
         "status": v.status, "status_reason": v.status_reason,
         "samples": due.samples_of(session, v.samples),
         "tubes": session.protocol.tube_labels(v.samples)}
        for v in visits
    ])
    rows = [(v.code, v.target_date, f"{v.window_start} .. {v.window_end}", v.status,
             ", ".join(f"{s['count']} x {s['sample_type']}" for s in
                       due.samples_of(session, v.samples))) for v in visits]
    header = f"{participant.code} ({participant.cohort}, {participant.site}, {participant.status})"
    emit(args, data, [header, *table(rows, ("visit", "target", "window", "status", "samples"))])


def cmd_due(args: argparse.Namespace) -> None:
    from biotrack.services import due

    session = _session(args)
    start = parse_date(args.from_) if args.from_ else session.today_local()
    end = parse_date(args.to) if args.to else start + timedelta(days=6)
    visits = due.due(session, start, end, args.site)
    rows = [(v.code, v.site, v.visit, v.target_date, f"{v.window_start} .. {v.window_end}",
             translate("CLI", "OVERDUE") if v.overdue else "",
             "; ".join(session.protocol.text(tube, cli_language()) for tube in v.tubes))
            for v in visits]  # the tubes in the CLI's language; --json keeps the protocol's
    emit(args, [v.to_json() for v in visits],
         table(rows, ("code", "site", "visit", "target", "window", "", "tubes"))
         if visits else [translate("CLI", "Nothing due from {start} to {end}.").format(
             start=start, end=end)])


def _draw(args: argparse.Namespace) -> Any:
    from biotrack.services.collection import Draw

    counts: dict[str, int] = {}
    if args.serum is not None:
        counts["serum"] = parse_int(args.serum, "--serum")
    if args.buffy is not None:
        # --buffy N: the number of buffy-coat tubes; the plain one first, then RNAlater.
        buffy = parse_int(args.buffy, "--buffy")
        if buffy < 0 or buffy > 2:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "--buffy must be 0, 1 or 2, not "
                                                          "{count}"), count=buffy)
        counts["buffy_coat"] = min(buffy, 1)
        counts["buffy_coat_rnalater"] = max(buffy - 1, 0)
    return Draw(
        drawn_at=parse_datetime(args.drawn_at),
        received_at=parse_datetime(args.received_at) if args.received_at else None,
        centrifuged_at=parse_datetime(args.centrifuged_at) if args.centrifuged_at else None,
        frozen_at=parse_datetime(args.frozen_at) if args.frozen_at else None,
        drawn_by=args.drawn_by, processed_by=args.processed_by,
        deviations=tuple(args.deviation or ()), notes=args.notes, counts=counts,
    )


def cmd_collect(args: argparse.Namespace) -> None:
    from biotrack.services import collection

    session = _session(args)
    draw = _draw(args)
    if args.buffy is not None:
        participant = collection.get_participant(session, args.code)
        visit = collection.get_visit(session, participant, args.visit)
        types = {s.sample_type for s in session.protocol.sample_set(visit.samples).aliquots}
        if "buffy_coat" not in types:
            if draw.counts.get("buffy_coat") or draw.counts.get("buffy_coat_rnalater"):
                raise UserError(QT_TRANSLATE_NOOP("Messages", "visit {visit} has no buffy coat"),
                                visit=visit.code)
            draw = _without(draw, ("buffy_coat", "buffy_coat_rnalater"))
    result = collection.register(session, args.code, args.visit, draw)
    for warning in result.warnings:
        print(translate("CLI", "warning: {warning}").format(warning=words(warning)),
              file=sys.stderr)
    c = result.collection
    rows = [(a.barcode, a.sample_type, f"{a.number}/{a.of_count}", a.volume_ul, a.status,
             a.location.path if a.location else "-") for a in c.aliquots]
    emit(args, dict(c.to_json(), warnings=[str(w) for w in result.warnings]),
         [translate("CLI", "Collection {id}: {code} {visit}, {count} aliquots").format(
             id=c.id, code=c.code, visit=c.visit, count=len(c.aliquots)),
          *table(rows, ("barcode", "sample type", "no.", "µL", "status", "position"))])


def _without(draw: Any, types: Sequence[str]) -> Any:
    from dataclasses import replace

    return replace(draw, counts={k: v for k, v in draw.counts.items() if k not in types})


def cmd_irae(args: argparse.Namespace) -> None:
    from biotrack.services import enrolment

    session = _session(args)
    visit = enrolment.record_irae(session, args.code, parse_date(args.date), args.type,
                                  parse_int(args.grade, "--grade"), args.notes)
    emit(args, _visit_json(args.code, visit),
         translate("CLI", "{code}: irAE recorded, visit {visit} due {date}").format(
             code=args.code.upper(), visit=visit.code, date=visit.target_date))


def cmd_event(args: argparse.Namespace) -> None:
    from biotrack.services import enrolment

    session = _session(args)
    visit = enrolment.record_event(session, args.code, args.kind, parse_date(args.date),
                                   args.notes)
    emit(args, _visit_json(args.code, visit),
         translate("CLI", "{code}: {kind} recorded, visit {visit} due {date}").format(
             code=args.code.upper(), kind=args.kind, visit=visit.code, date=visit.target_date))


def cmd_miss(args: argparse.Namespace) -> None:
    from biotrack.services import enrolment

    session = _session(args)
    visit = enrolment.mark_missed(session, args.code, args.visit, args.reason)
    emit(args, _visit_json(args.code, visit), translate("CLI", "{code} {visit}: missed").format(
        code=args.code.upper(), visit=visit.code))


def cmd_withdraw(args: argparse.Namespace) -> None:
    from biotrack.services import enrolment

    session = _session(args)
    participant = enrolment.withdraw(session, args.code, parse_date(args.date), args.reason)
    emit(args, enrolment.participant_json(session, participant),
         translate("CLI", "{code}: withdrawn on {date}").format(
             code=participant.code, date=participant.status_on))


def _visit_json(code: str, visit: Any) -> dict[str, Any]:
    return {"code": code.strip().upper(), "visit": visit.code, "kind": visit.kind,
            "target_date": visit.target_date.isoformat(),
            "window_start": visit.window_start.isoformat(),
            "window_end": visit.window_end.isoformat(), "status": visit.status}


def _aliquot_lines(aliquots: Sequence[Any]) -> list[str]:
    nowhere = translate("CLI", "(no position)")
    thawed = translate("CLI", "thawed {count}x")
    return [f"{a.barcode}  {a.code} {a.visit} {a.sample_type} {a.number}/{a.of_count}  "
            f"{a.status}  {a.location.path if a.location else nowhere}"
            f"  {thawed.format(count=a.thaw_count)}" for a in aliquots]


def cmd_locate(args: argparse.Namespace) -> None:
    from biotrack.services import storage

    session = _session(args)
    aliquot = storage.locate(session, args.barcode)
    emit(args, aliquot.to_json(), _aliquot_lines([aliquot]))


def cmd_move(args: argparse.Namespace) -> None:
    from biotrack.services import storage

    session = _session(args)
    aliquot = storage.move(session, args.barcode, args.position, args.reason)
    emit(args, aliquot.to_json(), _aliquot_lines([aliquot]))


def cmd_checkout(args: argparse.Namespace) -> None:
    from biotrack.services import storage

    session = _session(args)
    tubes = storage.check_out(session, args.barcodes, args.reason)
    emit(args, [t.to_json() for t in tubes], _aliquot_lines(tubes))


def cmd_return(args: argparse.Namespace) -> None:
    from biotrack.services import storage

    session = _session(args)
    tubes = storage.return_tubes(session, args.barcodes)
    emit(args, [t.to_json() for t in tubes], _aliquot_lines(tubes))


def cmd_finish(args: argparse.Namespace) -> None:
    from biotrack.services import storage

    session = _session(args)
    tubes = storage.finish(session, args.barcodes, args.command, args.reason)
    emit(args, [t.to_json() for t in tubes], _aliquot_lines(tubes))


def cmd_storage_add_freezer(args: argparse.Namespace) -> None:
    from biotrack.services import storage

    session = _session(args)
    types = tuple(t.strip() for t in args.rack_types.split(",")) if args.rack_types else None
    racks = parse_int(args.racks, "--racks")
    layout = storage.Layout(
        code=args.code, name=args.name or args.code, location=args.location or "",
        set_point_c=parse_int(args.set_point, "--set-point"),
        shelves=parse_int(args.shelves, "--shelves"), racks_per_shelf=racks,
        boxes_per_rack=parse_int(args.boxes, "--boxes"),
        rack_box_types=types or tuple("buffy" if r == racks and racks > 1 else "serum"
                                      for r in range(1, racks + 1)),
        box_rows=parse_int(args.rows, "--rows"), box_cols=parse_int(args.cols, "--cols"),
    )
    boxes = storage.add_freezer(session, layout)
    emit(args, {"freezer": args.code, "boxes": [b.path for b in boxes]},
         translate("CLI", "Freezer {code}: {count} boxes").format(code=args.code,
                                                                    count=len(boxes)))


def cmd_storage_add_part(args: argparse.Namespace) -> None:
    """storage add-shelf / add-rack / add-box: one more part in an existing freezer."""
    from biotrack.services import layout

    session = _session(args)
    if args.storage_command == "add-shelf":
        path = layout.add_shelf(session, args.freezer, args.code)
        emit(args, {"shelf": path}, translate("CLI", "Shelf {path} added").format(path=path))
    elif args.storage_command == "add-rack":
        path = layout.add_rack(session, args.shelf, args.code)
        emit(args, {"rack": path}, translate("CLI", "Rack {path} added").format(path=path))
    else:
        box = layout.add_box(
            session, args.rack, args.type,
            parse_int(args.rows, "--rows") if args.rows is not None else None,
            parse_int(args.cols, "--cols") if args.cols is not None else None, args.code)
        emit(args, {"box": box.path, "box_type": box.box_type, "rows": box.rows,
                    "columns": box.cols, "capacity": box.capacity},
             translate("CLI", "Box {path} added ({type}, {rows} x {columns})").format(
                 path=box.path, type=box.box_type, rows=box.rows, columns=box.cols))


def cmd_storage_show(args: argparse.Namespace) -> None:
    from biotrack.services import storage

    session = _session(args)
    boxes = storage.boxes(session, args.path)
    if args.path and len(boxes) == 1 and boxes[0].path == args.path.strip().strip("/"):
        box = boxes[0]
        contents = storage.box_contents(session, box)
        data = {"path": box.path, "box_type": box.box_type, "rows": box.rows,
                "columns": box.cols, "capacity": box.capacity, "occupied": len(contents),
                "positions": [{k: c[k] for k in ("position", "barcode", "status", "code",
                                                 "visit", "sample_type", "number")}
                              for c in contents]}
        lines = [f"{box.path} ({box.box_type}, {len(contents)}/{box.capacity})",
                 *table([(c["position"], c["barcode"], c["code"], c["visit"], c["sample_type"],
                          c["status"]) for c in contents],
                        ("pos", "barcode", "code", "visit", "sample type", "status"))]
        emit(args, data, lines)
        return
    listing = [{"path": b.path, "box_type": b.box_type, "capacity": b.capacity,
                "occupied": b.occupied, "free": b.capacity - b.occupied} for b in boxes]
    emit(args, listing, table([(b.path, b.box_type, f"{b.occupied}/{b.capacity}") for b in boxes],
                           ("box", "type", "occupied")))


# -- the parser -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print one JSON document")
    common.add_argument("--user", default=argparse.SUPPRESS,
                        help="acting user (default: $BIOTRACK_USER)")

    parser = _Parser(prog="biotrack", description="BioTrack biobank sample tracking. "
                     "Without a command, opens the desktop application.")
    parser.add_argument("--version", action="version", version=f"BioTrack {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $BIOTRACK_DB or "
                        "biotrack.sqlite3 in the user's data folder)")
    parser.add_argument("--user", default=None, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Handler, help_text: str,
                parent: Any = sub) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(name, parents=[common], help=help_text,
                                                       description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = command("init", cmd_init, "create a database (default protocol, sites, one freezer)")
    p.add_argument("--demo", action="store_true", help="add a realistic synthetic study")

    command("regimens", cmd_regimens, "the protocol's ICI regimens and their phases")

    p = command("enroll", cmd_enroll, "enrol a participant; prints the study code")
    p.add_argument("--cohort", required=True, help="ICI or SAD")
    p.add_argument("--site", required=True, help="site code, e.g. NAV")
    p.add_argument("--date", required=True, help="enrolment date YYYY-MM-DD")
    p.add_argument("--regimen", help="ICI regimen id (see `biotrack regimens`)")
    p.add_argument("--first-dose", help="first ICI dose date (default: enrolment date)")
    p.add_argument("--sex", help="F, M or X")
    p.add_argument("--birth-year")
    p.add_argument("--diagnosis", help="tumour type or SAD type")
    p.add_argument("--local-id", help="clinic record number: shown on screen, never printed")

    p = command("schedule", cmd_schedule, "a participant's visits, dates and samples")
    p.add_argument("code")

    p = command("due", cmd_due, "visits due in a date range with the tubes to draw")
    p.add_argument("--from", dest="from_", help="first day (default today)")
    p.add_argument("--to", help="last day (default: a week from the first)")
    p.add_argument("--site")

    p = command("collect", cmd_collect, "register a collection: aliquots, barcodes, positions")
    p.add_argument("code")
    p.add_argument("visit")
    p.add_argument("--drawn-at", required=True, help="YYYY-MM-DDTHH:MM or 'now'")
    p.add_argument("--received-at")
    p.add_argument("--centrifuged-at")
    p.add_argument("--frozen-at")
    p.add_argument("--serum", help="serum aliquots when fewer than the protocol's (short draw)")
    p.add_argument("--buffy", help="buffy-coat tubes when fewer than the protocol's")
    p.add_argument("--deviation", action="append", help="a pre-analytical deviation (repeat)")
    p.add_argument("--drawn-by")
    p.add_argument("--processed-by")
    p.add_argument("--notes")

    p = command("irae", cmd_irae, "record an irAE (opens an irAE collection visit)")
    p.add_argument("code")
    p.add_argument("--date", required=True)
    p.add_argument("--type", required=True, help="organ/type, e.g. 'Colitis / diarrhoea'")
    p.add_argument("--grade", required=True, help="CTCAE grade 1-5")
    p.add_argument("--notes")

    p = command("event", cmd_event, "record a SAD remission or flare (opens a visit)")
    p.add_argument("code")
    p.add_argument("kind", choices=("remission", "flare"))
    p.add_argument("--date", required=True)
    p.add_argument("--notes")

    p = command("miss", cmd_miss, "mark a visit missed")
    p.add_argument("code")
    p.add_argument("visit")
    p.add_argument("--reason", required=True)

    p = command("withdraw", cmd_withdraw, "withdraw a participant")
    p.add_argument("code")
    p.add_argument("--date", required=True)
    p.add_argument("--reason", required=True)

    p = command("locate", cmd_locate, "where a tube is, and what it is")
    p.add_argument("barcode")

    p = command("move", cmd_move, "put a tube in a position FREEZER/SHELF/RACK/BOX/POS")
    p.add_argument("barcode")
    p.add_argument("position")
    p.add_argument("--reason")

    p = command("checkout", cmd_checkout, "take tubes out (their positions stay reserved)")
    p.add_argument("barcodes", nargs="+", metavar="BARCODE")
    p.add_argument("--reason", required=True)

    p = command("return", cmd_return, "bring checked-out tubes back (counts a thaw)")
    p.add_argument("barcodes", nargs="+", metavar="BARCODE")

    for name, text in (("consume", "mark tubes used up"), ("ship", "mark tubes shipped"),
                       ("discard", "discard tubes (reason required)")):
        p = command(name, cmd_finish, text)
        p.add_argument("barcodes", nargs="+", metavar="BARCODE")
        p.add_argument("--reason")

    storage = sub.add_parser("storage", help="freezer layout")
    storage_sub = storage.add_subparsers(dest="storage_command", metavar="ACTION",
                                         parser_class=_Parser, required=True)
    p = command("add-freezer", cmd_storage_add_freezer, "add a freezer with its layout",
                parent=storage_sub)
    p.add_argument("--code", required=True)
    p.add_argument("--name")
    p.add_argument("--location")
    p.add_argument("--set-point", default="-80")
    p.add_argument("--shelves", default="5")
    p.add_argument("--racks", default="4", help="racks per shelf")
    p.add_argument("--boxes", default="4", help="boxes per rack")
    p.add_argument("--rows", default="9")
    p.add_argument("--cols", default="9")
    p.add_argument("--rack-types", help="box type per rack, e.g. serum,serum,serum,buffy")
    p = command("add-shelf", cmd_storage_add_part, "add an empty shelf to a freezer",
                parent=storage_sub)
    p.add_argument("freezer", help="freezer code, e.g. F1")
    p.add_argument("--code", help="shelf code (default: the next S<n>)")
    p = command("add-rack", cmd_storage_add_part, "add an empty rack to a shelf",
                parent=storage_sub)
    p.add_argument("shelf", help="FREEZER/SHELF, e.g. F1/S1")
    p.add_argument("--code", help="rack code (default: the next R<n>)")
    p = command("add-box", cmd_storage_add_part, "add an empty box to a rack",
                parent=storage_sub)
    p.add_argument("rack", help="FREEZER/SHELF/RACK, e.g. F1/S1/R1")
    p.add_argument("--type", required=True, help="box type: serum or buffy")
    p.add_argument("--rows", help="rows (default: the protocol's box size)")
    p.add_argument("--cols", help="columns (default: the protocol's box size)")
    p.add_argument("--code", help="box code (default: the next B<n>)")
    p = command("show", cmd_storage_show, "boxes and occupancy under a path, or one box",
                parent=storage_sub)
    p.add_argument("path", nargs="?")

    from biotrack import cli_safety

    cli_safety.add_commands(command)
    from biotrack import cli_labels

    cli_labels.add_commands(command)
    from biotrack import cli_reports

    cli_reports.add_commands(command)
    from biotrack import cli_inventory

    cli_inventory.add_commands(command)
    from biotrack import cli_space

    cli_space.add_commands(command)
    from biotrack import cli_shipments

    cli_shipments.add_commands(command)
    from biotrack import cli_temperature

    cli_temperature.add_commands(command)
    from biotrack import cli_retrieval

    cli_retrieval.add_commands(command)
    return parser


def default_db_path() -> Path:
    env = os.environ.get("BIOTRACK_DB")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("BioTrack", appauthor=False)) / "biotrack.sqlite3"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        args.db_path = Path(args.db) if args.db else default_db_path()
        if not getattr(args, "handler", None):
            raise CliError(QT_TRANSLATE_NOOP("Messages", "missing command (see `{program} "
                                                         "--help`)"), program=parser.prog)
        args.handler(args)
    except BioTrackError as exc:
        code = getattr(exc, "exit_code", 1)
        print(translate("CLI", "biotrack: error: {message}").format(
            message=one_line(error_text(exc))), file=sys.stderr)
        return code
    except KeyboardInterrupt:
        print(translate("CLI", "biotrack: interrupted; nothing was changed by the unfinished "
                               "command"), file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
    except Exception as exc:  # a bug: one line for the person, the traceback in the log
        log = app_context.log_crash(exc)
        print(translate("CLI", "biotrack: internal error ({kind}: {problem}); details in "
                               "{log}").format(kind=type(exc).__name__,
                                               problem=one_line(str(exc)), log=log),
              file=sys.stderr)
        return 1
    return 0
