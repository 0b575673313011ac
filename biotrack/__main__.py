"""Entry point: ``biotrack`` with no command opens the GUI, with a command runs the CLI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(args):
        from biotrack.ui.app import run_gui  # Qt is imported only for the GUI

        return run_gui(args)
    from biotrack.cli import main as cli_main

    return cli_main(args)


def _wants_gui(args: list[str]) -> bool:
    """No command word: only global options (``--db PATH``), so open the window.

    ``--demo-if-missing`` is the GUI's own (create the demo database instead of asking).
    """
    rest = list(args)
    while rest:
        head = rest.pop(0)
        if head == "--demo-if-missing":
            continue
        if head in ("--db", "--user"):
            if not rest:
                return False
            rest.pop(0)
        elif head.startswith(("--db=", "--user=")):
            continue
        else:
            return False
    return True


if __name__ == "__main__":
    sys.exit(main())
