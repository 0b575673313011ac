"""Label templates as data: resources/labels/*.toml, read with importlib.resources.

A template says how big a label is, what goes on it and where (SPEC.md section 4.4): size and
margins in millimetres, the sheet grid for laser sheets, the symbology (Data Matrix, Code 128
or none) and its wanted module size, and the text lines as lists of *fields*. Only the fields in
``FIELDS`` exist, and none of them is a name, a clinical record number, a birth date or a
diagnosis, so no template can put those on a label. A malformed file raises TemplateError naming
the file and the key, e.g. ``label template cryo-38x13.toml: lines[1].size: expected a number``.
"""

from __future__ import annotations

import importlib.resources
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from biotrack.errors import QT_TRANSLATE_NOOP, Message, UserError

#: The only things a label may show (biotrack.labels.content.LabelData has exactly these).
FIELDS = ("code", "visit", "sample", "drawn_on", "barcode")
SYMBOLOGIES = ("datamatrix", "code128", "none")
POSITIONS = ("left", "top", "bottom")
MEDIA = ("roll", "sheet")
FORMATS = ("pdf", "zpl")
DPIS = (203, 300)
ALIGNS = ("left", "center")
SEPARATOR = " · "
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


class TemplateError(UserError):
    """A label template that does not exist or is malformed; the message names the key."""


@dataclass(frozen=True)
class Margins:
    """Blank space inside a label's edges, in mm: nothing is printed there."""

    top: float
    right: float
    bottom: float
    left: float


@dataclass(frozen=True)
class TextLine:
    """One text line: which fields it joins, and the font size range it may use."""

    fields: tuple[str, ...]
    size: float
    min_size: float
    bold: bool = False

    @property
    def font(self) -> str:
        # reportlab's standard Type 1 fonts need no font file at run time (STYLE.md: no
        # system fonts).
        return "Helvetica-Bold" if self.bold else "Helvetica"


@dataclass(frozen=True)
class Symbol:
    """The barcode symbol of a label: symbology, where it sits, and its module size."""

    type: str
    position: str = "left"
    module_mm: float = 0.5
    min_module_mm: float = 0.25
    quiet_modules: int = 1
    height_mm: float = 0.0  # Code 128 bar height; a Data Matrix is as high as it is wide
    gap_mm: float = 0.5
    optional: bool = False


@dataclass(frozen=True)
class Sheet:
    """The grid of labels on one sheet of paper (laser printers)."""

    page_width_mm: float
    page_height_mm: float
    columns: int
    rows: int
    left_mm: float
    top_mm: float
    gap_x_mm: float
    gap_y_mm: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


@dataclass(frozen=True)
class Template:
    """One label template, validated."""

    name: str
    description: str
    media: str
    width_mm: float
    height_mm: float
    margins: Margins
    default_dpi: int
    formats: tuple[str, ...]
    align: str
    symbol: Symbol
    lines: tuple[TextLine, ...]
    sheet: Sheet | None = None

    @property
    def content_width_mm(self) -> float:
        return self.width_mm - self.margins.left - self.margins.right

    @property
    def content_height_mm(self) -> float:
        return self.height_mm - self.margins.top - self.margins.bottom


