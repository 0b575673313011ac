"""Command-line front for the reports: ``biotrack report inventory|completeness|due``.

Kept apart from cli.py like cli_safety.py: parse, sign in, call one service in
biotrack.services.reporting, print one line (or one JSON document with ``--json``). The
services check who may make which report; errors become one line through cli.main.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from biotrack.cli_language import translate
from biotrack.errors import QT_TRANSLATE_NOOP
from biotrack.services import reporting

Command = Callable[..., argparse.ArgumentParser]


def _cli() -> Any:
    from biotrack import cli  # late import: cli imports this module while building its parser

    return cli


#: The reports' headline numbers (services.reporting's totals; --json keeps the keys), as the
#: human line of ``biotrack report`` names them; marked so that lupdate finds them.
TOTAL_WORDS = {
    "aliquots": QT_TRANSLATE_NOOP("CLI", "aliquots"),
    "in_storage": QT_TRANSLATE_NOOP("CLI", "in storage"),
    "checked_out": QT_TRANSLATE_NOOP("CLI", "checked out"),
    "unplaced": QT_TRANSLATE_NOOP("CLI", "unplaced"),
    "boxes": QT_TRANSLATE_NOOP("CLI", "boxes"),
    "capacity": QT_TRANSLATE_NOOP("CLI", "capacity"),
    "occupied": QT_TRANSLATE_NOOP("CLI", "occupied"),
    "free": QT_TRANSLATE_NOOP("CLI", "free"),
    "occupancy_pct": QT_TRANSLATE_NOOP("CLI", "occupancy pct"),
    "movements": QT_TRANSLATE_NOOP("CLI", "movements"),
    "discrepancies": QT_TRANSLATE_NOOP("CLI", "discrepancies"),
    "checked_out_overdue": QT_TRANSLATE_NOOP("CLI", "checked out overdue"),
    "box_audit_findings": QT_TRANSLATE_NOOP("CLI", "box audit findings"),
    "participants": QT_TRANSLATE_NOOP("CLI", "participants"),
    "visits_due": QT_TRANSLATE_NOOP("CLI", "visits due"),
    "collected": QT_TRANSLATE_NOOP("CLI", "collected"),
    "missed": QT_TRANSLATE_NOOP("CLI", "missed"),
    "overdue": QT_TRANSLATE_NOOP("CLI", "overdue"),
    "out_of_window": QT_TRANSLATE_NOOP("CLI", "out of window"),
    "expected_aliquots": QT_TRANSLATE_NOOP("CLI", "expected aliquots"),
    "collected_aliquots": QT_TRANSLATE_NOOP("CLI", "collected aliquots"),
    "missing_aliquots": QT_TRANSLATE_NOOP("CLI", "missing aliquots"),
    "collections_with_deviations": QT_TRANSLATE_NOOP("CLI", "collections with deviations"),
    "completeness_pct": QT_TRANSLATE_NOOP("CLI", "completeness pct"),
    "visits": QT_TRANSLATE_NOOP("CLI", "visits"),
}


def _total_word(key: str) -> str:
    word = TOTAL_WORDS.get(key)
    return translate("CLI", word) if word else key.replace("_", " ")


def _text(result: reporting.ReportFile) -> str:
    totals = ", ".join(f"{_total_word(key)} {value}" for key, value in result.totals.items())
    return translate("CLI", "wrote {path} ({report}, {format}): {totals}").format(
        path=result.path, report=result.report, format=result.format, totals=totals)


def cmd_report_inventory(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    days = cli.parse_int(args.overdue_days, "--overdue-days")
    result = reporting.inventory_report(session, args.month, args.format, Path(args.output),
                                        overdue_days=days, translate=translate)
    cli.emit(args, result.to_json(), _text(result))


def cmd_report_completeness(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    result = reporting.completeness_report(session, args.format, Path(args.output),
                                           site=args.site, cohort=args.cohort,
                                           translate=translate)
    cli.emit(args, result.to_json(), _text(result))


def cmd_report_due(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    start = cli.parse_date(args.from_) if args.from_ else session.today_local()
    end = cli.parse_date(args.to) if args.to else start + timedelta(days=6)
    # The PDF speaks the CLI's language (translate: the CLI's catalogue, context "Reports").
    result = reporting.draw_list_report(session, start, end, Path(args.output), site=args.site,
                                        translate=translate)
    cli.emit(args, result.to_json(), _text(result))


def add_commands(command: Command) -> None:
    """Add ``report`` and its sub-commands through cli.build_parser's ``command`` helper."""
    group = command("report", _missing_report, "monthly inventory, completeness, draw list")
    sub = group.add_subparsers(dest="report", metavar="REPORT", parser_class=type(group))

    p = command("inventory", cmd_report_inventory,
                "monthly freezer inventory as of the end of a month (manager)", parent=sub)
    p.add_argument("--month", required=True, help="YYYY-MM (a UTC calendar month)")
    p.add_argument("--format", choices=reporting.INVENTORY_FORMATS,
                   help="pdf, xlsx (every sheet) or csv (the Aliquots sheet); default: "
                   "the file's suffix")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--overdue-days", default="30",
                   help="list tubes checked out for more than this many days (default 30)")

    p = command("completeness", cmd_report_completeness,
                "collection completeness and protocol deviations (manager)", parent=sub)
    p.add_argument("--site", help="only this site")
    p.add_argument("--cohort", help="only this cohort (ICI or SAD)")
    p.add_argument("--format", choices=reporting.COMPLETENESS_FORMATS,
                   help="pdf or xlsx; default: the file's suffix")
    p.add_argument("-o", "--output", required=True, metavar="FILE")

    p = command("due", cmd_report_due, "the nurse's printable draw list (PDF)", parent=sub)
    p.add_argument("--from", dest="from_", help="first day (default today)")
    p.add_argument("--to", help="last day (default: a week from the first)")
    p.add_argument("--site")
    p.add_argument("-o", "--output", required=True, metavar="FILE")


def _missing_report(args: argparse.Namespace) -> None:
    from biotrack.cli import CliError

    raise CliError(QT_TRANSLATE_NOOP("Messages", "report needs one of: inventory, completeness, "
                                                 "due (see `biotrack report --help`)"))
