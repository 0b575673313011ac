"""What a label says and how its text is fitted: shrunk to a minimum, then refused, never clipped.

SPEC.md section 4.4: study code, visit, sample type and number (SER 3/6, BC-RNA), draw date and
the ID; nothing about the person. Issue 4: text that does not fit is shrunk to a minimum size,
then refused with a clear error.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from biotrack.errors import UserError
from biotrack.labels.content import LabelData, TextDoesNotFit, fit_lines, sample_text
from biotrack.labels.layout import lay_out
from biotrack.labels.templates import load_template

DATA = LabelData("BT00001234", "IA-NAV-012", "V5", "SER 3/6", date(2026, 3, 30))


def test_a_label_has_no_field_about_the_person() -> None:
    names = {field.name for field in dataclasses.fields(LabelData)}
    assert names == {"barcode", "code", "visit", "sample", "drawn_on"}


def test_sample_text() -> None:
    assert sample_text("SER", 3, 6) == "SER 3/6"
    assert sample_text("BC-RNA", 1, 1) == "BC-RNA"


def test_lines_join_fields_and_leave_out_a_missing_date() -> None:
    template = load_template("cryo-38x13")
    assert [DATA.line_text(line) for line in template.lines] == [
        "IA-NAV-012 · V5", "SER 3/6 · 2026-03-30", "BT00001234"]
    preprinted = dataclasses.replace(DATA, drawn_on=None)
    assert preprinted.line_text(template.lines[1]) == "SER 3/6"


def test_text_is_shrunk_to_fit_then_refused() -> None:
    template = load_template("cryo-38x13")
    roomy = fit_lines(template, DATA, 400.0, 100.0)
    assert [line.size for line in roomy] == [line.size for line in template.lines]
    narrow = fit_lines(template, DATA, 60.0, 100.0)  # 21 mm wide
    for fitted, line in zip(narrow, template.lines, strict=True):
        assert line.min_size <= fitted.size <= line.size
        assert fitted.width_pt() <= 60.0
    assert narrow[1].size < template.lines[1].size  # the long line shrank
    with pytest.raises(TextDoesNotFit, match=r"label text 'SER 3/6 · 2026-03-30' does not fit "
                                             r"template cryo-38x13: at the smallest size"):
        fit_lines(template, DATA, 40.0, 100.0)
    with pytest.raises(TextDoesNotFit, match=r"the 3 text lines of label BT00001234 do not fit"):
        fit_lines(template, DATA, 400.0, 15.0)


def test_a_too_long_visit_code_is_refused_not_clipped() -> None:
    long_visit = dataclasses.replace(DATA, visit="REMISSION-FOLLOW-UP-VISIT-12")
    for name in ("cryo-38x13", "sheet-a4"):
        with pytest.raises(UserError, match="does not fit template"):
            lay_out(load_template(name), long_visit, 203)


def test_the_longest_real_codes_fit_every_template() -> None:
    # The longest visit codes of the protocol (event visits) at the longest sample text.
    worst = LabelData("BT99999994", "IA-NAV-999", "REMISSION9", "BC-RNA", date(2026, 12, 31))
    serum = dataclasses.replace(worst, sample="SER 6/6")
    for name in ("cryo-38x13", "cryo-cap", "sheet-a4"):
        for dpi in (203, 300):
            for data in (worst, serum):
                layout = lay_out(load_template(name), data, dpi)
                for text in layout.texts:
                    assert text.text_width <= text.width
