"""The study protocol, loaded from resources/protocols/*.toml and validated once at start.

Everything study-specific (cohorts, visits, samples per visit, regimens, sites, quality limits)
lives in that file so that a second study is a new file, not new code (SPEC.md section 2).
A malformed file raises ProtocolError naming the offending key, e.g.
``regimens[2].phases[0].cycle_days: expected a positive integer``.

The texts the GUI shows (sample types, tubes, cohorts, visits, diagnoses, criteria,
deviations, irAE types) are written in English and translated in the file itself, one
``[translations.<language>]`` table each: study data, not program text (issue 9).
``Protocol.text`` looks one up; what is stored and printed on labels stays the English.
"""

from __future__ import annotations

import importlib.resources
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from biotrack.errors import QT_TRANSLATE_NOOP, Message, ProtocolError

DEFAULT_PROTOCOL = "inter-autentic"
BOX_TYPES = ("serum", "buffy")


@dataclass(frozen=True)
class Site:
    """A recruiting hospital; its code prefixes participant codes."""

    code: str
    name: str
    sponsor: bool = False


@dataclass(frozen=True)
class SampleType:
    """What one aliquot is, which boxes take it, and its fixed SPREC letters."""

    id: str
    label: str
    short: str
    box_type: str
    volume_ul: int
    sprec_type: str
    sprec_container: str
    sprec_centrifugation: str
    sprec_second_centrifugation: str
    sprec_storage: str


@dataclass(frozen=True)
class AliquotSpec:
    """``count`` aliquots of one sample type, each ``volume_ul``."""

    sample_type: str
    count: int
    volume_ul: int


@dataclass(frozen=True)
class SampleSet:
    """What one collection gives (aliquots) and needs (primary tubes the nurse draws)."""

    id: str
    tubes: tuple[str, ...]
    aliquots: tuple[AliquotSpec, ...]


@dataclass(frozen=True)
class VisitDef:
    """A scheduled visit of a cohort: V1..V7 (one per treatment cycle) or SAD BASELINE."""

    code: str
    description: str
    samples: str
    cycle: int | None = None
    window_before: int = 3
    window_after: int = 3


@dataclass(frozen=True)
class EventDef:
    """An unscheduled visit opened by a clinical event (irAE, remission, flare)."""

    kind: str
    code_prefix: str
    description: str
    samples: str
    window_before: int = 3
    window_after: int = 3


@dataclass(frozen=True)
class Cohort:
    """A study arm: its visits, event visits, follow-up and what anchors its schedule."""

    code: str
    name: str
    target: int
    follow_up_weeks: int
    anchor: str  # "first_dose" (ICI: V1 = first dose) or "enrolment" (SAD)
    requires_regimen: bool
    diagnoses: tuple[str, ...]
    visits: tuple[VisitDef, ...]
    events: tuple[EventDef, ...]

    def event(self, kind: str) -> EventDef:
        for event in self.events:
            if event.kind == kind:
                return event
        raise ProtocolError(QT_TRANSLATE_NOOP("Messages", "cohort {code} has no '{kind}' event "
                                              "visits"), code=self.code, kind=kind)

    @property
    def event_kinds(self) -> tuple[str, ...]:
        return tuple(event.kind for event in self.events)


@dataclass(frozen=True)
class Phase:
    """One phase of a regimen: a cycle length and, unless it runs to the end, a cycle count."""

    name: str
    cycle_days: int
    cycles: int | None = None


@dataclass(frozen=True)
class Regimen:
    """An ICI regimen as phases walked in order (SPEC.md section 2)."""

    id: str
    name: str
    phases: tuple[Phase, ...]

    def cycle_length(self, cycle: int) -> int | None:
        """Length in days of treatment cycle ``cycle`` (1-based); None once the regimen ended."""
        remaining = cycle
        for phase in self.phases:
            if phase.cycles is None or remaining <= phase.cycles:
                return phase.cycle_days
            remaining -= phase.cycles
        return None


@dataclass(frozen=True)
class SprecBucket:
    """A SPREC delay letter used when the delay is at most ``max_minutes``."""

    max_minutes: int
    code: str


