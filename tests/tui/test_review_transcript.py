"""The review with the call's transcript beside the notes: what was said before each note,
the transcript at a note's moment, a close quote taken as said, a moment nobody noted
added as a note."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import OptionList

from tests.cli.test_transcript_command import LEGAL, SESSION, the_call
from tests.transcript_calls import zoom_vtt
from tests.tui.helpers import home_ready, screen_text, until
from tests.tui.test_review import highlight, on_disk, review
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.transcript.importing import make_transcript
from wfinterview.core.transcript.reading import read_transcript_file
from wfinterview.core.transcript.store import TranscriptStore
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.app import InterviewApp
from wfinterview.tui.screens.transcript import TranscriptScreen
from wfinterview.tui.widgets.transcript_panel import TranscriptPanel

LOOSE = "Legal review takes 5 days for every claim"
SAID = "legal review takes five days for any claim"


def with_transcript(paths: Paths, tmp_path: Path) -> None:
    call = the_call()
    SessionStore(paths.sessions_dir).save(call.session)
    file = tmp_path / "zoom.vtt"
    file.write_text(zoom_vtt(call.cues), encoding="utf-8")
    transcript = make_transcript(read_transcript_file(file), call.session, file.name, offset=83.0)
    TranscriptStore(paths.data_dir).save(transcript, call.session, "")


async def open_review(pilot: Pilot[None]) -> TranscriptPanel:
    await home_ready(pilot)
    await pilot.press("enter")
    panel = pilot.app.screen.query_one(TranscriptPanel)
    await until(pilot, lambda: panel.loaded, "read the transcript")  # in the panel's worker
    return panel


async def test_each_note_shows_what_was_said_before_it_and_the_key_opens_the_transcript(
    isolated_dirs: Paths, tmp_path: Path
) -> None:
    with_transcript(isolated_dirs, tmp_path)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(160, 40)) as pilot:
        await open_review(pilot)
        await highlight(pilot, "Reports to the CMO")
        text = screen_text(app)
        assert (
            "Said before 01:38: [facilitator] How long does that usually take? we talked about "
            "this in the offsite I report to the CMO and we have a weekly pipeline"
        ) in text
        assert text.splitlines()[-1].strip() == (
            "ctrl+r Recap ctrl+l Transcript ctrl+n Add Del Delete ctrl+z Undo ctrl+g Add moment "
            "ctrl+u Words said F8 Action F1 🛑 F2 🔄 F3 👻 F4 🧾 Esc Home F9 Help · more"
        )
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, TranscriptScreen)
        cues = app.screen.query_one(OptionList)
        shown = str(cues.get_option_at_index(cues.highlighted or 0).prompt)
        assert shown == "   1:23   P we talked about this in the offsite I report to the CMO"
        await pilot.press("escape")
        await pilot.pause()
        review(app)


async def test_a_close_quote_takes_the_words_said_with_one_key(
    isolated_dirs: Paths, tmp_path: Path
) -> None:
    with_transcript(isolated_dirs, tmp_path)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(160, 40)) as pilot:
        await open_review(pilot)
        await highlight(pilot, LOOSE)
        assert f"Quote ≈ close (ctrl+u uses them): “{SAID}”" in screen_text(app)
        await pilot.press("ctrl+u")
        session = await on_disk(pilot)
        assert [n.text for n in session.notes if n.quote] == [
            SAID,
            "nobody owns the UTM naming convention",
        ]
        assert "Quote ✓ verbatim" in screen_text(app)


async def test_a_moment_nobody_noted_is_added_as_a_tagged_note_from_the_transcript(
    isolated_dirs: Paths, tmp_path: Path
) -> None:
    with_transcript(isolated_dirs, tmp_path)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(160, 40)) as pilot:
        panel = await open_review(pilot)
        assert panel.beside is not None and len(panel.beside.gaps) == 3
        assert "3 unnoted · ctrl+g adds 8:04 🧱" in screen_text(app)
        await pilot.press("ctrl+g", "ctrl+g")
        session = await on_disk(pilot)
        added = [n for n in session.notes if n.from_transcript]
        assert [(n.at, n.step, n.tags, n.text) for n in added] == [
            (
                484.4,
                "walkthrough",
                ["integration_gaps"],
                "it depends a little on the quarter every Monday I export the Marketo lists to CSV",
            ),
            (496.2, "walkthrough", ["approval_lag"], LEGAL),
        ]
        # The 🧱 note at 8:04 covers the 🧱 moment at 9:01 too; the 🔄 one it left open.
        assert panel.beside.gaps == []
        assert "unnoted" not in screen_text(app)
        raw = (isolated_dirs.sessions_dir / f"{SESSION}.json").read_text(encoding="utf-8")
        assert raw.count('"from_transcript": true') == 2
        assert '"from_transcript": false' not in raw


async def test_without_a_transcript_the_review_is_as_before(isolated_dirs: Paths) -> None:
    call = the_call()
    SessionStore(isolated_dirs.sessions_dir).save(call.session)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(160, 40)) as pilot:
        panel = await open_review(pilot)
        assert (panel.loaded, panel.display) == (True, False)
        text = screen_text(app)
        assert "Transcript" not in text and "unnoted" not in text
        await pilot.press("ctrl+l")
        await pilot.pause()
        review(app)


async def test_a_transcript_that_cannot_be_read_is_said_in_one_line(isolated_dirs: Paths) -> None:
    call = the_call()
    SessionStore(isolated_dirs.sessions_dir).save(call.session)
    folder = isolated_dirs.data_dir / "transcripts"
    folder.mkdir()
    (folder / f"{SESSION}.json").write_text("{", encoding="utf-8")
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(300, 40)) as pilot:  # the path on one line
        await open_review(pilot)
        assert (
            f" Transcript not shown: {folder / SESSION}.json: is not valid JSON (truncated or "
            "damaged?) at line 1, column 2"
        ) in screen_text(app)


async def test_at_80_columns_the_transcript_key_stays_on_the_bar(
    isolated_dirs: Paths, tmp_path: Path
) -> None:
    with_transcript(isolated_dirs, tmp_path)
    app = InterviewApp(Workspace(isolated_dirs))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_review(pilot)
        assert screen_text(app).splitlines()[-1].strip() == (
            "ctrl+r Recap ctrl+l Transcript ctrl+n Add Del Delete Esc Home F9 Help · more"
        )
