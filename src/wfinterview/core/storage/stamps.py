"""A file's identity without reading it: size, modification time, change time and inode.

The local index in the cache folder (core/workspace/index/) keeps what it learnt from a
session file under its stamp: the same stamp means the file has
not been written since (a save replaces the file, so even its inode changes). A stamp is
taken before the file is read, so a file written meanwhile is read again next time.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

Stamp = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode


def stamp_of(entry: os.DirEntry[str]) -> Stamp | None:
    """The file's identity now; None for anything but a regular file (never indexed)."""
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return None
    if not entry.is_file(follow_symlinks=False):
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def stamps_in(folder: Path, suffix: str = ".json") -> dict[str, Stamp]:
    """File name (without `suffix`) -> stamp, for the regular files in `folder`."""
    found: dict[str, Stamp] = {}
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    for entry in entries:
        if entry.name.endswith(suffix) and (stamp := stamp_of(entry)) is not None:
            found[entry.name[: -len(suffix)]] = stamp
    return found


def stamp_from_json(value: Any) -> Stamp:
    """A stamp read back from an index; anything else raises TypeError."""
    if not (isinstance(value, list) and len(value) == 4 and all(type(n) is int for n in value)):
        raise TypeError("bad stamp")
    return (value[0], value[1], value[2], value[3])
