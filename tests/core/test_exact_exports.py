"""The exports, cell by cell, on the hand-worked corpus of tests/core/exact_corpus.py."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime

from tests import factories
from tests.core.exact_corpus import (
    CAMPAIGN,
    FRICTION,
    GHOST,
    LAG,
    boards,
    corpus,
    digest,
    note,
)
from wfinterview.core.framework.content import (
    APPROVAL_ISSUES,
    BUILTIN_TAGS,
    HANDOFFS,
    MISALIGNMENT,
    TOOL_RELATED,
)
from wfinterview.core.framework.models import Recap
from wfinterview.core.outputs.export import (
    CSV_COLUMNS,
    export_csv,
    export_markdown,
    export_miro,
)
from wfinterview.core.outputs.formats import inert, md
from wfinterview.core.outputs.json_export import export_json
from wfinterview.core.outputs.plans import plan_markdown, raci_csv, raci_markdown
from wfinterview.core.plan.actions import Action
from wfinterview.core.plan.approvals import ApprovalStage
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.raci import RaciMatrix
from wfinterview.core.synthesis.anonymize import Naming, Pseudonyms
from wfinterview.core.synthesis.digest import DigestNote

JORDAN = f"(Jordan Lee, {CAMPAIGN})"
PRIYA = f"(Priya Shah, {CAMPAIGN})"


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_csv_has_one_row_per_note_with_every_column() -> None:
    sessions = corpus().sessions[:1]  # Jordan Lee, Acme round 1
    out = io.StringIO(newline="")
    export_csv(sessions, BUILTIN_TAGS, boards(), Naming(Pseudonyms(sessions)), out)
    assert out.getvalue().startswith(",".join(CSV_COLUMNS) + "\r\n")
    ids = [n["id"] for n in sessions[0].notes]
    day = f"{sessions[0].started_at:%Y-%m-%d}"
    common = ["S0001", "P01", CAMPAIGN, "Acme", "1", day, "Approvals & Bottlenecks"]
    assert rows(out.getvalue())[1:] == [
        [*common, "01:00", "60", "Legal waits a week", "Approval Lag", APPROVAL_ISSUES]
        + ["false", "false", ids[0]],
        [*common, "02:00", "120", "Brand waits too", "Approval Lag, Approval Lag"]
        + [APPROVAL_ISSUES, "false", "false", ids[1]],
        [*common, "03:00", "180", "Who owns QA? Nobody.", "Ghost Ownership", MISALIGNMENT]
        + ["true", "false", ids[2]],
        [*common, "04:00", "240", "We re-key briefs into the CMS", "Integration Gaps"]
        + [HANDOFFS, "false", "false", ids[3]],
    ]


def test_csv_cells_that_look_like_formulas_stay_text() -> None:
    session = digest(
        factories.session(
            "f1", "Omar Li", notes=[note("=HYPERLINK(x)", follow_up=True), note("two\r\nlines")]
        ),
        0,
    )
    out = io.StringIO(newline="")
    export_csv([session], BUILTIN_TAGS, boards(), Naming(None), out)
    [first, second] = rows(out.getvalue())[1:]
    assert first[9] == "'=HYPERLINK(x)" and first[13] == "true" and first[1] == "Omar Li"
    assert second[9] == "two\nlines"  # a carriage return is cleaned to a line break
    assert [inert(c) for c in ("+1", "-1", "@x", "\tx", "\rx", "a=b", None, 3)] == [
        "'+1",
        "'-1",
        "'@x",
        "'\tx",
        "'\rx",
        "a=b",
        "",
        "3",
    ]


def test_miro_has_a_column_per_theme_then_quotes_and_wishes() -> None:
    c = corpus()
    a1, a2 = c.sessions[:2]
    no_theme_quote = digest(
        factories.session("q1", "Omar Li", notes=[note("Says it all", quote=True)]), 5
    )
    out = io.StringIO(newline="")
    export_miro([a1, a2, no_theme_quote], BUILTIN_TAGS, boards(), Naming(None), out)
    table = rows(out.getvalue())
    assert table[0] == [
        APPROVAL_ISSUES,
        MISALIGNMENT,
        HANDOFFS,
        TOOL_RELATED,
        "Quotes",
        "Magic wand wishes",
    ]
    columns = {name: [row[i] for row in table[1:] if row[i]] for i, name in enumerate(table[0])}
    assert columns == {
        APPROVAL_ISSUES: [
            f"🔄 Legal waits a week {JORDAN}",
            f"🔄🔄 Brand waits too {JORDAN}",
            f"🔄 Exec sign-off is slow {PRIYA}",
        ],
        MISALIGNMENT: [f"👻 “Who owns QA? Nobody.” {JORDAN}"],
        HANDOFFS: [
            f"🧱 We re-key briefs into the CMS {JORDAN}",
            f"🧱 CSV between tools {PRIYA}",
            f"🧱 Copy-paste into Jira {PRIYA}",
            f"🧱 Handoff by email {PRIYA}",
        ],
        TOOL_RELATED: [
            f"🛑 The DAM is clunky {PRIYA}",
            f"🛑 Exports break weekly {PRIYA}",
            f"🛑 Two logins for one tool {PRIYA}",
        ],
        "Quotes": ["“Says it all” (Omar Li, Campaign Lead)"],
        "Magic wand wishes": [f"One intake form {PRIYA}"],
    }
    assert len(table) == 1 + 4  # as many rows as the longest column


def test_json_anonymized_replaces_every_name_and_id() -> None:
    session = factories.session(
        "20261120-1000-jordan-lee-ab12",
        "Jordan Lee",
        notes=[note("Jordan says Priya Shah waits", [LAG])],
    )
    session.recap = Recap(heard="Jordan Lee: legal", stuck="Lee waits", magic_wand="Ask Jordan")
    when = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    out = io.StringIO()
    export_json([session], Naming(Pseudonyms([session])), out, when=when)
    data = json.loads(out.getvalue())
    assert {k: data[k] for k in ("format", "version", "exported_at", "anonymized")} == {
        "format": "wfinterview.export",
        "version": 1,
        "exported_at": "2026-12-01T09:00:00+00:00",
        "anonymized": True,
    }
    [exported] = data["sessions"]
    assert (exported["id"], exported["participant"]["name"], exported["facilitator"]) == (
        "S0001",
        "P01",
        "F1",
    )
    assert exported["notes"][0]["text"] == "P01 says Priya Shah waits"  # Priya: not interviewed
    assert exported["recap"] == {
        "heard": "P01: legal",
        "stuck": "P01 waits",
        "magic_wand": "Ask P01",
        "sent_at": None,
    }
    plain = io.StringIO()
    export_json([session], Naming(None), plain, when=when)
    real = json.loads(plain.getvalue())
    assert real["anonymized"] is False
    assert real["sessions"][0]["id"] == session.id
    assert real["sessions"][0]["notes"][0]["text"] == "Jordan says Priya Shah waits"


def test_markdown_export_of_one_session_line_by_line() -> None:
    session = factories.session(
        "m1",
        "Priya Shah",
        notes=[
            note("Who signs? *Nobody*", [GHOST, LAG], at=125, quote=True),
            note("Check the SOP", at=30, follow_up=True),
            note("Hates the DAM", [FRICTION], step="tools", at=70),
        ],
        elapsed_seconds=1565.0,
    )
    session.recap = Recap(
        heard="Priya Shah: signing",
        stuck="The DAM",
        magic_wand="One form",
        sent_at=datetime(2026, 11, 21, 8, tzinfo=UTC),
    )
    out = io.StringIO()
    export_markdown(
        [digest(session, 0), digest(session.model_copy(update={"id": "m2"}), 1)],
        BUILTIN_TAGS,
        Naming(None),
        out,
    )
    first, second = out.getvalue().split("\n---\n\n")
    assert first == (
        "# Priya Shah · Campaign Lead\n\n"
        "Acme · round 1 · 2026-11-20 10:00 · 26:05 of 25 min · session m1\n"
        "\n## 3. Tools & Workarounds\n\n"
        "- `01:10` 🛑 Hates the DAM\n"
        "\n## 4. Approvals & Bottlenecks\n\n"
        "- `00:30` Check the SOP ↩ *follow-up*\n"
        "- `02:05` 👻 🔄 “Who signs? \\*Nobody\\*”\n"
        "\n## Recap (sent 2026-11-21)\n"
        "\n### 🔍 What we heard\n\nPriya Shah: signing\n"
        "\n### ⚠️ Where things are getting stuck\n\nThe DAM\n"
        "\n### 💡 Your magic wand insight\n\nOne form\n"
    )
    assert second.startswith("# Priya Shah · Campaign Lead\n\nAcme · round 1 · 2026-11-21 10:00")


def test_markdown_text_stays_text() -> None:
    assert md("a*b_c `d` [e](f) <g> | # \\") == "a\\*b\\_c \\`d\\` \\[e\\](f) \\<g\\> \\| \\# \\\\"


def test_json_keeps_every_character_as_written_one_space_indented() -> None:
    session = factories.session("j1", "Zoë Núñez", notes=[note("“Quoted” — café")])
    out = io.StringIO()
    export_json([session], Naming(None), out, when=datetime(2026, 12, 1, tzinfo=UTC))
    text = out.getvalue()
    assert '"name": "Zoë Núñez"' in text and "“Quoted” — café" in text
    assert text.startswith('{\n "format": "wfinterview.export",\n "version": 1,\n')
    assert text.endswith("}\n")


def test_markdown_export_anonymized_and_a_recap_not_sent() -> None:
    session = factories.session("m1", "Priya Shah", notes=[note("Priya owns it", at=5)])
    session.recap = Recap(heard="Shah said", stuck="-", magic_wand="Priya's form")
    out = io.StringIO()
    made = digest(session, 0)
    export_markdown([made], BUILTIN_TAGS, Naming(Pseudonyms([made])), out)
    text = out.getvalue()
    assert "# P01 · Campaign Lead" in text and "session S0001" in text
    assert "- `00:05` P01 owns it\n" in text
    assert "\n## Recap\n" in text
    assert "\nP01 said\n" in text and "\nP01's form\n" in text
    assert "Priya" not in text and "Shah" not in text


def test_raci_as_markdown_and_csv() -> None:
    matrix = RaciMatrix(name="Launch")
    for activity in ("Brief", "Legal review"):
        matrix.add_activity(activity)
    for party in ("Jordan", "Legal"):
        matrix.add_party(party)
    matrix.set("Brief", "Jordan", "A")
    matrix.set("Legal review", "Legal", "R")
    assert raci_markdown(matrix) == (
        "| activity | Jordan | Legal |\n"
        "| --- | --- | --- |\n"
        "| Brief | A |   |\n"
        "| Legal review |   | R |\n"
    )
    assert raci_csv(matrix) == "activity,Jordan,Legal\r\nBrief,A,\r\nLegal review,,R\r\n"


def test_markdown_note_lines_show_unknown_tags_and_keep_pasted_lines_in_the_bullet() -> None:
    template = corpus().sessions[0]
    bare: list[DigestNote] = [
        {"id": "a", "step": "approvals", "at": 1.0, "text": "no tags key"},
        {
            "id": "b",
            "step": "approvals",
            "at": 2.0,
            "text": "line one\nline two",
            "tags": ["budget", LAG],
        },
    ]
    out = io.StringIO()
    export_markdown([template.model_copy(update={"notes": bare})], BUILTIN_TAGS, Naming(None), out)
    assert "- `00:01` no tags key\n- `00:02` budget 🔄 line one\n    line two\n" in out.getvalue()


def plan_file() -> EngagementFile:
    made = datetime(2026, 11, 1, 9, tzinfo=UTC)
    done = Action(id="a1", title="Legal SLA", status="done", created_at=made)
    soon = Action(
        id="a2",
        kind="raci",
        title="RACI for Jordan Lee's launches",
        owner="Priya Shah",
        due=date(2026, 12, 1),
        status="in_progress",
        evidence=["a1/x", "a2/y"],
        validated_by=["Jordan Lee", "Omar Li"],
        created_at=made,
    )
    later = Action(id="a3", title="One intake form", evidence=["a2/z"], created_at=made)
    stages = [
        ApprovalStage(name="Legal", target_days=3),
        ApprovalStage(name="Brand", target_days=2, keywords=["creative"]),
    ]
    return EngagementFile(
        engagement="Acme",
        themes=boards()["Acme"],
        actions=[done, later, soon],
        approval_stages=stages,
    )


def test_the_plan_lists_open_actions_by_due_date_and_done_ones_last() -> None:
    c = corpus()
    text = plan_markdown(plan_file(), c, Naming(Pseudonyms(c.sessions)))
    assert text.startswith(
        "## Actions: Acme\n\n| status | kind | action | owner | due | evidence |"
    )
    rows = [
        line
        for line in text.splitlines()
        if line.startswith(("| proposed", "| in progress", "| done"))
    ]
    assert rows == [
        "| proposed | Other | One intake form | – | – | 1 note | – |",
        "| in progress | Ownership / RACI | RACI for P01's launches | P02 | 2026-12-01 | 2 notes "
        "| P01, P03 |",
        "| done | Other | Legal SLA | – | – | 0 notes | – |",
    ]
    assert plan_markdown(plan_file(), c, Naming(None), level=1).startswith("# Actions: Acme\n")


def test_approval_timelines_set_reported_lag_against_the_target() -> None:
    text = plan_markdown(plan_file(), corpus(), Naming(None))
    rows = [line for line in text.splitlines() if line.startswith(("| Legal", "| Brand"))]
    assert rows == [
        "| Legal | 3 days | 7 days ▲ over | 7 days | 1 | 1 |",  # Globex's Legal is not Acme's
        "| Brand | 2 days | – | – | 1 | 1 |",
    ]


def test_miro_follows_hand_placements_and_reads_notes_without_tags() -> None:
    template = corpus().sessions[0]
    bare: list[DigestNote] = [
        {"id": "a", "step": "sop", "at": 1.0, "text": "A wish"},
        {"id": "b", "step": "tools", "at": 2.0, "text": "Re-keying", "tags": [LAG]},
    ]
    session = template.model_copy(update={"notes": bare})
    all_boards = boards()
    board = all_boards["Acme"]
    handoffs = board.find_by_name(HANDOFFS)
    assert handoffs is not None
    board.move(f"{session.id}/b", [LAG], board.tag_themes[LAG], handoffs.id)
    out = io.StringIO(newline="")
    export_miro([session], BUILTIN_TAGS, all_boards, Naming(None), out)
    assert rows(out.getvalue()) == [
        [HANDOFFS, "Magic wand wishes"],
        [f"🔄 Re-keying {JORDAN}", f"A wish {JORDAN}"],
    ]
