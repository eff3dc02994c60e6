"""The report's numbers, on the hand-worked corpus of tests/core/exact_corpus.py.

The report's layout may change; its numbers may not. These tests find each number by
the words beside it (a row's label, a theme's heading), not by its line number.
"""

from __future__ import annotations

import io

from tests import factories
from tests.core.exact_corpus import boards, corpus, digest, note
from wfinterview.core.framework.content import (
    APPROVAL_ISSUES,
    BUILTIN_TAGS,
    HANDOFFS,
    MISALIGNMENT,
    TOOL_RELATED,
)
from wfinterview.core.outputs.export import export_markdown
from wfinterview.core.outputs.report import write_report
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.raci import RaciMatrix
from wfinterview.core.synthesis.anonymize import Naming, Pseudonyms
from wfinterview.core.synthesis.corpus import Corpus, Filters


def report(filters: Filters | None = None, anonymized: bool = False, **kwargs: object) -> str:
    c = corpus()
    naming = Naming(Pseudonyms(c.sessions) if anonymized else None)
    return write_report(c, boards(), filters or Filters(), naming, **kwargs)  # type: ignore[arg-type]


def row(text: str, label: str) -> list[str]:
    """The cells of the table row whose first cell ends with `label`."""
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells[0].endswith(label):
            return cells[1:]
    raise AssertionError(f"no row for {label!r}")


