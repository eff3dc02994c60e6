"""The synthesis screen as a consultant uses it on demo data."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import DataTable, Input, OptionList, Select, TabbedContent

from tests.tui.helpers import screen_text, type_text, until, workers_done
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.synthesis.demo import generate_demo
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.confirm import ConfirmScreen
from wfinterview.tui.screens.prompts import ChoicePrompt, TextPrompt
from wfinterview.tui.screens.synthesis import SynthesisScreen
from wfinterview.tui.screens.synthesis_tabs.body import SynthesisBody
from wfinterview.tui.widgets.note_pager import NotePager


def demo_data(paths: Paths, sessions: int = 8) -> None:
    store = SessionStore(paths.sessions_dir)
    for session in generate_demo(sessions, 30, seed=3):
        store.save(session)


async def open_synthesis(pilot: Pilot[None]) -> SynthesisScreen:
    await workers_done(pilot)  # home, its sessions read
    await pilot.press("ctrl+s")
    screen = pilot.app.screen
    assert isinstance(screen, SynthesisScreen)
    await until(
        pilot, lambda: screen.corpus is not None and screen.query("#matrix"), "read the sessions"
    )
    return screen


async def test_filter_to_campaign_leads_and_read_their_approval_lag(isolated_dirs: Paths) -> None:
    demo_data(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_synthesis(pilot)
        assert "Synthesis · 8 of 8 interviews" in screen_text(app)

        role = screen.query_one("#role", Select)
        role.focus()
        await pilot.press("enter")
        choices = [str(option.prompt) for option in role.query_one(OptionList).options]
        await pilot.press(*["down"] * choices.index("Role: Campaign Lead"), "enter")
        await pilot.pause()
        assert screen.filters.role == "Campaign Lead"
        table = screen.query_one("#matrix", DataTable)
        # Each role's name on two lines, so four roles fit in 80 columns.
        assert [str(c.label) for c in table.columns.values()] == [
            "tag\nnotes · people",
            "Campaign\nLead",
            "all\nroles",
        ]

        table.focus()
        table.cursor_coordinate = table.cursor_coordinate._replace(
            row=1, column=1
        )  # 🔄 × Campaign Lead
        await pilot.pause()
        pager = screen.query_one("#cell-notes", NotePager)
        expected = [r for r in screen.corpus.notes(screen.filters, tag="approval_lag")]  # type: ignore[union-attr]
        assert expected and len(pager.refs) == len(expected)
        assert all(
            r.session.participant.role == "Campaign Lead" and "approval_lag" in r.tags
            for r in pager.refs
        )
        assert f"🔄 Approval Lag · Campaign Lead · {len(expected)} notes" in screen_text(app)
        people = {r.person for r in expected}
        assert str(table.get_cell_at(table.cursor_coordinate)) == f"{len(expected)} · {len(people)}"


async def test_search_and_participant_filters_apply_as_you_type(isolated_dirs: Paths) -> None:
    demo_data(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_synthesis(pilot)
        screen.query_one("#text", Input).focus()
        await type_text(pilot, "magic wand")
        await pilot.pause()
        assert screen.filters.text == "magic wand"
        total = screen.query_one("#matrix", DataTable).get_cell("approval_lag", "__all__")
        assert str(total) == "–"  # wishes carry no tags
        assert (
            screen.corpus is not None
            and screen.corpus.matrix(screen.filters).rows["approval_lag"].notes == 0
        )
        # The status counts the interviews where the words were said, not all of them.
        said = {ref.session.id for ref in screen.corpus.notes(screen.filters)}
        assert 0 < len(said) < 8
        assert f"Synthesis · {len(said)} of 8 interviews" in screen_text(app)


async def test_move_a_note_create_rename_and_merge_themes_saved_per_engagement(
    isolated_dirs: Paths,
) -> None:
    demo_data(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_synthesis(pilot)
        screen.query_one("#engagement", Select).value = "Acme Retail"
        await pilot.pause()
        screen.query_one("#tabs", TabbedContent).active = "tab-themes"
        await pilot.pause()
        themes = screen.query_one("#themes", OptionList)
        assert [o.id for o in themes.options] == [
            "tool-related-blockers",
            "approval-issues",
            "cross-team-misalignment",
            "handoff-inefficiencies",
            "__none__",
        ]
        themes.highlighted = [o.id for o in themes.options].index("approval-issues")
        await pilot.pause()
        note = screen.query_one("#theme-notes", NotePager).highlighted
        assert note is not None and "approval_lag" in note.tags

        await pilot.press("f4")  # move it
        assert isinstance(app.screen, ChoicePrompt)
        choices = [o.id for o in app.screen.query_one(OptionList).options]
        await pilot.press(*["down"] * choices.index("handoff-inefficiencies"), "enter")
        await pilot.pause()

        await pilot.press("ctrl+n")
        assert isinstance(app.screen, TextPrompt)
        await type_text(pilot, "Sign-off path")
        await pilot.press("enter")
        await pilot.pause()
        themes.highlighted = [o.id for o in themes.options].index("sign-off-path")
        await pilot.press("f2")
        await pilot.press("end", *["backspace"] * 4)  # the name comes selected: End keeps it
        await type_text(pilot, "paths")
        await pilot.press("enter")
        themes.highlighted = [o.id for o in themes.options].index("approval-issues")
        await pilot.pause()
        await pilot.press("f3")  # merge approval issues into the new theme
        choices = [o.id for o in app.screen.query_one(OptionList).options]
        await pilot.press(*["down"] * choices.index("sign-off-path"), "enter")
        await pilot.pause()
        # A merge asks first, naming both themes.
        assert isinstance(app.screen, ConfirmScreen)
        assert "Merge “Approval issues” into “Sign-off paths”?" in app.screen.question
        await pilot.click("#yes")
        await pilot.pause()

    saved = (
        EngagementStore(isolated_dirs.engagements_dir, BUILTIN_TAGS, isolated_dirs.writer)
        .load("Acme Retail")
        .themes
    )
    assert saved.placements[note.key] == ["handoff-inefficiencies"]
    assert [t.name for t in saved.themes if t.id == "sign-off-path"] == ["Sign-off paths"]
    assert (
        "approval-issues" not in [t.id for t in saved.themes]
        and saved.tag_themes["approval_lag"] == "sign-off-path"
    )
    files = list(isolated_dirs.engagements_dir.glob("*/plan-*.json"))
    assert len(files) == 1 and json.loads(files[0].read_text())["engagement"] == "Acme Retail"


async def test_an_unreadable_themes_file_is_reported_and_never_overwritten(
    isolated_dirs: Paths,
) -> None:
    demo_data(isolated_dirs)
    store = EngagementStore(isolated_dirs.engagements_dir, BUILTIN_TAGS, isolated_dirs.writer)
    path = store.legacy_path("Acme Retail")
    path.parent.mkdir(parents=True)
    path.write_text('{"format": "wfinterview.engagement", "version": 9}', encoding="utf-8")
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_synthesis(pilot)
        assert any("newer wfinterview" in str(n.message) for n in app._notifications)
        screen.query_one("#engagement", Select).value = "Acme Retail"
        screen.query_one("#tabs", TabbedContent).active = "tab-themes"
        await pilot.pause()
        await pilot.press("ctrl+n")
        await type_text(pilot, "Anything")
        await pilot.press("enter")
        await pilot.pause()
    assert path.read_text(encoding="utf-8") == '{"format": "wfinterview.engagement", "version": 9}'


async def test_pseudonyms_hide_names_on_screen(isolated_dirs: Paths) -> None:
    demo_data(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_synthesis(pilot)
        names = {s.participant.name for s in screen.corpus.sessions}  # type: ignore[union-attr]
        assert any(name in screen_text(app) for name in names)
        await pilot.press("f8")
        await pilot.pause()
        text = screen_text(app)
        assert (
            "showing pseudonyms" in text
            and not any(name in text for name in names)
            and "P01" in text
        )


@pytest.mark.heavy
async def test_each_tab_shown_takes_the_keys(isolated_dirs: Paths) -> None:
    """ctrl+pagedown to each tab in turn: its table, list or text has the focus, so the
    arrows and PgDn move in it, not in a filter above it."""
    demo_data(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_synthesis(pilot)
        tabs = screen.query_one("#tabs", TabbedContent)
        for _ in range(6):
            await pilot.press("ctrl+pagedown")
            await pilot.pause()
            await pilot.pause()
            pane = tabs.get_pane(tabs.active)
            assert app.focused is not None and pane in app.focused.ancestors, (
                tabs.active,
                app.focused,
            )
        assert tabs.active == "tab-matrix"  # round the six, back to the first
        await pilot.press("ctrl+pagedown")  # the Themes tab
        await pilot.pause()
        await pilot.press("ctrl+n")
        await type_text(pilot, "Brief quality")
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is screen.query_one("#themes", OptionList)


async def test_a_failure_while_reading_is_said_in_one_line(
    isolated_dirs: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Synthesis never stays on "Reading sessions…": whatever stops its reading is said."""
    demo_data(isolated_dirs)

    def broken(self: Workspace, *args: object, **options: object) -> None:
        raise RuntimeError("the plan cache\nis damaged")

    monkeypatch.setattr(Workspace, "load_corpus", broken)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(80, 24)) as pilot:
        await workers_done(pilot)
        await pilot.press("ctrl+s")
        await workers_done(pilot)
        assert screen_text(app).splitlines()[0] == (
            " Could not read the sessions: RuntimeError: the plan cache is damaged"
        )


