"""Make docs/reports/inventory-page1.png: page 1 of a monthly inventory PDF, made by the
program from the demo study (biotrack.services.demo) on a fixed date, so the picture can be
made again and comes out the same.

    python docs/reports/make_page1.py          (needs pdftoppm from poppler-utils)

The demo study ends the day before 2026-11-10; October 2026 is then a finished month with
collections, a discarded tube and a check-out batch (some tubes returned, some used up, the
rest still out).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from biotrack.protocol import load_protocol
from biotrack.services import demo, reporting, setup

HERE = Path(__file__).resolve().parent
MONTH = "2026-10"
TODAY = date(2026, 11, 10)
GENERATED = datetime(2026, 11, 10, 8, 30, tzinfo=UTC)


def main() -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        session = setup.initialise(work / "demo.db", load_protocol(), "admin", "demo-manager")
        session.clock = lambda: GENERATED
        demo.populate(session, today=TODAY)
        target = work / f"inventory-{MONTH}.pdf"
        result = reporting.inventory_report(session, MONTH, "pdf", target)
        session.db.close()
        subprocess.run([pdftoppm, "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile",
                        str(target), str(HERE / "inventory-page1")], check=True)
    print(f"{HERE / 'inventory-page1.png'}: {result.totals}")


if __name__ == "__main__":
    main()
