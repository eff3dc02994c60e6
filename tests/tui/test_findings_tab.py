"""Findings beyond tags on the synthesis screen: the Findings tab on demo data, with its
plan between the rounds, and pseudonyms holding there too."""

from __future__ import annotations

import pytest
from textual.widgets import TabbedContent

from tests.cli.helpers import demo_data
from tests.tui.helpers import screen_text, until
from tests.tui.test_synthesis_screen import open_synthesis
from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.synthesis_tabs.findings_tab import FindingsTab


@pytest.mark.heavy
async def test_the_findings_tab_shows_tools_handoffs_contrasts_and_outcomes(
    isolated_dirs: Paths,
) -> None:
    demo_data("--sessions", "16", "--notes-per-session", "30")
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(140, 60)) as pilot:
        screen = await open_synthesis(pilot)
        tabs = screen.query_one("#tabs", TabbedContent)
        await pilot.press(*["ctrl+pagedown"] * 5)
        assert tabs.active == "tab-findings"
        findings = screen.query_one(FindingsTab)
        await until(pilot, lambda: findings._shown is not None, "showed the findings")
        text = screen_text(app)
        for heading in ("Tools people named", "Handoffs, most stuck first", "Where roles disagree"):
            assert heading in text
        assert "Did the changes work?" in text and "Approval SLA" in text
        # Two clients' plans in one table: each row says whose it is.
        assert "Approval SLA: 48 hours, with a fallback approver · Acme Retail" in text
        assert "Approval SLA: 48 hours, with a fallback approver · Northwind Health" in text
        assert "Salesforce" in text and "Sprinklr" in text  # known tool, and a candidate
        quoted = findings._shown[0].contrasts[0].stuck_note.session.participant.name
        assert quoted in text

        await pilot.press("f8")  # pseudonyms: the quotes' names go too
        await pilot.pause()
        assert quoted not in screen_text(app)


async def test_pgdn_pages_the_findings_as_soon_as_shown_and_sections_are_a_key_apart(
    isolated_dirs: Paths,
) -> None:
    """Whatever has the focus (here: the search box above the tabs), PgDn scrolls the
    Findings tab, down to its last section; ctrl+↓ / ctrl+↑ jump from section to section."""
    from textual.widgets import Input

    demo_data("--sessions", "16", "--notes-per-session", "30")
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_synthesis(pilot)
        screen.query_one("#tabs", TabbedContent).active = "tab-findings"
        findings = screen.query_one(FindingsTab)
        await until(pilot, lambda: findings._shown is not None, "showed the findings")
        screen.query_one("#text", Input).focus()
        await pilot.pause()
        assert findings.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert findings.scroll_y > 0
        pages = [screen_text(app)]
        for _ in range(60):
            if findings.scroll_y >= findings.max_scroll_y:
                break
            await pilot.press("pagedown")
            await pilot.pause()
            pages.append(screen_text(app))
        assert findings.max_scroll_y > 0 and findings.scroll_y == findings.max_scroll_y
        # The last section was paged through, down to the last of its rows.
        assert any("Did the changes work?" in page for page in pages[-3:])
        assert pages[-1].split(" ctrl+↓ Next section")[0].rstrip().endswith("Northwind Health")

        findings.scroll_to(y=0, animate=False)
        await pilot.pause()
        tops = [findings.query_one(f"#{s}").virtual_region.y for s in ("handoffs", "contrasts")]
        await pilot.press("ctrl+down")
        await pilot.pause()
        assert round(findings.scroll_y) == tops[0]
        assert screen_text(app).splitlines()[7] == "Handoffs, most stuck first"
        await pilot.press("ctrl+down")
        await pilot.pause()
        assert round(findings.scroll_y) == min(tops[1], findings.max_scroll_y)
        await pilot.press("ctrl+up")
        await pilot.pause()
        assert round(findings.scroll_y) == tops[0]
