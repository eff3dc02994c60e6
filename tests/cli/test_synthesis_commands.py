"""`demo`, `export` and `report` as a consultant runs them; every export parsed back."""

from __future__ import annotations

import csv
import io
import json
import re
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from tests import factories
from tests.cli.helpers import run_main
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.models import Recap, Session
from wfinterview.core.plan.actions import new_action
from wfinterview.core.plan.edits import (
    AddAction,
    AddRaciActivity,
    AddRaciMatrix,
    AddRaciParty,
    SetRaciCell,
)
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore

HOSTILE = ['=HYPERLINK("http://evil")', "+1+1", "-2", "@SUM(A1)", "\tTab", "\rReturn"]


def people_sessions(paths: Paths) -> list[Session]:
    """Two engagements; notes that name the participant, a colleague and the facilitator."""
    sessions = [
        factories.session(
            "20261120-1000-jordan-lee-aa11",
            "Jordan Lee",
            "campaign",
            [
                factories.note(
                    "Jordan said legal takes a week", "approvals", 60, ["approval_lag"], quote=True
                ),
                factories.note(
                    "Ask Priya Shah who owns QA; Sam will check",
                    "walkthrough",
                    90,
                    ["ghost_ownership"],
                    follow_up=True,
                ),
                factories.note("One intake form, says JORDAN", "sop", 1300),
                *[factories.note(text, "tools", 100 + i) for i, text in enumerate(HOSTILE)],
            ],
            recap=Recap(
                heard="- Jordan Lee walked us through it", stuck="- legal", magic_wand="- one form"
            ),
        ),
        factories.session(
            "20261121-1000-priya-shah-bb22",
            "Priya Shah",
            "ops",
            [
                factories.note(
                    "Exports cleaned by hand, Jordan too",
                    "tools",
                    30,
                    ["integration_gaps", "tool_friction"],
                ),
            ],
        ),
        factories.session(
            "20261122-1000-jordan-lee-cc33",
            "Jordan Lee",
            "creator",
            [factories.note("Globex notes", "role", 5)],
            engagement="Globex",
        ),
    ]
    store = SessionStore(paths.sessions_dir)
    for day, session in enumerate(sessions):
        session.started_at += timedelta(days=day)
        store.save(session)
    return sessions


def leaks(sessions: list[Session], text: str) -> list[str]:
    """Every real name, part of a name, or name-bearing session id still in `text`."""
    words = {"sam"} | {s.id for s in sessions}
    for s in sessions:
        words.update(s.participant.name.split())
    return [w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE)]


def test_demo_is_realistic_and_reproducible(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    result = run_main(
        capsys, "demo", "--sessions", "16", "--notes-per-session", "40", "--seed", "7"
    )
    assert result.code == 0 and "Wrote 16 demo sessions (640 notes" in result.out
    sessions = SessionStore(isolated_dirs.sessions_dir).load_all().sessions
    assert len(sessions) == 16 and all(s.id.startswith("demo-") for s in sessions)
    assert {s.engagement for s in sessions} == {"Acme Retail", "Northwind Health"}
    assert {s.round for s in sessions} == {1, 2}
    assert len({s.participant.role for s in sessions}) == 4
    notes = [n for s in sessions for n in s.notes]
    assert {t for n in notes for t in n.tags} == {
        "tool_friction",
        "approval_lag",
        "ghost_ownership",
        "sop_mismatch",
        "integration_gaps",
    }
    assert any(n.quote for n in notes) and any(n.follow_up for n in notes)
    assert any(n.text.startswith("Magic wand") and n.step == "sop" for n in notes)
    assert all(
        s.elapsed_seconds == pytest.approx(sum(s.step_seconds.values()), abs=1) for s in sessions
    )

    again = run_main(
        capsys,
        "--data-dir",
        str(tmp_path / "again"),
        "demo",
        "--sessions",
        "16",
        "--notes-per-session",
        "40",
        "--seed",
        "7",
    )
    assert again.code == 0
    for path in isolated_dirs.sessions_dir.glob("*.json"):
        assert (tmp_path / "again" / "sessions" / path.name).read_bytes() == path.read_bytes()


def test_demo_rejects_bad_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, "demo", "--sessions", "0")
    assert result.code == 2 and "sessions must be between 1 and 100000" in result.err


