"""The benchmark suite of issue 8: each hot path against the raw library doing the same work.

    python -m bench.run [--sizes 10000,100000,1000000] [--repeat 5] [--cache DIR]

Why it exists: BioTrack must feel instant at a million aliquots on a 2-core lab PC, and we must
know how far each hot path is from the limit of the library underneath. For every size it
makes (or reuses) a generated database (bench.generate), copies it to a scratch file, and
measures, in the same run and on the same file, BioTrack's call and a minimal program that
uses the library directly for the same work:

- locate one tube: ``services.storage.locate`` vs one indexed ``sqlite3`` SELECT of the same
  tube with its participant, visit and place;
- register one collection (V1: 8 aliquots, positions, movements, audit events, one commit) vs
  ``executemany`` of the same rows in one transaction on a plain connection;
- labels for 1,000 aliquots to PDF (``services.printing.print_barcodes``) vs a minimal
  reportlab loop drawing the same Data Matrix symbols (zxing-cpp) and text;
- the monthly inventory report: PDF vs ``pandas.read_sql`` of the same rows, CSV vs
  ``read_sql`` + ``to_csv``, XLSX vs ``read_sql`` + xlsxwriter in constant-memory mode
  writing the same five sheets;
- the GUI, offscreen, in fresh processes (bench.gui_probe): the Freezers workspace, a box grid
  and the Participants list against the same views with no data, start-up to the first
  shown window against an empty QMainWindow, resident memory, and the longest time the GUI
  thread was blocked while the workspaces load.

Each figure is the median of ``--repeat`` runs (interleaved: BioTrack, raw, BioTrack ...).
The issue's targets are printed next to each row (PASS/MISS); they are not asserted. Results
are kept per size in bench/results.json and bench/RESULTS.md is written from all of them, so
a size can be measured again on its own. It is a developer tool, not part of the tests.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench import generate as generator
from biotrack.audit_chain import event_hash
from biotrack.barcodes import make_barcode
from biotrack.db.migrations import known_migrations

HERE = Path(__file__).resolve().parent
RESULTS_JSON = HERE / "results.json"
RESULTS_MD = HERE / "RESULTS.md"
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
LOOKUPS = 300               # tubes located per run (the time shown is per tube)
LABELS = 1_000
XLSX_MAX_ROWS = 150_000     # above this, XLSX (about 6,000 rows/s) is skipped unless --xlsx-all
USER = generator.MANAGER
PASSWORD = generator.PASSWORD

Fn = Callable[[], Any]


# -- results ------------------------------------------------------------------------------------


@dataclass
class Target:
    """The issue's target for a row: an upper bound on the ratio and/or on BioTrack's figure."""

    ratio: float | None = None
    limit: float | None = None          # in the row's unit (seconds or MB)
    text: str = ""

    def verdict(self, value: float | None, ratio: float | None) -> str:
        if value is None:
            return "n/a"
        ok = True
        if self.ratio is not None:
            ok &= ratio is not None and ratio <= self.ratio
        if self.limit is not None:
            ok &= value <= self.limit
        return "PASS" if ok else "MISS"


@dataclass
class Row:
    """One line of the table."""

    key: str
    label: str
    biotrack: float | None
    raw: float | None
    unit: str                 # "s" (times) or "MB"
    runs: int
    target: str
    verdict: str
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.biotrack is None or not self.raw:
            return None
        return self.biotrack / self.raw


@dataclass
class SizeRun:
    """Everything measured for one database size."""

    size: int
    date: str
    repeat: int
    dataset: dict[str, Any]
    machine: dict[str, Any]
    versions: dict[str, str]
    rows: list[Row] = field(default_factory=list)
    seconds: float = 0.0
    command: str = ""
    #: Later runs of some rows only (``--only``): {date, command, load_average, keys}.
    remeasured: list[dict[str, Any]] = field(default_factory=list)


def _row(key: str, label: str, biotrack: Sequence[float] | float | None,
         raw: Sequence[float] | float | None, target: Target, *, unit: str = "s",
         note: str = "") -> Row:
    def middle(values: Sequence[float] | float | None) -> float | None:
        if values is None:
            return None
        if isinstance(values, int | float):
            return float(values)
        return statistics.median(values) if values else None

    runs = len(biotrack) if isinstance(biotrack, Sequence) else 1
    value, base = middle(biotrack), middle(raw)
    ratio = value / base if value is not None and base else None
    return Row(key, label, value, base, unit, runs, target.text,
               target.verdict(value, ratio), note)


# -- timing -------------------------------------------------------------------------------------


def _timed(fn: Fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def pairs(biotrack: Fn, raw: Fn, repeat: int, *, warmup: bool = True,
          setup: Callable[[], None] | None = None) -> tuple[list[float], list[float]]:
    """Interleaved runs of both; a first untimed pair warms caches and imports."""
    ours: list[float] = []
    theirs: list[float] = []
    for index in range(repeat + (1 if warmup else 0)):
        if setup is not None:
            setup()
        mine, base = _timed(biotrack), _timed(raw)
        if warmup and index == 0:
            continue
        ours.append(mine)
        theirs.append(base)
    return ours, theirs


# -- the environment ---------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    model = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory_gb = None
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    return {"nproc": os.cpu_count(), "memory_gb": memory_gb, "cpu": model,
            "system": f"{platform.system()} {platform.release()}",
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def versions() -> dict[str, str]:
    found = {"Python": platform.python_version(), "SQLite": sqlite3.sqlite_version}
    for label, names in (("sqlite-utils", ["sqlite-utils"]), ("reportlab", ["reportlab"]),
                         ("pandas", ["pandas"]), ("openpyxl", ["openpyxl"]),
                         ("xlsxwriter", ["xlsxwriter", "XlsxWriter"]),
                         ("lxml", ["lxml"]),  # openpyxl's fast XML writer when installed
                         ("PySide6", ["PySide6-Essentials", "PySide6"]),
                         ("zxing-cpp", ["zxing-cpp"])):
        for name in names:
            with contextlib.suppress(importlib.metadata.PackageNotFoundError):
                found[label] = importlib.metadata.version(name)
                break
        else:
            found[label] = "not installed"
    return found


# -- the databases ------------------------------------------------------------------------------


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "biotrack-bench"


def dataset(cache: Path, size: int, seed: int) -> tuple[Path, dict[str, Any]]:
    """The generated database for ``size`` (made once per schema version and seed)."""
    schema = known_migrations()[-1].split("_", 1)[0]
    path = cache / f"biotrack-{size}-seed{seed}-schema{schema}.sqlite3"
    info_path = path.with_suffix(".json")
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        print(f"  generating {size:,} aliquots into {path} ...", flush=True)
        summary = generator.generate(path, size, seed=seed,
                                     progress=lambda text: print(f"    {text}", flush=True))
        info_path.write_text(json.dumps(summary.to_json()))
    info = json.loads(info_path.read_text()) if info_path.exists() else {"aliquots": size}
    info["file_mb"] = round(path.stat().st_size / 1e6, 1)
    return path, info


def empty_database(cache: Path) -> Path:
    """A database with the set-up only (no participants, no tubes): the GUI's baseline."""
    from biotrack.protocol import load_protocol
    from biotrack.services import setup

    schema = known_migrations()[-1].split("_", 1)[0]
    path = cache / f"biotrack-empty-schema{schema}.sqlite3"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        session = setup.initialise(path, load_protocol(), USER, PASSWORD)
        session.db.close()
    return path


