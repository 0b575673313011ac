"""Single-field reads and writes behind corrections; column names come from a fixed list,
never from the person's input."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from biotrack.db.queries import scalar

PARTICIPANT_COLUMNS = frozenset(
    {"sex", "birth_year", "diagnosis", "local_id", "first_dose", "enrolled_on"})
COLLECTION_COLUMNS = frozenset({"drawn_at", "received_at", "centrifuged_at", "frozen_at",
                                "drawn_by", "processed_by", "notes"})


def _column(name: str, allowed: frozenset[str]) -> str:
    if name not in allowed:
        raise ValueError(f"not a correctable column: {name}")
    return name


def participant_value(db: Database, participant_id: int, column: str) -> Any:
    column = _column(column, PARTICIPANT_COLUMNS)
    return scalar(db, f"SELECT {column} FROM participant WHERE id = ?", [participant_id])


def set_participant_value(db: Database, participant_id: int, column: str, value: Any) -> None:
    column = _column(column, PARTICIPANT_COLUMNS)
    db.execute(f"UPDATE participant SET {column} = ? WHERE id = ?", [value, participant_id])


def collection_value(db: Database, collection_id: int, column: str) -> Any:
    column = _column(column, COLLECTION_COLUMNS)
    return scalar(db, f"SELECT {column} FROM collection WHERE id = ?", [collection_id])


def set_collection_value(db: Database, collection_id: int, column: str, value: Any) -> None:
    column = _column(column, COLLECTION_COLUMNS)
    db.execute(f"UPDATE collection SET {column} = ? WHERE id = ?", [value, collection_id])


def set_aliquot_sprec(db: Database, aliquot_id: int, code: str) -> None:
    db.execute("UPDATE aliquot SET sprec = ? WHERE id = ?", [code, aliquot_id])
