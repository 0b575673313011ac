"""The generated study the query-plan tests read (2,000 aliquots, every table filled the way
the services do), shared by every test module of tests/unit/db that checks plans."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bench import generate
from biotrack.services import app_context
from biotrack.services.context import Session

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated study of 2,000 aliquots (every table filled the way the services do)."""
    path = tmp_path_factory.mktemp("plans") / "study.db"
    generate.generate(path, 2000, seed=7, today=TODAY)
    return path


@pytest.fixture
def session(study: Path, tmp_path: Path) -> Iterator[Session]:
    copy = tmp_path / "study.db"
    copy.write_bytes(study.read_bytes())
    signed_in = app_context.sign_in(copy, generate.MANAGER, generate.PASSWORD)
    yield signed_in
    signed_in.db.close()
