"""Hostile input (issue 3, "What it must show"): bad dates, unknown codes, impossible positions
and counts, wrong roles, SQL-looking, very long and non-ASCII text, malformed protocol files and
damaged database files. Each is refused with one clear line on stderr (SPEC.md section 5: exit 2
for bad input, 1 when the file itself is at fault), no traceback, and the database is unchanged.

Most cases call ``biotrack.cli.main`` in-process (it returns the exit code); a sample also runs
as a real subprocess, so the real entry point, environment and stream handling are covered.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from biotrack import cli
from biotrack.barcodes import make_barcode
from biotrack.errors import ProtocolError, UserError
from biotrack.protocol import load_protocol, parse_protocol
from biotrack.services import accounts, collection, enrolment, storage
from biotrack.services.context import Session
from tests.factories import fixed_clock
from tests.safety.support import (
    PASSWORDS,
    Study,
    build_study,
    cli_env,
    copy_with_backup_api,
    dump,
    run_cli,
)

SQL = "'; DROP TABLE aliquot; --"
LONG = "x" * 10_000

@dataclass(frozen=True)
class Case:
    """One bad command line. ``argv`` may hold {placeholders} filled from the prepared study."""

    id: str
    argv: tuple[str, ...]
    says: str | None = None          # a fragment the one-line message must contain
    user: str | None = "admin"
    password: str | None = None
    code: int = 2
    env: dict[str, str] = field(default_factory=dict)


def case(id: str, *argv: str, says: str | None = None, user: str | None = "admin",
         password: str | None = None, code: int = 2, env: dict[str, str] | None = None,
         marks: Any = ()) -> Any:
    return pytest.param(Case(id, argv, says, user, password, code, env or {}), id=id,
                        marks=marks)


ENROL_SAD = ("enroll", "--cohort", "SAD", "--site", "NAV", "--date")
ENROL_ICI = ("enroll", "--cohort", "ICI", "--site", "NAV", "--date", "2026-06-01")
COLLECT = ("collect", "{ici}", "V2", "--drawn-at")
V2_DRAW = (*COLLECT, "2026-06-22T09:00")
IRAE = ("irae", "{ici}", "--date", "2026-07-01", "--type", "Colitis / diarrhoea", "--grade")
FREEZER = ("storage", "add-freezer", "--code", "F2")

CASES = [
    # -- dates --------------------------------------------------------------------------------
    case("enrol-date-month-13", *ENROL_SAD, "2026-13-01", says="is not a date"),
    case("enrol-date-yesterday", *ENROL_SAD, "yesterday", says="is not a date"),
    case("enrol-date-empty", *ENROL_SAD, "", says="is not a date"),
    case("enrol-date-feb-30", *ENROL_SAD, "2026-02-30", says="is not a date"),
    case("enrol-date-five-digit-year", *ENROL_SAD, "99999-01-01", says="is not a date"),
    case("enrol-date-future", *ENROL_SAD, "2999-01-01", says="in the future"),
    case("enrol-date-slashes", *ENROL_SAD, "01/06/2026", says="is not a date"),
    case("enrol-date-with-time", *ENROL_SAD, "2026-06-01T10:00", says="is not a date"),
    case("enrol-date-control-char", *ENROL_SAD, "2026-06-01\x07", says="is not a date"),
    case("enrol-date-sql", *ENROL_SAD, SQL, says="is not a date"),
    case("enrol-first-dose-before-enrolment", *ENROL_ICI, "--regimen", "pembrolizumab-q3w",
         "--first-dose", "2026-05-01", says="before enrolment"),
    case("enrol-first-dose-day-31", *ENROL_ICI, "--regimen", "pembrolizumab-q3w",
         "--first-dose", "2026-06-31", says="is not a date"),
    case("collect-drawn-month-13", *COLLECT, "2026-13-01T09:00", says="not a date and time"),
    case("collect-drawn-yesterday", *COLLECT, "yesterday", says="not a date and time"),
    case("collect-drawn-empty", *COLLECT, "", says="not a date and time"),
    case("collect-drawn-feb-30", *COLLECT, "2026-02-30T09:00", says="not a date and time"),
    case("collect-drawn-five-digit-year", *COLLECT, "99999-01-01T09:00",
         says="not a date and time"),
    case("collect-drawn-future", *COLLECT, "2999-01-01T09:00", says="in the future"),
    case("collect-drawn-before-enrolment", *COLLECT, "2020-01-01T09:00",
         says="before enrolment"),
    case("collect-received-before-drawn", *V2_DRAW, "--received-at", "2026-06-22T08:00",
         says="before drawn"),
    case("collect-frozen-eight-days-later", *V2_DRAW, "--frozen-at", "2026-06-30T10:00",
         says="more than 7 days"),
    case("collect-received-noon", *V2_DRAW, "--received-at", "noon",
         says="not a date and time"),
    case("irae-date-day-32", "irae", "{ici}", "--date", "2026-07-32", "--type", "Colitis",
         "--grade", "2", says="is not a date"),
    case("irae-date-future", "irae", "{ici}", "--date", "2999-07-01", "--type", "Colitis",
         "--grade", "2", says="in the future"),
    case("irae-date-before-enrolment", "irae", "{ici}", "--date", "2026-01-01", "--type",
         "Colitis", "--grade", "2", says="before enrolment"),
    case("event-date-bad", "event", "{sad}", "flare", "--date", "2026-00-10",
         says="is not a date"),
    case("event-date-future", "event", "{sad}", "flare", "--date", "2999-01-01",
         says="in the future"),
    case("withdraw-date-bad", "withdraw", "{sad}", "--date", "June", "--reason", "moved",
         says="is not a date"),
    case("withdraw-date-before-enrolment", "withdraw", "{sad}", "--date", "2020-01-01",
         "--reason", "moved", says="between enrolment and today"),
    case("withdraw-date-future", "withdraw", "{sad}", "--date", "2999-01-01", "--reason",
         "moved", says="between enrolment and today"),
    case("due-from-bad", "due", "--from", "2026-02-29", says="is not a date"),
    case("due-to-bad", "due", "--to", "tomorrow", says="is not a date"),
    # -- unknown codes, visits, sites, regimens ---------------------------------------------------
    case("schedule-unknown-code", "schedule", "IA-NAV-999", says="unknown participant"),
    case("schedule-code-sql", "schedule", SQL, says="unknown participant"),
    case("schedule-code-non-ascii", "schedule", "ÍA-NAV-001", says="unknown participant"),
    case("schedule-code-long", "schedule", LONG, says="unknown participant"),
    case("schedule-code-empty", "schedule", "", says="unknown participant"),
    case("schedule-code-newline", "schedule", "{ici}\nsecond line", says="unknown participant"),
    case("collect-unknown-code", "collect", "IA-NAV-999", "V1", "--drawn-at",
         "2026-06-01T09:00", says="unknown participant"),
    case("collect-code-sql", "collect", SQL, "V1", "--drawn-at", "2026-06-01T09:00",
         says="unknown participant"),
    case("collect-unknown-visit", "collect", "{ici}", "V9", "--drawn-at", "2026-06-22T09:00",
         says="has no visit 'V9'"),
    case("collect-visit-sql", "collect", "{ici}", SQL, "--drawn-at", "2026-06-22T09:00",
         says="has no visit"),
    case("collect-visit-already-collected", "collect", "{ici}", "V1", "--drawn-at",
         "2026-06-01T09:00", says="already collected"),
    case("collect-withdrawn-participant", "collect", "{withdrawn}", "BASELINE", "--drawn-at",
         "2026-06-01T09:00", says="withdrawn"),
    case("collect-irae-visit-not-opened", "collect", "{ici}", "IRAE-1", "--drawn-at",
         "2026-07-01T09:00", says="has no visit"),
    case("enrol-unknown-cohort", "enroll", "--cohort", "XYZ", "--site", "NAV", "--date",
         "2026-06-01", says="unknown cohort"),
    case("enrol-cohort-sql", "enroll", "--cohort", SQL, "--site", "NAV", "--date",
         "2026-06-01", says="unknown cohort"),
    case("enrol-cohort-empty", "enroll", "--cohort", "", "--site", "NAV", "--date",
         "2026-06-01", says="unknown cohort"),
    case("enrol-unknown-site", "enroll", "--cohort", "SAD", "--site", "ZZZ", "--date",
         "2026-06-01", says="unknown site"),
    case("enrol-site-sql", "enroll", "--cohort", "SAD", "--site", SQL, "--date",
         "2026-06-01", says="unknown site"),
    case("enrol-site-non-ascii", "enroll", "--cohort", "SAD", "--site", "NÁV", "--date",
         "2026-06-01", says="unknown site"),
    case("enrol-site-long", "enroll", "--cohort", "SAD", "--site", LONG, "--date",
         "2026-06-01", says="unknown site"),
    case("enrol-unknown-regimen", *ENROL_ICI, "--regimen", "pembrolizumab-q1d",
         says="pembrolizumab-q1d"),
    case("enrol-regimen-sql", *ENROL_ICI, "--regimen", SQL, says="regimen"),
    case("enrol-ici-without-regimen", *ENROL_ICI, says="needs a regimen"),
    case("enrol-sad-with-regimen", *ENROL_SAD, "2026-06-01", "--regimen",
         "pembrolizumab-q3w", says="has no ICI regimen"),
    case("irae-unknown-code", "irae", "IA-NAV-999", "--date", "2026-07-01", "--type",
         "Colitis", "--grade", "2", says="unknown participant"),
    case("irae-sad-participant", "irae", "{sad}", "--date", "2026-07-01", "--type",
         "Colitis", "--grade", "2", says="no irae visits"),
    case("irae-withdrawn-participant", "irae", "{withdrawn}", "--date", "2026-06-15",
         "--type", "Colitis", "--grade", "2", says="withdrawn"),
    case("event-unknown-kind", "event", "{sad}", "relapse", "--date", "2026-07-01",
         says="invalid choice"),
    case("event-ici-flare", "event", "{ici}", "flare", "--date", "2026-07-01",
         says="no flare visits"),
    case("miss-unknown-visit", "miss", "{ici}", "V99", "--reason", "ill", says="has no visit"),
    case("miss-collected-visit", "miss", "{ici}", "V1", "--reason", "ill",
         says="already collected"),
    case("miss-visit-sql", "miss", "{ici}", SQL, "--reason", "ill", says="has no visit"),
    case("withdraw-already-withdrawn", "withdraw", "{withdrawn}", "--date", "2026-07-02",
         "--reason", "again", says="already withdrawn"),
    case("withdraw-unknown-code", "withdraw", SQL, "--date", "2026-07-02", "--reason", "x",
         says="unknown participant"),
    case("audit-unknown-code", "audit", "--code", "IA-NAV-999", says="unknown participant"),
    case("audit-code-and-barcode", "audit", "--code", "{ici}", "--barcode", "{stored0}",
         says="not both"),
    case("storage-show-unknown", "storage", "show", "F9", says="nothing is stored"),
    case("storage-show-sql", "storage", "show", SQL, says="nothing is stored"),
    # -- barcodes ---------------------------------------------------------------------------------
    case("locate-wrong-check-digit", "locate", "{bad_check}", says="wrong check digit"),
    case("locate-transposed-digits", "locate", "{transposed}", says="wrong check digit"),
    case("locate-too-short", "locate", "BT123", says="not a BioTrack barcode"),
    case("locate-empty", "locate", "", says="not a BioTrack barcode"),
    case("locate-sql", "locate", SQL, says="not a BioTrack barcode"),
    case("locate-arabic-digits", "locate", "BT٠٠٠٠٠٠١٣", says="not a BioTrack barcode"),
    case("locate-long", "locate", "BT" + "0" * 10_000, says="not a BioTrack barcode"),
    case("locate-unknown", "locate", "{unknown_barcode}", says="no tube with barcode"),
    case("locate-newline", "locate", "BT1\nsecond line", says="not a BioTrack barcode"),
    case("audit-bad-barcode", "audit", "--barcode", "{bad_check}", says="wrong check digit"),
    # -- positions ----------------------------------------------------------------------------
    case("move-unknown-barcode", "move", "{unknown_barcode}", "{free}",
         says="no tube with barcode"),
    case("move-row-j", "move", "{stored0}", "{box}/J1", says="outside box"),
    case("move-column-10", "move", "{stored0}", "{box}/A10", says="outside box"),
    case("move-z99", "move", "{stored0}", "{box}/Z99", says="outside box"),
    case("move-a0", "move", "{stored0}", "{box}/A0", says="outside box"),
    case("move-position-999", "move", "{stored0}", "{box}/A999", says="not a box position"),
    case("move-occupied", "move", "{stored0}", "{other_position}", says="already holds"),
    case("move-same-position", "move", "{stored0}", "{stored_position}", says="already at"),
    case("move-no-such-box", "move", "{stored0}", "F9/S1/R1/B1/A1", says="no box at"),
    case("move-not-a-path", "move", "{stored0}", "garbage", says="not a position path"),
    case("move-empty-path", "move", "{stored0}", "", says="not a position path"),
    case("move-sql-path", "move", "{stored0}", SQL, says="not a position path"),
    case("move-long-path", "move", "{stored0}", "F1/" + LONG, says="not a box path"),
    case("move-to-buffy-box", "move", "{stored0}", "F1/S1/R4/B1/A1", says="takes buffy"),
    case("move-discarded-tube", "move", "{discarded}", "{free}", says="discarded"),
    case("move-reason-control", "move", "{stored0}", "{free}", "--reason", "ok\x1b[2J",
         says="control characters"),
    # -- counts -------------------------------------------------------------------------------
    case("collect-serum-negative", *V2_DRAW, "--serum", "-1", says="0 or more"),
    case("collect-serum-seven", *V2_DRAW, "--serum", "7", says="at most 6"),
    case("collect-serum-huge", *V2_DRAW, "--serum", "999999999999", says="at most 6"),
    case("collect-serum-abc", *V2_DRAW, "--serum", "abc", says="whole number"),
    case("collect-serum-fraction", *V2_DRAW, "--serum", "2.5", says="whole number"),
    case("collect-serum-zero", *V2_DRAW, "--serum", "0", says="at least one aliquot"),
    case("collect-buffy-three", *V2_DRAW, "--buffy", "3", says="0, 1 or 2"),
    case("collect-buffy-negative", *V2_DRAW, "--buffy", "-1", says="0, 1 or 2"),
    case("collect-buffy-abc", *V2_DRAW, "--buffy", "abc", says="whole number"),
    case("collect-buffy-on-serum-visit", *V2_DRAW, "--buffy", "1", says="no buffy coat"),
    case("irae-grade-0", *IRAE, "0", says="1 to 5"),
    case("irae-grade-6", *IRAE, "6", says="1 to 5"),
    case("irae-grade-abc", *IRAE, "abc", says="whole number"),
    case("irae-grade-negative", *IRAE, "-1", says="1 to 5"),
    case("irae-grade-fraction", *IRAE, "2.5", says="whole number"),
    case("irae-grade-empty", *IRAE, "", says="whole number"),
    case("irae-grade-huge", *IRAE, "9" * 30, says="1 to 5"),
    case("enrol-birth-year-abc", *ENROL_SAD, "2026-06-01", "--birth-year", "abc",
         says="whole number"),
    case("enrol-birth-year-minor", *ENROL_SAD, "2026-06-01", "--birth-year", "2020",
         says="adult"),
    case("enrol-birth-year-negative", *ENROL_SAD, "2026-06-01", "--birth-year", "-5",
         says="adult"),
    case("enrol-birth-year-huge", *ENROL_SAD, "2026-06-01", "--birth-year", "9" * 25,
         says="adult"),
    case("freezer-shelves-0", *FREEZER, "--shelves", "0", says="between 1 and 50"),
    case("freezer-shelves-51", *FREEZER, "--shelves", "51", says="between 1 and 50"),
    case("freezer-rows-27", *FREEZER, "--rows", "27", says="between 1 and 26"),
    case("freezer-cols-100", *FREEZER, "--cols", "100", says="between 1 and 99"),
    case("freezer-boxes-huge", *FREEZER, "--boxes", "999999999999", says="between 1 and 50"),
    case("freezer-racks-abc", *FREEZER, "--racks", "abc", says="whole number"),
    case("freezer-set-point-50", *FREEZER, "--set-point", "50",
         says="not a freezer temperature"),
    case("freezer-rack-types-bogus", *FREEZER, "--rack-types", "serum,bogus,serum,buffy",
         says="one box type"),
    case("freezer-duplicate", "storage", "add-freezer", "--code", "F1",
         says="already exists"),
    case("freezer-code-sql", "storage", "add-freezer", "--code", SQL, says="freezer code"),
    case("freezer-name-control", *FREEZER, "--name", "Freezer\x00two",
         says="control characters"),
    # -- free text ----------------------------------------------------------------------------
    case("enrol-diagnosis-10k", *ENROL_SAD, "2026-06-01", "--diagnosis", LONG,
         says="too long"),
    case("enrol-diagnosis-escape-codes", *ENROL_SAD, "2026-06-01", "--diagnosis",
         "Melanoma\x1b[31m", says="control characters"),
    case("enrol-local-id-65", *ENROL_SAD, "2026-06-01", "--local-id", "N" * 65,
         says="too long"),
    case("enrol-local-id-nul", *ENROL_SAD, "2026-06-01", "--local-id", "NHC\x00001",
         says="control characters"),
    case("enrol-sex-q", *ENROL_SAD, "2026-06-01", "--sex", "Q", says="sex must be"),
    case("enrol-sex-sql", *ENROL_SAD, "2026-06-01", "--sex", SQL, says="sex must be"),
    case("collect-notes-10k", *V2_DRAW, "--notes", LONG, says="too long"),
    case("collect-notes-escape-codes", *V2_DRAW, "--notes", "\x1b[2J", says="control"),
    case("collect-deviation-300", *V2_DRAW, "--deviation", "d" * 300, says="too long"),
    case("collect-drawn-by-bell", *V2_DRAW, "--drawn-by", "Ana\x07", says="control"),
    case("irae-type-empty", "irae", "{ici}", "--date", "2026-07-01", "--type", "",
         "--grade", "2", says="required"),
    case("irae-type-10k", "irae", "{ici}", "--date", "2026-07-01", "--type", LONG,
         "--grade", "2", says="too long"),
    case("irae-type-control", "irae", "{ici}", "--date", "2026-07-01", "--type", "a\x08b",
         "--grade", "2", says="control"),
    case("miss-reason-empty", "miss", "{ici}", "V2", "--reason", "", says="required"),
    case("miss-reason-blank", "miss", "{ici}", "V2", "--reason", "   ", says="required"),
    case("miss-reason-10k", "miss", "{ici}", "V2", "--reason", LONG, says="too long"),
    case("miss-reason-control", "miss", "{ici}", "V2", "--reason", "ill\x1b", says="control"),
    case("withdraw-reason-empty", "withdraw", "{sad}", "--date", "2026-07-01", "--reason",
         "", says="required"),
    case("checkout-reason-empty", "checkout", "{stored0}", "--reason", "", says="required"),
    case("discard-reason-10k", "discard", "{stored0}", "--reason", LONG, says="too long"),
    case("discard-without-reason", "discard", "{stored0}", says="reason is required"),
    # -- storage states -----------------------------------------------------------------------
    case("checkout-discarded", "checkout", "{discarded}", "--reason", "assay",
         says="not in storage"),
    case("checkout-already-out", "checkout", "{checked_out}", "--reason", "assay",
         says="not in storage"),
    case("checkout-twice-listed", "checkout", "{stored0}", "{stored0}", "--reason", "assay",
         says="listed twice"),
    case("checkout-one-unknown", "checkout", "{stored0}", "{unknown_barcode}", "--reason",
         "assay", says="no tube with barcode"),
    case("return-in-storage", "return", "{stored0}", says="not checked out"),
    case("return-bad-barcode", "return", "{bad_check}", says="wrong check digit"),
    case("discard-already-discarded", "discard", "{discarded}", "--reason", "again",
         says="already discarded"),
    case("consume-discarded", "consume", "{discarded}", says="already discarded"),
    case("ship-unknown", "ship", "{unknown_barcode}", says="no tube with barcode"),
    # -- roles and accounts -------------------------------------------------------------------
    case("nurse-discards", "discard", "{stored0}", "--reason", "cracked", user="nina",
         says="may not discard"),
    case("nurse-moves", "move", "{stored0}", "{free}", user="nina", says="may not move"),
    case("nurse-checks-out", "checkout", "{stored0}", "--reason", "assay", user="nina",
         says="may not move or check out"),
    case("nurse-returns", "return", "{checked_out}", user="nina", says="may not"),
    case("nurse-consumes", "consume", "{stored0}", user="nina", says="may not"),
    case("nurse-restores", "restore", "{template}", user="nina", says="may not restore"),
    case("nurse-adds-freezer", *FREEZER, user="nina", says="may not change the freezer"),
    case("nurse-adds-user", "users", "add", "eve", "--role", "nurse", user="nina",
         env={"BIOTRACK_NEW_PASSWORD": "eve-pass"}, says="may not manage users"),
    case("technician-adds-user", "users", "add", "eve", "--role", "manager", user="tom",
         env={"BIOTRACK_NEW_PASSWORD": "eve-pass"}, says="may not manage users"),
    case("technician-disables-user", "users", "disable", "nina", user="tom",
         says="may not manage users"),
    case("technician-withdraws", "withdraw", "{sad}", "--date", "2026-07-01", "--reason",
         "moved", user="tom", says="may not withdraw"),
    case("technician-restores", "restore", "{template}", user="tom", says="may not restore"),
    case("wrong-password", "schedule", "{ici}", password="manager-pasS",
         says="unknown user or wrong password"),
    case("empty-password", "schedule", "{ici}", password="",
         says="unknown user or wrong password"),
    case("long-password", "schedule", "{ici}", password=LONG,
         says="unknown user or wrong password"),
    case("unknown-user", "schedule", "{ici}", user="mallory",
         says="unknown user or wrong password"),
    case("user-sql", "schedule", "{ici}", user="admin' --", password="manager-pass",
         says="unknown user or wrong password"),
    case("disabled-user", "schedule", "{ici}", user="dora", says="disabled"),
    case("no-user", "schedule", "{ici}", user=None, says="who is acting"),
    case("users-add-without-role", "users", "add", "eve", says="needs NAME and --role"),
    case("users-add-unknown-role", "users", "add", "eve", "--role", "root",
         env={"BIOTRACK_NEW_PASSWORD": "eve-pass"}, says="unknown role"),
    case("users-add-short-password", "users", "add", "eve", "--role", "nurse",
         env={"BIOTRACK_NEW_PASSWORD": "ab"}, says="at least 4 characters"),
    case("users-add-no-password", "users", "add", "eve", "--role", "nurse",
         says="BIOTRACK_NEW_PASSWORD"),
    case("users-add-duplicate", "users", "add", "NINA", "--role", "nurse",
         env={"BIOTRACK_NEW_PASSWORD": "eve-pass"}, says="already exists"),
    case("users-add-long-name", "users", "add", "e" * 65, "--role", "nurse",
         env={"BIOTRACK_NEW_PASSWORD": "eve-pass"}, says="1 to 64 printable"),
    case("users-add-control-name", "users", "add", "eve\x07", "--role", "nurse",
         env={"BIOTRACK_NEW_PASSWORD": "eve-pass"}, says="1 to 64 printable"),
    case("users-disable-self", "users", "disable", "admin", says="your own account"),
    case("users-disable-unknown", "users", "disable", "mallory", says="unknown user"),
    # -- backups given as files ---------------------------------------------------------------
    case("backup-over-existing-file", "backup", "{db}", says="already exists"),
    case("restore-missing-file", "restore", "{missing}", says="no backup file"),
    case("restore-text-file", "restore", "{text_file}", says="not a BioTrack database"),
    case("restore-empty-file", "restore", "{empty_file}", says="not a BioTrack database"),
    case("restore-foreign-sqlite", "restore", "{foreign_db}", says="not a BioTrack database"),
    case("restore-truncated-backup", "restore", "{truncated_db}",
         says="not a BioTrack database"),
    case("restore-newer-backup", "restore", "{newer_db}", says="newer"),
    # -- usage --------------------------------------------------------------------------------
    case("no-command", says="missing command"),
    case("unknown-command", "frobnicate", says="invalid choice"),
    case("unknown-option", *ENROL_SAD, "2026-06-01", "--bogus", "1",
         says="unrecognized arguments"),
    case("missing-required-option", "enroll", "--cohort", "SAD", "--site", "NAV",
         says="required"),
    case("missing-reason-option", "checkout", "{stored0}", says="required"),
    case("db-option-without-value", "--db", says="expected one argument"),
    case("init-over-existing-database", "init", says="already exists"),
]

# Each real process costs about a second (interpreter, imports), so a sample of each kind.
# -- inventory operations (issue 7) and layout growth (issue 5): the same promise -------------
CASES += [
    case("add-shelf-unknown-freezer", "storage", "add-shelf", "F9", says="no freezer F9"),
    case("add-rack-bad-path", "storage", "add-rack", SQL, says="is not a shelf path"),
    case("add-box-bad-type", "storage", "add-box", "F1/S1/R1", "--type", "plasma",
         says="must be serum or buffy"),
    case("add-box-huge", "storage", "add-box", "F1/S1/R1", "--type", "serum", "--rows", "999",
         says="between 1 and 26"),
    case("add-box-nurse", "storage", "add-box", "F1/S1/R1", "--type", "serum", user="nina",
         says="may not change the freezer layout"),
    case("shipment-create-no-destination", "shipment", "create", "--destination", "",
         says="destination is required"),
    case("shipment-create-dry-ice-negative", "shipment", "create", "--destination", "X",
         "--dry-ice-kg", "-3", says="0 to 500 kg"),
    case("shipment-create-dry-ice-text", "shipment", "create", "--destination", "X",
         "--dry-ice-kg", "lots", says="must be a number"),
    case("shipment-create-date-feb-30", "shipment", "create", "--destination", "X",
         "--date", "2026-02-30", says="is not a date"),
    case("shipment-create-destination-10k", "shipment", "create", "--destination", LONG,
         says="too long"),
    case("shipment-add-unknown", "shipment", "add", "SHP-2026-0042", "{stored0}",
         says="no shipment SHP-2026-0042"),
    case("shipment-dispatch-sql", "shipment", "dispatch", SQL, says="is not a shipment code"),
    case("shipment-manifest-bad-format", "shipment", "manifest", "SHP-2026-0001",
         "--format", "docx", "-o", "{directory}/m.docx", says="invalid choice"),
    case("shipment-nurse-creates", "shipment", "create", "--destination", "X", user="nina",
         says="may not"),
    case("pull-create-no-criteria", "pull", "create", "--purpose", "panel",
         says="at least one criterion"),
    case("pull-create-unknown-cohort", "pull", "create", "--purpose", "panel",
         "--cohort", "XYZ", says="unknown cohort"),
    case("pull-create-number-zero", "pull", "create", "--purpose", "panel", "--cohort", "ICI",
         "--number", "0", says="out of range"),
    case("pull-create-number-text", "pull", "create", "--purpose", "panel", "--cohort", "ICI",
         "--number", "one", says="whole number"),
    case("pull-pick-unknown-list", "pull", "pick", "PULL-2026-0099", "{stored0}",
         says="no pull list"),
    case("pull-close-sql", "pull", "close", SQL, says="no pull list"),
    case("space-free-negative", "space", "free", "--type", "serum", "-n", "-5",
         says="between 1 and"),
    case("space-free-bad-type", "space", "free", "--type", "plasma", "-n", "5",
         says="unknown box type"),
    case("space-evacuation-unknown", "space", "evacuation", "F9", "-o", "{directory}/e.pdf",
         says="no freezer F9"),
    case("space-defrag-apply-text-file", "space", "defrag-apply", "{text_file}",
         says="not a BioTrack defragmentation plan"),
    case("space-defrag-apply-missing", "space", "defrag-apply", "{missing}", says="cannot read"),
    case("temperature-add-unknown-freezer", "temperature", "add", "F9", "-80", says="no freezer"),
    case("temperature-add-text", "temperature", "add", "F1", "cold", says="must be a number"),
    case("temperature-add-implausible", "temperature", "add", "F1", "-500", says="plausible range"),
    case("temperature-add-future", "temperature", "add", "F1", "-80", "--at",
         "2999-01-01T08:00", says="in the future"),
    case("temperature-import-text-file", "temperature", "import", "F1", "--file",
         "{text_file}", says="no header naming a time"),
    case("temperature-import-missing", "temperature", "import", "F1", "--file", "{missing}",
         says="cannot read"),
    case("temperature-limits-inverted", "temperature", "limits", "F1", "--low", "-70",
         "--high", "-90", says="must be below"),
    case("temperature-limits-technician", "temperature", "limits", "F1", "--low", "-90",
         "--high", "-70", user="tom", says="managers only"),
    case("audit-resolve-unknown", "audit-resolve", "999", "--action", "dismiss", "--reason",
         "x", says="no box-audit finding 999"),
    case("audit-resolve-no-reason", "audit-resolve", "1", "--action", "dismiss", "--reason",
         "", says="reason is required"),
    case("audit-resolve-bad-id", "audit-resolve", SQL, "--action", "dismiss", "--reason", "x",
         says="invalid int value"),
    case("place-scan-text-file", "place-scan", "{box}", "--scan-file", "{text_file}",
         says="no 'position' and 'barcode' columns"),
    case("place-scan-unknown-box", "place-scan", "F9/S1/R1/B1", "--scan-file", "{text_file}"),
]

SUBPROCESS_IDS = {
    "enrol-date-month-13", "enrol-diagnosis-10k", "collect-serum-huge", "collect-code-sql",
    "locate-wrong-check-digit", "move-z99", "nurse-discards", "restore-text-file",
    "schedule-code-non-ascii",
}


# -- fixtures -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Study:
    """The prepared study, built once; every test works on its own copy of the file."""
    folder = tmp_path_factory.mktemp("hostile-template")
    study = build_study(folder)
    assert not Path(f"{study.path}-wal").exists(), "the template's WAL was not checkpointed"
    return study


@pytest.fixture(scope="module")
def template_dump(template: Study) -> str:
    return dump(template.path)


@pytest.fixture
def study(template: Study, tmp_path: Path) -> Study:
    target = tmp_path / "biotrack.db"
    shutil.copy(template.path, target)
    return replace(template, path=target)


@pytest.fixture(scope="module")
def files(template: Study, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Files that are not usable BioTrack databases, made once: every test that uses them
    checks that they are left as they were."""
    folder = tmp_path_factory.mktemp("unusable-files")
    text = folder / "notes.txt"
    text.write_text("not a database\n")
    empty = folder / "empty.db"
    empty.write_bytes(b"")
    foreign = folder / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('ACME')")
    conn.commit()
    conn.close()
    full = template.path.read_bytes()
    truncated = folder / "truncated.db"
    truncated.write_bytes(full[: len(full) // 2])
    newer = copy_with_backup_api(template.path, folder / "newer.db")
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES ('biotrack', '0099_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    garbage = folder / "garbage.db"
    garbage.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    return {"text_file": text, "empty_file": empty, "foreign_db": foreign,
            "truncated_db": truncated, "newer_db": newer, "garbage_db": garbage,
            "missing": folder / "missing.db", "directory": folder}


def _values(study: Study, template: Study, files: dict[str, Path]) -> dict[str, str]:
    stored0 = study.stored[0]
    digits = stored0[2:]
    wrong_check = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    i = next(i for i in range(len(digits) - 2) if digits[i] != digits[i + 1])
    transposed = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
    return {
        "ici": study.ici, "sad": study.sad, "withdrawn": study.withdrawn, "stored0": stored0,
        "checked_out": study.checked_out, "discarded": study.discarded,
        "bad_check": "BT" + wrong_check, "transposed": "BT" + transposed,
        "unknown_barcode": make_barcode(9999), "free": study.free_serum_position,
        "box": study.stored_position.rsplit("/", 1)[0], "stored_position": study.stored_position,
        "other_position": study.other_position, "db": str(study.path),
        "template": str(template.path), **{k: str(v) for k, v in files.items()},
    }


def _argv(c: Case, values: dict[str, str]) -> list[str]:
    return [arg.format(**values) if "{" in arg and arg != SQL else arg for arg in c.argv]


def _profile_env(tmp_path: Path, study: Study, c: Case) -> dict[str, str]:
    env = cli_env(tmp_path / "home", study.path, c.user, c.password)
    env.update(c.env)
    return env


def assert_one_line_error(err: str, c: Case) -> None:
    assert "Traceback" not in err
    assert err.startswith("biotrack: error: "), err
    assert err.endswith("\n") and err.count("\n") == 1, f"not one line: {err!r}"
    assert "internal error" not in err
    if c.says:
        assert c.says in err, err


# -- the table, in-process ------------------------------------------------------------------


@pytest.mark.parametrize("c", CASES)
def test_bad_input_is_refused_cleanly(c: Case, study: Study, template: Study,
                                      template_dump: str, files: dict[str, Path],
                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    for key in [k for k in os.environ if k.startswith("BIOTRACK_")]:
        monkeypatch.delenv(key)
    for key, value in _profile_env(tmp_path, study, c).items():
        monkeypatch.setenv(key, value)
    before = template_dump            # the copy is byte-identical to the template
    template_bytes = template.path.read_bytes()
    argv = _argv(c, _values(study, template, files))

    code = cli.main(argv)

    out, err = capsys.readouterr()
    assert code == c.code, err
    assert_one_line_error(err, c)
    assert out == ""
    assert dump(study.path) == before
    assert template.path.read_bytes() == template_bytes
    assert not (tmp_path / "home" / "state").exists(), "a crash log was written"


def test_the_table_is_big_enough() -> None:
    assert len(CASES) >= 100
    assert len({p.values[0].id for p in CASES}) == len(CASES)
    assert {p.values[0].id for p in CASES} >= SUBPROCESS_IDS


# -- a sample through the real program ---------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("c", [p for p in CASES if p.values[0].id in SUBPROCESS_IDS])
def test_bad_input_through_the_real_program(c: Case, study: Study, template: Study,
                                            files: dict[str, Path], tmp_path: Path) -> None:
    before = dump(study.path)
    result = run_cli(_argv(c, _values(study, template, files)),
                     _profile_env(tmp_path, study, c))

    assert result.returncode == c.code, result.stderr
    assert_one_line_error(result.stderr, c)
    assert result.stdout == ""
    assert dump(study.path) == before


# -- damaged database files given as --db -------------------------------------------------------

DAMAGED = [
    pytest.param("empty_file", 2, "no BioTrack database", id="empty-file"),
    pytest.param("truncated_db", 1, "not", id="truncated-to-half"),
    pytest.param("head_100", 1, "not", id="truncated-to-100-bytes"),
    pytest.param("text_file", 1, "not an SQLite file", id="text-file"),
    pytest.param("garbage_db", 1, "not", id="sqlite-header-then-garbage"),
    pytest.param("foreign_db", 1, "not a BioTrack database", id="foreign-sqlite"),
    pytest.param("newer_db", 1, "newer", id="newer-schema"),
    pytest.param("directory", 1, "", id="a-directory"),
    pytest.param("missing", 2, "no BioTrack database", id="no-such-file"),
]


@pytest.mark.parametrize("command", [["schedule", "IA-NAV-001"], ["check"],
                                     ["collect", "IA-NAV-001", "V2", "--drawn-at",
                                      "2026-06-22T09:00"]], ids=["schedule", "check", "collect"])
@pytest.mark.parametrize(("name", "code", "says"), DAMAGED)
def test_damaged_database_file_is_refused_untouched(
        name: str, code: int, says: str, command: list[str], files: dict[str, Path],
        template: Study, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    if name == "head_100":
        path = files["directory"] / "head.db"
        path.write_bytes(template.path.read_bytes()[:100])
    else:
        path = files[name]
    snapshot = _tree(files["directory"])
    for key, value in cli_env(tmp_path / "home", path).items():
        monkeypatch.setenv(key, value)

    result = cli.main(["--db", str(path), *command])

    out, err = capsys.readouterr()
    assert result == code, err
    assert_one_line_error(err, Case(name, (), says or None))
    assert out == ""
    assert _tree(files["directory"]) == snapshot, "a damaged file was modified"
    assert not (tmp_path / "home" / "state").exists(), "a crash log was written"


@pytest.mark.slow
@pytest.mark.parametrize(("name", "code"), [("truncated_db", 1), ("text_file", 1),
                                            ("empty_file", 2)])
def test_damaged_database_file_through_the_real_program(name: str, code: int,
                                                        files: dict[str, Path],
                                                        tmp_path: Path) -> None:
    snapshot = _tree(files["directory"])
    result = run_cli(["--db", str(files[name]), "schedule", "IA-NAV-001"],
                     cli_env(tmp_path / "home", files[name]))

    assert result.returncode == code
    assert_one_line_error(result.stderr, Case(name, ()))
    assert _tree(files["directory"]) == snapshot


def _tree(folder: Path) -> dict[str, bytes | None]:
    """Every file under a folder with its bytes. Looking at a WAL-mode file, even read-only,
    makes SQLite create its -shm index and an empty -wal next to it: those are left out, but
    a -wal with content (pages written) is kept, so it would show as a change."""
    found: dict[str, bytes | None] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.name.endswith("-shm") or (path.name.endswith("-wal") and not data):
                continue
            found[str(path.relative_to(folder))] = data
        else:
            found[str(path.relative_to(folder))] = None
    return found


# -- the same rules through the services --------------------------------------------------------


def _session(study: Study, username: str = "admin") -> Session:
    from biotrack.db.connection import open_database

    db = open_database(study.path)
    user = accounts.authenticate(db, username, PASSWORDS[username])
    return Session(db, load_protocol(), user, fixed_clock())


def _draw(**counts: Any) -> collection.Draw:
    return collection.Draw(drawn_at=datetime(2026, 6, 22, 9), counts=counts)


SERVICE_CASES: list[tuple[str, str, Callable[[Session, Study], object]]] = [
    ("serum-negative", "admin", lambda s, st: collection.register(s, st.ici, "V2",
                                                                  _draw(serum=-1))),
    ("serum-bool", "admin", lambda s, st: collection.register(s, st.ici, "V2",
                                                              _draw(serum=True))),
    ("serum-float", "admin", lambda s, st: collection.register(s, st.ici, "V2",
                                                               _draw(serum=2.5))),
    ("serum-huge", "admin", lambda s, st: collection.register(s, st.ici, "V2",
                                                              _draw(serum=10**18))),
    ("plasma", "admin", lambda s, st: collection.register(s, st.ici, "V2", _draw(plasma=2))),
    ("drawn-future", "admin", lambda s, st: collection.register(
        s, st.ici, "V2", collection.Draw(drawn_at=datetime(2999, 1, 1, 9)))),
    ("grade-bool", "admin", lambda s, st: enrolment.record_irae(
        s, st.ici, date(2026, 7, 1), "Colitis", True)),  # type: ignore[arg-type]
    ("grade-float", "admin", lambda s, st: enrolment.record_irae(
        s, st.ici, date(2026, 7, 1), "Colitis", 2.5)),  # type: ignore[arg-type]
    ("event-kind-sql", "admin", lambda s, st: enrolment.record_event(
        s, st.sad, SQL, date(2026, 7, 1))),
    ("eligibility-unanswered", "admin", lambda s, st: enrolment.enrol(s, enrolment.Enrolment(
        cohort="SAD", site="NAV", enrolled_on=date(2026, 6, 1), eligibility={}))),
    ("end-participation-unknown", "admin", lambda s, st: enrolment.end_participation(
        s, st.sad, "abducted", date(2026, 7, 1), "x")),
    ("move-position-sql", "admin", lambda s, st: storage.move(
        s, st.stored[0], st.stored_position.rsplit("/", 1)[0] + "/" + SQL)),
    ("finish-unknown-action", "admin", lambda s, st: storage.finish(
        s, [st.stored[0]], "incinerate", "x")),
    ("checkout-no-barcodes", "admin", lambda s, st: storage.check_out(s, [], "assay")),
    ("freezer-rows-0", "admin", lambda s, st: storage.add_freezer(
        s, storage.Layout(code="F2", name="Two", box_rows=0))),
    ("freezer-types-short", "admin", lambda s, st: storage.add_freezer(
        s, storage.Layout(code="F2", name="Two", rack_box_types=("serum",)))),
    ("user-role-root", "admin", lambda s, st: accounts.add_user(s, "eve", "root", "eve-pass")),
    ("user-blank-name", "admin", lambda s, st: accounts.add_user(s, "  ", "nurse",
                                                                 "eve-pass")),
    ("nurse-discards", "nina", lambda s, st: storage.finish(s, [st.stored[0]], "discard",
                                                            "cracked")),
    ("nurse-moves", "nina", lambda s, st: storage.move(s, st.stored[0],
                                                       st.free_serum_position)),
    ("technician-adds-user", "tom", lambda s, st: accounts.add_user(s, "eve", "nurse",
                                                                    "eve-pass")),
]


@pytest.mark.parametrize(("name", "username", "call"), SERVICE_CASES,
                         ids=[c[0] for c in SERVICE_CASES])
def test_services_refuse_bad_values(name: str, username: str,
                                    call: Callable[[Session, Study], object],
                                    study: Study) -> None:
    before = dump(study.path)
    session = _session(study, username)
    try:
        with pytest.raises(UserError) as raised:
            call(session, study)
    finally:
        session.db.close()
    assert str(raised.value) and "\n" not in str(raised.value)
    assert dump(study.path) == before


# -- hostile text that is valid is stored as given, and only that ---------------------------------


@pytest.mark.parametrize("text", [SQL, "Síndrome de Sjögren – ñ, 日本語, emoji 🧪",
                                  "Robert'); DROP TABLE participant;--", "x" * 200],
                         ids=["sql", "non-ascii", "bobby-tables", "longest-allowed"])
def test_sql_looking_and_non_ascii_text_is_data(text: str, study: Study, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    for key, value in cli_env(tmp_path / "home", study.path).items():
        monkeypatch.setenv(key, value)
    tables_before = _tables(study.path)

    code = cli.main([*ENROL_SAD, "2026-06-01", "--diagnosis", text, "--json"])

    assert code == 0, capsys.readouterr().err
    conn = sqlite3.connect(study.path)
    stored = conn.execute("SELECT diagnosis FROM participant ORDER BY id DESC LIMIT 1"
                          ).fetchone()[0]
    aliquots = conn.execute("SELECT count(*) FROM aliquot").fetchone()[0]
    conn.close()
    assert stored == text
    assert aliquots == 8
    assert _tables(study.path) == tables_before


def _tables(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()


# -- malformed protocol files -------------------------------------------------------------------


def _real_protocol() -> str:
    import importlib.resources

    return (importlib.resources.files("biotrack.resources") / "protocols" /
            "inter-autentic.toml").read_text(encoding="utf-8")


PROTOCOL_EDITS = [
    ("empty", None, None, "study: missing"),
    ("not-utf8", None, b"\xff\xfe[study]", "not UTF-8"),
    ("not-toml", None, b"[study\nid = ", "not valid TOML"),
    ("control-char-in-string", ('name = "INTER-AUTENTIC"', 'name = "INTER\x01"'), None,
     "not valid TOML"),
    ("cycle-days-zero", ("cycle_days = 21 }]", "cycle_days = 0 }]"), None, "cycle_days"),
    ("duplicate-site", ('code = "NAV"', 'code = "ARA"'), None, "duplicate 'ARA'"),
    ("box-rows-27", ("box_rows = 9\nbox_columns", "box_rows = 27\nbox_columns"), None,
     "box_rows"),
    ("unknown-sample-set", ('samples = "serum_buffy"', 'samples = "plasma"'), None,
     "unknown sample set 'plasma'"),
    ("unknown-box-type", ('box_type = "serum"', 'box_type = "fridge"'), None, "box_type"),
    ("rack-types-short", ('rack_box_types = ["serum", "serum", "serum", "buffy"]',
                          'rack_box_types = ["serum"]'), None, "rack_box_types"),
    ("bad-anchor", ('anchor = "first_dose"', 'anchor = "lunch"'), None, "anchor"),
    ("flag-not-bool", ("requires_regimen = true", 'requires_regimen = "yes"'), None,
     "requires_regimen"),
    ("digits-not-int", ("code_digits = 3", 'code_digits = "three"'), None, "code_digits"),
    ("negative-volume", ("volume_ul = 500", "volume_ul = -500"), None, "volume_ul"),
    ("cycles-not-increasing", ("cycle = 2", "cycle = 1"), None, "visits"),
    ("unknown-primary-tube", ('tubes = ["sst"]', 'tubes = ["vacutainer"]'), None,
     "vacutainer"),
    ("unknown-sample-type", ('{ sample_type = "serum", count = 6 }]',
                             '{ sample_type = "plasma", count = 6 }]'), None, "plasma"),
    ("duplicate-cohort", ('code = "SAD"', 'code = "ICI"'), None, "duplicate cohort"),
    ("sites-not-tables", None, b'sites = [1, 2]\n[study]\nid = "x"\n',
     "sites: expected a list of tables"),
    ("sql-in-sample-set", ('samples = "serum_buffy"', f'samples = "{SQL}"'), None,
     "unknown sample set"),
]


@pytest.mark.parametrize(("name", "edit", "raw", "says"), PROTOCOL_EDITS,
                         ids=[e[0] for e in PROTOCOL_EDITS])
def test_malformed_protocol_is_refused_with_the_key_named(
        name: str, edit: tuple[str, str] | None, raw: bytes | None, says: str) -> None:
    if edit is not None:
        text = _real_protocol()
        assert edit[0] in text, f"the edit for {name} no longer applies"
        raw = text.replace(edit[0], edit[1], 1).encode("utf-8")
    with pytest.raises(ProtocolError) as raised:
        parse_protocol(raw or b"", "broken.toml")
    message = str(raised.value)
    assert message.startswith("protocol file broken.toml: ")
    assert says in message
    assert "\n" not in message


def test_the_real_protocol_parses() -> None:
    """The edits above start from a valid file, so each failure is the edit's."""
    assert parse_protocol(_real_protocol().encode("utf-8")).id == "inter-autentic"


def test_services_and_cli_share_one_copy_per_test(study: Study, template: Study) -> None:
    assert study.path != template.path
    assert dump(study.path) == dump(template.path)


