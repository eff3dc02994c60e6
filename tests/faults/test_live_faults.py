"""Real faults during a live interview: the data folder vanishes or cannot be written,
the session file is swapped for a symlink, a huge paste arrives. Nothing typed is lost."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from tests.tui.helpers import FakeClock, cockpit, cockpit_app, paste, saved, type_text, until
from wfinterview.core.storage.paths import Paths
from wfinterview.tui.widgets.session_header import SaveIndicator


def take_away(folder: Path) -> Path:
    """Remove a folder in one step, as a user's `rm -r` or an unmounted drive would; the
    cockpit's writer may be writing into it at that very moment."""
    aside = folder.with_name(folder.name + "-gone")
    os.rename(folder, aside)
    return aside


def block(folder: Path) -> None:
    """Put a file where the folder was: no write can succeed there, not even as root."""
    for _ in range(20):  # the writer may make the folder again between the two steps
        shutil.rmtree(take_away(folder))
        try:
            folder.write_text("not a folder")
            return
        except (IsADirectoryError, FileExistsError):
            continue
    raise AssertionError("could not block the folder")


async def test_the_data_folder_deleted_mid_interview_is_made_again(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await type_text(pilot, "before")
        await pilot.press("enter")
        await saved(pilot)
        shutil.rmtree(take_away(isolated_dirs.data_dir))
        await type_text(pilot, "after")
        await pilot.press("enter")
        session = await saved(pilot)
        assert [n.text for n in session.notes] == ["before", "after"]
        assert stat.S_IMODE(isolated_dirs.sessions_dir.stat().st_mode) == 0o700


async def test_an_unwritable_data_folder_keeps_notes_in_memory_until_it_is_fixed(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    app = cockpit_app(isolated_dirs, clock)
    async with app.run_test() as pilot:
        screen = cockpit(app)
        block(isolated_dirs.sessions_dir)
        for text in ("one", "two"):
            await type_text(pilot, text)
            await pilot.press("enter")
        indicator = screen.query_one(SaveIndicator)
        # The writer's thread says the write failed; the indicator shows it when that lands.
        await until(pilot, lambda: indicator.has_class("-failed"), "showed the failed save")
        assert indicator.has_class("-failed") and "NOT SAVED" in str(indicator.render())
        assert [n.text for n in screen.live.session.notes] == ["one", "two"]

        isolated_dirs.sessions_dir.unlink()  # the fault is gone: the writer's retry lands
        assert screen.writer.flush(timeout=15)
        # The writer says so from its thread just after the write lands, which flush waits for.
        await until(pilot, lambda: not indicator.has_class("-failed"), "cleared the failed save")
        assert [n.text for n in screen.store.load(screen.live.session.id).notes] == ["one", "two"]
        assert not indicator.has_class("-failed")


async def test_a_session_file_swapped_for_a_symlink_is_never_written_through(
    isolated_dirs: Paths, clock: FakeClock, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("someone else's file")
    app = cockpit_app(isolated_dirs, clock)
    async with app.run_test() as pilot:
        screen = cockpit(app)
        path = screen.store.path_for(screen.live.session.id)
        link = path.with_name("planted-link")
        link.symlink_to(elsewhere)
        os.replace(link, path)  # swapped in one step, while the writer may be saving
        await type_text(pilot, "a note")
        await pilot.press("enter")
        session = await saved(pilot)
        assert [n.text for n in session.notes] == ["a note"]
        assert not path.is_symlink() and elsewhere.read_text() == "someone else's file"


async def test_a_long_multi_line_paste_is_one_note_and_commits_nothing_by_itself(
    isolated_dirs: Paths, clock: FakeClock
) -> None:
    block = "\n".join(f"line {n}: “{'quoted words ' * 8}” — £{n}" for n in range(400))
    async with cockpit_app(isolated_dirs, clock).run_test() as pilot:
        await paste(pilot, block)  # handled once it returns; saved() flushes the writer
        assert (await saved(pilot)).notes == []  # a paste is typing, not Enter
        await pilot.press("enter")
        notes = (await saved(pilot)).notes
        assert len(notes) == 1 and notes[0].text == block
