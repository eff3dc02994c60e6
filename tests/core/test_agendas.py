from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import run_main
from wfinterview.core.framework.content import ROLE_AGENDA_IDS, STEPS
from wfinterview.core.setup.agenda_lint import lint_agenda
from wfinterview.core.setup.agendas import AgendaCatalog, parse_agenda_file
from wfinterview.core.storage.paths import builtin_agendas_dir

BUILTIN_IDS = ("universal", *ROLE_AGENDA_IDS)


@pytest.mark.parametrize("agenda_id", BUILTIN_IDS)
def test_every_builtin_agenda_loads_and_lints_clean(agenda_id: str) -> None:
    catalog = AgendaCatalog(None)
    agenda = catalog.get(agenda_id)
    assert [(s.key, s.title) for s in agenda.steps] == [(s.key, s.title) for s in STEPS]
    assert sum(step.minutes for step in agenda.steps) == agenda.minutes == 25
    assert lint_agenda(catalog.entries[agenda_id], agenda) == []
    assert not catalog.problems


@pytest.mark.parametrize("agenda_id", ROLE_AGENDA_IDS)
def test_role_agendas_keep_universal_questions_and_add_their_own(agenda_id: str) -> None:
    catalog = AgendaCatalog(None)
    universal, role = catalog.get("universal"), catalog.get(agenda_id)
    for base_step, step in zip(universal.steps, role.steps, strict=True):
        assert step.questions[: len(base_step.questions)] == base_step.questions
        own = [q for q in step.questions if q.role_specific]
        assert 2 <= len(own) <= 4, (agenda_id, step.key)


def test_universal_questions_are_not_marked_role_specific() -> None:
    agenda = AgendaCatalog(None).get("universal")
    assert not any(q.role_specific for step in agenda.steps for q in step.questions)


def test_user_agenda_overrides_builtin_by_id(tmp_path: Path) -> None:
    user_dir = tmp_path / "agendas"
    user_dir.mkdir()
    (user_dir / "mine.toml").write_text(
        'id = "campaign"\ntitle = "Campaign (ours)"\nrole = "Campaign Lead"\nminutes = 25\n'
        'extends = "universal"\n'
        '[questions]\napprovals = ["Which sign-off do you chase most?"]\n',
        encoding="utf-8",
    )
    catalog = AgendaCatalog(user_dir)
    assert catalog.entries["campaign"].origin == "user"
    assert catalog.get("campaign").title == "Campaign (ours)"


def test_extends_can_chain_through_a_role_agenda(tmp_path: Path) -> None:
    user_dir = tmp_path / "agendas"
    user_dir.mkdir()
    (user_dir / "brand.toml").write_text(
        'id = "brand"\ntitle = "Brand Manager"\nrole = "Brand"\nminutes = 25\n'
        'extends = "campaign"\n'
        '[questions]\napprovals = ["Which brand sign-offs feel redundant?"]\n[minutes_per_step]\n'
        "walkthrough = 8\n",
        encoding="utf-8",
    )
    agenda = AgendaCatalog(user_dir).get("brand")
    approvals = agenda.step("approvals").questions
    assert approvals[-1].text == "Which brand sign-offs feel redundant?"
    assert agenda.step("walkthrough").minutes == 8
    campaign = AgendaCatalog(None).get("campaign")
    assert len(approvals) == len(campaign.step("approvals").questions) + 1


