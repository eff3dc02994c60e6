"""Which tools people name, and which unknown product-like words are worth a look: the
exact lists and their order, on sessions whose answers are worked out by hand."""

from __future__ import annotations

from tests import factories
from tests.core.test_findings import n, refs
from wfinterview.core.outputs.findings_report import findings_markdown
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.findings import findings


def test_tools_rank_by_people_then_roles_then_notes_with_three_examples() -> None:
    jordan = factories.session(
        "s1",
        "Jordan",
        "campaign",
        [n("we track it in Jira"), n("leads live in Salesforce")]
        + [n(f"tasks in Asana, part {i}") for i in range(4)]
        + [n("one board in Trello")],
    )
    omar = factories.session("s2", "Omar", "ops", [n("bugs go to Jira")])
    priya = factories.session("s3", "Priya", "campaign", [n("Salesforce reports")])
    tools = findings(refs(jordan, omar, priya)).tools.tools
    assert [(t.tool, t.count.participants, len(t.count.roles), t.count.notes) for t in tools] == [
        ("Jira", 2, 2, 2),
        ("Salesforce", 2, 1, 2),
        ("Asana", 1, 1, 4),
        ("Trello", 1, 1, 1),
    ]
    asana = tools[2]
    assert [ref.note["text"] for ref in asana.examples] == [
        "tasks in Asana, part 0",
        "tasks in Asana, part 1",
        "tasks in Asana, part 2",
    ]


def test_unknown_product_words_seen_twice_are_candidates() -> None:
    jordan = factories.session(
        "s1",
        "Jordan",
        "campaign",
        [
            n("we use Trellox daily"),
            n("again Trellox broke"),
            n("we tried Qx and Zapo once"),  # a two-letter word is skipped, not the note
            n("our ABC uses Zapo twice"),  # so is a short acronym
            n("also Bexo here"),
            n("also Bexo there"),
            n("use A1B now"),
            n("use A1B then"),
            n("the ABCD board"),
            n("the ABCD list"),
            n("some Qorb"),
            n("then Priya called"),
            n("then Priya left"),
            n("one Lonely mention"),
        ],
    )
    omar = factories.session("s2", "Omar", "ops", [n("we love Trellox"), n("more Qorb")])
    priya = factories.session("s3", "Priya", "campaign", [n("nothing here")])
    found = findings(refs(jordan, omar, priya)).tools.candidates
    assert [(c.word, c.notes, c.people) for c in found] == [
        ("Trellox", 3, 2),
        ("Qorb", 2, 2),
        ("A1B", 2, 1),
        ("ABCD", 2, 1),
        ("Bexo", 2, 1),
        ("Zapo", 2, 1),
    ]


def test_a_tools_tags_workarounds_and_examples_add_up_across_people() -> None:
    friction, gaps = "tool_friction", "integration_gaps"
    jordan = factories.session(
        "s1",
        "Jordan",
        "campaign",
        [
            n("Salesforce is slow, so we keep a spreadsheet", tags=[friction]),
            n("Salesforce again", tags=[friction, gaps]),
        ],
    )
    omar = factories.session(
        "s2",
        "Omar",
        "ops",
        [
            n("Salesforce times out", tags=[friction]),
            n("Salesforce numbers go in a spreadsheet"),
            n("Salesforce, a third time"),
        ],
    )
    (salesforce,) = findings(refs(jordan, omar)).tools.tools
    assert salesforce.tags == {friction: 3, gaps: 1}
    assert salesforce.workarounds == {"spreadsheet": 2}
    assert [ref.note["text"] for ref in salesforce.examples] == [
        "Salesforce is slow, so we keep a spreadsheet",
        "Salesforce again",
        "Salesforce times out",
    ]


def test_the_internal_report_names_each_candidate_with_its_people() -> None:
    jordan = factories.session(
        "s1", "Jordan", "campaign", [n("we use Trellox"), n("then Trellox, Bexo")]
    )
    omar = factories.session("s2", "Omar", "ops", [n("we love Trellox"), n("and Bexo again")])
    ana = factories.session("s3", "Ana", "ops", [n("a Qorb, a Qorb")])  # one note: not yet
    text = findings_markdown(findings(refs(jordan, omar, ana)), [], {}, Naming(None), True)
    assert (
        "_Named but not in the tools list (add them under `[tools]`): "
        "Trellox (2 people), Bexo (2 people)._"
    ) in text.splitlines()


def test_the_internal_report_names_ten_candidates_at_most() -> None:
    words = [f"Zorb{chr(ord('a') + i)}" for i in range(11)]
    jordan = factories.session(
        "s1", "Jordan", "campaign", [n(f"we use {w}") for w in words for _ in (1, 2)]
    )
    text = findings_markdown(findings(refs(jordan)), [], {}, Naming(None), True)
    [line] = [line for line in text.splitlines() if line.startswith("_Named but not")]
    assert line.count("(1 person)") == 10 and "Zorbk" not in line
