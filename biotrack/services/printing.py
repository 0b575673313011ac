"""Printing labels: for a collection, a list of barcodes, a whole box, or a planned visit.

SPEC.md section 4.4 and issue 4 point 5. Every print and every reprint is one transaction that
writes a label_print row (who, when, template, format, which barcodes) and its audit event, and
delivers the labels (file or printer) inside it, so a job that could not be written or sent is
not logged as printed. A print is a *reprint* when any of its barcodes was printed before.

Pre-printed labels for a planned visit (so a nurse can label tubes before the draw) reserve
barcodes from the same never-decreasing counter as collections, in barcode_reservation; printing
the same visit again reuses them (a reprint), and registering the collection binds them to its
aliquots (``bind_reserved_barcodes``, called inside collection.register's transaction).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from biotrack.barcodes import make_barcode, normalise
from biotrack.db import collections as collection_repo
from biotrack.db import labels as repo
from biotrack.db.queries import Row
from biotrack.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, UserError
from biotrack.labels.content import LabelData, sample_text
from biotrack.labels.templates import FORMATS, Template, check_dpi, check_start, load_template
from biotrack.models import GONE_STATUSES
from biotrack.schedule import COLLECTED, PLANNED
from biotrack.services.context import Recorder, Session, change
from biotrack.services.enrolment import get_participant, get_visit
from biotrack.services.permissions import require
from biotrack.services.storage import find_box
from biotrack.status_words import status_word

DEFAULT_TEMPLATE = "cryo-38x13"
MAX_LABELS = 10_000


@dataclass(frozen=True)
class PrintOptions:
    """How to print: template, format, printer resolution, first sheet position, where to."""

    template: str = DEFAULT_TEMPLATE
    format: str = "pdf"
    dpi: int | None = None  # None: the template's default
    start: int = 1  # sheet templates: first free position, 1 = top left
    output: Path | None = None  # write the file here
    printer: str | None = None  # ZPL only: HOST[:PORT] (raw 9100) or queue:NAME


@dataclass(frozen=True)
class PrintResult:
    """A finished print: what was printed, how, and the bytes (PDF or ZPL)."""

    print_id: int
    template: str
    format: str
    dpi: int
    barcodes: tuple[str, ...]
    reprint: bool
    content: bytes
    path: Path | None = None
    printer: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path) if self.path else None, "printer": self.printer,
            "labels": len(self.barcodes), "barcodes": list(self.barcodes),
            "template": self.template, "format": self.format, "dpi": self.dpi,
            "reprint": self.reprint, "print_id": self.print_id,
        }


@dataclass(frozen=True)
class Reservation:
    """A pre-printed label's barcode and the visit and aliquot it was printed for."""

    barcode: str
    code: str
    visit: str
    sample_type: str
    number: int
    used: bool


@dataclass(frozen=True)
class _Job:
    """The checked print options of one job, resolved once before anything is rendered."""

    template: Template
    format: str
    dpi: int
    start: int


# -- the four print flows -----------------------------------------------------------------------


def print_collection(session: Session, collection_id: int,
                     options: PrintOptions = PrintOptions()) -> PrintResult:
    """Labels of a collection's tubes that are still kept, in box-position order."""
    job = _job(session, options)
    if collection_repo.collection_by_id(session.db, collection_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no collection {id}"), id=collection_id)
    found = [r for r in repo.label_rows_of_collection(session.db, collection_id)
             if r["status"] not in GONE_STATUSES]
    if not found:
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "collection {id} has no tube left to label"),
                       id=collection_id)
    labels = [_label(session, r) for r in found]
    return _print(session, job, options, labels, source=f"collection:{collection_id}",
                  record=("collection", str(collection_id)))


def print_barcodes(session: Session, barcodes: Sequence[str],
                   options: PrintOptions = PrintOptions()) -> PrintResult:
    """Labels for the given tubes, in box-position order (unplaced tubes last)."""
    job = _job(session, options)
    if not barcodes:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "give at least one barcode"))
    if len(barcodes) > MAX_LABELS:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "at most {most} labels at once"),
                        most=f"{MAX_LABELS:,}")
    wanted = [normalise(b) for b in barcodes]
    seen: set[str] = set()
    for barcode in wanted:
        if barcode in seen:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "{barcode} is listed twice"),
                            barcode=barcode)
        seen.add(barcode)
    found = repo.label_rows_of_barcodes(session.db, wanted)
    known = {r["barcode"] for r in found}
    for barcode in wanted:
        if barcode not in known:
            raise _unknown_barcode(session, barcode)
    for row in found:
        if row["status"] in GONE_STATUSES:
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "{barcode} is {status}: no label is "
                                             "printed for a tube that is no longer kept"),
                           barcode=row["barcode"], status=row["status"])
    labels = [_label(session, r) for r in found]
    return _print(session, job, options, labels, source="barcodes", record=None)


