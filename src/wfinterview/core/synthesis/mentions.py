"""Finding names in notes: phrases of one to three words, matched word by word.

A note is folded and split into words once (`NoteWords`), and every finding reads those
words: tools, workarounds and teams are dictionaries from word tuples to a canonical
name, so a note that names none of them costs one set comparison. Words keep inner dots
and hyphens ("frame.io", "copy-paste", "re-key").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

WORD = re.compile(r"\w+(?:[.\-']\w+)*")


def words(text: str) -> list[str]:
    return WORD.findall(text)


class NoteWords(NamedTuple):
    text: str  # as written
    folded: list[str]  # its words, case-folded

    @classmethod
    def of(cls, text: str) -> NoteWords:
        return cls(text, WORD.findall(text.casefold()))


class PhraseIndex:
    """Canonical names by the phrases (of any case) that mean them."""

    def __init__(self, phrases: Mapping[str, Iterable[str]]) -> None:
        self._by_words: dict[tuple[str, ...], str] = {}
        for name, aliases in phrases.items():
            for alias in aliases:
                key = tuple(words(alias.casefold()))
                if key:
                    self._by_words.setdefault(key, name)
        self._firsts = frozenset(key[0] for key in self._by_words)
        self._longest = max((len(key) for key in self._by_words), default=1)

    def find(self, tokens: list[str]) -> list[tuple[int, str]]:
        """(word position, canonical name) of each phrase found, the longest phrase first."""
        firsts = self._firsts
        if firsts.isdisjoint(tokens):
            return []  # most notes name nothing in a given list
        found: list[tuple[int, str]] = []
        by_words, position, end = self._by_words, 0, len(tokens)
        while position < end:
            if tokens[position] not in firsts:
                position += 1
                continue
            for length in range(min(self._longest, end - position), 0, -1):
                name = by_words.get(tuple(tokens[position : position + length]))
                if name is not None:
                    found.append((position, name))
                    position += length
                    break
            else:
                position += 1
        return found

    def names_in(self, tokens: list[str]) -> list[str]:
        return list(dict.fromkeys(name for _, name in self.find(tokens)))


class ExactNames:
    """Names that are ordinary words too ("Notion", "Teams"): only as written, capital first."""

    def __init__(self, phrases: Mapping[str, Iterable[str]]) -> None:
        self._names = {alias: name for name, aliases in phrases.items() for alias in aliases}
        pattern = "|".join(re.escape(alias) for alias in sorted(self._names, key=len, reverse=True))
        self._pattern = re.compile(rf"(?<![\w.])(?:{pattern})(?![\w]|\.\w)") if pattern else None

    def names_in(self, text: str) -> list[str]:
        if self._pattern is None:
            return []
        return list(dict.fromkeys(self._names[m] for m in self._pattern.findall(text)))
