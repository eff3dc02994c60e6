"""What findings take from one session: read once per session file, then only added up.

Reading a note's words (folding, splitting, three phrase lists, a capitalised-word scan)
is most of what findings cost. Everything it yields depends only on the session file and
the vocabulary, so it is gathered per session (`SessionFindings`): the tools named and in
how many notes, with their tags and workarounds; the product-like words in no list; the
handoffs, already resolved from the speaker's role; and, per step, which tags were raised
and where the quotes are. Adding a session up is then a few dozen dictionary updates
instead of a hundred notes read (findings.py), and a session unchanged since it was last
read gives its findings back from a rebuildable cache (findings_cache.py).

Examples and quotes are kept as note positions in the session, so a cached reading stays
valid exactly as long as the file it came from.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from wfinterview import __version__
from wfinterview.core.framework.content import WALKTHROUGH_STEP
from wfinterview.core.synthesis.digest import DigestNote, SessionDigest
from wfinterview.core.synthesis.facts import (
    EXAMPLES,
    Best,
    EdgeFacts,
    SessionFindings,
    StepFacts,
    ToolFacts,
)
from wfinterview.core.synthesis.handoffs import FRICTION_TAGS, HandoffWords
from wfinterview.core.synthesis.mentions import NoteWords
from wfinterview.core.synthesis.tools_index import NOT_TOOLS, ToolWords
from wfinterview.core.synthesis.vocabulary import Vocabulary

# Bumped whenever what is read from a note changes, so older cached readings are dropped
# (the program's version is in the fingerprint too, for a change nobody bumped this for).
READING_VERSION = 2


def _better(best: Best | None, position: int, quote: bool) -> Best:
    if best is None:
        return (position if quote else -1, position)
    if quote and best[0] < 0:
        return (position, best[1])
    return best


class FindingsReader:
    """Reads sessions' notes with one vocabulary; `fingerprint` names that vocabulary."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.tools = ToolWords(vocabulary)
        self.handoffs = HandoffWords(vocabulary)
        self.fingerprint = _fingerprint(vocabulary)

    def read(
        self, session: SessionDigest, positions: Iterable[int] | None = None
    ) -> SessionFindings:
        """The findings of a session's notes (all of them, or those at `positions`)."""
        notes = session.notes
        found = SessionFindings()
        speaker = self.handoffs.team_of_role(session.participant.role)
        for position in range(len(notes)) if positions is None else positions:
            note = notes[position]
            tags = note.get("tags") or []
            self._steps(found, note, position, tags)
            words = NoteWords.of(note["text"])
            self._tools(found, words, position, tags)
            if note["step"] == WALKTHROUGH_STEP or not FRICTION_TAGS.isdisjoint(tags):
                friction = not FRICTION_TAGS.isdisjoint(tags)
                for source, target, waiting in self.handoffs.arrows(words.folded, speaker):
                    edge = found.handoffs.get((source, target))
                    if edge is None:
                        edge = found.handoffs[(source, target)] = EdgeFacts()
                    edge.notes += 1
                    edge.friction += waiting or friction
                    if len(edge.examples) < EXAMPLES:
                        edge.examples.append(position)
        return found

    def note_links(self, session: SessionDigest) -> list[tuple[list[str], list[tuple[str, str]]]]:
        """Per note, in order: the tools it names and the handoffs it describes (what a
        linked table ties each note to; read afresh, as only exports ask for it)."""
        speaker = self.handoffs.team_of_role(session.participant.role)
        links = []
        for note in session.notes:
            tags = note.get("tags") or []
            words = NoteWords.of(note["text"])
            arrows: list[tuple[str, str]] = []
            if note["step"] == WALKTHROUGH_STEP or not FRICTION_TAGS.isdisjoint(tags):
                arrows = list(
                    dict.fromkeys((s, t) for s, t, _ in self.handoffs.arrows(words.folded, speaker))
                )
            links.append((self.tools.names(words), arrows))
        return links

    @staticmethod
    def _steps(found: SessionFindings, note: DigestNote, position: int, tags: list[str]) -> None:
        step = found.steps.get(note["step"])
        if step is None:
            step = found.steps[note["step"]] = StepFacts()
        quote = bool(note.get("quote"))
        if not tags:
            step.untagged = _better(step.untagged, position, quote)
        for tag in tags:
            step.firsts.setdefault(tag, position)
            if quote:
                step.quotes.setdefault(tag, position)

    def _tools(
        self, found: SessionFindings, words: NoteWords, position: int, tags: list[str]
    ) -> None:
        names = self.tools.names(words)
        if names:
            workarounds = self.tools.workarounds(words)
            tagged = list(dict.fromkeys(tags))
            for name in names:
                use = found.tools.get(name)
                if use is None:
                    use = found.tools[name] = ToolFacts()
                use.notes += 1
                _count(use.tags, tagged)
                _count(use.workarounds, workarounds)
                if len(use.examples) < EXAMPLES:
                    use.examples.append(position)
        _count(found.candidates, self.tools.unknown(words))


