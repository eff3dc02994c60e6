"""The listing from the local index: rows for unchanged files, fresh validation for everything
else; a damaged, foreign or other-version index rebuilt."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests import factories
from wfinterview.core.framework.models import Recap
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.workspace.listing import INDEX_VERSION, SessionSummary
from wfinterview.core.workspace.workspace import Workspace


@pytest.fixture
def work(isolated_dirs: Paths) -> Workspace:
    return Workspace(isolated_dirs)


def _index(work: Workspace) -> Path:
    return work.paths.index_file


def _save_three(store: SessionStore) -> None:
    notes = [
        factories.note("a", tags=["approval_lag", "approval_lag"]),
        factories.note("b", tags=["ghost_ownership"]),
    ]
    store.save(factories.session("s1", name="Ana", notes=notes))
    store.save(factories.session("s2", name="Ben", ended=True))
    sent = Recap(heard="h", stuck="s", magic_wand="m", sent_at=datetime(2026, 11, 21, tzinfo=UTC))
    store.save(factories.session("s3", name="Cy", ended=True, recap=sent))


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    reads: list[Path] = []
    real = SessionStore.load_path

    def counting(self: SessionStore, path: Path, *model: type) -> object:
        reads.append(path)
        return real(self, path, *model)  # type: ignore[call-overload]

    monkeypatch.setattr(SessionStore, "load_path", counting)
    return reads


def test_summaries_match_the_sessions_on_disk(work: Workspace) -> None:
    _save_three(work.store)
    expected = {s.id: s for s in work.store.load_all().sessions}
    listed = work.list_sessions()
    newest_first = sorted(expected.values(), key=lambda s: (s.started_at, s.id), reverse=True)
    assert [s.id for s in listed.sessions] == [s.id for s in newest_first]
    by_id = {s.id: s for s in listed.sessions}
    assert by_id["s1"].tag_counts == {"approval_lag": 2, "ghost_ownership": 1}
    assert by_id["s1"].participant == "Ana" and by_id["s1"].notes == 2
    assert by_id["s1"].tagged_notes == 2 and by_id["s2"].tagged_notes == 0
    assert not by_id["s1"].finished and by_id["s2"].finished and not by_id["s2"].recap_sent
    assert by_id["s3"].recap_sent
    assert by_id["s2"].ended_at == expected["s2"].ended_at and by_id["s1"].ended_at is None
    assert by_id["s1"].round == expected["s1"].round
    assert {s.id: s.started_at for s in listed.sessions} == {
        i: s.started_at for i, s in expected.items()
    }


def test_unchanged_files_are_not_read_again(
    work: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_three(work.store)
    first = work.list_sessions()
    reads = _count_reads(monkeypatch)
    assert work.list_sessions().sessions == first.sessions
    assert reads == []
    work.store.save(factories.session("s2", name="Ben Again", ended=True))
    again = work.list_sessions()
    assert [p.name for p in reads] == ["s2.json"]
    assert {s.id: s.participant for s in again.sessions}["s2"] == "Ben Again"


def test_deleted_and_unreadable_files_are_seen_every_time(work: Workspace) -> None:
    _save_three(work.store)
    work.list_sessions()
    (work.store.dir / "s1.json").unlink()
    (work.store.dir / "broken.json").write_text("{", encoding="utf-8")
    for _ in range(2):
        result = work.list_sessions()
        assert sorted(s.id for s in result.sessions) == ["s2", "s3"]
        assert [p.path.name for p in result.problems] == ["broken.json"]


@pytest.mark.parametrize(
    "damage",
    [b"", b"not a database", b"SQLite format 3\x00" + b"\xff" * 200],
    ids=["empty", "junk", "a damaged header"],
)
def test_a_damaged_index_is_rebuilt_with_one_line_said(work: Workspace, damage: bytes) -> None:
    _save_three(work.store)
    expected = work.list_sessions().sessions
    work.index.close()
    _index(work).write_bytes(damage)
    again = Workspace(work.paths)
    assert again.list_sessions().sessions == expected
    said = again.index_notices()
    if damage:  # an empty file is a new database to SQLite: nothing was lost to say
        assert len(said) == 1 and said[0].startswith(f"the local index {_index(work)} was damaged")
    assert again.index_notices() == []  # said once


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("notes", "many"),
        ("started_at", "2026-11-20T10:00:00"),  # no offset
        ("ended_at", 5),
        ("tag_counts", '{"approval_lag": "2"}'),
        ("recap_sent", "yes"),
    ],
)
def test_a_tampered_row_drops_the_whole_index(
    work: Workspace, monkeypatch: pytest.MonkeyPatch, column: str, value: object
) -> None:
    _save_three(work.store)
    expected = work.list_sessions().sessions
    with sqlite3.connect(_index(work)) as connection:
        connection.execute(f"UPDATE sessions SET {column} = ? WHERE id = 's1'", (value,))
    reads = _count_reads(monkeypatch)
    again = Workspace(work.paths)
    assert again.list_sessions().sessions == expected
    assert len(reads) == 3  # every file validated again, none trusted
    assert len(again.index_notices()) == 1


@pytest.mark.parametrize(
    "change",
    [
        "PRAGMA user_version = 99",
        "UPDATE meta SET value = '/another/folder' WHERE key = 'folder'",
    ],
    ids=["another version", "another folder"],
)
def test_an_index_of_another_version_or_folder_is_rebuilt_silently(
    work: Workspace, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    _save_three(work.store)
    expected = work.list_sessions().sessions
    work.index.close()
    with sqlite3.connect(_index(work)) as connection:
        connection.execute(change)
    reads = _count_reads(monkeypatch)
    again = Workspace(work.paths)
    assert again.list_sessions().sessions == expected
    assert len(reads) == 3 and again.index_notices() == []
    with sqlite3.connect(_index(work)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == INDEX_VERSION
        folder = connection.execute("SELECT value FROM meta").fetchone()[0]
    assert folder == str(work.paths.data_dir.resolve())


def test_an_index_that_cannot_be_written_is_only_a_slower_list(work: Workspace) -> None:
    _save_three(work.store)
    _index(work).parent.parent.mkdir(parents=True)
    _index(work).parent.write_bytes(b"a file where the cache folder would go")
    for _ in range(2):
        assert sorted(s.id for s in work.list_sessions().sessions) == ["s1", "s2", "s3"]
    assert work.index_notices() == []  # no index is not a damaged one


def test_summary_of_a_session_without_notes() -> None:
    from wfinterview.core.synthesis.digest import SessionDigest

    raw = SessionStore.serialize(factories.session("s9"))
    summary = SessionSummary.of(SessionDigest.model_validate_json(raw))
    assert summary.notes == 0 and summary.tag_counts == {} and not summary.finished


def test_indexes_of_folders_that_are_gone_are_tidied_away(tmp_path: Path) -> None:
    """The cache folder does not grow with every data folder ever opened: making an index
    deletes those of folders that no longer exist, and no other."""
    cache = tmp_path / "cache"

    def listed(name: str) -> Paths:
        paths = Paths(tmp_path / name, tmp_path / "config", cache)
        SessionStore(paths.sessions_dir).save(factories.session("s1"))
        Workspace(paths).list_sessions()
        return paths

    kept, gone = listed("kept"), listed("gone")
    shutil.rmtree(gone.data_dir)
    assert gone.index_file.exists()
    (cache / "index" / "junk.sqlite3").write_bytes(b"not ours to judge")
    listed("new")
    assert kept.index_file.exists() and not gone.index_file.exists()
    assert (cache / "index" / "junk.sqlite3").exists()  # unreadable: left alone