@dataclass(frozen=True)
class Quality:
    """Pre-analytical limits (flagged when passed) and the timing-dependent SPREC letters."""

    max_minutes_to_centrifugation: int
    max_minutes_to_freezing: int
    deviations: tuple[str, ...]
    sprec_pre_centrifugation: tuple[SprecBucket, ...]
    sprec_post_centrifugation: tuple[SprecBucket, ...]


@dataclass(frozen=True)
class StorageSplit:
    """Split storage (``[storage.split]``): a collection's aliquots of one sample type go to
    different freezers by aliquot number, so that losing one freezer never loses a whole
    collection (ISBER Best Practices, disaster recovery: split aliquots between units).

    ``groups[i]`` are the aliquot numbers kept together in one freezer; ``freezers[i]`` is
    that group's freezer code, or ``freezers`` is empty for "any freezers, each group in a
    different one". Numbers in no group are placed by the ordinary rule.
    """

    sample_type: str
    groups: tuple[tuple[int, ...], ...]
    freezers: tuple[str, ...] = ()

    def group_of(self, sample_type: str, number: int) -> int | None:
        """Index of the group holding aliquot ``number`` of ``sample_type``, if any."""
        if sample_type != self.sample_type:
            return None
        for index, group in enumerate(self.groups):
            if number in group:
                return index
        return None


@dataclass(frozen=True)
class StorageLayout:
    """Box geometry and the freezer layout that ``biotrack init`` creates."""

    box_rows: int
    box_columns: int
    set_point_c: int
    freezer_code: str
    freezer_name: str
    freezer_location: str
    shelves: int
    racks_per_shelf: int
    boxes_per_rack: int
    rack_box_types: tuple[str, ...]
    #: Split storage across freezers, or None (the default: one collection, one box).
    split: StorageSplit | None = None


@dataclass(frozen=True)
class Protocol:
    """One study's protocol: the single source of every study-specific rule."""

    id: str
    name: str
    registration: str
    code_prefix: str
    code_digits: int
    ctcae_version: str
    sites: tuple[Site, ...]
    sample_types: Mapping[str, SampleType]
    primary_tubes: Mapping[str, str]
    sample_sets: Mapping[str, SampleSet]
    cohorts: Mapping[str, Cohort]
    eligibility: Mapping[str, Mapping[str, tuple[str, ...]]]
    regimens: Mapping[str, Regimen]
    quality: Quality
    storage: StorageLayout
    irae_types: tuple[str, ...]
    #: ``[translations.<language>]``: an English display text of this file -> its text in
    #: that language (issue 9). Study data, so the file carries it, not Qt's catalogue.
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def text(self, english: str, language: str) -> str:
        """A display text of this protocol (a sample type, tube, cohort, criterion...) in
        ``language`` ("es", "es_ES"); the English itself when the file does not translate it.
        """
        code = language.replace("-", "_").split("_", 1)[0].lower()
        return self.translations.get(code, {}).get(english, english)

    def display_texts(self) -> set[str]:
        """Every English text of this file that is shown on screen and may be translated."""
        return _display_texts(
            self.sample_types, self.primary_tubes, self.cohorts, self.eligibility,
            self.quality.deviations, self.irae_types)

    def cohort(self, code: str) -> Cohort:
        try:
            return self.cohorts[code.upper()]
        except KeyError:
            known = ", ".join(self.cohorts)
            raise ProtocolError(QT_TRANSLATE_NOOP("Messages", "unknown cohort '{code}' (known: "
                                                  "{known})"), code=code, known=known) from None

    def regimen(self, regimen_id: str) -> Regimen:
        try:
            return self.regimens[regimen_id]
        except KeyError:
            raise ProtocolError(
                QT_TRANSLATE_NOOP("Messages", "unknown regimen '{regimen}' (see `biotrack "
                                  "regimens`)"), regimen=regimen_id,
            ) from None

    def sample_set(self, set_id: str) -> SampleSet:
        return self.sample_sets[set_id]

    def sample_type(self, type_id: str) -> SampleType:
        return self.sample_types[type_id]

    def tube_labels(self, set_id: str) -> list[str]:
        """The primary tubes a nurse draws for a sample set, as readable labels."""
        return [self.primary_tubes[tube] for tube in self.sample_sets[set_id].tubes]