@contextlib.contextmanager
def work_copy(source: Path, folder: Path) -> Iterator[Path]:
    """A scratch copy of the generated file: the write benchmarks change it."""
    target = folder / f"work-{source.name}"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    try:
        yield target
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)


def raw_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the same durability settings as BioTrack's."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


# -- hot path: locate ---------------------------------------------------------------------------

RAW_LOCATE = (
    "SELECT a.*, p.code, v.code, f.code, s.code, r.code, b.code FROM aliquot a"
    " JOIN collection c ON c.id = a.collection_id JOIN visit v ON v.id = c.visit_id"
    " JOIN participant p ON p.id = v.participant_id LEFT JOIN box b ON b.id = a.box_id"
    " LEFT JOIN rack r ON r.id = b.rack_id LEFT JOIN shelf s ON s.id = r.shelf_id"
    " LEFT JOIN freezer f ON f.id = s.freezer_id WHERE a.barcode = ?"
)


def bench_locate(session: Any, conn: sqlite3.Connection, repeat: int,
                 rng: random.Random) -> Row:
    from biotrack.services import storage

    total = int(conn.execute("SELECT max(id) FROM aliquot").fetchone()[0])
    ids = rng.sample(range(1, total + 1), min(LOOKUPS, total))
    found = dict(conn.execute(
        f"SELECT id, barcode FROM aliquot WHERE id IN ({','.join(map(str, ids))})"))
    barcodes = [found[i] for i in ids if i in found]  # in random order

    def ours() -> None:
        for barcode in barcodes:
            storage.locate(session, barcode)

    def theirs() -> None:
        for barcode in barcodes:
            conn.execute(RAW_LOCATE, (barcode,)).fetchone()

    mine, base = pairs(ours, theirs, repeat)
    per = len(barcodes)
    return _row("locate", "Scan → locate one tube", [t / per for t in mine],
                [t / per for t in base], Target(ratio=3, text="≤ 3× raw"),
                note=f"per tube, {per} random tubes a run; raw: one indexed SELECT joining "
                     "tube, participant, visit and place")


# -- hot path: register a collection -------------------------------------------------------------


