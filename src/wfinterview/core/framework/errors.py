"""Errors written for users: what went wrong, where, and (where it helps) what to do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wfinterview.core.framework.text import (
    NO_CONTROL_PATTERN,
    TEXT_PATTERN,
    control_characters,
    one_line,
)

if TYPE_CHECKING:  # the command line starts without pydantic; its errors arrive with it
    from pydantic import ValidationError


class UserError(Exception):
    """A mistake in what the user asked for or wrote: exit status 2, one line per problem.

    Each problem stays one line whatever it quotes (`--agenda $'\\n'`, a name read from a
    file): a line break inside one shows as its code point, like any control character
    on its way to a terminal (core/framework/text.py)."""

    def __init__(self, *lines: str) -> None:
        lines = tuple(one_line(line) for line in lines)
        super().__init__("\n".join(lines))
        self.lines = list(lines)


class RuntimeFailure(Exception):
    """Something outside the user's input failed (disk, permissions): exit status 1."""


class FileProblem(UserError):
    """A file that cannot be used, with every problem found in it.

    Lines read "FILE:LINE:COL: message" for syntax and "FILE: field.path: message" for
    content, so editors and terminals can jump to the spot.
    """

    def __init__(self, path: object, lines: list[str]) -> None:
        self.path = str(path)
        super().__init__(*lines)

    @classmethod
    def syntax(cls, path: object, line: int, column: int, message: str) -> FileProblem:
        return cls(path, [f"{path}:{line}:{column}: {message}"])

    @classmethod
    def content(cls, path: object, problems: list[str]) -> FileProblem:
        return cls(path, [f"{path}: {problem}" for problem in problems])


def field_path(loc: tuple[int | str, ...]) -> str:
    """('steps', 1, 'key') -> 'steps[1].key', the way a user reads their own file."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path or "(top level)"


_CONTROL_PATTERNS = (NO_CONTROL_PATTERN, TEXT_PATTERN)
_FRIENDLY = {
    "extra_forbidden": "unknown key (a typo?)",
    "missing": "required, but missing",
}


def validation_problems(error: ValidationError) -> list[str]:
    """One 'field.path: message' line per pydantic error, in words for users."""
    problems = []
    for item in error.errors(include_url=False):
        message = _FRIENDLY.get(item["type"], item["msg"])
        if item.get("ctx", {}).get("pattern") in _CONTROL_PATTERNS:
            message = "contains a control character (written by hand, or damaged?)"
        if (
            item["type"] not in _FRIENDLY
            and "input" in item
            and not isinstance(item["input"], (dict, list))
        ):
            message += f" (got {item['input']!r})"
        problems.append(f"{field_path(item['loc'])}: {message}")
    return problems


def control_character_problems(data: object) -> list[str]:
    """One 'field.path: message' line per control character in a file the user writes
    (agendas, config.toml): refused there, so the user fixes the source."""
    return [f"{field_path(where)}: {problem}" for where, problem in control_characters(data)]