# --------------------------------------------------------------------------------------------
# Loading and validation


class _Reader:
    """Typed access to a TOML table that names the full key path in every error."""

    def __init__(self, data: Mapping[str, Any], path: str, source: str) -> None:
        self.data = data
        self.path = path
        self.source = source

    def _key(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, problem: str, /, **fields: object) -> ProtocolError:
        """The error naming the file and the full key; ``problem`` is a marked template with
        its ``fields``."""
        return ProtocolError(QT_TRANSLATE_NOOP("Messages", "protocol file {source}: {key}: "
                                               "{problem}"),
                             source=self.source, key=self._key(key),
                             problem=Message(problem, **fields))

    def _get(self, key: str, default: Any, required: bool) -> Any:
        if key not in self.data:
            if required:
                raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "missing"))
            return default
        return self.data[key]

    def text(self, key: str, default: str | None = None) -> str:
        if key not in self.data and default is not None:
            return default  # an optional key may default to "" (freezer location)
        value = self._get(key, default, True)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected a non-empty string"))
        return value

    def integer(self, key: str, default: int | None = None, minimum: int = 1) -> int:
        value = self._get(key, default, default is None)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected an integer >= "
                                                   "{minimum}"), minimum=minimum)
        return value

    def optional_int(self, key: str, minimum: int = 1) -> int | None:
        if key not in self.data:
            return None
        return self.integer(key, minimum=minimum)

    def signed_int(self, key: str) -> int:
        value = self._get(key, None, True)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected an integer"))
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._get(key, default, False)
        if not isinstance(value, bool):
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected true or false"))
        return value

    def strings(self, key: str, required: bool = True) -> tuple[str, ...]:
        value = self._get(key, [], required)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected a list of non-empty "
                                                   "strings"))
        return tuple(value)

    def table(self, key: str) -> _Reader:
        value = self._get(key, None, True)
        if not isinstance(value, dict):
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected a table"))
        return _Reader(value, self._key(key), self.source)

    def tables(self, key: str, required: bool = True) -> list[_Reader]:
        value = self._get(key, [], required)
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "expected a list of tables"))
        if required and not value:
            raise self.fail(key, QT_TRANSLATE_NOOP("Messages", "must not be empty"))
        return [_Reader(v, f"{self._key(key)}[{i}]", self.source) for i, v in enumerate(value)]

    def names(self) -> list[str]:
        return list(self.data)


def load_protocol(name_or_path: str | Path = DEFAULT_PROTOCOL) -> Protocol:
    """Load a protocol by name (a file in resources/protocols) or by path, and validate it."""
    if isinstance(name_or_path, Path) or str(name_or_path).endswith(".toml"):
        path = Path(name_or_path)
        source = path.name
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ProtocolError(QT_TRANSLATE_NOOP("Messages", "cannot read protocol file {path}: "
                                                  "{reason}"),
                                path=path, reason=exc.strerror) from None
    else:
        source = f"{name_or_path}.toml"
        resource = importlib.resources.files("biotrack.resources") / "protocols" / source
        if not resource.is_file():
            raise ProtocolError(QT_TRANSLATE_NOOP("Messages", "unknown protocol '{name}'"),
                                name=name_or_path)
        raw = resource.read_bytes()
    return parse_protocol(raw, source)


