"""The local index shared as people use it: two windows at once, a save landing while
synthesis reads, a writer holding the index, a tag typed twice on one note."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from tests import factories
from wfinterview.core.framework.models import Session
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.synthesis.corpus import Filters
from wfinterview.core.synthesis.findings import corpus_findings
from wfinterview.core.workspace.index import database
from wfinterview.core.workspace.index.search import search
from wfinterview.core.workspace.index.session_index import SessionIndex
from wfinterview.core.workspace.workspace import Workspace


def session(sid: str, *texts: str, tags: list[str] | None = None) -> Session:
    notes = [factories.note(text, "tools", float(n), tags) for n, text in enumerate(texts)]
    return factories.session(sid, name=f"P {sid}", notes=notes)


def texts(work: Workspace) -> dict[str, list[str]]:
    corpus, _ = work.load_corpus()
    return {s.id: [n["text"] for n in s.notes] for s in corpus.sessions}


def test_two_windows_share_one_index(isolated_dirs: Paths) -> None:
    one, two = Workspace(isolated_dirs), Workspace(isolated_dirs)
    one.store.save(session("s1", "first"))
    assert texts(one) == texts(two) == {"s1": ["first"]}
    one.store.save(session("s1", "second"))
    assert texts(two) == {"s1": ["second"]}  # two saw it first and kept it…
    assert texts(one) == {"s1": ["second"]}  # …one finds it kept, under the new stamp
    two.store.save(session("s2", "other"))
    one.store.path_for("s1").unlink()
    assert [s.id for s in one.list_sessions().sessions] == ["s2"]
    assert [s.id for s in two.list_sessions().sessions] == ["s2"]
    found, _ = search(two.index, "second")
    assert found.total == 0


def test_a_session_saved_while_it_is_read_is_never_answered_stale(
    isolated_dirs: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = Workspace(isolated_dirs)
    work.store.save(session("s1", "as first saved"))
    texts(work)
    work.store.save(session("s1", "as read"))
    real = SessionStore.load_path

    def saved_meanwhile(store: SessionStore, path: Path, *model: type) -> object:
        found = real(store, path, *model)  # type: ignore[call-overload]
        store.save(session("s1", "saved meanwhile"))  # the cockpit, just after the read
        return found

    monkeypatch.setattr(SessionStore, "load_path", saved_meanwhile)
    corpus, _ = work.load_corpus()
    monkeypatch.undo()
    assert [n["text"] for n in corpus.sessions[0].notes] == ["as read"]
    assert corpus.stamps == {}  # nothing keyed by its stamp answers for it later
    with sqlite3.connect(isolated_dirs.index_file) as connection:
        assert connection.execute("SELECT count(*) FROM sessions").fetchone() == (0,)
    assert texts(work) == texts(Workspace(isolated_dirs)) == {"s1": ["saved meanwhile"]}
    found, _ = search(work.index, "meanwhile")
    assert [h.text for h in found.hits] == ["saved meanwhile"]


def test_an_index_held_by_another_writer_is_only_slower(
    isolated_dirs: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = Workspace(isolated_dirs)
    work.store.save(session("s1", "kept"))
    texts(work)
    work.store.save(session("s1", "changed"))
    monkeypatch.setattr(database, "BUSY_MS", 50)
    holder = sqlite3.connect(isolated_dirs.index_file, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another window, mid-write
    try:
        waiting = Workspace(isolated_dirs)
        assert texts(waiting) == {"s1": ["changed"]}  # read from the file this time
        assert waiting.index_notices() == []  # busy is not damaged: nothing rebuilt
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert texts(Workspace(isolated_dirs)) == {"s1": ["changed"]}


def test_a_tag_typed_twice_on_a_note_counts_once(isolated_dirs: Paths) -> None:
    work = Workspace(isolated_dirs)
    twice = ["tool_friction", "tool_friction"]
    work.store.save(session("s1", "Jira is slow to export", tags=twice))
    for _ in range(2):  # read afresh, then from the kept readings
        corpus, _ = work.load_corpus()
        cache = work.findings_cache(corpus)
        found = corpus_findings(corpus, Filters(), work.vocabulary, cache)
        (jira,) = found.tools.tools
        assert (jira.tool, dict(jira.tags), jira.count.notes) == ("Jira", {"tool_friction": 1}, 1)
        assert corpus.matrix(Filters()).rows["tool_friction"].notes == 1
    assert cache.hits == 1
    hits, _ = search(work.index, "jira", tag="tool_friction")
    assert hits.total == 1


def test_threads_of_one_app_share_the_index_without_damaging_it(isolated_dirs: Paths) -> None:
    """Home's worker, the synthesis loader and the Findings tab's workers ask one index
    from their threads at once; none sees the others' transactions as damage."""
    work = Workspace(isolated_dirs)
    for n in range(6):
        work.store.save(session(f"s{n}", "Jira is slow", f"note {n}", tags=["tool_friction"]))
    errors: list[BaseException] = []

    def busy(turn: int) -> None:
        try:
            for round_ in range(8):
                if (turn + round_) % 3 == 0:
                    assert len(work.list_sessions().sessions) == 6
                elif (turn + round_) % 3 == 1:
                    corpus, _ = work.load_corpus()
                    cache = work.findings_cache(corpus)
                    found = corpus_findings(corpus, Filters(), work.vocabulary, cache)
                    assert [u.tool for u in found.tools.tools] == ["Jira"]
                else:
                    assert search(work.index, "jira")[0].total == 6
                    work.store.save(session(f"s{turn % 6}", "Jira is slow", f"again {round_}"))
        except BaseException as error:  # reported below, with the thread's own traceback
            errors.append(error)

    threads = [threading.Thread(target=busy, args=(turn,)) for turn in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert work.index_notices() == []  # nothing was taken for damage and rebuilt


def test_a_row_another_window_replaces_mid_question_is_read_from_its_file(
    isolated_dirs: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """This window took s1 as unchanged; before it asks its question, another window sees
    a newer save and replaces s1's row. s1 is neither lost nor answered as it was."""
    work, other = Workspace(isolated_dirs), Workspace(isolated_dirs)
    work.store.save(session("s1", "first"))
    work.store.save(session("s2", "kept"))
    assert texts(work) == {"s1": ["first"], "s2": ["kept"]}
    real = SessionIndex._snapshot

    def then_another_window(index: SessionIndex, connection: sqlite3.Connection | None) -> object:
        snap = real(index, connection)
        if index is work.index:
            other.store.save(session("s1", "second"))
            assert texts(other)["s1"] == ["second"]  # its row replaced in the shared index
        return snap

    monkeypatch.setattr(SessionIndex, "_snapshot", then_another_window)
    corpus, _ = work.load_corpus()
    assert {s.id: [n["text"] for n in s.notes] for s in corpus.sessions} == {
        "s1": ["second"],
        "s2": ["kept"],
    }
    assert "s1" not in corpus.stamps  # answered from its file, not from a row
