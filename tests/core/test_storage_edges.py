"""Storage edges users rely on without seeing them: where the folders are, who holds a
session, what a broken file is said to be, and a writer that never keeps the program
from quitting."""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import ValidationError

from tests import factories
from wfinterview.core.framework.errors import FileProblem
from wfinterview.core.framework.models import Session
from wfinterview.core.storage import atomic
from wfinterview.core.storage.folders import ensure_private_dir
from wfinterview.core.storage.lock import SessionLock, SessionLocked
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore, diagnose
from wfinterview.core.storage.tomlfile import parse_toml, read_toml
from wfinterview.core.storage.writer import SaveStatus, SessionWriter

# -- where things are ---------------------------------------------------------------------


def test_the_data_folder_comes_from_the_option_then_the_environment(
    isolated_dirs: Paths, tmp_path: Path
) -> None:
    assert Paths.resolve() == isolated_dirs
    assert Paths.resolve(tmp_path / "given") == Paths(tmp_path / "given", isolated_dirs.config_dir)


def test_without_either_the_platforms_user_folders(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("WFINTERVIEW_DATA_DIR")
    monkeypatch.delenv("WFINTERVIEW_CONFIG_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "conf"))
    assert Paths.resolve() == Paths(
        tmp_path / "share" / "wfinterview", tmp_path / "conf" / "wfinterview"
    )


# -- who holds a session ------------------------------------------------------------------


def test_a_lock_not_yet_taken_is_not_held(tmp_path: Path) -> None:
    assert not SessionLock(tmp_path / ".s1.lock", "s1").held


def held_by(tmp_path: Path, content: bytes) -> str:
    path = tmp_path / ".s1.lock"
    lock = SessionLock(path, "s1").acquire()
    try:
        path.write_bytes(content)  # what the holder wrote (or what is left of it)
        with pytest.raises(SessionLocked) as refused:
            SessionLock(path, "s1").acquire()
        return str(refused.value)
    finally:
        lock.release()


def test_the_refusal_names_the_holder_as_well_as_it_can(tmp_path: Path) -> None:
    assert held_by(tmp_path, b"") == (
        "session s1 is already open in another cockpit (pid another process); close it there first"
    )
    assert "(pid 12\ufffd34)" in held_by(tmp_path, b"12\xff34")
    assert f"(pid {'7' * 64})" in held_by(tmp_path, b"7" * 100)


def test_the_store_locks_a_session_by_its_id(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    lock = store.lock("s-42")
    try:
        with pytest.raises(SessionLocked, match="^session s-42 is already open"):
            store.lock("s-42")
    finally:
        lock.release()


# -- what a broken file is said to be --------------------------------------------------------


def test_a_file_with_a_few_bad_fields_lists_them_all() -> None:
    data = factories.session().model_dump_json().replace('"round":1', '"round":0')
    data = data.replace('"planned_minutes":25', '"planned_minutes":0')
    raw = data.encode()
    with pytest.raises(ValidationError) as error:
        Session.model_validate_json(raw)
    assert diagnose(raw, error.value) == (
        "has invalid fields: round: Input should be greater than or equal to 1 (got 0); "
        "planned_minutes: Input should be greater than or equal to 1 (got 0)"
    )


def test_a_bad_byte_on_the_second_line_is_pointed_at() -> None:
    with pytest.raises(FileProblem) as raised:
        parse_toml(Path("c.toml"), b"\n\xff")
    assert raised.value.lines == ["c.toml:2:1: not UTF-8 text (byte 0xff); save the file as UTF-8"]


# -- the writer -----------------------------------------------------------------------------


def writer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "session-writer"]


def test_a_new_writer_has_nothing_to_save_and_numbers_snapshots_from_one() -> None:
    before = set(writer_threads())
    writer = SessionWriter(lambda data: None)
    (thread,) = set(writer_threads()) - before
    assert thread.daemon  # a hung disk can never keep the program from quitting
    assert writer.status == SaveStatus(0, 0, None) and writer.status.up_to_date
    assert writer.flush(timeout=0.01)
    assert [writer.submit(b"a"), writer.submit(b"b"), writer.submit(b"c")] == [1, 2, 3]
    assert writer.close() and writer.status == SaveStatus(3, 3, None)
    assert not thread.is_alive()  # closing ends the thread


def test_the_first_retry_uses_the_first_delay() -> None:
    failed: list[bytes] = []

    def write(data: bytes) -> None:
        if not failed:
            failed.append(data)
            raise OSError("disk gone")

    statuses: list[SaveStatus] = []
    writer = SessionWriter(write, statuses.append, retry_delays=(0.0, 30.0))
    writer.submit(b"x")
    assert writer.flush(timeout=5)
    assert statuses[0].error == "disk gone"
    assert writer.close()


def test_closing_on_a_hung_disk_gives_up_and_says_so() -> None:
    release = threading.Event()
    writer = SessionWriter(lambda data: release.wait(30) and None)
    writer.submit(b"x")
    began = time.monotonic()
    try:
        assert writer.close(timeout=0.01) is False
        assert time.monotonic() - began < 10  # the program can quit; the disk may never answer
    finally:
        release.set()


def failing(times: set[int]) -> tuple[list[bytes], Callable[[bytes], None]]:
    """A write that fails on the given calls (counted from 1) and records the others."""
    written: list[bytes] = []
    calls = {"n": 0}

    def write(data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] in times:
            raise OSError("disk gone")
        written.append(data)

    return written, write


def test_retries_wait_longer_each_time_then_keep_the_last_delay() -> None:
    written, write = failing({1, 2})
    statuses: list[SaveStatus] = []
    quick = SessionWriter(write, statuses.append, retry_delays=(0.0, 0.0, 30.0))
    quick.submit(b"a")
    assert quick.flush(timeout=5) and written == [b"a"]
    assert statuses[0] == SaveStatus(0, 1, "disk gone")
    assert quick.status == SaveStatus(1, 1, None) and quick.status.up_to_date
    assert quick.close()
    written, write = failing({1, 2, 3})
    slow = SessionWriter(write, retry_delays=(0.0, 0.0, 30.0))
    slow.submit(b"a")
    assert not slow.flush(timeout=0.2)  # the third failure waits the last delay
    assert slow.close(timeout=0.01) is False


def test_a_save_that_lands_starts_the_delays_over() -> None:
    written, write = failing({1, 3})
    writer = SessionWriter(write, retry_delays=(0.0, 30.0))
    writer.submit(b"a")
    assert writer.flush(timeout=5)
    writer.submit(b"b")
    assert writer.flush(timeout=5) and written == [b"a", b"b"]
    assert writer.close()


def test_a_session_file_that_cannot_be_read_says_why(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    (tmp_path / "folder.json").mkdir()
    session = factories.session("s1")
    outside = tmp_path / "elsewhere"
    outside.write_bytes(store.serialize(session))
    (tmp_path / "s1.json").symlink_to(outside)
    assert [str(p) for p in store.load_all().problems] == [
        f"{tmp_path / 'folder.json'}: is a folder, not a file",
        f"{tmp_path / 's1.json'}: is a symbolic link; wfinterview reads only its own files",
    ]


# -- files as the program opens them ------------------------------------------------------


def test_toml_mistakes_in_words_with_line_and_column(tmp_path: Path) -> None:
    path = Path("c.toml")
    for raw, line in (
        (b"a = 1\nb = \n", "c.toml:2:5: TOML syntax: Invalid value"),
        (b'a = 1\nb = "open', "c.toml:2:10: TOML syntax: Unterminated string"),
    ):
        with pytest.raises(FileProblem) as raised:
            parse_toml(path, raw)
        assert raised.value.lines == [line]
    (tmp_path / "folder.toml").mkdir()
    (tmp_path / "file").write_text("", "utf-8")
    for name, reason in (
        ("missing.toml", "no such file"),
        ("folder.toml", "is a folder, not a file"),
        ("file/inside.toml", "cannot be read (Not a directory)"),
    ):
        with pytest.raises(FileProblem) as raised:
            read_toml(tmp_path / name)
        assert (raised.value.path, raised.value.lines) == (
            str(tmp_path / name),
            [f"{tmp_path / name}: {reason}"],
        )


def test_a_file_where_a_folder_should_be_is_named(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("", "utf-8")
    with pytest.raises(NotADirectoryError) as raised:
        ensure_private_dir(tmp_path / "data")
    assert str(raised.value) == f"[Errno 20] Not a directory: '{tmp_path / 'data'}'"


def test_a_planted_link_at_the_temporary_name_is_never_written_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic.secrets, "token_hex", lambda n: "ab" * n)
    outside = tmp_path / "outside"
    (tmp_path / ".s.json.abababab.tmp").symlink_to(outside)
    with pytest.raises(FileExistsError):
        atomic.write_atomic(tmp_path / "s.json", b"{}")
    assert not outside.exists() and not (tmp_path / "s.json").exists()


def test_the_temporary_file_is_hidden_and_never_a_session_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    real_open = os.open

    def spy(path: object, flags: int, *args: int) -> int:
        opened.append(Path(str(path)).name)
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", spy)
    SessionStore(tmp_path).save(factories.session("s1"))
    (temp,) = [name for name in opened if name.endswith(".tmp")]
    assert re.fullmatch(r"\.s1\.json\.[0-9a-f]{8}\.tmp", temp)  # hidden, never *.json
    assert [p.name for p in tmp_path.iterdir()] == ["s1.json"]


def test_a_session_file_is_json_indented_by_one_space(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    session = factories.session(session_id="s1")
    store.save(session)
    raw = store.path_for("s1").read_bytes()
    assert raw.startswith(b'{\n "format": "wfinterview.session",\n "version": 1,\n "id": "s1",\n')