def parse_protocol(raw: bytes, source: str = "protocol.toml") -> Protocol:
    """Parse and validate protocol TOML text; every error names the key at fault."""
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ProtocolError(QT_TRANSLATE_NOOP("Messages", "protocol file {source}: not UTF-8 "
                                              "text"), source=source) from None
    except tomllib.TOMLDecodeError as exc:
        raise ProtocolError(QT_TRANSLATE_NOOP("Messages", "protocol file {source}: not valid "
                                              "TOML ({problem})"),
                            source=source, problem=exc) from None
    root = _Reader(data, "", source)
    study = root.table("study")
    default_window = study.integer("default_window_days", 3, minimum=0)

    sites = tuple(
        Site(t.text("code").upper(), t.text("name"), t.flag("sponsor"))
        for t in root.tables("sites")
    )
    _unique(root, "sites", [s.code for s in sites])

    sample_types = _sample_types(root.table("sample_types"))
    primary_tubes = {key: root.table("primary_tubes").table(key).text("label")
                     for key in root.table("primary_tubes").names()}
    sample_sets = _sample_sets(root.table("sample_sets"), sample_types, primary_tubes)

    cohorts: dict[str, Cohort] = {}
    for c in root.tables("cohorts"):
        cohort = _cohort(c, sample_sets, default_window)
        if cohort.code in cohorts:
            raise c.fail("code", QT_TRANSLATE_NOOP("Messages", "duplicate cohort '{code}'"),
                         code=cohort.code)
        cohorts[cohort.code] = cohort

    eligibility: dict[str, dict[str, tuple[str, ...]]] = {}
    elig = root.table("eligibility")
    for code in elig.names():
        if code not in cohorts:
            raise elig.fail(code, QT_TRANSLATE_NOOP("Messages", "not a cohort code"))
        table = elig.table(code)
        eligibility[code] = {
            "inclusion": table.strings("inclusion"),
            "exclusion": table.strings("exclusion"),
        }

    regimens: dict[str, Regimen] = {}
    for r in root.tables("regimens"):
        regimen = Regimen(
            r.text("id"),
            r.text("name"),
            tuple(
                Phase(p.text("name"), p.integer("cycle_days"), p.optional_int("cycles"))
                for p in r.tables("phases")
            ),
        )
        for i, phase in enumerate(regimen.phases[:-1]):
            if phase.cycles is None:
                raise r.fail(f"phases[{i}].cycles", QT_TRANSLATE_NOOP(
                    "Messages", "only the last phase may run without a count"))
        if regimen.id in regimens:
            raise r.fail("id", QT_TRANSLATE_NOOP("Messages", "duplicate regimen '{regimen}'"),
                         regimen=regimen.id)
        regimens[regimen.id] = regimen

    q = root.table("quality")
    quality = Quality(
        q.integer("max_minutes_to_centrifugation"),
        q.integer("max_minutes_to_freezing"),
        q.strings("deviations"),
        _buckets(q, "sprec_pre_centrifugation"),
        _buckets(q, "sprec_post_centrifugation"),
    )

    s = root.table("storage")
    freezer = s.table("default_freezer")
    rack_box_types = s.strings("rack_box_types")
    for i, box_type in enumerate(rack_box_types):
        if box_type not in BOX_TYPES:
            raise s.fail(f"rack_box_types[{i}]", QT_TRANSLATE_NOOP("Messages", "expected one of "
                                                                   "{choices}"),
                         choices=", ".join(BOX_TYPES))
    storage = StorageLayout(
        box_rows=s.integer("box_rows"),
        box_columns=s.integer("box_columns"),
        set_point_c=s.signed_int("set_point_c"),
        freezer_code=freezer.text("code"),
        freezer_name=freezer.text("name"),
        freezer_location=freezer.text("location", ""),
        shelves=s.integer("shelves"),
        racks_per_shelf=s.integer("racks_per_shelf"),
        boxes_per_rack=s.integer("boxes_per_rack"),
        rack_box_types=rack_box_types,
        split=_split(s, sample_types) if "split" in s.names() else None,
    )
    if storage.box_rows > 26:
        raise s.fail("box_rows", QT_TRANSLATE_NOOP("Messages", "at most 26 rows (A..Z)"))
    if len(rack_box_types) != storage.racks_per_shelf:
        raise s.fail("rack_box_types", QT_TRANSLATE_NOOP("Messages", "needs one entry per rack "
                                                         "of a shelf"))

    irae_types = root.table("irae").strings("types") if "irae" in data else ()
    translations = _translations(root)
    return Protocol(
        id=study.text("id"),
        name=study.text("name"),
        registration=study.text("registration", "-"),
        code_prefix=study.text("code_prefix"),
        code_digits=study.integer("code_digits", 3),
        ctcae_version=study.text("ctcae_version", "5.0"),
        sites=sites,
        sample_types=sample_types,
        primary_tubes=primary_tubes,
        sample_sets=sample_sets,
        cohorts=cohorts,
        eligibility=eligibility,
        regimens=regimens,
        quality=quality,
        storage=storage,
        irae_types=irae_types,
        translations=translations,
    )


