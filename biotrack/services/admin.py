"""Administration rules the Settings page needs that are not the database's: printer choices.

The label printer setting (biotrack.settings.LABEL_PRINTER) is one text value: ``pdf``, the
name of a print queue, or ``zebra:HOST:PORT``. The GUI shows it as a kind plus a detail; the
rule for turning one into the other, and for refusing a Zebra address that cannot work, lives
here so that the CLI or a later printing service reads the value the same way. No Qt, no SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from biotrack.errors import QT_TRANSLATE_NOOP, UserError

PDF = "pdf"
QUEUE = "queue"
ZEBRA = "zebra"
PRINTER_KINDS = (PDF, QUEUE, ZEBRA)
DEFAULT_ZEBRA_PORT = 9100  # the raw-printing port Zebra printers listen on

_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.\-]{0,252})$")


@dataclass(frozen=True)
class PrinterChoice:
    """Where labels go: ``kind`` is pdf, queue or zebra; ``detail`` the queue or HOST:PORT."""

    kind: str
    detail: str = ""


def parse_printer(value: object) -> PrinterChoice:
    """Read a stored printer setting; anything unreadable falls back to PDF files."""
    text = str(value or "").strip()
    if not text or text.lower() == PDF:
        return PrinterChoice(PDF)
    if text.lower().startswith(f"{ZEBRA}:"):
        return PrinterChoice(ZEBRA, text.split(":", 1)[1])
    return PrinterChoice(QUEUE, text)


def printer_setting(kind: str, detail: str = "") -> str:
    """The value to store for a printer choice; a UserError says what is wrong with it."""
    detail = detail.strip()
    if kind == PDF:
        return PDF
    if kind == QUEUE:
        if not detail or len(detail) > 128 or not detail.isprintable():
            raise UserError(QT_TRANSLATE_NOOP("Messages", "give the name of the print queue "
                                              "(1 to 128 printable characters)"))
        if detail.lower() == PDF or detail.lower().startswith(f"{ZEBRA}:"):
            raise UserError(QT_TRANSLATE_NOOP("Messages", "'{name}' cannot be a print queue "
                                              "name here: it means another kind of printer"),
                            name=detail[:40])
        return detail
    if kind == ZEBRA:
        host, colon, port_text = detail.rpartition(":")
        if not colon:
            host, port_text = detail, str(DEFAULT_ZEBRA_PORT)
        if not _HOST.match(host):
            raise UserError(QT_TRANSLATE_NOOP("Messages", "'{address}' is not a printer "
                                              "address: use HOST:PORT, e.g. 192.168.1.50:9100"),
                            address=detail[:60])
        if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
            raise UserError(QT_TRANSLATE_NOOP("Messages",
                                              "'{port}' is not a port number (1 to 65535)"),
                            port=port_text[:10])
        return f"{ZEBRA}:{host}:{int(port_text)}"
    raise UserError(QT_TRANSLATE_NOOP("Messages", "unknown printer kind '{kind}' (choose "
                                      "{kinds})"),
                    kind=kind[:20], kinds=", ".join(PRINTER_KINDS))