class _Reader:
    """Typed access to a TOML table; every error names the file and the full key."""

    def __init__(self, data: Mapping[str, Any], path: str, source: str) -> None:
        self.data = data
        self.path = path
        self.source = source

    def fail(self, key: str, problem: str, /, **fields: object) -> TemplateError:
        """The error naming the file and the full key; ``problem`` is a marked template with
        its ``fields``."""
        full = f"{self.path}.{key}" if self.path else key
        return TemplateError(QT_TRANSLATE_NOOP("Messages", "label template {source}: {key}: "
                                               "{problem}"),
                             source=self.source, key=full, problem=Message(problem, **fields))

    def has(self, key: str) -> bool:
        return key in self.data

    def _get(self, key: str, default: Any) -> Any:
        if key not in self.data:
            if default is None:
                raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "missing"))
            return default
        return self.data[key]

    def number(self, key: str, default: float | None = None, *, minimum: float = 0.0,
               maximum: float = 1000.0, positive: bool = False) -> float:
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected a number"))
        if value < minimum or value > maximum or (positive and value <= 0):
            bounds = (QT_TRANSLATE_NOOP("Messages", "expected a number > {minimum} and <= "
                                        "{maximum}, not {value}") if positive else
                      QT_TRANSLATE_NOOP("Messages", "expected a number >= {minimum} and <= "
                                        "{maximum}, not {value}"))
            raise self.fail(key, bounds, minimum=f"{minimum:g}", maximum=f"{maximum:g}",
                            value=value)
        return float(value)

    def integer(self, key: str, default: int | None = None, *, minimum: int = 1,
                maximum: int = 1000) -> int:
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected a whole number"))
        if not minimum <= value <= maximum:
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected a whole number from "
                                                   "{minimum} to {maximum}"),
                            minimum=minimum, maximum=maximum)
        return value

    def text(self, key: str, default: str | None = None) -> str:
        value = self._get(key, default)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected a non-empty string"))
        return value.strip()

    def choice(self, key: str, choices: tuple[str, ...], default: str | None = None) -> str:
        value = self.text(key, default)
        if value not in choices:
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected one of {choices}, not "
                                                   "{value}"),
                            choices=", ".join(choices), value=repr(value[:20]))
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected true or false"))
        return value

    def choices(self, key: str, choices: tuple[str, ...]) -> tuple[str, ...]:
        value = self._get(key, None)
        if not isinstance(value, list) or not value:
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected a non-empty list"))
        for item in value:
            if item not in choices:
                raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "{item} is not one of "
                                                       "{choices}"),
                                item=repr(str(item)[:20]), choices=", ".join(choices))
        if len(set(value)) != len(value):
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "lists an item twice"))
        return tuple(value)

    def table(self, key: str) -> _Reader:
        value = self._get(key, None)
        if not isinstance(value, dict):
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected a table"))
        return _Reader(value, f"{self.path}.{key}" if self.path else key, self.source)

    def tables(self, key: str) -> list[_Reader]:
        value = self._get(key, None)
        if not isinstance(value, list) or not value or not all(isinstance(v, dict)
                                                               for v in value):
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected a non-empty list of "
                                                   "tables ([[...]])"))
        base = f"{self.path}.{key}" if self.path else key
        return [_Reader(v, f"{base}[{i}]", self.source) for i, v in enumerate(value)]

    def unknown(self, known: tuple[str, ...]) -> None:
        """A misspelt key would silently fall back to a default: refuse it instead."""
        for key in self.data:
            if key not in known:
                raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "unknown key (known: "
                                                       "{known})"), known=", ".join(known))


def _templates_folder() -> Any:
    return importlib.resources.files("biotrack.resources") / "labels"


def template_names() -> list[str]:
    """Names of the templates shipped in resources/labels, sorted."""
    return sorted(entry.name.removesuffix(".toml") for entry in _templates_folder().iterdir()
                  if entry.name.endswith(".toml"))


def load_template(name: str) -> Template:
    """The shipped template called ``name`` (a file resources/labels/NAME.toml)."""
    clean = name.strip().lower()
    resource = _templates_folder() / f"{clean}.toml"
    if not _NAME.match(clean) or not resource.is_file():
        raise TemplateError(QT_TRANSLATE_NOOP("Messages", "unknown label template {name} "
                                              "(templates: {templates})"),
                            name=repr(name.strip()[:40]), templates=", ".join(template_names()))
    return parse_template(resource.read_bytes(), clean)


