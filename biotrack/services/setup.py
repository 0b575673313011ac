"""Creating a new study database: protocol reference, sites, the first freezer, the manager.

``biotrack init`` takes the protocol's defaults (every site, the protocol's freezer layout);
the GUI's new-study wizard lets the person pick the sites this database serves and describe
the first freezer. Both end here, so a database is set up one way whoever asks for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlite_utils import Database

from biotrack.db import participants as repo
from biotrack.db.connection import open_database
from biotrack.errors import QT_TRANSLATE_NOOP, Conflict, UserError
from biotrack.models import User
from biotrack.protocol import Protocol, Site
from biotrack.services import accounts, storage
from biotrack.services.context import Session, change


def is_initialised(db: Database) -> bool:
    return repo.get_setting(db, "protocol") is not None


def default_layout(protocol: Protocol) -> storage.Layout:
    """The first freezer as the protocol file describes it (what ``biotrack init`` creates)."""
    layout = protocol.storage
    return storage.Layout(
        code=layout.freezer_code, name=layout.freezer_name, location=layout.freezer_location,
        set_point_c=layout.set_point_c, shelves=layout.shelves,
        racks_per_shelf=layout.racks_per_shelf, boxes_per_rack=layout.boxes_per_rack,
        rack_box_types=layout.rack_box_types, box_rows=layout.box_rows,
        box_cols=layout.box_columns,
    )


def chosen_sites(protocol: Protocol, codes: Sequence[str] | None) -> list[Site]:
    """The protocol's sites named in ``codes`` (all of them for None), in protocol order.

    A study database holds at least one site, and only sites of its protocol: a participant
    code is prefixed with its site's code, so a site the protocol does not know would make
    codes no other database of the study can read.
    """
    if codes is None:
        return list(protocol.sites)
    known = {site.code for site in protocol.sites}
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "site {site} is not a site of protocol "
                                          "{protocol} (sites: {known})"),
                        site=unknown[0][:20], protocol=protocol.id,
                        known=", ".join(sorted(known)))
    wanted = set(codes)
    if not wanted:
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "choose at least one site for the study database"))
    return [site for site in protocol.sites if site.code in wanted]


def initialise(path: Path, protocol: Protocol, username: str, password: str, *,
               sites: Sequence[str] | None = None,
               layout: storage.Layout | None = None) -> Session:
    """A new database with the protocol's sites (or the chosen ones), its first freezer (the
    protocol's default layout, or ``layout``) and its first manager.

    The steps are separate transactions; app_context.create_database makes them one step for
    the person by building in a side file that is moved into place only when all succeeded.
    """
    selected = chosen_sites(protocol, sites)
    db = open_database(path)
    if is_initialised(db):
        db.close()
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "{path} is already a BioTrack database"),
                       path=path)
    manager = accounts.create_first_manager(db, username, password)
    session = Session(db, protocol, manager)
    with change(session, "storage_layout") as rec:
        repo.set_setting(db, "protocol", protocol.id)
        repo.set_setting(db, "created_at", session.now_iso())
        for site in selected:
            repo.insert_site(db, site.code, site.name, site.sponsor)
        rec.record("database.init", "setting", "protocol", after={
            "protocol": protocol.id, "sites": [s.code for s in selected],
        })
    storage.add_freezer(session, layout or default_layout(protocol))
    return session


def sign_in(db: Database, protocol: Protocol, user: User) -> Session:
    return Session(db, protocol, user)
