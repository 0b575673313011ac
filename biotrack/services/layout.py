"""Growing a freezer that already exists: one more shelf, rack or box (issue 5, Freezers).

``storage.add_freezer`` creates a whole freezer from the layout template; in a real biobank the
layout then changes piece by piece (a new rack bought for shelf 3, a box of a new size). Each
addition here is one change: the same permission as adding a freezer, one transaction, one
audit event, a code checked like a freezer code and refused when its parent already has it.
A new shelf or rack starts empty; a new box gets a type (the sample types it may hold) and its
rows × columns. The new node goes after its siblings in fill order, so the allocator only
reaches a new box once the older ones are full.
"""

from __future__ import annotations

import re
import sqlite3

from biotrack.db import storage as repo
from biotrack.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, UserError
from biotrack.models import Box
from biotrack.protocol import BOX_TYPES
from biotrack.services.context import Session, change
from biotrack.services.validation import check_count

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,15}$")
#: The letter the next suggested code starts with, per level added.
_PREFIX = {"shelf": "S", "rack": "R", "box": "B"}
#: Per level added: the refusal of a malformed code and of a code the parent already has.
_REFUSALS = {
    "shelf": (QT_TRANSLATE_NOOP("Messages", "shelf code {code} must be 1-16 letters, digits, "
                                "'-', '_' or '.'"),
              QT_TRANSLATE_NOOP("Messages", "freezer {parent} already has a shelf {code}")),
    "rack": (QT_TRANSLATE_NOOP("Messages", "rack code {code} must be 1-16 letters, digits, "
                               "'-', '_' or '.'"),
             QT_TRANSLATE_NOOP("Messages", "shelf {parent} already has a rack {code}")),
    "box": (QT_TRANSLATE_NOOP("Messages", "box code {code} must be 1-16 letters, digits, "
                              "'-', '_' or '.'"),
            QT_TRANSLATE_NOOP("Messages", "rack {parent} already has a box {code}")),
}


def _parts(path: str, count: int, refusal: str) -> list[str]:
    """The ``count`` parts of a path, or ``refusal`` (a template with {path})."""
    parts = [p.strip() for p in str(path).strip().strip("/").split("/")]
    if len(parts) != count or not all(parts):
        raise UserError(refusal, path=repr(str(path)[:60]))
    return parts


def _code(code: str, refusal: str) -> str:
    text = str(code).strip()
    if not _CODE.match(text):
        raise UserError(refusal, code=repr(text[:20]))
    return text


def _next(prefix: str, taken: set[str]) -> str:
    number = len(taken) + 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def _freezer(session: Session, path: str) -> tuple[int, str]:
    (code,) = _parts(path, 1, QT_TRANSLATE_NOOP("Messages", "{path} is not a freezer path "
                                                "(e.g. F1)"))
    row = repo.freezer_by_code(session.db, code)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no freezer {code}"), code=code)
    return int(row["id"]), str(row["code"])


def _shelf(session: Session, path: str) -> tuple[int, str]:
    freezer, shelf = _parts(path, 2, QT_TRANSLATE_NOOP("Messages", "{path} is not a shelf path "
                                                       "(FREEZER/SHELF, e.g. F1/S1)"))
    row = repo.shelf_by_path(session.db, freezer, shelf)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no shelf at {path}"),
                       path=f"{freezer}/{shelf}")
    return int(row["id"]), f"{freezer}/{shelf}"


def _rack(session: Session, path: str) -> tuple[int, str]:
    freezer, shelf, rack = _parts(path, 3, QT_TRANSLATE_NOOP(
        "Messages", "{path} is not a rack path (FREEZER/SHELF/RACK, e.g. F1/S1/R1)"))
    row = repo.rack_by_path(session.db, freezer, shelf, rack)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no rack at {path}"),
                       path=f"{freezer}/{shelf}/{rack}")
    return int(row["id"]), f"{freezer}/{shelf}/{rack}"


