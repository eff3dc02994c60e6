"""Findings beyond tags, added up session by session: tools, handoffs, where roles disagree.

Each session's notes are read once (session_findings.py) into what the findings need,
and that is added up here. Over whole sessions (synthesis and the report, filtered by
engagement, round, role or person) a session unchanged since it was last read gives its
reading back from the findings cache (findings_cache.py) instead of being read again; a
filter that picks single notes (a tag, a search) reads just those notes. Synthesis
works this out when its Findings tab is first shown, the report once.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import groupby

from wfinterview.core.synthesis.contrasts import Contrast, ContrastReader
from wfinterview.core.synthesis.corpus import Corpus, Filters, NoteRef, person_of
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.facts import SessionFindings
from wfinterview.core.synthesis.findings_cache import FindingsCache
from wfinterview.core.synthesis.handoffs import Handoff, HandoffReader
from wfinterview.core.synthesis.session_findings import FindingsReader
from wfinterview.core.synthesis.tools_index import ToolsIndex, ToolsReader
from wfinterview.core.synthesis.vocabulary import Vocabulary


@dataclass(frozen=True)
class Findings:
    tools: ToolsIndex
    handoffs: list[Handoff]
    contrasts: list[Contrast]


class _Totals:
    def __init__(self) -> None:
        self.tools, self.arrows, self.contrasts = ToolsReader(), HandoffReader(), ContrastReader()

    def add(self, session: SessionDigest, found: SessionFindings) -> None:
        person, role = person_of(session), session.participant.role
        self.tools.saw_people(session)
        self.tools.add(session, person, role, found.tools, found.candidates)
        self.arrows.add(session, person, role, found.handoffs)
        self.contrasts.add(session, person, role, found.steps)

    def result(self) -> Findings:
        return Findings(self.tools.result(), self.arrows.result(), self.contrasts.result())


def findings(refs: Iterable[NoteRef], vocabulary: Vocabulary | None = None) -> Findings:
    """The findings of these notes (in interview order), each read afresh."""
    reader = FindingsReader(vocabulary or Vocabulary())
    totals = _Totals()
    for _, group in groupby(refs, key=lambda ref: id(ref.session)):
        chosen = list(group)
        session = chosen[0].session
        positions = {id(note): n for n, note in enumerate(session.notes)}
        totals.add(session, reader.read(session, [positions[id(ref.note)] for ref in chosen]))
    return totals.result()


def corpus_findings(
    corpus: Corpus,
    filters: Filters,
    vocabulary: Vocabulary | None = None,
    cache: FindingsCache | None = None,
) -> Findings:
    """The findings of the notes `filters` select; whole sessions come from `cache` when
    it holds their reading (and the cache is saved with what was read afresh)."""
    if filters.tag is not None or filters.text.strip():
        return findings(corpus.notes(filters), vocabulary)  # single notes: read just those
    reader = FindingsReader(vocabulary or Vocabulary())
    totals = _Totals()
    with _no_cycle_collection():
        for index in corpus.session_indices(filters):
            session = corpus.sessions[index]
            totals.add(session, cache.reading(session, reader) if cache else reader.read(session))
        if cache is not None:
            cache.save()
        return totals.result()


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while the findings are added up.

    Reading the cache and adding it up allocates a few hundred thousand small objects, none
    in a cycle; each allocation burst sets off full collections that walk the whole corpus
    (a hundred thousand note dicts) and found nothing: half the time of a warm cache at
    1,000 × 100 (benchmarks/findings.py). Left as it was found, whatever happens."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
