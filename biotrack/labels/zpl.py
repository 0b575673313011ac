"""Labels as ZPL II for Zebra thermal printers at 203 or 300 dpi, and sending it to one.

Issue 4 point 4. One ``^XA ... ^XZ`` block per label, laid out by biotrack.labels.layout from the
same template as the PDF, in the printer's own dots: ``^FO`` field origins are the layout's
top-left corners, ``^BX`` draws the Data Matrix (ECC 200) with the layout's module size and
symbol size, ``^BY``/``^BC`` the Code 128 with whole-dot modules, ``^A0`` + ``^FD`` the text.
The printer draws the symbols itself, so they are exact at its resolution. ``^CI28`` makes the
field data UTF-8 (the " · " separator); ``^FH`` escapes the ZPL control characters.

Sending: a raw TCP socket (port 9100, with a timeout) or a print queue (``lp -o raw``); a
failure is a PrinterError with one clear line, never a hang.
"""

from __future__ import annotations

import math
import shutil
import socket
import subprocess
from collections.abc import Sequence

from biotrack.errors import QT_TRANSLATE_NOOP, Message, UserError
from biotrack.labels.content import LEADING, LabelData
from biotrack.labels.layout import LabelLayout, points_to_dots
from biotrack.labels.pdf import lay_out_all
from biotrack.labels.templates import Template

RAW_PORT = 9100
DEFAULT_TIMEOUT = 10.0
#: Characters that would end or change a ZPL field; written as _XX hex with ^FH.
_ESCAPED = {"^", "~", "_"}


class PrinterError(UserError):
    """The printer or queue could not take the job (unreachable, refused, timed out)."""


def render_zpl(template: Template, labels: Sequence[LabelData], dpi: int) -> bytes:
    """The ZPL of ``labels`` (in print order) for a ``dpi`` Zebra printer, UTF-8 encoded."""
    if "zpl" not in template.formats:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "template {name} is for laser printers: "
                                          "use the PDF format"), name=template.name)
    layouts = lay_out_all(template, labels, dpi)
    return "".join(label_zpl(layout) for layout in layouts).encode("utf-8")


def label_zpl(layout: LabelLayout) -> str:
    """One label: ^XA, page set-up, the symbol, the text fields, ^XZ."""
    lines = [
        "^XA",
        "^CI28",  # field data is UTF-8
        f"^PW{layout.width}",  # print width and label length in dots
        f"^LL{layout.height}",
        "^LH0,0",
        "^PON",
    ]
    symbol = layout.symbol
    if symbol is not None:
        if symbol.type == "datamatrix":
            # ^BXo,h,s,c,r: normal orientation, module h dots, ECC 200, columns, rows.
            lines.append(f"^FO{symbol.x},{symbol.y}^BXN,{symbol.module},200,"
                         f"{symbol.columns},{symbol.rows}^FD{symbol.text}^FS")
        else:
            # ^BYw: module width in dots; ^BCo,h,f,g,e,m: height, no printed interpretation
            # line (the layout prints its own), no check digit, automatic subset (digit pairs
            # in subset C, as python-barcode does for the PDF).
            lines.append(f"^BY{symbol.module}^FO{symbol.x},{symbol.y}"
                         f"^BCN,{symbol.height},N,N,N,A^FD{symbol.text}^FS")
    for text in layout.texts:
        height = max(10, round(points_to_dots(text.size, layout.dpi)))
        top = text.y + math.floor(points_to_dots(text.size * (LEADING - 1) / 2, layout.dpi))
        block = f"^FB{text.width},1,0,C,0" if text.align == "center" else ""
        lines.append(f"^FO{text.x},{top}^A0N,{height},0{block}^FH^FD{escape(text.text)}^FS")
    lines += ["^PQ1", "^XZ"]
    return "\n".join(lines) + "\n"


def escape(text: str) -> str:
    """Field data with ^, ~ and _ written as ^FH hex escapes, control characters refused."""
    if any(not ch.isprintable() for ch in text):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "label text {text} contains control "
                                          "characters"), text=repr(text[:40]))
    return "".join(f"_{ord(ch):02X}" if ch in _ESCAPED else ch for ch in text)


def send_raw(data: bytes, host: str, port: int = RAW_PORT,
             timeout: float = DEFAULT_TIMEOUT) -> None:
    """Send a job to a network printer's raw port (JetDirect, 9100)."""
    where = f"{host}:{port}"
    try:
        with socket.create_connection((host, port), timeout=timeout) as connection:
            connection.settimeout(timeout)
            connection.sendall(data)
            connection.shutdown(socket.SHUT_WR)
    except TimeoutError:
        raise PrinterError(QT_TRANSLATE_NOOP("Messages", "printer {printer} did not answer "
                                             "within {seconds} s"),
                           printer=where, seconds=f"{timeout:g}") from None
    except OSError as exc:
        raise PrinterError(QT_TRANSLATE_NOOP("Messages", "cannot send labels to printer "
                                             "{printer}: {reason}"),
                           printer=where, reason=exc.strerror or exc) from None


def send_to_queue(data: bytes, queue: str, timeout: float = DEFAULT_TIMEOUT, *,
                  raw: bool = True) -> None:
    """Send a job to a CUPS/lp print queue: unchanged (raw, ZPL for a label printer) or, for a
    PDF, through the queue's filters (an office printer with A4 label sheets)."""
    lp = shutil.which("lp")
    if lp is None:
        raise PrinterError(QT_TRANSLATE_NOOP("Messages", "no print system here (the 'lp' "
                                             "command is missing): write the labels to a file "
                                             "or use the printer's network address"))
    try:
        result = subprocess.run([lp, "-d", queue, *(["-o", "raw"] if raw else [])], input=data,
                                capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise PrinterError(QT_TRANSLATE_NOOP("Messages", "print queue {queue} did not take the "
                                             "job within {seconds} s"),
                           queue=queue, seconds=f"{timeout:g}") from None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise PrinterError(QT_TRANSLATE_NOOP("Messages", "print queue {queue} refused the job: "
                                             "{reason}"),
                           queue=queue, reason=message[-1] if message else Message(
                               QT_TRANSLATE_NOOP("Messages", "lp failed")))


def send(data: bytes, destination: str, timeout: float = DEFAULT_TIMEOUT, *,
         raw: bool = True) -> None:
    """Send to ``queue:NAME`` (a print queue) or ``HOST[:PORT]`` (a raw network printer; raw
    only: a label printer's port takes ZPL, not PDF)."""
    target = destination.strip()
    if target.startswith("queue:"):
        send_to_queue(data, target.removeprefix("queue:"), timeout, raw=raw)
        return
    host, _, port = target.rpartition(":") if target.count(":") == 1 else (target, "", "")
    if not host:
        raise PrinterError(QT_TRANSLATE_NOOP("Messages", "{printer} is not a printer (HOST[:PORT] "
                                             "or queue:NAME)"), printer=repr(destination[:60]))
    try:
        number = int(port) if port else RAW_PORT
    except ValueError:
        raise PrinterError(QT_TRANSLATE_NOOP("Messages", "{port} is not a port number"),
                           port=repr(port[:10])) from None
    if not 1 <= number <= 65535:
        raise PrinterError(QT_TRANSLATE_NOOP("Messages", "{port} is not a port number"),
                           port=repr(port[:10]))
    send_raw(data, host, number, timeout)
