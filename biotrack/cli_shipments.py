"""Command-line front for shipments: ``biotrack shipment create|add|remove|show|manifest|
dispatch|receive|cancel|list`` (issue 7, point 3).

Kept apart from cli.py like cli_inventory.py: parse, sign in, call one function of
biotrack.services.shipments, print text or one JSON document (``--json``). The service holds
every rule (which tubes, who may, one transaction); errors become one line through cli.main.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from biotrack.cli_language import translate
from biotrack.errors import QT_TRANSLATE_NOOP, UserError
from biotrack.services import shipments

Command = Callable[..., argparse.ArgumentParser]


def _cli() -> Any:
    from biotrack import cli  # late import: cli imports this module while building its parser

    return cli


def _summary(s: shipments.Shipment) -> str:
    declared = [text for text, on in (
        ("UN3373", s.un3373),
        (translate("CLI", "UN1845 dry ice {kg} kg").format(kg=f"{s.dry_ice_kg:g}")
         if s.dry_ice_kg else "", bool(s.dry_ice_kg))) if on]
    return (f"{s.code}  {s.status}  {s.ship_date}  "
            + translate("CLI", "to {destination}").format(destination=s.destination)
            + ("  " + translate("CLI", "via {courier}").format(courier=s.courier)
               if s.courier else "")
            + ("  " + translate("CLI", "tracking {number}").format(number=s.tracking)
               if s.tracking else "")
            + (f"  [{', '.join(declared)}]" if declared else "")
            + "  " + translate("CLI", "{count} tube(s)").format(count=s.items)
            + (", " + translate("CLI", "{count} back").format(count=s.received)
               if s.received else ""))


def _dry_ice(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "--dry-ice-kg must be a number of kg, not "
                                                      "'{text}'"), text=text[:20]) from None


def cmd_create(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    shipment = shipments.create(session, shipments.ShipmentDetails(
        destination=args.destination, courier=args.courier or "", tracking=args.tracking or "",
        ship_date=cli.parse_date(args.date) if args.date else None, un3373=args.un3373,
        dry_ice_kg=_dry_ice(args.dry_ice_kg), notes=args.notes))
    cli.emit(args, shipment.to_json(), _summary(shipment))


def cmd_add(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    added = shipments.add(session, args.code, args.barcodes, participant=args.participant,
                          visit=args.visit, sample_type=args.sample_type, box=args.box)
    shipment = shipments.get(session, args.code)
    cli.emit(args, {"shipment": shipment.code, "added": added, "items": shipment.items},
             [translate("CLI", "{code}: added {count} tube(s), {total} in all").format(
                 code=shipment.code, count=len(added), total=shipment.items),
              *(f"  {b}" for b in added)])


def cmd_remove(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    removed = shipments.remove(session, args.code, args.barcodes)
    shipment = shipments.get(session, args.code)
    cli.emit(args, {"shipment": shipment.code, "removed": removed, "items": shipment.items},
             translate("CLI", "{code}: removed {count} tube(s), {total} left").format(
                 code=shipment.code, count=len(removed), total=shipment.items))


def cmd_show(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    shipment = shipments.get(session, args.code)
    tubes = shipments.items(session, shipment.code)
    back = translate("CLI", "back")
    rows = [(t.barcode, t.code, t.visit, t.sample_type, t.volume_ul, t.box or "-",
             t.position or "-", t.status, back if t.received_back_at else "")
            for t in tubes]
    cli.emit(args, dict(shipment.to_json(), tubes=[t.to_json() for t in tubes]),
             [_summary(shipment), *cli.table(rows, ("barcode", "code", "visit", "sample type",
                                                    "µL", "box", "pos", "status", ""))])


def cmd_manifest(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    result = shipments.manifest(session, args.code, args.format, Path(args.output),
                                translate=translate)
    cli.emit(args, result.to_json(),
             translate("CLI", "wrote {path} (manifest of {code}, {format}): {count} "
                              "tube(s)").format(path=result.path, code=result.code,
                                                format=result.format, count=result.tubes))


def cmd_dispatch(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    shipment = shipments.dispatch(session, args.code, args.tracking)
    cli.emit(args, shipment.to_json(),
             translate("CLI", "{code} dispatched: {count} tube(s) marked shipped").format(
                 code=shipment.code, count=shipment.items))


def cmd_receive(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    returned = shipments.receive(session, args.code, args.barcodes)
    unplaced = translate("CLI", "UNPLACED (its position is taken: place it)")
    shipment = shipments.get(session, args.code)
    cli.emit(args, {"shipment": shipment.code, "status": shipment.status,
                    "returned": [r.to_json() for r in returned]},
             [translate("CLI", "{code}: {count} tube(s) received back ({status})").format(
                 code=shipment.code, count=len(returned), status=shipment.status),
              *(f"  {r.barcode}  {r.path or unplaced}" for r in returned)])


def cmd_cancel(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    shipment = shipments.cancel(session, args.code, args.reason)
    cli.emit(args, shipment.to_json(),
             translate("CLI", "{code} cancelled").format(code=shipment.code))


def cmd_list(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    found = shipments.shipments(session, args.status)
    cli.emit(args, [s.to_json() for s in found],
             [_summary(s) for s in found] if found else [translate("CLI", "No shipments.")])


def _missing_action(args: argparse.Namespace) -> None:
    from biotrack.cli import CliError

    raise CliError(QT_TRANSLATE_NOOP("Messages", "shipment needs one of: create, add, remove, "
                                                 "show, manifest, dispatch, receive, cancel, "
                                                 "list (see `biotrack shipment --help`)"))


def add_commands(command: Command) -> None:
    """Add ``shipment`` and its actions through cli.build_parser's ``command`` helper."""
    group = command("shipment", _missing_action,
                    "shipments: draft, add tubes, manifest, dispatch, receive back")
    sub = group.add_subparsers(dest="shipment_action", metavar="ACTION",
                               parser_class=type(group))

    p = command("create", cmd_create, "a new draft shipment; prints its code", parent=sub)
    p.add_argument("--destination", required=True, help="receiving laboratory and address")
    p.add_argument("--courier")
    p.add_argument("--tracking", help="courier's tracking number (also at dispatch)")
    p.add_argument("--date", help="ship date YYYY-MM-DD (default today)")
    p.add_argument("--un3373", action=argparse.BooleanOptionalAction, default=True,
                   help="declare UN3373 Biological substance, Category B (default: yes)")
    p.add_argument("--dry-ice-kg", help="dry ice in kg (declared as UN1845)")
    p.add_argument("--notes")

    p = command("add", cmd_add, "add tubes in storage by barcode and/or criteria", parent=sub)
    p.add_argument("code", help="shipment code, e.g. SHP-2026-0001")
    p.add_argument("barcodes", nargs="*", metavar="BARCODE")
    p.add_argument("--participant", help="every stored tube of this participant")
    p.add_argument("--visit", help="only this visit (e.g. V1)")
    p.add_argument("--sample-type", help="only this sample type (serum, buffy_coat, ...)")
    p.add_argument("--box", help="every stored tube of this box FREEZER/SHELF/RACK/BOX")

    p = command("remove", cmd_remove, "take tubes out of a draft", parent=sub)
    p.add_argument("code")
    p.add_argument("barcodes", nargs="+", metavar="BARCODE")

    p = command("show", cmd_show, "a shipment and its tubes", parent=sub)
    p.add_argument("code")

    p = command("manifest", cmd_manifest, "write the manifest (PDF, XLSX or CSV)",
                parent=sub)
    p.add_argument("code")
    p.add_argument("--format", choices=shipments.MANIFEST_FORMATS,
                   help="pdf, xlsx or csv; default: the file's suffix")
    p.add_argument("-o", "--output", required=True, metavar="FILE")

    p = command("dispatch", cmd_dispatch, "send a draft: every tube marked shipped "
                "(irreversible)", parent=sub)
    p.add_argument("code")
    p.add_argument("--tracking", help="courier's tracking number")

    p = command("receive", cmd_receive, "a returned shipment: all its tubes, or those given, "
                "back to their positions (unplaced when taken)", parent=sub)
    p.add_argument("code")
    p.add_argument("barcodes", nargs="*", metavar="BARCODE")

    p = command("cancel", cmd_cancel, "give up a draft (its tubes are free again)",
                parent=sub)
    p.add_argument("code")
    p.add_argument("--reason")

    p = command("list", cmd_list, "every shipment, newest first", parent=sub)
    p.add_argument("--status", choices=shipments.STATUSES)