def _enrol(session: Any, today: date) -> Any:
    from biotrack.services import enrolment

    return enrolment.enrol(session, enrolment.Enrolment(
        cohort="ICI", site="NAV", enrolled_on=today, regimen="pembrolizumab-q3w",
        first_dose=today, sex="F", birth_year=1961, diagnosis="Melanoma"))


def _draw() -> Any:
    from biotrack.services.collection import Draw

    now = datetime.now().replace(second=0, microsecond=0)
    drawn = now - timedelta(hours=3)
    return Draw(drawn_at=drawn, received_at=drawn + timedelta(minutes=20),
                centrifuged_at=drawn + timedelta(minutes=50),
                frozen_at=drawn + timedelta(minutes=90), drawn_by="nurse",
                processed_by="tech")


class RawCollection:
    """The rows ``collection.register`` wrote, replayed with plain ``executemany``.

    Copied from BioTrack's own rows (outside the timer): a new visit, new ids, new barcodes,
    free positions and a re-chained audit trail, so the replay is a valid write of exactly as
    many rows of the same shape, in one BEGIN IMMEDIATE ... COMMIT.
    """

    def __init__(self, conn: sqlite3.Connection, collection_id: int, audit_from: int,
                 visit_id: int) -> None:
        self.conn = conn
        q = conn.execute
        collection = list(q("SELECT * FROM collection WHERE id = ?", (collection_id,))
                          .fetchone())
        aliquots = [list(r) for r in q("SELECT * FROM aliquot WHERE collection_id = ?"
                                       " ORDER BY id", (collection_id,))]
        movements = [list(r) for r in q(
            "SELECT * FROM movement WHERE aliquot_id IN (SELECT id FROM aliquot"
            " WHERE collection_id = ?) ORDER BY id", (collection_id,))]
        events = [list(r) for r in q("SELECT * FROM audit_event WHERE id >= ? ORDER BY id",
                                     (audit_from,))]
        new_collection = int(q("SELECT max(id) FROM collection").fetchone()[0]) + 1
        first_aliquot = int(q("SELECT max(id) FROM aliquot").fetchone()[0]) + 1
        serial = int(q("SELECT last_serial FROM barcode_counter").fetchone()[0])
        collection[0], collection[1] = new_collection, visit_id
        # Free positions for the replayed tubes: the emptiest box of each type.
        boxes = {box_type: box_id for box_type, box_id in q(
            "SELECT box_type, box_id FROM box_fill o WHERE free = (SELECT max(free) FROM"
            " box_fill WHERE box_type = o.box_type) GROUP BY box_type")}
        taken = {box_id: {(r, c) for r, c in q(
            "SELECT pos_row, pos_col FROM aliquot WHERE box_id = ?", (box_id,))}
            for box_id in boxes.values()}
        type_of = {box_id: q("SELECT box_type FROM box WHERE id = ?", (box_id,)).fetchone()[0]
                   for box_id in {a[8] for a in aliquots if a[8] is not None}}
        renamed: dict[int, int] = {}
        barcodes: dict[str, str] = {}
        for offset, row in enumerate(aliquots):
            renamed[row[0]] = first_aliquot + offset
            serial += 1
            barcodes[row[1]] = make_barcode(serial)
            row[0], row[1], row[2] = renamed[row[0]], barcodes[row[1]], new_collection
            if row[8] is not None:
                box_id = boxes[type_of[row[8]]]
                row[8] = box_id
                row[9], row[10] = next(
                    (r, c) for r in range(1, 10) for c in range(1, 10)
                    if (r, c) not in taken[box_id])
                taken[box_id].add((row[9], row[10]))
        by_aliquot = {a[0]: a for a in aliquots}
        for row in movements:
            row[0] = None
            row[1] = renamed[row[1]]
            row[8], row[9], row[10] = by_aliquot[row[1]][8:11]  # to_box, to_row, to_col
        last = q("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
        columns = [d[0] for d in q("SELECT * FROM audit_event LIMIT 0").description]
        previous_id, previous_hash = int(last[0]), str(last[1])
        chained = []
        for row in events:
            event = dict(zip(columns, row, strict=True))
            event["id"] = previous_id = previous_id + 1
            event["record_id"] = barcodes.get(event["record_id"], event["record_id"])
            event["prev_hash"] = previous_hash
            event["hash"] = previous_hash = event_hash(event)
            chained.append([event[c] for c in columns])
        self.collection = collection
        self.aliquots = aliquots
        self.movements = movements
        self.events = chained
        self.visit_id = visit_id
        self.serial = serial

    def write(self) -> None:
        q = self.conn.execute
        q("BEGIN IMMEDIATE")
        marks = ", ".join("?" for _ in self.collection)
        q(f"INSERT INTO collection VALUES ({marks})", self.collection)
        marks = ", ".join("?" for _ in self.aliquots[0])
        self.conn.executemany(f"INSERT INTO aliquot VALUES ({marks})", self.aliquots)
        if self.movements:
            marks = ", ".join("?" for _ in self.movements[0])
            self.conn.executemany(f"INSERT INTO movement VALUES ({marks})", self.movements)
        marks = ", ".join("?" for _ in self.events[0])
        self.conn.executemany(f"INSERT INTO audit_event VALUES ({marks})", self.events)
        q("UPDATE visit SET status = 'collected' WHERE id = ?", (self.visit_id,))
        q("UPDATE barcode_counter SET last_serial = ? WHERE id = 1", (self.serial,))
        q("COMMIT")


def bench_register(session: Any, conn: sqlite3.Connection, repeat: int) -> Row:
    from biotrack.db.participants import visit_by_code
    from biotrack.services import collection

    # Enrolled (and first dose) yesterday: V1 can be drawn three hours ago at any time of day.
    today = datetime.now().date() - timedelta(days=1)
    ours: list[float] = []
    theirs: list[float] = []
    aliquots = 0
    for index in range(repeat + 1):
        participant = _enrol(session, today)
        twin = _enrol(session, today)
        audit_from = int(conn.execute("SELECT max(id) FROM audit_event").fetchone()[0]) + 1
        started = time.perf_counter()
        registered = collection.register(session, participant.code, "V1", _draw())
        mine = time.perf_counter() - started
        visit = visit_by_code(session.db, twin.id, "V1")
        assert visit is not None
        replay = RawCollection(conn, registered.collection.id, audit_from, visit.id)
        base = _timed(replay.write)
        aliquots = len(registered.collection.aliquots)
        if index:
            ours.append(mine)
            theirs.append(base)
    return _row("register", "Register one collection", ours, theirs,
                Target(ratio=5, limit=0.010, text="≤ 10 ms and ≤ 5× raw"),
                note=f"V1 with {aliquots} aliquots, positions, movements and audit events, one "
                     "commit (synchronous=FULL); raw: executemany of the same rows in one "
                     "transaction")


# -- hot path: labels --------------------------------------------------------------------------

RAW_LABEL_ROWS = (
    "SELECT a.barcode, p.code, v.code, a.sample_type, a.number, a.of_count,"
    " substr(c.drawn_at, 1, 10) FROM aliquot a JOIN collection c ON c.id = a.collection_id"
    " JOIN visit v ON v.id = c.visit_id JOIN participant p ON p.id = v.participant_id"
    " WHERE a.barcode IN ({marks})"
)


def raw_labels(conn: sqlite3.Connection, barcodes: Sequence[str], target: Path) -> None:
    """The minimal reportlab program: read the label text, draw each Data Matrix module row
    as rectangles (zxing-cpp's encoder) and three lines of text, one page per label."""
    import zxingcpp
    from reportlab.pdfgen.canvas import Canvas

    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(barcodes), 500):
        chunk = list(barcodes[start:start + 500])
        rows += conn.execute(RAW_LABEL_ROWS.format(marks=", ".join("?" * len(chunk))),
                             chunk).fetchall()
    dot = 72.0 / 203                       # one 203 dpi printer dot, in points
    module = 4 * dot                       # 0.5 mm modules, in whole dots
    width, height = 38 / 25.4 * 72, 13 / 25.4 * 72
    canvas = Canvas(str(target), pagesize=(width, height), pageCompression=1)
    for barcode, code, visit, sample_type, number, of_count, drawn_on in rows:
        image = zxingcpp.create_barcode(barcode, zxingcpp.BarcodeFormat.DataMatrix
                                        ).to_image(scale=1, add_quiet_zones=False)
        rows_, cols = image.shape[:2]
        pixels = memoryview(image).tobytes()  # type: ignore[arg-type]
        top = height - 8 * dot
        for r in range(rows_):
            line = pixels[r * cols:(r + 1) * cols]
            c = 0
            while c < cols:
                if line[c] < 128:
                    start = c
                    while c < cols and line[c] < 128:
                        c += 1
                    canvas.rect(8 * dot + start * module, top - (r + 1) * module,
                                (c - start) * module, module, stroke=0, fill=1)
                c += 1
        x = 8 * dot + (cols + 2) * module
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawString(x, height - 22 * dot, f"{code} · {visit}")
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(x, height - 44 * dot, f"{sample_type} {number}/{of_count} · {drawn_on}")
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawString(x, height - 66 * dot, barcode)
        canvas.showPage()
    canvas.save()


