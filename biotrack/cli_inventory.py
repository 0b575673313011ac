"""Command-line front for inventory checks: ``audit-box`` compares a box with a scan file.

The scan file is a rack-scanner export (biotrack.rackscan lists the accepted layouts); the
comparison is read-only: it lists matched, missing, unexpected and misplaced tubes and writes
nothing, so it can be run as often as wanted.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from biotrack.errors import UserError
from biotrack.rackscan import parse_rack_scan
from biotrack.services import storage

Command = Callable[..., argparse.ArgumentParser]


def _cli() -> Any:
    from biotrack import cli  # late import: cli imports this module while building its parser

    return cli


def cmd_audit_box(args: argparse.Namespace) -> None:
    cli = _cli()
    path = Path(args.scan_file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}") from None
    scan = parse_rack_scan(data, path.name)
    session = cli._session(args)
    result = storage.box_audit(session, args.box, list(scan.tubes))
    data_json = dict(result.to_json(), unreadable=list(scan.unreadable))
    lines = [f"Box {result.box.path}: " + ("database and box agree" if result.agrees
                                            else "DIFFERENCES FOUND")]
    for name in ("matched", "missing", "unexpected", "misplaced", "checked_out"):
        findings = getattr(result, name)
        lines.append(f"{name.replace('_', ' ')}: {len(findings)}")
        if name != "matched":
            lines += [f"  {f.barcode}  scanned at {f.scanned or '-'}, database: "
                      f"{f.expected or f.status or 'unknown'}" for f in findings]
    if scan.unreadable:
        lines.append(f"unreadable wells: {', '.join(scan.unreadable)}")
    if result.duplicates:
        lines.append(f"scanned more than once: {', '.join(result.duplicates)}")
    cli.emit(args, data_json, lines)


def add_commands(command: Command) -> None:
    p = command("audit-box", cmd_audit_box,
                "compare a box with a rack-scanner file (read-only)")
    p.add_argument("box", help="box path FREEZER/SHELF/RACK/BOX")
    p.add_argument("--scan-file", required=True, help="CSV export of the rack scanner")
