from __future__ import annotations

import pytest

from tests import factories
from tests.cli.helpers import run_main, run_program
from wfinterview.core.framework.models import Recap
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore


def test_recap_prints_the_draft_with_the_three_headings(isolated_dirs: Paths) -> None:
    notes = [
        factories.note("Legal takes a week", "approvals", 61, ["approval_lag"], quote=True),
        factories.note("One intake form for everything", "sop", 1400),
    ]
    SessionStore(isolated_dirs.sessions_dir).save(factories.session(session_id="s1", notes=notes))
    result = run_program("recap", "s1")
    assert result.code == 0
    assert result.out == (
        "🔍 What we heard\n- “Legal takes a week”\n\n"
        "⚠️ Where things are getting stuck\n- Approval Lag: as you put it above\n\n"
        "💡 Your magic wand insight\n- One intake form for everything\n"
    )


def test_recap_prints_the_saved_recap_as_markdown(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    session = factories.session(
        session_id="s2", recap=Recap(heard="- edited", stuck="- fixed", magic_wand="- wish")
    )
    SessionStore(isolated_dirs.sessions_dir).save(session)
    result = run_main(capsys, "recap", "s2", "--format", "md")
    assert result.out.splitlines()[:3] == ["## 🔍 What we heard", "", "- edited"]


def test_recap_of_an_unknown_session_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, "recap", "nope")
    assert result.code == 2
    assert "no session with id 'nope'" in result.err and "Traceback" not in result.err


def test_recap_bad_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_main(capsys, "recap", "x", "--format", "pdf").code == 2


def test_email_recap_puts_the_recap_in_the_users_template(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    session = factories.session(
        session_id="s3", recap=Recap(heard="- edited", stuck="- fixed", magic_wand="- wish")
    )
    SessionStore(isolated_dirs.sessions_dir).save(session)
    result = run_main(capsys, "email", "recap", "s3")
    assert result.code == 0
    assert result.out.startswith("Subject: Thank you, Jordan: what we heard\n")
    assert "🔍 What we heard\n- edited\n\n⚠️ Where things are getting stuck\n- fixed" in result.out
    assert result.out.rstrip().endswith("Sam")  # the session's facilitator, with no config
    templates = isolated_dirs.config_dir / "templates"
    templates.mkdir(parents=True)
    (templates / "recap.txt").write_text(
        "To $participant ($engagement):\n$recap\n", encoding="utf-8"
    )
    assert run_main(capsys, "email", "recap", "s3").out.startswith(
        "To Jordan (Acme):\n🔍 What we heard\n- edited"
    )


def test_email_recap_of_an_unknown_session_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, "email", "recap", "nope")
    assert result.code == 2 and "no session with id 'nope'" in result.err


def test_email_pre_signs_from_config_or_says_in_one_line_how_to_set_a_name(
    isolated_dirs: Paths,
) -> None:
    unsigned = run_program("email", "pre", "--agenda", "ops", "--participant", "Ana")
    assert unsigned.code == 0 and unsigned.out.endswith("\nThanks,\n")
    config = isolated_dirs.config_dir / "config.toml"
    assert unsigned.err == (
        f'wfinterview: no name to sign with: add facilitator = "Your Name" at the top of {config}\n'
    )
    isolated_dirs.config_dir.mkdir(parents=True, exist_ok=True)
    config.write_text('facilitator = "Sam Rivera"\n', encoding="utf-8")
    signed = run_program("email", "pre", "--agenda", "ops", "--participant", "Ana")
    assert (signed.code, signed.err) == (0, "")
    assert signed.out.endswith("\nThanks,\nSam Rivera\n")


def test_email_recap_with_no_facilitator_anywhere_says_how_to_set_one(
    isolated_dirs: Paths,
) -> None:
    session = factories.session(session_id="s4").model_copy(update={"facilitator": ""})
    SessionStore(isolated_dirs.sessions_dir).save(session)
    result = run_program("email", "recap", "s4")
    assert result.code == 0 and result.out.endswith("\nThanks,\n")
    config = isolated_dirs.config_dir / "config.toml"
    assert result.err == (
        f'wfinterview: no name to sign with: add facilitator = "Your Name" at the top of {config}\n'
    )
