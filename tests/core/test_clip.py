"""Text cut to fit says so: `clip` ends it in "…", counts terminal cells, never splits a
character, and leaves text that fits alone."""

from __future__ import annotations

import pytest

from wfinterview.core.framework.text import cell_width, clip


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("Acme", 10, "Acme"),
        ("Acme Retail", 11, "Acme Retail"),
        ("Acme Retail", 10, "Acme Reta…"),
        ("Acme Retail", 6, "Acme…"),  # the space before the cut is not kept
        ("東京東京", 5, "東京…"),  # two cells each
        ("東京東京", 4, "東…"),
        ("e\u0301te\u0301", 2, "e\u0301…"),  # a combining accent stays with its letter
        ("abc", 1, "…"),
        ("abc", 0, ""),
    ],
)
def test_clip_cuts_to_the_cells_given_and_ends_in_an_ellipsis(
    text: str, width: int, expected: str
) -> None:
    assert clip(text, width) == expected
    assert cell_width(clip(text, width)) <= width


def test_cell_width_counts_wide_characters_twice_and_joiners_not_at_all() -> None:
    assert cell_width("Ana") == 3
    assert cell_width("東京") == 4
    assert cell_width("🛑") == 2
    assert cell_width("a\u200db") == 2
