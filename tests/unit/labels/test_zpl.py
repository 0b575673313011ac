"""ZPL for Zebra printers (issue 4 point 4 and "What it must show").

One ^XA/^XZ pair per label, the payload in each, every field origin (^FO) inside the label at
203 and 300 dpi, sized from the same template as the PDF; sending to a raw 9100 socket works
and a printer that is not there is one clear error, not a hang.
"""

from __future__ import annotations

import re
import socket
import threading
from datetime import date

import pytest

from biotrack.barcodes import make_barcode
from biotrack.errors import UserError
from biotrack.labels.content import LabelData
from biotrack.labels.layout import label_size, lay_out
from biotrack.labels.templates import load_template
from biotrack.labels.zpl import PrinterError, escape, render_zpl, send, send_raw

LABELS = [LabelData(make_barcode(s), "IA-NAV-012", "V5", sample, date(2026, 3, 30))
          for s, sample in ((12, "SER 1/6"), (345, "SER 2/6"), (67890, "BC"),
                            (9999999, "BC-RNA"))]


def blocks(zpl: str) -> list[str]:
    return re.findall(r"\^XA.*?\^XZ", zpl, flags=re.DOTALL)


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("name", ["cryo-38x13", "cryo-cap"])
def test_one_block_per_label_with_its_payload_and_fields_inside(name: str, dpi: int) -> None:
    template = load_template(name)
    zpl = render_zpl(template, LABELS, dpi).decode("utf-8")
    assert zpl.count("^XA") == zpl.count("^XZ") == len(LABELS)
    width, height = label_size(template, dpi)
    for block, label in zip(blocks(zpl), LABELS, strict=True):
        assert f"^FD{label.barcode}^FS" in block  # the symbol's payload
        assert f"^PW{width}" in block and f"^LL{height}" in block
        assert block.count("^BX") == 1  # Data Matrix drawn by the printer
        layout = lay_out(template, label, dpi)
        assert layout.symbol is not None
        assert f"^BXN,{layout.symbol.module},200," in block
        origins = [(int(x), int(y)) for x, y in re.findall(r"\^FO(\d+),(\d+)", block)]
        assert len(origins) == 1 + len(layout.texts)
        for x, y in origins:
            assert layout.content.x <= x < layout.content.right
            assert layout.content.y <= y < layout.content.bottom
        # Each text field's font height stays inside the label too.
        for match in re.finditer(r"\^FO(\d+),(\d+)\^A0N,(\d+),0", block):
            assert int(match.group(2)) + int(match.group(3)) <= height


def test_the_same_template_gives_more_dots_at_300_dpi() -> None:
    template = load_template("cryo-38x13")
    low = render_zpl(template, LABELS[:1], 203).decode()
    high = render_zpl(template, LABELS[:1], 300).decode()
    assert "^PW303" in low and "^LL103" in low
    assert "^PW448" in high and "^LL153" in high


def test_code128_is_drawn_by_the_printer_with_whole_dot_modules() -> None:
    template = load_template("sheet-a4")
    with pytest.raises(UserError, match="for laser printers: use the PDF"):
        render_zpl(template, LABELS, 203)
    from dataclasses import replace

    roll = replace(template, media="roll", sheet=None, formats=("pdf", "zpl"))
    zpl = render_zpl(roll, LABELS, 203).decode()
    assert zpl.count("^BY2^FO") == len(LABELS)  # 2-dot modules at 203 dpi
    assert zpl.count("^BCN,48,N,N,N,A^FD") == len(LABELS)


def test_field_data_is_escaped() -> None:
    assert escape("A^B~C_D") == "A_5EB_7EC_5FD"
    with pytest.raises(UserError):
        escape("bad\x03")


def _server() -> tuple[socket.socket, list[bytes], threading.Thread]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    received: list[bytes] = []

    def serve() -> None:
        connection, _ = listener.accept()
        with connection:
            chunks = []
            while chunk := connection.recv(65536):
                chunks.append(chunk)
            received.append(b"".join(chunks))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return listener, received, thread


def test_send_raw_to_port_9100_style_socket() -> None:
    listener, received, thread = _server()
    port = listener.getsockname()[1]
    data = render_zpl(load_template("cryo-38x13"), LABELS, 203)
    try:
        send(data, f"127.0.0.1:{port}", timeout=5)
        thread.join(5)
    finally:
        listener.close()
    assert received == [data]


def test_a_missing_printer_is_one_clear_error() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()  # nothing listens there now
    with pytest.raises(PrinterError, match=rf"cannot send labels to printer 127.0.0.1:{port}"):
        send_raw(b"^XA^XZ", "127.0.0.1", port, timeout=2)
    with pytest.raises(PrinterError, match="is not a port number"):
        send(b"^XA^XZ", "printer.local:99999")
