"""The temperature log's queries reach ``temperature_reading`` and ``audit_event`` by index
(EXPLAIN QUERY PLAN): a logger writing every five minutes gives a freezer 100,000 readings a
year, and the audit trail of a big biobank holds millions of events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from biotrack.services import temperature
from biotrack.services.context import Session


def test_no_full_scan_of_readings_or_audit(session: Session) -> None:
    lines = ["timestamp,celsius"] + [
        f"{(datetime(2026, 11, 1, tzinfo=UTC) + timedelta(minutes=30 * i)).isoformat()},-80"
        for i in range(200)]
    temperature.import_file(session, "F1", "\n".join(lines).encode(), "logger.csv")
    temperature.set_limits(session, "F1", -85, -75)
    statements: list[str] = []
    session.db.conn.set_trace_callback(statements.append)
    try:
        temperature.add_reading(session, "F1", -79.0, datetime(2026, 11, 25, 11, tzinfo=UTC))
        temperature.import_file(session, "F1", "\n".join(lines).encode(), "logger.csv")
        temperature.month_log(session, "F1", "2026-11")
        temperature.month_summary(session, "2026-10")
    finally:
        session.db.conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")
               and ("temperature_reading" in s or "audit_event" in s)]
    assert len(selects) >= 5
    for statement in selects:
        plan = " | ".join(str(row[3]) for row in
                          session.db.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall())
        assert "SCAN temperature_reading" not in plan, (statement, plan)
        assert "SCAN t " not in plan + " ", (statement, plan)
        assert "SCAN audit_event" not in plan, (statement, plan)
