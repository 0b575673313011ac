"""Child process for the crash and two-writer trials: registers collections in a loop.

Usage: python tests/safety/writer.py DB N [--site CODE] [--wait-go]

Signs in through app_context.sign_in (as a front end does), enrols ICI participants whose
visits V1..V7 all lie in the past, and registers their collections one by one. Each line on
stdout is printed, and flushed, only after the service call returned, i.e. after COMMIT:

    ready
    enrolled IA-NAV-001
    collection 17 8 IA-NAV-001 V1 12345.678901

so a parent that reads "collection ID N ..." knows that collection was acknowledged with N
aliquots (the last field is time.monotonic(), comparable between processes on one machine).
With --wait-go the writer reads one line from stdin after "ready" before it starts, so two
writers can be released at the same moment.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, time, timedelta
from pathlib import Path
from time import monotonic

# sqlite-utils imports pandas and numpy when they are installed (0.5 s per start, for
# DataFrame support this writer never uses); a crash trial starts one writer per trial, so
# keep them out. Nothing the services write depends on them.
sys.modules.setdefault("pandas", None)  # type: ignore[arg-type]
sys.modules.setdefault("numpy", None)  # type: ignore[arg-type]

from biotrack.services import app_context, collection, enrolment  # noqa: E402

USER = "admin"
PASSWORD = "manager-pass"
REGIMEN = "pembrolizumab-q3w"   # 21-day cycles: V1..V7 span 126 days
HISTORY_DAYS = 200


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("count", type=int, help="collections to register, then exit 0")
    parser.add_argument("--site", default="NAV")
    parser.add_argument("--wait-go", action="store_true")
    args = parser.parse_args(argv)

    session = app_context.sign_in(args.db, USER, PASSWORD)
    say("ready")
    if args.wait_go:
        sys.stdin.readline()
    today = session.today_local()
    done = 0
    while done < args.count:
        participant = enrolment.enrol(session, enrolment.Enrolment(
            cohort="ICI", site=args.site, enrolled_on=today - timedelta(days=HISTORY_DAYS),
            regimen=REGIMEN))
        say(f"enrolled {participant.code}")
        while done < args.count:
            _, visits = enrolment.visits(session, participant.code)
            visit = next((v for v in visits if v.status == "planned" and v.kind != "irae"
                          and v.target_date <= today), None)
            if visit is None:
                break
            drawn_at = datetime.combine(visit.target_date, time(9, 0))
            result = collection.register(session, participant.code, visit.code,
                                         collection.Draw(drawn_at=drawn_at))
            c = result.collection
            say(f"collection {c.id} {len(c.aliquots)} {c.code} {c.visit} {monotonic():.6f}")
            done += 1
    session.db.close()
    return 0


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
