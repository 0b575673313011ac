"""Crash trials: kill a collection-registering process with SIGKILL at random moments, then
check that the database is sound and that nothing acknowledged was lost (issue 3).

    python bench/crash_trials.py [--trials 100] [--seed N] [--db FILE]

Each trial starts tests/safety/writer.py on the same database, reads its acknowledgements
("collection ID N ..." lines, printed only after COMMIT) and kills it with SIGKILL after a
random number k of them plus a random fraction of the observed time between two
acknowledgements, so the kill lands anywhere in a registration: before BEGIN, between the
inserts, during COMMIT. Every moment is derived from the output stream and random.Random(seed),
never from a fixed sleep. After each kill the database is checked:

- PRAGMA integrity_check and foreign_key_check are clean;
- no collection has a partial set of aliquots (count == expected_aliquots);
- every aliquot has its 'aliquot.create' audit event, every collection its
  'collection.register' event, every participant its 'participant.enrol' event;
- the audit hash chain verifies (biotrack.services.safety.verify_chain);
- the barcode counter is ahead of every barcode handed out (no serial can be reused);
- every acknowledged collection is present with exactly the acknowledged aliquots;
- ``biotrack check`` (safety.check) finds nothing.

The test suite runs 20 of these trials (tests/safety/test_crash.py); this script runs 100.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WRITER = ROOT / "tests" / "safety" / "writer.py"
SITES = ("ARA", "NAV", "GAL", "LOG", "MAT", "DON")
NEVER_FINISH = 10**6          # the writer is always killed, never runs out of work
DEFAULT_INTERVAL = 0.01       # seconds between acknowledgements before any was observed
TRIAL_TIMEOUT = 60.0


@dataclass
class Trial:
    """One writer run: when it was killed and what it had acknowledged."""

    index: int
    kill_after: int               # acknowledgements read before the kill was armed
    fraction: float               # of the observed time between acknowledgements, waited on top
    acknowledged: dict[int, int] = field(default_factory=dict)   # collection id -> aliquots
    returncode: int | None = None
    stderr: str = ""


@dataclass
class Report:
    trials: list[Trial] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def acknowledged(self) -> int:
        return sum(len(t.acknowledged) for t in self.trials)


class LineReader:
    """Lines from a pipe with a deadline (a hung child fails the trial instead of the run)."""

    def __init__(self, stream: object) -> None:
        self.fd = stream.fileno()  # type: ignore[attr-defined]
        self.buffer = b""
        self.eof = False
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.fd, selectors.EVENT_READ)

    def readline(self, deadline: float) -> str | None:
        """The next complete line, or None at end of stream."""
        while b"\n" not in self.buffer:
            if self.eof:
                return None
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("the writer produced no output in time")
            if self.selector.select(remaining):
                chunk = os.read(self.fd, 65536)
                if chunk:
                    self.buffer += chunk
                else:
                    self.eof = True
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.decode("utf-8", "replace")

    def rest(self, deadline: float) -> list[str]:
        """Every remaining complete line (a partial last line was never acknowledged)."""
        lines = []
        while (line := self.readline(deadline)) is not None:
            lines.append(line)
        return lines

    def close(self) -> None:
        self.selector.close()


def prepare_database(path: Path) -> None:
    """A freshly initialised study database with the manager the writer signs in as."""
    from biotrack.protocol import load_protocol
    from biotrack.services import setup

    session = setup.initialise(path, load_protocol(), "admin", "manager-pass")
    session.db.close()


def _ack(line: str, trial: Trial) -> bool:
    parts = line.split()
    if len(parts) >= 3 and parts[0] == "collection":
        trial.acknowledged[int(parts[1])] = int(parts[2])
        return True
    return False


def run_trial(db: Path, rng: random.Random, index: int, max_kill_after: int = 12) -> Trial:
    """Start a writer, kill it at a random moment, collect everything it acknowledged."""
    trial = Trial(index, rng.randint(0, max_kill_after), rng.random())
    site = SITES[index % len(SITES)]
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(db), str(NEVER_FINISH), "--site", site],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
    )
    assert proc.stdout is not None and proc.stderr is not None
    reader = LineReader(proc.stdout)
    deadline = time.monotonic() + TRIAL_TIMEOUT
    try:
        stamps: list[float] = []
        while True:
            line = reader.readline(deadline)
            if line is None:
                break                       # the writer died by itself: reported below
            if line == "ready" or _ack(line, trial):
                stamps.append(time.perf_counter())
            if len(trial.acknowledged) >= trial.kill_after and stamps:
                gaps = [b - a for a, b in itertools.pairwise(stamps)]
                interval = sorted(gaps)[len(gaps) // 2] if gaps else DEFAULT_INTERVAL
                until = time.perf_counter() + trial.fraction * interval
                while time.perf_counter() < until and proc.poll() is None:
                    pass                    # a bounded busy wait of a few milliseconds
                break
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=TRIAL_TIMEOUT)
        for line in reader.rest(deadline):
            _ack(line, trial)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        reader.close()
        trial.stderr = proc.stderr.read().decode("utf-8", "replace")
        proc.stdout.close()
        proc.stderr.close()
    trial.returncode = proc.returncode
    return trial


def check_database(db: Path, acknowledged: dict[int, int]) -> list[str]:
    """Everything wrong with the file after a crash (an empty list: sound, nothing lost)."""
    from sqlite_utils import Database

    from biotrack.barcodes import parse_barcode
    from biotrack.services import safety

    problems: list[str] = []
    conn = sqlite3.connect(db)
    try:
        def q(sql: str) -> list[tuple[object, ...]]:
            return conn.execute(sql).fetchall()

        integrity = q("PRAGMA integrity_check")
        if integrity != [("ok",)]:
            problems.append(f"integrity_check: {integrity[:5]}")
        problems += [f"foreign key: {r}" for r in q("PRAGMA foreign_key_check")]
        problems += [f"collection {cid} has {n} of its {expected} aliquots" for cid, expected, n
                     in q("SELECT c.id, c.expected_aliquots, count(a.id) FROM collection c"
                          " LEFT JOIN aliquot a ON a.collection_id = c.id GROUP BY c.id"
                          " HAVING count(a.id) != c.expected_aliquots")]
        problems += [f"aliquot {b} has no aliquot.create audit event" for (b,) in
                     q("SELECT barcode FROM aliquot a WHERE NOT EXISTS (SELECT 1 FROM"
                       " audit_event e WHERE e.table_name = 'aliquot' AND e.action ="
                       " 'aliquot.create' AND e.record_id = a.barcode)")]
        problems += [f"collection {c} has no collection.register audit event" for (c,) in
                     q("SELECT id FROM collection c WHERE NOT EXISTS (SELECT 1 FROM"
                       " audit_event e WHERE e.table_name = 'collection' AND e.action ="
                       " 'collection.register' AND e.record_id = CAST(c.id AS TEXT))")]
        problems += [f"participant {p} has no participant.enrol audit event" for (p,) in
                     q("SELECT code FROM participant p WHERE NOT EXISTS (SELECT 1 FROM"
                       " audit_event e WHERE e.table_name = 'participant' AND e.action ="
                       " 'participant.enrol' AND e.record_id = p.code)")]
        (last_serial,) = conn.execute("SELECT last_serial FROM barcode_counter").fetchone()
        serials = [parse_barcode(b) for (b,) in q("SELECT barcode FROM aliquot")]
        if serials and max(serials) > last_serial:
            problems.append(f"barcode counter {last_serial} is behind serial {max(serials)}")
        present = dict(q("SELECT c.id, count(a.id) FROM collection c LEFT JOIN aliquot a"
                         " ON a.collection_id = c.id GROUP BY c.id"))
        for cid, n in sorted(acknowledged.items()):
            if cid not in present:
                problems.append(f"acknowledged collection {cid} is missing")
            elif present[cid] != n:
                problems.append(f"acknowledged collection {cid} had {n} aliquots, now "
                                f"{present[cid]}")
        db_view = Database(conn)
        chain = safety.verify_chain(db_view)
        if not chain.ok:
            problems.append(f"audit chain: {chain.problem}")
        problems += [f"biotrack check: {p}" for p in safety.check(db_view).problems
                     if f"audit chain: {chain.problem}" != str(p)]
    finally:
        conn.close()
    return problems


def run_trials(db: Path, trials: int, seed: int = 42, *, max_kill_after: int = 12,
               progress: Callable[[Trial, list[str]], None] | None = None) -> Report:
    """Run ``trials`` kill trials on one database (created if absent), checking after each."""
    db = Path(db)
    if not db.exists():
        prepare_database(db)
    rng = random.Random(seed)
    report = Report()
    acknowledged: dict[int, int] = {}
    for index in range(trials):
        trial = run_trial(db, rng, index, max_kill_after)
        report.trials.append(trial)
        problems = []
        if trial.returncode != -signal.SIGKILL:
            problems.append(f"the writer was not killed but exited with {trial.returncode}: "
                            f"{trial.stderr.strip()[-500:]}")
        if "Traceback" in trial.stderr:
            problems.append(f"the writer failed: {trial.stderr.strip()[-500:]}")
        clash = {c for c in trial.acknowledged if c in acknowledged}
        if clash:
            problems.append(f"collection ids acknowledged twice: {sorted(clash)}")
        acknowledged.update(trial.acknowledged)
        problems += check_database(db, acknowledged)
        report.problems += [f"trial {index}: {p}" for p in problems]
        if progress:
            progress(trial, problems)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--db", type=Path, help="database to use (default: a temporary one)")
    args = parser.parse_args(argv)

    def progress(trial: Trial, problems: list[str]) -> None:
        print(f"trial {trial.index + 1:>3}: killed after {trial.kill_after:>2} acks "
              f"+{trial.fraction:.2f} interval, {len(trial.acknowledged):>2} acknowledged, "
              f"{'OK' if not problems else 'PROBLEMS'}", flush=True)
        for problem in problems:
            print(f"    {problem}", flush=True)

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="biotrack-crash-") as folder:
        db = args.db or Path(folder) / "crash.db"
        report = run_trials(db, args.trials, args.seed, progress=progress)
    print(f"{len(report.trials)} trials, {report.acknowledged} acknowledged collections, "
          f"{len(report.problems)} problems, {time.monotonic() - started:.1f} s")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
