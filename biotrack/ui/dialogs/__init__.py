"""Dialogs, one per file, each testable without exec() (STYLE.md practice 7)."""
