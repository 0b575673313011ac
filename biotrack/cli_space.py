"""Command-line front for free space: ``biotrack space free|empty-boxes|utilisation|defrag-plan|
defrag-apply|evacuation`` (issue 7, points 5 and 6).

Kept apart from cli.py like cli_reports.py: parse, sign in, call biotrack.services.space, print
(or one JSON document with ``--json``). A defragmentation plan is saved as JSON next to its PDF
(``plan.pdf`` -> ``plan.json``); ``defrag-apply`` takes either file and applies the saved
moves, so what is applied is exactly what was printed, and a tube moved in between makes the
service refuse the whole plan.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from biotrack.cli_language import translate
from biotrack.errors import QT_TRANSLATE_NOOP, UserError
from biotrack.services import space

Command = Callable[..., argparse.ArgumentParser]


def _cli() -> Any:
    from biotrack import cli  # late import: cli imports this module while building its parser

    return cli


def _format(fmt: str | None, target: Path, allowed: tuple[str, ...]) -> str:
    value = (fmt or target.suffix.lstrip(".")).lower()
    if value not in allowed:
        either = translate("CLI", " or ")
        raise UserError(QT_TRANSLATE_NOOP("Messages", "give --format {formats} (or a file ending "
                                                      "in {suffixes})"),
                        formats=either.join(allowed),
                        suffixes=either.join("." + a for a in allowed))
    return value


def cmd_free(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    count = cli.parse_int(args.n, "-n")
    found = space.free_positions(session, args.type, count)
    lines = [(translate("CLI", "{count} free {type} position(s) (of {asked} asked):")
              if len(found) < count else translate("CLI", "{count} free {type} position(s):"))
             .format(count=len(found), type=args.type, asked=count)]
    lines += [f"  {loc.path}" for loc in found]
    cli.emit(args, {"box_type": args.type, "asked": count,
                    "positions": [loc.to_json() for loc in found]}, lines)


def cmd_empty_boxes(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    count = cli.parse_int(args.k, "-k")
    found = space.empty_boxes(session, args.type, count)
    lines = [(translate("CLI", "{count} empty {type} box(es) (of {asked} asked):")
              if len(found) < count else translate("CLI", "{count} empty {type} box(es):"))
             .format(count=len(found), type=args.type, asked=count)]
    lines += [f"  {box.path}  {box.rows}x{box.cols}" for box in found]
    cli.emit(args, {"box_type": args.type, "asked": count, "boxes": [
        {"path": b.path, "rows": b.rows, "cols": b.cols} for b in found]}, lines)


def cmd_utilisation(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    if args.output:
        target = Path(args.output)
        lines = space.write_utilisation(session, target,
                                        _format(args.format, target, ("pdf", "csv")),
                                        translate=translate)
        text = [translate("CLI", "wrote {file} ({count} lines)").format(file=target,
                                                                         count=len(lines))]
    else:
        if args.format:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "--format needs -o FILE"))
        lines = space.utilisation(session)
        text = cli.table([(u.level, u.path, u.box_type, u.boxes, u.empty_boxes, u.capacity,
                           u.occupied, u.free, f"{u.percent:.1f}") for u in lines],
                         ("level", "path", "type", "boxes", "empty", "capacity", "occupied",
                          "free", "%"))
    cli.emit(args, [u.to_json() for u in lines], text)


def cmd_defrag_plan(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    limit = cli.parse_int(args.max_moves, "--max-moves") if args.max_moves else None
    plan = space.defrag_plan(session, args.freezer, limit)
    data = plan.to_json()
    lines = [translate("CLI", "{moves} tube(s) to move, {boxes} box(es) emptied").format(
        moves=len(plan.moves), boxes=len(plan.emptied))]
    if args.output:
        target = Path(args.output)
        if target.suffix.lower() != ".pdf":
            raise UserError(QT_TRANSLATE_NOOP("Messages", "-o takes a .pdf file (the plan's "
                                                          "JSON is saved next to it)"))
        saved = space.write_defrag_plan(session, plan, target, translate=translate)
        lines.append(translate("CLI", "wrote {pdf} and {plan} (apply with: biotrack space "
                                      "defrag-apply {plan})").format(pdf=target, plan=saved))
        data = dict(data, pdf=str(target), plan_file=str(saved))
    else:
        for box, moves in plan.by_box():
            lines.append(translate("CLI", "from {box}:").format(box=box))
            lines += [f"  {m.from_path.rpartition('/')[2]:>4} {m.barcode} -> {m.to_path}"
                      for m in moves]
    cli.emit(args, data, lines)


def cmd_defrag_apply(args: argparse.Namespace) -> None:
    cli = _cli()
    path = Path(args.plan)
    plan = space.load_plan(path)
    session = cli._session(args)
    moved = space.apply_defrag(session, plan)
    cli.emit(args, {"plan": str(space.plan_file_for(path)), "moved": moved,
                    "boxes_emptied": list(plan.emptied)},
             translate("CLI", "moved {count} tube(s); emptied {boxes} box(es): {list}").format(
                 count=moved, boxes=len(plan.emptied), list=", ".join(plan.emptied)))


def cmd_evacuation(args: argparse.Namespace) -> None:
    cli = _cli()
    session = cli._session(args)
    evac = space.evacuation(session, args.freezer)
    data = evac.to_json()
    lines = [translate("CLI", "Freezer {code}: {count} box(es) with tubes").format(
        code=evac.freezer, count=len(evac.boxes))]
    for item in data["summary"]:
        lines.append(f"  {item['box_type']}: "
                     + translate("CLI", "{tubes} stored tube(s), {free} free position(s) in "
                                        "other freezers").format(
                         tubes=item["tubes"], free=item["free_elsewhere"])
                     + ("" if item["enough"] else "  " + translate("CLI", "NOT ENOUGH ROOM")))
    if args.output:
        target = Path(args.output)
        space.write_evacuation(session, evac, target,
                               _format(args.format, target, ("pdf", "csv")), translate=translate)
        lines.append(translate("CLI", "wrote {file}").format(file=target))
        data = dict(data, output=str(target))
    cli.emit(args, data, lines)


def add_commands(command: Command) -> None:
    """Add ``space`` and its sub-commands through cli.build_parser's ``command`` helper."""
    group = command("space", _missing_action, "free space, utilisation, defragmentation, "
                    "evacuation list")
    sub = group.add_subparsers(dest="space", metavar="ACTION", parser_class=type(group))

    p = command("free", cmd_free, "the next N free positions of a box type (fill order)",
                parent=sub)
    p.add_argument("--type", required=True, help="box type: serum or buffy")
    p.add_argument("-n", default="1", help="how many positions (default 1)")

    p = command("empty-boxes", cmd_empty_boxes, "the first K empty boxes of a type",
                parent=sub)
    p.add_argument("--type", required=True, help="box type: serum or buffy")
    p.add_argument("-k", default="1", help="how many boxes (default 1)")

    p = command("utilisation", cmd_utilisation,
                "capacity, occupied and free positions per freezer, shelf and rack", parent=sub)
    p.add_argument("--format", choices=("pdf", "csv"), help="default: the file's suffix")
    p.add_argument("-o", "--output", metavar="FILE", help="write a PDF or CSV file")

    p = command("defrag-plan", cmd_defrag_plan,
                "which tubes to move so that whole boxes become empty (read-only)", parent=sub)
    p.add_argument("--freezer", help="only this freezer (default: every freezer)")
    p.add_argument("--max-moves", metavar="N",
                   help="move at most N tubes (the boxes with the fewest tubes go first)")
    p.add_argument("-o", "--output", metavar="PLAN.pdf",
                   help="write the printable plan, and its JSON next to it (PLAN.json)")

    p = command("defrag-apply", cmd_defrag_apply,
                "carry out a saved plan's moves in one transaction", parent=sub)
    p.add_argument("plan", metavar="PLANFILE", help="the plan's .json (or its .pdf)")

    p = command("evacuation", cmd_evacuation,
                "a freezer's boxes and contents, and free room in the other freezers",
                parent=sub)
    p.add_argument("freezer", metavar="FREEZER", help="freezer code, e.g. F1")
    p.add_argument("--format", choices=("pdf", "csv"), help="default: the file's suffix")
    p.add_argument("-o", "--output", metavar="FILE", help="write a PDF or CSV file")


def _missing_action(args: argparse.Namespace) -> None:
    from biotrack.cli import CliError

    raise CliError(QT_TRANSLATE_NOOP("Messages", "space needs one of: free, empty-boxes, "
                                                 "utilisation, defrag-plan, defrag-apply, "
                                                 "evacuation (see `biotrack space --help`)"))
