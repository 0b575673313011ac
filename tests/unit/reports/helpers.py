"""Small readers for report files: XLSX sheets as DataFrames, PDF text and rendered pages."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest


def read_sheets(path: Path) -> dict[str, pd.DataFrame]:
    """Every sheet of an XLSX report, in workbook order."""
    return pd.read_excel(path, sheet_name=None)


def rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple[object, ...]]:
    """A frame's rows as plain tuples, missing cells as None."""
    part = frame[columns].astype(object).where(frame[columns].notna(), None)
    return [tuple(r) for r in part.itertuples(index=False, name=None)]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return path


def pdf_text(path: Path) -> str:
    """The PDF's text as pdftotext lays it out."""
    done = subprocess.run([_tool("pdftotext"), "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True)
    return done.stdout


def render_pages(path: Path, folder: Path, dpi: int = 40) -> list[Path]:
    """Every page rendered to PNG by pdftoppm (fails if the PDF cannot be drawn)."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pdftoppm"), "-r", str(dpi), "-png", str(path),
                    str(folder / "page")], check=True, capture_output=True)
    return sorted(folder.glob("page*.png"))


def page_count(text: str) -> int:
    """N of the "Page 1 of N" footer."""
    match = re.search(r"Page 1 of (\d+)", text)
    assert match, "no page numbers in the PDF"
    return int(match.group(1))
