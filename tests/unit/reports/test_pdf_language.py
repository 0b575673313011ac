"""The PDFs in the reader's language (issue 9): every kind rendered with a fake Spanish
``translate`` (a dict lookup, no Qt catalogue needed) and read back with pdftotext.

The writers take ``translate`` (context, text) -> text; the PDF's texts are filed under the
context "Reports", and the catalogue's translation of "en" says the language, which decides
dates (day first) and decimals (comma) in Spanish. Sample types and tubes come from the
protocol's own [translations.es]. Codes (study codes, barcodes, box paths) stay as stored.
The English defaults are checked by the other report tests, unchanged; here only that the
default still writes English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from biotrack.reports import manifest, pdf, pull_list
from biotrack.services import enrolment, reporting, space
from biotrack.services.context import Session
from tests.factories import new_session
from tests.unit.reports.conftest import History
from tests.unit.reports.helpers import pdf_text, render_pages
from tests.unit.services import space_scenario

SPANISH = {
    # the language itself, and the page frame
    "en": "es",
    "Generated {stamp} by BioTrack {version} - coded data only, no personal data":
        "Generado el {stamp} por BioTrack {version} - solo datos codificados, ningún dato "
        "personal",
    "Page {number} of {total}": "Página {number} de {total}",
    "October": "octubre",
    "{month} {year}": "{month} de {year}",
    "yes": "sí",
    "NO": "NO",
    # the draw list
    "Draw list": "Lista de extracciones",
    "Code": "Código",
    "Visit": "Visita",
    "Tubes to draw": "Tubos a extraer",
    "Initials": "Iniciales",
    "{visits} visit(s) to draw.": "{visits} visita(s) por extraer.",
    "{study}  -  {start} to {end}  -  {where}": "{study}  -  del {start} al {end}  -  {where}",
    "all sites": "todos los centros",
    # the pull list
    "Pull list {code}": "Lista de retirada {code}",
    "Sample type": "Tipo de muestra",
    "Barcode": "Código de barras",
    "picked": "recogido",
    "Freezer {freezer} - shelf {shelf} - rack {rack}: {tubes} tube(s)":
        "Congelador {freezer} - estante {shelf} - rack {rack}: {tubes} tubo(s)",
    # the manifest
    "Shipment manifest": "Manifiesto de envío",
    "Ship date": "Fecha de envío",
    "Tubes per sample type": "Tubos por tipo de muestra",
    # the inventory and its temperatures
    "Monthly freezer inventory": "Inventario mensual de congeladores",
    "Aliquots in storage": "Alícuotas almacenadas",
    "Occupancy": "Ocupación",
    "Stock at the end of the month": "Existencias al final del mes",
    "Freezer temperatures": "Temperaturas de los congeladores",
    "Freezer {freezer}: {used} of {capacity} positions occupied ({percent} %), per rack":
        "Congelador {freezer}: {used} de {capacity} posiciones ocupadas ({percent} %), por rack",
    # completeness
    "Collection completeness and protocol deviations":
        "Completitud de extracciones y desviaciones de protocolo",
    "Per site and cohort": "Por centro y cohorte",
    "Visits due": "Visitas debidas",
    # free space
    "Freezer utilisation": "Ocupación de congeladores",
    "Per freezer": "Por congelador",
    "Defragmentation plan": "Plan de desfragmentación",
    "From box {box}: {tubes} tube(s) - box empty afterwards":
        "Desde la caja {box}: {tubes} tubo(s) - la caja queda vacía",
    "Evacuation list: freezer {freezer}": "Lista de evacuación: congelador {freezer}",
    "Enough room": "Espacio suficiente",
    "Status": "Estado",
}
#: A few status words of the "Messages" context, as the catalogue has them.
MESSAGES = {"in storage": "almacenado", "checked out": "retirado", "draft": "borrador",
            "open": "abierta"}


def spanish(context: str, text: str) -> str:
    """A fake catalogue: the texts above in Spanish, anything else as written."""
    table = SPANISH if context == pdf.REPORTS else MESSAGES if context == "Messages" else {}
    return table.get(text, text)


def squeeze(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text)


def test_words_reads_the_language_from_the_catalogue() -> None:
    words = pdf.Words(spanish)
    assert words.language == "es"
    assert words.date(date(2026, 10, 5)) == "05/10/2026"
    assert words.date("2026-10-05T12:00Z") == "05/10/2026 12:00Z"
    assert words.date("2026-09-01 - 2026-09-15") == "01/09/2026 - 15/09/2026"
    assert words.number(16.0) == "16,0"
    assert words.month(2026, 10) == "octubre de 2026"
    assert words.status("checked_out") == "retirado"
    english = pdf.Words()
    assert english.language == "en"
    assert (english.date(date(2026, 10, 5)), english.number(16.0)) == ("2026-10-05", "16.0")
    assert english.month(2026, 10) == "October 2026"
    assert english.status("lost_to_follow_up") == "lost to follow up"
    # A catalogue that names a field the template lacks falls back to English.
    broken = pdf.Words(lambda _c, t: "Página {numero}" if t.startswith("Page") else t)
    assert broken(pdf.QT_TRANSLATE_NOOP("Reports", "Page {number} of {total}"),
                  number=1, total=2) == "Page 1 of 2"


# -- the draw list (through the service: tubes in the protocol's Spanish) ------------------------


def _due_visit(session: Session) -> str:
    enrolment.enrol(session, enrolment.Enrolment(cohort="SAD", site="NAV",
                                                 enrolled_on=date(2026, 11, 10)))
    return session.protocol.text("Serum separator tube (SST, gold top) 8.5 mL", "es")


def test_draw_list_in_spanish(session: Session, tmp_path: Path) -> None:
    tube = _due_visit(session)
    target = tmp_path / "due-es.pdf"
    reporting.draw_list_report(session, date(2026, 11, 1), date(2026, 12, 31), target,
                               translate=spanish)
    text = squeeze(pdf_text(target))
    for word in ("Lista de extracciones", "Código", "Visita", "Tubos a extraer", "Iniciales",
                 "del 01/11/2026 al 31/12/2026", "todos los centros", "Página 1 de 1",
                 "Generado el 25/11/2026 12:00 UTC", "1 visita(s) por extraer."):
        assert word in text, word
    assert " ".join(tube.split()[:3]) in text and "Serum separator" not in text
    assert "Tubes to draw" not in text and "Initials" not in text
    # Layout: the landscape page renders (checked by eye at 80 dpi while writing this).
    assert render_pages(target, tmp_path / "png")


def test_draw_list_stays_english_by_default(session: Session, tmp_path: Path) -> None:
    _due_visit(session)
    target = tmp_path / "due-en.pdf"
    reporting.draw_list_report(session, date(2026, 11, 1), date(2026, 12, 31), target)
    text = squeeze(pdf_text(target))
    assert "Draw list" in text and "Tubes to draw" in text and "Serum separator" in text
    assert "2026-11-01 to 2026-12-31 - all sites" in text and "Page 1 of 1" in text


# -- pull list and manifest (the writers directly) -----------------------------------------------


def test_pull_list_in_spanish(tmp_path: Path) -> None:
    items = [{"freezer": "F1", "shelf": "S1", "rack": "R2", "box": "B1", "position": "A1",
              "barcode": "BT00000042", "code": "IA-NAV-001", "visit": "V1",
              "sample_type": "serum", "number": 1, "of": 6, "state": "picked"}]
    pull = {"code": "PULL-2026-0001", "purpose": "Panel", "criteria_text": "cohort ICI",
            "allow_last": False, "status": "open", "created_at": "2026-11-25T12:00:00+00:00",
            "created_by": "admin", "items": items}
    target = tmp_path / "pull-es.pdf"
    pull_list.write_pull_list_pdf(pull, target, study="INTER-AUTENTIC",
                                  generated_at=datetime(2026, 11, 25, 12, tzinfo=UTC),
                                  sample_labels={"serum": "Suero"}, translate=spanish)
    text = squeeze(pdf_text(target))
    for word in ("Lista de retirada PULL-2026-0001", "Tipo de muestra", "Código de barras",
                 "Congelador F1 - estante S1 - rack R2: 1 tubo(s)", "recogido", "Suero",
                 "BT00000042", "IA-NAV-001", "abierta", "25/11/2026 12:00 UTC"):
        assert word in text, word
    english = tmp_path / "pull-en.pdf"
    pull_list.write_pull_list_pdf(pull, english, study="INTER-AUTENTIC",
                                  generated_at=datetime(2026, 11, 25, 12, tzinfo=UTC))
    assert "Pull list PULL-2026-0001" in pdf_text(english)


def test_manifest_in_spanish(tmp_path: Path) -> None:
    rows = [{"barcode": "BT00000001", "code": "IA-NAV-001", "visit": "V1",
             "sample_type": "serum", "volume_ul": 500, "box": "F1/S1/R1/B1",
             "position": "A1"}]
    header = manifest.ManifestHeader(
        code="SHP-2026-0001", destination="Lab D", courier="", tracking="",
        ship_date=date(2026, 11, 30), un3373=True, dry_ice_kg=7.5, status="draft",
        study="INTER-AUTENTIC", generated_at=datetime(2026, 11, 25, 12, tzinfo=UTC))
    target = tmp_path / "manifest-es.pdf"
    manifest.write_manifest_pdf(header, rows, target, sample_labels={"serum": "Suero"},
                                translate=spanish)
    text = squeeze(pdf_text(target))
    for word in ("Manifiesto de envío", "Fecha de envío", "30/11/2026", "borrador",
                 "Tubos por tipo de muestra", "Suero", "7,5 kg", "UN3373", "SHP-2026-0001"):
        assert word in text, word
    english = tmp_path / "manifest-en.pdf"
    manifest.write_manifest_pdf(header, rows, english)
    assert "Ship date 2026-11-30" in squeeze(pdf_text(english))


# -- inventory and completeness (the reports' scenario) ------------------------------------------


def test_inventory_in_spanish(history: History, tmp_path: Path) -> None:
    target = tmp_path / "inventory-es.pdf"
    reporting.inventory_report(history.session, "2026-10", "pdf", target, translate=spanish)
    text = squeeze(pdf_text(target))
    for word in ("Inventario mensual de congeladores", "octubre de 2026 (2026-10)",
                 "Alícuotas almacenadas 31", "Existencias al final del mes",
                 "Congelador F2: 26 de 162 posiciones ocupadas (16,0 %), por rack",
                 "Temperaturas de los congeladores", "Suero", "Página 1 de"):
        assert word in text, word
    assert "Aliquots in storage" not in text and "Page 1 of" not in text


def test_completeness_in_spanish(history: History, tmp_path: Path) -> None:
    target = tmp_path / "completeness-es.pdf"
    reporting.completeness_report(history.session, "pdf", target, translate=spanish)
    text = squeeze(pdf_text(target))
    for word in ("Completitud de extracciones y desviaciones de protocolo",
                 "Por centro y cohorte", "Visitas debidas", "Página 1 de"):
        assert word in text, word
    assert "Per site and cohort" not in text


# -- free space ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fragmented(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Session, Path]]:
    folder = tmp_path_factory.mktemp("space-es")
    session = new_session(folder)
    space_scenario.build(session)
    yield session, folder
    session.db.close()


def test_free_space_documents_in_spanish(fragmented: tuple[Session, Path]) -> None:
    session, folder = fragmented
    space.write_utilisation(session, folder / "u.pdf", "pdf", translate=spanish)
    text = squeeze(pdf_text(folder / "u.pdf"))
    assert "Ocupación de congeladores" in text and "Por congelador" in text
    assert "25,0" in text and "25.0" not in text

    space.write_defrag_plan(session, space.defrag_plan(session, "F2"), folder / "plan.pdf",
                            translate=spanish)
    text = squeeze(pdf_text(folder / "plan.pdf"))
    assert "Plan de desfragmentación" in text
    assert "Desde la caja F2/S1/R1/B3: 1 tubo(s) - la caja queda vacía" in text

    space.write_evacuation(session, space.evacuation(session, "F2"), folder / "evac.pdf",
                           "pdf", translate=spanish)
    text = squeeze(pdf_text(folder / "evac.pdf"))
    assert "Lista de evacuación: congelador F2" in text and "Espacio suficiente" in text
    assert "almacenado" in text and "in storage" not in text
