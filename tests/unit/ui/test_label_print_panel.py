"""The labels panel: the Settings' template and printer, Print straight to a Zebra (raw TCP) or a
print queue (lp), saving files, and a printer that cannot be reached (issue 5, labels).

The Zebra is a fake: a TCP server on 127.0.0.1 in a thread that keeps what it receives. The print
queue is a fake ``lp`` on PATH that keeps its arguments and its input. The print log is read
through the printing service: a job that was not delivered is not logged.
"""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from biotrack import settings as declared
from biotrack.models import Collection
from biotrack.services import printing
from biotrack.services.context import Session
from biotrack.ui.widgets.label_print_panel import LabelPrintPanel, LabelSource
from tests.unit.services.test_storage import dump, register_v1


class FakeZebra:
    """One raw-printing connection on a free local port; ``data`` is what was sent."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(20)
        self.port = self.server.getsockname()[1]
        self.data = b""
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            connection, _address = self.server.accept()
        except OSError:
            return
        with connection:
            connection.settimeout(20)
            chunks = []
            while chunk := connection.recv(65536):
                chunks.append(chunk)
            self.data = b"".join(chunks)

    def close(self) -> None:
        self.server.close()
        self.thread.join(timeout=20)


@pytest.fixture
def zebra():  # type: ignore[no-untyped-def]
    printer = FakeZebra()
    yield printer
    printer.close()


@pytest.fixture
def v1(session: Session) -> Collection:
    return register_v1(session)


def _panel(qtbot, session: Session, db_path: Path, recorder, settings: QSettings,  # type: ignore[no-untyped-def]
           v1: Collection | None = None) -> LabelPrintPanel:
    panel = LabelPrintPanel(session, db_path, recorder, settings=settings)
    qtbot.addWidget(panel)
    if v1 is not None:
        panel.set_source(LabelSource(
            description=f"labels of collection {v1.id}",
            job=lambda s, options: printing.print_collection(s, v1.id, options),
            file_stem="labels"))
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _free_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return int(probe.getsockname()[1])


def test_print_sends_zpl_to_the_zebra_of_the_settings(qtbot, session: Session, db_path: Path,
                                                      recorder, settings: QSettings,
                                                      v1: Collection, zebra: FakeZebra) -> None:
    settings.setValue(declared.LABEL_PRINTER.key, f"zebra:127.0.0.1:{zebra.port}")
    panel = _panel(qtbot, session, db_path, recorder, settings, v1)
    assert panel.printer() == f"127.0.0.1:{zebra.port}"
    assert panel.printer_label.text() == f"Zebra printer 127.0.0.1:{zebra.port}"
    assert panel.print_button.isVisible() and panel.print_button.isEnabled()

    with qtbot.waitSignal(panel.labels_printed, timeout=20_000) as printed:
        qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
        assert panel.busy() and panel.progress.isVisible()
        assert not panel.print_button.isEnabled() and not panel.save_button.isEnabled()
    zebra.thread.join(timeout=20)

    assert printed.args == [f"127.0.0.1:{zebra.port}"]
    assert zebra.data.count(b"^XA") == len(v1.aliquots) and zebra.data.rstrip().endswith(b"^XZ")
    for aliquot in v1.aliquots:
        assert aliquot.barcode.encode() in zebra.data
    assert recorder.errors == []
    assert recorder.infos[-1] == ("Labels", f"8 labels sent to Zebra printer 127.0.0.1:"
                                            f"{zebra.port}\nTemplate cryo-38x13, ZPL, 203 dpi.")
    (logged,) = printing.print_log(session)
    assert sorted(logged["barcodes"]) == sorted(a.barcode for a in v1.aliquots)
    assert not panel.busy() and panel.progress.isHidden()


def test_an_unreachable_printer_is_one_message_and_nothing_is_logged(
        qtbot, session: Session, db_path: Path, recorder, settings: QSettings,
        v1: Collection) -> None:
    settings.setValue(declared.LABEL_PRINTER.key, f"zebra:127.0.0.1:{_free_port()}")
    panel = _panel(qtbot, session, db_path, recorder, settings, v1)
    before = dump(session)
    assert panel.print_labels()
    qtbot.waitUntil(lambda: not panel.busy(), timeout=20_000)
    assert len(recorder.errors) == 1
    title, message = recorder.errors[0]
    assert title == "Labels not printed"
    assert "cannot send labels to printer 127.0.0.1" in message
    assert "Traceback" not in message and "\n" not in message
    assert recorder.infos == []
    assert printing.print_log(session) == []
    assert dump(session) == before
    assert panel.print_button.isEnabled()  # ready to try again


def test_print_sends_raw_zpl_to_a_print_queue(qtbot, session: Session, db_path: Path,
                                              recorder, settings: QSettings, v1: Collection,
                                              tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(f'#!/bin/sh\necho "$@" > "{tmp_path}/lp-args"\ncat > "{tmp_path}/lp-job"\n')
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    settings.setValue(declared.LABEL_PRINTER.key, "zebra-bench")
    panel = _panel(qtbot, session, db_path, recorder, settings, v1)
    assert panel.printer() == "queue:zebra-bench"
    assert panel.printer_label.text() == "print queue zebra-bench"
    with qtbot.waitSignal(panel.labels_printed, timeout=20_000):
        qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "lp-args").read_text().split() == ["-d", "zebra-bench", "-o", "raw"]
    job = (tmp_path / "lp-job").read_bytes()
    assert job.startswith(b"^XA") and v1.aliquots[0].barcode.encode() in job
    assert "8 labels sent to print queue zebra-bench" in recorder.infos[-1][1]
    assert len(printing.print_log(session)) == 1


def test_with_pdf_in_the_settings_labels_are_saved_as_files(
        qtbot, session: Session, db_path: Path, recorder, settings: QSettings,
        v1: Collection, tmp_path: Path) -> None:
    settings.setValue(declared.LABEL_PRINTER.key, "pdf")
    panel = _panel(qtbot, session, db_path, recorder, settings, v1)
    assert panel.printer() is None
    assert not panel.print_button.isVisible()
    assert "saved as files" in panel.printer_label.text()
    assert not panel.print_labels()
    panel.format_combo.setCurrentIndex(panel.format_combo.findData("zpl"))
    panel.ask_output_file = lambda suggested, fmt: tmp_path / "out"  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.labels_saved, timeout=20_000) as saved:
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    written = Path(saved.args[0])
    assert written.name == "out.zpl"
    assert written.read_bytes().count(b"^XA") == 8
    assert "8 labels saved to" in recorder.infos[-1][1]


def test_the_default_template_comes_from_the_settings_and_a_sheet_cannot_go_to_a_zebra(
        qtbot, session: Session, db_path: Path, recorder, settings: QSettings,
        v1: Collection) -> None:
    settings.setValue(declared.LABEL_TEMPLATE.key, "sheet-a4")
    settings.setValue(declared.LABEL_PRINTER.key, "zebra:127.0.0.1:9100")
    panel = _panel(qtbot, session, db_path, recorder, settings, v1)
    assert panel.template_combo.currentData() == "sheet-a4"
    assert not panel.print_button.isEnabled()
    assert "only as PDF" in panel.print_button.toolTip()
    assert not panel.print_labels()
    panel.template_combo.setCurrentIndex(panel.template_combo.findData("cryo-38x13"))
    assert panel.print_button.isEnabled()


def test_a_printer_set_later_in_settings_is_used_when_the_panel_is_shown_again(
        qtbot, session: Session, db_path: Path, recorder, settings: QSettings,
        v1: Collection) -> None:
    panel = _panel(qtbot, session, db_path, recorder, settings, v1)
    assert panel.printer() is None  # nothing stored: PDF files
    panel.hide()
    settings.setValue(declared.LABEL_PRINTER.key, "zebra:10.1.2.3:9100")
    panel.show()
    assert panel.printer() == "10.1.2.3:9100"
    assert panel.print_button.isVisible() and panel.print_button.isEnabled()


def test_a_pdf_sheet_goes_to_a_print_queue_through_its_filters(
        qtbot, session: Session, db_path: Path, recorder, settings: QSettings, v1: Collection,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An A4 label sheet has no ZPL: with a print queue (an office printer) Print sends the PDF,
    not raw, so CUPS renders it."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(f'#!/bin/sh\necho "$@" > "{tmp_path}/lp-args"\ncat > "{tmp_path}/lp-job"\n')
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    settings.setValue(declared.LABEL_TEMPLATE.key, "sheet-a4")
    settings.setValue(declared.LABEL_PRINTER.key, "office-laser")
    panel = _panel(qtbot, session, db_path, recorder, settings, v1)
    assert panel.print_format() == "pdf"
    assert panel.print_button.isEnabled()
    assert "as PDF" in panel.print_button.toolTip()
    with qtbot.waitSignal(panel.labels_printed, timeout=20_000):
        qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "lp-args").read_text().split() == ["-d", "office-laser"]
    assert (tmp_path / "lp-job").read_bytes().startswith(b"%PDF")
    logged = printing.print_log(session)
    assert len(logged) == 1 and logged[0]["format"] == "pdf"


def test_the_shipped_templates_descriptions_are_marked_for_translation() -> None:
    """The descriptions lupdate finds are the ones the shipped template files carry, so a
    Spanish screen translates them; a site's own template is shown as written."""
    from biotrack.labels.templates import load_template, template_names
    from biotrack.ui.value_labels import SHIPPED_TEMPLATE_DESCRIPTIONS, template_description

    shipped = {load_template(name).description for name in template_names()}
    assert shipped <= set(SHIPPED_TEMPLATE_DESCRIPTIONS)
    assert template_description("my own 10 x 10 label") == "my own 10 x 10 label"
