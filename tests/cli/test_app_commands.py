"""`new` and `resume`: every mistake is found before the screen opens."""

from __future__ import annotations

import subprocess
import sys

from tests import factories
from tests.cli.helpers import run_program
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore


def test_new_with_an_unknown_agenda_is_exit_2() -> None:
    result = run_program("new", "--agenda", "brnad", "--participant", "Jordan")
    assert result.code == 2
    assert result.err.startswith("wfinterview: no agenda with id 'brnad' (available: campaign,")


def test_new_with_a_broken_agenda_file_names_the_line(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "mine.toml"
    path.write_text("id = \n", encoding="utf-8")
    result = run_program("new", "--agenda", str(path), "--participant", "Jordan")
    assert result.code == 2 and f"{path}:1:6: TOML syntax" in result.err


def test_new_with_bad_minutes_is_a_usage_error() -> None:
    result = run_program("new", "--agenda", "ops", "--participant", "J", "--minutes", "lots")
    assert result.code == 2 and "'lots' is not a whole number of minutes" in result.err


def test_new_with_round_zero_is_a_usage_error() -> None:
    result = run_program("new", "--agenda", "ops", "--participant", "J", "--round", "0")
    assert result.code == 2 and "the round must be between 1 and 99" in result.err


def test_resume_with_nothing_to_resume_is_exit_2() -> None:
    result = run_program("resume")
    assert result.code == 2
    assert "no unfinished session to resume" in result.err


def test_resume_of_an_unknown_id_is_exit_2() -> None:
    result = run_program("resume", "20260101-0000-nobody-0000")
    assert result.code == 2 and "no session with id '20260101-0000-nobody-0000'" in result.err


def test_resume_of_a_session_open_elsewhere_is_refused(isolated_dirs: Paths) -> None:
    store = SessionStore(isolated_dirs.sessions_dir)
    store.save(factories.session(session_id="s1"))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from wfinterview.core.workspace import Workspace; "
            "from wfinterview.core.storage import Paths;"
            "Workspace(Paths.resolve()).store.lock('s1'); print('ok', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"ok\n"
        result = run_program("resume", "s1")
        assert result.code == 2
        assert f"session s1 is already open in another cockpit (pid {holder.pid})" in result.err
    finally:
        holder.kill()
        holder.wait()


def test_resume_of_an_unreadable_file_reports_it_and_leaves_it(isolated_dirs: Paths) -> None:
    isolated_dirs.sessions_dir.mkdir(parents=True)
    path = isolated_dirs.sessions_dir / "s2.json"
    path.write_bytes(b'{"format": "wfinterview.session", "version": 7}')
    result = run_program("resume", "s2")
    assert result.code == 2
    assert "written by a newer wfinterview (file version 7)" in result.err
    assert path.read_bytes() == b'{"format": "wfinterview.session", "version": 7}'