def bench_labels(session: Any, conn: sqlite3.Connection, repeat: int, scratch: Path,
                 rng: random.Random) -> Row:
    from biotrack.services import printing

    total = int(conn.execute("SELECT max(id) FROM aliquot").fetchone()[0])
    first = rng.randint(1, max(1, total - LABELS))
    barcodes = [r[0] for r in conn.execute(
        "SELECT barcode FROM aliquot WHERE id >= ? AND status = 'in_storage' ORDER BY id"
        " LIMIT ?", (first, LABELS))]
    ours_pdf, raw_pdf = scratch / "labels.pdf", scratch / "labels-raw.pdf"
    options = printing.PrintOptions(template=generator.LABEL_TEMPLATE, format="pdf",
                                    output=ours_pdf)
    mine, base = pairs(lambda: printing.print_barcodes(session, barcodes, options),
                       lambda: raw_labels(conn, barcodes, raw_pdf), repeat)
    return _row("labels", f"Labels for {len(barcodes):,} aliquots → PDF", mine, base,
                Target(ratio=2, text="≤ 2× raw"),
                note="cryo 38×13 mm Data Matrix labels, print log and audit event included; "
                     "raw: one SELECT and a reportlab loop drawing the same modules and text")


# -- hot path: the monthly inventory -------------------------------------------------------------

