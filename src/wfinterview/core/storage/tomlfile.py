"""Reading a user's TOML file with errors that point at the exact line and column.

The config folder's files are the user's own, but agendas are often pasted from a
colleague's: they are read by the one rule for files from outside
(core/storage/outside.py), a link followed since dotfile managers link them.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from wfinterview.core.framework.errors import FileProblem
from wfinterview.core.storage.outside import (
    nested_too_deeply,
    nesting_problem,
    read_outside,
    why_unreadable,
)

_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_END = re.compile(r"\s*\(at end of document\)\s*$")


def read_toml(path: Path) -> dict[str, Any]:
    """Parse `path`, or raise FileProblem naming the file, and the line and column if known."""
    try:
        raw = read_outside(path, follow_links=True)
    except FileNotFoundError:
        raise FileProblem.content(path, ["no such file"]) from None
    except OSError as error:
        raise FileProblem.content(path, [why_unreadable(error)]) from None
    return parse_toml(path, raw)


def parse_toml(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line, column = _line_and_column(raw, error.start)
        raise FileProblem.syntax(
            path,
            line,
            column,
            f"not UTF-8 text (byte 0x{raw[error.start]:02x}); save the file as UTF-8",
        ) from None
    if not text.strip():
        raise FileProblem.content(path, ["the file is empty"])
    try:
        data = tomllib.loads(text)
    except RecursionError:  # tomllib recurses once per level of nesting
        raise FileProblem.content(path, [nested_too_deeply()]) from None
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        if match := _POSITION.search(message):
            line, column = int(match[1]), int(match[2])
            message = message[: match.start()]
        else:
            # "at end of document": point just past the last character.
            line, column = _line_and_column(text.encode(), len(text.encode()))
            message = _END.sub("", message)
        raise FileProblem.syntax(path, line, column, f"TOML syntax: {message}") from None
    if problem := nesting_problem(data):
        raise FileProblem.content(path, [problem])
    return data


def _line_and_column(raw: bytes, offset: int) -> tuple[int, int]:
    line = raw.count(b"\n", 0, offset) + 1
    column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    return line, column
