"""Builders and probes shared by the safety tests: a small but real study, byte-level
snapshots of a database, and a CLI runner that keeps every test away from the real profile."""

from __future__ import annotations

import hashlib
import os
import secrets
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from biotrack.db.queries import rows
from biotrack.services import accounts, collection, enrolment, storage
from tests.factories import MANAGER_PASSWORD, as_user, new_session

ENROLLED_ON = date(2026, 6, 1)
DRAWN_AT = datetime(2026, 6, 1, 9, 0)
PASSWORDS = {"admin": MANAGER_PASSWORD, "nina": "nina-pass", "tom": "tom-pass",
             "dora": "dora-pass"}


@dataclass(frozen=True)
class Study:
    """What the prepared database holds, so tests can name real codes and barcodes."""

    path: Path
    ici: str                 # ICI participant, V1 collected (8 aliquots)
    sad: str                 # SAD participant, BASELINE planned
    withdrawn: str           # SAD participant, withdrawn
    stored: tuple[str, ...]  # barcodes of V1 tubes still in storage
    checked_out: str         # a V1 tube checked out
    discarded: str           # a V1 tube discarded
    buffy: str               # the V1 buffy-coat tube (in a buffy box)
    stored_position: str     # full position path of stored[0]
    other_position: str      # full position path of stored[1]
    free_serum_position: str  # an empty position in a serum box
    local_id: str


def build_study(directory: Path, name: str = "study.db", *, fast_passwords: bool = True
                ) -> Study:
    """Initialise a database with users, three participants, one collection and some
    movements, then close it so the WAL is checkpointed into the main file.

    With ``fast_passwords`` the stored hashes are rewritten with a lower scrypt cost (the
    cost is read from the stored hash, so sign-in runs the same code): hundreds of sign-ins
    then take a few seconds instead of a minute. Tests of hashing itself use a fresh database.
    """
    session = new_session(directory, name=name)
    try:
        nurse = as_user(session, "nina", "nurse")
        technician = as_user(session, "tom", "technician")
        as_user(session, "dora", "nurse")
        accounts.set_active(session, "dora", False, "left the unit")
        ici = enrolment.enrol(nurse, enrolment.Enrolment(
            cohort="ICI", site="NAV", enrolled_on=ENROLLED_ON, regimen="pembrolizumab-q3w",
            sex="F", birth_year=1960, diagnosis="Melanoma", local_id="NHC-0042"))
        sad = enrolment.enrol(nurse, enrolment.Enrolment(
            cohort="SAD", site="ARA", enrolled_on=ENROLLED_ON,
            diagnosis="Systemic sclerosis"))
        gone = enrolment.enrol(nurse, enrolment.Enrolment(
            cohort="SAD", site="GAL", enrolled_on=ENROLLED_ON))
        enrolment.withdraw(nurse, gone.code, date(2026, 7, 1), "consent withdrawn")
        registered = collection.register(nurse, ici.code, "V1",
                                         collection.Draw(drawn_at=DRAWN_AT))
        tubes = registered.collection.aliquots
        serum = [a.barcode for a in tubes if a.sample_type == "serum"]
        buffy = next(a.barcode for a in tubes if a.sample_type == "buffy_coat")
        storage.check_out(technician, [serum[4]], "thaw for ELISA")
        storage.finish(technician, [serum[5]], "discard", "tube cracked")
        if fast_passwords:
            with session.db.conn:
                for username, password in PASSWORDS.items():
                    session.db.conn.execute(
                        "UPDATE app_user SET password_hash = ? WHERE username = ?",
                        [_cheap_hash(password), username])
        first = storage.locate(session, serum[0]).location
        second = storage.locate(session, serum[1]).location
        assert first is not None and second is not None
        free = f"{first.box_path}/I9"
        assert storage.resolve_position(session, free)
        assert (first.box_path, 9, 9) not in {
            (a.location.box_path, a.location.row, a.location.col)
            for a in tubes if a.location}
        return Study(
            path=directory / name, ici=ici.code, sad=sad.code, withdrawn=gone.code,
            stored=tuple(serum[:4]), checked_out=serum[4], discarded=serum[5], buffy=buffy,
            stored_position=first.path, other_position=second.path,
            free_serum_position=free, local_id="NHC-0042",
        )
    finally:
        session.db.close()


def _cheap_hash(password: str) -> str:
    """accounts.hash_password's format with scrypt n=2**10 instead of 2**14 (tests only)."""
    n, r, p = 2**10, 8, 1
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


# -- snapshots ------------------------------------------------------------------------------------


def dump(path: Path) -> str:
    """The whole database as SQL text, read through a fresh connection."""
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def count(path: Path, sql: str, params: tuple[object, ...] = ()) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql, params).fetchone()[0])
    finally:
        conn.close()


def copy_with_backup_api(source: Path, target: Path) -> Path:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def settle(path: Path) -> None:
    """Checkpoint and drop the WAL so the main file alone holds the database."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


# -- the command line -----------------------------------------------------------------------------


def cli_env(home: Path, db: Path, user: str | None = "admin",
            password: str | None = None) -> dict[str, str]:
    """Environment for a BioTrack subprocess: this database, this user, a private profile."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BIOTRACK_", "XDG_"))}
    env.update({
        "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"), "BIOTRACK_DB": str(db),
        "QT_QPA_PLATFORM": "offscreen",
    })
    if user is not None:
        env["BIOTRACK_USER"] = user
        env["BIOTRACK_PASSWORD"] = PASSWORDS.get(user, "x") if password is None else password
    return env


def run_cli(argv: list[str], env: dict[str, str], timeout: float = 60
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "biotrack", *argv], env=env,
                          capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL, check=False)


def audit_rows(path: Path) -> list[dict[str, object]]:
    from sqlite_utils import Database

    db = Database(sqlite3.connect(path))
    try:
        return rows(db, "SELECT * FROM audit_event ORDER BY id")
    finally:
        db.close()