RAW_STOCK = (
    "SELECT a.barcode, p.code, v.code AS visit, a.sample_type, a.number, a.volume_ul, a.status,"
    " f.code AS freezer, sh.code AS shelf, r.code AS rack, b.code AS box,"
    " char(64 + a.pos_row) || a.pos_col AS position, a.thaw_count,"
    " substr(c.drawn_at, 1, 10) AS collected_on, p.cohort, p.site_code AS site, a.sprec"
    " FROM aliquot a JOIN collection c ON c.id = a.collection_id"
    " JOIN visit v ON v.id = c.visit_id JOIN participant p ON p.id = v.participant_id"
    " JOIN box b ON b.id = a.box_id JOIN rack r ON r.id = b.rack_id"
    " JOIN shelf sh ON sh.id = r.shelf_id JOIN freezer f ON f.id = sh.freezer_id"
    " WHERE a.status IN ('in_storage', 'checked_out') AND c.registered_at < :end"
    " ORDER BY f.code, sh.ord, r.ord, b.ord, a.pos_row, a.pos_col"
)
RAW_MONTH_MOVEMENTS = (
    "SELECT m.*, a.barcode FROM movement m JOIN aliquot a ON a.id = m.aliquot_id"
    " WHERE m.at >= :start AND m.at < :end ORDER BY m.at, m.id"
)


def _report_month(conn: sqlite3.Connection) -> str:
    """The last whole month of the generated history."""
    last = conn.execute("SELECT max(registered_at) FROM collection").fetchone()[0]
    day = datetime.fromisoformat(last).astimezone(UTC).date().replace(day=1) - timedelta(days=1)
    return f"{day.year:04d}-{day.month:02d}"


