"""Synthesis's search box answered by the local index: the corpus's notes, matrix and
cells for typed words are exactly those whose words match, with every other filter; a
session saved after the corpus was read is never answered with the index's newer notes."""

from __future__ import annotations

import re
import threading

import pytest

from tests import factories
from wfinterview.core.storage.paths import Paths
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.demo import generate_demo
from wfinterview.core.workspace.workspace import Workspace


@pytest.fixture
def work(isolated_dirs: Paths) -> Workspace:
    work = Workspace(isolated_dirs)
    for session in generate_demo(30, 12, seed=5):
        work.store.save(session)
    return work


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def by_words(corpus: Corpus, filters: Filters, typed: str) -> list[tuple[str, str]]:
    """What the notes would be, every note's words matched here (the last one as a start)."""
    *whole, last = words(typed)
    plain = Filters(filters.engagement, filters.round, filters.role, filters.tag)
    return [
        (ref.session.id, ref.note["id"])
        for ref in corpus.notes(plain)
        if all(w in words(ref.note["text"]) for w in whole)
        and any(w.startswith(last) for w in words(ref.note["text"]))
    ]


@pytest.mark.parametrize("typed", ["legal", "le", "the laun", "blog post", "regional"])
def test_typed_words_select_the_notes_whose_words_match(work: Workspace, typed: str) -> None:
    corpus, _ = work.load_corpus(words=True)
    assert corpus.match_words is not None
    first = corpus.sessions[0]
    for filters in (
        Filters(text=typed),
        Filters(text=typed, tag="approval_lag"),
        Filters(text=typed, engagement=first.engagement, round=1),
        Filters(text=typed, role=first.participant.role),
    ):
        expected = by_words(corpus, filters, typed)
        got = [(r.session.id, r.note["id"]) for r in corpus.notes(filters)]
        assert got == expected, filters
    matrix = corpus.matrix(Filters(text=typed))
    tagged = [r for r in corpus.notes(Filters(text=typed)) if r.tags]
    assert sum(c.notes for c in matrix.cells.values()) == sum(len(set(r.tags)) for r in tagged)
    assert bool(by_words(corpus, Filters(), typed))  # every case finds something


def test_a_session_saved_after_the_corpus_was_read_is_searched_as_read(work: Workspace) -> None:
    corpus, _ = work.load_corpus(words=True)
    session = corpus.sessions[0]
    saved = work.store.load(session.id)
    saved.notes = [factories.note("zebra crossing", "role", 1.0)]
    work.store.save(saved)
    work.load_corpus(words=True)  # another window: the index now holds the new notes
    assert [r.note["text"] for r in corpus.notes(Filters(text="zebra"))] == []
    said = [r.note["text"] for r in corpus.notes(Filters(text=session.notes[0]["text"]))]
    assert session.notes[0]["text"] in said  # searched in what the corpus read


def test_a_key_press_never_waits_on_a_worker_holding_the_index(work: Workspace) -> None:
    """While another thread holds the index (a rebuild in home's worker), typed words are
    searched by the corpus itself, as any part of a note, at once."""
    corpus, _ = work.load_corpus(words=True)
    plain = Corpus(corpus.sessions, corpus.tags, corpus.stamps)  # no index: substrings
    held, release = threading.Event(), threading.Event()

    def worker() -> None:
        with work.index._lock:
            held.set()
            release.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    held.wait(10)
    try:
        refs = [(r.session.id, r.note["id"]) for r in corpus.notes(Filters(text="ab"))]
    finally:
        release.set()
        thread.join()
    assert refs == [(r.session.id, r.note["id"]) for r in plain.notes(Filters(text="ab"))]
    assert refs  # "ab" inside words: only a search of substrings finds these
    assert corpus.match_words is not None and corpus.match_words("ab")[0]  # index free again
