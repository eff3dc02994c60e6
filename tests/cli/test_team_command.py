"""`wfinterview --version` names this installation's writer; `wfinterview team` lists the
writers seen in the data folder and every file that needs a person's attention."""

from __future__ import annotations

import shutil
import stat

import pytest

from tests.cli.helpers import run_main
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.plan.edit_log import log_name, read_log
from wfinterview.core.plan.edits import RenameTheme
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.storage.paths import Paths


def test_the_writer_id_is_made_once_kept_privately_and_shown(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    first = run_main(capsys, "--version")
    assert first.code == 0 and first.out.startswith("wfinterview 0.")
    writer_file = isolated_dirs.config_dir / "writer.toml"
    assert stat.S_IMODE(writer_file.stat().st_mode) == 0o600
    writer = writer_file.read_text().split('"')[1]
    assert first.out.splitlines()[1] == f"writer {writer} ({writer_file})"
    assert run_main(capsys, "--version").out == first.out  # the same id every time


def test_a_damaged_writer_file_is_one_line_exit_2_and_left_alone(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_dirs.config_dir.mkdir(parents=True)
    writer_file = isolated_dirs.config_dir / "writer.toml"
    writer_file.write_text('writer = "Anna Smith"\n')
    result = run_main(capsys, "team")
    assert result.code == 2 and "Traceback" not in result.err
    assert result.err == (
        f"wfinterview: {writer_file}: 'writer' must be lower-case letters, digits and dashes "
        '(e.g. writer = "anna-mbp-3f9a2c"); it was left as it is\n'
    )
    assert writer_file.read_text() == 'writer = "Anna Smith"\n'


def test_team_lists_each_writer_and_what_needs_attention(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_main(capsys, "demo", "--sessions", "8", "--notes-per-session", "5").code == 0
    me = isolated_dirs.writer
    mine = EngagementStore(isolated_dirs.engagements_dir, BUILTIN_TAGS, me)
    engagement = "Acme Retail"
    # A teammate's laptop, from the same folder: renames a theme I rename too, offline.
    other = isolated_dirs.data_dir.parent / "bob"
    shutil.copytree(isolated_dirs.engagements_dir, other)
    bob = EngagementStore(other, BUILTIN_TAGS, "bob-x1-77e0a1")
    bob.apply(engagement, RenameTheme(theme_id="approval-issues", name="Slow sign-off"))
    mine.apply(engagement, RenameTheme(theme_id="approval-issues", name="Sign-off lag"))
    folder = mine.folder_for(engagement)
    shutil.copyfile(
        bob.folder_for(engagement) / log_name(bob.writer), folder / log_name(bob.writer)
    )
    (folder / "edits-cara-3.jsonl").write_bytes(b"not a log\n")
    (folder / ".syncthing.edits-dan-4.jsonl.tmp").write_bytes(b"")
    # A sync tool's conflict copy of my log: its edits are mine, counted once.
    copy = folder / f"edits-{me}.sync-conflict-20261202-101010-ABCDEFG.jsonl"
    shutil.copyfile(folder / log_name(me), copy)

    result = run_main(capsys, "team")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == f"You write as {me} in {isolated_dirs.data_dir}."
    rows = [line.split() for line in lines[2:5]]
    assert rows[0][:2] == ["WRITER", "SESSIONS"]
    my_edits = sum(
        len(read_log(path).logged)
        for path in isolated_dirs.engagements_dir.glob(f"*/{log_name(me)}")
    )
    assert rows[1][:4] == [me, "(you)", "8", str(my_edits)]
    assert rows[2][:3] == ["bob-x1-77e0a1", "0", "1"]
    attention = lines[lines.index("Needs attention:") + 1 :]
    assert attention[0].startswith(
        "  Acme Retail: the name of theme 'Sign-off lag': kept 'Sign-off lag' "
    )
    assert "over 'Slow sign-off' (bob-x1-77e0a1, " in attention[0]
    assert attention[1:] == [
        f"  Acme Retail: {folder / 'edits-cara-3.jsonl'}: is not a wfinterview edit log (or is "
        "from a newer wfinterview); it was left as it is",
        f"  Acme Retail: {folder / '.syncthing.edits-dan-4.jsonl.tmp'}: still arriving (a sync "
        "tool's file); read when whole",
    ]


def test_a_report_says_once_which_teammates_log_it_could_not_read(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_main(capsys, "demo", "--sessions", "8", "--notes-per-session", "5").code == 0
    store = EngagementStore(isolated_dirs.engagements_dir, BUILTIN_TAGS, isolated_dirs.writer)
    damaged = store.folder_for("Acme Retail") / "edits-cara-3.jsonl"
    damaged.write_bytes(b"\xff\xfe not a log\n")
    result = run_main(capsys, "report")
    assert result.code == 1 and "## " in result.out  # the report is still written
    assert result.err.count(str(damaged)) == 1 and len(result.err.splitlines()) == 1
    assert "the plan is merged from the other edits" in result.err
