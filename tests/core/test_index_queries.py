"""Synthesis's questions asked of the local index answer exactly what the corpus in memory
answers: the tag × role matrix (notes and distinct people) under every filter, and the
notes the search box matches, word by word as it is typed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests import factories
from wfinterview.core.storage.paths import Paths
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.demo import generate_demo
from wfinterview.core.workspace.index.queries import (
    Cell,
    as_typed,
    matching_notes,
    tag_role_counts,
)
from wfinterview.core.workspace.workspace import Workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, Corpus]:
    folder = tmp_path_factory.mktemp("demo")
    work = Workspace(Paths(folder / "data", folder / "config", folder / "cache"))
    for session in generate_demo(40, 12, seed=7):
        work.store.save(session)
    twice = factories.note("Jira twice", tags=["tool_friction", "tool_friction"])
    work.store.save(factories.session("s-twice", name="Ana Kim", notes=[twice]))
    corpus, _ = work.load_corpus()
    return work, corpus


def filter_sets(corpus: Corpus) -> list[Filters]:
    first = corpus.sessions[0]
    return [
        Filters(),
        *(Filters(engagement=e) for e in corpus.engagements()),
        *(Filters(round=r) for r in corpus.rounds()),
        *(Filters(role=r) for r in corpus.roles()),
        *(Filters(tag=t.key) for t in corpus.tags),
        Filters(participant=first.participant.name.split()[0].upper()),
        Filters(engagement=first.engagement, round=1, tag="approval_lag"),
    ]


def test_the_matrix_from_the_index_is_the_corpus_matrix(demo: tuple[Workspace, Corpus]) -> None:
    work, corpus = demo
    for filters in filter_sets(corpus):
        matrix = corpus.matrix(filters)
        counts = tag_role_counts(
            work.index,
            engagement=filters.engagement,
            round=filters.round,
            role=filters.role,
            tag=filters.tag,
            participant=filters.participant,
        )
        expected = {
            key: Cell(count.notes, count.participants)
            for key, count in matrix.cells.items()
            if count.notes
        }
        assert counts.cells == expected, filters
        assert counts.rows == {
            key: Cell(c.notes, c.participants) for key, c in matrix.rows.items() if c.notes
        }
        assert counts.interviewed == {r: len(p) for r, p in matrix.interviewed.items()}
    twice = tag_role_counts(work.index, participant="ana kim", tag="tool_friction")
    assert [c.notes for c in twice.rows.values()] == [1]  # typed twice, counted once


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


@pytest.mark.parametrize(
    "typed", ["legal", "leg", "wait for", '"the laun', '"blog posts', "Jira", "zzz"]
)
def test_the_search_box_matches_words_as_they_are_typed(
    demo: tuple[Workspace, Corpus], typed: str
) -> None:
    work, corpus = demo
    *whole, last = words(typed)
    expected: dict[str, list[int]] = {}
    for session in corpus.sessions:
        for position, note in enumerate(session.notes):
            said = words(note["text"])
            if typed.startswith('"'):
                ok = any(
                    said[i : i + len(whole)] == whole and said[i + len(whole)].startswith(last)
                    for i in range(len(said) - len(whole))
                )
            else:
                ok = all(w in said for w in whole) and any(w.startswith(last) for w in said)
            if ok:
                expected.setdefault(session.id, []).append(position)
    assert bool(expected) == (typed != "zzz")  # each case finds something, but the last
    assert matching_notes(work.index, typed) == expected
    matrix = tag_role_counts(work.index, text=typed)
    refs = [(s.id, p) for s in corpus.sessions for p in expected.get(s.id, [])]
    tagged = sum(len(set(corpus_note(corpus, r).get("tags", ()))) for r in refs)
    assert sum(c.notes for c in matrix.cells.values()) == tagged


def corpus_note(corpus: Corpus, ref: tuple[str, int]) -> dict[str, object]:
    session = next(s for s in corpus.sessions if s.id == ref[0])
    return dict(session.notes[ref[1]])


def test_nothing_typed_is_nothing_to_search(tmp_path: Path) -> None:
    assert [as_typed(t) for t in ("", "  ", '"', "*")] == [None, None, None, None]
    assert as_typed("waiting leg") == '"waiting" "leg"*'
    assert as_typed('"brand te') == '"brand te"*'