def _unique(reader: _Reader, key: str, values: Sequence[str]) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise reader.fail(key, QT_TRANSLATE_NOOP("Messages", "duplicate '{value}'"),
                              value=value)
        seen.add(value)


def _sample_types(table: _Reader) -> dict[str, SampleType]:
    result: dict[str, SampleType] = {}
    for key in table.names():
        t = table.table(key)
        box_type = t.text("box_type")
        if box_type not in BOX_TYPES:
            raise t.fail("box_type", QT_TRANSLATE_NOOP("Messages", "expected one of {choices}"),
                         choices=", ".join(BOX_TYPES))
        result[key] = SampleType(
            id=key,
            label=t.text("label"),
            short=t.text("short"),
            box_type=box_type,
            volume_ul=t.integer("volume_ul"),
            sprec_type=t.text("sprec_type"),
            sprec_container=t.text("sprec_container"),
            sprec_centrifugation=t.text("sprec_centrifugation"),
            sprec_second_centrifugation=t.text("sprec_second_centrifugation"),
            sprec_storage=t.text("sprec_storage"),
        )
    if not result:
        raise table.fail("", QT_TRANSLATE_NOOP("Messages", "must define at least one sample "
                                               "type"))
    return result


def _sample_sets(
    table: _Reader, types: Mapping[str, SampleType], tubes: Mapping[str, str]
) -> dict[str, SampleSet]:
    result: dict[str, SampleSet] = {}
    for key in table.names():
        t = table.table(key)
        set_tubes = t.strings("tubes")
        for i, tube in enumerate(set_tubes):
            if tube not in tubes:
                raise t.fail(f"tubes[{i}]", QT_TRANSLATE_NOOP("Messages", "unknown primary tube "
                                                              "'{tube}'"), tube=tube)
        specs = []
        for a in t.tables("aliquots"):
            type_id = a.text("sample_type")
            if type_id not in types:
                raise a.fail("sample_type", QT_TRANSLATE_NOOP("Messages", "unknown sample type "
                                                              "'{type}'"), type=type_id)
            volume = a.integer("volume_ul", types[type_id].volume_ul)
            specs.append(AliquotSpec(type_id, a.integer("count"), volume))
        result[key] = SampleSet(key, set_tubes, tuple(specs))
    return result


def _cohort(c: _Reader, sample_sets: Mapping[str, SampleSet], default_window: int) -> Cohort:
    def samples(reader: _Reader) -> str:
        set_id = reader.text("samples")
        if set_id not in sample_sets:
            raise reader.fail("samples", QT_TRANSLATE_NOOP("Messages", "unknown sample set "
                                                           "'{set}'"), set=set_id)
        return set_id

    visits = tuple(
        VisitDef(
            code=v.text("code").upper(),
            description=v.text("description", v.text("code")),
            samples=samples(v),
            cycle=v.optional_int("cycle"),
            window_before=v.integer("window_before", default_window, minimum=0),
            window_after=v.integer("window_after", default_window, minimum=0),
        )
        for v in c.tables("visits")
    )
    events = tuple(
        EventDef(
            kind=e.text("kind"),
            code_prefix=e.text("code_prefix").upper(),
            description=e.text("description", e.text("kind")),
            samples=samples(e),
            window_before=e.integer("window_before", default_window, minimum=0),
            window_after=e.integer("window_after", default_window, minimum=0),
        )
        for e in c.tables("events", required=False)
    )
    anchor = c.text("anchor")
    if anchor not in ("first_dose", "enrolment"):
        raise c.fail("anchor", QT_TRANSLATE_NOOP("Messages", "expected 'first_dose' or "
                                                 "'enrolment'"))
    cycles = [v.cycle for v in visits if v.cycle is not None]
    if anchor == "first_dose" and cycles != sorted(set(cycles)):
        raise c.fail("visits", QT_TRANSLATE_NOOP("Messages", "cycle visits must have increasing, "
                                                 "distinct cycle numbers"))
    _unique(c, "visits", [v.code for v in visits])
    return Cohort(
        code=c.text("code").upper(),
        name=c.text("name"),
        target=c.integer("target"),
        follow_up_weeks=c.integer("follow_up_weeks"),
        anchor=anchor,
        requires_regimen=c.flag("requires_regimen"),
        diagnoses=c.strings("diagnoses", required=False),
        visits=visits,
        events=events,
    )


