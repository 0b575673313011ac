"""Idle imports: one module per tick, in order, a failing one skipped, never before start()."""

from __future__ import annotations

import sys

from biotrack.ui.idle_imports import IdleImports


def test_imports_each_module_after_start_and_skips_a_failure(qtbot) -> None:  # type: ignore[no-untyped-def]
    for name in ("colorsys", "sndhdr_not_a_module", "wave"):
        sys.modules.pop(name, None)
    imports = IdleImports(["colorsys", "sndhdr_not_a_module", "wave"])
    assert not imports.done()
    assert "colorsys" not in sys.modules  # nothing happens before start()
    imports.start()
    qtbot.waitUntil(imports.done)
    assert "colorsys" in sys.modules
    assert "wave" in sys.modules  # the failure in between did not stop the rest
