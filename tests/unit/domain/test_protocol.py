"""The default INTER-AUTENTIC protocol file and the validation of malformed protocol files.

SPEC.md section 2: cohorts, sites, visits, samples per visit and regimens are data in
resources/protocols/inter-autentic.toml; a malformed file raises ProtocolError naming the key.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import pytest

from biotrack.errors import ProtocolError, UserError
from biotrack.protocol import DEFAULT_PROTOCOL, Protocol, load_protocol, parse_protocol

PROTOCOL_TEXT = (
    importlib.resources.files("biotrack.resources") / "protocols" / "inter-autentic.toml"
).read_text(encoding="utf-8")

ICI_VISITS = ("V1", "V2", "V3", "V4", "V5", "V6", "V7")
BUFFY_VISITS = ("V1", "V5", "V7")
SST_LABEL = "Serum separator tube (SST, gold top) 8.5 mL"
EDTA_LABEL = "K2-EDTA tube (lavender top) 6 mL"


@pytest.fixture(scope="module")
def protocol() -> Protocol:
    return load_protocol()


# --------------------------------------------------------------------------------------------
# The default protocol


def test_default_protocol_loads_by_name_and_by_path(protocol: Protocol) -> None:
    assert DEFAULT_PROTOCOL == "inter-autentic"
    assert load_protocol(DEFAULT_PROTOCOL) == protocol
    with importlib.resources.as_file(
        importlib.resources.files("biotrack.resources") / "protocols" / "inter-autentic.toml"
    ) as path:
        assert load_protocol(Path(path)) == protocol
        assert load_protocol(str(path)) == protocol


def test_study_identity(protocol: Protocol) -> None:
    assert protocol.id == "inter-autentic"
    assert protocol.name == "INTER-AUTENTIC"
    assert protocol.registration == "NCT07249060"
    assert protocol.code_prefix == "IA"
    assert protocol.code_digits == 3
    assert protocol.ctcae_version == "5.0"


def test_unknown_protocol_name_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError, match="unknown protocol 'no-such-study'"):
        load_protocol("no-such-study")


def test_unreadable_protocol_path_is_a_protocol_error(tmp_path: Path) -> None:
    missing = tmp_path / "absent.toml"
    with pytest.raises(ProtocolError, match="cannot read protocol file"):
        load_protocol(missing)


def test_protocol_error_is_a_user_error() -> None:
    # Shown as one line, CLI exit code 2 (SPEC.md section 5).
    assert issubclass(ProtocolError, UserError)
    assert ProtocolError.exit_code == 2


def test_cohorts_are_ici_and_sad(protocol: Protocol) -> None:
    assert list(protocol.cohorts) == ["ICI", "SAD"]
    assert protocol.cohort("ici") is protocol.cohorts["ICI"]
    with pytest.raises(ProtocolError, match="unknown cohort 'XYZ'"):
        protocol.cohort("XYZ")


def test_ici_cohort(protocol: Protocol) -> None:
    ici = protocol.cohort("ICI")
    assert ici.target == 300
    assert ici.follow_up_weeks == 48
    assert ici.anchor == "first_dose"
    assert ici.requires_regimen is True
    assert "Non-small-cell lung cancer" in ici.diagnoses
    assert tuple(v.code for v in ici.visits) == ICI_VISITS
    assert tuple(v.cycle for v in ici.visits) == (1, 2, 3, 4, 5, 6, 7)
    assert all((v.window_before, v.window_after) == (3, 3) for v in ici.visits)
    assert ici.event_kinds == ("irae",)
    irae = ici.event("irae")
    assert irae.code_prefix == "IRAE"
    assert irae.samples == "serum"
    assert (irae.window_before, irae.window_after) == (3, 3)
    with pytest.raises(ProtocolError, match="no 'flare' event visits"):
        ici.event("flare")


def test_sad_cohort(protocol: Protocol) -> None:
    sad = protocol.cohort("SAD")
    assert sad.target == 40
    assert sad.follow_up_weeks == 48
    assert sad.anchor == "enrolment"
    assert sad.requires_regimen is False
    assert "Systemic lupus erythematosus" in sad.diagnoses
    assert [(v.code, v.samples, v.cycle) for v in sad.visits] == [("BASELINE", "serum", None)]
    assert sad.event_kinds == ("remission", "flare")
    assert sad.event("remission").code_prefix == "REMISSION"
    assert sad.event("flare").code_prefix == "FLARE"
    assert sad.event("remission").samples == sad.event("flare").samples == "serum"
    with pytest.raises(ProtocolError):
        sad.event("irae")


@pytest.mark.parametrize(
    ("code", "name", "sponsor"),
    [
        ("ARA", "Hospital Universitario Araba", True),
        ("NAV", "Hospital Universitario de Navarra", False),
        ("GAL", "Hospital Galdakao-Usansolo", False),
        ("LOG", "Hospital San Pedro de Logroño", False),
        ("MAT", "Hospital Universitari de Mataró", False),
        ("DON", "Hospital Donostia", False),
    ],
)
def test_site(protocol: Protocol, code: str, name: str, sponsor: bool) -> None:
    site = next(s for s in protocol.sites if s.code == code)
    assert site.name == name
    assert site.sponsor is sponsor


def test_sites_in_order(protocol: Protocol) -> None:
    assert [s.code for s in protocol.sites] == ["ARA", "NAV", "GAL", "LOG", "MAT", "DON"]


@pytest.mark.parametrize(
    ("visit", "sample_set"),
    [
        ("V1", "serum_buffy"),
        ("V2", "serum"),
        ("V3", "serum"),
        ("V4", "serum"),
        ("V5", "serum_buffy"),
        ("V6", "serum"),
        ("V7", "serum_buffy"),
    ],
)
def test_ici_visit_samples(protocol: Protocol, visit: str, sample_set: str) -> None:
    visit_def = next(v for v in protocol.cohort("ICI").visits if v.code == visit)
    assert visit_def.samples == sample_set


def _aliquots(protocol: Protocol, set_id: str) -> list[tuple[str, int, int]]:
    return [
        (a.sample_type, a.count, a.volume_ul) for a in protocol.sample_set(set_id).aliquots
    ]


def test_sample_sets(protocol: Protocol) -> None:
    assert _aliquots(protocol, "serum") == [("serum", 6, 500)]
    assert _aliquots(protocol, "serum_buffy") == [
        ("serum", 6, 500),
        ("buffy_coat", 1, 500),
        ("buffy_coat_rnalater", 1, 500),
    ]


def _collection_points(protocol: Protocol) -> list[tuple[str, str, str]]:
    points = []
    for cohort in protocol.cohorts.values():
        points += [(cohort.code, v.code, v.samples) for v in cohort.visits]
        points += [(cohort.code, e.kind, e.samples) for e in cohort.events]
    return points


def test_serum_six_by_500_ul_at_every_collection_point(protocol: Protocol) -> None:
    points = _collection_points(protocol)
    # 7 ICI visits + irAE, SAD baseline + remission + flare.
    assert len(points) == 11
    for cohort, point, set_id in points:
        serum = [a for a in protocol.sample_set(set_id).aliquots if a.sample_type == "serum"]
        assert [(a.count, a.volume_ul) for a in serum] == [(6, 500)], (cohort, point)


def test_buffy_coat_only_at_v1_v5_v7(protocol: Protocol) -> None:
    with_buffy = []
    for cohort, point, set_id in _collection_points(protocol):
        types = {a.sample_type for a in protocol.sample_set(set_id).aliquots}
        if types & {"buffy_coat", "buffy_coat_rnalater"}:
            assert {"buffy_coat", "buffy_coat_rnalater"} <= types, (cohort, point)
            with_buffy.append((cohort, point))
    assert with_buffy == [("ICI", code) for code in BUFFY_VISITS]


@pytest.mark.parametrize(
    ("type_id", "short", "box_type", "sprec_type"),
    [
        ("serum", "SER", "serum", "SER"),
        ("buffy_coat", "BC", "buffy", "BFF"),
        ("buffy_coat_rnalater", "BC-RNA", "buffy", "BFF"),
    ],
)
def test_sample_types(
    protocol: Protocol, type_id: str, short: str, box_type: str, sprec_type: str
) -> None:
    sample_type = protocol.sample_type(type_id)
    assert sample_type.short == short
    assert sample_type.box_type == box_type
    assert sample_type.sprec_type == sprec_type
    assert sample_type.volume_ul == 500


def test_primary_tubes(protocol: Protocol) -> None:
    assert dict(protocol.primary_tubes) == {"sst": SST_LABEL, "edta": EDTA_LABEL}


@pytest.mark.parametrize(
    ("cohort", "point", "tubes"),
    [
        ("ICI", "V1", [SST_LABEL, EDTA_LABEL]),
        ("ICI", "V2", [SST_LABEL]),
        ("ICI", "V3", [SST_LABEL]),
        ("ICI", "V4", [SST_LABEL]),
        ("ICI", "V5", [SST_LABEL, EDTA_LABEL]),
        ("ICI", "V6", [SST_LABEL]),
        ("ICI", "V7", [SST_LABEL, EDTA_LABEL]),
        ("ICI", "irae", [SST_LABEL]),
        ("SAD", "BASELINE", [SST_LABEL]),
        ("SAD", "remission", [SST_LABEL]),
        ("SAD", "flare", [SST_LABEL]),
    ],
)
def test_tubes_to_draw_edta_only_when_buffy_coat_due(
    protocol: Protocol, cohort: str, point: str, tubes: list[str]
) -> None:
    set_id = next(s for c, p, s in _collection_points(protocol) if (c, p) == (cohort, point))
    assert protocol.tube_labels(set_id) == tubes


# Expected length of cycles 1..10 per regimen; None once a fixed-length regimen has ended.
REGIMEN_CYCLES: dict[str, list[int | None]] = {
    "pembrolizumab-q3w": [21] * 10,
    "pembrolizumab-q6w": [42] * 10,
    "nivolumab-q2w": [14] * 10,
    "nivolumab-q4w": [28] * 10,
    "atezolizumab-q2w": [14] * 10,
    "atezolizumab-q3w": [21] * 10,
    "atezolizumab-q4w": [28] * 10,
    "durvalumab-q2w": [14] * 10,
    "durvalumab-q4w": [28] * 10,
    "avelumab-q2w": [14] * 10,
    "cemiplimab-q3w": [21] * 10,
    "tislelizumab-q3w": [21] * 10,
    "nivolumab-ipilimumab": [21] * 4 + [28] * 6,
    "nivolumab-ipilimumab-q2w": [21] * 4 + [14] * 6,
    "dostarlimab": [21] * 4 + [42] * 6,
    "ipilimumab-q3w": [21] * 4 + [None] * 6,
}


@pytest.mark.parametrize(("regimen_id", "lengths"), list(REGIMEN_CYCLES.items()))
def test_regimen_cycle_lengths(
    protocol: Protocol, regimen_id: str, lengths: list[int | None]
) -> None:
    regimen = protocol.regimen(regimen_id)
    assert regimen.id == regimen_id
    assert regimen.name.strip()
    assert [regimen.cycle_length(cycle) for cycle in range(1, 11)] == lengths


def test_every_regimen_of_the_file_is_checked(protocol: Protocol) -> None:
    assert set(protocol.regimens) == set(REGIMEN_CYCLES)


@pytest.mark.parametrize(
    ("regimen_id", "phases"),
    [
        ("pembrolizumab-q3w", [(21, None)]),
        ("nivolumab-ipilimumab", [(21, 4), (28, None)]),
        ("dostarlimab", [(21, 4), (42, None)]),
        ("ipilimumab-q3w", [(21, 4)]),
    ],
)
def test_regimen_phases(
    protocol: Protocol, regimen_id: str, phases: list[tuple[int, int | None]]
) -> None:
    assert [(p.cycle_days, p.cycles) for p in protocol.regimen(regimen_id).phases] == phases


def test_unknown_regimen_is_a_protocol_error(protocol: Protocol) -> None:
    with pytest.raises(ProtocolError, match="unknown regimen 'nivolumab-q9w'"):
        protocol.regimen("nivolumab-q9w")


def test_quality_and_storage(protocol: Protocol) -> None:
    assert protocol.quality.max_minutes_to_centrifugation == 120
    assert protocol.quality.max_minutes_to_freezing == 240
    assert [b.code for b in protocol.quality.sprec_pre_centrifugation] == ["A", "C", "E", "G"]
    storage = protocol.storage
    assert (storage.box_rows, storage.box_columns, storage.set_point_c) == (9, 9, -80)
    assert storage.rack_box_types == ("serum", "serum", "serum", "buffy")
    assert storage.freezer_location == "Biobank room"
    assert protocol.irae_types[0] == "Dermatitis (skin)"


def test_eligibility_checklists(protocol: Protocol) -> None:
    assert set(protocol.eligibility) == {"ICI", "SAD"}
    assert len(protocol.eligibility["ICI"]["inclusion"]) == 3
    assert len(protocol.eligibility["ICI"]["exclusion"]) == 4
    assert len(protocol.eligibility["SAD"]["inclusion"]) == 2
    assert len(protocol.eligibility["SAD"]["exclusion"]) == 3


# --------------------------------------------------------------------------------------------
# Malformed protocol files: the real file broken by one string replacement


def _broken(old: str, new: str) -> bytes:
    """The real protocol text with the first ``old`` replaced by ``new``."""
    assert old in PROTOCOL_TEXT, f"test set-up: {old!r} is not in the protocol file"
    return PROTOCOL_TEXT.replace(old, new, 1).encode("utf-8")


PEMBRO_Q3W_PHASES = 'phases = [{ name = "pembrolizumab 200 mg", cycle_days = 21 }]'

MALFORMED = [
    # (id, old, new, substrings the message must contain)
    ("missing-cycle-days", PEMBRO_Q3W_PHASES,
     'phases = [{ name = "pembrolizumab 200 mg" }]',
     ["regimens[0].phases[0].cycle_days", "missing"]),
    ("cycle-days-string", "cycle_days = 21 }]", 'cycle_days = "21" }]',
     ["regimens[0].phases[0].cycle_days", "expected an integer"]),
    ("cycle-days-float", "cycle_days = 21 }]", "cycle_days = 21.0 }]",
     ["regimens[0].phases[0].cycle_days", "expected an integer"]),
    ("cycle-days-zero", "cycle_days = 21 }]", "cycle_days = 0 }]",
     ["regimens[0].phases[0].cycle_days", "expected an integer >= 1"]),
    ("cycle-days-bool", "cycle_days = 42 }]", "cycle_days = true }]",
     ["regimens[1].phases[0].cycle_days", "expected an integer"]),
    ("phases-not-a-list", PEMBRO_Q3W_PHASES, 'phases = "q3w"',
     ["regimens[0].phases", "expected a list of tables"]),
    ("phases-empty", PEMBRO_Q3W_PHASES, "phases = []",
     ["regimens[0].phases", "must not be empty"]),
    ("phase-name-missing", PEMBRO_Q3W_PHASES, "phases = [{ cycle_days = 21 }]",
     ["regimens[0].phases[0].name", "missing"]),
    ("cycles-zero", "cycle_days = 21, cycles = 4 },", "cycle_days = 21, cycles = 0 },",
     ["regimens[12].phases[0].cycles", "expected an integer >= 1"]),
    ("open-phase-not-last",
     '{ name = "dostarlimab 500 mg", cycle_days = 21, cycles = 4 }',
     '{ name = "dostarlimab 500 mg", cycle_days = 21 }',
     ["regimens[14].phases[0].cycles", "only the last phase"]),
    ("regimen-id-missing", 'id = "pembrolizumab-q3w"\n', "",
     ["regimens[0].id", "missing"]),
    ("regimen-id-duplicate", 'id = "pembrolizumab-q6w"', 'id = "pembrolizumab-q3w"',
     ["regimens[1].id", "duplicate regimen 'pembrolizumab-q3w'"]),
    ("unknown-sample-set-visit", 'samples = "serum_buffy"', 'samples = "serum_bufy"',
     ["cohorts[0].visits[0].samples", "unknown sample set 'serum_bufy'"]),
    ("unknown-sample-set-event",
     'description = "When a flare is documented"\nsamples = "serum"',
     'description = "When a flare is documented"\nsamples = "plasma"',
     ["cohorts[1].events[1].samples", "unknown sample set 'plasma'"]),
    ("unknown-sample-set-irae",
     '(one per irAE)"\nsamples = "serum"', '(one per irAE)"\nsamples = 6',
     ["cohorts[0].events[0].samples", "expected a non-empty string"]),
    ("visit-code-missing", 'code = "V3"\n', "",
     ["cohorts[0].visits[2].code", "missing"]),
    ("visit-window-negative", 'code = "V2"\n', 'code = "V2"\nwindow_before = -1\n',
     ["cohorts[0].visits[1].window_before", "expected an integer >= 0"]),
    ("visit-cycle-order", "cycle = 3\n", "cycle = 2\n",
     ["cohorts[0].visits", "increasing, distinct cycle numbers"]),
    ("visit-duplicate", 'code = "V4"', 'code = "V3"',
     ["cohorts[0].visits", "duplicate 'V3'"]),
    ("follow-up-string", "follow_up_weeks = 48", 'follow_up_weeks = "48"',
     ["cohorts[0].follow_up_weeks", "expected an integer"]),
    ("anchor-unknown", 'anchor = "enrolment"', 'anchor = "consent"',
     ["cohorts[1].anchor", "expected 'first_dose' or 'enrolment'"]),
    ("requires-regimen-string", "requires_regimen = true", 'requires_regimen = "yes"',
     ["cohorts[0].requires_regimen", "expected true or false"]),
    ("site-name-missing", 'code = "GAL"\nname = "Hospital Galdakao-Usansolo"\n',
     'code = "GAL"\n', ["sites[2].name", "missing"]),
    ("site-duplicate", 'code = "DON"', 'code = "nav"', ["sites", "duplicate 'NAV'"]),
    ("site-sponsor-string", "sponsor = true", 'sponsor = "yes"',
     ["sites[0].sponsor", "expected true or false"]),
    ("aliquot-count-missing", '{ sample_type = "serum", count = 6 }]',
     '{ sample_type = "serum" }]', ["sample_sets.serum.aliquots[0].count", "missing"]),
    ("aliquot-unknown-type", '{ sample_type = "buffy_coat", count = 1 }',
     '{ sample_type = "buffy", count = 1 }',
     ["sample_sets.serum_buffy.aliquots[1].sample_type", "unknown sample type 'buffy'"]),
    ("unknown-primary-tube", 'tubes = ["sst", "edta"]', 'tubes = ["sst", "heparin"]',
     ["sample_sets.serum_buffy.tubes[1]", "unknown primary tube 'heparin'"]),
    ("sample-type-box-type", 'box_type = "buffy"', 'box_type = "fridge"',
     ["sample_types.buffy_coat.box_type", "expected one of serum, buffy"]),
    ("sample-type-volume-string", "volume_ul = 500", 'volume_ul = "500"',
     ["sample_types.serum.volume_ul", "expected an integer"]),
    ("primary-tube-label-missing",
     '[primary_tubes.edta]\nlabel = "K2-EDTA tube (lavender top) 6 mL"',
     '[primary_tubes.edta]\ncolour = "lavender"', ["primary_tubes.edta.label", "missing"]),
    ("eligibility-unknown-cohort", "[eligibility.SAD]", "[eligibility.XYZ]",
     ["eligibility.XYZ", "not a cohort code"]),
    ("sprec-buckets-order", 'max_minutes = 240\ncode = "C"', 'max_minutes = 100\ncode = "C"',
     ["quality.sprec_pre_centrifugation", "increasing max_minutes"]),
    ("quality-limit-missing", "max_minutes_to_freezing = 240\n", "",
     ["quality.max_minutes_to_freezing", "missing"]),
    ("rack-box-types-count", 'rack_box_types = ["serum", "serum", "serum", "buffy"]',
     'rack_box_types = ["serum", "serum", "buffy"]',
     ["storage.rack_box_types", "one entry per rack"]),
    ("rack-box-type-unknown", 'rack_box_types = ["serum", "serum", "serum", "buffy"]',
     'rack_box_types = ["serum", "serum", "serum", "plasma"]',
     ["storage.rack_box_types[3]", "expected one of serum, buffy"]),
    ("box-rows-too-many", "box_rows = 9", "box_rows = 27", ["storage.box_rows", "26"]),
    ("set-point-string", "set_point_c = -80", 'set_point_c = "cold"',
     ["storage.set_point_c", "expected an integer"]),
    ("freezer-code-missing", '{ code = "F1", name', "{ name",
     ["storage.default_freezer.code", "missing"]),
    ("study-table-missing", "[study]\n", "[studies]\n", ["study", "missing"]),
    ("study-code-prefix-missing", 'code_prefix = "IA"', "# code_prefix",
     ["study.code_prefix", "missing"]),
    ("default-window-negative", "default_window_days = 3", "default_window_days = -1",
     ["study.default_window_days", "expected an integer >= 0"]),
    ("irae-types-not-strings", '"Dermatitis (skin)",', "42,",
     ["irae.types", "expected a list of non-empty strings"]),
]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [pytest.param(old, new, expected, id=case) for case, old, new, expected in MALFORMED],
)
def test_malformed_protocol_names_the_key(old: str, new: str, expected: list[str]) -> None:
    with pytest.raises(ProtocolError) as caught:
        parse_protocol(_broken(old, new), "broken.toml")
    message = str(caught.value)
    assert message.startswith("protocol file broken.toml: ")
    for part in expected:
        assert part in message
    # One clear line, never a traceback-like dump.
    assert "\n" not in message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(_broken("[study]", "[study"), "not valid TOML", id="unclosed-table"),
        pytest.param(
            _broken('name = "INTER-AUTENTIC"', 'name = "INTER-AUTENTIC"\nname = "x"'),
            "not valid TOML", id="duplicate-key",
        ),
        pytest.param(_broken("code_digits = 3", "code_digits = "), "not valid TOML",
                     id="missing-value"),
        pytest.param(PROTOCOL_TEXT.encode("latin-1"), "not UTF-8 text", id="latin-1"),
        pytest.param(PROTOCOL_TEXT.encode("utf-8") + b"\n# \xff\xfe\n", "not UTF-8 text",
                     id="invalid-bytes"),
        pytest.param(PROTOCOL_TEXT.encode("utf-16"), "not UTF-8 text", id="utf-16"),
    ],
)
def test_unreadable_protocol_text(raw: bytes, expected: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        parse_protocol(raw, "broken.toml")
    assert str(caught.value).startswith("protocol file broken.toml: ")
    assert expected in str(caught.value)


def test_protocol_without_regimens_names_the_key() -> None:
    text = PROTOCOL_TEXT.replace("[[regimens]]", "[[treatments]]")
    with pytest.raises(ProtocolError, match=r"broken\.toml: regimens: missing"):
        parse_protocol(text.encode("utf-8"), "broken.toml")


def test_malformed_file_on_disk_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "my-study.toml"
    path.write_bytes(_broken("cycle_days = 21 }]", 'cycle_days = "21" }]'))
    with pytest.raises(ProtocolError, match=r"my-study\.toml: regimens\[0\]\.phases\[0\]"):
        load_protocol(path)


# --------------------------------------------------------------------------------------------
# Optional keys and defaults


def test_unmodified_text_parses() -> None:
    # Guards the malformed cases above: each differs from a valid file by its one change only.
    assert parse_protocol(PROTOCOL_TEXT.encode("utf-8")).id == "inter-autentic"


def test_default_window_applies_to_visits_and_events() -> None:
    protocol = parse_protocol(_broken("default_window_days = 3", "default_window_days = 5"))
    for cohort in protocol.cohorts.values():
        for item in (*cohort.visits, *cohort.events):
            assert (item.window_before, item.window_after) == (5, 5)


def test_visit_window_overrides_the_default() -> None:
    protocol = parse_protocol(
        _broken('code = "V2"\n', 'code = "V2"\nwindow_before = 0\nwindow_after = 7\n')
    )
    windows = {v.code: (v.window_before, v.window_after) for v in protocol.cohort("ICI").visits}
    assert windows["V2"] == (0, 7)
    assert windows["V3"] == (3, 3)


def test_optional_keys_take_their_defaults() -> None:
    text = (
        PROTOCOL_TEXT.replace('registration = "NCT07249060"\n', "", 1)
        .replace('ctcae_version = "5.0"\n', "", 1)
        .replace('description = "Before the dose of cycle 2"\n', "", 1)
        .replace(', location = "Biobank room"', "", 1)
    )
    protocol = parse_protocol(text.encode("utf-8"))
    assert protocol.registration == "-"
    assert protocol.ctcae_version == "5.0"
    assert protocol.cohort("ICI").visits[1].description == "V2"
    # Regression: the freezer location is optional (default ""), it used to be rejected.
    assert protocol.storage.freezer_location == ""


def test_site_codes_are_upper_cased() -> None:
    protocol = parse_protocol(_broken('code = "NAV"', 'code = "nav"'))
    assert [s.code for s in protocol.sites][1] == "NAV"


def test_protocol_without_irae_types() -> None:
    start = PROTOCOL_TEXT.index("[irae]")
    protocol = parse_protocol(PROTOCOL_TEXT[:start].encode("utf-8"))
    assert protocol.irae_types == ()


# --------------------------------------------------------------------------------------------
# Split storage (issue 7, point 4)


def test_shipped_protocol_keeps_split_storage_off(protocol: Protocol) -> None:
    """`biotrack init` and the demo build one freezer: a split would refuse every draw."""
    assert "[storage.split]" in PROTOCOL_TEXT
    assert protocol.storage.split is None


def test_split_storage_when_enabled() -> None:
    split = parse_protocol(_broken("enabled = false", "enabled = true")).storage.split
    assert split is not None
    assert split.sample_type == "serum"
    assert split.groups == ((1, 2, 3), (4, 5, 6))
    assert split.freezers == ()
    assert [split.group_of("serum", n) for n in range(1, 8)] == [0, 0, 0, 1, 1, 1, None]
    assert split.group_of("buffy_coat", 1) is None
    named = parse_protocol(_broken('# freezers = ["F1", "F2"]', 'freezers = ["F1", "F2"]')
                           .replace(b"enabled = false", b"enabled = true")).storage.split
    assert named is not None and named.freezers == ("F1", "F2")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param('sample_type = "serum"\ngroups', 'sample_type = "plasma"\ngroups',
                     ["storage.split.sample_type", "unknown sample type 'plasma'"],
                     id="split-unknown-type"),
        pytest.param("groups = [[1, 2, 3], [4, 5, 6]]", "groups = [[1, 2, 3, 4, 5, 6]]",
                     ["storage.split.groups", "at least two"], id="split-one-group"),
        pytest.param("groups = [[1, 2, 3], [4, 5, 6]]", "groups = [[1, 2, 3], [3, 4]]",
                     ["storage.split.groups[1]", "aliquot 3 is in two groups"],
                     id="split-overlap"),
        pytest.param("groups = [[1, 2, 3], [4, 5, 6]]", 'groups = [[1, 2], ["x"]]',
                     ["storage.split.groups", "aliquot numbers"], id="split-not-numbers"),
        pytest.param('# freezers = ["F1", "F2"]', 'freezers = ["F1"]',
                     ["storage.split.freezers", "one freezer code per group"],
                     id="split-freezer-count"),
        pytest.param('# freezers = ["F1", "F2"]', 'freezers = ["F1", "F1"]',
                     ["storage.split.freezers", "duplicate 'F1'"], id="split-same-freezer"),
        pytest.param("enabled = false", 'enabled = "yes"',
                     ["storage.split.enabled", "expected true or false"],
                     id="split-enabled-not-bool"),
    ],
)
def test_malformed_split_names_the_key(old: str, new: str, expected: list[str]) -> None:
    raw = _broken(old, new)
    if b"enabled = false" in raw:
        raw = raw.replace(b"enabled = false", b"enabled = true")
    with pytest.raises(ProtocolError) as caught:
        parse_protocol(raw, "broken.toml")
    for part in expected:
        assert part in str(caught.value)


# --------------------------------------------------------------------------------------------
# Translations of the display texts (issue 9)


def test_translations_are_read(protocol: Protocol) -> None:
    assert protocol.text("Serum", "es") == "Suero"
    assert protocol.text("Buffy coat in RNAlater", "es_ES") == "Capa leucocitaria en RNAlater"
    assert protocol.text(SST_LABEL, "es").startswith("Tubo separador de suero")
    assert protocol.text("Serum", "en") == "Serum"


def test_every_display_text_of_the_shipped_file_has_spanish(protocol: Protocol) -> None:
    assert protocol.display_texts() - set(protocol.translations["es"]) == set()
    # and every key is a text of the file (a typo would silently stay in English)
    assert set(protocol.translations["es"]) - protocol.display_texts() == set()


def test_missing_translation_falls_back_to_english() -> None:
    protocol = parse_protocol(_broken('"Serum" = "Suero"\n', ""))
    assert protocol.text("Serum", "es") == "Serum"
    assert protocol.text("Buffy coat", "es") == "Capa leucocitaria"
    assert protocol.text("Serum", "fr") == "Serum"  # a language the file does not carry


def test_protocol_without_translations() -> None:
    start = PROTOCOL_TEXT.index("[translations.es]")
    protocol = parse_protocol(PROTOCOL_TEXT[:start].encode("utf-8"))
    assert protocol.translations == {}
    assert protocol.text("Serum", "es") == "Serum"


BAD_TRANSLATIONS = [
    ("empty-value", '"Serum" = "Suero"', '"Serum" = ""',
     ['translations.es."Serum"', "expected a non-empty string"]),
    ("not-a-string", '"Serum" = "Suero"', '"Serum" = 3',
     ['translations.es."Serum"', "expected a non-empty string"]),
    ("language-code", "[translations.es]", "[translations.Spanish]",
     ["translations.Spanish", "language code"]),
    ("not-a-table", "[translations.es]", "[translations]\nes = 3\n[unused]",
     ["translations.es", "expected a table"]),
]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [pytest.param(old, new, expected, id=case) for case, old, new, expected in BAD_TRANSLATIONS],
)
def test_bad_translations_are_refused_naming_the_key(
    old: str, new: str, expected: list[str],
) -> None:
    with pytest.raises(ProtocolError) as caught:
        parse_protocol(_broken(old, new), "broken.toml")
    message = str(caught.value)
    assert message.startswith("protocol file broken.toml: ")
    for part in expected:
        assert part in message
    assert "\n" not in message
