"""Every file from outside is read or reported in one line, whatever its kind, size or
depth (core/storage/outside.py), by every command that reads it: never a traceback,
never a hang on a named pipe, never a device read without end."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from tests import factories
from tests.cli.helpers import run_main
from wfinterview.core.framework.errors import FileProblem
from wfinterview.core.plan.edit_log import log_name
from wfinterview.core.storage import outside
from wfinterview.core.storage.outside import (
    MAX_BYTES,
    Refused,
    load_json,
    nesting_problem,
    read_outside,
    why_unreadable,
)
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.storage.tomlfile import read_toml

DEEP_JSON = b"[" * 100_000 + b"]" * 100_000
DEEP_TOML = b"a = " + b"[" * 100_000 + b"]" * 100_000 + b"\n"
NESTED = (
    f"is nested more than {outside.MAX_DEPTH} levels deep, which no wfinterview file is: "
    "not read"
)


def refusal(path: Path, **how: bool) -> str:
    with pytest.raises(OSError) as raised:
        read_outside(path, **how)
    return why_unreadable(raised.value)


def test_only_a_regular_file_is_read_and_every_other_kind_is_named(tmp_path: Path) -> None:
    (tmp_path / "file").write_bytes(b"ok")
    assert read_outside(tmp_path / "file") == b"ok"
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "pipe")  # nobody writes to it: opening it to read would block
    (tmp_path / "link").symlink_to(tmp_path / "file")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "sock"))
        assert refusal(tmp_path / "sock") == "is a socket, not a file"
    assert refusal(tmp_path / "folder") == "is a folder, not a file"
    assert refusal(tmp_path / "pipe") == "is a named pipe, not a file; it was not opened"
    assert refusal(Path("/dev/zero"), follow_links=True) == "is a device, not a file"
    assert refusal(tmp_path / "link") == (
        "is a symbolic link; wfinterview reads only its own files"
    )
    assert read_outside(tmp_path / "link", follow_links=True) == b"ok"  # the config folder
    assert refusal(tmp_path / "missing") == "no such file (removed meanwhile?)"


def test_a_file_larger_than_any_interview_is_reported_unread(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as file:
        file.truncate(MAX_BYTES + 1)  # sparse: nothing written, nothing to read
    assert refusal(huge) == (
        "is 50 MB, larger than any interview could be (the limit is 50 MB); it was not read"
    )
    (tmp_path / "small").write_bytes(b"12345")
    assert read_outside(tmp_path / "small", limit=5) == b"12345"
    with pytest.raises(Refused):
        read_outside(tmp_path / "small", limit=4)


def test_nesting_deeper_than_any_file_of_ours_is_refused_without_recursion() -> None:
    with pytest.raises(ValueError, match="nested more than 48 levels deep"):
        load_json(DEEP_JSON)
    with pytest.raises(ValueError, match="nested more than 48 levels deep"):
        load_json(b"[" * 60 + b"]" * 60)  # parses, but deeper than MAX_DEPTH
    assert load_json(b'{"a": [[1]]}') == {"a": [[1]]}
    assert nesting_problem([[[]]], limit=3) is None
    assert nesting_problem([[[[]]]], limit=3) == nesting_problem([[[[]]]], limit=3)
    assert nesting_problem([[[[]]]], limit=3) is not None


def test_a_deep_toml_file_is_one_problem_naming_it(tmp_path: Path) -> None:
    for raw in (DEEP_TOML, b"a = " + b"[" * 60 + b"]" * 60 + b"\n"):
        path = tmp_path / "deep.toml"
        path.write_bytes(raw)
        with pytest.raises(FileProblem) as raised:
            read_toml(path)
        assert raised.value.lines == [f"{path}: {NESTED}"]


def test_a_deep_or_huge_session_is_reported_by_every_command(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    store = SessionStore(isolated_dirs.sessions_dir)
    store.save(factories.session("s1", ended=True))
    deep = isolated_dirs.sessions_dir / "deep.json"
    deep.write_bytes(DEEP_JSON)
    huge = isolated_dirs.sessions_dir / "huge.json"
    with huge.open("wb") as file:
        file.truncate(MAX_BYTES * 2)
    os.mkfifo(isolated_dirs.sessions_dir / "pipe.json")
    expected = [
        f"{deep}: {NESTED}",
        f"{huge}: is 100 MB, larger than any interview could be (the limit is 50 MB); "
        "it was not read",
        f"{isolated_dirs.sessions_dir / 'pipe.json'}: is a named pipe, not a file; "
        "it was not opened",
    ]
    for command in (["report"], ["export", "--format", "csv"], ["export", "--format", "json"]):
        result = run_main(capsys, *command)
        assert (result.code, result.err.splitlines()) == (
            1,
            [f"wfinterview: skipped {line}" for line in expected],
        ), command
    listed = run_main(capsys, "list")
    assert listed.code == 0 and "Traceback" not in listed.err
    team = run_main(capsys, "team")
    assert team.code == 0
    assert [line.strip() for line in team.out.splitlines()[-3:]] == expected


def test_a_deep_config_or_agenda_is_exit_2_in_one_line(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    agenda = isolated_dirs.data_dir.parent / "deep.toml"
    agenda.write_bytes(DEEP_TOML)
    result = run_main(capsys, "agendas", "check", str(agenda))
    assert (result.code, result.err) == (2, f"wfinterview: {agenda}: {NESTED}\n")
    result = run_main(capsys, "email", "pre", "--agenda", str(agenda), "--participant", "Ana")
    assert (result.code, result.err) == (2, f"wfinterview: {agenda}: {NESTED}\n")
    isolated_dirs.config_dir.mkdir(parents=True)
    isolated_dirs.config_file.write_bytes(DEEP_TOML)
    result = run_main(capsys, "list")
    assert (result.code, result.err) == (2, f"wfinterview: {isolated_dirs.config_file}: {NESTED}\n")


def test_a_config_that_is_a_pipe_or_a_device_is_exit_2_without_waiting(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_dirs.config_dir.mkdir(parents=True)
    os.mkfifo(isolated_dirs.config_file)
    result = run_main(capsys, "email", "pre", "--agenda", "ops", "--participant", "Ana")
    pipe = "is a named pipe, not a file; it was not opened"
    assert (result.code, result.err) == (2, f"wfinterview: {isolated_dirs.config_file}: {pipe}\n")
    isolated_dirs.config_file.unlink()
    isolated_dirs.config_file.symlink_to("/dev/zero")  # a link: followed in the config folder
    result = run_main(capsys, "email", "pre", "--agenda", "ops", "--participant", "Ana")
    assert (result.code, result.err) == (
        2,
        f"wfinterview: {isolated_dirs.config_file}: is a device, not a file\n",
    )
    agendas = isolated_dirs.user_agendas_dir
    agendas.mkdir()
    isolated_dirs.config_file.unlink()
    os.mkfifo(agendas / "brand.toml")
    result = run_main(capsys, "agendas")
    assert result.code == 0
    assert result.err == (
        f"wfinterview: {agendas / 'brand.toml'}: is a named pipe, not a file; it was not opened\n"
    )


def test_another_writers_local_folder_is_never_read(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run_main(capsys, "demo", "--sessions", "3", "--notes-per-session", "2").code == 0
    theirs = isolated_dirs.data_dir / "local" / "bob-x1-77e0a1"
    (theirs / "cache").mkdir(parents=True)
    (theirs / "cache" / "listing.json").write_bytes(DEEP_JSON)
    os.mkfifo(theirs / "state.json")
    touched: list[str] = []
    real_open, real_scandir = os.open, os.scandir

    def spy_open(path: str | os.PathLike[str], *args: int) -> int:
        touched.append(os.fspath(path))
        return real_open(path, *args)

    def spy_scandir(path: str | os.PathLike[str] = ".") -> object:
        touched.append(os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "open", spy_open)
    monkeypatch.setattr(os, "scandir", spy_scandir)
    for command in (
        ["list"],
        ["team"],
        ["report", "--all-engagements"],
        ["export", "--format", "json"],
    ):
        assert run_main(capsys, *command).code == 0, command
    assert touched  # the spy sees what the commands open
    assert not [path for path in touched if path.startswith(str(theirs))]


def test_a_teammates_log_of_the_wrong_kind_is_one_line_in_report_and_export(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_main(capsys, "demo", "--sessions", "3", "--notes-per-session", "2").code == 0
    folder = next(isolated_dirs.engagements_dir.iterdir())
    (folder / log_name("bob-x1-77e0a1")).mkdir()
    (folder / log_name("cara-3")).symlink_to(folder / log_name(isolated_dirs.writer))
    expected = [
        f"wfinterview: {folder / log_name('bob-x1-77e0a1')}: is a folder, not a file "
        "(the plan is merged from the other edits)",
        f"wfinterview: {folder / log_name('cara-3')}: is a symbolic link; wfinterview reads "
        "only its own files (the plan is merged from the other edits)",
    ]
    for command in (
        ["report", "--all-engagements"],
        ["export", "--format", "md"],
        ["export", "--format", "json"],
    ):
        result = run_main(capsys, *command)
        assert (result.code, result.err.splitlines()) == (1, expected), command


def test_a_name_with_a_line_break_is_quoted_on_one_line(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_main(capsys, "email", "pre", "--agenda", "\n", "--participant", "Ana")
    assert (result.code, result.err) == (
        2,
        "wfinterview: no agenda with id '⟨U+000A⟩' (available: campaign, creator, ops, "
        "strategy, universal)\n",
    )
