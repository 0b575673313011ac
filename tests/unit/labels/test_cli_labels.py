"""`biotrack labels ...` (SPEC.md section 5, issue 4 point 6): thin front over the printing
service, one line or one JSON document ({file, labels, barcodes, template}), one-line errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from biotrack import cli, cli_labels
from biotrack.errors import BioTrackError
from tests.factories import MANAGER_PASSWORD
from tests.unit.labels.conftest import Collected


def run(argv: list[str], db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the labels command as the real program does: through cli.main once cli.py wires
    it, through a parser built the same way until then."""
    full = ["--db", str(db), *argv]
    parser = cli.build_parser()
    wired = any(isinstance(a, argparse._SubParsersAction) and "labels" in a.choices
                for a in parser._actions)
    code = cli.main(full) if wired else _main_without_wiring(full)
    out, err = capsys.readouterr()
    return code, out, err


def _main_without_wiring(argv: list[str]) -> int:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true")
    common.add_argument("--user", default=argparse.SUPPRESS)
    parser = cli._Parser(prog="biotrack")
    parser.add_argument("--db")
    parser.add_argument("--user", default=None)
    sub = parser.add_subparsers(dest="command", parser_class=cli._Parser)

    def command(name: str, handler: Any, help_text: str, parent: Any = sub) -> Any:
        p = parent.add_parser(name, parents=[common], help=help_text)
        p.set_defaults(handler=handler)
        return p

    cli_labels.add_commands(command)
    try:
        args = parser.parse_args(argv)
        args.db_path = Path(args.db)
        args.handler(args)
    except BioTrackError as exc:
        print(f"biotrack: error: {exc}", file=sys.stderr)
        return int(getattr(exc, "exit_code", 1))
    return 0


@pytest.fixture
def signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BIOTRACK_USER", "admin")
    monkeypatch.setenv("BIOTRACK_PASSWORD", MANAGER_PASSWORD)


def _db(collected: Collected) -> Path:
    return Path(collected.session.db.conn.execute("PRAGMA database_list").fetchone()[2])


def test_collection_labels_as_json(collected: Collected, signed_in: None, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "c.zpl"
    code, out, err = run(["labels", "--collection", str(collected.collection.id), "--format",
                          "zpl", "--dpi", "300", "-o", str(target), "--json"],
                         _db(collected), capsys)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["file"] == str(target) and data["labels"] == 8
    assert data["template"] == "cryo-38x13" and data["dpi"] == 300
    assert sorted(data["barcodes"]) == sorted(a.barcode for a in collected.collection.aliquots)
    assert target.read_text().count("^XA") == 8


def test_barcodes_box_and_visit(collected: Collected, signed_in: None, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    db = _db(collected)
    first, second = (a.barcode for a in collected.collection.aliquots[:2])
    code, out, _ = run(["labels", "--barcode", first, "--barcode", second, "--template",
                        "cryo-cap", "-o", str(tmp_path / "b.pdf")], db, capsys)
    assert code == 0 and out.startswith("2 label(s) printed on cryo-cap (PDF, 203 dpi) to ")
    box = collected.collection.aliquots[0].location
    assert box is not None
    code, out, _ = run(["labels", "--box", box.box_path, "--template", "sheet-a4", "--start",
                        "7", "-o", str(tmp_path / "box.pdf"), "--json"], db, capsys)
    assert code == 0 and json.loads(out)["labels"] == 6 and json.loads(out)["reprint"]
    visit = ["labels", "--visit", collected.participant.code, "V5", "-o",
             str(tmp_path / "v.pdf"), "--json"]
    code, out, _ = run(visit, db, capsys)
    assert code == 0 and not json.loads(out)["reprint"]
    reserved = json.loads(out)["barcodes"]
    code, out, _ = run(visit, db, capsys)
    assert json.loads(out)["reprint"] and json.loads(out)["barcodes"] == reserved


def test_errors_are_one_line(collected: Collected, signed_in: None, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    db = _db(collected)
    cases = [
        (["labels", "--collection", "1", "--box", "F1/S1/R1/B1", "-o", "x.pdf"], "give one of"),
        (["labels", "--collection", "1"], "give -o FILE"),
        (["labels", "--collection", "1", "--template", "sheet-a4", "--format", "zpl",
          "-o", str(tmp_path / "x")], "prints as pdf, not zpl"),
        (["labels", "--collection", "one", "-o", str(tmp_path / "x")],
         "--collection must be a whole number"),
        (["labels", "--barcode", "BT00000014", "-o", str(tmp_path / "x")],
         "wrong check digit"),
        (["labels", "--collection", "1", "--template", "tiny\nlabel", "-o", str(tmp_path / "x")],
         "unknown label template 'tiny\\nlabel'"),
    ]
    for argv, message in cases:
        code, _, err = run(argv, db, capsys)
        assert code == 2, argv
        assert err.startswith("biotrack: error: ") and message in err
        assert err.count("\n") == 1 and "Traceback" not in err


def test_list_templates(signed_in: None, tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["labels", "--list-templates", "--json"], tmp_path / "none.db", capsys)
    assert code == 0
    assert [t["name"] for t in json.loads(out)] == ["cryo-38x13", "cryo-cap", "sheet-a4"]
