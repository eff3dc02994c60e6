"""`wfinterview report` read as the client reads it, in Markdown and in HTML, and the exit
status a consultant's script relies on."""

from __future__ import annotations

import re
import shutil
from datetime import date
from xml.etree.ElementTree import Element

import html5lib
import pytest

from tests import factories
from tests.cli.helpers import run_main, run_program
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.plan.actions import new_action
from wfinterview.core.plan.edits import (
    AddAction,
    AddRaciActivity,
    AddRaciMatrix,
    AddRaciParty,
    AddStage,
)
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore

ENGAGEMENTS = ("Acme Retail", "Northwind Health")
XHTML = "{http://www.w3.org/1999/xhtml}"
# "> words (*who, role*)": a quote of the theme's evidence in a client's report.
EVIDENCE = re.compile(r"^> (?P<text>.*) \(\*(?P<who>[^,]+), (?P<role>[^*·]+)\*\)$")


def demo_with_plans(paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    """The demo interviews, and in each engagement an action and a flawed RACI matrix
    with the same name ("campaign launch")."""
    assert run_main(capsys, "demo", "--sessions", "16", "--notes-per-session", "30").code == 0
    shutil.rmtree(paths.engagements_dir)  # these tests' own plans, not the demo's
    store = EngagementStore(paths.engagements_dir, BUILTIN_TAGS, paths.writer)
    for engagement in ENGAGEMENTS:
        action = new_action([], f"One intake form for {engagement}", "sop_update")
        action.owner, action.due = "Dana Ops", date(2027, 1, 15)
        for edit in (
            AddAction(action=action),
            AddRaciMatrix(name="campaign launch"),
            AddRaciActivity(matrix="campaign launch", activity="Brief sign-off"),
            AddRaciActivity(matrix="campaign launch", activity="Asset QA"),
            AddRaciParty(matrix="campaign launch", party="Brand"),
            AddStage(name="legal", target_days=2),
        ):
            store.apply(engagement, edit)


def sections(markdown: str, level: str) -> dict[str, list[str]]:
    """Heading -> its lines, for headings of exactly this level ("##" or "###")."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in markdown.splitlines():
        if line.startswith("#") and line.split(" ")[0] == level:
            current = found.setdefault(line[len(level) + 1 :], [])
        elif line.startswith("#") and len(line.split(" ")[0]) <= len(level):
            current = None
        elif current is not None:
            current.append(line)
    return found


def test_the_client_report_quotes_broadly_and_keeps_the_consultants_notes_out(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_with_plans(isolated_dirs, capsys)
    result = run_main(capsys, "report", "--engagement", "Acme Retail")
    assert result.code == 0, result.err
    assert result.out.startswith("# Workflow interviews: Acme Retail\n")
    assert "Northwind" not in result.out  # no other client's words, names or plans
    themes_part = result.out.split("\n## Themes\n")[1].split("\n## ")[0]
    themes = sections("### x\n" + themes_part, "###")
    themes.pop("x")
    assert len(themes) == 4
    for name, lines in themes.items():
        quotes = [m for line in lines if (m := EVIDENCE.match(line))]
        assert len(quotes) == 3, name
        texts = [q["text"].casefold() for q in quotes]
        assert len(set(texts)) == len(texts), f"{name} repeats a quote: {texts}"
        people = [q["who"] for q in quotes]
        assert len(set(people)) == len(people), f"{name}: one person quoted twice: {people}"
        assert len({q["role"] for q in quotes}) == 3, f"{name}: evidence from too few roles"

    headings = list(sections(result.out, "##"))
    assert headings[0] == "Executive summary" and not [h for h in headings if "follow-up" in h]
    summary = "\n".join(sections(result.out, "##")["Executive summary"])
    assert re.search(r"^1\. \*\*.+\*\*: \d+ of 4 people", summary, re.MULTILINE)
    assert summary.endswith(
        "- **One intake form for Acme Retail** (Acme Retail): owner Dana Ops, due 2027-01-15, "
        "proposed\n"
    )

    raci = [h for h in headings if h.startswith("RACI")]
    assert raci == ["RACI: campaign launch (Acme Retail)"]
    warnings = [line for line in result.out.splitlines() if "⚠️" in line]
    assert len(warnings) == 4 and all(line.startswith("- ⚠️ ") for line in warnings)

    internal = run_main(capsys, "report", "--internal", "--engagement", "Acme Retail")
    assert "## Open follow-ups (internal)" in internal.out
    follow_ups = sections(internal.out, "##")["Open follow-ups (internal)"]
    assert [line for line in follow_ups if line.startswith("- ")]


def test_a_report_is_for_one_client_unless_every_engagement_is_asked_for(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_with_plans(isolated_dirs, capsys)
    out = isolated_dirs.data_dir.parent / "report.html"
    for command in (["report"], ["report", "--format", "html", "--out", str(out)]):
        refused = run_program(*command)
        assert (refused.code, refused.out) == (2, "")
        assert refused.err == (
            "wfinterview: these sessions cover 2 engagements ('Acme Retail', 'Northwind Health') "
            "and a report is for one client: give --engagement NAME, or --all-engagements for "
            "your own report with each engagement on its own\n"
        )
    assert not out.exists()  # nothing written

    each = {e: run_main(capsys, "report", "--engagement", e).out for e in ENGAGEMENTS}
    both = run_main(capsys, "report", "--all-engagements")
    assert both.code == 0, both.err
    assert both.out == (
        "# Workflow interviews: 2 engagements, each on its own\n\n"
        "_For your own use, not for a client: each engagement's report in turn, nothing summed "
        "or quoted across them._\n\n"
        "- Acme Retail\n- Northwind Health\n\n---\n\n"
        + each["Acme Retail"]
        + "\n---\n\n"
        + each["Northwind Health"]
    )

    pages = {
        e: run_main(capsys, "report", "--format", "html", "--engagement", e).out
        for e in ENGAGEMENTS
    }
    page = run_main(capsys, "report", "--format", "html", "--all-engagements").out
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(page)
    articles = [a for a in elements(tree, "article") if a.get("class") == "engagement"]
    assert [a.get("aria-label") for a in articles] == list(ENGAGEMENTS)
    for engagement in ENGAGEMENTS:
        body = pages[engagement].split("<body>", 1)[1].rsplit("</body>", 1)[0]
        assert f'<article class="engagement" aria-label="{engagement}">{body}</article>' in page
    title = "Workflow interviews: 2 engagements, each on its own"
    assert f"<title>{title}</title>" in page and f"<h1>{title}</h1>" in page


def test_with_one_engagement_in_the_data_no_flag_is_needed(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    store = SessionStore(isolated_dirs.sessions_dir)
    note = factories.note("Legal takes a week", "approvals", 10, ["approval_lag"], quote=True)
    store.save(factories.session("s1", "Jordan Lee", notes=[note], engagement="Acme"))
    result = run_program("report")
    assert (result.code, result.err) == (0, "")
    assert result.out == run_program("report", "--engagement", "Acme").out
    assert result.out.startswith("# Workflow interviews: Acme\n")
    assert run_program("report", "--all-engagements").out == result.out


def html_tree(text: str) -> Element:
    return html5lib.parse(text, namespaceHTMLElements=True)


def elements(tree: Element, tag: str) -> list[Element]:
    return list(tree.iter(f"{XHTML}{tag}")) + list(
        tree.iter(f"{{http://www.w3.org/2000/svg}}{tag}")
    )


def test_the_html_report_is_one_self_contained_page_with_a_picture_per_chart(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    demo_with_plans(isolated_dirs, capsys)
    result = run_main(capsys, "report", "--format", "html", "--engagement", "Acme Retail")
    assert result.code == 0, result.err
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    tree = parser.parse(result.out)  # strict: a parse error fails the test
    charts = [f for f in elements(tree, "figure") if "chart" in f.get("class", "").split()]
    assert len(charts) == 3  # the heat map, the themes' bars, the approval stages
    for chart in charts:
        assert len(elements(chart, "svg")) == 1
    assert len(elements(tree, "svg")) == len(charts)
    heat, bars, stages = charts
    assert len(elements(heat, "rect")) == 5 * 4  # a cell per tag and role
    assert len(elements(bars, "rect")) == 4  # a bar per theme
    assert "legal" in "".join(stages.itertext())
    assert not elements(tree, "script") and not elements(tree, "link")
    assert not elements(tree, "img") and not elements(tree, "iframe")
    assert not re.search(r"(?i)(https?:|//[a-z]|url\()", result.out)
    headings = ["".join(h.itertext()) for h in elements(tree, "h3")]
    assert "RACI: campaign launch (Acme Retail)" in headings
    assert not [h for h in elements(tree, "h2") if "follow-up" in "".join(h.itertext())]
    quotes = elements(tree, "blockquote")
    assert len(quotes) == 4 * 3
    assert "<!DOCTYPE html>" in result.out and "@media print" in result.out


HOSTILE = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "{{ 7*7 }}"]


def test_hostile_notes_and_names_come_out_of_the_html_as_text(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    store = SessionStore(isolated_dirs.sessions_dir)
    for number, text in enumerate(HOSTILE):
        notes = [
            factories.note(text, "tools", 10, ["tool_friction"], quote=True),
            factories.note(f"Magic wand: {text}", "sop", 20),
            factories.note(f"Check {text}", "tools", 30, follow_up=True),
        ]
        store.save(factories.session(f"s{number}", f"{text} {number}", "ops", notes))
    plans = EngagementStore(isolated_dirs.engagements_dir, BUILTIN_TAGS, isolated_dirs.writer)
    action = new_action([], HOSTILE[0], "other")
    action.owner = HOSTILE[1]
    for edit in (
        AddAction(action=action),
        AddRaciMatrix(name=HOSTILE[2]),
        AddRaciActivity(matrix=HOSTILE[2], activity=HOSTILE[1]),
        AddRaciParty(matrix=HOSTILE[2], party=HOSTILE[0]),
        AddStage(name=HOSTILE[1], target_days=2),
    ):
        plans.apply("Acme", edit)

    result = run_main(capsys, "report", "--format", "html", "--internal")
    assert result.code == 0, result.err
    tree = html5lib.HTMLParser(strict=True).parse(result.out)
    assert not elements(tree, "script") and not elements(tree, "img")
    assert "onerror" not in [a for e in tree.iter() for a in e.attrib]
    text = "".join(tree.itertext())
    for hostile in HOSTILE:
        assert hostile in text  # shown, as the characters typed
    assert "49" not in text
    assert "&lt;script&gt;" in result.out


def test_a_damaged_engagement_file_is_said_once_and_the_status_is_1(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_with_plans(isolated_dirs, capsys)
    store = EngagementStore(isolated_dirs.engagements_dir, BUILTIN_TAGS, isolated_dirs.writer)
    damaged = store.legacy_path("Acme Retail")  # a file from before team sync
    damaged.write_text("{ not json", encoding="utf-8")
    every = "--all-engagements"
    for command in (
        ["report", every],
        ["report", "--format", "html", every],
        ["export", "--format", "csv"],
    ):
        result = run_main(capsys, *command)
        assert result.code == 1, command
        assert result.out  # the output is still written
        assert result.err.count(str(damaged)) == 1, result.err
        assert len(result.err.strip().splitlines()) == 1
    report = run_main(capsys, "report", "--all-engagements").out
    assert "RACI: campaign launch (Northwind Health)" in report
    assert "(Acme Retail)" not in report  # its plan could not be read: left out, and said
    assert damaged.read_text(encoding="utf-8") == "{ not json"  # never overwritten


def test_a_mistyped_engagement_or_matrix_is_exit_2_naming_the_close_one(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_with_plans(isolated_dirs, capsys)
    for command in (
        ["report", "--engagement", "Acme Retal"],
        ["export", "--format", "csv", "--engagement", "acme retail"],
        ["raci", "--engagement", "Acme Retal", "--name", "campaign launch"],
        ["validation", "--engagement", "Acme Retal", "--participant", "Ana García"],
    ):
        result = run_main(capsys, *command)
        assert result.code == 2, command
        assert result.err.count("\n") == 1 and "Traceback" not in result.err
        assert "did you mean 'Acme Retail'?" in result.err, result.err
    result = run_main(capsys, "raci", "--engagement", "Acme Retail", "--name", "campaing launch")
    assert result.code == 2 and result.err == (
        "wfinterview: no RACI matrix 'campaing launch' in 'Acme Retail'; did you mean "
        "'campaign launch'? (matrices: 'campaign launch')\n"
    )
    assert (
        run_main(capsys, "raci", "--engagement", "Acme Retail", "--name", "Campaign Launch").code
        == 0
    )


def test_the_validation_text_is_signed_by_the_facilitator_of_the_sessions(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_with_plans(isolated_dirs, capsys)
    sessions = SessionStore(isolated_dirs.sessions_dir).load_all().sessions
    who = next(s for s in sessions if s.engagement == "Acme Retail")
    result = run_main(
        capsys, "validation", "--engagement", "Acme Retail", "--participant", who.participant.name
    )
    assert result.code == 0, result.err
    assert result.out.endswith(f"Thanks,\n{who.facilitator}\n") and who.facilitator

    isolated_dirs.config_dir.mkdir(parents=True, exist_ok=True)
    isolated_dirs.config_file.write_text('facilitator = "Robin Vega"\n', encoding="utf-8")
    result = run_main(
        capsys, "validation", "--engagement", "Acme Retail", "--participant", who.participant.name
    )
    assert result.out.endswith("Thanks,\nRobin Vega\n")
