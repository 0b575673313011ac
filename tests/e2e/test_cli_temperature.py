"""`biotrack temperature` end to end, as a separate process: add, import (twice: repeats are
skipped), a refused file changes nothing, limits are the manager's, list shows the excursions.

The CLI runs on the real clock: readings are dated in the past relative to now, in UTC.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.test_cli_core import run

pytestmark = pytest.mark.e2e

DATA = Path(__file__).resolve().parents[1] / "data" / "templog"


def test_temperature_commands(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    assert run(db, "init")[0] == 0
    earlier = (datetime.now(UTC) - timedelta(days=2)).replace(second=0, microsecond=0)
    month = f"{earlier:%Y-%m}"

    code, out, err = run(db, "temperature", "add", "F1", "-61.5", "--at",
                         earlier.isoformat(), "--note", "door ajar", "--json")
    assert code == 0, err
    added = json.loads(out)
    assert added["excursion"] is True and added["celsius"] == -61.5

    code, out, err = run(db, "temperature", "import", "F1", "--file",
                         str(DATA / "date_time.csv"), "--json")
    assert code == 0, err
    assert json.loads(out) | {"file": None} == {
        "freezer": "F1", "file": None, "layout": "date-time", "added": 3, "skipped": 0,
        "excursions": 0}
    code, out, _ = run(db, "temperature", "import", "F1", "--file", str(DATA / "date_time.csv"))
    assert code == 0 and "0 reading(s) imported" in out and "3 already stored" in out

    before = sqlite3.connect(db).execute("SELECT count(*) FROM temperature_reading").fetchone()
    code, out, err = run(db, "temperature", "import", "F1", "--file",
                         str(DATA / "bad_value.csv"))
    assert code == 2 and out == ""
    assert err.strip() == ("biotrack: error: bad_value.csv, line 3: 'minus eighty' is not a "
                           "temperature in °C")
    after = sqlite3.connect(db).execute("SELECT count(*) FROM temperature_reading").fetchone()
    assert before == after == (4,)

    code, out, err = run(db, "temperature", "limits", "F1", "--low", "-60", "--high", "-70")
    assert code == 2 and "must be below the high limit" in err
    code, out, err = run(db, "temperature", "limits", "F1", "--low", "-85", "--high", "-60",
                         "--json")
    assert code == 0, err
    assert json.loads(out) == {"freezer": "F1", "low_c": -85.0, "high_c": -60.0}

    code, out, err = run(db, "temperature", "list", "F1", "--month", month, "--json")
    assert code == 0, err
    log = json.loads(out)
    assert (log["low_c"], log["high_c"], log["default_limits"]) == (-85.0, -60.0, False)
    mine = [r for r in log["readings"] if r["source"] == "manual"]
    assert mine[0]["note"] == "door ajar" and mine[0]["excursion"] is False
    code, out, _ = run(db, "temperature", "list", "F1", "--month", month)
    assert code == 0 and out.startswith(f"Freezer F1, {month} (UTC), limits -85 .. -60 °C")
