"""How counts read in a sentence: "1 note", "3 notes", "2 people"."""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """`count` and the noun that goes with it; `many` for an irregular plural (person, people)."""
    return f"{count} {noun(count, one, many)}"


def noun(count: int, one: str, many: str | None = None) -> str:
    """The noun alone, for a count written another way (e.g. with thousands separators)."""
    return one if count == 1 else many or one + "s"
