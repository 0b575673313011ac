"""Label templates are data (resources/labels/*.toml), validated with errors that name the key.

Issue 4 point 2: cryo-38x13, cryo-cap and sheet-a4 exist; a malformed template is refused with
the file and key at fault, never half-used; no template can ask for a field that is not one
of the label fields (so never a name, a record number, a birth year or a diagnosis).
"""

from __future__ import annotations

import pytest

from biotrack.labels.templates import (
    FIELDS,
    TemplateError,
    load_template,
    parse_template,
    template_names,
)

GOOD = """
[label]
media = "roll"
width_mm = 38.0
height_mm = 13.0
margin_mm = 1.0
default_dpi = 203
formats = ["pdf", "zpl"]

[symbol]
type = "datamatrix"
position = "left"
module_mm = 0.5

[[lines]]
fields = ["code", "visit"]
size = 8.0
min_size = 5.0
"""


def test_the_three_templates_ship_and_load() -> None:
    assert {"cryo-38x13", "cryo-cap", "sheet-a4"} <= set(template_names())
    roll = load_template("cryo-38x13")
    assert (roll.width_mm, roll.height_mm, roll.symbol.type) == (38.0, 13.0, "datamatrix")
    cap = load_template("cryo-cap")
    assert [line.fields for line in cap.lines] == [("barcode",)]  # the short ID only
    sheet = load_template("sheet-a4")
    assert sheet.symbol.type == "code128"
    assert sheet.sheet is not None
    assert (sheet.sheet.columns, sheet.sheet.rows, sheet.sheet.per_page) == (5, 17, 85)
    assert sheet.formats == ("pdf",)


def test_every_template_uses_label_fields_only() -> None:
    for name in template_names():
        for line in load_template(name).lines:
            assert set(line.fields) <= set(FIELDS)
    assert not {"name", "local_id", "birth_year", "diagnosis"} & set(FIELDS)


def test_a_good_template_parses() -> None:
    template = parse_template(GOOD.encode(), "mine")
    assert template.name == "mine"
    assert template.margins.left == 1.0
    assert template.symbol.quiet_modules == 1


@pytest.mark.parametrize(("old", "new", "message"), [
    ('width_mm = 38.0', 'width_mm = "wide"', "label.width_mm: expected a number"),
    ('default_dpi = 203', 'default_dpi = 600', "label.default_dpi: expected one of 203, 300"),
    ('type = "datamatrix"', 'type = "qr"', "symbol.type: expected one of datamatrix"),
    ('fields = ["code", "visit"]', 'fields = ["code", "birth_year"]',
     "lines[0].fields: 'birth_year' is not one of code, visit, sample, drawn_on, barcode"),
    ('min_size = 5.0', 'min_size = 9.0', "lines[0].min_size: larger than size (8)"),
    ('size = 8.0', 'size = 8.0\ncolour = "red"', "lines[0].colour: unknown key"),
    ('formats = ["pdf", "zpl"]', 'formats = ["pdf", "png"]', "label.formats: 'png' is not one"),
    ('margin_mm = 1.0', 'margin_mm = 10.0', "label.margin_mm: the margins leave"),
    ('module_mm = 0.5', 'module_mm = 0.5\nheight_mm = 5.0',
     "symbol.height_mm: only Code 128 has a bar height"),
])
def test_a_bad_template_names_the_key(old: str, new: str, message: str) -> None:
    assert old in GOOD
    with pytest.raises(TemplateError) as error:
        parse_template(GOOD.replace(old, new, 1).encode(), "broken")
    assert "label template broken.toml: " in str(error.value)
    assert message in str(error.value)


def test_missing_keys_and_bad_toml_are_named() -> None:
    with pytest.raises(TemplateError, match=r"broken.toml: label.height_mm: missing"):
        parse_template(GOOD.replace("height_mm = 13.0\n", "").encode(), "broken")
    with pytest.raises(TemplateError, match=r"broken.toml: not valid TOML"):
        parse_template(b"[label\n", "broken")
    with pytest.raises(TemplateError, match=r"broken.toml: lines: missing"):
        parse_template(GOOD.split("[[lines]]")[0].encode(), "broken")


def test_a_sheet_grid_must_fit_its_page() -> None:
    sheet = load_template("sheet-a4")
    assert sheet.sheet is not None
    text = GOOD.replace('media = "roll"', 'media = "sheet"').replace(
        'formats = ["pdf", "zpl"]', 'formats = ["pdf"]') + """
[sheet]
page_width_mm = 210.0
page_height_mm = 297.0
columns = 6
rows = 17
left_mm = 4.0
top_mm = 4.0
"""
    with pytest.raises(TemplateError, match=r"sheet.columns: 6 columns end at 232.0 mm"):
        parse_template(text.encode(), "broken")
    with pytest.raises(TemplateError, match=r"label.formats: a sheet template is printed"):
        parse_template(text.replace('formats = ["pdf"]', 'formats = ["pdf", "zpl"]').encode(),
                       "broken")


def test_unknown_template_lists_the_known_ones() -> None:
    with pytest.raises(TemplateError, match=r"unknown label template 'tiny' \(templates: "
                                            r"cryo-38x13, cryo-cap, sheet-a4"):
        load_template("tiny")
    with pytest.raises(TemplateError, match="unknown label template"):
        load_template("../protocols/inter-autentic")