def parse_template(raw: bytes, name: str) -> Template:
    """Parse and validate template TOML; every error names the key at fault."""
    source = f"{name}.toml"
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise TemplateError(QT_TRANSLATE_NOOP("Messages", "label template {source}: not UTF-8 "
                                              "text"), source=source) from None
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(QT_TRANSLATE_NOOP("Messages", "label template {source}: not valid "
                                              "TOML ({problem})"),
                            source=source, problem=exc) from None
    root = _Reader(data, "", source)
    root.unknown(("label", "symbol", "lines", "sheet"))

    label = root.table("label")
    label.unknown(("description", "media", "width_mm", "height_mm", "margin_mm", "default_dpi",
                   "formats", "align"))
    media = label.choice("media", MEDIA)
    width = label.number("width_mm", minimum=5.0, maximum=300.0)
    height = label.number("height_mm", minimum=5.0, maximum=300.0)
    margins = _margins(label, width, height)
    default_dpi = label.integer("default_dpi", minimum=0, maximum=10_000)
    if default_dpi not in DPIS:
        raise label.fail("default_dpi", QT_TRANSLATE_NOOP("Messages", "expected one of "
                                                          "{choices}"),
                         choices=", ".join(map(str, DPIS)))
    formats = label.choices("formats", FORMATS)
    if media == "sheet" and "zpl" in formats:
        raise label.fail("formats", QT_TRANSLATE_NOOP("Messages", "a sheet template is printed "
                                                      "from a PDF, not from ZPL"))

    symbol = _symbol(root.table("symbol"))
    lines = tuple(_line(reader) for reader in root.tables("lines"))

    sheet = None
    if media == "sheet":
        sheet = _sheet(root.table("sheet"), width, height)
    elif root.has("sheet"):
        raise root.fail("sheet", QT_TRANSLATE_NOOP("Messages", "only a template with media = "
                                                   "\"sheet\" has a sheet grid"))
    if symbol.type == "none" and not any("barcode" in line.fields for line in lines):
        raise root.fail("lines", QT_TRANSLATE_NOOP("Messages", "a label without a symbol must "
                                                   "show the barcode text"))
    return Template(
        name=name, description=label.text("description", name), media=media, width_mm=width,
        height_mm=height, margins=margins, default_dpi=default_dpi, formats=formats,
        align=label.choice("align", ALIGNS, "left"), symbol=symbol, lines=lines, sheet=sheet,
    )


def _margins(label: _Reader, width: float, height: float) -> Margins:
    value = label.data.get("margin_mm", 1.0)
    if isinstance(value, dict):
        table = label.table("margin_mm")
        table.unknown(("top", "right", "bottom", "left"))
        margins = Margins(*(table.number(side, maximum=50.0)
                            for side in ("top", "right", "bottom", "left")))
    else:
        side = label.number("margin_mm", 1.0, maximum=50.0)
        margins = Margins(side, side, side, side)
    if margins.left + margins.right >= width * 0.8 or margins.top + margins.bottom >= height * 0.8:
        raise label.fail("margin_mm", QT_TRANSLATE_NOOP("Messages", "the margins leave "
                                                        "(almost) nothing of the label"))
    return margins


def _symbol(table: _Reader) -> Symbol:
    table.unknown(("type", "position", "module_mm", "min_module_mm", "quiet_modules",
                   "height_mm", "gap_mm", "optional"))
    kind = table.choice("type", SYMBOLOGIES)
    if kind == "none":
        return Symbol(type="none")
    module = table.number("module_mm", minimum=0.05, maximum=5.0)
    minimum = table.number("min_module_mm", module, minimum=0.05, maximum=5.0)
    if minimum > module:
        raise table.fail("min_module_mm", QT_TRANSLATE_NOOP("Messages", "larger than module_mm "
                                                            "({module})"), module=f"{module:g}")
    height = 0.0
    if kind == "code128":
        height = table.number("height_mm", minimum=2.0, maximum=100.0)
    elif table.has("height_mm"):
        raise table.fail("height_mm", QT_TRANSLATE_NOOP("Messages", "only Code 128 has a bar "
                                                        "height (a Data Matrix is square)"))
    # ISO/IEC 15417 asks 10 modules of quiet zone for Code 128; ISO/IEC 16022 one for DM.
    needed = 10 if kind == "code128" else 1
    return Symbol(
        type=kind, position=table.choice("position", POSITIONS),
        module_mm=module, min_module_mm=minimum,
        quiet_modules=table.integer("quiet_modules", needed, minimum=needed, maximum=20),
        height_mm=height, gap_mm=table.number("gap_mm", 0.5, maximum=20.0),
        optional=table.flag("optional", False),
    )


