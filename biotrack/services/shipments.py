"""Shipments (issue 7, point 3): aliquots sent to another laboratory, and received back.

A shipment starts as a draft (code SHP-YYYY-NNNN, destination, courier, date, the UN3373
"Biological substance, Category B" flag and the dry ice in kg that UN1845 asks to declare).
Tubes are added by barcode or by criteria (participant, visit, sample type, whole box): only
tubes in storage, and never a tube that another open shipment (a draft, or a dispatched one
it has not come back from) already holds, so one tube cannot be promised twice.

Dispatching is irreversible: in ONE transaction every tube is marked shipped through
services.storage.finish (movement, audit event, freed position), the items keep the box and
position each tube left, and the shipment becomes dispatched. A returned shipment is received
back, whole or in part: each tube goes back to its recorded position when that is still free,
else it is unplaced (to be placed by hand), again in one audited transaction.

Who: technicians and managers (the ``storage`` permission); anyone may read the list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from biotrack.barcodes import normalise
from biotrack.db import participants as participant_repo
from biotrack.db import shipments as repo
from biotrack.errors import (
    QT_TRANSLATE_NOOP,
    Conflict,
    Message,
    NotFound,
    Translate,
    UserError,
)
from biotrack.models import position_label
from biotrack.reports import Progress, no_progress
from biotrack.services import storage
from biotrack.services.context import Session, change
from biotrack.services.permissions import require
from biotrack.services.validation import check_text, optional_text
from biotrack.status_words import status_word

STATUSES = ("draft", "dispatched", "received_back", "cancelled")
MANIFEST_FORMATS = ("pdf", "xlsx", "csv")
MAX_DRY_ICE_KG = 500.0
_CODE = re.compile(r"^SHP-\d{4}-\d{4,}$")


@dataclass(frozen=True)
class ShipmentDetails:
    """What a new shipment is given: where it goes, how, when, and what it declares."""

    destination: str
    courier: str = ""
    tracking: str = ""
    ship_date: date | None = None
    un3373: bool = True
    dry_ice_kg: float | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Shipment:
    """A shipment as stored, with how many tubes it holds and how many came back."""

    id: int
    code: str
    destination: str
    courier: str
    tracking: str
    ship_date: date
    un3373: bool
    dry_ice_kg: float | None
    status: str
    notes: str | None
    created_at: str
    created_by: str | None
    dispatched_at: str | None
    received_at: str | None
    items: int
    received: int

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "destination": self.destination, "courier": self.courier,
                "tracking": self.tracking, "ship_date": self.ship_date.isoformat(),
                "un3373": self.un3373, "dry_ice_kg": self.dry_ice_kg, "status": self.status,
                "notes": self.notes, "created_at": self.created_at,
                "created_by": self.created_by, "dispatched_at": self.dispatched_at,
                "received_at": self.received_at, "items": self.items,
                "received_back": self.received}


@dataclass(frozen=True)
class ShipmentItem:
    """One tube of a shipment: study code, visit, type, volume and the box it left from."""

    barcode: str
    code: str
    visit: str
    sample_type: str
    number: int
    of_count: int
    volume_ul: int
    status: str
    box: str | None
    position: str | None
    received_back_at: str | None = None

    def manifest_row(self) -> dict[str, Any]:
        """The manifest's columns: coded data only (no local id, no names)."""
        return {"barcode": self.barcode, "code": self.code, "visit": self.visit,
                "sample_type": self.sample_type, "volume_ul": self.volume_ul,
                "box": self.box or "", "position": self.position or ""}

    def to_json(self) -> dict[str, Any]:
        return dict(self.manifest_row(), number=self.number, of_count=self.of_count,
                    status=self.status, received_back_at=self.received_back_at)


@dataclass(frozen=True)
class Returned:
    """A tube received back, and where it went (None: unplaced, its slot was taken)."""

    barcode: str
    path: str | None

    def to_json(self) -> dict[str, Any]:
        return {"barcode": self.barcode, "position": self.path}


# -- reading ------------------------------------------------------------------------------------


