"""Writing report files: whole or not at all, XLSX through openpyxl's streaming writer.

A report is written to a temporary file next to the target and renamed over it at the end,
so an interrupted or failed run never leaves half a spreadsheet where the last good one was.
The XLSX writer streams rows (openpyxl write-only mode) and reports progress per chunk: an
XLSX of every aliquot is slow by nature (TECH-NOTES.md), so the GUI needs to show how far it is.
Cells are plain values, only the header row is styled: per-cell styles cost a style lookup per
cell. With lxml installed, openpyxl serialises the rows in C (``openpyxl.xml.LXML``); without
it, through a pure-Python XML writer that takes about half again as long (issue 8 measures it
against xlsxwriter's constant-memory mode).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from biotrack.errors import QT_TRANSLATE_NOOP, UserError
from biotrack.reports import Progress, no_progress

if TYPE_CHECKING:  # pandas and openpyxl load when a file is written, not when this is imported
    import pandas as pd
    from openpyxl import Workbook

CHUNK = 2000


def check_target(target: Path) -> Path:
    """Refuse a target whose folder is missing, before any slow work is done."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Messages", "cannot write {path}: the folder {folder} "
                                          "does not exist"), path=target, folder=folder)
    if target.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Messages", "cannot write {path}: it is a folder"),
                        path=target)
    return folder


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """A temporary path in the target's folder; renamed to ``target`` when the block ends
    without an error, removed otherwise."""
    target = Path(target)
    folder = check_target(target)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "cannot write {path}: {reason}"),
                        path=target, reason=exc.strerror) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "cannot write {path}: {reason}"),
                        path=target, reason=exc.strerror) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _cells(frame: pd.DataFrame) -> Iterator[list[Any]]:
    """Rows as plain Python values, missing values as empty cells."""
    values = frame.astype(object).where(frame.notna(), None)
    for row in values.itertuples(index=False, name=None):
        yield list(row)


def _width(frame: pd.DataFrame, column: str) -> float:
    lengths = [len(str(v)) for v in frame[column].head(200).tolist() if v is not None and v == v]
    longest = max([len(str(column)), *lengths])
    return float(min(max(longest + 2, 8), 60))


def write_xlsx(target: Path, sheets: Sequence[tuple[str, pd.DataFrame]],
               progress: Progress = no_progress) -> None:
    """One sheet per frame, in order: bold frozen header row, sized columns, then the rows."""
    from openpyxl import Workbook

    check_target(target)
    total = sum(len(frame) for _, frame in sheets) + len(sheets) + 1  # + saving the file
    progress(0, total)
    workbook = Workbook(write_only=True)
    try:
        _fill(workbook, sheets, progress, total)
        with atomic_target(target) as temporary:
            workbook.save(temporary)
    except BaseException:
        # A failed or cancelled (progress raised) run: close the sheets' open streams.
        for sheet in workbook.worksheets:
            with contextlib.suppress(Exception):
                sheet.close()
        raise
    progress(total, total)


def _fill(workbook: Workbook, sheets: Sequence[tuple[str, pd.DataFrame]], progress: Progress,
          total: int) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    done = 0
    for name, frame in sheets:
        sheet = workbook.create_sheet(name)
        sheet.freeze_panes = "A2"
        for index, column in enumerate(frame.columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = _width(frame, column)
        header = []
        for column in frame.columns:
            cell = WriteOnlyCell(sheet, value=str(column))
            cell.font = Font(bold=True)
            header.append(cell)
        sheet.append(header)
        for count, row in enumerate(_cells(frame), start=1):
            sheet.append(row)
            if count % CHUNK == 0:
                progress(done + count, total)
        done += len(frame) + 1
        progress(done, total)


def write_csv(target: Path, frame: pd.DataFrame) -> None:
    """UTF-8 CSV with a header row, the form other tools import."""
    with atomic_target(target) as temporary:
        frame.to_csv(temporary, index=False, encoding="utf-8", lineterminator="\n")
