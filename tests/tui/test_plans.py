"""From insights to change on demo data: actions from themes, a RACI, an approval target,
the validation text, and the report that carries them."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, OptionList, Select, TabbedContent

from tests.cli.helpers import run_main
from tests.tui.helpers import home_ready, screen_text, type_text, until, workers_done
from tests.tui.test_synthesis_screen import demo_data, open_synthesis
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.storage.paths import Paths
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.action_form import ActionForm
from wfinterview.tui.screens.actions import ActionsScreen
from wfinterview.tui.screens.approvals import ApprovalsScreen
from wfinterview.tui.screens.prompts import ChoicePrompt, TextPrompt
from wfinterview.tui.screens.raci import RaciScreen
from wfinterview.tui.screens.text_preview import TextPreviewScreen

ENGAGEMENT = "Acme Retail"


def plan(paths: Paths):  # type: ignore[no-untyped-def]
    return EngagementStore(paths.engagements_dir, BUILTIN_TAGS, paths.writer).load(ENGAGEMENT)


async def answer(pilot: Pilot[None], text: str, keep: bool = False) -> None:
    assert isinstance(pilot.app.screen, TextPrompt), pilot.app.screen
    if not keep:
        await pilot.press("ctrl+a", "ctrl+k")
    await type_text(pilot, text)
    await pilot.press("enter")
    await pilot.pause()


async def pick(pilot: Pilot[None], choice_id: str) -> None:
    assert isinstance(pilot.app.screen, ChoicePrompt), pilot.app.screen
    ids = [o.id for o in pilot.app.screen.query_one(OptionList).options]
    await pilot.press(*["down"] * ids.index(choice_id), "enter")
    await pilot.pause()


@pytest.mark.heavy
async def test_a_consultant_turns_themes_into_a_validated_plan(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_data(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_synthesis(pilot)
        screen.query_one("#engagement", Select).value = ENGAGEMENT
        screen.query_one("#tabs", TabbedContent).active = "tab-themes"
        await pilot.pause()
        themes = screen.query_one("#themes", OptionList)
        themes.focus()
        for theme_id, title in [
            ("approval-issues", "Legal SLA of 48 hours"),
            ("cross-team-misalignment", "RACI for campaign launch"),
            ("tool-related-blockers", "Retire the shared drive"),
        ]:
            themes.highlighted = [o.id for o in themes.options].index(theme_id)
            await pilot.press("f6")
            await answer(pilot, title)
        actions = plan(isolated_dirs).actions
        assert [(a.title, a.kind, a.theme_id) for a in actions] == [
            ("Legal SLA of 48 hours", "approval_timeline", "approval-issues"),
            ("RACI for campaign launch", "raci", "cross-team-misalignment"),
            ("Retire the shared drive", "tool_improvement", "tool-related-blockers"),
        ]
        assert all(0 < len(a.evidence) <= 20 for a in actions)

        await pilot.press("f7")
        await workers_done(pilot)  # the actions screen reads the sessions (people, 👻 notes)
        assert isinstance(app.screen, ActionsScreen)
        actions_screen = app.screen
        assert "Legal SLA of 48 hours" in screen_text(app)

        # Edit the first: owner, due date, a validator; then F2 moves it to validated.
        table = actions_screen.query_one("#actions", DataTable)
        table.focus()
        await pilot.press("enter")
        assert isinstance(app.screen, ActionForm)
        form = app.screen
        form.query_one("#owner").value = "Dana (Legal)"  # type: ignore[attr-defined]
        form.query_one("#due").value = "2026-12-15"  # type: ignore[attr-defined]
        validator = next(iter(form.query_one("#validated")._options)).value  # type: ignore[attr-defined]
        form.query_one("#validated").select(validator)  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()
        first = plan(isolated_dirs).actions[0]
        assert (first.owner, str(first.due), first.validated_by, first.status) == (
            "Dana (Legal)",
            "2026-12-15",
            [validator],
            "validated",
        )
        await pilot.press("down", "f2")  # the second has no validator yet: refused
        await pilot.pause()
        assert plan(isolated_dirs).actions[1].status == "proposed"
        assert any("who validated" in str(n.message) for n in app._notifications)

        # RACI for campaign launch: flagged, then accepted.
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, RaciScreen)
        await pilot.press("ctrl+n")
        await answer(pilot, "campaign launch")
        await pilot.press("f5")
        assert isinstance(app.screen, ChoicePrompt)
        assert any(
            str(o.prompt).startswith("👻 ") for o in app.screen.query_one(OptionList).options
        )  # offered from ghost notes
        await pick(pilot, "__type__")
        await answer(pilot, "Approve the brief")
        await pilot.press("f6")
        await answer(pilot, "Campaign lead")
        await pilot.press("f6")
        await answer(pilot, "Brand")
        raci_table = app.screen.query_one("#raci", DataTable)
        raci_table.focus()
        raci_table.cursor_coordinate = raci_table.cursor_coordinate._replace(row=0, column=1)
        await pilot.press("f2", "right", "f2")  # two Accountable
        await pilot.pause()
        assert "2 Accountable (Campaign lead, Brand)" in screen_text(app)
        await pilot.press("f1")  # Brand becomes Responsible
        await pilot.pause()
        assert "✓ Every activity has exactly one Accountable" in screen_text(app)
        await pilot.press("f6")
        await answer(pilot, "Brnad")  # a typo, taken out again with ctrl+x (F9 is help)
        await pilot.press("ctrl+x")
        await pick(pilot, "p:Brnad")
        await pilot.press("f7")
        assert app.clipboard.splitlines()[0] == "| activity | Campaign lead | Brand |"
        assert app.clipboard.splitlines()[2] == "| Approve the brief | A | R |"
        await pilot.press("escape")
        await pilot.pause()

        # An approval target for legal, beside what people said.
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, ApprovalsScreen)
        await pilot.press("ctrl+n")
        await answer(pilot, "legal")
        await answer(pilot, "2")
        assert "legal" in screen_text(app) and "2 days" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()

        # The validation text for the person who validated.
        await pilot.press("f5")
        await pick(pilot, validator)
        assert isinstance(app.screen, TextPreviewScreen)
        assert "Legal SLA of 48 hours" in app.screen.text
        validation_on_screen = app.screen.text

    saved = plan(isolated_dirs)
    [matrix] = saved.raci
    assert (matrix.name, matrix.cells) == (
        "campaign launch",
        {"Approve the brief": {"Campaign lead": "A", "Brand": "R"}},
    )
    assert [(s.name, s.target_days) for s in saved.approval_stages] == [("legal", 2.0)]

    printed = run_main(capsys, "validation", "--engagement", ENGAGEMENT, "--participant", validator)
    assert printed.code == 0 and printed.out == validation_on_screen
    report = run_main(capsys, "report", "--engagement", ENGAGEMENT).out
    assert (
        "## Actions: Acme Retail" in report
        and "| validated | Approval timeline | Legal SLA of 48 hours | Dana (Legal) |" in report
    )
    assert "## RACI: campaign launch" in report and "| Approve the brief | A | R |" in report
    assert "## Approval timelines: Acme Retail" in report and "| legal | 2 days |" in report
    markdown = run_main(capsys, "export", "--format", "md", "--engagement", ENGAGEMENT).out
    assert "# Actions: Acme Retail" in markdown and "# RACI: campaign launch" in markdown
    raci_csv = run_main(
        capsys, "raci", "--engagement", ENGAGEMENT, "--name", "Campaign Launch", "--format", "csv"
    )
    assert raci_csv.out.splitlines() == ["activity,Campaign lead,Brand", "Approve the brief,A,R"]


async def test_a_note_in_the_review_becomes_an_action_and_home_opens_the_actions(
    isolated_dirs: Paths,
) -> None:
    from tests import factories
    from wfinterview.core.storage.store import SessionStore

    note = factories.note(
        "Nobody owns the launch checklist", "walkthrough", 200, ["ghost_ownership"]
    )
    SessionStore(isolated_dirs.sessions_dir).save(
        factories.session(notes=[note], ended=True, engagement=ENGAGEMENT)
    )
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(120, 36)) as pilot:
        await home_ready(pilot)
        await pilot.press("enter")  # the review
        await pilot.pause()
        await pilot.press("f8")  # on the first note, highlighted when the review opens
        await answer(pilot, "Name an owner for the launch checklist")
        [action] = plan(isolated_dirs).actions
        assert (action.kind, action.evidence) == ("raci", [f"20261120-1000-jordan-ab12/{note.id}"])
        await pilot.press("escape")
        await home_ready(pilot)
        await pilot.press("f6")  # home: the highlighted session's engagement
        await workers_done(pilot)  # the evidence shows once the sessions are read, in a worker
        assert isinstance(app.screen, ActionsScreen)
        screen = app.screen
        assert "Nobody owns the launch checklist" in screen_text(
            app
        )  # its evidence, as the note reads now
        screen.query_one("#status-filter", Select).value = "done"
        await pilot.pause()
        assert screen.query_one("#actions", DataTable).row_count == 0
        screen.query_one("#status-filter", Select).value = "proposed"
        await pilot.pause()
        assert screen.query_one("#actions", DataTable).row_count == 1


async def test_a_wide_raci_keeps_its_activities_and_pages_sideways_by_half_a_view(
    isolated_dirs: Paths,
) -> None:
    from wfinterview.core.plan.edits import AddRaciActivity, AddRaciMatrix, AddRaciParty
    from wfinterview.tui.navigation import OpenRaci
    from wfinterview.tui.widgets.editable_table import FittedTable

    store = EngagementStore(isolated_dirs.engagements_dir, BUILTIN_TAGS, isolated_dirs.writer)
    parties = [f"Regional marketing team {n}" for n in range(1, 9)]
    for edit in (
        AddRaciMatrix(name="launch"),
        AddRaciActivity(matrix="launch", activity="Approve the brief"),
        *(AddRaciParty(matrix="launch", party=p) for p in parties),
    ):
        store.apply(ENGAGEMENT, edit)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.post_message(OpenRaci(plan(isolated_dirs), None))  # as the actions screen asks
        for _ in range(20):
            if isinstance(app.screen, RaciScreen):
                break
            await pilot.pause(0.05)
        table = app.screen.query_one("#raci", FittedTable)
        view = table.scrollable_content_region.width - table._get_fixed_offset().left
        moves = []
        for _ in range(len(parties)):
            before = table.scroll_x
            await pilot.press("right")
            await pilot.pause()
            if table.scroll_x != before:
                moves.append(table.scroll_x - before)
            row = screen_text(app).splitlines()[5]
            assert row.startswith(" Approve the brief"), row  # the label column stays
        assert moves and all(move >= view // 2 for move in moves[:-1]), (moves, view)
        assert table.scroll_x == table.max_scroll_x  # the last person, reached


async def test_ticked_and_unticked_validators_differ_by_more_than_colour(
    isolated_dirs: Paths,
) -> None:
    demo_data(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_synthesis(pilot)
        screen.query_one("#engagement", Select).value = ENGAGEMENT
        await pilot.pause()
        await pilot.press("f7")
        actions = app.screen
        assert isinstance(actions, ActionsScreen)
        # The validators to tick are the people interviewed: read in the screen's worker.
        await until(pilot, lambda: actions.corpus is not None, "read the interviews")
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, ActionForm)
        form = app.screen
        validated = form.query_one("#validated")
        validated.select(next(iter(validated._options)).value)  # type: ignore[attr-defined]
        validated.scroll_visible()
        await pilot.pause()
        boxes = [
            line.strip().split("▌")[0].split("▐")[-1]
            for line in screen_text(app).splitlines()
            if " · " in line and "▐" in line
        ]
        assert boxes == ["X", " "], boxes  # Ana ticked, Ben not: X against blank
