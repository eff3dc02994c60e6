"""`wfinterview --version` names this installation's writer; `wfinterview team` lists the
writers seen in the data folder and every file that needs a person's attention."""

from __future__ import annotations

import re
import shutil
import stat
from pathlib import Path

import pytest

from tests.cli.helpers import run_main
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.plan.edit_log import log_name, read_log
from wfinterview.core.plan.edits import MergeThemes, RenameTheme
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
    result = run_main(capsys, "report", "--engagement", "Acme Retail")
    assert result.code == 1 and "## " in result.out  # the report is still written
    assert result.err.count(str(damaged)) == 1 and len(result.err.splitlines()) == 1
    assert "the plan is merged from the other edits" in result.err


def _engagement_folder(isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run_main(capsys, "demo", "--sessions", "3", "--notes-per-session", "2").code == 0
    return EngagementStore(
        isolated_dirs.engagements_dir, BUILTIN_TAGS, isolated_dirs.writer
    ).folder_for("Acme Retail")


def _attention(out: str) -> list[str]:
    lines = out.splitlines()
    return [line.strip() for line in lines[lines.index("Needs attention:") + 1 :]]


def test_team_names_a_clock_far_ahead_and_shows_any_stamp(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _engagement_folder(isolated_dirs, capsys)
    header = '{"format":"wfinterview.edits","version":1,"engagement":"Acme Retail",'
    stage = '"edit":{"op":"add_stage","name":"Legal","target_days":1}}'
    for writer, at in (("zed-9", 10**13), ("yan-8", 10**20)):  # year 2286; beyond any year
        (folder / log_name(writer)).write_text(
            f'{header}"writer":"{writer}"}}\n{{"seq":1,"at":[{at},0],"seen":{{}},{stage}\n'
        )
    result = run_main(capsys, "team")
    assert result.code == 0 and "Traceback" not in result.err
    rows = {line.split()[0]: line for line in result.out.splitlines()[3:6]}
    assert rows["zed-9"].split()[1:] == ["0", "1", "2286-11-20", *rows["zed-9"].split()[4:]]
    assert rows["yan-8"].split()[1:] == ["0", "1", "-"]  # a stamp no calendar can show
    clocks = [line for line in _attention(result.out) if "clock runs" in line]
    # How far ahead: from today's date, so the years are a pattern here.
    assert re.match(r"yan-8's clock runs 31688087\d\d years ahead of this laptop's", clocks[0])
    assert clocks[0].endswith(
        "edit stamped a time beyond any calendar (a wrong clock)): its edits keep one order on "
        "every laptop, but do not move the time this laptop stamps its own edits with; set "
        "that laptop's date right"
    )
    assert re.match(r"zed-9's clock runs 2\d\d years ahead of this laptop's \(an edit ", clocks[1])
    assert "stamped 2286-11-20 17:46 UTC)" in clocks[1]


def test_my_own_leftovers_are_removed_by_name_and_never_listed_as_arriving(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _engagement_folder(isolated_dirs, capsys)
    me = isolated_dirs.writer
    mine = [folder / f".edits-{me}.jsonl.1a2b3c4d.tmp", folder / f".plan-{me}.json.0f0f0f0f.tmp"]
    theirs = folder / ".edits-bob-x1-77e0a1.jsonl.1a2b3c4d.tmp"
    for path in (*mine, theirs):
        path.write_bytes(b'{"half')
    result = run_main(capsys, "team")
    assert result.code == 0
    assert [p.exists() for p in (*mine, theirs)] == [False, False, True]
    assert [line for line in _attention(result.out) if "arriving" in line] == [
        f"Acme Retail: {theirs}: still arriving (a sync tool's file); read when whole"
    ]


def test_team_names_a_theme_merged_away_for_what_became_of_it(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _engagement_folder(isolated_dirs, capsys)
    mine = EngagementStore(isolated_dirs.engagements_dir, BUILTIN_TAGS, isolated_dirs.writer)
    other = isolated_dirs.data_dir.parent / "bob"
    shutil.copytree(isolated_dirs.engagements_dir, other)
    bob = EngagementStore(other, BUILTIN_TAGS, "bob-x1-77e0a1")
    bob.apply("Acme Retail", RenameTheme(theme_id="approval-issues", name="Slow sign-off"))
    mine.apply("Acme Retail", RenameTheme(theme_id="approval-issues", name="Sign-off lag"))
    mine.apply(
        "Acme Retail",
        MergeThemes(source_id="approval-issues", target_id="tool-related-blockers"),
    )
    shutil.copyfile(
        bob.folder_for("Acme Retail") / log_name(bob.writer), folder / log_name(bob.writer)
    )
    [line] = [x for x in _attention(run_main(capsys, "team").out) if "kept" in x]
    assert line.startswith(
        "Acme Retail: the name of theme 'approval-issues' (no longer in the plan: merged into "
        "'Tool-related blockers'): kept 'Sign-off lag' ("
    )
