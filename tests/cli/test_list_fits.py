"""`wfinterview list` fits the terminal and says where each session stands in home's words.

Each state a session can be in is listed as home lists it (tests/tui/test_session_states.py
holds home to the same words): an audit once made a drafted recap read as sent, and nothing
noticed.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tests import factories
from tests.cli.helpers import run_main
from wfinterview.core.framework.models import Recap
from wfinterview.core.framework.text import cell_width
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore

TEAMMATE = "bob-x1-77e0a1"


def cells(lines: list[str]) -> list[list[str]]:
    """Each line's cells (columns are two or more spaces apart)."""
    return [re.split(r"\s{2,}", line.strip()) for line in lines]


def every_state(paths: Paths) -> None:
    """One session in each state, started a day apart (list shows the newest first)."""
    store = SessionStore(paths.sessions_dir)
    draft = Recap(heard="- Briefs arrive in Slack", stuck="", magic_wand="")
    sent = draft.model_copy(update={"sent_at": factories.STARTED + timedelta(hours=2)})
    for day, (name, fields) in enumerate(
        [
            ("Olivia Open", {}),
            ("Dana Due", {"ended": True}),
            ("Drew Drafted", {"ended": True, "recap": draft}),
            ("Sam Sent", {"ended": True, "recap": sent}),
            ("Theo Teammate", {"ended": True, "writer": TEAMMATE}),
            ("Tess Teammate-Sent", {"ended": True, "writer": TEAMMATE, "recap": sent}),
        ]
    ):
        session = factories.session(f"2026112{day}-1000-s{day}", name=name, **fields)
        store.save(
            session.model_copy(update={"started_at": factories.STARTED - timedelta(days=day)})
        )


def test_each_state_in_homes_words_at_80_columns(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    every_state(isolated_dirs)
    result = run_main(capsys, "list")
    assert result.code == 0
    lines = result.out.splitlines()
    assert max(cell_width(line) for line in lines) <= 80
    assert cells(lines)[0] == ["ID", "PARTICIPANT", "ENGAGEMENT", "DATE", "NOTES", "STATE"]
    assert [(row[1], row[3], row[-1]) for row in cells(lines)[1:]] == [
        ("Olivia Open", "2026-11-20", "● open"),
        ("Dana Due", "2026-11-19", "✉ recap due"),
        ("Drew Drafted", "2026-11-18", "✉ recap due"),  # drafted, not sent: still due
        ("Sam Sent", "2026-11-17", "✓ sent"),
        ("Theo Teammate", "2026-11-16", "✉ theirs"),
        ("Tess Teammate-Sent", "2026-11-15", "✓ sent"),
    ]


def test_every_line_fits_80_columns_and_long_names_end_in_an_ellipsis(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    store = SessionStore(isolated_dirs.sessions_dir)
    store.save(
        factories.session(
            "20261120-1000-jordan-lee-ab12",
            name="Jordan Lee-Hawthorne de la Vega",
            engagement="Acme Retail Group (EMEA)",
            notes=[factories.note("CRM export by hand", tags=["tool_friction"])],
        )
    )
    lines = run_main(capsys, "list").out.splitlines()
    assert max(cell_width(line) for line in lines) <= 80
    assert cells(lines) == [
        ["ID", "PARTICIPANT", "ENGAGEMENT", "DATE", "STATE"],
        ["20261120-1000-jordan-lee-ab12", "Jordan Lee-H…", "Acme Retail G…", "2026-11-20"]
        + ["● open"],
    ]


def test_a_wide_terminal_shows_every_column_whole(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    every_state(isolated_dirs)
    header, first = run_main(capsys, "list").out.splitlines()[:2]
    assert header.split() == [
        "ID",
        "PARTICIPANT",
        "ROLE",
        "ENGAGEMENT",
        "DATE",
        "TIME",
        "LENGTH",
        "NOTES",
        "TAGS",
        "STATE",
    ]
    assert first.split() == [
        "20261120-1000-s0", "Olivia", "Open", "Campaign", "Lead", "Acme", "2026-11-20", "10:00",
        "00:00/25m", "0", "●", "open",
    ]  # fmt: skip


def test_ascii_only_drops_the_marks(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    every_state(isolated_dirs)
    lines = run_main(capsys, "list", "--ascii").out.splitlines()
    states = [row[-1] for row in cells(lines)]
    assert states == ["STATE", "open", "recap due", "recap due", "sent", "theirs", "sent"]