def _shipment(row: dict[str, Any]) -> Shipment:
    return Shipment(
        id=row["id"], code=row["code"], destination=row["destination"],
        courier=row["courier"], tracking=row["tracking"],
        ship_date=date.fromisoformat(row["ship_date"]), un3373=bool(row["un3373"]),
        dry_ice_kg=row["dry_ice_kg"], status=row["status"], notes=row["notes"],
        created_at=row["created_at"], created_by=row["created_by_name"],
        dispatched_at=row["dispatched_at"], received_at=row["received_at"],
        items=int(row["items"]), received=int(row["received"]))


def _item(row: dict[str, Any]) -> ShipmentItem:
    position = (position_label(row["pos_row"], row["pos_col"])
                if row["pos_row"] is not None and row["pos_col"] is not None else None)
    return ShipmentItem(
        barcode=row["barcode"], code=row["code"], visit=row["visit"],
        sample_type=row["sample_type"], number=row["number"], of_count=row["of_count"],
        volume_ul=row["volume_ul"], status=row["status"], box=row["box_path"],
        position=position, received_back_at=row["received_back_at"])


def _code(code: str) -> str:
    text = (code or "").strip().upper()
    if not _CODE.match(text):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "'{code}' is not a shipment code "
                                          "(e.g. SHP-2026-0001)"), code=text[:30])
    return text


def get(session: Session, code: str) -> Shipment:
    row = repo.shipment_by_code(session.db, _code(code))
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no shipment {code}"), code=_code(code))
    return _shipment(row)


def shipments(session: Session, status: str | None = None) -> list[Shipment]:
    """Every shipment, newest first (or only those of one status)."""
    if status is not None and status not in STATUSES:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "unknown shipment status '{status}' "
                                          "(choose {choices})"),
                        status=status[:20], choices=", ".join(STATUSES))
    return [_shipment(r) for r in repo.shipments(session.db, status)]


def items(session: Session, code: str) -> list[ShipmentItem]:
    """The tubes of a shipment, in box and position order."""
    shipment = get(session, code)
    return [_item(r) for r in repo.items(session.db, shipment.id)]


# -- creating and filling a draft ---------------------------------------------------------------


def _dry_ice(value: float | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "dry ice must be a weight in kg, not "
                                          "{value}"), value=repr(value))
    if value < 0 or value > MAX_DRY_ICE_KG:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "dry ice must be 0 to {most} kg, not "
                                          "{value}"),
                        most=f"{MAX_DRY_ICE_KG:g}", value=f"{value:g}")
    return float(value) if value > 0 else None


def create(session: Session, details: ShipmentDetails) -> Shipment:
    """A new draft shipment; its code is the next SHP-<year>-NNNN of the current year."""
    destination = check_text(details.destination, "destination", 200)
    courier = optional_text(details.courier, "courier", 100) or ""
    tracking = optional_text(details.tracking, "tracking number", 100) or ""
    notes = optional_text(details.notes, "notes", 1000)
    dry_ice = _dry_ice(details.dry_ice_kg)
    today = session.today_local()
    ship_date = details.ship_date or today
    if not today - timedelta(days=366) <= ship_date <= today + timedelta(days=366):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "ship date {date} is more than a year "
                                          "from today"), date=ship_date)
    with change(session, "storage") as rec:
        prefix = f"SHP-{today.year}-"
        code = f"{prefix}{repo.last_sequence(session.db, prefix) + 1:04d}"
        values = {"code": code, "destination": destination, "courier": courier,
                  "tracking": tracking, "ship_date": ship_date.isoformat(),
                  "un3373": 1 if details.un3373 else 0, "dry_ice_kg": dry_ice, "notes": notes,
                  "created_at": session.now_iso(), "created_by": session.user.id or None}
        repo.insert_shipment(session.db, values)
        rec.record("shipment.create", "shipment", code, after={
            k: v for k, v in values.items() if k not in ("code", "created_at", "created_by")})
    return get(session, code)


def _draft(session: Session, code: str) -> Shipment:
    shipment = get(session, code)
    if not shipment.is_draft:
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "shipment {code} is {status}: only a "
                                         "draft can change"),
                       code=shipment.code, status=status_word(shipment.status))
    return shipment


def _sample_type(session: Session, text: str) -> str:
    wanted = text.strip().lower()
    for key, sample in session.protocol.sample_types.items():
        if wanted in (key.lower(), sample.label.lower(), sample.short.lower()):
            return key
    known = ", ".join(session.protocol.sample_types)
    raise NotFound(QT_TRANSLATE_NOOP("Messages", "unknown sample type '{name}' (known: "
                                     "{known})"), name=text.strip()[:30], known=known)


