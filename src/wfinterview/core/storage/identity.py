"""This installation's writer id: the name under which it writes into a shared data folder.

A team shares one data folder through Syncthing, Dropbox, OneDrive or git. Every file
in it has one writer, named by this id, so a sync tool never has to merge a file and a
git pull never conflicts. The id is made once, on first use, from the user and machine
names plus a random part (two laptops of one "anna" still differ), and kept in the
config folder, which is never shared: `writer.toml`, one line, `writer = "anna-mbp-3f9a2c"`.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from typing import Final

from wfinterview.core.framework.errors import FileProblem, UserError
from wfinterview.core.framework.text import slug
from wfinterview.core.storage.atomic import write_atomic
from wfinterview.core.storage.folders import ensure_private_dir
from wfinterview.core.storage.outside import read_outside, why_unreadable
from wfinterview.core.storage.tomlfile import parse_toml

WRITER_FILE: Final = "writer.toml"
# Lower-case letters, digits and dashes: safe in every file name on every platform.
WRITER_ID: Final = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")


def writer_id(config_dir: Path) -> str:
    """The writer id kept in `config_dir`, made and saved on first use."""
    path = config_dir / WRITER_FILE
    try:
        raw = read_outside(path, follow_links=True)
    except FileNotFoundError:
        return _make(path)
    except OSError as error:
        raise UserError(f"{path}: {why_unreadable(error)}") from None
    try:
        value = parse_toml(path, raw).get("writer")
    except FileProblem as problem:
        raise UserError(f"{problem}; it was left as it is") from None
    if not isinstance(value, str) or not WRITER_ID.match(value):
        raise UserError(
            f"{path}: 'writer' must be lower-case letters, digits and dashes "
            '(e.g. writer = "anna-mbp-3f9a2c"); it was left as it is'
        )
    return value


def new_writer_id() -> str:
    """ "anna-mbp-3f9a2c": who and where, readable in `wfinterview team`, and unique."""
    import getpass  # here, not above: needed once per installation, not at every start
    import socket

    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    host = socket.gethostname().split(".")[0]
    who = "-".join(slug(part, 16) for part in (user, host) if part) or "writer"
    return f"{who}-{secrets.token_hex(3)}"


def _make(path: Path) -> str:
    writer = new_writer_id()
    try:
        ensure_private_dir(path.parent)
        write_atomic(path, f'writer = "{writer}"\n'.encode())
    except OSError as error:
        raise UserError(f"{path}: cannot save this installation's writer id ({error})") from None
    return writer
