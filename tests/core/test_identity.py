"""This installation's writer id (core/storage/identity.py): made once from the user and
machine names and a random part, kept in the config folder, and every damaged file
refused in one line that names it and leaves it alone."""

from __future__ import annotations

import getpass
import socket
import stat
from pathlib import Path

import pytest

from wfinterview.core.framework.errors import UserError
from wfinterview.core.storage import identity
from wfinterview.core.storage.identity import new_writer_id, writer_id


@pytest.fixture
def anna(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "Anna Smith")
    monkeypatch.setattr(socket, "gethostname", lambda: "Anna-MBP.local")
    real = identity.secrets.token_hex  # temporary file names use it too
    monkeypatch.setattr(identity.secrets, "token_hex", lambda n: "3f9a2c" if n == 3 else real(n))


@pytest.mark.usefixtures("anna")
def test_the_id_is_who_and_where_and_a_random_part(monkeypatch: pytest.MonkeyPatch) -> None:
    assert new_writer_id() == "anna-smith-anna-mbp-3f9a2c"

    def nobody() -> str:
        raise KeyError("uid 1000")  # a user with no name (a container)

    monkeypatch.setattr(getpass, "getuser", nobody)
    assert new_writer_id() == "anna-mbp-3f9a2c"
    monkeypatch.setattr(socket, "gethostname", lambda: "")
    assert new_writer_id() == "writer-3f9a2c"
    monkeypatch.setattr(getpass, "getuser", lambda: "Łukasz Wójcik-Brzęczyszczykiewicz")
    assert new_writer_id() == "lukasz-wojcik-br-3f9a2c"  # 16 letters of each part at most


@pytest.mark.usefixtures("anna")
def test_the_id_is_made_once_and_kept_privately(tmp_path: Path) -> None:
    config = tmp_path / "config" / "wfinterview"
    assert writer_id(config) == "anna-smith-anna-mbp-3f9a2c"
    path = config / "writer.toml"
    assert path.read_bytes() == b'writer = "anna-smith-anna-mbp-3f9a2c"\n'
    assert stat.S_IMODE(config.stat().st_mode) == 0o700
    assert stat.S_IMODE(config.parent.stat().st_mode) == 0o700
    path.write_bytes(b'writer = "bob-2"\n')
    assert writer_id(config) == "bob-2"  # read, never made again


MUST = (
    ": 'writer' must be lower-case letters, digits and dashes (e.g. writer = \"anna-mbp-3f9a2c\")"
)


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        (b'writer = "Anna Smith"\n', MUST),
        (b"writer = 7\n", MUST),
        (b"name = 'anna'\n", MUST),
        (b'writer = "-anna"\n', MUST),
        (b"writer = \n", ":1:10: TOML syntax: Invalid value"),
    ],
)
def test_a_damaged_file_is_refused_and_left_alone(tmp_path: Path, raw: bytes, why: str) -> None:
    path = tmp_path / "writer.toml"
    path.write_bytes(raw)
    with pytest.raises(UserError) as refused:
        writer_id(tmp_path)
    assert str(refused.value) == f"{path}{why}; it was left as it is"
    assert path.read_bytes() == raw


def test_a_file_that_cannot_be_read_or_saved_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "writer.toml").mkdir()
    with pytest.raises(UserError) as unreadable:
        writer_id(tmp_path)
    assert str(unreadable.value) == f"{tmp_path / 'writer.toml'}: is a folder, not a file"

    def full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(identity, "write_atomic", full)
    with pytest.raises(UserError) as unsaved:
        writer_id(tmp_path / "new")
    assert str(unsaved.value) == (
        f"{tmp_path / 'new' / 'writer.toml'}: cannot save this installation's writer id "
        "([Errno 28] No space left on device)"
    )


def test_a_config_folder_that_cannot_be_made_says_so_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(path: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(identity, "ensure_private_dir", refused)
    with pytest.raises(UserError) as unsaved:
        writer_id(tmp_path / "config")
    assert str(unsaved.value) == (
        f"{tmp_path / 'config' / 'writer.toml'}: cannot save this installation's writer id "
        "([Errno 13] Permission denied)"
    )
