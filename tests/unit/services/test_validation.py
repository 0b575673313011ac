"""The checks on typed text name the field in the reader's language (issue 9).

"reason is required" read "reason: campo obligatorio" on a Spanish screen: the sentence was
translated, the field's name was not. The names are marked Messages; English is unchanged.
"""

from __future__ import annotations

import pytest

from biotrack.errors import Message, UserError
from biotrack.services import validation


def test_the_english_sentence_is_unchanged() -> None:
    with pytest.raises(UserError) as caught:
        validation.check_text("  ", "reason", 200)
    assert str(caught.value) == "reason is required"
    assert isinstance(caught.value.fields["what"], Message)
    with pytest.raises(UserError) as caught:
        validation.check_count(0, "box rows", 1, 26)
    assert str(caught.value) == "box rows must be between 1 and 26, not 0"


def test_the_field_name_is_translated_with_the_sentence() -> None:
    words = {"{what} is required": "{what}: campo obligatorio", "reason": "motivo"}
    with pytest.raises(UserError) as caught:
        validation.check_text("", "reason", 200)
    assert caught.value.text(lambda _context, text: words.get(text, text)) == (
        "motivo: campo obligatorio")


def test_an_unlisted_name_reads_as_given() -> None:
    with pytest.raises(UserError) as caught:
        validation.check_text("", "some new field", 10)
    assert caught.value.fields["what"] == "some new field"


def test_every_name_the_services_check_is_listed() -> None:
    """A name passed to check_text/optional_text/check_count is in FIELD_NAMES."""
    import re
    from pathlib import Path

    import biotrack

    source = Path(biotrack.__file__).parent
    pattern = re.compile(r"(?:check_text|optional_text|check_count|_optional)\(\s*"
                         r"(?:[\w.]+,\s*)?\"([^\"]+)\"")
    names = {m.group(1) for path in source.rglob("*.py")
             for m in pattern.finditer(path.read_text(encoding="utf-8"))}
    assert names and names <= set(validation.FIELD_NAMES), sorted(
        names - set(validation.FIELD_NAMES))