def _count(counts: dict[str, int], keys: Iterable[str]) -> None:
    for key in keys:
        counts[key] = counts.get(key, 0) + 1


def _fingerprint(vocabulary: Vocabulary) -> str:
    """A hash of everything a reading depends on besides the session file."""
    data = [
        READING_VERSION,
        __version__,
        sorted(NOT_TOOLS),
        *(
            sorted((name, list(aliases)) for name, aliases in table.items())
            for table in (
                vocabulary.tools,
                vocabulary.exact,
                vocabulary.workarounds,
                vocabulary.teams,
            )
        ),
    ]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()


# -- as JSON, for the cache ---------------------------------------------------------------


def to_json(found: SessionFindings) -> Any:
    return [
        [
            [name, t.notes, dict(t.tags), dict(t.workarounds), t.examples]
            for name, t in found.tools.items()
        ],
        dict(found.candidates),
        [[s, t, e.notes, e.friction, e.examples] for (s, t), e in found.handoffs.items()],
        [[key, step.quotes, step.firsts, step.untagged] for key, step in found.steps.items()],
    ]


def from_json(data: Any, notes: int) -> SessionFindings:
    """A cached reading, every field checked against a session of `notes` notes; anything
    else raises (TypeError, ValueError), and the session is read again.

    Checked by hand rather than through a model: this runs for every session each time
    synthesis or the report adds the findings up, and is most of what a warm cache costs
    (the dicts are a few items each, where a plain loop beats `set(map(type, ...))`)."""
    tools_data, candidates, handoffs_data, steps_data = data
    found = SessionFindings()
    tools, last = found.tools, notes - 1
    for name, count, tags, workarounds, examples in tools_data:
        if type(name) is not str or not name or name in tools:
            raise TypeError("a tool")
        tools[name] = ToolFacts(
            _number(count, 1, notes),
            _numbers(tags, 1, notes),
            _numbers(workarounds, 1, notes),
            _positions(examples, last),
        )
    found.candidates = _numbers(candidates, 1, notes)
    for source, target, count, friction, examples in handoffs_data:
        if type(source) is not str or type(target) is not str or not source or not target:
            raise TypeError("a team")
        found.handoffs[(source, target)] = EdgeFacts(
            _number(count, 1, notes), _number(friction, 0, count), _positions(examples, last)
        )
    for key, quotes, firsts, untagged in steps_data:
        if type(key) is not str or not key or key in found.steps:
            raise TypeError("a step")
        _numbers(quotes, 0, last)
        if not _numbers(firsts, 0, last).keys() >= quotes.keys():
            raise ValueError("a step's tags")
        if untagged is not None:
            if type(untagged) is not list or len(untagged) != 2:
                raise TypeError("a step's untagged notes")
            untagged = (_number(untagged[0], -1, last), _number(untagged[1], 0, last))
        found.steps[key] = StepFacts(firsts=firsts, quotes=quotes, untagged=untagged)
    return found


def _number(value: Any, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise ValueError("a number")
    return value


def _numbers(value: Any, low: int, high: int) -> dict[str, int]:
    """Names and numbers from low to high: the dict as read, once all of it is checked."""
    if type(value) is not dict:
        raise TypeError("counts")
    for key, number in value.items():
        if type(key) is not str or not key or type(number) is not int or not low <= number <= high:
            raise ValueError("counts")
    return value


def _positions(value: Any, last: int) -> list[int]:
    if type(value) is not list or len(value) > EXAMPLES:
        raise TypeError("positions")
    for position in value:
        if type(position) is not int or not 0 <= position <= last:
            raise ValueError("a position")
    return value
