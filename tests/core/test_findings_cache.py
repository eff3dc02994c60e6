"""The findings cache: an unchanged session's reading comes back from it and gives exactly
the findings reading every note gives; a changed file, a changed `[tools]` list, a damaged
reading or index is read again; an index that cannot be written never fails the findings.
The readings live in the local index's `readings` table (core/workspace/index/)."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests import factories
from wfinterview.core.framework.models import Note, Session
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.findings import Findings, corpus_findings, findings
from wfinterview.core.workspace.index.readings import IndexedReadings
from wfinterview.core.workspace.workspace import Workspace

LAG, GAPS, FRICTION = "approval_lag", "integration_gaps", "tool_friction"


def n(text: str, step: str = "tools", tags: list[str] | None = None, **flags: bool) -> Note:
    return factories.note(text, step, float(len(text)), tags, **flags)


def sessions() -> list[Session]:
    jordan = factories.session(
        "20261120-1000-jordan-aa11",
        "Jordan",
        "campaign",
        [
            n("SFDC is slow, so we keep a spreadsheet", tags=[FRICTION]),
            n("Then I send the brief to legal", "walkthrough"),
            n("We wait 5 days for the brand team", "approvals", [LAG], quote=True),
            n("Briefs go through Sprinklr first"),
            n("Then back into Sprinklr for scheduling"),
        ],
    )
    priya = factories.session(
        "20261121-1000-priya-bb22",
        "Priya",
        "campaign",
        [n("Legal takes a week, we wait", "approvals", [LAG]), n("Jira and Salesforce", "tools")],
    )
    rosa = factories.session(
        "20261122-1000-rosa-cc33",
        "Rosa",
        "strategy",
        [n("Approvals feel quick from here", "approvals", quote=True)],
    )
    for day, session in enumerate((jordan, priya, rosa)):
        session.started_at += timedelta(days=day)
    return [jordan, priya, rosa]


def saved(paths: Paths) -> Workspace:
    work = Workspace(paths)
    for session in sessions():
        work.store.save(session)
    return work


def summary(found: Findings) -> object:
    """Everything the findings say, with each note named by its text."""
    return (
        [
            (u.tool, u.count.notes, sorted(u.count.people), dict(u.tags), dict(u.workarounds))
            for u in found.tools.tools
        ],
        [(u.tool, [r.note["text"] for r in u.examples]) for u in found.tools.tools],
        [(c.word, c.notes, c.people) for c in found.tools.candidates],
        [
            (e.source, e.target, e.count.notes, e.friction, [r.note["text"] for r in e.examples])
            for e in found.handoffs
        ],
        [
            (c.step, c.tag, c.stuck_role, c.smooth_role, c.stuck_note.note["text"])
            for c in found.contrasts
        ],
    )


def cached(work: Workspace) -> tuple[Findings, int, int]:
    corpus, _ = work.load_corpus()
    cache = work.findings_cache(corpus)
    found = corpus_findings(corpus, Filters(), work.vocabulary, cache)
    return found, cache.hits, cache.misses


def test_a_warm_cache_gives_exactly_what_reading_every_note_gives(isolated_dirs: Paths) -> None:
    work = saved(isolated_dirs)
    corpus, _ = work.load_corpus()
    fresh = findings(corpus.notes(Filters()), work.vocabulary)
    cold, hits, misses = cached(work)
    assert (hits, misses) == (0, 3)
    assert sorted(kept(isolated_dirs)) == [s.id for s in sessions()]
    warm, hits, misses = cached(work)
    assert (hits, misses) == (3, 0)
    assert summary(fresh) == summary(cold) == summary(warm)
    tools = [u.tool for u in warm.tools.tools]
    assert tools == ["Salesforce", "Jira"]  # 2 people, then 1
    assert [(e.source, e.target) for e in warm.handoffs] == [
        ("Campaigns", "Brand"),  # someone waits there
        ("Campaigns", "Legal"),
    ]
    assert [c.smooth_note.note["text"] for c in warm.contrasts] == [
        "Approvals feel quick from here"
    ]
    assert not any("Briefs go through Sprinklr" in r for r in kept(isolated_dirs).values())


def test_a_changed_session_file_is_read_again(isolated_dirs: Paths) -> None:
    work = saved(isolated_dirs)
    cached(work)
    priya = work.store.load("20261121-1000-priya-bb22")
    priya.notes.append(n("Our HubSpot export is by hand", tags=[GAPS]))
    work.store.save(priya)
    found, hits, misses = cached(work)
    assert (hits, misses) == (2, 1)
    assert "HubSpot" in [u.tool for u in found.tools.tools]


def test_a_new_tools_list_reads_every_session_again(isolated_dirs: Paths) -> None:
    work = saved(isolated_dirs)
    before, _, _ = cached(work)
    assert [c.word for c in before.tools.candidates] == ["Sprinklr"]
    isolated_dirs.config_dir.mkdir(parents=True, exist_ok=True)
    isolated_dirs.config_file.write_text('[tools]\nSprinklr = ["sprinklr social"]\n')
    found, hits, misses = cached(Workspace(isolated_dirs))
    assert (hits, misses) == (0, 3)
    assert "Sprinklr" in [u.tool for u in found.tools.tools]
    assert found.tools.candidates == []


def test_a_damaged_or_forged_reading_is_read_again(isolated_dirs: Paths) -> None:
    work = saved(isolated_dirs)
    right, _, _ = cached(work)
    data = kept(isolated_dirs)
    priya = json.loads(data["20261121-1000-priya-bb22"])
    priya[0][0][1] = 99  # more notes than the session holds
    jordan = json.loads(data["20261120-1000-jordan-aa11"])
    jordan[2][0][4] = [7]  # no note 7
    with sqlite3.connect(isolated_dirs.index_file) as connection:
        for sid, reading in (
            ("20261121-1000-priya-bb22", priya),
            ("20261120-1000-jordan-aa11", jordan),
        ):
            connection.execute(
                "UPDATE readings SET reading = ? WHERE id = ?", (json.dumps(reading), sid)
            )
    found, hits, misses = cached(work)
    assert (hits, misses) == (1, 2)
    assert summary(found) == summary(right)
    assert cached(work)[1:] == (3, 0)  # read again and kept anew


def test_a_damaged_index_is_rebuilt_and_the_findings_read_again(isolated_dirs: Paths) -> None:
    work = saved(isolated_dirs)
    right, _, _ = cached(work)
    work.index.close()
    isolated_dirs.index_file.write_bytes(b"\x00{not a database" * 100)
    again = Workspace(isolated_dirs)
    found, hits, misses = cached(again)
    assert (hits, misses) == (0, 3) and summary(found) == summary(right)
    assert len(again.index_notices()) == 1
    assert sorted(kept(isolated_dirs)) == [s.id for s in sessions()]


def test_a_cache_that_cannot_be_written_never_fails_the_findings(isolated_dirs: Paths) -> None:
    work = saved(isolated_dirs)
    isolated_dirs.index_file.parent.parent.mkdir(parents=True)
    isolated_dirs.index_file.parent.write_bytes(b"in the way")
    found, hits, misses = cached(work)
    assert (hits, misses) == (0, 3) and [u.tool for u in found.tools.tools][0] == "Salesforce"
    assert cached(work)[1:] == (0, 3)


def test_a_corpus_without_stamps_reads_every_session_and_keeps_nothing(
    isolated_dirs: Paths,
) -> None:
    work = saved(isolated_dirs)
    corpus, _ = work.load_corpus()
    bare = Corpus(corpus.sessions, corpus.tags)  # sessions not read from files
    cache = work.findings_cache(bare)
    corpus_findings(bare, Filters(), work.vocabulary, cache)
    assert (cache.hits, cache.misses) == (0, 3)
    assert kept(isolated_dirs) == {}


def test_a_filter_on_single_notes_reads_just_those(isolated_dirs: Paths) -> None:
    work = saved(isolated_dirs)
    corpus, _ = work.load_corpus()
    cache = work.findings_cache(corpus)
    lag = corpus_findings(corpus, Filters(tag=LAG), work.vocabulary, cache)
    assert (cache.hits, cache.misses) == (0, 0)
    assert [u.tool for u in lag.tools.tools] == []
    assert [(e.source, e.target) for e in lag.handoffs] == [("Campaigns", "Brand")]
    searched = corpus_findings(corpus, Filters(text="jira"), work.vocabulary, cache)
    assert [u.tool for u in searched.tools.tools] == ["Jira", "Salesforce"]


def test_a_file_saved_while_the_corpus_is_read_is_never_answered_from_the_cache(
    isolated_dirs: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = saved(isolated_dirs)
    cached(work)  # every reading kept
    priya_id = "20261121-1000-priya-bb22"
    priya = work.store.load(priya_id)
    priya.notes[1].text = "Weather is fine"  # Jira and Salesforce no longer named
    work.store.save(priya)
    reading = SessionStore.load_path

    def saved_meanwhile(store: SessionStore, path: Path, *model: type) -> object:
        found = reading(store, path, *model)  # type: ignore[call-overload]
        if path.stem == priya_id:  # the cockpit saves just as synthesis reads the file
            priya.notes[1].text = "Jira only now"
            work.store.save(priya)
        return found

    monkeypatch.setattr(SessionStore, "load_path", saved_meanwhile)
    corpus, _ = work.load_corpus()
    monkeypatch.undo()
    assert priya_id not in corpus.stamps  # read while it changed: no stamp, nothing kept
    cache = work.findings_cache(corpus)
    found = corpus_findings(corpus, Filters(), work.vocabulary, cache)
    assert summary(found) == summary(findings(corpus.notes(Filters()), work.vocabulary))
    assert [u.tool for u in found.tools.tools] == ["Salesforce"]  # Jordan's SFDC only
    assert (cache.hits, cache.misses) == (2, 1)
    # The next pass reads the save that came meanwhile, never the reading made before it.
    found, hits, misses = cached(work)
    assert [u.tool for u in found.tools.tools] == ["Jira", "Salesforce"]
    assert (hits, misses) == (2, 1)


def test_a_deleted_sessions_reading_leaves_the_cache(isolated_dirs: Paths) -> None:
    work = saved(isolated_dirs)
    cached(work)
    assert "20261122-1000-rosa-cc33" in kept(isolated_dirs)
    work.store.path_for("20261122-1000-rosa-cc33").unlink()
    assert cached(work)[1:] == (2, 0)  # nothing read afresh…
    assert "20261122-1000-rosa-cc33" not in kept(isolated_dirs)  # …and its reading gone


def test_readings_of_another_vocabulary_are_read_again_and_a_warm_pass_writes_nothing(
    isolated_dirs: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = saved(isolated_dirs)
    cached(work)
    with sqlite3.connect(isolated_dirs.index_file) as connection:
        connection.execute("UPDATE readings SET vocabulary = 'another'")
    assert cached(work)[1:] == (0, 3)
    writes: list[list[str]] = []
    real = IndexedReadings.save_readings

    def counted(self: IndexedReadings, vocabulary: str, fresh: dict[str, Any]) -> None:
        writes.append(sorted(fresh))
        real(self, vocabulary, fresh)

    monkeypatch.setattr(IndexedReadings, "save_readings", counted)
    assert cached(work)[1:] == (3, 0)
    assert writes == []  # nothing read afresh: nothing written
    jordan = sessions()[0]
    jordan.notes.append(n("Jira again"))
    work.store.save(jordan)
    assert cached(work)[1:] == (2, 1)
    assert writes == [[jordan.id]]


def kept(paths: Paths) -> dict[str, str]:
    """Session id -> the reading the index keeps for it (JSON)."""
    with sqlite3.connect(paths.index_file) as connection:
        return dict(connection.execute("SELECT id, reading FROM readings"))
