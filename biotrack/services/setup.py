"""Creating a new study database: protocol reference, sites, the first freezer, the manager."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from biotrack.db import participants as repo
from biotrack.db.connection import open_database
from biotrack.errors import Conflict
from biotrack.models import User
from biotrack.protocol import Protocol
from biotrack.services import accounts, storage
from biotrack.services.context import Session, change


def is_initialised(db: Database) -> bool:
    return repo.get_setting(db, "protocol") is not None


def initialise(path: Path, protocol: Protocol, username: str, password: str) -> Session:
    """A new database with the protocol's sites and default freezer, and its first manager."""
    db = open_database(path)
    if is_initialised(db):
        db.close()
        raise Conflict(f"{path} is already a BioTrack database")
    manager = accounts.create_first_manager(db, username, password)
    session = Session(db, protocol, manager)
    with change(session, "storage_layout") as rec:
        repo.set_setting(db, "protocol", protocol.id)
        repo.set_setting(db, "created_at", session.now_iso())
        for site in protocol.sites:
            repo.insert_site(db, site.code, site.name, site.sponsor)
        rec.record("database.init", "setting", "protocol", after={
            "protocol": protocol.id, "sites": [s.code for s in protocol.sites],
        })
    layout = protocol.storage
    storage.add_freezer(session, storage.Layout(
        code=layout.freezer_code, name=layout.freezer_name, location=layout.freezer_location,
        set_point_c=layout.set_point_c, shelves=layout.shelves,
        racks_per_shelf=layout.racks_per_shelf, boxes_per_rack=layout.boxes_per_rack,
        rack_box_types=layout.rack_box_types, box_rows=layout.box_rows,
        box_cols=layout.box_columns,
    ))
    return session


def sign_in(db: Database, protocol: Protocol, user: User) -> Session:
    return Session(db, protocol, user)
