"""Two writers (issue 3, "What it must show"): two processes register collections on the
same file at the same time; both finish, none sees "database is locked", nothing is lost."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.crash_trials import WRITER, LineReader, check_database, prepare_database

PER_WRITER = 40
TIMEOUT = 120.0


@pytest.mark.slow
def test_two_processes_register_at_once_without_locking_errors(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    prepare_database(db)
    procs = {
        site: subprocess.Popen(
            [sys.executable, str(WRITER), str(db), str(PER_WRITER), "--site", site,
             "--wait-go"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.PIPE, text=False)
        for site in ("NAV", "ARA")
    }
    deadline = time.monotonic() + TIMEOUT
    try:
        readers = {site: LineReader(p.stdout) for site, p in procs.items()}
        for reader in readers.values():          # both signed in: release them together
            assert reader.readline(deadline) == "ready"
        released = time.monotonic()
        for p in procs.values():
            assert p.stdin is not None
            p.stdin.write(b"go\n")
            p.stdin.flush()
        lines = {site: reader.rest(deadline) for site, reader in readers.items()}
        results = {site: (p.wait(timeout=TIMEOUT), p.stderr.read().decode())  # type: ignore[union-attr]
                   for site, p in procs.items()}
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.kill()
                p.wait()
            for stream in (p.stdin, p.stdout, p.stderr):
                if stream:
                    stream.close()

    for site, (returncode, stderr) in results.items():
        assert "database is locked" not in stderr + "\n".join(lines[site])
        assert returncode == 0, f"writer {site} failed: {stderr[-2000:]}"
    acks = {site: [line.split() for line in lines[site] if line.startswith("collection ")]
            for site in procs}
    for site, site_acks in acks.items():
        assert len(site_acks) == PER_WRITER
        assert all(a[3].startswith(f"IA-{site}-") for a in site_acks)
    acknowledged = {int(a[1]): int(a[2]) for site_acks in acks.values() for a in site_acks}
    assert len(acknowledged) == 2 * PER_WRITER      # no collection id handed out twice
    # They really competed: both were released before either had finished, so one of them
    # had to wait for the other's write lock (SQLite does not queue fairly, so their ids need
    # not interleave; what matters is that the waiting one waited instead of failing).
    finished = [max(float(a[5]) for a in site_acks) for site_acks in acks.values()]
    assert released < min(finished)
    assert check_database(db, acknowledged) == []
