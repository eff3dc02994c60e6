"""`list`, resume and review as the user relies on them: sessions newest first, problems
by file name, the local index trusted only where it matches, and the exact errors."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from tests import factories
from wfinterview.core.framework.errors import UserError
from wfinterview.core.storage.lock import SessionLocked
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.workspace.index import session_index
from wfinterview.core.workspace.listing import INDEX_VERSION, list_sessions
from wfinterview.core.workspace.opening import open_for_review, reopen_interview, start_interview
from wfinterview.core.workspace.workspace import Workspace, check_engagement


@pytest.fixture
def work(isolated_dirs: Paths) -> Workspace:
    return Workspace(isolated_dirs)


def save(store: SessionStore, session_id: str, hours: int, **fields: object) -> None:
    session = factories.session(session_id, session_id.title(), **fields)  # type: ignore[arg-type]
    session.started_at += timedelta(hours=hours)
    store.save(session)


def reads_of(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reads: list[str] = []
    real = SessionStore.load_path

    def counting(self: SessionStore, path: Path, *model: type) -> object:
        reads.append(path.name)
        return real(self, path, *model)  # type: ignore[call-overload]

    monkeypatch.setattr(SessionStore, "load_path", counting)
    return reads


class NameOrder:
    """`os` for the listing alone, with the folder read in name order (or its reverse),
    whatever order the file system gives."""

    def __init__(self, reverse: bool) -> None:
        self.reverse = reverse

    def __getattr__(self, name: str) -> object:
        return getattr(os, name)

    def scandir(self, path: object) -> list[os.DirEntry[str]]:
        with os.scandir(path) as entries:  # type: ignore[call-overload]
            return sorted(entries, key=lambda e: e.name, reverse=self.reverse)


def in_order(monkeypatch: pytest.MonkeyPatch, *, reverse: bool) -> None:
    monkeypatch.setattr(session_index, "os", NameOrder(reverse))


def test_sessions_newest_first_and_problems_by_file_name(
    work: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(work.store, "b-old", 0)
    save(work.store, "c-new", 5)
    save(work.store, "d-mid", 2)
    for name in ("a-broken", "e-broken", "f-broken"):
        (work.store.dir / f"{name}.json").write_text("{", "utf-8")
    (work.store.dir / ".b-old.lock").write_text("", "utf-8")
    in_order(monkeypatch, reverse=False)
    result = work.list_sessions()
    assert [s.id for s in result.sessions] == ["c-new", "d-mid", "b-old"]
    in_order(monkeypatch, reverse=True)
    again = list_sessions(work.store, None)  # no index at all: every file read
    assert [s.id for s in again.sessions] == ["c-new", "d-mid", "b-old"]
    assert [p.path.name for p in again.problems] == [
        "a-broken.json",
        "e-broken.json",
        "f-broken.json",
    ]


def test_no_sessions_folder_lists_nothing(tmp_path: Path) -> None:
    result = list_sessions(SessionStore(tmp_path / "missing"), tmp_path / "index.json")
    assert (result.sessions, result.problems) == ([], [])
    assert not (tmp_path / "index.json").exists()


def test_a_note_without_tags_counts_none(work: Workspace) -> None:
    session = factories.session("s1", notes=[factories.note("plain")])
    data = json.loads(SessionStore.serialize(session))
    del data["notes"][0]["tags"]
    work.store.write("s1", json.dumps(data).encode())
    (summary,) = work.list_sessions().sessions
    assert (summary.notes, summary.tag_counts) == (1, {})


def test_a_file_restored_with_its_old_time_is_still_read_once(
    work: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(work.store, "s1", 0)
    path = work.store.dir / "s1.json"
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    work.list_sessions()
    reads = reads_of(monkeypatch)
    assert [s.id for s in work.list_sessions().sessions] == ["s1"]
    assert reads == []


def test_an_index_of_another_version_is_not_trusted(
    work: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(work.store, "s1", 0)
    work.list_sessions()
    work.index.close()
    with sqlite3.connect(work.paths.index_file) as connection:
        connection.execute(f"PRAGMA user_version = {INDEX_VERSION + 1}")
    reads = reads_of(monkeypatch)
    Workspace(work.paths).list_sessions()
    assert reads == ["s1.json"]


@pytest.mark.parametrize("stamp", ["'1'", "mtime_ns + 0.5", "NULL"], ids=["text", "float", "null"])
def test_a_damaged_stamp_reads_its_file_again(
    work: Workspace, monkeypatch: pytest.MonkeyPatch, stamp: str
) -> None:
    save(work.store, "s1", 0)
    save(work.store, "s2", 1)
    work.list_sessions()
    work.index.close()
    with sqlite3.connect(work.paths.index_file) as connection:
        connection.execute("PRAGMA ignore_check_constraints = 1")
        connection.execute(f"UPDATE OR IGNORE sessions SET size = {stamp} WHERE id = 's1'")
    reads = reads_of(monkeypatch)
    again = Workspace(work.paths)
    assert [s.id for s in again.list_sessions().sessions] == ["s2", "s1"]
    assert reads == (["s1.json"] if stamp != "NULL" else [])  # NOT NULL: the row kept whole


# -- starting, resuming, reviewing ---------------------------------------------------------


def test_a_new_interview_is_run_by_the_configured_facilitator(work: Workspace) -> None:
    work.paths.config_dir.mkdir(parents=True)
    work.paths.config_file.write_text('facilitator = "Sam Rivera"\n', "utf-8")
    agenda = work.catalog.get("ops")
    session, lock = start_interview(work, agenda, "  Ana  ", " Acme ", None)
    lock.release()
    assert (session.facilitator, session.participant.name, session.engagement) == (
        "Sam Rivera",
        "Ana",
        "Acme",
    )
    with pytest.raises(UserError) as empty:
        start_interview(work, agenda, "   ", "Acme", None)
    assert empty.value.lines == ["the participant's name is empty"]


def test_a_new_interview_joins_its_engagements_latest_round_unless_told(
    work: Workspace,
) -> None:
    """Round 2 is started once, by hand; the interviews after it belong to it, whoever of
    the team recorded the earlier ones."""
    work.store.save(factories.session("s1", "Ana", engagement="Acme", ended=True, round=1))
    work.store.save(factories.session("s2", "Bo", engagement="Acme", ended=True, round=2))
    work.store.save(factories.session("s3", "Cy", engagement="Northwind", ended=True, round=1))
    agenda = work.catalog.get("ops")
    started = []
    for participant, engagement, told in [
        ("Dee", "Acme", None),
        ("Eve", "Northwind", None),
        ("Fay", "Brand new", None),
        ("Gus", "Northwind", 2),
        ("Hal", "Northwind", None),
    ]:
        session, lock = start_interview(work, agenda, participant, engagement, None, told)
        lock.release()
        started.append(session.round)
    assert started == [2, 1, 1, 2, 2]
    assert work.store.load(session.id).round == 2
    with pytest.raises(UserError) as zero:
        start_interview(work, agenda, "Ida", "Acme", None, 0)
    assert zero.value.lines == ["the round is a whole number from 1"]


def test_resume_with_nothing_unfinished_says_where_to_look(work: Workspace) -> None:
    save(work.store, "s1", 0, ended=True)
    with pytest.raises(UserError) as nothing:
        reopen_interview(work, None)
    assert nothing.value.lines == [
        "no unfinished session to resume; `wfinterview list` shows every session"
    ]


def test_reopening_an_ended_interview_opens_it_again(work: Workspace) -> None:
    save(work.store, "s1", 0, ended=True)
    session, lock = reopen_interview(work, "s1")
    lock.release()
    assert session.ended_at is None and not session.finished


def test_a_review_holds_the_session_lock(work: Workspace) -> None:
    save(work.store, "s1", 0, ended=True)
    save(work.store, "s2", 1, ended=True)
    session, lock = open_for_review(work, "s1")
    try:
        assert session.id == "s1" and session.finished and lock.held
        with pytest.raises(SessionLocked):
            open_for_review(work, "s1")
        with pytest.raises(SessionLocked):
            reopen_interview(work, "s1")  # no cockpit while it is reviewed
        other, other_lock = open_for_review(work, "s2")  # another session is free
        other_lock.release()
        assert other.id == "s2"
    finally:
        lock.release()


def test_the_corpus_counts_with_the_users_tags(work: Workspace) -> None:
    work.paths.config_dir.mkdir(parents=True)
    work.paths.config_file.write_text(
        '[[tags]]\nkey = "budget"\nemoji = "💸"\nlabel = "Budget"\nhashtag = "budget"\n', "utf-8"
    )
    save(work.store, "s1", 0, notes=[factories.note("No budget", tags=["budget"])])
    (work.store.dir / "broken.json").write_text("{", "utf-8")
    corpus, problems = work.load_corpus()
    assert [p.path.name for p in problems] == ["broken.json"]
    assert [s.id for s in corpus.sessions] == ["s1"]
    assert corpus.tags[-1].key == "budget"


def test_an_unknown_engagement_names_the_ones_there_are(work: Workspace) -> None:
    empty, _ = work.load_corpus()
    check_engagement(empty, None)
    with pytest.raises(UserError) as none_yet:
        check_engagement(empty, "Acme")
    assert none_yet.value.lines == ["no sessions in engagement 'Acme' (engagements: none yet)"]
    save(work.store, "s1", 0)
    save(work.store, "s2", 0, engagement="Globex")
    corpus, _ = work.load_corpus()
    check_engagement(corpus, "Acme")
    with pytest.raises(UserError) as unknown:
        check_engagement(corpus, "Initech")
    assert unknown.value.lines == [
        "no sessions in engagement 'Initech' (engagements: 'Acme', 'Globex')"
    ]
