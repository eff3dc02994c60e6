"""A config.toml that puts two things on one key is refused at start, one line naming
both and the key; keys that never meet on one screen may be shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import run_main
from wfinterview.core.framework.errors import FileProblem
from wfinterview.core.setup.config import load_config
from wfinterview.core.setup.key_conflicts import key_conflicts
from wfinterview.core.storage.paths import Paths

BUDGET = '[[tags]]\nkey = "budget"\nemoji = "💸"\nlabel = "Budget Block"\nhashtag = "budget"\n'


def problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileProblem) as problem:
        load_config(path)
    prefix = f"{path}: "
    assert all(line.startswith(prefix) for line in problem.value.lines)
    return [line.removeprefix(prefix) for line in problem.value.lines]


def test_the_default_keys_have_no_conflict() -> None:
    assert key_conflicts({}) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The case: F1 to Quote would leave Tool Friction with no key at all.
        ('[keys]\nquote = "f1"\n', 'keys.quote: "f1" is already the key of tag_tool_friction'),
        # Two actions the user set, onto one key.
        (
            '[keys]\nquote = "f11"\nfollow_up = "ctrl+o,f11"\n',
            'keys.follow_up: "f11" is already the key of quote',
        ),
        # A tag moved onto another tag's key leaves that one keyless.
        (
            '[keys]\ntag_ghost_ownership = "f2"\n',
            'keys.tag_ghost_ownership: "f2" is already the key of tag_approval_lag',
        ),
        # A user tag's hotkey onto a built-in one.
        (
            BUDGET + 'hotkey = "f5"\n',
            'tags[0].hotkey: "f5" is already the key of tag_integration_gaps',
        ),
        # Review only: its F8 and the cockpit's F8 never meet, but the tags live in both.
        (
            '[keys]\naction_from_note = "f3"\n',
            'keys.action_from_note: "f3" is already the key of tag_ghost_ownership',
        ),
        # Recap only.
        (
            '[keys]\nredraft_recap = "f2"\n',
            'keys.redraft_recap: "f2" is already the key of copy_recap',
        ),
        # A key the screen already uses for itself: the note input would keep it.
        (
            '[keys]\npause = "ctrl+z"\n',
            'keys.pause: "ctrl+z" is already the key of undo in the note (cockpit)',
        ),
        ('[keys]\nhelp = "ctrl+q"\n', 'keys.help: "ctrl+q" is already the key of quit (cockpit)'),
        (
            '[keys]\ncopy_recap = "escape"\n',
            'keys.copy_recap: "escape" is already the key of back (recap)',
        ),
        (
            '[keys]\nopen_recap = "pageup"\n',
            'keys.open_recap: "pageup" is already the key of the note list (review)',
        ),
    ],
)
def test_two_things_on_one_key_is_one_line_naming_both(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert problems(tmp_path, text) == [expected]


def test_a_key_shared_by_two_screens_is_reported_once(tmp_path: Path) -> None:
    assert problems(tmp_path, '[keys]\nquote = "tab"\n') == [
        'keys.quote: "tab" is already the key of focus next (cockpit)'
    ]


@pytest.mark.parametrize(
    "text",
    [
        '[keys]\nquote = "f1"\ntag_tool_friction = "f6"\n',  # a swap
        '[keys]\nquote = "ctrl+o"\nfollow_up = "f6"\n',  # into a key set free
        '[keys]\nnext_step = "f8"\npause = "pagedown"\n',
        '[keys]\npause = "f12"\naction_from_note = "f12"\n',  # cockpit and review: never together
        '[keys]\ncopy_recap = "f1"\n',  # the recap has no tag keys
        BUDGET + 'hotkey = "f11"\n',
    ],
)
def test_keys_that_never_meet_on_one_screen_are_fine(tmp_path: Path, text: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    load_config(path)


def test_a_tag_needs_a_hashtag_so_no_tag_is_ever_out_of_reach(tmp_path: Path) -> None:
    text = '[[tags]]\nkey = "budget"\nemoji = "💸"\nlabel = "Budget Block"\n'
    assert problems(tmp_path, text) == ["tags[0].hashtag: required, but missing"]


def test_a_conflict_stops_the_program_with_exit_2_and_one_line(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_dirs.config_dir.mkdir(parents=True, exist_ok=True)
    isolated_dirs.config_file.write_text('[keys]\nquote = "f1"\n', encoding="utf-8")
    result = run_main(capsys, "new", "--agenda", "ops", "--participant", "Ana")
    assert result.code == 2 and result.out == ""
    assert result.err == (
        f'wfinterview: {isolated_dirs.config_file}: keys.quote: "f1" is already the key of '
        "tag_tool_friction\n"
    )


def test_control_characters_in_config_are_refused_with_the_field_named(tmp_path: Path) -> None:
    text = 'facilitator = "Sam\\u001b[2J"\n' + BUDGET.replace('"Budget Block"', '"B\\u009b"')
    assert problems(tmp_path, text) == [
        "facilitator: contains the control character ⟨U+001B⟩; remove it",
        "tags[0].label: contains the control character ⟨U+009B⟩; remove it",
    ]