def _xlsx_sheets(target: Path, sheets: Sequence[tuple[str, Any]]) -> None:
    """The plain writer: xlsxwriter, constant-memory, bold header, one row at a time."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    bold = workbook.add_format({"bold": True})
    for name, frame in sheets:
        sheet = workbook.add_worksheet(name)
        sheet.write_row(0, 0, [str(c) for c in frame.columns], bold)
        values = frame.astype(object).where(frame.notna(), None)
        for number, row in enumerate(values.itertuples(index=False, name=None), start=1):
            sheet.write_row(number, 0, row)
    workbook.close()


def bench_reports(session: Any, conn: sqlite3.Connection, repeat: int, scratch: Path,
                  size: int, xlsx_all: bool) -> list[Row]:
    import pandas as pd

    from biotrack.reports.period import Month
    from biotrack.services import reporting

    month = _report_month(conn)
    period = Month.parse(month).cutoffs()
    params = {"start": period.start_utc, "end": period.end_utc}
    rows: list[Row] = []
    counted: dict[str, int] = {}

    def ours(fmt: str) -> Fn:
        def run() -> None:
            done = reporting.inventory_report(session, month, fmt, scratch / f"inventory.{fmt}")
            counted["aliquots"] = int(done.totals.get("aliquots", 0) or done.totals.get(
                "in_storage", 0) + done.totals.get("checked_out", 0))
        return run

    def raw_pdf() -> None:
        stock = pd.read_sql(RAW_STOCK, conn, params=params)
        moved = pd.read_sql(RAW_MONTH_MOVEMENTS, conn, params=params)
        counted["raw_rows"] = len(stock) + len(moved)

    def raw_csv() -> None:
        pd.read_sql(RAW_STOCK, conn, params=params).to_csv(
            scratch / "raw.csv", index=False, encoding="utf-8", lineterminator="\n")

    heavy = max(1, min(repeat, 3)) if size >= 1_000_000 else repeat
    mine, base = pairs(ours("pdf"), raw_pdf, heavy)
    rows.append(_row(
        "report_pdf", f"Monthly inventory {month} → PDF", mine, base,
        Target(ratio=3, limit=15.0, text="< 15 s and ≤ 3× raw"),
        note=f"{counted.get('aliquots', 0):,} tubes in stock; raw: pandas.read_sql of the "
             f"stock and the month's movements ({counted.get('raw_rows', 0):,} rows)"))
    mine, base = pairs(ours("csv"), raw_csv, heavy)
    rows.append(_row("report_csv", f"Monthly inventory {month} → CSV", mine, base,
                     Target(ratio=2, text="≤ 2× raw"),
                     note="the Aliquots sheet; raw: read_sql + to_csv of the same rows"))

    if size > XLSX_MAX_ROWS and not xlsx_all:
        rows.append(Row("report_xlsx", f"Monthly inventory {month} → XLSX", None, None, "s", 0,
                        "≤ 1.5× raw", "skipped",
                        f"not run at this size: {size:,} rows at about 6,000 rows/s is "
                        f"{size / 6000 / 60:.0f}+ min per run for each writer "
                        "(--xlsx-all runs it)"))
        return rows
    frames = reporting.inventory_tables(session, month, with_aliquots=False)

    def raw_xlsx() -> None:
        stock = pd.read_sql(RAW_STOCK, conn, params=params)
        _xlsx_sheets(scratch / "raw.xlsx", [
            ("Summary", frames.summary), ("Boxes", frames.boxes), ("Aliquots", stock),
            ("Movements", frames.movements), ("Discrepancies", frames.discrepancies)])

    mine, base = pairs(ours("xlsx"), raw_xlsx, max(1, min(repeat, 3)), warmup=False)
    rows.append(_row("report_xlsx", f"Monthly inventory {month} → XLSX", mine, base,
                     Target(ratio=1.5, text="≤ 1.5× raw"),
                     note="5 sheets (openpyxl write-only); raw: read_sql + xlsxwriter "
                          "constant_memory writing the same sheets"))
    return rows


# -- the GUI, in fresh processes -----------------------------------------------------------------


def _probe(*args: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "bench.gui_probe", *args], env=env,
                          cwd=HERE.parent, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"gui_probe {args[0]} failed:\n{done.stderr[-2000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def compile_sources() -> None:
    """Write BioTrack's bytecode before the GUI is timed, as an installed program has it.

    Start-up is measured in fresh processes; where PYTHONDONTWRITEBYTECODE is set (as on
    this project's build machines) or the tree was just checked out, every one of them would
    otherwise compile ~150 modules from source, ~100 ms that no installed copy pays (pip
    compiles the libraries at install time; the bundle ships bytecode). compileall writes
    __pycache__ whatever that variable says, and imports read it.
    """
    import compileall

    for package in ("biotrack", "bench"):
        compileall.compile_dir(str(HERE.parent / package), quiet=1)


def bench_gui(work: Path, empty: Path, repeat: int) -> list[Row]:
    compile_sources()
    login = ("--user", USER, "--password", PASSWORD)
    views = _probe("views", "--db", str(work), "--empty-db", str(empty), *login,
                   "--repeat", str(repeat))
    block = Target(limit=0.100, text="≤ 100 ms (GUI thread blocked)")
    rows = [
        _row("gui_freezers", "GUI: open Freezers (tree + first box grid)", views["freezers"],
             views["freezers_empty"], block, note="raw: the same view on an empty database"),
        _row("gui_box", "GUI: open a box grid", views["box"], views["box_empty"], block,
             note=f"a box of {views['box_tubes']} tubes; raw: an empty box in the same view"),
        _row("gui_participants", "GUI: open the Participants list", views["participants"],
             views["participants_empty"], block,
             note="raw: the same view on an empty database"),
    ]
    started: list[dict[str, Any]] = []
    bare: list[dict[str, Any]] = []
    floors: list[dict[str, Any]] = []
    for _ in range(repeat):
        started.append(_probe("startup", "--db", str(work), *login))
        bare.append(_probe("empty-window"))
        floors.append(_probe("floor", "--db", str(work), *login))
    floor_s = statistics.median(f["shown_s"] for f in floors)
    bare_s = statistics.median(b["shown_s"] for b in bare)
    parts = {key: statistics.median(s[key] for s in started)
             for key in ("imports_s", "sign_in_s", "main_window_s")}
    rows.append(_row(
        "startup", "Start-up to the first shown window", [s["shown_s"] for s in started],
        [b["shown_s"] for b in bare], Target(ratio=3, text="≤ 3× empty window"),
        note=(f"imports {parts['imports_s']:.2f} s, sign-in {parts['sign_in_s']:.2f} s, "
              f"MainWindow {parts['main_window_s']:.2f} s (the first page follows the first "
              f"paint); raw: QApplication + empty QMainWindow, fresh process each; the "
              f"libraries' floor (empty window + sqlite-utils import + Qt's enums + the "
              f"password's scrypt) is {floor_s * 1000:.0f} ms, {floor_s / bare_s:.1f}× the "
              "empty window")))
    rows.append(_row(
        "gui_memory", "GUI resident memory (peak RSS)", [s["rss_mb"] for s in started],
        [b["rss_mb"] for b in bare], Target(limit=300, text="< 300 MB"), unit="MB",
        note="after start-up and a visit to every workspace; raw: the empty window"))
    # Where the GUI thread goes: the median time to switch to (and so build) each workspace.
    keys = [key for key in started[0].get("workspaces_s", {})]
    slowest = sorted(((statistics.median(s["workspaces_s"].get(key, 0.0) for s in started), key)
                      for key in keys), reverse=True)[:3]
    builds = ", ".join(f"{key} {seconds:.2f} s" for seconds, key in slowest)
    rows.append(_row(
        "gui_gap", "Longest GUI-thread block while workspaces load",
        [s["gap_ms"] / 1000 for s in started], [b["gap_ms"] / 1000 for b in bare],
        Target(limit=0.100, text="≤ 100 ms"),
        note="10 ms QTimer, from QApplication to every workspace visited"
             + (f"; slowest first visits: {builds}" if builds else "") + "; raw: empty window"))
    return rows


# -- one size ----------------------------------------------------------------------------------


def run_size(size: int, *, repeat: int, cache: Path, seed: int, only: set[str] | None,
             xlsx_all: bool) -> SizeRun:
    from biotrack.services import app_context

    started = time.perf_counter()
    source, info = dataset(cache, size, seed)
    empty = empty_database(cache)
    result = SizeRun(size=size, date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
                     repeat=repeat, dataset=info, machine=machine(), versions=versions())
    rng = random.Random(seed)

    def wanted(key: str) -> bool:
        return only is None or key in only

    with tempfile.TemporaryDirectory(prefix="biotrack-bench-") as folder, \
            work_copy(source, cache) as work:
        scratch = Path(folder)
        session = app_context.sign_in(work, USER, PASSWORD)
        conn = raw_connection(work)
        try:
            steps: list[tuple[str, Callable[[], list[Row]]]] = [
                ("locate", lambda: [bench_locate(session, conn, repeat, rng)]),
                ("register", lambda: [bench_register(session, conn, repeat)]),
                ("labels", lambda: [bench_labels(session, conn, repeat, scratch, rng)]),
                ("reports", lambda: bench_reports(session, conn, repeat, scratch, size,
                                                  xlsx_all)),
            ]
            for key, step in steps:
                if wanted(key):
                    print(f"  {key} ...", flush=True)
                    result.rows += step()
                    _print_rows(result.rows[-1:] if key != "reports" else result.rows[-3:])
        finally:
            conn.close()
            session.db.close()
        if wanted("gui"):
            print("  gui ...", flush=True)
            result.rows += bench_gui(work, empty, repeat)
            _print_rows(result.rows[-6:])
    result.seconds = round(time.perf_counter() - started, 1)
    return result


# -- output ------------------------------------------------------------------------------------


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "MB":
        return f"{value:,.0f} MB"
    if value < 1e-3:
        return f"{value * 1e6:,.0f} µs"
    if value < 1:
        return f"{value * 1e3:,.1f} ms"
    return f"{value:,.2f} s"


def _ratio(row: Row) -> str:
    return "–" if row.ratio is None else f"{row.ratio:.1f}×"


def _print_rows(rows: Sequence[Row]) -> None:
    for row in rows:
        print(f"    {row.label:50.50s} {_figure(row.biotrack, row.unit):>10s}  "
              f"raw {_figure(row.raw, row.unit):>10s}  {_ratio(row):>7s}  "
              f"{row.verdict:5s} ({row.target})", flush=True)


def load_results() -> dict[str, Any]:
    if RESULTS_JSON.exists():
        return dict(json.loads(RESULTS_JSON.read_text()))
    return {"sizes": {}}


def save_results(store: dict[str, Any], runs: Sequence[SizeRun]) -> None:
    for run in runs:
        store["sizes"][str(run.size)] = asdict(run)
    RESULTS_JSON.write_text(json.dumps(store, indent=1, ensure_ascii=False) + "\n")


def merge_partial(store: dict[str, Any], run: SizeRun) -> None:
    """Rows of an ``--only`` run replace the stored rows of the same key; the run is noted.

    The other rows keep the figures (and date) of the run that measured them; the table says
    which rows were measured again, when and by which command, so no figure is anonymous.
    """
    stored = store["sizes"].get(str(run.size))
    if stored is None:  # nothing to merge into: the partial run is the table
        store["sizes"][str(run.size)] = asdict(run)
        return
    fresh = {row.key: asdict(row) for row in run.rows}
    rows = [fresh.pop(row["key"], row) for row in stored["rows"]]
    stored["rows"] = rows + list(fresh.values())
    stored.setdefault("remeasured", []).append(
        {"date": run.date, "command": run.command, "load_average":
         run.machine.get("load_average"), "keys": [row.key for row in run.rows]})
    stored["machine"], stored["versions"] = run.machine, run.versions


def markdown(store: dict[str, Any]) -> str:
    sizes = sorted(store["sizes"].values(), key=lambda r: r["size"])
    latest = max(sizes, key=lambda r: r["date"])
    m, v = latest["machine"], latest["versions"]
    lines = [
        "# Benchmark results",
        "",
        "Written by `python -m bench.run` (issue 8); do not edit by hand. Each figure is the "
        "median of several runs, BioTrack and the raw library interleaved in the same run on "
        "the same generated database (`python -m bench.generate`, seed 42). Targets are the "
        "issue's (stated for 1M aliquots; shown at every size), reported, not asserted.",
        "",
        f"- Machine: {m['nproc']} CPUs ({m['cpu']}), {m['memory_gb']} GB memory, "
        f"{m['system']}",
        "- Versions: " + ", ".join(f"{k} {val}" for k, val in v.items()),
        "",
    ]
    for run in sizes:
        d = run["dataset"]
        lines += [
            f"## {run['size']:,} aliquots",
            "",
            f"Measured {run['date']} by `{run.get('command') or 'python -m bench.run'}`: "
            f"medians of {run['repeat']} runs (fewer where the runs column says so); load "
            f"average at start {run['machine']['load_average']}. "
            f"Database: {d.get('participants', '?'):,} participants, "
            f"{d.get('collections', '?'):,} collections, {d.get('boxes', '?'):,} boxes in "
            f"{d.get('freezers', '?')} freezers, {d.get('audit_events', '?'):,} audit events, "
            f"{d.get('file_mb', '?')} MB (generated in {d.get('seconds', '?')} s).",
            "",
        ]
        labels = {r["key"]: r["label"] for r in run["rows"]}
        for again in run.get("remeasured", []):
            names = ", ".join(f"“{labels.get(k, k)}”" for k in again["keys"])
            lines += [
                f"Measured again {again['date']} by `{again['command']}` (load average at "
                f"start {again.get('load_average')}): {names} (each row shows its latest run).",
                "",
            ]
        lines += [
            "| hot path | BioTrack | raw library, same work | ratio | runs | target | result |"
            " notes |",
            "|---|---:|---:|---:|---:|---|---|---|",
        ]
        for r in run["rows"]:
            row = Row(**r)
            lines.append(
                f"| {row.label} | {_figure(row.biotrack, row.unit)} | "
                f"{_figure(row.raw, row.unit)} | {_ratio(row)} | {row.runs} | {row.target} | "
                f"**{row.verdict}** | {row.note} |")
        lines.append("")
    return "\n".join(lines)


def parse_sizes(text: str) -> list[int]:
    sizes = []
    for part in text.split(","):
        part = part.strip().lower().replace("_", "")
        factor = 1
        if part.endswith("k"):
            factor, part = 1_000, part[:-1]
        elif part.endswith("m"):
            factor, part = 1_000_000, part[:-1]
        sizes.append(int(float(part) * factor))
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run",
        description="BioTrack's hot paths against the raw libraries (issue 8).")
    parser.add_argument("--sizes", default=",".join(str(s) for s in DEFAULT_SIZES),
                        help="aliquot counts, e.g. 10000,100000,1000000 or 10k,100k,1M")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--cache", type=Path, default=default_cache(),
                        help="where generated databases are kept (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--only", help="comma-separated: locate,register,labels,reports,gui")
    parser.add_argument("--xlsx-all", action="store_true",
                        help=f"also run XLSX above {XLSX_MAX_ROWS:,} aliquots")
    parser.add_argument("--no-save", action="store_true",
                        help="print only; leave bench/RESULTS.md alone (with --only, the "
                             "rows measured replace the stored ones of the same name)")
    options = parser.parse_args(list(argv) if argv is not None else None)
    only = {k.strip() for k in options.only.split(",")} if options.only else None
    command = " ".join(["python -m bench.run", *(sys.argv[1:] if argv is None else argv)])
    runs = []
    for size in parse_sizes(options.sizes):
        print(f"{size:,} aliquots", flush=True)
        runs.append(run_size(size, repeat=options.repeat, cache=options.cache,
                             seed=options.seed, only=only, xlsx_all=options.xlsx_all))
        runs[-1].command = command
        if not options.no_save:
            store = load_results()
            if only is None:
                save_results(store, runs[-1:])
            else:  # some rows only: merged into the stored table, the run noted beside it
                merge_partial(store, runs[-1])
                RESULTS_JSON.write_text(json.dumps(store, indent=1, ensure_ascii=False) + "\n")
            RESULTS_MD.write_text(markdown(store) + "\n", encoding="utf-8")
            print(f"  written to {RESULTS_MD}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
