"""Command-line front for box audits and rack-scanner placement (issue 7, points 1 and 2).

``audit-box`` compares a box with a rack-scanner export (biotrack.rackscan lists the accepted
layouts). Without ``--save`` it is read-only and can be run as often as wanted; with it the
audit and its findings are stored (services.box_audits) so that each finding can be settled
later with ``audit-resolve`` (``audit-findings`` lists them). ``place-scan`` puts the unplaced
tubes of a scanned box at their positions: the whole file or nothing (services.bulk_placement).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from biotrack.cli_language import translate
from biotrack.errors import QT_TRANSLATE_NOOP, UserError
from biotrack.rackscan import parse_rack_scan
from biotrack.services import box_audits, bulk_placement, storage

Command = Callable[..., argparse.ArgumentParser]


def _cli() -> Any:
    from biotrack import cli  # late import: cli imports this module while building its parser

    return cli


def _read(scan_file: str) -> tuple[Path, bytes]:
    path = Path(scan_file)
    try:
        return path, path.read_bytes()
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "cannot read {path}: {reason}"),
                        path=path, reason=exc.strerror) from None


def cmd_audit_box(args: argparse.Namespace) -> None:
    cli = _cli()
    path, data = _read(args.scan_file)
    scan = parse_rack_scan(data, path.name)
    session = cli._session(args)
    box_audits.check_file_positions(session, args.box, scan.tubes,
                                    bulk_placement.line_numbers(data), path.name)
    result = storage.box_audit(session, args.box, list(scan.tubes))
    data_json = dict(result.to_json(), unreadable=list(scan.unreadable))
    saved = None
    if args.save:
        saved = box_audits.save(session, args.box, list(scan.tubes), source="file",
                                scan_file=path.name, unreadable=scan.unreadable)
        data_json["audit_id"] = saved.id
    lines = [(translate("CLI", "Box {path}: database and box agree") if result.agrees
              else translate("CLI", "Box {path}: DIFFERENCES FOUND")).format(
                  path=result.box.path)]
    headings = {"matched": translate("CLI", "matched: {count}"),
                "missing": translate("CLI", "missing: {count}"),
                "unexpected": translate("CLI", "unexpected: {count}"),
                "misplaced": translate("CLI", "misplaced: {count}"),
                "checked_out": translate("CLI", "checked out: {count}")}
    for name, heading in headings.items():
        findings = getattr(result, name)
        lines.append(heading.format(count=len(findings)))
        if name != "matched":
            lines += [translate("CLI", "  {barcode}  scanned at {scanned}, database: "
                                       "{expected}").format(
                barcode=f.barcode, scanned=f.scanned or "-",
                expected=f.expected or f.status or translate("CLI", "unknown"))
                for f in findings]
    if scan.unreadable:
        lines.append(translate("CLI", "unreadable wells: {wells}").format(
            wells=", ".join(scan.unreadable)))
    if result.duplicates:
        lines.append(translate("CLI", "scanned more than once: {barcodes}").format(
            barcodes=", ".join(result.duplicates)))
    if saved is not None:
        lines.append((translate("CLI", "saved as audit {id} with {count} finding(s): settle "
                                       "them with audit-resolve") if saved.finding_count
                      else translate("CLI", "saved as audit {id} with {count} finding(s)"))
                     .format(id=saved.id, count=saved.finding_count))
    cli.emit(args, data_json, lines)


def _finding_line(f: box_audits.Finding) -> str:
    state = (f"{f.resolution} ({f.resolved_by}: {f.reason})" if f.resolution
             else translate("CLI", "open: {actions}").format(
                 actions=" | ".join(a.replace("_", "-") for a in f.actions)))
    return (f"#{f.id}  "
            + translate("CLI", "audit {id} {date}").format(id=f.audit_id, date=f.audit_at[:10])
            + f"  {f.box_path}  {f.category:<11} {f.barcode or '-':<10}  "
            + translate("CLI", "scanned {scanned}, database {expected}").format(
                scanned=f.scanned or "-", expected=f.expected or "-")
            + f"  {state}")


def cmd_audit_findings(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    found = box_audits.findings(session, audit_id=args.audit, open_only=args.open)
    lines = [_finding_line(f) for f in found] or [
        translate("CLI", "no open findings") if args.open else translate("CLI", "no findings")]
    cli.emit(args, {"findings": [f.to_json() for f in found]}, lines)


def cmd_audit_resolve(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    if args.action == "correct-position" and args.all:
        done = box_audits.correct_positions(session, box_audits.finding(
            session, args.finding).audit_id, args.reason)
    else:
        done = [box_audits.resolve(session, args.finding, args.action, args.reason)]
    cli.emit(args, {"resolved": [f.to_json() for f in done]},
             [_finding_line(f) for f in done])


def cmd_place_scan(args: argparse.Namespace) -> None:
    cli = _cli()
    path, data = _read(args.scan_file)
    session = cli._session(args)
    done = bulk_placement.place_from_file(session, args.box, data, path.name)
    lines = [translate("CLI", "placed {count} tube(s) in {box}").format(
        count=len(done.placed), box=done.box_path)]
    lines += [f"  {barcode}  {position}" for barcode, position in done.placed]
    if done.already_there:
        lines.append(translate("CLI", "{count} tube(s) were already at their positions").format(
            count=len(done.already_there)))
    cli.emit(args, done.to_json(), lines)


def add_commands(command: Command) -> None:
    p = command("audit-box", cmd_audit_box,
                "compare a box with a rack-scanner file (read-only)")
    p.add_argument("box", help="box path FREEZER/SHELF/RACK/BOX")
    p.add_argument("--scan-file", required=True, help="CSV export of the rack scanner")
    p.add_argument("--save", action="store_true",
                   help="store the audit and its findings (prints the audit id)")

    p = command("audit-findings", cmd_audit_findings,
                "findings of the stored box audits and how they were resolved")
    p.add_argument("--open", action="store_true", help="only the findings not resolved yet")
    p.add_argument("--audit", type=int, help="only the findings of this audit id")

    p = command("audit-resolve", cmd_audit_resolve,
                "settle one box-audit finding with one action and a reason (audited)")
    p.add_argument("finding", type=int, help="finding id (see audit-findings)")
    p.add_argument("--action", required=True,
                   choices=[a.replace("_", "-") for a in box_audits.ACTIONS],
                   help="mark-missing (missing tube), move-here (unexpected tube), "
                        "correct-position (misplaced tube) or dismiss (any)")
    p.add_argument("--reason", required=True, help="why (kept in the audit trail)")
    p.add_argument("--all", action="store_true",
                   help="with correct-position: correct every misplaced tube of the same "
                        "audit together (tubes that swapped places)")

    p = command("place-scan", cmd_place_scan,
                "place unplaced tubes at the positions a rack-scanner file gives")
    p.add_argument("box", help="box path FREEZER/SHELF/RACK/BOX")
    p.add_argument("--scan-file", required=True, help="CSV export of the rack scanner")
