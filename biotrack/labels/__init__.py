"""Label output (templates, barcodes, PDF and ZPL); filled by the labels issue. No Qt here."""
