"""A read-only Qt table model over a pandas DataFrame, for the Reports preview.

The report builders return DataFrames (biotrack.reports); the preview shows one of them as it
is, so the numbers on screen are the numbers in the saved file. Only presentation happens
here: column names read as words ("in_storage" -> "In storage"), empty cells for missing
values, numbers right-aligned, the totals row in bold. The raw value is under SORT_ROLE.
"""

from __future__ import annotations

import math
import numbers
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from biotrack.ui.i18n import format_decimal, translate
from biotrack.ui.models import SORT_ROLE

if TYPE_CHECKING:  # pandas comes with the first frame (issue 8: Reports opens without it)
    import pandas as pd

Index = QModelIndex | QPersistentModelIndex
TOTAL_LABEL = QT_TRANSLATE_NOOP("DataFrameModel", "Total")

#: The columns of the previewed summaries (biotrack.reports: inventory and completeness), as
#: read on screen; marked here so that lupdate finds them. The saved files keep the raw names.
COLUMN_TITLES = {
    "freezer": QT_TRANSLATE_NOOP("DataFrameModel", "Freezer"),
    "sample_type": QT_TRANSLATE_NOOP("DataFrameModel", "Sample type"),
    "cohort": QT_TRANSLATE_NOOP("DataFrameModel", "Cohort"),
    "site": QT_TRANSLATE_NOOP("DataFrameModel", "Site"),
    "in_storage": QT_TRANSLATE_NOOP("DataFrameModel", "In storage"),
    "checked_out": QT_TRANSLATE_NOOP("DataFrameModel", "Checked out"),
    "participants": QT_TRANSLATE_NOOP("DataFrameModel", "Participants"),
    "visits_due": QT_TRANSLATE_NOOP("DataFrameModel", "Visits due"),
    "collected": QT_TRANSLATE_NOOP("DataFrameModel", "Collected"),
    "missed": QT_TRANSLATE_NOOP("DataFrameModel", "Missed"),
    "overdue": QT_TRANSLATE_NOOP("DataFrameModel", "Overdue"),
    "out_of_window": QT_TRANSLATE_NOOP("DataFrameModel", "Out of window"),
    "expected_aliquots": QT_TRANSLATE_NOOP("DataFrameModel", "Expected aliquots"),
    "collected_aliquots": QT_TRANSLATE_NOOP("DataFrameModel", "Collected aliquots"),
    "missing_aliquots": QT_TRANSLATE_NOOP("DataFrameModel", "Missing aliquots"),
    "completeness_pct": QT_TRANSLATE_NOOP("DataFrameModel", "Completeness %"),
    "visit_completeness_pct": QT_TRANSLATE_NOOP("DataFrameModel", "Visit completeness %"),
    "collections_with_deviations": QT_TRANSLATE_NOOP("DataFrameModel",
                                                     "Collections with deviations"),
}


def column_title(name: str) -> str:
    """``occupancy_pct`` -> ``Occupancy %``; the raw name stays in the header's tooltip.

    A column of the previewed summaries is shown in the interface language; any other
    reads as its words (in English, as the report builders name it).
    """
    known = COLUMN_TITLES.get(str(name))
    if known is not None:
        return translate("DataFrameModel", known)
    words = str(name).replace("_pct", " %").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def _missing(value: Any) -> bool:
    if value is None:
        return True
    import pandas as pd  # a cell exists: a frame was shown, so pandas is in already

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def cell_text(value: Any) -> str:
    """How a cell reads: integers as is, other numbers with one decimal, missing as empty."""
    if _missing(value):
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real):
        number = float(value)
        return str(int(number)) if number.is_integer() and not math.isinf(number) \
            else format_decimal(number)
    return str(value)


class DataFrameModel(QAbstractTableModel):
    """Rows and columns of one DataFrame; replace it whole with ``set_frame``.

    No frame (None) is an empty table, so the model can be made and shown without pandas.
    """

    def __init__(self, frame: pd.DataFrame | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._frame: pd.DataFrame | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        if frame is not None:
            self.set_frame(frame)

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        self.beginResetModel()
        self._frame = None if frame is None else frame.reset_index(drop=True)
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        """The frame shown (an empty one when there is none)."""
        if self._frame is None:
            import pandas as pd

            return pd.DataFrame()
        return self._frame

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._frame is None else len(self._frame)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._frame is None else len(self._frame.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            name = str(self.frame().columns[section])
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(name)
            if role == Qt.ItemDataRole.ToolTipRole:
                return name  # the column's name in the saved XLSX/CSV
        if (orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < self.rowCount()):
            return str(section + 1)
        return None

    def is_total_row(self, row: int) -> bool:
        frame = self._frame
        return frame is not None and len(frame.columns) > 0 and frame.iat[row, 0] == TOTAL_LABEL

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()
                                       and 0 <= index.column() < self.columnCount()):
            return None
        value = self.frame().iat[index.row(), index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0 and self.is_total_row(index.row()):
                return self.tr(TOTAL_LABEL)  # the builders' "Total" row
            return cell_text(value)
        if role == SORT_ROLE:
            if _missing(value):
                return ""
            return value.item() if hasattr(value, "item") else value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, numbers.Number) \
                and not isinstance(value, bool):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total_row(index.row()):
            return self._bold
        return None