def test_csv_has_one_row_per_note_and_no_live_formulas(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    people_sessions(isolated_dirs)
    result = run_main(capsys, "export", "--format", "csv", "--engagement", "Acme")
    assert result.code == 0
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert len(rows) == 10
    assert list(rows[0]) == [
        "session",
        "participant",
        "role",
        "engagement",
        "round",
        "date",
        "step",
        "time",
        "seconds",
        "text",
        "tags",
        "themes",
        "quote",
        "follow_up",
        "note_id",
    ]
    first = rows[0]
    assert (
        first["participant"],
        first["role"],
        first["step"],
        first["time"],
        first["seconds"],
        first["themes"],
        first["quote"],
    ) == (
        "Jordan Lee",
        "Campaign Lead",
        "Approvals & Bottlenecks",
        "01:00",
        "60",
        "Approval issues",
        "true",
    )
    assert (
        next(r for r in rows if r["participant"] == "Priya Shah")["tags"]
        == "Integration Gaps, Tool Friction"
    )
    cells = [cell for row in rows for cell in row.values()]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert '\'=HYPERLINK("http://evil")' in cells and "'\tTab" in cells
    # A carriage return is a line break by the time it is saved (core/framework/text.py).
    assert "\nReturn" in cells


def test_anonymized_exports_leave_no_real_name_in_any_format(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    sessions = people_sessions(isolated_dirs)
    store = EngagementStore(isolated_dirs.engagements_dir, BUILTIN_TAGS, isolated_dirs.writer)
    # Names in the plan too: a validator, an owner, a RACI party.
    action = new_action(
        [], "Ask Jordan about the legal SLA", "approval_timeline", [f"{sessions[0].id}/x"]
    )
    action.owner, action.validated_by = "Priya Shah", ["Jordan Lee"]
    for edit in (
        AddAction(action=action),
        AddRaciMatrix(name="launch"),
        AddRaciActivity(matrix="launch", activity="Brief sign-off"),
        AddRaciParty(matrix="launch", party="Jordan Lee"),
        SetRaciCell(matrix="launch", activity="Brief sign-off", party="Jordan Lee", role="A"),
    ):
        store.apply("Acme", edit)
    # Miro: one board per engagement, so one engagement at a time.
    for fmt in (["csv"], ["md"], ["json"], ["miro", "--engagement", "Acme"]):
        plain = run_main(capsys, "export", "--format", *fmt)
        assert "Jordan" in plain.out and "Priya" in plain.out  # the check below can see a name
        result = run_main(capsys, "export", "--format", *fmt, "--anonymize")
        assert result.code == 0, result.err
        assert not leaks(sessions, result.out), f"{fmt} export leaks {leaks(sessions, result.out)}"
    report = run_main(capsys, "report", "--anonymize", "--all-engagements")
    plain_report = run_main(capsys, "report", "--all-engagements").out
    assert "Jordan" in plain_report and not leaks(sessions, report.out)
    assert "| validated by |" in report.out and "P01" in report.out.split("## Actions")[1]

    data = json.loads(run_main(capsys, "export", "--format", "json", "--anonymize").out)
    assert data["anonymized"] is True
    assert [(s["participant"]["name"], s["engagement"]) for s in data["sessions"]] == [
        ("P01", "Acme"),
        ("P02", "Acme"),
        ("P01", "Globex"),
    ]
    assert data["sessions"][0]["notes"][0]["text"] == "P01 said legal takes a week"
    assert data["sessions"][0]["notes"][1]["text"] == "Ask P02 who owns QA; F1 will check"
    assert data["sessions"][0]["recap"]["heard"] == "- P01 walked us through it"


def test_json_export_round_trips_every_session(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    sessions = people_sessions(isolated_dirs)
    data = json.loads(run_main(capsys, "export", "--format", "json").out)
    assert (data["format"], data["version"], data["anonymized"]) == ("wfinterview.export", 1, False)
    assert [Session.model_validate_json(json.dumps(s)) for s in data["sessions"]] == sessions


def test_markdown_keeps_text_as_text_and_miro_makes_theme_columns(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    people_sessions(isolated_dirs)
    markdown = run_main(capsys, "export", "--format", "md", "--engagement", "Acme").out
    assert markdown.startswith("# Jordan Lee · Campaign Lead\n")
    assert (
        "## 4. Approvals & Bottlenecks\n\n- `01:00` 🔄 “Jordan said legal takes a week”" in markdown
    )
    assert "### 🔍 What we heard\n\n- Jordan Lee walked us through it" in markdown
    assert '=HYPERLINK("http://evil")' in markdown and "\n---\n" in markdown

    miro = run_main(capsys, "export", "--format", "miro", "--engagement", "Acme").out
    rows = list(csv.reader(io.StringIO(miro)))
    header = rows[0]
    assert (
        header[:2] == ["Approval issues", "Cross-team misalignment"]
        and "Magic wand wishes" in header
    )
    column = [row[header.index("Tool-related blockers")] for row in rows[1:]]
    assert "🧱🛑 Exports cleaned by hand, Jordan too (Priya Shah, Marketing Ops / Tech)" in column


def test_out_writes_a_private_file_and_unreadable_sessions_are_reported(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    people_sessions(isolated_dirs)
    (isolated_dirs.sessions_dir / "broken.json").write_text("{", encoding="utf-8")
    out = tmp_path / "notes.csv"
    result = run_main(capsys, "export", "--format", "csv", "--out", str(out))
    # Written, but not everything could be read: exit 1, the skipped file named once.
    assert result.code == 1 and result.out == ""
    assert result.err.count("broken.json") == 1
    assert "skipped" in result.err and "broken.json" in result.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert (
        len(list(csv.DictReader(out.open(encoding="utf-8", newline="")))) == 11
    )  # every note of every readable session
    assert (isolated_dirs.sessions_dir / "broken.json").read_text() == "{"


def test_an_unknown_engagement_is_exit_2(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    people_sessions(isolated_dirs)
    for command in (["export", "--format", "csv"], ["report"]):
        result = run_main(capsys, *command, "--engagement", "Initech")
        assert (
            result.code == 2
            and "no sessions in engagement 'Initech' (engagements: 'Acme', 'Globex')" in result.err
        )


def test_report_on_demo_data_has_every_section(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_main(capsys, "demo", "--sessions", "8", "--notes-per-session", "30").code == 0
    result = run_main(capsys, "report", "--engagement", "Acme Retail")
    assert result.code == 0, result.err
    headings = [line for line in result.out.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Executive summary",
        "## Who raised what",
        "## Themes",
        "## Repeat patterns",
        "## Magic-wand wishes",
        "## Round over round",
        "## Tools people named",
        "## Handoffs",
        "## Where roles disagree",
        "## Did the changes work?",
        "## Actions: Acme Retail",
        "## RACI: launch sign-off (Acme Retail)",
        "## Approval timelines: Acme Retail",
    ]
    # The demo's plan between its rounds: the approval SLA, done before round 2.
    assert "| Approval SLA: 48 hours, with a fallback approver | Acme Retail | Approval" in (
        result.out
    )
    assert (
        "| 🔄 Approval Lag |" in result.out and "### Acme Retail: round 1 → round 2" in result.out
    )
