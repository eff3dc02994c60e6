"""`wfinterview list` as a user runs it twice: the second run answers from the index."""

from __future__ import annotations

import pytest

from tests import factories
from tests.cli.helpers import run_main
from wfinterview.commands.table import _width
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore


def test_list_shows_a_session_changed_since_the_last_list(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    store = SessionStore(isolated_dirs.sessions_dir)
    store.save(factories.session("s1", name="Priya"))
    first = run_main(capsys, "list")
    assert "Priya" in first.out
    assert run_main(capsys, "list").out == first.out
    store.save(factories.session("s1", name="Priyanka", ended=True))
    again = run_main(capsys, "list").out
    assert "Priyanka" in again and "✉ recap due" in again


def test_one_row_per_session_whatever_the_name_holds(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # the ROLE column shown
    store = SessionStore(isolated_dirs.sessions_dir)
    store.save(factories.session("s1", name="Line\nbreak \x1b[31mred"))
    store.save(factories.session("s2", name="Zoë 🧑‍💻 王"))
    lines = run_main(capsys, "list").out.splitlines()
    assert len(lines) == 3 and "\x1b" not in "".join(lines)
    # Columns line up: the ROLE column starts at the same place on every row.
    starts = {_width(line[: line.index("Campaign")]) for line in lines[1:]}
    assert len(starts) == 1
