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

from biotrack.cli_language import translate
from biotrack.errors import QT_TRANSLATE_NOOP, UserError
from biotrack.services import temperature

Command = Callable[..., argparse.ArgumentParser]


def _cli() -> Any:
    from biotrack import cli  # late import: cli imports this module while building its parser

    return cli


def _celsius(text: str, what: str | None = None) -> float:
    try:
        return float(text.strip().replace(",", ".").replace("\u2212", "-"))
    except ValueError:
        if what is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "the temperature must be a number in "
                                                          "°C, not '{text}'"),
                            text=text[:20]) from None
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{what} must be a number in °C, not "
                                                      "'{text}'"),
                        what=what, text=text[:20]) from None


def _reading_line(r: temperature.Reading) -> tuple[Any, ...]:
    return (f"{r.taken_at:%Y-%m-%d %H:%M}", f"{r.celsius:g}",
            translate("CLI", "EXCURSION") if r.excursion else "", r.source, r.user or "",
            r.note or "")


def cmd_add(args: argparse.Namespace) -> None:
    cli = _cli()
    when = cli.parse_datetime(args.at) if args.at else None
    session = cli._session(args)
    reading = temperature.add_reading(session, args.freezer, _celsius(args.celsius), when,
                                      args.note)
    flag = ("  " + translate("CLI", "EXCURSION: outside the alarm limits")
            if reading.excursion else "")
    cli.emit(args, reading.to_json(),
             translate("CLI", "{freezer}: {celsius} °C at {time} UTC").format(
                 freezer=reading.freezer, celsius=f"{reading.celsius:g}",
                 time=f"{reading.taken_at:%Y-%m-%d %H:%M}") + flag)


def cmd_import(args: argparse.Namespace) -> None:
    cli = _cli()
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "cannot read {path}: {reason}"),
                        path=path, reason=exc.strerror) from None
    session = cli._session(args)
    result = temperature.import_file(session, args.freezer, data, path.name)
    cli.emit(args, result.to_json(),
             translate("CLI", "{freezer}: {added} reading(s) imported from {source} ({layout} "
                              "layout), {skipped} already stored, {excursions} "
                              "excursion(s)").format(
                 freezer=result.freezer, added=result.added, source=result.source,
                 layout=result.layout, skipped=result.skipped, excursions=result.excursions))


def cmd_list(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    log = temperature.month_log(session, args.freezer, args.month)
    f = log.figures
    limits = f"{log.limits.low_c:g} .. {log.limits.high_c:g} °C" + (
        " " + translate("CLI", "(set point +/- 10)") if log.limits.default else "")
    summary = translate("CLI", "{readings} reading(s), {excursions} excursion(s), {days} day(s) "
                               "without a reading").format(
        readings=f.readings, excursions=f.excursions, days=f.days_without_reading)
    if f.readings and f.min_c is not None and f.max_c is not None and f.mean_c is not None:
        summary += translate("CLI", "; min {min}, max {max}, mean {mean} °C").format(
            min=f"{f.min_c:g}", max=f"{f.max_c:g}", mean=f"{f.mean_c:.1f}")
    lines = [translate("CLI", "Freezer {code}, {month} (UTC), limits {limits}").format(
        code=log.freezer, month=log.month.label, limits=limits), summary]
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
             translate("CLI", "{freezer}: alarm limits {low} .. {high} °C").format(
                 freezer=args.freezer.strip(), low=f"{band.low_c:g}", high=f"{band.high_c:g}"))


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