def add(session: Session, code: str, barcodes: Sequence[str] = (), *,
        participant: str | None = None, visit: str | None = None,
        sample_type: str | None = None, box: str | None = None) -> list[str]:
    """Add tubes to a draft: the barcodes given, and/or every tube in storage that matches
    all the criteria given (participant code, visit code, sample type, box path).

    A barcode given by hand must be in storage and in no shipment yet; tubes found by the
    criteria that this shipment already holds are skipped. Any tube that another open
    shipment holds refuses the whole call. Returns the barcodes added, in box order.
    """
    criteria = {k: v.strip() for k, v in (("participant", participant), ("visit", visit),
                                          ("sample_type", sample_type), ("box", box))
                if v is not None and v.strip()}
    if not barcodes and not criteria:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "give barcodes, or a participant, "
                                          "visit, sample type or box"))
    if len(barcodes) > 10_000:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "at most 10,000 barcodes at once"))
    with change(session, "storage") as rec:
        shipment = _draft(session, code)
        held_here = {i.barcode for i in items(session, shipment.code)}
        chosen: dict[int, str] = {}
        for text in barcodes:
            aliquot = storage.locate(session, text)
            if aliquot.barcode in held_here:
                raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} is already in "
                                                 "shipment {code}"),
                               barcode=aliquot.barcode, code=shipment.code)
            if aliquot.id in chosen:
                raise UserError(QT_TRANSLATE_NOOP("Messages", "{barcode} is listed twice"),
                                barcode=aliquot.barcode)
            if aliquot.status != "in_storage":
                raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} is {status}, not in "
                                                 "storage: only stored tubes can be shipped"),
                               barcode=aliquot.barcode, status=status_word(aliquot.status))
            chosen[aliquot.id] = aliquot.barcode
        if criteria:
            found = _matching(session, criteria)
            fresh = [r for r in found if r["barcode"] not in held_here]
            if not fresh:
                if found:
                    raise UserError(QT_TRANSLATE_NOOP("Messages", "no tube in storage matches "
                                                      "{criteria} that is not already in this "
                                                      "shipment"), criteria=_describe(criteria))
                raise UserError(QT_TRANSLATE_NOOP("Messages", "no tube in storage matches "
                                                  "{criteria}"), criteria=_describe(criteria))
            for row in fresh:
                chosen.setdefault(int(row["id"]), str(row["barcode"]))
        held = repo.holding_shipments(session.db, list(chosen))
        if held:
            aliquot_id, other = next(iter(held.items()))
            if len(held) > 1:
                raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} is already in shipment "
                                                 "{code} (and {more} more): remove it there "
                                                 "first"),
                               barcode=chosen[aliquot_id], code=other, more=len(held) - 1)
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} is already in shipment "
                                             "{code}: remove it there first"),
                           barcode=chosen[aliquot_id], code=other)
        places = []
        for aliquot_id, barcode in chosen.items():
            location = storage.locate(session, barcode).location
            places.append({"aliquot_id": aliquot_id,
                           "box_id": location.box_id if location else None,
                           "pos_row": location.row if location else None,
                           "pos_col": location.col if location else None})
        repo.insert_items(session.db, shipment.id, places)
        added = [i.barcode for i in items(session, shipment.code) if i.barcode not in held_here]
        rec.record("shipment.add", "shipment", shipment.code,
                   after={"barcodes": added, "criteria": criteria or None})
    return added


def _matching(session: Session, criteria: dict[str, str]) -> list[dict[str, Any]]:
    participant_id = None
    if "participant" in criteria:
        found = participant_repo.participant_by_code(session.db, criteria["participant"])
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "no participant {code}"),
                           code=criteria["participant"].upper()[:30])
        participant_id = found.id
    box_id = storage.find_box(session, criteria["box"]).id if "box" in criteria else None
    sample = _sample_type(session, criteria["sample_type"]) if "sample_type" in criteria \
        else None
    visit = criteria["visit"].upper() if "visit" in criteria else None
    return repo.stored_aliquots(session.db, participant_id=participant_id, visit=visit,
                                sample_type=sample, box_id=box_id)