def _split(storage: _Reader, types: Mapping[str, SampleType]) -> StorageSplit | None:
    """``[storage.split]``: None when ``enabled = false``; every error names its key."""
    t = storage.table("split")
    if not t.flag("enabled", True):
        return None
    type_id = t.text("sample_type")
    if type_id not in types:
        raise t.fail("sample_type", QT_TRANSLATE_NOOP("Messages", "unknown sample type "
                                                      "'{type}'"), type=type_id)
    raw = t._get("groups", None, True)
    if (not isinstance(raw, list) or len(raw) < 2 or not all(
            isinstance(g, list) and g and all(
                isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in g)
            for g in raw)):
        raise t.fail("groups", QT_TRANSLATE_NOOP("Messages", "expected at least two non-empty "
                                                 "lists of aliquot numbers (e.g. [[1, 2, 3], "
                                                 "[4, 5, 6]])"))
    groups = tuple(tuple(g) for g in raw)
    seen: set[int] = set()
    for i, group in enumerate(groups):
        for number in group:
            if number in seen:
                raise t.fail(f"groups[{i}]", QT_TRANSLATE_NOOP("Messages", "aliquot {number} is "
                                                               "in two groups"), number=number)
            seen.add(number)
    freezers = t.strings("freezers", required=False)
    if freezers and len(freezers) != len(groups):
        raise t.fail("freezers", QT_TRANSLATE_NOOP("Messages", "needs one freezer code per group "
                                                   "(or none: any freezers)"))
    _unique(t, "freezers", freezers)
    return StorageSplit(type_id, groups, freezers)


def _buckets(table: _Reader, key: str) -> tuple[SprecBucket, ...]:
    buckets = tuple(
        SprecBucket(b.integer("max_minutes"), b.text("code")) for b in table.tables(key)
    )
    limits = [b.max_minutes for b in buckets]
    if limits != sorted(limits):
        raise table.fail(key, QT_TRANSLATE_NOOP("Messages", "buckets must be in increasing "
                                                "max_minutes order"))
    return buckets


def _display_texts(
    sample_types: Mapping[str, SampleType], primary_tubes: Mapping[str, str],
    cohorts: Mapping[str, Cohort], eligibility: Mapping[str, Mapping[str, tuple[str, ...]]],
    deviations: Iterable[str], irae_types: Iterable[str],
) -> set[str]:
    texts = {t.label for t in sample_types.values()} | set(primary_tubes.values())
    for cohort in cohorts.values():
        texts.add(cohort.name)
        texts.update(cohort.diagnoses)
        texts.update(v.description for v in cohort.visits)
        texts.update(e.description for e in cohort.events)
    for lists in eligibility.values():
        for criteria in lists.values():
            texts.update(criteria)
    return texts | set(deviations) | set(irae_types)


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def _translations(root: _Reader) -> dict[str, dict[str, str]]:
    """``[translations.<language>]`` tables: English display text -> translated text.

    Optional; a text without a translation is shown in English. Each value must be a
    non-empty string; errors name the key: ``translations.es."Serum": expected a non-empty
    string``. A key that matches no text of the file is harmless (it is never looked up), so
    editing an English text does not stop the program; the tests check the shipped file.
    """
    if "translations" not in root.names():
        return {}
    table = root.table("translations")
    result: dict[str, dict[str, str]] = {}
    for language in table.names():
        if not _LANGUAGE_CODE.fullmatch(language):
            raise table.fail(language, QT_TRANSLATE_NOOP(
                "Messages", "expected a lower-case language code such as 'es'"))
        entries = table.table(language)
        texts_of_language: dict[str, str] = {}
        for english in entries.names():
            quoted = '"' + english.replace("\\", "\\\\").replace('"', '\\"') + '"'
            value = entries.data[english]
            if not isinstance(value, str) or not value.strip():
                raise entries.fail(quoted, QT_TRANSLATE_NOOP("Messages",
                                                             "expected a non-empty string"))
            texts_of_language[english] = value
        result[language] = texts_of_language
    return result