async def test_notes_are_cut_with_an_ellipsis_and_read_whole_with_enter(
    isolated_dirs: Paths,
) -> None:
    from tests import factories
    from wfinterview.tui.widgets.note_pager import NoteView

    long = (
        "Every banner goes through brand, then legal, then the regional lead, and each "
        "of them waits for the one before to finish, so a one-word typo fix takes a week "
        "and nobody can say where the file is in the meantime"
    )
    note = factories.note(long, "approvals", 100, ["approval_lag"])
    SessionStore(isolated_dirs.sessions_dir).save(
        factories.session(notes=[note], ended=True, engagement="Acme")
    )
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_synthesis(pilot)
        screen.query_one("#tabs", TabbedContent).active = "tab-themes"
        await pilot.pause()
        themes = screen.query_one("#themes", OptionList)
        themes.highlighted = [o.id for o in themes.options].index("approval-issues")
        await pilot.pause()
        shown = screen_text(app).splitlines()
        # Who said it on one line, its words on two, the second ending in "…".
        assert shown[8].endswith("│ Jordan · Campaign Lead · Acme r1 · 01:40")
        assert shown[9].endswith("│ 🔄 Every banner goes through brand, then")
        assert shown[10].endswith("│ legal, then the regional lead, and each o…")
        await pilot.press("tab", "enter")  # to the notes, and the highlighted one in full
        await pilot.pause()
        assert isinstance(app.screen, NoteView)
        inside = [line.split("█")[1].strip() for line in screen_text(app).splitlines()[7:12]]
        assert " ".join(" ".join(inside).split()) == (
            "Jordan · Campaign Lead · Acme r1 · 01:40 🔄 " + long
        )
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SynthesisScreen)


