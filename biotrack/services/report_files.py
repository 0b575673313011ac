"""What the reports make, without the libraries that make them (issue 8).

The formats each report can be saved in, the progress scale, and the record of a written
file. They live apart from services.reporting so that the Reports workspace can show its
choices and read a finished job's result without importing pandas, reportlab and openpyxl
(a second of imports on a lab PC): those come in the worker that builds the report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

INVENTORY_FORMATS = ("pdf", "xlsx", "csv")
COMPLETENESS_FORMATS = ("pdf", "xlsx")
SCALE = 1000  # progress is reported on this scale: building, then writing


@dataclass(frozen=True)
class ReportFile:
    """A written report: what, where, and its headline numbers (the CLI's --json)."""

    report: str
    format: str
    path: Path
    totals: dict[str, Any] = field(default_factory=dict)
    parameters: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"report": self.report, "format": self.format, "file": str(self.path),
                **self.parameters, "totals": self.totals}