#: How each shipment criterion reads, in the order the person gave them.
_CRITERION_WORDS = {
    "participant": QT_TRANSLATE_NOOP("Messages", "participant {value}"),
    "visit": QT_TRANSLATE_NOOP("Messages", "visit {value}"),
    "sample_type": QT_TRANSLATE_NOOP("Messages", "sample type {value}"),
    "box": QT_TRANSLATE_NOOP("Messages", "box {value}"),
}


def _describe(criteria: dict[str, str]) -> Message:
    """'participant P-0001, visit V1' as a Message (each part translated, joined with ", ")."""
    described = Message("")
    for number, (key, value) in enumerate(criteria.items()):
        part = Message(_CRITERION_WORDS[key], value=value)
        # The joiner has no words of its own, so it is not in the catalogue.
        described = part if number == 0 else Message("{first}, {then}", first=described,
                                                      then=part)
    return described


def remove(session: Session, code: str, barcodes: Sequence[str]) -> list[str]:
    """Take tubes out of a draft (they stay where they are in the freezer)."""
    if not barcodes:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "give at least one barcode to remove"))
    with change(session, "storage") as rec:
        shipment = _draft(session, code)
        held_here = {i.barcode for i in items(session, shipment.code)}
        removed: list[str] = []
        for text in barcodes:
            aliquot = storage.locate(session, text)
            if aliquot.barcode not in held_here or aliquot.barcode in removed:
                raise NotFound(QT_TRANSLATE_NOOP("Messages", "{barcode} is not in shipment "
                                                 "{code}"),
                               barcode=aliquot.barcode, code=shipment.code)
            repo.delete_item(session.db, shipment.id, aliquot.id)
            removed.append(aliquot.barcode)
        rec.record("shipment.remove", "shipment", shipment.code, before={"barcodes": removed})
    return removed


def cancel(session: Session, code: str, reason: str | None = None) -> Shipment:
    """Give up a draft: its tubes are free again for another shipment; the draft stays
    listed as cancelled."""
    reason = optional_text(reason, "reason", 500)
    with change(session, "storage") as rec:
        shipment = _draft(session, code)
        repo.set_status(session.db, shipment.id, "cancelled")
        rec.record("shipment.cancel", "shipment", shipment.code, before={"status": "draft"},
                   after={"status": "cancelled", "items": shipment.items}, reason=reason)
    return get(session, code)


# -- dispatch and return ------------------------------------------------------------------------


def dispatch(session: Session, code: str, tracking: str | None = None) -> Shipment:
    """Send a draft: every tube shipped, the items keep where each tube was; irreversible.

    One transaction: storage.finish(..., "ship", ...) joins it, so a refused tube leaves the
    shipment a draft and every tube where it was.
    """
    tracking = optional_text(tracking, "tracking number", 100)
    with change(session, "storage") as rec:
        shipment = _draft(session, code)
        tubes = items(session, shipment.code)
        if not tubes:
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "shipment {code} holds no tubes: add "
                                             "some first"), code=shipment.code)
        barcodes = []
        for item in tubes:
            aliquot = storage.locate(session, item.barcode)
            if aliquot.status != "in_storage":
                raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} is {status}, not in "
                                                 "storage: return it or remove it from "
                                                 "{code}"),
                               barcode=aliquot.barcode, status=status_word(aliquot.status),
                               code=shipment.code)
            where = aliquot.location
            repo.set_item_place(session.db, shipment.id, aliquot.id,
                                where.box_id if where else None, where.row if where else None,
                                where.col if where else None)
            barcodes.append(aliquot.barcode)
        if tracking is not None:
            repo.set_tracking(session.db, shipment.id, tracking)
        storage.finish(session, barcodes, "ship",
                       f"shipment {shipment.code} to {shipment.destination}"[:500])
        repo.set_status(session.db, shipment.id, "dispatched", dispatched_at=session.now_iso())
        rec.record("shipment.dispatch", "shipment", shipment.code,
                   before={"status": "draft"},
                   after={"status": "dispatched", "tubes": len(barcodes),
                          "tracking": tracking if tracking is not None else shipment.tracking})
    return get(session, code)


