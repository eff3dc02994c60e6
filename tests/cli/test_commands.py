from __future__ import annotations

from pathlib import Path

import pytest

from tests import factories
from tests.cli.helpers import run_main, run_program
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore

SUBCOMMANDS = [
    [],
    ["new"],
    ["resume"],
    ["list"],
    ["recap"],
    ["agendas"],
    ["agendas", "check"],
    ["email"],
    ["email", "pre"],
]


@pytest.mark.parametrize("words", SUBCOMMANDS, ids=lambda w: " ".join(w) or "top")
def test_every_command_has_help(words: list[str]) -> None:
    result = run_program(*words, "--help")
    assert result.code == 0
    assert result.out.startswith("usage: wfinterview")


def test_version() -> None:
    result = run_program("--version")
    assert result.code == 0 and result.out.startswith("wfinterview 0.")


def test_bad_usage_is_exit_2_in_one_line() -> None:
    result = run_program("new", "--agenda", "ops")
    assert result.code == 2
    assert result.err == (
        "wfinterview new: error: the following arguments are required: --participant"
        " (see wfinterview new --help)\n"
    )


def test_a_value_that_starts_with_a_dash_is_told_how_to_write_it() -> None:
    """Found by the fuzz tests: a participant named "-:" read as an option."""
    refused = run_program("email", "pre", "--agenda", "ops", "--participant", "-:")
    assert refused.code == 2
    assert refused.err == (
        "wfinterview email pre: error: argument --participant: expected one argument;"
        " if it starts with '-', write --participant=VALUE"
        " (see wfinterview email pre --help)\n"
    )
    written = run_program("email", "pre", "--agenda", "ops", "--participant=-:")
    assert written.code == 0 and "Hi -:," in written.out


