"""The freezer temperature log (issue 7, point 8): readings, imports, limits, excursions and the
monthly figures. Real service calls on a real database (``session``: fixed clock 2026-11-25
12:00 UTC, freezer F1 with set point -80 °C, so default limits -90..-70 °C)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biotrack.errors import Conflict, NotFound, PermissionDenied, UserError
from biotrack.services import temperature
from biotrack.services.context import Session
from tests.factories import as_user

DATA = Path(__file__).resolve().parents[2] / "data" / "templog"


def at(day: int, hour: int = 8, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


def dump(session: Session) -> str:
    return "\n".join(session.db.conn.iterdump())


def audit_actions(session: Session) -> list[str]:
    return [r[0] for r in session.db.execute(
        "SELECT action FROM audit_event WHERE action LIKE 'temperature.%' ORDER BY id")]


def test_a_typed_reading_is_stored_audited_and_flagged(session: Session) -> None:
    inside = temperature.add_reading(session, "F1", -79.5, at(3))
    outside = temperature.add_reading(session, "f1", -64.0, at(4), note="door left open")
    assert (inside.excursion, outside.excursion) == (False, True)
    assert outside.note == "door left open" and outside.source == "manual"
    assert audit_actions(session) == ["temperature.add", "temperature.add"]
    stored = session.db.execute("SELECT taken_at, celsius, source FROM temperature_reading"
                                " ORDER BY taken_at").fetchall()
    assert stored == [("2026-11-03T08:00:00+00:00", -79.5, "manual"),
                      ("2026-11-04T08:00:00+00:00", -64.0, "manual")]


def test_the_time_defaults_to_now(session: Session) -> None:
    reading = temperature.add_reading(session, "F1", -80)
    assert reading.taken_at == datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("celsius", "when", "message"), [
    (-250.0, None, "outside the plausible range"),
    (75.0, None, "outside the plausible range"),
    (-80.0, datetime(2026, 11, 25, 13, 0, tzinfo=UTC), "is in the future"),
])
def test_implausible_or_future_readings_are_refused(session: Session, celsius: float,
                                                    when: datetime | None,
                                                    message: str) -> None:
    before = dump(session)
    with pytest.raises(UserError, match=message):
        temperature.add_reading(session, "F1", celsius, when)
    assert dump(session) == before


def test_a_second_reading_at_the_same_time_is_a_conflict(session: Session) -> None:
    temperature.add_reading(session, "F1", -79.5, at(3))
    with pytest.raises(Conflict, match="already has a reading at 2026-11-03 08:00"):
        temperature.add_reading(session, "F1", -78.0, at(3))


def test_unknown_freezer_and_nurse_are_refused(session: Session) -> None:
    with pytest.raises(NotFound, match="no freezer with code 'F9'"):
        temperature.add_reading(session, "F9", -80.0, at(3))
    nurse = as_user(session, "nina", "nurse")
    with pytest.raises(PermissionDenied):
        temperature.add_reading(nurse, "F1", -80.0, at(3))
    technician = as_user(session, "tom", "technician")
    assert temperature.add_reading(technician, "F1", -80.0, at(3)).user == "tom"


def test_import_is_all_or_nothing_and_skips_exact_repeats(session: Session) -> None:
    data = (DATA / "easylog.csv").read_bytes()
    first = temperature.import_file(session, "F1", data, "easylog.csv")
    assert (first.added, first.skipped, first.layout, first.excursions) == \
        (3, 0, "header-block", 1)
    again = temperature.import_file(session, "F1", data, "easylog.csv")
    assert (again.added, again.skipped) == (0, 3)
    assert audit_actions(session) == ["temperature.import", "temperature.import"]
    # the same instant with another value: refused with the line, nothing written
    changed = data.replace(b"2026-11-02 08:00:00,-64.0", b"2026-11-02 08:00:00,-65.0")
    changed += b"4,2026-11-02 20:00:00,-80.0,\n"
    before = dump(session)
    with pytest.raises(Conflict, match=r"easylog.csv, line 10: freezer F1 already has -64 °C"):
        temperature.import_file(session, "F1", changed, "easylog.csv")
    assert dump(session) == before


def test_a_malformed_file_writes_nothing(session: Session) -> None:
    before = dump(session)
    with pytest.raises(UserError, match=r"^bad_value.csv, line 3: "):
        temperature.import_file(session, "F1", (DATA / "bad_value.csv").read_bytes(),
                                "bad_value.csv")
    assert dump(session) == before


def test_limits_are_the_managers_and_change_the_flags(session: Session) -> None:
    temperature.add_reading(session, "F1", -72.0, at(3))
    assert temperature.limits(session, "F1") == temperature.Limits(-90.0, -70.0, True)
    assert not temperature.month_log(session, "F1", "2026-11").readings[0].excursion
    technician = as_user(session, "tom", "technician")
    with pytest.raises(PermissionDenied, match="managers only"):
        temperature.set_limits(technician, "F1", -85, -75)
    assert not temperature.may_set_limits(technician.user)
    with pytest.raises(UserError, match="must be below the high limit"):
        temperature.set_limits(session, "F1", -70, -75)
    temperature.set_limits(session, "F1", -85, -75)
    log = temperature.month_log(session, "F1", "2026-11")
    assert (log.limits.low_c, log.limits.high_c, log.limits.default) == (-85.0, -75.0, False)
    assert log.readings[0].excursion
    assert audit_actions(session)[-1] == "temperature.limits"


def test_a_past_month_keeps_the_limits_it_had(tmp_path: Path) -> None:
    """Limits set in November do not change what October called an excursion."""
    from tests.factories import new_session

    october = new_session(tmp_path, now=at(31, 12, 10))
    temperature.add_reading(october, "F1", -72.0, at(30, 8, 10))
    october.clock = lambda: at(5)
    temperature.set_limits(october, "F1", -85, -75)
    past = temperature.month_log(october, "F1", "2026-10")
    assert past.limits.default and not past.readings[0].excursion
    assert temperature.month_summary(october, "2026-10")[0].excursions == 0
    temperature.add_reading(october, "F1", -72.0, at(2))
    assert temperature.month_summary(october, "2026-11")[0].excursions == 1
    october.db.close()


def test_month_figures(session: Session) -> None:
    for day, celsius in ((1, -80.0), (1, -79.0), (3, -60.0), (24, -81.0), (25, -90.5)):
        hour = 8 if celsius != -79.0 else 20
        temperature.add_reading(session, "F1", celsius, at(day, hour))
    (f1,) = temperature.month_summary(session, "2026-11")
    assert (f1.freezer, f1.readings, f1.min_c, f1.max_c, f1.excursions) == \
        ("F1", 5, -90.5, -60.0, 2)
    assert f1.mean_c == pytest.approx((-80 - 79 - 60 - 81 - 90.5) / 5)
    # 24 whole days are over on the 25th at noon; readings on the 1st, 3rd and 24th
    assert f1.days_without_reading == 21
    log = temperature.month_log(session, "F1")
    assert [r.excursion for r in log.readings] == [False, False, True, False, True]
    assert log.to_json()["summary"]["days_without_reading"] == 21


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 24 * 24 - 1), st.integers(-1000, -500)),
                min_size=1, max_size=30, unique_by=lambda pair: pair[0]))
def test_excursions_counted_are_the_readings_flagged(session: Session,
                                                     pairs: list[tuple[int, int]]) -> None:
    session.db.execute("DELETE FROM temperature_reading")
    lines = ["timestamp,celsius"] + [
        f"{(at(1, 0) + timedelta(hours=h)).isoformat()},{t / 10}" for h, t in pairs]
    temperature.import_file(session, "F1", "\n".join(lines).encode(), "gen.csv")
    log = temperature.month_log(session, "F1", "2026-11")
    expected = sum(not -90 <= t / 10 <= -70 for _, t in pairs)
    assert sum(r.excursion for r in log.readings) == expected == log.figures.excursions
    assert len(log.readings) == len(pairs)
    days = {h // 24 for h, _ in pairs}
    assert log.figures.days_without_reading == 24 - len(days)


def test_a_freezer_without_readings_has_its_own_empty_month(session: Session) -> None:
    from biotrack.services import storage

    storage.add_freezer(session, storage.Layout(code="F2", name="Two", shelves=1,
                                                racks_per_shelf=1, boxes_per_rack=1,
                                                rack_box_types=("serum",), set_point_c=-20))
    temperature.add_reading(session, "F1", -79.0, at(5))
    log = temperature.month_log(session, "F2", "2026-11")
    assert (log.freezer, log.readings, log.figures.freezer, log.figures.readings) == \
        ("F2", [], "F2", 0)
    assert (log.limits.low_c, log.limits.high_c) == (-30.0, -10.0)
    assert log.figures.days_without_reading == 24
