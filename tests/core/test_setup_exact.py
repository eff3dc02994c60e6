"""Agendas, config.toml and keys as the user writes them: every warning and every error as
the exact line the user reads, with the file and the place in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.errors import FileProblem, UserError
from wfinterview.core.setup.agenda_lint import lint_agenda
from wfinterview.core.setup.agendas import AgendaCatalog, parse_agenda_file
from wfinterview.core.setup.config import load_config
from wfinterview.core.setup.key_conflicts import key_conflicts
from wfinterview.core.setup.keymap import key_problem

HEAD = 'id = "x"\ntitle = "X"\nrole = "R"\n'


def steps(*keys: str, minutes: int = 5, question: str = "What happens next?") -> str:
    return "".join(
        f'[[steps]]\nkey = "{key}"\ntitle = "{key.title()}"\nminutes = {minutes}\n'
        f'questions = ["{question}"]\n'
        for key in keys
    )


FIVE = ("role", "walkthrough", "tools", "approvals", "sop")


def write(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(body, "utf-8")
    return path


def lint(path: Path) -> list[str]:
    entry = parse_agenda_file(path)
    return lint_agenda(entry, AgendaCatalog(None).resolve(entry))


# -- agenda warnings ---------------------------------------------------------------------


@pytest.mark.parametrize(("minutes", "warned"), [(19, True), (20, False), (30, False), (31, True)])
def test_the_planned_length_is_checked_against_20_to_30_minutes(
    tmp_path: Path, minutes: int, warned: bool
) -> None:
    body = HEAD + f"minutes = {minutes}\n" + steps(*FIVE, minutes=0) + steps("extra", minutes=0)
    body = body.replace("minutes = 0", f"minutes = {minutes}", 1)
    path = write(tmp_path, "a.toml", body)
    expected = (
        [
            f"{path}: minutes: warning: planned length {minutes} min is outside the "
            "framework's 20–30 minutes"
        ]
        if warned
        else []
    )
    assert lint(path) == expected


def test_steps_that_do_not_add_up_and_missing_steps_warn_in_order(tmp_path: Path) -> None:
    path = write(tmp_path, "a.toml", HEAD + "minutes = 25\n" + steps("role", "tools"))
    assert lint(path) == [
        f"{path}: minutes: warning: the steps add up to 10 min but the plan is 25 min",
        f"{path}: steps: warning: no 'walkthrough' step: walking through one real piece of "
        "work is the heart of the interview",
        f"{path}: steps: warning: no 'sop' step: the SOP gaps + magic wand question closes "
        "the interview",
    ]


def test_audit_phrasing_in_an_agenda_with_its_own_steps(tmp_path: Path) -> None:
    body = HEAD + "minutes = 25\n" + steps(*FIVE, question="Why didn't you follow the SOP?")
    path = write(tmp_path, "a.toml", body)
    warnings = lint(path)
    assert len(warnings) == 5
    assert warnings[4] == (
        f"{path}: steps[4].questions[0]: warning: audit phrasing in \"Why didn't you follow "
        'the SOP?"; ask about the work, not the person, e.g. "What made it easier to go '
        'off-process?"'
    )


# -- agenda files ------------------------------------------------------------------------


def problem_lines(call: object) -> list[str]:
    assert callable(call)
    with pytest.raises(FileProblem) as caught:
        call()
    return caught.value.lines


def test_an_agenda_file_read_on_its_own(tmp_path: Path) -> None:
    body = HEAD + 'minutes = 25\nsummary = "For brand teams."\n' + steps(*FIVE)
    path = write(tmp_path, "a.toml", body)
    entry = parse_agenda_file(path)
    assert (entry.origin, entry.path) == ("file", path)
    assert AgendaCatalog(None).resolve(entry).summary == "For brand teams."


def test_a_control_character_in_an_agenda_is_refused_not_cleaned(tmp_path: Path) -> None:
    path = write(tmp_path, "a.toml", HEAD.replace('"X"', '"X\\u0007"') + "minutes = 25\n")
    assert problem_lines(lambda: parse_agenda_file(path)) == [
        f"{path}: title: contains the control character ⟨U+0007⟩; remove it"
    ]


def test_structure_mistakes_name_the_table_and_the_first_step(tmp_path: Path) -> None:
    body = HEAD + "minutes = 25\n" + steps("role", "tools", "role") + '[questions]\nrole = ["Q?"]\n'
    path = write(tmp_path, "a.toml", body)
    assert problem_lines(lambda: parse_agenda_file(path)) == [
        f"{path}: questions: only used with 'extends'; put questions inside [[steps]]",
        f"{path}: steps[2].key: duplicate step key 'role' (also steps[0])",
    ]


def test_the_catalog_keeps_every_good_file_and_reports_the_others(tmp_path: Path) -> None:
    write(tmp_path, "a-broken.toml", "id = \n")
    first = write(
        tmp_path, "b.toml", HEAD.replace('"x"', '"mine"') + "minutes = 25\n" + steps(*FIVE)
    )
    twin = write(
        tmp_path, "c.toml", HEAD.replace('"x"', '"mine"') + "minutes = 25\n" + steps(*FIVE)
    )
    write(tmp_path, "d.toml", HEAD.replace('"x"', '"last"') + "minutes = 25\n" + steps(*FIVE))
    catalog = AgendaCatalog(tmp_path)
    assert catalog.ids() == ["campaign", "creator", "last", "mine", "ops", "strategy", "universal"]
    assert (catalog.entries["mine"].path, catalog.entries["mine"].origin) == (first, "user")
    assert catalog.entries["campaign"].origin == "built-in"
    assert [p.lines for p in catalog.problems][1] == [
        f"{twin}: id: 'mine' is already used by {first}"
    ]
    assert catalog.problems[0].lines[0].startswith(f"{tmp_path / 'a-broken.toml'}:1:")


def test_asking_for_a_broken_agenda_gives_its_own_problem(tmp_path: Path) -> None:
    write(tmp_path, "alpha.toml", "id = \n")
    beta = write(tmp_path, "beta.toml", HEAD.replace('"x"', '"beta"') + "minutes = 25\n")
    catalog = AgendaCatalog(tmp_path)
    assert problem_lines(lambda: catalog.get("beta")) == [
        f"{beta}: steps: required (at least one [[steps]]) when the agenda has no 'extends'"
    ]
    with pytest.raises(UserError) as unknown:
        catalog.get("gamma")
    assert unknown.value.lines == [
        "no agenda with id 'gamma' (available: campaign, creator, ops, strategy, universal)"
    ]


def test_an_agenda_is_named_by_id_or_by_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = HEAD.replace('"x"', '"campaign"').replace('"X"', '"Mine"') + "minutes = 25\n"
    write(tmp_path, "own.toml", body + steps(*FIVE))
    folder = tmp_path / "agendas"
    folder.mkdir()
    write(folder, "campaign", body + steps(*FIVE))
    monkeypatch.chdir(tmp_path)
    catalog = AgendaCatalog(None)
    assert catalog.get_by_id_or_path("own.toml").title == "Mine"
    assert catalog.get_by_id_or_path("agendas/campaign").title == "Mine"
    assert catalog.get_by_id_or_path("campaign").title == "Campaign Lead"


def test_extends_mistakes_name_what_there_is(tmp_path: Path) -> None:
    base = HEAD + "minutes = 25\n"
    write(tmp_path, "a.toml", base.replace('"x"', '"a"') + 'extends = "nope"\n')
    bad_step = write(
        tmp_path,
        "b.toml",
        base.replace('"x"', '"b"')
        + 'extends = "campaign"\n[questions]\nwrapup = ["Q?"]\n[minutes_per_step]\nend = 3\n',
    )
    write(tmp_path, "c.toml", base.replace('"x"', '"c"') + 'extends = "d"\n')
    loop = write(tmp_path, "d.toml", base.replace('"x"', '"d"') + 'extends = "c"\n')
    catalog = AgendaCatalog(tmp_path)
    assert problem_lines(lambda: catalog.get("a")) == [
        f"{tmp_path / 'a.toml'}: extends: no agenda with id 'nope' (known: a, b, c, campaign, "
        "creator, d, ops, strategy, universal)"
    ]
    assert problem_lines(lambda: catalog.get("b")) == [
        f"{bad_step}: questions.wrapup: no step 'wrapup' in 'campaign' (its steps: role, "
        "walkthrough, tools, approvals, sop)",
        f"{bad_step}: minutes_per_step.end: no step 'end' in 'campaign' (its steps: role, "
        "walkthrough, tools, approvals, sop)",
    ]
    assert problem_lines(lambda: catalog.get("c")) == [
        f"{loop}: extends: 'c' leads back to itself (c -> d -> c)"
    ]


# -- config.toml -------------------------------------------------------------------------


def config(tmp_path: Path, text: str) -> Path:
    return write(tmp_path, "config.toml", text)


def tag(key: str, hashtag: str, hotkey: str = "") -> str:
    line = f'hotkey = "{hotkey}"\n' if hotkey else ""
    return (
        f'[[tags]]\nkey = "{key}"\nemoji = "💸"\nlabel = "L {key}"\nhashtag = "{hashtag}"\n' + line
    )


def test_a_users_tag_carries_every_field_it_was_given(tmp_path: Path) -> None:
    path = config(tmp_path, tag("budget", "budget", "f11") + 'theme = "Money"\nmeaning = "m"\n')
    assert load_config(path).all_tags()[-1] == Tag(
        "budget", "💸", "L budget", "m", "f11", "budget", "Money"
    )


def test_two_user_tags_may_not_share_a_key_hashtag_or_hotkey(tmp_path: Path) -> None:
    path = config(tmp_path, tag("budget", "budget") + tag("budget", "budget"))
    assert problem_lines(lambda: load_config(path)) == [
        f"{path}: tags[1].key: 'budget' is a built-in tag already",
        f"{path}: tags[1].hashtag: '#budget' is already the hashtag of 'budget'",
    ]
    path = config(tmp_path, tag("budget", "budget", "f11") + tag("intake", "intake", "f11"))
    assert problem_lines(lambda: load_config(path)) == [
        f'{path}: tags[1].hotkey: "f11" is already the key of tag_budget'
    ]
    path = config(tmp_path, tag("budget", "budget", "q"))
    assert problem_lines(lambda: load_config(path)) == [
        f"{path}: tags[0].hotkey: 'q' would take a character away from the note; use an F-key "
        "or ctrl+…"
    ]


def test_an_unknown_action_lists_the_actions_there_are(tmp_path: Path) -> None:
    path = config(tmp_path, '[keys]\nqoute = "f6"\n')
    (line,) = problem_lines(lambda: load_config(path))
    assert line.startswith(
        f"{path}: keys.qoute: no such action (actions: tag_tool_friction, tag_approval_lag, "
    )
    assert line.endswith(", redraft_recap)")


# -- keys ----------------------------------------------------------------------------------


def test_a_clash_is_reported_on_the_line_the_user_wrote() -> None:
    # tag_tool_friction comes before tag_approval_lag (F2) in the cockpit's list.
    assert key_conflicts({"tag_tool_friction": "f2", "pause": "f3"}) == [
        'keys.tag_tool_friction: "f2" is already the key of tag_approval_lag',
        'keys.pause: "f3" is already the key of tag_ghost_ownership',
    ]


def test_key_names_one_by_one() -> None:
    assert key_problem("f6,") == "empty key name"
    assert key_problem("f6,q") == (
        "'q' would take a character away from the note; use an F-key or ctrl+…"
    )
    assert key_problem("ctrl+alt+shift+super+f1") is None
    assert key_problem("hyper+f1") == (
        "'hyper+f1' is not a key name Textual knows (examples: f6, ctrl+o, pagedown)"
    )