def print_box(session: Session, box_path: str,
              options: PrintOptions = PrintOptions()) -> PrintResult:
    """Labels for every tube that has a position in a box (A1, A2, ... order)."""
    job = _job(session, options)
    box = find_box(session, box_path)
    found = repo.label_rows_of_box(session.db, box.id)
    if not found:
        raise Conflict(QT_TRANSLATE_NOOP("Messages", "box {path} holds no tubes"), path=box.path)
    labels = [_label(session, r) for r in found]
    return _print(session, job, options, labels, source=f"box:{box.path}", record=None)


def print_visit(session: Session, code: str, visit_code: str,
                options: PrintOptions = PrintOptions()) -> PrintResult:
    """Pre-printed labels for a planned visit, one per aliquot the protocol asks for.

    The first print reserves barcodes; printing the visit again reuses them (a reprint), so the
    tubes labelled before the draw are the ones the collection gets.
    """
    job = _job(session, options)
    participant = get_participant(session, code)
    visit = get_visit(session, participant, visit_code)
    with change(session, "print_labels") as rec:
        visit = get_visit(session, participant, visit.code)  # re-read under the write lock
        if visit.status == COLLECTED:
            collection_id = collection_repo.collection_for_visit(session.db, visit.id)
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "{code} {visit} is already collected: "
                                             "print its labels with --collection {id}"),
                           code=participant.code, visit=visit.code, id=collection_id)
        if visit.status != PLANNED:
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "{code} {visit} is {status}: no labels "
                                             "to pre-print"),
                           code=participant.code, visit=visit.code,
                           status=status_word(visit.status))
        if participant.status != "active":
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "{code} is {status}"),
                           code=participant.code, status=status_word(participant.status))
        planned = _planned(session, visit.samples)
        reserved = repo.reserved_barcodes(session.db, visit.id)
        missing = [(t, n) for t, n, _ in planned if (t, n) not in reserved]
        new: dict[tuple[str, int], str] = {}
        if missing:
            serials = collection_repo.take_barcode_serials(session.db, len(missing))
            new = {key: make_barcode(s) for key, s in zip(missing, serials, strict=True)}
            repo.insert_reservations(session.db, visit.id, session.now_iso(), new)
            reserved.update(new)
        labels = [
            LabelData(barcode=reserved[(t, n)], code=participant.code, visit=visit.code,
                      sample=sample_text(session.protocol.sample_type(t).short, n, of),
                      drawn_on=None)
            for t, n, of in planned
        ]
        if new:
            rec.record("barcode.reserve", "visit", f"{participant.code}/{visit.code}",
                       after={"barcodes": {f"{t}/{n}": b for (t, n), b in new.items()}})
        return _deliver(session, rec, job, options, labels,
                        source=f"visit:{participant.code}/{visit.code}",
                        record=("visit", f"{participant.code}/{visit.code}"))


# -- reservations, for registering a collection ------------------------------------------------


