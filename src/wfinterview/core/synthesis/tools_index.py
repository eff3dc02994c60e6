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
from dataclasses import dataclass, field

from wfinterview.core.synthesis.corpus import Count, NoteRef, Person
from wfinterview.core.synthesis.mentions import ExactNames, NoteWords, PhraseIndex, words
from wfinterview.core.synthesis.vocabulary import Vocabulary

EXAMPLES = 3
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


class ToolsReader:
    """Reads notes one at a time (with the other findings, in one pass)."""

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
        self._uses: dict[str, ToolUse] = {}
        self._unknown: dict[str, tuple[int, set[Person]]] = {}
        self._people_names: set[str] = set()

    def read(self, ref: NoteRef, person: Person, role: str, note: NoteWords) -> None:
        names = self._tools.names_in(note.folded)
        exact = self._exact.names_in(note.text)
        if exact:
            names = list(dict.fromkeys([*names, *exact]))
        if names:
            workarounds = self._workarounds.names_in(note.folded)
            tags = list(dict.fromkeys(ref.tags))
            for name in names:
                use = self._uses.get(name)
                if use is None:
                    use = self._uses[name] = ToolUse(name)
                use.count.add(person, role)
                use.tags.update(tags)
                use.workarounds.update(workarounds)
                if len(use.examples) < EXAMPLES:
                    use.examples.append(ref)
        for word in _CAPITALISED.findall(note.text):
            if len(word) < 3 or word.casefold() in self._known:
                continue
            if word.isupper() and len(word) <= 3 and not any(ch.isdigit() for ch in word):
                continue  # a short acronym is more often a team or a term than a product
            count, people = self._unknown.get(word, (0, set()))
            people.add(person)
            self._unknown[word] = (count + 1, people)

    def saw_participant(self, name: str) -> None:
        self._people_names.update(words(name.casefold()))

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
