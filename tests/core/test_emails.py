"""The emails a consultant sends (before the call, the same-day recap) and the recap's
status line: the exact text, the user's own templates, and every template mistake as a
one-line error naming the file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests import factories
from wfinterview.core.framework.errors import FileProblem
from wfinterview.core.framework.models import Recap, Session
from wfinterview.core.interview.emails import (
    agenda_lines,
    fill_template,
    pre_interview_email,
    recap_email,
    recap_signer,
    signer,
    template_path,
    unsigned_hint,
)
from wfinterview.core.interview.recap import recap_sent, recap_status
from wfinterview.core.storage.paths import builtin_templates_dir

RECAP = Recap(heard="- Legal takes a week", stuck="- Approval Lag: x", magic_wand="- One form")


def test_the_agenda_lists_each_step_with_its_minutes() -> None:
    assert agenda_lines(factories.agenda("campaign")).splitlines() == [
        "  1. Role & Reality (3 min)",
        "  2. Workflow Walkthrough (6 min)",
        "  3. Tools & Workarounds (5 min)",
        "  4. Approvals & Bottlenecks (6 min)",
        "  5. SOP Gaps + Magic Wand (5 min)",
    ]


def test_the_pre_interview_email_from_the_shipped_template(tmp_path: Path) -> None:
    agenda = factories.agenda("campaign")
    email = pre_interview_email(agenda, "Jordan", "Tue 10:00", "Sam", tmp_path)
    lines = email.splitlines()
    assert lines[0] == "Subject: 25 minutes on how your work really flows (Tue 10:00)"
    assert lines[2] == "Hi Jordan,"
    assert "  1. Role & Reality (3 min)\n  2. Workflow Walkthrough (6 min)\n" in email
    assert lines[-2:] == ["Thanks,", "Sam"] and email.endswith("Sam\n")
    unnamed = pre_interview_email(agenda, "Jordan", "", "", tmp_path)
    assert unnamed.splitlines()[0].endswith("(at the time we agreed)")
    assert unnamed.endswith("Thanks,\n")


def test_a_users_template_replaces_the_shipped_one(tmp_path: Path) -> None:
    assert template_path("recap.txt", tmp_path) == builtin_templates_dir() / "recap.txt"
    (tmp_path / "recap.txt").write_text(
        "To $participant ($engagement, $date) from $facilitator:\n\n$recap\n\n\n", "utf-8"
    )
    (tmp_path / "pre_interview.txt").mkdir()  # a folder is not a template
    assert template_path("recap.txt", tmp_path) == tmp_path / "recap.txt"
    assert template_path("pre_interview.txt", tmp_path) == (
        builtin_templates_dir() / "pre_interview.txt"
    )
    session = factories.session(name="Jordan Lee")
    assert recap_email(session, RECAP, "", tmp_path) == (
        "To Jordan Lee (Acme, Friday 20 November) from Sam:\n\n"
        "🔍 What we heard\n- Legal takes a week\n\n"
        "⚠️ Where things are getting stuck\n- Approval Lag: x\n\n"
        "💡 Your magic wand insight\n- One form\n"
    )
    assert recap_email(session, RECAP, "Alex", tmp_path).startswith("To Jordan Lee (Acme, Fri")
    assert "from Alex:" in recap_email(session, RECAP, "Alex", tmp_path)


def test_the_shipped_recap_email_thanks_the_participant(tmp_path: Path) -> None:
    email = recap_email(factories.session(name="Priya"), RECAP, "Sam", tmp_path)
    assert email.splitlines()[0] == "Subject: Thank you, Priya: what we heard"
    assert "(Friday 20 November)" in email and "💡 Your magic wand insight\n- One form" in email
    assert email.endswith("Thanks,\nSam\n")


def template(folder: Path, content: bytes) -> Path:
    path = folder / "recap.txt"
    path.write_bytes(content)
    return path


def problem(path: Path, values: dict[str, str] | None = None) -> list[str]:
    with pytest.raises(FileProblem) as caught:
        fill_template(path, values or {"participant": "Jordan", "recap": "-"})
    assert caught.value.path == str(path)
    return caught.value.lines


def test_template_mistakes_name_the_file_and_what_to_do(tmp_path: Path) -> None:
    path = template(tmp_path, b"Hi $participant,\n$recap\nCheers, $someone\n")
    assert problem(path) == [
        f"{path}: unknown placeholder $someone (placeholders: $participant, $recap)"
    ]
    template(tmp_path, b"Costs 5$ each")
    assert problem(path) == [
        f"{path}: bad placeholder (Invalid placeholder in string: line 1, col 8); "
        "write $$ for a dollar sign"
    ]
    template(tmp_path, "Hi $participant, caf\xe9".encode("latin-1"))
    assert problem(path) == [f"{path}: not UTF-8 text; save the template as UTF-8"]
    missing = tmp_path / "gone.txt"
    assert problem(missing) == [f"{missing}: cannot read it (No such file or directory)"]


def test_the_recap_status_says_sent_when_or_how_long_it_waited() -> None:
    open_call = factories.session()
    assert recap_status(open_call) == "interview still open" and not recap_sent(None)
    ended = factories.session(ended=True)
    end = factories.STARTED + timedelta(minutes=26)
    assert recap_status(ended, end + timedelta(hours=3)) == (
        "recap not sent yet · call ended 3 h ago"
    )
    ended.recap = RECAP
    assert not recap_sent(ended.recap)
    assert recap_status(ended, end) == "recap not sent yet · call ended just now"
    ended.recap = RECAP.model_copy(update={"sent_at": end + timedelta(hours=1)})
    assert recap_sent(ended.recap)
    assert recap_status(ended, end + timedelta(days=9)) == "recap sent Fri 20 Nov 11:26"


def test_every_placeholder_fills_a_users_template(tmp_path: Path) -> None:
    (tmp_path / "pre_interview.txt").write_text(
        "$participant|$role|$minutes|$when|$facilitator\n$agenda\n", "utf-8"
    )
    (tmp_path / "recap.txt").write_text("[$recap]", "utf-8")
    agenda = factories.agenda("campaign")
    email = pre_interview_email(agenda, "Jordan", "Tue", "Sam", tmp_path)
    assert email.splitlines()[0] == f"Jordan|{agenda.role}|25|Tue|Sam"
    recap = recap_email(factories.session(), RECAP, "Sam", tmp_path)
    assert recap.startswith("[🔍 What we heard\n") and recap.endswith("- One form]\n")


def test_one_signing_rule_for_every_text_sent_to_a_participant(tmp_path: Path) -> None:
    def interview(name: str, day: int, facilitator: str, engagement: str = "Acme") -> Session:
        made = factories.session(f"s{day}", name, engagement=engagement)
        started = factories.STARTED + timedelta(days=day)
        return made.model_copy(update={"started_at": started, "facilitator": facilitator})

    sessions = [
        interview("Jordan Lee", 0, "Sam"),
        interview("jordan lee", 3, "Alex"),
        interview("Priya Shah", 1, "Sam"),
        interview("Omar Li", 2, ""),
        interview("Ana", 4, "Kim", engagement="Globex"),
    ]
    assert signer("", "Jordan Lee", "Acme", sessions) == "Alex"  # who interviewed them last
    assert signer("", "Omar Li", "Acme", sessions) == "Sam"  # who ran most of the engagement
    assert signer("", "Omar Li", "Initech", sessions) == ""
    assert signer("Dee", "Omar Li", "Acme", sessions) == "Dee"  # config.toml first
    assert signer("") == ""  # the pre-interview email has no session to fall back on
    assert recap_signer(sessions[1], "") == "Alex" and recap_signer(sessions[3], "") == ""
    assert recap_email(sessions[3], RECAP, "", tmp_path).endswith("Thanks,\n")


def test_with_no_name_to_sign_with_the_hint_says_where_to_set_it() -> None:
    config = Path("/home/sam/.config/wfinterview/config.toml")
    assert unsigned_hint("Sam", config) is None
    assert unsigned_hint(" ", config) == (
        'no name to sign with: add facilitator = "Your Name" at the top of '
        "/home/sam/.config/wfinterview/config.toml"
    )
