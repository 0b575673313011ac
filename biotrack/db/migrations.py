"""The schema, as numbered migrations that are never edited once landed (STYLE.md practice 3).

Each migration is a list of SQL statements run inside the transaction sqlite-utils'
Migrations opens for it. Add a new ``0002_...`` function for any change; never edit 0001.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "biotrack"
migrations = Migrations(MIGRATION_SET)


def _run(db: Database, statements: list[str]) -> None:
    # executescript() would COMMIT the migration's transaction: run statements one by one.
    for statement in statements:
        db.execute(statement)


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    _run(db, [
        # Key/value facts about this file: protocol id, creation time.
        """CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL)""",
        """CREATE TABLE site (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            sponsor INTEGER NOT NULL DEFAULT 0,
            next_seq INTEGER NOT NULL DEFAULT 1 CHECK (next_seq >= 1))""",
        """CREATE TABLE app_user (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            full_name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL CHECK (role IN ('nurse', 'technician', 'manager')),
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            created_at TEXT NOT NULL)""",
        """CREATE TABLE participant (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            cohort TEXT NOT NULL,
            site_code TEXT NOT NULL REFERENCES site(code),
            seq INTEGER NOT NULL,
            enrolled_on TEXT NOT NULL,
            sex TEXT CHECK (sex IS NULL OR sex IN ('F', 'M', 'X')),
            birth_year INTEGER,
            diagnosis TEXT,
            regimen TEXT,
            first_dose TEXT,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN
                ('active', 'completed', 'withdrawn', 'deceased', 'lost_to_follow_up')),
            status_on TEXT,
            status_reason TEXT,
            local_id TEXT,
            eligibility TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            UNIQUE (site_code, seq))""",
        """CREATE TABLE visit (
            id INTEGER PRIMARY KEY,
            participant_id INTEGER NOT NULL REFERENCES participant(id),
            code TEXT NOT NULL,
            kind TEXT NOT NULL,
            cycle INTEGER,
            ord INTEGER NOT NULL DEFAULT 0,
            samples TEXT NOT NULL,
            target_date TEXT NOT NULL,
            window_start TEXT NOT NULL,
            window_end TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN
                ('planned', 'collected', 'missed', 'not_applicable')),
            status_reason TEXT,
            event_on TEXT,
            UNIQUE (participant_id, code))""",
        "CREATE INDEX visit_status_target ON visit (status, target_date)",
        """CREATE TABLE irae (
            id INTEGER PRIMARY KEY,
            participant_id INTEGER NOT NULL REFERENCES participant(id),
            visit_id INTEGER NOT NULL REFERENCES visit(id),
            diagnosed_on TEXT NOT NULL,
            irae_type TEXT NOT NULL,
            grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 5),
            ctcae_version TEXT NOT NULL,
            notes TEXT,
            created_at TEXT NOT NULL)""",
        "CREATE INDEX irae_participant ON irae (participant_id)",
        """CREATE TABLE collection (
            id INTEGER PRIMARY KEY,
            visit_id INTEGER NOT NULL UNIQUE REFERENCES visit(id),
            drawn_at TEXT NOT NULL,
            received_at TEXT,
            centrifuged_at TEXT,
            frozen_at TEXT,
            drawn_by TEXT,
            processed_by TEXT,
            deviations TEXT NOT NULL DEFAULT '[]',
            notes TEXT,
            expected_aliquots INTEGER NOT NULL CHECK (expected_aliquots >= 1),
            registered_at TEXT NOT NULL,
            registered_by INTEGER REFERENCES app_user(id))""",
        """CREATE TABLE freezer (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            location TEXT NOT NULL DEFAULT '',
            set_point_c INTEGER NOT NULL DEFAULT -80,
            active INTEGER NOT NULL DEFAULT 1)""",
        """CREATE TABLE shelf (
            id INTEGER PRIMARY KEY,
            freezer_id INTEGER NOT NULL REFERENCES freezer(id),
            code TEXT NOT NULL,
            ord INTEGER NOT NULL,
            UNIQUE (freezer_id, code))""",
        """CREATE TABLE rack (
            id INTEGER PRIMARY KEY,
            shelf_id INTEGER NOT NULL REFERENCES shelf(id),
            code TEXT NOT NULL,
            ord INTEGER NOT NULL,
            UNIQUE (shelf_id, code))""",
        """CREATE TABLE box (
            id INTEGER PRIMARY KEY,
            rack_id INTEGER NOT NULL REFERENCES rack(id),
            code TEXT NOT NULL,
            ord INTEGER NOT NULL,
            box_type TEXT NOT NULL CHECK (box_type IN ('serum', 'buffy')),
            n_rows INTEGER NOT NULL CHECK (n_rows BETWEEN 1 AND 26),
            n_cols INTEGER NOT NULL CHECK (n_cols BETWEEN 1 AND 99),
            UNIQUE (rack_id, code))""",
        "CREATE INDEX box_type_order ON box (box_type, rack_id, ord)",
        # One row of this table hands out barcode serials: never decremented, never reused.
        """CREATE TABLE barcode_counter (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_serial INTEGER NOT NULL)""",
        "INSERT INTO barcode_counter (id, last_serial) VALUES (1, 0)",
        """CREATE TABLE aliquot (
            id INTEGER PRIMARY KEY,
            barcode TEXT NOT NULL UNIQUE,
            collection_id INTEGER NOT NULL REFERENCES collection(id),
            sample_type TEXT NOT NULL,
            number INTEGER NOT NULL CHECK (number >= 1),
            of_count INTEGER NOT NULL CHECK (of_count >= number),
            volume_ul INTEGER NOT NULL CHECK (volume_ul > 0),
            status TEXT NOT NULL CHECK (status IN ('unplaced', 'in_storage', 'checked_out',
                'consumed', 'shipped', 'discarded', 'missing')),
            box_id INTEGER REFERENCES box(id),
            pos_row INTEGER,
            pos_col INTEGER,
            thaw_count INTEGER NOT NULL DEFAULT 0 CHECK (thaw_count >= 0),
            sprec TEXT NOT NULL,
            created_at TEXT NOT NULL,
            CHECK ((box_id IS NULL AND pos_row IS NULL AND pos_col IS NULL)
                OR (box_id IS NOT NULL AND pos_row >= 1 AND pos_col >= 1)),
            UNIQUE (collection_id, sample_type, number))""",
        # SPEC 3: a position holds at most one aliquot, ever at once - enforced here.
        """CREATE UNIQUE INDEX aliquot_one_per_position
            ON aliquot (box_id, pos_row, pos_col) WHERE box_id IS NOT NULL""",
        "CREATE INDEX aliquot_collection ON aliquot (collection_id)",
        "CREATE INDEX aliquot_status ON aliquot (status)",
        """CREATE TABLE movement (
            id INTEGER PRIMARY KEY,
            aliquot_id INTEGER NOT NULL REFERENCES aliquot(id),
            action TEXT NOT NULL CHECK (action IN ('placed', 'moved', 'checked_out',
                'returned', 'consumed', 'shipped', 'discarded', 'missing')),
            at TEXT NOT NULL,
            user_id INTEGER REFERENCES app_user(id),
            from_box INTEGER REFERENCES box(id),
            from_row INTEGER,
            from_col INTEGER,
            to_box INTEGER REFERENCES box(id),
            to_row INTEGER,
            to_col INTEGER,
            reason TEXT)""",
        "CREATE INDEX movement_aliquot ON movement (aliquot_id)",
        "CREATE INDEX movement_at ON movement (at)",
        # The audit trail: append-only (triggers) and chained (each hash covers the previous).
        """CREATE TABLE audit_event (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_id INTEGER,
            username TEXT NOT NULL,
            action TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            before TEXT,
            after TEXT,
            reason TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL)""",
        "CREATE INDEX audit_record ON audit_event (table_name, record_id)",
        """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END""",
        """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END""",
    ])


def known_migrations() -> list[str]:
    """Names of every migration this version knows, in order."""
    return [m.name for m in migrations._migrations]


@migrations(name="0002_label_printing")
def m0002_label_printing(db: Database) -> None:
    _run(db, [
        # Every print and reprint: who, when, which template, which barcodes.
        """CREATE TABLE label_print (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_id INTEGER REFERENCES app_user(id),
            template TEXT NOT NULL,
            format TEXT NOT NULL CHECK (format IN ('pdf', 'zpl')),
            source TEXT NOT NULL,
            barcodes TEXT NOT NULL,
            reprint INTEGER NOT NULL DEFAULT 0)""",
        # Barcodes printed before a draw (pre-printed labels for a planned visit); they are
        # bound to the aliquots when the collection is registered, and never handed out again.
        """CREATE TABLE barcode_reservation (
            barcode TEXT PRIMARY KEY,
            visit_id INTEGER NOT NULL REFERENCES visit(id),
            sample_type TEXT NOT NULL,
            number INTEGER NOT NULL,
            reserved_at TEXT NOT NULL,
            used INTEGER NOT NULL DEFAULT 0,
            UNIQUE (visit_id, sample_type, number))""",
    ])


@migrations(name="0003_scale")
def m0003_scale(db: Database) -> None:
    """Indices and aggregates for biobank scale (issue 8): no lookup of the services reads a
    whole table, checked with EXPLAIN QUERY PLAN in tests/unit/db/test_query_plans.py."""
    _run(db, [
        # Allocation: how many positions of each box are free, kept by triggers, so a new
        # collection asks for "boxes of this type with room for n tubes" instead of counting
        # the tubes of every box. The UNIQUE position index stays the last word: the allocator
        # re-reads the chosen box's positions, so a wrong count could only waste a slot.
        """CREATE TABLE box_fill (
            box_id INTEGER PRIMARY KEY,
            box_type TEXT NOT NULL,
            free INTEGER NOT NULL)""",
        """INSERT INTO box_fill (box_id, box_type, free)
            SELECT b.id, b.box_type,
                   b.n_rows * b.n_cols - (SELECT count(*) FROM aliquot a WHERE a.box_id = b.id)
            FROM box b""",
        "CREATE INDEX box_fill_room ON box_fill (box_type, free)",
        """CREATE TRIGGER box_fill_box_insert AFTER INSERT ON box BEGIN
            INSERT INTO box_fill (box_id, box_type, free)
            VALUES (new.id, new.box_type, new.n_rows * new.n_cols);
            END""",
        """CREATE TRIGGER box_fill_box_update AFTER UPDATE OF box_type, n_rows, n_cols ON box
            BEGIN
            UPDATE box_fill SET box_type = new.box_type,
                free = free + new.n_rows * new.n_cols - old.n_rows * old.n_cols
            WHERE box_id = new.id;
            END""",
        """CREATE TRIGGER box_fill_box_delete AFTER DELETE ON box BEGIN
            DELETE FROM box_fill WHERE box_id = old.id;
            END""",
        """CREATE TRIGGER box_fill_aliquot_insert AFTER INSERT ON aliquot
            WHEN new.box_id IS NOT NULL BEGIN
            UPDATE box_fill SET free = free - 1 WHERE box_id = new.box_id;
            END""",
        """CREATE TRIGGER box_fill_aliquot_delete AFTER DELETE ON aliquot
            WHEN old.box_id IS NOT NULL BEGIN
            UPDATE box_fill SET free = free + 1 WHERE box_id = old.box_id;
            END""",
        """CREATE TRIGGER box_fill_aliquot_move AFTER UPDATE OF box_id ON aliquot
            WHEN old.box_id IS NOT new.box_id BEGIN
            UPDATE box_fill SET free = free + 1 WHERE box_id = old.box_id;
            UPDATE box_fill SET free = free - 1 WHERE box_id = new.box_id;
            END""",
        # The monthly inventory rebuilds every tube's state from its movements: one pass over
        # this covering index instead of a row lookup per movement.
        "CREATE INDEX movement_state ON movement (aliquot_id, at, action)",
        # "Was this barcode printed before?" (every print asks): one row per printed barcode
        # instead of unpacking the JSON list of every print ever made.
        """CREATE TABLE label_print_barcode (
            barcode TEXT NOT NULL,
            print_id INTEGER NOT NULL,
            PRIMARY KEY (barcode, print_id)) WITHOUT ROWID""",
        """INSERT OR IGNORE INTO label_print_barcode (barcode, print_id)
            SELECT j.value, lp.id FROM label_print lp, json_each(lp.barcodes) j""",
        """CREATE TRIGGER label_print_barcode_insert AFTER INSERT ON label_print BEGIN
            INSERT OR IGNORE INTO label_print_barcode (barcode, print_id)
            SELECT value, new.id FROM json_each(new.barcodes);
            END""",
        """CREATE TRIGGER label_print_barcode_update AFTER UPDATE OF barcodes ON label_print
            BEGIN
            DELETE FROM label_print_barcode WHERE print_id = old.id;
            INSERT OR IGNORE INTO label_print_barcode (barcode, print_id)
            SELECT value, new.id FROM json_each(new.barcodes);
            END""",
        """CREATE TRIGGER label_print_barcode_delete AFTER DELETE ON label_print BEGIN
            DELETE FROM label_print_barcode WHERE print_id = old.id;
            END""",
    ])


@migrations(name="0004_inventory_operations")
def m0004_inventory_operations(db: Database) -> None:
    """Tables for issue 7: stored box audits and their resolutions, shipments, retrieval pull
    lists and the freezer temperature log. Only new tables (no ALTER of an existing one), so the
    migration tests can rebuild the previous schema. Every write to them goes through a service
    that audits it; the rows here are the state, the audit trail is the history."""
    _run(db, [
        # A box audit: the scans of one box compared with the database at that moment.
        """CREATE TABLE box_audit (
            id INTEGER PRIMARY KEY,
            box_id INTEGER NOT NULL REFERENCES box(id),
            at TEXT NOT NULL,
            user_id INTEGER REFERENCES app_user(id),
            source TEXT NOT NULL CHECK (source IN ('hand', 'file')),
            scan_file TEXT,
            scanned INTEGER NOT NULL CHECK (scanned >= 0),
            matched INTEGER NOT NULL CHECK (matched >= 0))""",
        "CREATE INDEX box_audit_box ON box_audit (box_id, at)",
        "CREATE INDEX box_audit_at ON box_audit (at)",
        # One difference an audit found, and how (and whether) it was resolved.
        """CREATE TABLE box_audit_finding (
            id INTEGER PRIMARY KEY,
            audit_id INTEGER NOT NULL REFERENCES box_audit(id),
            category TEXT NOT NULL CHECK (category IN ('missing', 'unexpected', 'misplaced',
                'checked_out', 'unknown', 'duplicate', 'unreadable')),
            barcode TEXT NOT NULL,
            aliquot_id INTEGER REFERENCES aliquot(id),
            scanned_position TEXT,
            expected TEXT,
            resolution TEXT CHECK (resolution IS NULL OR resolution IN ('marked_missing',
                'moved_here', 'position_corrected', 'dismissed')),
            resolved_at TEXT,
            resolved_by INTEGER REFERENCES app_user(id),
            reason TEXT,
            CHECK ((resolution IS NULL AND resolved_at IS NULL)
                OR (resolution IS NOT NULL AND resolved_at IS NOT NULL AND reason IS NOT NULL)))""",
        "CREATE INDEX box_audit_finding_audit ON box_audit_finding (audit_id)",
        "CREATE INDEX box_audit_finding_aliquot ON box_audit_finding (aliquot_id)",
        # Shipments: a manifest of aliquots sent to another laboratory (or received back).
        """CREATE TABLE shipment (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            destination TEXT NOT NULL,
            courier TEXT NOT NULL DEFAULT '',
            tracking TEXT NOT NULL DEFAULT '',
            ship_date TEXT NOT NULL,
            un3373 INTEGER NOT NULL DEFAULT 1 CHECK (un3373 IN (0, 1)),
            dry_ice_kg REAL CHECK (dry_ice_kg IS NULL OR dry_ice_kg >= 0),
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
                ('draft', 'dispatched', 'received_back', 'cancelled')),
            notes TEXT,
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES app_user(id),
            dispatched_at TEXT,
            received_at TEXT)""",
        "CREATE INDEX shipment_status ON shipment (status, ship_date)",
        # Where each tube was when it was added/dispatched, so the manifest keeps its box and
        # position after the tube left its box.
        """CREATE TABLE shipment_item (
            shipment_id INTEGER NOT NULL REFERENCES shipment(id),
            aliquot_id INTEGER NOT NULL REFERENCES aliquot(id),
            box_id INTEGER REFERENCES box(id),
            pos_row INTEGER,
            pos_col INTEGER,
            received_back_at TEXT,
            PRIMARY KEY (shipment_id, aliquot_id)) WITHOUT ROWID""",
        "CREATE INDEX shipment_item_aliquot ON shipment_item (aliquot_id)",
        # Retrieval for analysis: the tubes to pull, in freezer-door order, and what happened.
        """CREATE TABLE pull_list (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            purpose TEXT NOT NULL,
            criteria TEXT NOT NULL DEFAULT '{}',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'cancelled')),
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES app_user(id),
            closed_at TEXT)""",
        """CREATE TABLE pull_item (
            pull_id INTEGER NOT NULL REFERENCES pull_list(id),
            aliquot_id INTEGER NOT NULL REFERENCES aliquot(id),
            ord INTEGER NOT NULL,
            box_id INTEGER REFERENCES box(id),
            pos_row INTEGER,
            pos_col INTEGER,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN
                ('pending', 'picked', 'not_found')),
            picked_at TEXT,
            PRIMARY KEY (pull_id, aliquot_id)) WITHOUT ROWID""",
        "CREATE INDEX pull_item_aliquot ON pull_item (aliquot_id)",
        # The temperature log: readings typed in or imported from a data logger; an excursion
        # is a reading outside the freezer's alarm limits (set point +/- 10 C when the freezer
        # has no freezer_alarm row).
        """CREATE TABLE freezer_alarm (
            freezer_id INTEGER PRIMARY KEY REFERENCES freezer(id),
            low_c REAL NOT NULL,
            high_c REAL NOT NULL,
            CHECK (low_c < high_c))""",
        """CREATE TABLE temperature_reading (
            id INTEGER PRIMARY KEY,
            freezer_id INTEGER NOT NULL REFERENCES freezer(id),
            taken_at TEXT NOT NULL,
            celsius REAL NOT NULL CHECK (celsius BETWEEN -200 AND 60),
            source TEXT NOT NULL CHECK (source IN ('manual', 'logger')),
            user_id INTEGER REFERENCES app_user(id),
            note TEXT,
            recorded_at TEXT NOT NULL,
            UNIQUE (freezer_id, taken_at))""",
        "CREATE INDEX temperature_reading_at ON temperature_reading (taken_at)",
    ])
