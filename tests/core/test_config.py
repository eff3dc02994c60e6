from __future__ import annotations

from pathlib import Path

import pytest

from wfinterview.core.framework.errors import FileProblem
from wfinterview.core.setup.config import Config, load_config
from wfinterview.core.setup.keymap import key_problem


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_config_file_means_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path / "missing.toml") == Config()


def test_a_full_config_loads(tmp_path: Path) -> None:
    config = load_config(
        write(
            tmp_path,
            """
facilitator = "Sam Rivera"
default_minutes = 30
ascii = true
[keys]
quote = "ctrl+o"
tag_tool_friction = "f11,ctrl+t"
[[tags]]
key = "budget"
emoji = "💸"
label = "Budget Block"
hashtag = "budget"
hotkey = "f12"
theme = "Budget"
""",
        )
    )
    assert config.facilitator == "Sam Rivera" and config.ascii
    assert [tag.key for tag in config.all_tags()][-1] == "budget"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("facilitator = 3\n", ": facilitator: Input should be a valid string"),
        ('colour = "red"\n', ": colour: unknown key"),
        ('[keys]\nquote = "q"\n', ": keys.quote: 'q' would take a character away from the note"),
        ('[keys]\nquote = "shift+a"\n', ": keys.quote: 'shift+a' would take a character"),
        ('[keys]\nqoute = "f6"\n', ": keys.qoute: no such action"),
        (
            '[[tags]]\nkey = "tool_friction"\nemoji = "x"\nlabel = "X"\nhashtag = "xyz"\n',
            ": tags[0].key: 'tool_friction' is a built-in tag",
        ),
        (
            '[[tags]]\nkey = "b"\nemoji = "x"\nlabel = "X"\nhashtag = "ghost"\n',
            ": tags[0].hashtag: '#ghost' is already",
        ),
        ("default_minutes = 2\n", ": default_minutes:"),
        ("facilitator = \n", ":1:15: TOML syntax"),
    ],
)
def test_config_mistakes_name_the_file_and_field(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(FileProblem) as problem:
        load_config(path)
    assert f"{path}{expected}" in str(problem.value)


@pytest.mark.parametrize(
    "keys", ["f6", "ctrl+o", "pagedown", "ctrl+shift+up", "f6,ctrl+o", "alt+down", "shift+tab"]
)
def test_non_printable_keys_can_be_bound(keys: str) -> None:
    assert key_problem(keys) is None


@pytest.mark.parametrize("keys", ["a", "1", "pound_sign", "shift+x", "", "ctrl+", "meta+x"])
def test_printable_or_unknown_keys_cannot(keys: str) -> None:
    assert key_problem(keys) is not None