def bind_reserved_barcodes(session: Session, visit_id: int,
                           planned: Sequence[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The pre-printed barcodes for these (sample type, number) aliquots, marked used.

    Call inside the transaction that registers the visit's collection: the aliquots take these
    barcodes instead of new serials. A reservation for an aliquot that was not drawn (a short
    draw) stays unused and is never handed out again (its serial is spent).
    """
    if not session.db.conn.in_transaction:
        raise AssertionError("bind_reserved_barcodes must run inside the registering transaction")
    wanted = set(planned)
    bound = {key: barcode for key, barcode in repo.reserved_barcodes(session.db, visit_id).items()
             if key in wanted}
    repo.mark_used(session.db, list(bound.values()))
    return bound


def find_reservation(session: Session, barcode: str) -> Reservation:
    """What a scanned pre-printed label was printed for (to open the right visit)."""
    code = normalise(barcode)
    row = repo.reservation(session.db, code)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "{barcode} is not a pre-printed label"),
                       barcode=code)
    return Reservation(barcode=row["barcode"], code=row["code"], visit=row["visit"],
                       sample_type=row["sample_type"], number=row["number"],
                       used=bool(row["used"]))


def print_log(session: Session, barcode: str | None = None,
              limit: int | None = 100) -> list[dict[str, Any]]:
    """The label print log, newest first (optionally only the prints of one barcode)."""
    return repo.prints(session.db, barcode=normalise(barcode) if barcode else None, limit=limit)


# -- shared steps -------------------------------------------------------------------------------


def _job(session: Session, options: PrintOptions) -> _Job:
    """Check who prints and how, before anything is read or rendered."""
    require(session.user, "print_labels")
    template = load_template(options.template)
    fmt = options.format.strip().lower()
    if fmt not in FORMATS:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "label format must be pdf or zpl, not "
                                          "{format}"), format=repr(options.format[:10]))
    if fmt not in template.formats:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "template {name} prints as {formats}, "
                                          "not {format}"),
                        name=template.name, formats=" or ".join(template.formats), format=fmt)
    dpi = check_dpi(options.dpi if options.dpi is not None else template.default_dpi)
    start = check_start(template, options.start)
    if options.printer is not None and fmt != "zpl" \
            and not options.printer.strip().startswith("queue:"):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "a label printer's network port takes ZPL "
                                          "only: send the PDF to a print queue (queue:NAME) or "
                                          "write it to a file"))
    return _Job(template, fmt, dpi, start)


def _label(session: Session, row: Row) -> LabelData:
    short = session.protocol.sample_type(row["sample_type"]).short
    return LabelData(
        barcode=row["barcode"], code=row["code"], visit=row["visit"],
        sample=sample_text(short, row["number"], row["of_count"]),
        drawn_on=date.fromisoformat(row["drawn_on"]) if row["drawn_on"] else None,
    )


def _planned(session: Session, sample_set: str) -> list[tuple[str, int, int]]:
    """(sample type, number, of) of every aliquot the protocol asks for at a visit."""
    return [(spec.sample_type, number, spec.count)
            for spec in session.protocol.sample_set(sample_set).aliquots
            for number in range(1, spec.count + 1)]


def _unknown_barcode(session: Session, barcode: str) -> NotFound:
    row = repo.reservation(session.db, barcode)
    if row is not None and not row["used"]:
        return NotFound(QT_TRANSLATE_NOOP("Messages", "{barcode} is a pre-printed label for "
                                          "{code} {visit}, not collected yet: print it with "
                                          "--visit {code} {visit}"),
                        barcode=barcode, code=row["code"], visit=row["visit"])
    return NotFound(QT_TRANSLATE_NOOP("Messages", "no tube with barcode {barcode}"),
                    barcode=barcode)


def _render(job: _Job, labels: Sequence[LabelData]) -> bytes:
    # The renderers (reportlab, zxing-cpp, python-barcode) are imported when labels are drawn,
    # so that collection registration, which imports this module to bind reserved barcodes,
    # does not load them.
    if job.format == "zpl":
        from biotrack.labels.zpl import render_zpl

        return render_zpl(job.template, labels, job.dpi)
    from biotrack.labels.pdf import render_pdf

    return render_pdf(job.template, labels, job.dpi, job.start)


def _print(session: Session, job: _Job, options: PrintOptions, labels: Sequence[LabelData], *,
           source: str, record: tuple[str, str] | None) -> PrintResult:
    content = _render(job, labels)  # outside the write lock: it may take a second for a box
    with change(session, "print_labels") as rec:
        return _deliver(session, rec, job, options, labels, source=source, record=record,
                        content=content)


def _deliver(session: Session, rec: Recorder, job: _Job, options: PrintOptions,
             labels: Sequence[LabelData], *, source: str, record: tuple[str, str] | None,
             content: bytes | None = None) -> PrintResult:
    """Log the print, write or send it: inside the caller's transaction, so a failed delivery
    rolls the log back."""
    if content is None:
        content = _render(job, labels)
    barcodes = tuple(label.barcode for label in labels)
    reprint = bool(repo.printed_before(session.db, barcodes))
    print_id = repo.insert_print(
        session.db, at=session.now_iso(), user_id=session.user.id or None,
        template=job.template.name, fmt=job.format, source=source, barcodes=barcodes,
        reprint=reprint)
    table, record_id = record or ("label_print", str(print_id))
    rec.record("labels.reprint" if reprint else "labels.print", table, record_id, after={
        "print_id": print_id, "template": job.template.name, "format": job.format,
        "dpi": job.dpi, "source": source, "barcodes": list(barcodes),
        "start": job.start if job.template.sheet else None,
        "file": str(options.output) if options.output else None, "printer": options.printer,
    })
    if options.output is not None:
        write_file(content, options.output)
    if options.printer is not None:
        from biotrack.labels.zpl import send

        send(content, options.printer, raw=job.format == "zpl")
    return PrintResult(print_id=print_id, template=job.template.name, format=job.format,
                       dpi=job.dpi, barcodes=barcodes, reprint=reprint, content=content,
                       path=options.output, printer=options.printer)


def write_file(content: bytes, path: Path) -> None:
    """Write the whole file or nothing: a temporary file in the same folder, then a rename."""
    target = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent
                                             if str(target.parent) else ".")
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "cannot write {path}: {reason}"),
                        path=target, reason=exc.strerror or exc) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a label file is not secret
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise UserError(QT_TRANSLATE_NOOP("Messages", "cannot write {path}: {reason}"),
                        path=target, reason=exc.strerror or exc) from None
