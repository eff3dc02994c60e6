"""`wfinterview search` as a user runs it, and the local index it asks: deleting the index
loses nothing, a damaged one is rebuilt with one line said."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tests import factories
from tests.cli.helpers import run_main, run_program
from wfinterview.core.framework.models import Session
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore


def sessions() -> list[Session]:
    ana = factories.session(
        "s-ana",
        "Ana",
        "campaign",
        [
            factories.note("We are waiting for legal again", "approvals", 125.0, ["approval_lag"]),
            factories.note("Legal waits on brand", "approvals", 300.0),
            factories.note("Nobody owns the brief \x1b]52;c;aGk=\x07", "walkthrough", 61.0),
        ],
        engagement="Acme Retail",
    )
    ben = factories.session(
        "s-ben",
        "Ben",
        "strategy",
        [factories.note("Waiting for legal, waiting for brand", "approvals", 10.0)],
        engagement="Northwind",
        round=2,
    )
    ben.started_at += timedelta(days=1)
    return [ana, ben]


@pytest.fixture
def saved(isolated_dirs: Paths) -> Paths:
    store = SessionStore(isolated_dirs.sessions_dir)
    for session in sessions():
        store.save(session)
    return isolated_dirs


def test_words_are_found_ranked_with_who_where_and_when(
    saved: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_main(capsys, "search", "waiting for legal")
    assert result.code == 0 and result.err == ""
    when_ana = f"{sessions()[0].started_at:%Y-%m-%d %H:%M}"
    when_ben = f"{sessions()[1].started_at:%Y-%m-%d %H:%M}"
    assert result.out == (
        "2 notes match 'waiting for legal', best first:\n"
        "\n"
        f"Ben · Strategic Lead / CMO · Northwind · round 2 · Approvals & Bottlenecks · "
        f"{when_ben} +00:10\n"
        "    Waiting for legal, waiting for brand\n"
        "\n"
        f"Ana · Campaign Lead · Acme Retail · round 1 · Approvals & Bottlenecks · "
        f"{when_ana} +02:05\n"
        "    We are waiting for legal again\n"
    )


def test_phrases_prefixes_and_filters(saved: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    def notes(*args: str) -> list[str]:
        result = run_main(capsys, "search", *args)
        assert result.code == 0, result.err
        return [line.strip() for line in result.out.splitlines() if line.startswith("    ")]

    # As many words, the phrase once each: a tie, the earlier interview first.
    assert notes('"waiting for legal"') == [
        "We are waiting for legal again",
        "Waiting for legal, waiting for brand",
    ]
    assert notes('"legal waits"') == ["Legal waits on brand"]
    assert notes("wait*", "--engagement", "Acme Retail") == [
        "Legal waits on brand",  # the shorter note ranks first (bm25)
        "We are waiting for legal again",
    ]
    assert notes("legal", "--tag", "approval_lag") == ["We are waiting for legal again"]
    assert notes("legal", "--role", "Strategic Lead / CMO") == [
        "Waiting for legal, waiting for brand"
    ]
    assert notes("legal", "--limit", "1") == ["Legal waits on brand"]
    assert notes("invoices") == []


def test_a_note_never_drives_the_terminal(saved: Paths) -> None:
    """A teammate's file written by hand, escapes in a name and a note: what reaches the
    terminal is shown, never obeyed (or the file is refused, in one line)."""
    path = saved.sessions_dir / "s-eve.json"
    data = json.loads(SessionStore.serialize(factories.session("s-eve", "Eve")))
    data["participant"]["name"] = "Eve \x1b[2J"
    data["notes"] = [{"id": "n1", "step": "role", "at": 1.0, "text": "brief \x1b]52;c;aGk=\x07"}]
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run_program("search", "brief")
    assert "\x1b" not in result.out + result.err and "\x07" not in result.out + result.err
    assert "Nobody owns the brief" in result.out


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (['"waiting for'], 'a phrase opened with " is not closed; close it, or leave quotes out'),
        (["wa*it"], "'wa*it': * goes only at the end of a word, for words it begins"),
        (["*"], 'give a word to look for, a "phrase", or the start of a word and *'),
        (["legal", "--tag", "aproval_lag"], "no tag 'aproval_lag'; did you mean 'approval_lag'?"),
        (["legal", "--engagement", "Acme"], "no sessions with the engagement 'Acme'"),
    ],
)
def test_what_cannot_be_searched_is_one_line_and_exit_2(
    saved: Paths, capsys: pytest.CaptureFixture[str], args: list[str], error: str
) -> None:
    result = run_main(capsys, "search", *args)
    assert result.code == 2 and result.out == ""
    assert result.err.startswith(f"wfinterview: {error}") and result.err.count("\n") == 1


def test_fts_syntax_typed_by_the_user_is_searched_as_words(
    saved: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    for query in ("AND", "legal OR brand", "NEAR(legal brand)", "legal:", "^legal", "(", "-"):
        result = run_main(capsys, "search", query)
        assert result.code == 0 and result.err == "", query
    assert run_main(capsys, "search", "legal OR brand").out.startswith("No notes match")


def test_deleting_the_index_loses_nothing_and_the_next_command_rebuilds_it(
    saved: Paths,
) -> None:
    before = {args[0]: run_program(*args) for args in (["list"], ["search", "legal"])}
    report = run_program("report", "--engagement", "Acme Retail")
    assert saved.index_file.is_file() and report.code == 0
    saved.index_file.unlink()
    for args, result in before.items():
        again = run_program(*([args] if args == "list" else [args, "legal"]))
        assert (again.code, again.out, again.err) == (result.code, result.out, result.err)
    assert saved.index_file.is_file()
    assert run_program("report", "--engagement", "Acme Retail").out == report.out


def test_a_damaged_index_is_rebuilt_with_one_line_said(saved: Paths) -> None:
    first = run_program("search", "legal")
    saved.index_file.write_bytes(b"this is no database " * 500)
    again = run_program("search", "legal")
    assert (again.code, again.out) == (0, first.out)
    assert again.err == (
        f"wfinterview: the local index {saved.index_file} was damaged "
        "(file is not a database); it was rebuilt\n"
    )
    assert run_program("search", "legal").err == ""  # said once
