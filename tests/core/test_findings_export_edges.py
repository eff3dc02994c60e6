"""Findings in the exports at their edges, on the sessions of test_findings_exports.py and
two more in round 2: Ana names a tool of the user's whose name holds a comma, with four
workarounds and a tag no longer in the list; Bo raises nothing. The theme the action came
from was renamed after Jordan."""

from __future__ import annotations

from datetime import timedelta

from tests import factories
from tests.core.test_findings_exports import ROUND_2, TAGS, n, plan, sessions
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.outputs.findings_export import findings_json, findings_tables, miro_columns
from wfinterview.core.outputs.findings_report import findings_markdown, tool_rows
from wfinterview.core.outputs.html_report import write_html_report
from wfinterview.core.plan.outcomes import Outcome, plans_outcomes
from wfinterview.core.synthesis.anonymize import Naming, Pseudonyms
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.findings import Findings, corpus_findings
from wfinterview.core.synthesis.themes import ThemeBoard
from wfinterview.core.synthesis.vocabulary import Vocabulary

CRM = "Acme, Inc CRM"


def round_two() -> tuple[Corpus, Findings, list[Outcome]]:
    ana = factories.session(
        "s5-ana",
        "Ana Ruiz",
        "campaign",
        [
            n(
                "The Acme CRM: spreadsheet, copy-paste, a csv, screenshots",
                "tools",
                ["approval_lag", "own_tag"],
            )
        ],
    )
    bo = factories.session("s6-bo", "Bo Chen", "campaign", [n("Fine", "role")])
    late = [
        ana.model_copy(update={"round": 2, "started_at": ROUND_2 + timedelta(days=1)}),
        bo.model_copy(update={"round": 2, "started_at": ROUND_2 + timedelta(days=2)}),
    ]
    digests = [SessionDigest.model_validate_json(s.model_dump_json()) for s in sessions() + late]
    corpus = Corpus(digests, BUILTIN_TAGS)
    renamed = plan().model_copy(deep=True)
    theme_id = renamed.actions[0].theme_id
    assert theme_id is not None
    renamed.themes.rename(theme_id, "Jordan's approvals")
    found = corpus_findings(corpus, Filters(), Vocabulary().with_tools({CRM: ["acme crm"]}))
    return corpus, found, plans_outcomes(corpus, [renamed])


def test_airtable_tools_keep_unknown_tags_and_lose_the_comma_and_shares_keep_a_decimal() -> None:
    corpus, found, outcomes = round_two()
    keys = {f"{s.id}/{note['id']}": "k" for s in corpus.sessions for note in s.notes}
    tables = findings_tables(found, outcomes, BUILTIN_TAGS, Naming(None), keys, lambda o: "t")
    assert tables["tools"][1][1] == (
        "Acme  Inc CRM",  # a comma would split the link cell
        1,
        1,
        1,
        "Approval Lag 1, own_tag 1",
        "spreadsheet 1, copy-paste 1, export 1, screenshots 1",
    )
    action = plan().actions[0].id
    # Round 1: Jordan and Priya of three; round 2: Ana of Omar, Ana and Bo.
    assert tables["outcomes"][1] == [
        (f"{action}/round-2", action, "Acme", "t", 1, 2, 3, 2, 1, 3, 66.7, 33.3)
    ]


def test_a_miro_sticky_counts_one_person_and_three_workarounds_at_most() -> None:
    _, found, _ = round_two()
    assert miro_columns(found, TAGS)["Tools named"][1] == (
        f"{CRM}: 1 person, 1 role · 🔄 1 · instead: spreadsheet 1, copy-paste 1, export 1"
    )


def test_the_json_outcome_hides_the_name_in_its_theme() -> None:
    corpus, found, outcomes = round_two()
    [outcome] = findings_json(found, outcomes, Naming(Pseudonyms(corpus.sessions)))["outcomes"]
    assert (outcome["title"], outcome["theme"]) == ("Legal SLA agreed with P01", "P01's approvals")
    assert (outcome["after"], outcome["change_points"]) == (
        {"round": 2, "people": 1, "interviewed": 3},
        -33.3,
    )


def test_a_search_reads_the_notes_it_finds_with_the_users_tools_list() -> None:
    corpus, _, _ = round_two()
    vocabulary = Vocabulary().with_tools({CRM: ["acme crm"]})
    found = corpus_findings(corpus, Filters(text="crm"), vocabulary)
    assert [(u.tool, u.count.notes, u.count.participants) for u in found.tools.tools] == [
        (CRM, 1, 1)
    ]


def test_hidden_names_leave_a_candidate_that_names_no_one() -> None:
    corpus, found, outcomes = round_two()
    data = findings_json(found, outcomes, Naming(Pseudonyms(corpus.sessions)))
    assert data["candidates"] == [{"word": "Sprinklr", "people": 1, "notes": 2}]


def test_a_custom_step_and_a_tag_no_longer_listed_keep_their_own_words_everywhere() -> None:
    leads = [
        factories.session(f"s{i}", name, "campaign", [n("stuck at launch", "launch", ["own_tag"])])
        for i, name in ((1, "Ana Ruiz"), (2, "Jo Park"))
    ]
    cmos = [
        factories.session(f"s{i}", name, "strategy", [n("launch is easy", "launch")])
        for i, name in ((3, "Rosa Diaz"), (4, "Sam Wu"))
    ]
    digests = [SessionDigest.model_validate_json(s.model_dump_json()) for s in leads + cmos]
    corpus = Corpus(digests, BUILTIN_TAGS)
    found = corpus_findings(corpus, Filters(), Vocabulary())
    keys = {f"{s.id}/{note['id']}": s.id for s in corpus.sessions for note in s.notes}
    tables = findings_tables(found, [], BUILTIN_TAGS, Naming(None), keys, lambda o: "t")
    assert tables["contrasts"][1] == [
        ("c1", "Acme", "launch", "own_tag", "Campaign Lead", 2, 2, "Strategic Lead / CMO", 2)
        + ("s1", "s3")
    ]
    text = findings_markdown(found, [], TAGS, Naming(None))
    assert (
        "- **launch · own_tag**, Acme: Campaign Lead stuck (2 of 2), "
        "Strategic Lead / CMO smooth (2 people)"
    ) in text.splitlines()
    boards = {"Acme": ThemeBoard.starting(BUILTIN_TAGS)}
    page = write_html_report(corpus, boards, Filters(), Naming(None))
    assert "<h3>launch · own_tag, Acme</h3>" in page


def test_the_reports_tool_row_names_three_workarounds_at_most() -> None:
    _, found, _ = round_two()
    crm = next(row for row in tool_rows(found, TAGS) if row.tool == CRM)
    assert crm.workarounds == "spreadsheet 1, copy-paste 1, export 1"


def test_the_markdown_outcome_hides_the_name_in_its_theme() -> None:
    corpus, found, outcomes = round_two()
    text = findings_markdown(found, outcomes, TAGS, Naming(Pseudonyms(corpus.sessions)))
    assert (
        "| Legal SLA agreed with P01 | Acme | P01's approvals | round 1: 2 of 3 "
        "| round 2: 1 of 3 | -33 pts |"
    ) in text.splitlines()