def after(text: str, heading: str) -> str:
    """The first non-empty line after a heading."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip("# ") == heading)
    return next(line for line in lines[start + 1 :] if line.strip())


def test_the_scope_line_counts_interviews_people_roles_and_notes() -> None:
    text = report()
    assert "5 interviews with 4 people in 2 roles, 16 notes" in text
    acme = report(Filters(engagement="Acme"))
    assert "4 interviews with 3 people in 2 roles, 15 notes" in acme


def test_matrix_cells_are_notes_then_people() -> None:
    text = report()
    assert row(text, "Approval Lag") == ["3 · 2", "2 · 2", "5 · 4"]
    assert row(text, "Tool Friction") == ["3 · 1", "–", "3 · 1"]
    assert row(text, "Ghost Ownership") == ["2 · 1", "1 · 1", "3 · 2"]
    assert row(text, "SOP Mismatch") == ["–", "1 · 1", "1 · 1"]
    assert row(text, "Integration Gaps") == ["4 · 2", "–", "4 · 2"]


def test_theme_reach_is_a_share_of_people_not_of_notes() -> None:
    text = report()
    assert after(text, APPROVAL_ISSUES) == "4 of 4 people (100%), 2 roles, 5 notes"
    assert after(text, MISALIGNMENT) == "2 of 4 people (50%), 2 roles, 3 notes"
    assert after(text, HANDOFFS) == "2 of 4 people (50%), 1 role, 4 notes"
    assert after(text, TOOL_RELATED) == "1 of 4 people (25%), 1 role, 3 notes"
    summary = text.split("## Executive summary", 1)[1].split("##", 1)[0]
    assert [line for line in summary.splitlines() if line[:1].isdigit()] == [  # the top three
        f"1. **{APPROVAL_ISSUES}**: 4 of 4 people (100%), 2 roles, 5 notes",
        f"2. **{MISALIGNMENT}**: 2 of 4 people (50%), 2 roles, 3 notes",
        f"3. **{HANDOFFS}**: 2 of 4 people (50%), 1 role, 4 notes",
    ]


def test_repeat_patterns_in_rank_order_with_people_roles_notes() -> None:
    text = report()
    ranked = [
        line.split(" | ")[1:]
        for line in text.split("## Repeat patterns", 1)[1].splitlines()
        if line.startswith("| ") and line[2].isdigit()
    ]
    assert ranked == [
        [APPROVAL_ISSUES, "theme", "4", "2", "5 |"],
        ["🔄 Approval Lag", "tag", "4", "2", "5 |"],
        [MISALIGNMENT, "theme", "2", "2", "3 |"],
        ["👻 Ghost Ownership", "tag", "2", "2", "3 |"],
        [HANDOFFS, "theme", "2", "1", "4 |"],
        ["🧱 Integration Gaps", "tag", "2", "1", "4 |"],
        [TOOL_RELATED, "theme", "1", "1", "3 |"],
        ["🛑 Tool Friction", "tag", "1", "1", "3 |"],
        ["🧾 SOP Mismatch", "tag", "1", "1", "1 |"],
    ]


def test_round_over_round_rows_give_shares_and_notes_per_interview() -> None:
    text = report(Filters(engagement="Acme")).split("## Round over round", 1)[1]
    assert "### Acme: round 1 → round 2" in text
    assert row(text, "Approval Lag") == ["100% · 1.3", "0% · 0.0", "▼ 100 pts · ▼ 1.3 notes"]
    assert row(text, "Ghost Ownership") == ["67% · 0.7", "100% · 1.0", "▲ 33 pts · ▲ 0.3 notes"]
    assert row(text, "Tool Friction") == ["33% · 1.0", "0% · 0.0", "▼ 33 pts · ▼ 1.0 notes"]


def test_anonymized_report_keeps_the_numbers_and_hides_every_name() -> None:
    text = report(anonymized=True)
    assert row(text, "Approval Lag") == ["3 · 2", "2 · 2", "5 · 4"]
    for part in ("Jordan", "Lee", "Priya", "Shah", "Omar", " Li ", "Sam"):
        assert part.casefold() not in text.casefold()
    assert "(*P01, Campaign Lead · Acme*)" in text  # two clients: each quote says whose


def test_raci_warnings_reach_the_report() -> None:
    matrix = RaciMatrix(name="Launch")
    for activity in ("Brief", "Legal review", "Publish"):
        matrix.add_activity(activity)
    for party in ("Jordan Lee", "Legal", "Brand"):
        matrix.add_party(party)
    matrix.set("Brief", "Jordan Lee", "A")
    matrix.set("Brief", "Brand", "R")
    matrix.set("Legal review", "Legal", "A")
    matrix.set("Legal review", "Brand", "A")
    matrix.set("Legal review", "Jordan Lee", "R")
    plan = EngagementFile(engagement="Acme", themes=boards()["Acme"], raci=[matrix])
    text = report(Filters(engagement="Acme"), plans=[plan])
    warnings = [line for line in text.splitlines() if line.startswith("- ⚠️")]
    assert warnings == [  # a list, so CommonMark keeps them apart
        "- ⚠️ “Legal review” has 2 Accountable (Legal, Brand): exactly one, please",
        "- ⚠️ “Publish” has no one Accountable (A): that is ghost ownership",
        "- ⚠️ “Publish” has no one Responsible (R)",
    ]
    anonymized = report(Filters(engagement="Acme"), anonymized=True, plans=[plan])
    assert row(anonymized, "Brief") == ["A", "", "R"]
    assert "| activity | P01 | Legal | Brand |" in anonymized


def test_the_markdown_export_lists_each_steps_notes_in_time_order() -> None:
    session = digest(
        factories.session(
            "m1",
            "Priya Shah",
            notes=[
                note("third", at=300, step="tools"),
                note("first", at=30, step="tools"),
                note("second", at=90, step="tools"),
                note("opening", at=5, step="role"),
            ],
        ),
        0,
    )
    out = io.StringIO()
    export_markdown([session], BUILTIN_TAGS, Naming(None), out)
    bullets = [line for line in out.getvalue().splitlines() if line.startswith("- `")]
    assert bullets == [
        "- `00:05` opening",
        "- `00:30` first",
        "- `01:30` second",
        "- `05:00` third",
    ]


def test_the_scope_line_gives_the_first_and_last_interview_day() -> None:
    assert "5 interviews with 4 people in 2 roles, 16 notes, 2026-11-20 to 2026-11-29." in report()
    assert "1 interview with 1 person in 1 role, 1 note, 2026-11-23 to 2026-11-23." in report(
        Filters(engagement="Globex")
    )
    nothing = report(Filters(engagement="Initech"))
    assert "_No interviews match. Run `wfinterview list` to see what there is._" in nothing
    assert "## Summary" not in nothing


def test_patterns_are_numbered_from_one() -> None:
    lines = [line for line in report().splitlines() if line.startswith("| 1 |")]
    assert lines == [f"| 1 | {APPROVAL_ISSUES} | theme | 4 | 2 | 5 |"]


def test_round_over_round_only_for_the_engagement_in_view() -> None:
    assert "## Round over round" not in report(Filters(engagement="Globex"))
    assert "### Acme: round 1 → round 2" in report()


def test_themes_by_people_then_notes_with_quotes_first_and_three_notes_at_most() -> None:
    text = report().split("## Themes", 1)[1].split("## Repeat patterns", 1)[0]
    headings = [line[4:] for line in text.splitlines() if line.startswith("### ")]
    assert headings == [APPROVAL_ISSUES, HANDOFFS, MISALIGNMENT, TOOL_RELATED]
    evidence = {
        name: [line for line in part.splitlines() if line.startswith("> ")]
        for name, part in zip(headings, text.split("### ")[1:], strict=True)
    }
    assert evidence[MISALIGNMENT] == [  # one per person: "jordan lee" is Jordan Lee again
        "> Who owns QA? Nobody. (*Jordan Lee, Campaign Lead · Acme*)",  # the quote first
        "> SOP lists the old tool (*Omar Li, Marketing Ops / Tech · Acme*)",
    ]
    assert len(evidence[HANDOFFS]) == 2  # four notes, from two people


def test_long_lists_stop_at_thirty_and_say_how_many_more() -> None:
    many = digest(
        factories.session(
            "f1", "Omar Li", notes=[note(f"Ask  about {i}", follow_up=True) for i in range(33)]
        ),
        0,
    )
    c = Corpus([many], BUILTIN_TAGS)
    text = write_report(c, {"Acme": boards()["Acme"]}, Filters(), Naming(None), internal=True)
    follow = text.split("## Open follow-ups", 1)[1].split("##", 1)[0]
    items = [line for line in follow.splitlines() if line.startswith("- ")]
    assert len(items) == 31 and items[0] == "- Ask about 0 (*Omar Li, Campaign Lead*)"
    assert items[-1] == "- … and 3 more (`wfinterview export --format csv` lists them all)"
    wishes = text.split("## Magic-wand wishes", 1)[1].split("##", 1)[0]
    assert wishes.strip() == "_None._"


def test_a_wish_said_twice_is_listed_once() -> None:
    twice = factories.session(
        "s1",
        "Jordan Lee",
        notes=[
            factories.note("One intake form for every brief", "sop", 10.0),
            factories.note("one intake form  for every brief", "sop", 20.0),
            factories.note("A shared calendar", "sop", 30.0),
        ],
    )
    c = Corpus([digest(twice, 0)], BUILTIN_TAGS)
    text = write_report(c, boards(), Filters(), Naming(None))
    wishes = text.split("## Magic-wand wishes\n", 1)[1].split("\n\n", 1)[0].strip()
    assert wishes.splitlines() == [
        "- One intake form for every brief (*Jordan Lee, Campaign Lead, round 1*)",
        "- A shared calendar (*Jordan Lee, Campaign Lead, round 1*)",
    ]


def test_a_theme_named_after_someone_is_renamed_wherever_the_report_names_it() -> None:
    c, all_boards = corpus(), boards()
    queue = all_boards["Acme"].create("Jordan's queue")
    [legal] = [n for s in c.sessions if s.id == "a1" for n in s.notes if n["text"].startswith("L")]
    lag = all_boards["Acme"].tag_themes["approval_lag"]
    all_boards["Acme"].move(f"a1/{legal['id']}", ["approval_lag"], lag, queue.id)
    text = write_report(c, all_boards, Filters(), Naming(Pseudonyms(c.sessions)))
    # Jordan's one note, of the three people of Acme's round 1 and none of round 2.
    assert [line for line in text.splitlines() if "queue" in line] == [
        "### P01's queue",
        "| 9 | P01's queue | theme | 1 | 1 | 1 |",
        "| Theme: P01's queue | 33% · 0.3 | 0% · 0.0 | ▼ 33 pts · ▼ 0.3 notes |",
    ]