def _line(table: _Reader) -> TextLine:
    table.unknown(("fields", "size", "min_size", "bold"))
    fields = table.choices("fields", FIELDS)
    size = table.number("size", minimum=2.0, maximum=72.0)
    min_size = table.number("min_size", size, minimum=2.0, maximum=72.0)
    if min_size > size:
        raise table.fail("min_size", QT_TRANSLATE_NOOP("Messages", "larger than size ({size})"),
                         size=f"{size:g}")
    return TextLine(fields=fields, size=size, min_size=min_size, bold=table.flag("bold", False))


def _sheet(table: _Reader, width: float, height: float) -> Sheet:
    table.unknown(("page_width_mm", "page_height_mm", "columns", "rows", "left_mm", "top_mm",
                   "gap_x_mm", "gap_y_mm"))
    sheet = Sheet(
        page_width_mm=table.number("page_width_mm", minimum=20.0, maximum=1000.0),
        page_height_mm=table.number("page_height_mm", minimum=20.0, maximum=1000.0),
        columns=table.integer("columns", maximum=50),
        rows=table.integer("rows", maximum=100),
        left_mm=table.number("left_mm", maximum=500.0),
        top_mm=table.number("top_mm", maximum=500.0),
        gap_x_mm=table.number("gap_x_mm", 0.0, maximum=100.0),
        gap_y_mm=table.number("gap_y_mm", 0.0, maximum=100.0),
    )
    right = sheet.left_mm + sheet.columns * width + (sheet.columns - 1) * sheet.gap_x_mm
    bottom = sheet.top_mm + sheet.rows * height + (sheet.rows - 1) * sheet.gap_y_mm
    if right > sheet.page_width_mm + 1e-6:
        raise table.fail("columns", QT_TRANSLATE_NOOP("Messages", "{count} columns end at {end} "
                                                      "mm, past the page width {width} mm"),
                         count=sheet.columns, end=f"{right:.1f}",
                         width=f"{sheet.page_width_mm:g}")
    if bottom > sheet.page_height_mm + 1e-6:
        raise table.fail("rows", QT_TRANSLATE_NOOP("Messages", "{count} rows end at {end} mm, "
                                                   "past the page height {height} mm"),
                         count=sheet.rows, end=f"{bottom:.1f}",
                         height=f"{sheet.page_height_mm:g}")
    return sheet


def check_dpi(dpi: int) -> int:
    """A printer resolution BioTrack sizes symbols for (203 or 300 dpi)."""
    if isinstance(dpi, bool) or dpi not in DPIS:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "printer resolution must be {choices} or "
                                          "{last} dpi, not {dpi}"),
                        choices=", ".join(map(str, DPIS[:-1])), last=DPIS[-1], dpi=dpi)
    return dpi


def check_start(template: Template, start: int) -> int:
    """A sheet's first free position (1 = top left); a roll always starts at 1."""
    if template.sheet is None:
        if start != 1:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "template {name} is a roll: a start "
                                              "position only applies to sheet templates"),
                            name=template.name)
        return 1
    last = template.sheet.per_page
    if isinstance(start, bool) or not isinstance(start, int) or not 1 <= start <= last:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "start position must be from 1 to {last} "
                                          "on a {name} sheet, not {start}"),
                        last=last, name=template.name, start=start)
    return start