def suggested_code(session: Session, parent_path: str) -> str:
    """The code a new child of ``parent_path`` would get by default: the next free S<n> under
    a freezer, R<n> under a shelf, B<n> under a rack."""
    depth = len([p for p in str(parent_path).strip().strip("/").split("/") if p.strip()])
    if depth == 1:
        freezer_id, _path = _freezer(session, parent_path)
        return _next("S", {r["code"] for r in repo.shelves_of(session.db, freezer_id)})
    if depth == 2:
        shelf_id, _path = _shelf(session, parent_path)
        return _next("R", {r["code"] for r in repo.racks_of(session.db, shelf_id)})
    if depth == 3:
        rack_id, _path = _rack(session, parent_path)
        return _next("B", repo.box_codes_in_rack(session.db, rack_id))
    raise UserError(QT_TRANSLATE_NOOP("Messages", "{path} is not a freezer, shelf or rack"),
                    path=repr(str(parent_path)[:60]))


def _taken(exc: sqlite3.IntegrityError, refusal: Conflict) -> Conflict:
    if repo.is_unique_violation(exc):
        return refusal
    raise exc


def _child_code(code: str | None, prefix: str, what: str, taken: set[str],
                parent: str) -> tuple[str, Conflict]:
    """The new child's code (given, or the next free one) and the Conflict that refuses it
    when the parent already has it; refused here when the code is already known to be taken."""
    bad_code, code_taken = _REFUSALS[what]
    chosen = _next(prefix, taken) if code is None else _code(code, bad_code)
    refusal = Conflict(code_taken, parent=parent, code=chosen)
    if chosen in taken:
        raise refusal
    return chosen, refusal


def add_shelf(session: Session, freezer: str, code: str | None = None) -> str:
    """A new, empty shelf at the bottom of a freezer; its path (e.g. ``F1/S6``)."""
    with change(session, "storage_layout") as rec:
        freezer_id, freezer_code = _freezer(session, freezer)
        taken = {r["code"] for r in repo.shelves_of(session.db, freezer_id)}
        shelf, refused = _child_code(code, "S", "shelf", taken, freezer_code)
        path = f"{freezer_code}/{shelf}"
        try:
            repo.insert_shelf(session.db, freezer_id, shelf,
                              repo.max_ord(session.db, "shelf", "freezer_id", freezer_id) + 1)
        except sqlite3.IntegrityError as exc:
            raise _taken(exc, refused) from None
        rec.record("shelf.add", "shelf", path, after={"freezer": freezer_code, "code": shelf})
    return path


def add_rack(session: Session, shelf_path: str, code: str | None = None) -> str:
    """A new, empty rack at the end of a shelf; its path (e.g. ``F1/S1/R5``)."""
    with change(session, "storage_layout") as rec:
        shelf_id, shelf = _shelf(session, shelf_path)
        taken = {r["code"] for r in repo.racks_of(session.db, shelf_id)}
        rack, refused = _child_code(code, "R", "rack", taken, shelf)
        path = f"{shelf}/{rack}"
        try:
            repo.insert_rack(session.db, shelf_id, rack,
                             repo.max_ord(session.db, "rack", "shelf_id", shelf_id) + 1)
        except sqlite3.IntegrityError as exc:
            raise _taken(exc, refused) from None
        rec.record("rack.add", "rack", path, after={"shelf": shelf, "code": rack})
    return path


def add_box(session: Session, rack_path: str, box_type: str, rows: int | None = None,
            cols: int | None = None, code: str | None = None) -> Box:
    """A new, empty box of a type (serum or buffy) at the end of a rack, rows × columns
    (default: the protocol's box size)."""
    kind = str(box_type).strip().lower()
    if kind not in BOX_TYPES:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "box type {type} must be {choices}"),
                        type=repr(str(box_type)[:20]), choices=" or ".join(BOX_TYPES))
    template = session.protocol.storage
    n_rows = check_count(template.box_rows if rows is None else rows, "box rows", 1, 26)
    n_cols = check_count(template.box_columns if cols is None else cols, "box columns", 1, 99)
    with change(session, "storage_layout") as rec:
        rack_id, rack = _rack(session, rack_path)
        taken = set(repo.box_codes_in_rack(session.db, rack_id))
        box, refused = _child_code(code, "B", "box", taken, rack)
        path = f"{rack}/{box}"
        try:
            box_id = repo.insert_box(session.db, rack_id, box,
                                     repo.max_ord(session.db, "box", "rack_id", rack_id) + 1,
                                     kind, n_rows, n_cols)
        except sqlite3.IntegrityError as exc:
            raise _taken(exc, refused) from None
        rec.record("box.add", "box", path, after={
            "rack": rack, "code": box, "box_type": kind, "rows": n_rows, "cols": n_cols})
    return repo.box_by_id(session.db, box_id)
