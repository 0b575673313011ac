"""Opening a database for a front end: create it, sign in, pick its protocol, log crashes.

The CLI and the GUI both start here, so both open files, check passwords and build sessions
the same way (STYLE.md practice 10: wire once at start-up).
"""

from __future__ import annotations

import contextlib
import logging
import os
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from biotrack.db.connection import inspect_file, open_database
from biotrack.db.queries import scalar
from biotrack.errors import QT_TRANSLATE_NOOP, BioTrackError, StorageUnavailable, UserError
from biotrack.services import accounts
from biotrack.services.context import Session

if TYPE_CHECKING:
    from biotrack.protocol import Protocol
    from biotrack.services.storage import Layout

DEMO_PASSWORD = "demo"
log = logging.getLogger("biotrack")


def _existing(path: Path) -> None:
    if inspect_file(path) is None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "no BioTrack database at {path}: create "
                                          "one with `biotrack init`"),
                        path=path)


def check_existing(path: Path) -> None:
    """A UserError (or StorageUnavailable) unless ``path`` is a BioTrack database this version
    can open: what "Open an existing file" checks before it remembers the file."""
    _existing(path)


def open_existing(path: Path) -> Database:
    _existing(path)
    return open_database(path)


def protocol_of(db: Database) -> Protocol:
    # Imported here: sign-in calls this while the password is checked (a worker in the GUI),
    # so the protocol's module and its ~14 dataclasses load in that wait, not before the
    # first window (issue 8).
    from biotrack.db import participants as participant_repo
    from biotrack.protocol import load_protocol

    protocol_id = participant_repo.get_setting(db, "protocol")
    if protocol_id is None:
        raise StorageUnavailable(QT_TRANSLATE_NOOP("Messages", "the database was never "
                                                   "initialised (no protocol recorded)"))
    return load_protocol(protocol_id)


def protocol_for(path: Path) -> Protocol:
    """The protocol of an existing database, or the default one when there is none yet."""
    from biotrack.protocol import DEFAULT_PROTOCOL, load_protocol

    if not path.exists() or inspect_file(path) is None:
        return load_protocol(DEFAULT_PROTOCOL)
    db = open_database(path)
    try:
        return protocol_of(db)
    finally:
        db.close()


def sign_in(path: Path, username: str, password: str, *,
            run_slow: accounts.RunSlow = accounts.run_here) -> Session:
    """Open the file and check who is working; ``run_slow``: see accounts.authenticate.

    The study protocol is read while the password is checked (a step of ``run_slow``): with
    the GUI's worker, its ~20 ms of parsing hide inside scrypt's ~70 ms (issue 8).
    """
    db = open_existing(path)
    try:
        read: list[Protocol] = []

        def read_protocol() -> None:
            with contextlib.suppress(BioTrackError):  # read again below, and raised there
                read.append(protocol_of(db))

        user = accounts.authenticate(db, username, password, run_slow=run_slow,
                                     meanwhile=[read_protocol])
        protocol = read[0] if read else protocol_of(db)
    except BaseException:
        db.close()
        raise
    return Session(db, protocol, user)


def create_database(path: Path, username: str, password: str, *, demo: bool = False,
                    protocol_id: str | None = None, sites: Sequence[str] | None = None,
                    layout: Layout | None = None) -> Session:
    """A new database at ``path``, built in a side file and moved into place only when
    complete, so an interrupted creation (or demo fill) never leaves a half-made database
    that the next start would take for a real one.

    ``sites`` (codes of the protocol's sites; default all) and ``layout`` (the first freezer;
    default the protocol's) are what the GUI's new-study wizard asks for. A refusal of any
    of them (an unknown site, a freezer without boxes, a short password) leaves no file.
    """
    if path.exists() and inspect_file(path) is not None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{path} already exists: choose another "
                                          "file or remove it first"),
                        path=path)
    from biotrack.protocol import DEFAULT_PROTOCOL, load_protocol

    protocol = load_protocol(protocol_id or DEFAULT_PROTOCOL)
    accounts.check_password(password)
    building = path.with_name(path.name + ".creating")
    _remove_database_files(building)
    # Imported here: signing in (every start) needs neither, creating a study (once) both;
    # they were ~15 ms of every start-up before the first window (issue 8, python -X importtime).
    from biotrack.services import setup

    try:
        session = setup.initialise(building, protocol, username, password, sites=sites,
                                   layout=layout)
        try:
            if demo:
                from biotrack.services import demo as demo_data

                demo_data.populate(session)
        finally:
            session.db.close()  # the last close checkpoints and removes the WAL file
        os.replace(building, path)
    except BaseException:
        _remove_database_files(building)
        raise
    db = open_database(path)
    return Session(db, protocol, session.user, session.clock)


def _remove_database_files(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        candidate.unlink(missing_ok=True)


@dataclass(frozen=True)
class AboutFacts:
    """What the About box shows about the open database (a support call starts with these)."""

    path: Path
    schema: str  # name of the latest applied migration, e.g. "0004_inventory_operations"
    protocol: str


def about(session: Session, path: Path) -> AboutFacts:
    """The database facts for the About box; the schema is read without writing the file."""
    applied = inspect_file(path) or []
    return AboutFacts(path=path, schema=applied[-1] if applied else "",
                      protocol=session.protocol.id)


def summary(session: Session) -> dict[str, Any]:
    db = session.db
    return {
        "protocol": session.protocol.id,
        "participants": scalar(db, "SELECT count(*) FROM participant"),
        "collections": scalar(db, "SELECT count(*) FROM collection"),
        "aliquots": scalar(db, "SELECT count(*) FROM aliquot"),
        "boxes": scalar(db, "SELECT count(*) FROM box"),
        "users": scalar(db, "SELECT count(*) FROM app_user"),
    }


def log_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("BioTrack", appauthor=False))


def log_crash(exc: BaseException) -> Path:
    """Write a bug's traceback to the log folder; return the file for the one-line message."""
    folder = log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"crash-{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}.log"
        target.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
    except OSError:
        return Path("(log folder not writable)")
    return target
