"""The cockpit never opens the local index: while another window holds it (a long
rebuild), notes are committed and saved, and nothing the cockpit does asks the index."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from tests.tui.helpers import FakeClock, cockpit_app, saved, type_text
from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.index.session_index import SessionIndex
from wfinterview.core.workspace.workspace import Workspace


async def test_the_cockpit_never_asks_the_index(
    isolated_dirs: Paths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = cockpit_app(isolated_dirs, clock)  # `new` asked the index once, before the cockpit
    Workspace(isolated_dirs).list_sessions()  # the index exists, with this session in it
    asked: list[Any] = []
    real = SessionIndex.ask
    monkeypatch.setattr(SessionIndex, "ask", lambda *a: asked.append(a) or real(*a))
    holder = sqlite3.connect(isolated_dirs.index_file, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another window holds it: readers and writers wait
    try:
        async with app.run_test() as pilot:
            for text in ("Briefs arrive by Slack DM", "Legal signs off last"):
                await type_text(pilot, text)
                await pilot.press("enter")
            session = await saved(pilot)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [n.text for n in session.notes] == ["Briefs arrive by Slack DM", "Legal signs off last"]
    assert asked == []
    Workspace(isolated_dirs).list_sessions()  # the probe sees a question when one is asked
    assert len(asked) == 1
