"""Command-line front for the freezer temperature log (issue 7, point 8).

``biotrack temperature add|import|list|limits``: type in a reading, import a data logger's CSV
(biotrack.templog lists the accepted layouts), list a month's readings with excursions marked,
set a freezer's alarm limits (managers). Thin: parse, call biotrack.services.temperature, print.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from biotrack.errors import UserError
from biotrack.services import temperature

Command = Callable[..., argparse.ArgumentParser]


def _cli() -> Any:
    from biotrack import cli  # late import: cli imports this module while building its parser

    return cli


def _celsius(text: str, what: str = "the temperature") -> float:
    try:
        return float(text.strip().replace(",", ".").replace("\u2212", "-"))
    except ValueError:
        raise UserError(f"{what} must be a number in °C, not '{text[:20]}'") from None


def _reading_line(r: temperature.Reading) -> tuple[Any, ...]:
    return (f"{r.taken_at:%Y-%m-%d %H:%M}", f"{r.celsius:g}",
            "EXCURSION" if r.excursion else "", r.source, r.user or "", r.note or "")


def cmd_add(args: argparse.Namespace) -> None:
    cli = _cli()
    when = cli.parse_datetime(args.at) if args.at else None
    session = cli._session(args)
    reading = temperature.add_reading(session, args.freezer, _celsius(args.celsius), when,
                                      args.note)
    flag = "  EXCURSION: outside the alarm limits" if reading.excursion else ""
    cli.emit(args, reading.to_json(),
             f"{reading.freezer}: {reading.celsius:g} °C at "
             f"{reading.taken_at:%Y-%m-%d %H:%M} UTC{flag}")


def cmd_import(args: argparse.Namespace) -> None:
    cli = _cli()
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}") from None
    session = cli._session(args)
    result = temperature.import_file(session, args.freezer, data, path.name)
    cli.emit(args, result.to_json(),
             f"{result.freezer}: {result.added} reading(s) imported from {result.source} "
             f"({result.layout} layout), {result.skipped} already stored, "
             f"{result.excursions} excursion(s)")


def cmd_list(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    log = temperature.month_log(session, args.freezer, args.month)
    f = log.figures
    limits = f"{log.limits.low_c:g} .. {log.limits.high_c:g} °C" + (
        " (set point +/- 10)" if log.limits.default else "")
    summary = (f"{f.readings} reading(s), {f.excursions} excursion(s), "
               f"{f.days_without_reading} day(s) without a reading" + (
                   f"; min {f.min_c:g}, max {f.max_c:g}, mean {f.mean_c:.1f} °C"
                   if f.readings and f.min_c is not None and f.max_c is not None
                   and f.mean_c is not None else ""))
    lines = [f"Freezer {log.freezer}, {log.month.label} (UTC), limits {limits}", summary]
    if log.readings:
        lines += cli.table([_reading_line(r) for r in log.readings],
                           ("taken at (UTC)", "°C", "", "source", "user", "note"))
    cli.emit(args, log.to_json(), lines)


def cmd_limits(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    band = temperature.set_limits(session, args.freezer, _celsius(args.low, "--low"),
                                  _celsius(args.high, "--high"))
    cli.emit(args, {"freezer": args.freezer.strip(), "low_c": band.low_c,
                    "high_c": band.high_c},
             f"{args.freezer.strip()}: alarm limits {band.low_c:g} .. {band.high_c:g} °C")


def add_commands(command: Command) -> None:
    group = command("temperature", cmd_list, "the freezer temperature log")
    actions = group.add_subparsers(dest="temperature_command", metavar="ACTION",
                                   parser_class=type(group), required=True)
    p = command("add", cmd_add, "record a reading typed in from the freezer's display",
                parent=actions)
    p.add_argument("freezer", help="freezer code, e.g. F1")
    p.add_argument("celsius", help="the temperature in °C, e.g. -79.5")
    p.add_argument("--at", help="when it was read, YYYY-MM-DDTHH:MM local time (default now)")
    p.add_argument("--note")
    p = command("import", cmd_import, "import a data logger's CSV export (all or nothing)",
                parent=actions)
    p.add_argument("freezer")
    p.add_argument("--file", required=True, help="the logger's CSV file")
    p = command("list", cmd_list, "a month's readings with excursions marked",
                parent=actions)
    p.add_argument("freezer")
    p.add_argument("--month", help="YYYY-MM (default: this month)")
    p = command("limits", cmd_limits, "set a freezer's alarm limits (managers)",
                parent=actions)
    p.add_argument("freezer")
    p.add_argument("--low", required=True, help="lowest acceptable °C")
    p.add_argument("--high", required=True, help="highest acceptable °C")
