"""The listing index: rows for unchanged files, fresh validation for everything else."""

from __future__ import annotations

import json
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
    return work.paths.cache_dir / "listing.json"


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
    assert [s.id for s in listed.sessions] == [s.id for s in work.store.load_all().sessions]
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
    [
        b"",
        b"not json",
        b"[]",
        b'{"format": "wfinterview.listing-index", "version": 99, "files": {}}',
        b'{"format": "wfinterview.listing-index", "version": %d, "files": []}' % INDEX_VERSION,
    ],
    ids=["empty", "junk", "a list", "a newer version", "files a list"],
)
def test_a_damaged_index_is_ignored_and_rebuilt(work: Workspace, damage: bytes) -> None:
    _save_three(work.store)
    expected = work.list_sessions().sessions
    _index(work).write_bytes(damage)
    assert work.list_sessions().sessions == expected
    assert json.loads(_index(work).read_bytes())["format"] == "wfinterview.listing-index"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("notes", "many"),
        ("started_at", "2026-11-20T10:00:00"),  # no offset
        ("ended_at", 5),
        ("tag_counts", {"approval_lag": "2"}),
        ("finished", 1),
        ("surprise", True),
    ],
)
def test_a_tampered_row_drops_the_whole_index(
    work: Workspace, monkeypatch: pytest.MonkeyPatch, field: str, value: object
) -> None:
    _save_three(work.store)
    expected = work.list_sessions().sessions
    data = json.loads(_index(work).read_bytes())
    data["files"]["s1.json"]["summary"][field] = value
    _index(work).write_text(json.dumps(data), encoding="utf-8")
    reads = _count_reads(monkeypatch)
    assert work.list_sessions().sessions == expected
    assert len(reads) == 3  # every file validated again, none trusted


def test_an_index_that_cannot_be_written_is_only_a_slower_list(work: Workspace) -> None:
    _save_three(work.store)
    _index(work).parent.parent.mkdir(parents=True)
    _index(work).parent.write_bytes(b"a file where the cache folder would go")
    for _ in range(2):
        assert sorted(s.id for s in work.list_sessions().sessions) == ["s1", "s2", "s3"]


def test_summary_of_a_session_without_notes() -> None:
    from wfinterview.core.synthesis.digest import SessionDigest

    raw = SessionStore.serialize(factories.session("s9"))
    summary = SessionSummary.of(SessionDigest.model_validate_json(raw))
    assert summary.notes == 0 and summary.tag_counts == {} and not summary.finished
