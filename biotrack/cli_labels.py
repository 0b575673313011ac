"""Command-line front for printing labels (SPEC.md section 5, issue 4 point 6).

``biotrack labels (--collection ID | --barcode B ... | --box PATH | --visit CODE VISIT)
--format pdf|zpl [--template NAME] [--dpi 203|300] [--start N] -o FILE``

Kept apart from cli.py so each file stays small; same rules as every command: parse, sign in,
call one service (biotrack.services.printing), print text or one JSON document.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from biotrack.cli_language import translate
from biotrack.errors import QT_TRANSLATE_NOOP, UserError
from biotrack.labels.templates import DPIS, FORMATS, load_template, template_names

Command = Callable[..., argparse.ArgumentParser]


def _cli() -> Any:
    from biotrack import cli  # late import: cli imports this module while building its parser

    return cli


def cmd_labels(args: argparse.Namespace) -> None:
    from biotrack.services import printing

    cli = _cli()
    if args.list_templates:
        data = [{"name": t.name, "description": t.description, "media": t.media,
                 "formats": list(t.formats), "default_dpi": t.default_dpi,
                 "width_mm": t.width_mm, "height_mm": t.height_mm}
                for t in (load_template(name) for name in template_names())]
        cli.emit(args, data, [f"{t['name']:<12} {t['description']}" for t in data])
        return
    sources = [args.collection is not None, bool(args.barcode), args.box is not None,
               args.visit is not None]
    if sum(sources) != 1:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "give one of --collection ID, --barcode "
                                                      "B ..., --box PATH or --visit CODE VISIT"))
    if args.output is None and args.printer is None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "give -o FILE (or --printer HOST[:PORT] "
                                                      "for ZPL)"))
    options = printing.PrintOptions(
        template=args.template or printing.DEFAULT_TEMPLATE, format=args.format,
        dpi=cli.parse_int(args.dpi, "--dpi") if args.dpi is not None else None,
        start=cli.parse_int(args.start, "--start") if args.start is not None else 1,
        output=Path(args.output) if args.output else None, printer=args.printer,
    )
    session = cli._session(args)
    if args.collection is not None:
        result = printing.print_collection(session, cli.parse_int(args.collection,
                                                                  "--collection"), options)
    elif args.barcode:
        result = printing.print_barcodes(session, args.barcode, options)
    elif args.box is not None:
        result = printing.print_box(session, args.box, options)
    else:
        code, visit = args.visit
        result = printing.print_visit(session, code, visit, options)
    if result.path and result.printer:
        where = translate("CLI", "{file} and printer {printer}").format(
            file=result.path, printer=result.printer)
    elif result.path:
        where = str(result.path)
    else:
        where = translate("CLI", "printer {printer}").format(printer=result.printer)
    text = (translate("CLI", "{count} label(s) reprinted on {template} ({format}, {dpi} dpi) "
                             "to {where}") if result.reprint
            else translate("CLI", "{count} label(s) printed on {template} ({format}, {dpi} dpi) "
                                  "to {where}"))
    cli.emit(args, result.to_json(), text.format(
        count=len(result.barcodes), template=result.template, format=result.format.upper(),
        dpi=result.dpi, where=where))


def add_commands(command: Command) -> None:
    p = command("labels", cmd_labels, "print labels (PDF or Zebra ZPL) for a collection, "
                "tubes, a box or a planned visit; every print is logged")
    p.add_argument("--collection", metavar="ID", help="every kept tube of a collection")
    p.add_argument("--barcode", metavar="B", nargs="+", action="extend",
                   help="these tubes (repeatable)")
    p.add_argument("--box", metavar="PATH", help="every tube in a box FREEZER/SHELF/RACK/BOX")
    p.add_argument("--visit", nargs=2, metavar=("CODE", "VISIT"),
                   help="pre-printed labels for a planned visit (reserves the barcodes)")
    p.add_argument("--format", default="pdf", choices=FORMATS, help="pdf (default) or zpl")
    p.add_argument("--template", metavar="NAME",
                   help="label template (default cryo-38x13; --list-templates shows them)")
    p.add_argument("--dpi", metavar="|".join(map(str, DPIS)),
                   help="printer resolution (default: the template's)")
    p.add_argument("--start", metavar="N", help="sheet templates: first free position "
                   "(1 = top left), to reuse a half-used sheet")
    p.add_argument("-o", "--output", metavar="FILE", help="write the PDF or ZPL here")
    p.add_argument("--printer", metavar="HOST[:PORT]|queue:NAME",
                   help="send ZPL to a network printer (raw port 9100) or a print queue")
    p.add_argument("--list-templates", action="store_true", help="list the label templates")
