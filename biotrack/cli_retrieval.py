"""Command-line front for retrieval pull lists: ``biotrack pull preview|create|pick|...``.

Kept apart from cli.py like cli_inventory.py: parse, sign in, call one service in
biotrack.services.retrieval, print lines (or one JSON document with ``--json``). The rules
(never the last aliquot, pull order, one transaction per pick) live in the service.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from biotrack.cli_language import error_text, translate
from biotrack.errors import QT_TRANSLATE_NOOP
from biotrack.services import retrieval

Command = Callable[..., argparse.ArgumentParser]


def _cli() -> Any:
    from biotrack import cli  # late import: cli imports this module while building its parser

    return cli


def _criteria(args: argparse.Namespace) -> retrieval.Criteria:
    return retrieval.criteria(
        cohorts=args.cohort, sites=args.site, visits=args.visit, kinds=args.kind,
        sample_types=args.sample_type, numbers=args.number, participants=args.participant)


def _tube_line(tube: retrieval.PullTube, extra: str = "") -> str:
    return (f"  {tube.path:<22} {tube.barcode}  {tube.code:<11} {tube.visit:<9} "
            f"{tube.sample_type} {tube.number}/{tube.of_count}{extra}")


def _summary(pull: retrieval.PullList) -> str:
    if pull.status == "cancelled":  # what was still pending is no longer to pull
        counts = translate("CLI", "{picked}/{total} picked, {missing} not found, {pending} "
                                  "not pulled").format(picked=pull.picked, total=pull.total,
                                                       missing=pull.not_found,
                                                       pending=pull.pending)
    else:
        counts = translate("CLI", "{picked}/{total} picked, {missing} not found, {pending} "
                                  "pending").format(picked=pull.picked, total=pull.total,
                                                    missing=pull.not_found,
                                                    pending=pull.pending)
    return f"{pull.code}  {pull.status:<6}  {counts}  - {pull.purpose}"


def _detail_lines(detail: retrieval.PullListDetail) -> list[str]:
    lines = [_summary(detail.pull), translate("CLI", "criteria: {criteria}").format(
        criteria=error_text(detail.pull.criteria.describe()))]
    marks = {"pending": "", "picked": "  " + translate("CLI", "[picked]"),
             "not_found": "  " + translate("CLI", "[NOT FOUND]")}
    lines += [_tube_line(i.tube, marks.get(i.state, "")) for i in detail.items]
    return lines


def _write_pdf(session: Any, args: argparse.Namespace, code: str) -> str | None:
    if not getattr(args, "output", None):
        return None
    return str(retrieval.pdf(session, code, Path(args.output), translate=translate))


def cmd_pull_preview(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    result = retrieval.preview(session, _criteria(args), allow_last=args.allow_last)
    lines = [translate("CLI", "{count} tube(s) to pull for {criteria}").format(
        count=len(result.tubes), criteria=error_text(result.criteria.describe()))]
    lines += [_tube_line(t) for t in result.tubes]
    if result.skipped_last:
        lines.append(translate("CLI", "{count} skipped: the last aliquot of their visit and "
                                      "sample type (--allow-last takes them)").format(
            count=len(result.skipped_last)))
        lines += [_tube_line(t) for t in result.skipped_last]
    if result.skipped_on_list:
        lines.append(translate("CLI", "{count} skipped: already on an open pull list").format(
            count=len(result.skipped_on_list)))
        lines += [_tube_line(t, "  " + translate("CLI", "on {list}").format(list=t.on_list))
                  for t in result.skipped_on_list]
    cli.emit(args, result.to_json(), lines)


def cmd_pull_create(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    detail = retrieval.create(session, args.purpose, _criteria(args),
                              allow_last=args.allow_last)
    written = _write_pdf(session, args, detail.pull.code)
    lines = [translate("CLI", "created {code}: {count} tube(s) to pull").format(
        code=detail.pull.code, count=detail.pull.total), *_detail_lines(detail)[1:]]
    if written:
        lines.append(translate("CLI", "wrote {file}").format(file=written))
    cli.emit(args, dict(detail.to_json(), pdf=written), lines)


def cmd_pull_pick(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    detail = retrieval.pick_all(session, args.code, args.barcodes)
    picked = [detail.item(b.strip().upper()) for b in args.barcodes]
    lines = [translate("CLI", "picked {count} tube(s) (checked out): {barcodes}").format(
        count=len(picked), barcodes=", ".join(i.tube.barcode for i in picked if i)),
        _summary(detail.pull)]
    cli.emit(args, dict(detail.to_json(), picked=[i.tube.barcode for i in picked if i]), lines)


def cmd_pull_not_found(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    detail = retrieval.flag_not_found(session, args.code, args.barcodes, args.reason)
    lines = [translate("CLI", "flagged {count} tube(s) not found").format(
        count=len(args.barcodes)), _summary(detail.pull)]
    cli.emit(args, detail.to_json(), lines)


def cmd_pull_show(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    detail = retrieval.show(session, args.code)
    written = _write_pdf(session, args, detail.pull.code)
    lines = _detail_lines(detail) + (
        [translate("CLI", "wrote {file}").format(file=written)] if written else [])
    cli.emit(args, dict(detail.to_json(), pdf=written), lines)


def cmd_pull_close(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    result = retrieval.close(session, args.code)
    lines = [translate("CLI", "closed {code}: {picked} picked, {count} still pending flagged "
                              "not found").format(code=result.detail.pull.code,
                                                  picked=result.detail.pull.picked,
                                                  count=len(result.flagged))]
    lines += [_tube_line(i.tube, "  " + translate("CLI", "[NOT FOUND]"))
              for i in result.flagged]
    cli.emit(args, result.to_json(), lines)


def cmd_pull_cancel(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    result = retrieval.cancel(session, args.code, args.reason)
    lines = [translate("CLI", "cancelled {code}: {count} picked tube(s) stay checked out "
                              "(bring them back with `biotrack return`), {released} no "
                              "longer to pull").format(code=result.detail.pull.code,
                                             count=len(result.to_return),
                                             released=len(result.released))]
    lines += [_tube_line(i.tube, "  " + translate("CLI", "[to return]"))
              for i in result.to_return]
    cli.emit(args, result.to_json(), lines)


def cmd_pull_list(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    found = retrieval.lists(session, args.status)
    cli.emit(args, [p.to_json() for p in found],
             [_summary(p) for p in found] or [translate("CLI", "no pull lists")])


def _missing_action(args: argparse.Namespace) -> None:
    from biotrack.cli import CliError

    raise CliError(QT_TRANSLATE_NOOP("Messages", "pull needs one of: preview, create, pick, "
                                                 "not-found, show, close, cancel, list (see "
                                                 "`biotrack pull --help`)"))


def _add_criteria(p: argparse.ArgumentParser) -> None:
    many: dict[str, Any] = {"action": "extend", "nargs": "+", "default": []}
    p.add_argument("--cohort", metavar="CODE", help="cohort(s), e.g. ICI", **many)
    p.add_argument("--site", metavar="CODE", help="site(s), e.g. NAV", **many)
    p.add_argument("--visit", metavar="CODE", help="visit code(s), e.g. V1,V5", **many)
    p.add_argument("--kind", metavar="KIND",
                   help="visit kind(s): cycle, baseline, irae, remission, flare (visits match "
                   "by code or by kind)", **many)
    p.add_argument("--sample-type", metavar="TYPE",
                   help="serum, buffy_coat, buffy_coat_rnalater (or SER, BC, BC-RNA)", **many)
    p.add_argument("--number", metavar="N", help="aliquot number(s), e.g. 1", **many)
    p.add_argument("--participant", metavar="CODE", help="participant code(s)", **many)
    p.add_argument("--allow-last", action="store_true",
                   help="also take the last aliquot in storage of a visit and sample type")


def add_commands(command: Command) -> None:
    """Add ``pull`` and its actions through cli.build_parser's ``command`` helper."""
    group = command("pull", _missing_action, "retrieval pull lists for analysis batches")
    sub = group.add_subparsers(dest="pull_action", metavar="ACTION", parser_class=type(group))

    p = command("preview", cmd_pull_preview,
                "the tubes a pull list would take, and those it would skip", parent=sub)
    _add_criteria(p)
    p.add_argument("--purpose", help="ignored by preview (accepted so that a create command "
                   "can be previewed as is)")

    p = command("create", cmd_pull_create,
                "store a pull list in freezer/shelf/rack/box/position order", parent=sub)
    _add_criteria(p)
    p.add_argument("--purpose", required=True, help="what the tubes are for")
    p.add_argument("-o", "--output", metavar="FILE", help="also write the printable PDF")

    p = command("pick", cmd_pull_pick,
                "confirm scanned tubes: each is checked out and marked picked (all or none)",
                parent=sub)
    p.add_argument("code")
    p.add_argument("barcodes", nargs="+", metavar="BARCODE")

    p = command("not-found", cmd_pull_not_found, "flag tubes of the list that are not there",
                parent=sub)
    p.add_argument("code")
    p.add_argument("barcodes", nargs="+", metavar="BARCODE")
    p.add_argument("--reason", required=True)

    p = command("show", cmd_pull_show, "a pull list with its tubes in pull order", parent=sub)
    p.add_argument("code")
    p.add_argument("-o", "--output", metavar="FILE", help="write the printable PDF")

    p = command("close", cmd_pull_close,
                "close a list: tubes still pending are flagged not found", parent=sub)
    p.add_argument("code")

    p = command("cancel", cmd_pull_cancel,
                "give up an open list: picked tubes stay checked out, the rest is no longer "
                "to pull", parent=sub)
    p.add_argument("code")
    p.add_argument("--reason", required=True, help="why (kept in the audit trail)")

    p = command("list", cmd_pull_list, "every pull list, newest first", parent=sub)
    p.add_argument("--status", choices=("open", "closed", "cancelled"))
