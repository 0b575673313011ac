"""Label output: templates, barcodes, PDF and ZPL (issue 4; SPEC.md section 4.4). No Qt here.

templates.py reads resources/labels/*.toml; content.py says what a label shows (never anything
about the person) and fits its text; symbols.py encodes Data Matrix (zxing-cpp) and Code 128
(python-barcode); layout.py places everything in whole printer dots; pdf.py and zpl.py draw that
layout. The print flows and their log are in biotrack.services.printing.
"""
