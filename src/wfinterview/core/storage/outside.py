"""Reading a file that came from outside this program: the one way, for every kind of file.

A shared data folder carries a teammate's sessions and edit logs, and the config folder
holds agendas people paste from colleagues; any of them may be of any size, depth,
encoding or kind. Each is read here, and either its bytes come back or an `OSError`
whose `strerror` says in a few words why not, for the caller to report in one line
naming the file (`why_unreadable`):

- only a regular file is read. A folder, a named pipe, a device or a socket is refused
  from its `fstat`, without reading a byte: the file is opened with `O_NONBLOCK`, so a
  named pipe nobody writes to never blocks the program, and a device (`/dev/zero`) is
  never read without end;
- in the data folder a symbolic link is refused too (`O_NOFOLLOW`): it could make a
  teammate's file read something of this laptop's. In the config folder, the user's own,
  a link is followed (dotfile managers link `config.toml`);
- a file larger than any interview could be (`MAX_BYTES`) is refused before it is read;
- JSON and TOML nested deeper than Python's stack (a hundred thousand `[`) are refused by
  `load_json`, `nesting_problem` and the TOML reader (core/storage/tomlfile.py) instead
  of ending in a RecursionError.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path
from typing import Any, Final

# A session of three hours holds a few hundred kilobytes and a team's edit log a few
# megabytes after years of work: fifty megabytes is far beyond any honest file, and
# still small enough to read whole on any laptop.
MAX_BYTES: Final = 50 * 1024 * 1024
# Agendas, config and sessions nest five levels at most; anything deeper than this is
# no file of ours, and deep enough nesting would exhaust the stack of any recursive
# reader after the parser (pydantic, the control-character check).
MAX_DEPTH: Final = 48

_KINDS: Final = (
    (stat.S_ISDIR, "is a folder, not a file"),
    (stat.S_ISFIFO, "is a named pipe, not a file; it was not opened"),
    (stat.S_ISCHR, "is a device, not a file"),
    (stat.S_ISBLK, "is a device, not a file"),
    (stat.S_ISSOCK, "is a socket, not a file"),
)
SYMLINK_REASON: Final = "is a symbolic link; wfinterview reads only its own files"


class Refused(OSError):
    """A file not read because of what it is (its kind or its size), not because the
    system failed to read it; `strerror` says why, as `why_unreadable` shows it."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(errno.EINVAL, reason, str(path))


def read_outside(path: Path, *, follow_links: bool = False, limit: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file at `path`, or an OSError saying why not (`Refused`
    for a file of the wrong kind or size)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if not follow_links and error.errno == errno.ELOOP and path.is_symlink():
            raise Refused(path, SYMLINK_REASON) from None
        if (reason := _kind_problem(path, follow_links)) is not None:
            raise Refused(path, reason) from None  # a socket cannot even be opened
        raise
    try:
        info = os.fstat(fd)
    except OSError:
        os.close(fd)
        raise
    if (reason := _kind_reason(info.st_mode)) is not None:
        os.close(fd)
        raise Refused(path, reason)
    with os.fdopen(fd, "rb") as file:
        if info.st_size > limit:
            raise Refused(path, too_large(info.st_size, limit))
        data = file.read(limit + 1)  # it may have grown since fstat
        if len(data) > limit:
            raise Refused(path, too_large(len(data), limit))
        return data


def _kind_reason(mode: int) -> str | None:
    return next((reason for is_kind, reason in _KINDS if is_kind(mode)), None)


def _kind_problem(path: Path, follow_links: bool) -> str | None:
    try:
        info = os.stat(path, follow_symlinks=follow_links)
    except OSError:
        return None
    return _kind_reason(info.st_mode)


def too_large(size: int, limit: int = MAX_BYTES) -> str:
    return (
        f"is {size / 1024 / 1024:.0f} MB, larger than any interview could be "
        f"(the limit is {limit // 1024 // 1024} MB); it was not read"
    )


def why_unreadable(error: OSError) -> str:
    """An OSError from `read_outside` as the words after a file's name: "is a folder, not
    a file", "cannot be read (Permission denied)"."""
    if isinstance(error, Refused):
        return str(error.strerror)
    if isinstance(error, FileNotFoundError):
        return "no such file (removed meanwhile?)"
    return f"cannot be read ({error.strerror or error})"


def load_json(raw: bytes | str) -> Any:
    """`json.loads`, with nesting too deep for the stack (or for `MAX_DEPTH`) raising
    ValueError like any other JSON that cannot be used."""
    try:
        data = json.loads(raw)
    except RecursionError:
        raise ValueError(nested_too_deeply()) from None
    if nesting_problem(data) is not None:
        raise ValueError(nested_too_deeply())
    return data


def nesting_problem(data: object, limit: int = MAX_DEPTH) -> str | None:
    """Why parsed JSON or TOML nests too deeply to be ours, or None; walked without
    recursion, so no depth can exhaust the stack here."""
    stack: list[tuple[dict[Any, Any] | list[Any], int]] = []  # containers, and their level
    if isinstance(data, dict | list):
        stack.append((data, 1))
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            return nested_too_deeply(limit)
        children = value.values() if isinstance(value, dict) else value
        stack.extend((c, depth + 1) for c in children if isinstance(c, dict | list))
    return None


def nested_too_deeply(limit: int = MAX_DEPTH) -> str:
    return f"is nested more than {limit} levels deep, which no wfinterview file is: not read"
