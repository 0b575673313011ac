"""What a label says, and fitting that text into a template without ever clipping it.

SPEC.md section 4.4 and issue 4: a label shows the study code, visit, sample type and number
(``SER 3/6``, ``BC-RNA``), the draw date and the barcode text, and NEVER a name, a clinical
record number, a birth year or a diagnosis. LabelData has no field that could hold one, so the
rule holds by construction for every template. Text that does not fit is shrunk down to the
template's minimum size, then refused with a clear UserError: a label that silently lost part of
its text is worse than no label.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from biotrack.errors import QT_TRANSLATE_NOOP, UserError
from biotrack.labels.templates import SEPARATOR, Template, TextLine
from biotrack.models import Aliquot

#: A line's height as a multiple of its font size; the baseline sits BASELINE below its top.
LEADING = 1.1
BASELINE = 0.82
#: Sizes are tried in steps of a quarter point.
_STEP = 0.25


class TextDoesNotFit(UserError):
    """A label's text is too long for its template even at the minimum font size."""


def sample_text(short: str, number: int, of_count: int) -> str:
    """``SER 3/6`` for one of several aliquots, plain ``BC-RNA`` for a single one."""
    return f"{short} {number}/{of_count}" if of_count > 1 else short


@dataclass(frozen=True)
class LabelData:
    """Everything one label may show; deliberately nothing about the person."""

    barcode: str
    code: str
    visit: str
    sample: str
    drawn_on: date | None = None

    @classmethod
    def from_aliquot(cls, aliquot: Aliquot, sample_short: str,
                     drawn_on: date | None) -> LabelData:
        return cls(barcode=aliquot.barcode, code=aliquot.code, visit=aliquot.visit,
                   sample=sample_text(sample_short, aliquot.number, aliquot.of_count),
                   drawn_on=drawn_on)

    def field(self, name: str) -> str:
        if name == "drawn_on":
            return self.drawn_on.isoformat() if self.drawn_on else ""
        if name not in ("barcode", "code", "visit", "sample"):
            raise KeyError(name)
        value: str = getattr(self, name)
        return value

    def line_text(self, line: TextLine) -> str:
        """The line's fields joined by " · "; an empty field (no draw date yet on a
        pre-printed label) is left out with its separator."""
        return SEPARATOR.join(v for v in (self.field(f).strip() for f in line.fields) if v)


@dataclass(frozen=True)
class FittedLine:
    """A text line at the size it will be printed."""

    text: str
    font: str
    size: float

    @property
    def height_pt(self) -> float:
        return self.size * LEADING

    def width_pt(self) -> float:
        return _string_width(self.text, self.font, self.size)


def fit_lines(template: Template, data: LabelData, width_pt: float,
              height_pt: float) -> list[FittedLine]:
    """Sizes for the template's text lines inside a ``width_pt`` x ``height_pt`` box.

    Each line starts at its largest size and is made smaller until it is narrow enough; if the
    lines together are then too tall, the largest ones shrink further. Below a line's minimum
    size the label is refused (TextDoesNotFit) rather than clipped.
    """
    entries = [(line, text) for line in template.lines if (text := data.line_text(line))]
    sizes: list[float] = []
    for line, text in entries:
        unit = _string_width(text, line.font, 1.0)
        size = _floor(min(line.size, width_pt / unit if unit else line.size))
        if size < line.min_size:
            raise TextDoesNotFit(
                QT_TRANSLATE_NOOP("Messages", "label text {text} does not fit template {name}: at "
                                  "the smallest size ({size} pt) it is {needed} mm wide, the "
                                  "label has {room} mm for it"),
                text=repr(text), name=template.name, size=f"{line.min_size:g}",
                needed=f"{_mm(unit * line.min_size):.1f}", room=f"{_mm(width_pt):.1f}",
            )
        sizes.append(size)
    while sum(sizes) * LEADING > height_pt + 1e-9:
        shrinkable = [i for i, (line, _) in enumerate(entries)
                      if sizes[i] - _STEP >= line.min_size - 1e-9]
        if not shrinkable:
            needed = sum(line.min_size for line, _ in entries) * LEADING
            raise TextDoesNotFit(
                QT_TRANSLATE_NOOP("Messages", "the {count} text lines of label {barcode} do not "
                                  "fit template {name}: at the smallest sizes they need {needed} "
                                  "mm of height, the label has {room} mm for them"),
                count=len(entries), barcode=data.barcode, name=template.name,
                needed=f"{_mm(needed):.1f}", room=f"{_mm(height_pt):.1f}",
            )
        sizes[max(shrinkable, key=lambda i: sizes[i])] -= _STEP
    return [FittedLine(text, line.font, size)
            for (line, text), size in zip(entries, sizes, strict=True)]


def _string_width(text: str, font: str, size: float) -> float:
    # Imported here: reportlab is only needed once a label is measured, not by every
    # service that imports LabelData (collection registration binds reserved barcodes).
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))


def _floor(size: float) -> float:
    return int(size / _STEP + 1e-9) * _STEP


def _mm(points: float) -> float:
    return points * 25.4 / 72.0
