"""The local index answers exactly what reading every file answers, whatever happened to
the files: saves, deletions, renames, and rewrites that keep the size and the second
(only the change time, or the inode, tells them apart). Asked through a workspace kept
open between changes (one window) and through a new one each time (a new command).
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from tests import factories
from wfinterview.core.framework.models import Session
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.workspace.index.search import search
from wfinterview.core.workspace.index.summary import SessionSummary
from wfinterview.core.workspace.workspace import Workspace

IDS = ["s1", "s2", "s3", "s4"]
WORDS = ["legal", "brief", "waits", "jira", "sign"]
TAGS = ["approval_lag", "ghost_ownership", "tool_friction"]
SECOND = 1_700_000_000_000_000_000  # every file written "in the same second"

texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
notes = st.lists(
    st.tuples(texts, st.lists(st.sampled_from(TAGS), max_size=3)), min_size=0, max_size=3
)
steps = st.one_of(
    st.tuples(st.just("save"), st.sampled_from(IDS), notes),
    st.tuples(st.just("delete"), st.sampled_from(IDS)),
    st.tuples(st.just("rename"), st.sampled_from(IDS), st.sampled_from(IDS)),
    st.tuples(st.just("same size and second"), st.sampled_from(IDS), st.booleans()),
    st.tuples(st.just("junk"), st.sampled_from(IDS)),
)


def session(sid: str, chosen: list[tuple[str, list[str]]]) -> Session:
    made = [factories.note(text, "role", float(n), tags) for n, (text, tags) in enumerate(chosen)]
    return factories.session(sid, name=f"P {sid}", notes=made)


def same_size_rewrite(path: Path, in_place: bool) -> None:
    """The file's bytes changed, its size and modification time as they were: one letter
    of a note swapped for another (w <-> W). In place keeps the inode too: only the change
    time differs. Otherwise a new file takes its place (an atomic save): a new inode."""
    raw = path.read_bytes()
    start = raw.find(b'"notes": [')  # the notes' texts, never the agenda's questions
    head, notes = raw[:start], raw[start:]
    changed = head + notes.replace(b'"text": "w', b'"text": "W', 1)
    if changed == raw:
        changed = head + notes.replace(b'"text": "W', b'"text": "w', 1)
    if in_place:
        # The file system's clock ticks every few milliseconds: two writes in place within
        # one tick leave even the change time as it was. wfinterview's own saves replace
        # the file (a new inode), so only a hand edit can be that quick; wait the tick out.
        time.sleep(0.011)
        with open(path, "r+b") as file:
            file.write(changed)
    else:
        spare = path.with_suffix(".tmp")
        spare.write_bytes(changed)
        os.replace(spare, path)
    os.utime(path, ns=(SECOND, SECOND))


def apply(store: SessionStore, step: tuple[Any, ...]) -> None:
    kind, sid = step[0], step[1]
    path = store.dir / f"{sid}.json"
    if kind == "save":
        store.save(session(sid, step[2]))
        os.utime(path, ns=(SECOND, SECOND))
    elif kind == "delete":
        path.unlink(missing_ok=True)
    elif kind == "rename" and path.exists():
        os.replace(path, store.dir / f"{step[2]}.json")  # its id no longer its name: refused
    elif kind == "same size and second" and path.exists():
        same_size_rewrite(path, in_place=step[2])
    elif kind == "junk":
        store.dir.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b'{"format": "wfinterview.session", "version": 1')


def full_read(store: SessionStore) -> tuple[list[SessionDigest], list[str]]:
    result = store.load_all(SessionDigest)
    return sorted(result.sessions, key=lambda s: s.id), [str(p) for p in result.problems]


def words_in(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def check(work: Workspace, store: SessionStore) -> None:
    expected, problems = full_read(store)
    listed = work.list_sessions()
    assert sorted(listed.sessions, key=lambda s: s.id) == [SessionSummary.of(d) for d in expected]
    assert [str(p) for p in listed.problems] == problems
    corpus, corpus_problems = work.load_corpus()
    assert sorted(corpus.sessions, key=lambda s: s.id) == expected
    assert [str(p) for p in corpus_problems] == problems
    for word in WORDS:
        found, _ = search(work.index, word, limit=1000)
        hits = sorted((h.session_id, h.text) for h in found.hits)
        said = sorted(
            (d.id, n["text"]) for d in expected for n in d.notes if word in words_in(n["text"])
        )
        assert hits == said and found.total == len(said)
    for tag in TAGS:
        found, _ = search(work.index, "legal", tag=tag, limit=1000)
        said = sorted(
            (d.id, n["text"])
            for d in expected
            for n in d.notes
            if tag in n.get("tags", ()) and "legal" in words_in(n["text"])
        )
        assert sorted((h.session_id, h.text) for h in found.hits) == said


@pytest.mark.heavy
@settings(max_examples=40)
@given(st.lists(steps, min_size=1, max_size=12))
def test_the_index_answers_what_reading_every_file_answers(plan: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths(Path(folder, "data"), Path(folder, "config"), Path(folder, "cache"))
        kept_open = Workspace(paths)
        store = SessionStore(paths.sessions_dir)
        for step in plan:
            apply(store, step)
            check(kept_open, store)
            fresh = Workspace(paths)
            check(fresh, store)
            fresh.index.close()
        kept_open.index.close()


def test_a_rewrite_of_the_same_size_in_the_same_second_is_seen(tmp_path: Path) -> None:
    """The case an index keyed by size and modification time alone gets wrong, for both
    kinds of rewrite: in place (only the change time moves) and by a new file (a new
    inode, the same change time possible on coarse clocks)."""
    paths = Paths(tmp_path / "data", tmp_path / "config", tmp_path / "cache")
    work = Workspace(paths)
    store = SessionStore(paths.sessions_dir)
    apply(store, ("save", "s1", [("waits legal", [])]))
    assert [n["text"] for n in work.load_corpus()[0].sessions[0].notes] == ["waits legal"]
    for in_place, expected in ((True, "Waits legal"), (False, "waits legal")):
        before = os.stat(store.dir / "s1.json")
        same_size_rewrite(store.dir / "s1.json", in_place)
        after = os.stat(store.dir / "s1.json")
        assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
        assert [n["text"] for n in work.load_corpus()[0].sessions[0].notes] == [expected]
        assert [n["text"] for n in Workspace(paths).load_corpus()[0].sessions[0].notes] == [
            expected
        ]