def receive(session: Session, code: str, barcodes: Sequence[str] = ()) -> list[Returned]:
    """A dispatched shipment (all its tubes, or those given) came back.

    Each tube goes back to the position it left when that is still free, else it is
    unplaced; the shipment is received back once every tube is.
    """
    with change(session, "storage") as rec:
        shipment = get(session, code)
        if shipment.status != "dispatched":
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "shipment {code} is {status}: only a "
                                             "dispatched shipment can be received back"),
                           code=shipment.code, status=status_word(shipment.status))
        rows = {r["barcode"]: r for r in repo.items(session.db, shipment.id)}
        if barcodes:
            wanted: list[str] = []
            for text in barcodes:
                barcode = normalise(text)
                row = rows.get(barcode)
                if row is None:
                    raise NotFound(QT_TRANSLATE_NOOP("Messages", "{barcode} is not in "
                                                     "shipment {code}"),
                                   barcode=barcode, code=shipment.code)
                if row["received_back_at"] is not None or barcode in wanted:
                    raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} of {code} is "
                                                     "already received back"),
                                   barcode=barcode, code=shipment.code)
                wanted.append(barcode)
        else:
            wanted = [b for b, r in rows.items() if r["received_back_at"] is None]
            if not wanted:
                raise Conflict(QT_TRANSLATE_NOOP("Messages", "every tube of {code} is "
                                                 "already received back"), code=shipment.code)
        reason = f"received back from shipment {shipment.code}"
        now = session.now_iso()
        returned: list[Returned] = []
        for barcode in wanted:
            row = rows[barcode]
            slot = ((row["box_id"], row["pos_row"], row["pos_col"])
                    if row["box_id"] is not None else None)
            aliquot = storage.receive_shipped(session, barcode, slot, reason)
            repo.mark_item_received(session.db, shipment.id, row["aliquot_id"], now)
            returned.append(Returned(barcode, aliquot.location.path if aliquot.location
                                     else None))
        left = sum(1 for r in rows.values() if r["received_back_at"] is None) - len(wanted)
        if left == 0:
            repo.set_status(session.db, shipment.id, "received_back", received_at=now)
        rec.record("shipment.receive", "shipment", shipment.code,
                   after={"tubes": [r.to_json() for r in returned],
                          "status": "received_back" if left == 0 else "dispatched"})
    return returned


# -- the manifest -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ManifestFile:
    """A written manifest: which shipment, which format, where, how many tubes."""

    code: str
    format: str
    path: Path
    tubes: int

    def to_json(self) -> dict[str, Any]:
        return {"shipment": self.code, "format": self.format, "file": str(self.path),
                "tubes": self.tubes}


def manifest(session: Session, code: str, fmt: str | None, target: Path, *,
             progress: Progress = no_progress,
             translate: Translate | None = None) -> ManifestFile:
    """Write the shipment's manifest as PDF, XLSX or CSV (coded data only).

    The PDF is in the language of ``translate`` (English when None); the XLSX and CSV keep
    their English columns (the receiving laboratory's import reads them)."""
    from biotrack.reports import manifest as writer
    from biotrack.reports import pdf
    from biotrack.reports.output import check_target
    from biotrack.services.reporting import output_format, sample_labels

    require(session.user, "storage")
    chosen = output_format(fmt, target, MANIFEST_FORMATS)
    check_target(target)
    shipment = get(session, code)
    rows = [i.manifest_row() for i in items(session, shipment.code)]
    if not rows:
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "shipment {code} holds no tubes: "
                                         "nothing to list"), code=shipment.code)
    translate = translate or pdf.english
    labels = sample_labels(session, translate)
    header = writer.ManifestHeader(
        code=shipment.code, destination=shipment.destination, courier=shipment.courier,
        tracking=shipment.tracking, ship_date=shipment.ship_date, un3373=shipment.un3373,
        dry_ice_kg=shipment.dry_ice_kg, status=shipment.status, study=session.protocol.name,
        generated_at=session.now())
    if chosen == "pdf":
        writer.write_manifest_pdf(header, rows, target, sample_labels=labels, progress=progress,
                                  translate=translate)
    elif chosen == "xlsx":
        writer.write_manifest_xlsx(rows, target, progress=progress)
    else:
        writer.write_manifest_csv(rows, target)
    progress(1, 1)
    return ManifestFile(shipment.code, chosen, Path(target), len(rows))