BROKEN = {
    "syntax": ('id = "x"\ntitle = \n', r":2:9: TOML syntax"),
    "unclosed_string": ('id = "x\n', r":1:8: TOML syntax"),
    "wrong_type": (
        'id = "x"\ntitle = "X"\nrole = "R"\nminutes = "twenty"\nextends = "universal"\n',
        ": minutes:",
    ),
    "unknown_key": (
        'id = "x"\ntitle = "X"\nrole = "R"\nminutes = 25\nextends = "universal"\ncolour = "red"\n',
        ": colour: unknown key",
    ),
    "unknown_step_field": (
        'id = "x"\ntitle = "X"\nrole = "R"\nminutes = 25\n[[steps]]\nkey = "role"\ntitle = "Role"\n'
        "minutes = 3\nquestoins = []\n",
        ": steps[0].questoins: unknown key",
    ),
    "bad_extends": (
        'id = "x"\ntitle = "X"\nrole = "R"\nminutes = 25\nextends = "nope"\n',
        ": extends: no agenda with id 'nope'",
    ),
    "duplicate_steps": (
        'id = "x"\ntitle = "X"\nrole = "R"\nminutes = 25\n'
        '[[steps]]\nkey = "role"\ntitle = "A"\nminutes = 3\n[[steps]]\nkey = "role"\ntitle = "B"\n'
        "minutes = 3\n",
        ": steps[1].key: duplicate step key 'role'",
    ),
    "bad_id": (
        'id = "Brand Team!"\ntitle = "X"\nrole = "R"\nminutes = 25\nextends = "universal"\n',
        ": id:",
    ),
    "not_utf8": (b'id = "x"\ntitle = "caf\xe9"\n', r":2:13: not UTF-8"),
    "empty": ("   \n", ": the file is empty"),
    "questions_for_no_step": (
        'id = "x"\ntitle = "X"\nrole = "R"\nminutes = 25\nextends = "universal"\n[questions]\n'
        'approval = ["Q?"]\n',
        ": questions.approval: no step 'approval'",
    ),
    "minutes_for_no_step": (
        'id = "x"\ntitle = "X"\nrole = "R"\nminutes = 25\nextends = "universal"\n'
        "[minutes_per_step]\nwalk = 8\n",
        ": minutes_per_step.walk: no step 'walk'",
    ),
    "missing_title": (
        'id = "x"\nrole = "R"\nminutes = 25\nextends = "universal"\n',
        ": title: required",
    ),
    "steps_and_extends": (
        'id = "x"\ntitle = "X"\nrole = "R"\nminutes = 25\nextends = "universal"\n[[steps]]\n'
        'key = "a"\ntitle = "A"\nminutes = 3\n',
        ": steps: an agenda with 'extends'",
    ),
    "no_steps": ('id = "x"\ntitle = "X"\nrole = "R"\nminutes = 25\n', ": steps: required"),
    "extends_itself": (
        'id = "x"\ntitle = "X"\nrole = "R"\nminutes = 25\nextends = "x"\n',
        ": extends: agenda 'x' cannot extend itself",
    ),
    "empty_question": (
        'id = "x"\ntitle = "X"\nrole = "R"\nminutes = 25\nextends = "universal"\n[questions]\n'
        'role = [""]\n',
        ": questions.role[0]:",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_agenda_gives_exit_2_and_names_file_and_place(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, expected = BROKEN[case]
    path = tmp_path / f"{case}.toml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    result = run_main(capsys, "agendas", "check", str(path))
    assert result.code == 2
    assert f"{path}{expected}" in result.err
    assert "Traceback" not in result.err + result.out


def test_check_reports_every_file_and_fails_if_any_is_broken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("id = \n", encoding="utf-8")
    good = builtin_agendas_dir() / "ops.toml"
    result = run_main(capsys, "agendas", "check", str(bad), str(good))
    assert result.code == 2
    assert f"{good}: ok" in result.out
    assert str(bad) in result.err


def write_agenda(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "agenda.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_audit_phrasing_warns_with_the_question_and_a_discovery_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_agenda(
        tmp_path,
        'id = "x"\ntitle = "X"\nrole = "R"\nminutes = 25\nextends = "universal"\n'
        "[questions]\n"
        'sop = ["Why didn\'t you follow the process?", "Where does the process help?"]\n',
    )
    result = run_main(capsys, "agendas", "check", str(path))
    assert result.code == 0
    assert (
        f"{path}: questions.sop[0]: warning: audit phrasing in \"Why didn't you follow the "
        'process?"' in result.out
    )
    assert "What made it easier to go off-process?" in result.out
    assert "questions.sop[1]" not in result.out


def test_odd_timing_and_missing_steps_warn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_agenda(
        tmp_path,
        'id = "x"\ntitle = "X"\nrole = "R"\nminutes = 45\n'
        '[[steps]]\nkey = "role"\ntitle = "Role"\nminutes = 10\nquestions = ["What do you do?"]\n',
    )
    result = run_main(capsys, "agendas", "check", str(path))
    assert result.code == 0
    assert "planned length 45 min is outside the framework's 20–30 minutes" in result.out
    assert "the steps add up to 10 min but the plan is 45 min" in result.out
    assert "no 'walkthrough' step" in result.out
    assert "no 'sop' step" in result.out


def test_role_agenda_without_role_questions_warns(tmp_path: Path) -> None:
    path = write_agenda(
        tmp_path, 'id = "x"\ntitle = "X"\nrole = "Brand"\nminutes = 25\nextends = "universal"\n'
    )
    catalog = AgendaCatalog(None)
    entry = parse_agenda_file(path)
    warnings = lint_agenda(entry, catalog.resolve(entry))
    assert warnings == [
        f"{path}: questions: warning: extends 'universal' but adds no questions of its own for the "
        "Brand role"
    ]


def test_builtin_agendas_check_clean_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = sorted(str(p) for p in builtin_agendas_dir().glob("*.toml"))
    result = run_main(capsys, "agendas", "check", *paths)
    assert result.code == 0, result.err
    assert result.out.count(": ok (") == len(BUILTIN_IDS)
    assert "warning" not in result.out
