"""Which tools people name, how many people and roles, and what they do instead.

A tag says a note is about tool friction; this says which tool. Each tool is counted by
people first (one person naming Jira ten times is one person), with the tags its notes
carry and the workarounds named in the same notes ("a weekly spreadsheet", "by email
attachment"). Capitalised words that look like products but are in no dictionary are
offered as candidates for the user's own `[tools]` list.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wfinterview.core.synthesis.corpus import Count, NoteRef, Person
from wfinterview.core.synthesis.facts import EXAMPLES, ToolFacts
from wfinterview.core.synthesis.mentions import ExactNames, NoteWords, PhraseIndex, words
from wfinterview.core.synthesis.vocabulary import Vocabulary

if TYPE_CHECKING:
    from wfinterview.core.synthesis.digest import SessionDigest

CANDIDATE_MIN_NOTES = 2
# Capitalised words that are not products: terms of the trade, days and months.
NOT_TOOLS = frozenset(
    "sop sops cmo ceo cfo cto coo vp pr qa kpi kpis okr okrs roi cta seo pdf csv dm dms faq raci "
    "asap fyi eod ux ui ai it hr sla slas tbd b2b b2c q1 q2 q3 q4 i i'm i've ok okay "
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays "
    "thursdays fridays january february march april may june july august september october "
    "november december follow magic wand".split()
)
# A capitalised word inside a sentence: after a word, a comma or a bracket and one space.
_CAPITALISED = re.compile(r"(?<=[\w,)’'%] )[A-Z]\w*(?:[.\-]\w+)*")


@dataclass
class ToolUse:
    tool: str
    count: Count = field(default_factory=Count)
    tags: Counter[str] = field(default_factory=Counter)
    workarounds: Counter[str] = field(default_factory=Counter)
    examples: list[NoteRef] = field(default_factory=list)


@dataclass(frozen=True)
class Candidate:
    word: str
    notes: int
    people: int


@dataclass(frozen=True)
class ToolsIndex:
    tools: list[ToolUse]  # most people first, then roles, then notes
    candidates: list[Candidate]  # product-like words in no dictionary, most people first


class ToolWords:
    """What one note says about tools: the tools it names, the workarounds beside them, and
    capitalised words that look like products but are in no list."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._tools = PhraseIndex(vocabulary.tools)
        self._exact = ExactNames(vocabulary.exact)
        self._workarounds = PhraseIndex(vocabulary.workarounds)
        known = set(NOT_TOOLS)
        for table in (vocabulary.tools, vocabulary.exact, vocabulary.workarounds, vocabulary.teams):
            for name, aliases in table.items():
                for phrase in (name, *aliases):
                    known.update(words(phrase.casefold()))
        self._known = frozenset(known)

    def names(self, note: NoteWords) -> list[str]:
        names = self._tools.names_in(note.folded)
        exact = self._exact.names_in(note.text)
        return list(dict.fromkeys([*names, *exact])) if exact else names

    def workarounds(self, note: NoteWords) -> list[str]:
        return self._workarounds.names_in(note.folded)

    def unknown(self, note: NoteWords) -> list[str]:
        found = []
        for word in _CAPITALISED.findall(note.text):
            if len(word) < 3 or word.casefold() in self._known:
                continue
            if word.isupper() and len(word) <= 3 and not any(ch.isdigit() for ch in word):
                continue  # a short acronym is more often a team or a term than a product
            found.append(word)
        return list(dict.fromkeys(found))  # counted by notes: twice in one note is once


class ToolsReader:
    """Adds up sessions' tool facts (with the other findings, in one pass)."""

    def __init__(self) -> None:
        self._uses: dict[str, ToolUse] = {}
        self._unknown: dict[str, tuple[int, set[Person]]] = {}
        self._people_names: set[str] = set()

    def add(
        self,
        session: SessionDigest,
        person: Person,
        role: str,
        tools: Mapping[str, ToolFacts],
        candidates: Mapping[str, int],
    ) -> None:
        for name, facts in tools.items():
            use = self._uses.get(name)
            if use is None:
                use = self._uses[name] = ToolUse(name)
            use.count.add(person, role, facts.notes)
            tags, workarounds = use.tags, use.workarounds
            for tag, notes in facts.tags.items():  # a plain loop: Counter.update checks
                tags[tag] += notes  # its argument against an ABC, a thousand sessions over
            for workaround, notes in facts.workarounds.items():
                workarounds[workaround] += notes
            for position in facts.examples[: EXAMPLES - len(use.examples)]:
                use.examples.append(NoteRef(session, session.notes[position]))
        for word, notes in candidates.items():
            count, people = self._unknown.get(word, (0, set()))
            people.add(person)
            self._unknown[word] = (count + notes, people)

    def saw_people(self, session: SessionDigest) -> None:
        """The participant's and facilitator's names are people, never product candidates."""
        self._people_names.update(words(session.participant.name.casefold()))
        self._people_names.update(words(session.facilitator.casefold()))

    def result(self) -> ToolsIndex:
        tools = sorted(
            self._uses.values(),
            key=lambda u: (-u.count.participants, -len(u.count.roles), -u.count.notes, u.tool),
        )
        candidates = sorted(
            (
                Candidate(word, notes, len(people))
                for word, (notes, people) in self._unknown.items()
                if notes >= CANDIDATE_MIN_NOTES and word.casefold() not in self._people_names
            ),
            key=lambda c: (-c.people, -c.notes, c.word),
        )
        return ToolsIndex(tools, candidates)