async def test_the_move_note_dialog_says_which_note_moves(isolated_dirs: Paths) -> None:
    demo_data(isolated_dirs)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_synthesis(pilot)
        screen.query_one("#engagement", Select).value = "Acme Retail"
        screen.query_one("#tabs", TabbedContent).active = "tab-themes"
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        ref = screen.query_one("#theme-notes", NotePager).highlighted
        assert ref is not None
        await pilot.press("f4")
        assert isinstance(app.screen, ChoicePrompt)
        assert app.screen.question == (
            f"Move this note of {ref.session.participant.name} "
            f"({ref.session.participant.role}), now in “Tool-related blockers”, to which "
            f"theme?\n“{ref.note['text']}”"
        )


@pytest.mark.parametrize("leave", ["quit", "escape"])
async def test_leaving_as_synthesis_shows_what_it_read_is_no_error(
    isolated_dirs: Paths, monkeypatch: pytest.MonkeyPatch, leave: str
) -> None:
    """ctrl+q, or escape back to home, arriving just as synthesis puts the sessions it
    read on screen: no error (it went on to look for the tabs it had just lost)."""
    demo_data(isolated_dirs)
    compose = SynthesisBody.compose
    left: list[str] = []

    def leave_while_composing(body: SynthesisBody) -> Iterator[Widget]:
        if not left:  # what the key does, at that very moment, the first time
            left.append(leave)
            body.app.exit() if leave == "quit" else body.app.pop_screen()
        yield from compose(body)

    monkeypatch.setattr(SynthesisBody, "compose", leave_while_composing)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test() as pilot:
        await workers_done(pilot)
        await pilot.press("ctrl+s")
        if leave == "quit":
            await until(pilot, lambda: not app.is_running, "closed")
        else:
            await until(pilot, lambda: type(app.screen).__name__ == "HomeScreen", "went home")
            await pilot.press("ctrl+s")  # and synthesis opens again, whole
            await until(pilot, lambda: bool(app.screen.query("#matrix")), "showed the matrix")
    assert app.return_code in (0, None) and app._exception is None