def test_agendas_lists_builtin_and_user_agendas(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_dirs.user_agendas_dir.mkdir(parents=True)
    user_file = isolated_dirs.user_agendas_dir / "brand.toml"
    user_file.write_text(
        'id = "brand"\ntitle = "Brand Manager"\nrole = "Brand"\nminutes = 25\n'
        'extends = "universal"\n'
        '[questions]\napprovals = ["Which brand sign-offs feel redundant?"]\n',
        encoding="utf-8",
    )
    (isolated_dirs.user_agendas_dir / "broken.toml").write_text("id = ", encoding="utf-8")
    result = run_main(capsys, "agendas")
    assert result.code == 0
    rows = {line.split()[0]: line for line in result.out.splitlines()[1:]}
    assert set(rows) == {"brand", "campaign", "creator", "ops", "strategy", "universal"}
    assert rows["ops"].rstrip().endswith("built-in")
    assert rows["brand"].rstrip().endswith(str(user_file))
    assert "broken.toml:1:6: TOML syntax" in result.err


def test_email_pre_carries_agenda_minutes_and_no_audit(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(
        capsys,
        "email",
        "pre",
        "--agenda",
        "campaign",
        "--participant",
        "Jordan",
        "--when",
        "Tue 10:00",
    )
    assert result.code == 0
    assert "Hi Jordan," in result.out and "Tue 10:00" in result.out
    assert "not an audit" in result.out
    for number, title, minutes in [
        (1, "Role & Reality", 3),
        (2, "Workflow Walkthrough", 6),
        (4, "Approvals & Bottlenecks", 6),
    ]:
        assert f"  {number}. {title} ({minutes} min)" in result.out
    assert "25 minutes" in result.out


def test_email_pre_uses_the_users_template_and_config(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_dirs.config_dir.mkdir(parents=True, exist_ok=True)
    isolated_dirs.config_file.write_text('facilitator = "Sam"\n', encoding="utf-8")
    isolated_dirs.user_templates_dir.mkdir()
    (isolated_dirs.user_templates_dir / "pre_interview.txt").write_text(
        "Hello $participant, $minutes min with $facilitator:\n$agenda\n", encoding="utf-8"
    )
    result = run_main(capsys, "email", "pre", "--agenda", "ops", "--participant", "Ana")
    assert result.out.startswith("Hello Ana, 25 min with Sam:\n  1. Role & Reality (3 min)")


def test_email_template_with_unknown_placeholder_names_it(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_dirs.user_templates_dir.mkdir(parents=True)
    template = isolated_dirs.user_templates_dir / "pre_interview.txt"
    template.write_text("Hi $name\n", encoding="utf-8")
    result = run_main(capsys, "email", "pre", "--agenda", "ops", "--participant", "Ana")
    assert result.code == 2
    assert f"{template}: unknown placeholder $name" in result.err


def test_email_pre_with_unknown_agenda_lists_the_known_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = run_main(capsys, "email", "pre", "--agenda", "nope", "--participant", "Ana")
    assert result.code == 2
    assert (
        result.err.strip()
        == "wfinterview: no agenda with id 'nope' (available: campaign, creator, ops, strategy, "
        "universal)"
    )


def test_list_shows_sessions_and_reports_unreadable_files(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # wide enough for every column
    store = SessionStore(isolated_dirs.sessions_dir)
    notes = [
        factories.note("[bold]Legal[/bold] takes a week", "approvals", 100, ["approval_lag"]),
        factories.note(
            "Nobody owns the UTM sheet", "tools", 200, ["ghost_ownership", "approval_lag"]
        ),
    ]
    store.save(factories.session(notes=notes, elapsed_seconds=754.0, ended=True))
    (isolated_dirs.sessions_dir / "broken.json").write_text("{", encoding="utf-8")
    result = run_main(capsys, "list")
    assert result.code == 0
    header, row = result.out.splitlines()[:2]
    assert header.split() == [
        "ID",
        "PARTICIPANT",
        "ROLE",
        "ENGAGEMENT",
        "DATE",
        "TIME",
        "LENGTH",
        "NOTES",
        "TAGS",
        "STATE",
    ]
    for value in (
        "Jordan",
        "Campaign Lead",
        "Acme",
        "2026-11-20  10:00",
        "12:34/25m",
        "🔄2",
        "👻1",
        "✉ recap due",
    ):
        assert value in result.out
    assert "broken.json: is not valid JSON" in result.err


def test_list_on_an_empty_data_dir_says_how_to_start(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, "list")
    assert result.code == 0 and "No sessions yet" in result.out


def test_data_dir_option_wins_over_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "elsewhere"
    SessionStore(other / "sessions").save(factories.session(name="Priya"))
    assert "Priya" in run_main(capsys, "--data-dir", str(other), "list").out
    assert "Priya" not in run_main(capsys, "list").out


def test_broken_config_is_a_one_line_error(isolated_dirs: Paths) -> None:
    isolated_dirs.config_dir.mkdir(parents=True, exist_ok=True)
    isolated_dirs.config_file.write_text("ascii = 'yes'\n", encoding="utf-8")
    result = run_program("list")
    assert result.code == 2
    assert (
        result.err.strip()
        == f"wfinterview: {isolated_dirs.config_file}: ascii: Input should be a valid boolean (got "
        "'yes')"
    )


def test_global_options_work_before_or_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # list's TAGS column shown
    other = tmp_path / "elsewhere"
    SessionStore(other / "sessions").save(factories.session(name="Priya"))
    assert "Priya" in run_main(capsys, "list", "--data-dir", str(other)).out
    assert "Priya" in run_main(capsys, "--data-dir", str(other), "list").out
    SessionStore(other / "sessions").save(
        factories.session(
            session_id="t", name="Tag", notes=[factories.note("x", tags=["ghost_ownership"])]
        )
    )
    assert "[Ghost Ownership]1" in run_main(capsys, "list", "--ascii", "--data-dir", str(other)).out
    assert (
        run_main(
            capsys, "agendas", "check", "--data-dir", str(other), str(tmp_path / "none.toml")
        ).code
        == 2
    )
