"""`wfinterview transcript add|remove|check|gaps` as a user runs them."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tests.cli.helpers import run_main, run_program
from tests.transcript_calls import PARTICIPANT, Call, SpokenCue, make_call, teams_vtt, zoom_vtt
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"
SESSION = "20261120-1000-jordan-ab12"
LEGAL = "and then we are waiting for legal again, every single time"


def the_call() -> Call:
    """A call with a quote typed loosely, one typed right, and three passages left unnoted
    (their notes deleted), one of them about waiting for legal."""
    call = make_call(83.0, seed=3)
    notes = call.session.notes
    notes[10].quote, notes[10].text = True, "Legal review takes 5 days for every claim"
    notes[15].quote, notes[15].text = True, "nobody owns the UTM naming convention"
    moment = notes[6].at + 83.0
    del notes[5:8]
    call.cues.append(SpokenCue(moment, moment + 4.0, PARTICIPANT, LEGAL))
    call.cues.sort(key=lambda cue: cue.start)
    return call


@pytest.fixture
def call(isolated_dirs: Paths, tmp_path: Path) -> Call:
    made = the_call()
    SessionStore(isolated_dirs.sessions_dir).save(made.session)
    (tmp_path / "zoom.vtt").write_text(zoom_vtt(made.cues), encoding="utf-8")
    (tmp_path / "teams.vtt").write_text(teams_vtt(made.cues), encoding="utf-8")
    return made


def test_add_reads_the_speakers_and_lines_the_recording_up(
    call: Call, isolated_dirs: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_main(capsys, "transcript", "add", SESSION, str(tmp_path / "zoom.vtt"))
    assert (result.code, result.err) == (0, "")
    assert result.out == (
        f"Added zoom.vtt (Zoom WebVTT, 60 cues, 22:02) to {SESSION}.\n"
        "Speakers: Sam Okafor → facilitator (by name) · Jordan Reyes → participant (by name)\n"
        "The recording was at 1:23 when the interview clock started (estimated; sure: high, "
        "15 of 15 notes found in the words said just before them).\n"
        f"Quotes: 1 verbatim · 1 close · 0 not found (`wfinterview transcript check {SESSION}`)\n"
        f"Moments nobody noted: 3 (`wfinterview transcript gaps {SESSION}`)\n"
    )
    path = isolated_dirs.data_dir / "transcripts" / f"{SESSION}.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert (saved["format"], saved["session_id"], saved["source"]["file_name"]) == (
        "wfinterview.transcript",
        SESSION,
        "zoom.vtt",
    )
    assert sorted(os.listdir(isolated_dirs.sessions_dir)) == [f"{SESSION}.json"]
    assert run_main(capsys, "list").code == 0  # no transcript is taken for a session


def test_check_flags_a_loose_quote_with_the_words_said(
    call: Call, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_main(capsys, "transcript", "add", SESSION, str(tmp_path / "teams.vtt"))
    result = run_main(capsys, "transcript", "check", SESSION)
    assert result.code == 0
    at_legal, at_owner = (call.session.notes[i].at for i in (7, 12))
    assert result.out == (
        f"{int(at_legal // 60):02d}:{int(at_legal % 60):02d}  CLOSE  "
        "“Legal review takes 5 days for every claim”\n"
        "       said: “legal review takes five days for any claim”\n"
        f"{int(at_owner // 60):02d}:{int(at_owner % 60):02d}  VERBATIM  "
        "“nobody owns the UTM naming convention”\n"
        "1 verbatim · 1 close · 0 not found\n"
    )


def test_gaps_offer_the_wait_for_legal_as_an_approval_lag_note(
    call: Call, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_main(capsys, "transcript", "add", SESSION, str(tmp_path / "zoom.vtt"), "--offset", "83")
    result = run_main(capsys, "transcript", "gaps", SESSION)
    assert result.code == 0
    assert result.out == (
        "8:04  🧱  Workflow Walkthrough (recording 9:21)\n"
        "       “it depends a little on the quarter every Monday I export the Marketo lists "
        "to CSV”\n"
        "8:16  🔄  Workflow Walkthrough (recording 9:35)\n"
        f"       “{LEGAL}”\n"
        "9:01  🧱  Workflow Walkthrough (recording 10:19)\n"
        "       “own tracker spreadsheet for the launch dates it's a bit of a”\n"
        "3 moments nobody noted; the review offers each as a note.\n"
    )
    ascii_only = run_main(capsys, "transcript", "gaps", SESSION, "--ascii")
    assert "8:16  [Approval Lag]  Workflow Walkthrough" in ascii_only.out


def test_adding_again_asks_first_and_a_script_must_say_replace(
    call: Call, isolated_dirs: Paths, tmp_path: Path
) -> None:
    assert run_program("transcript", "add", SESSION, str(tmp_path / "zoom.vtt")).code == 0
    path = isolated_dirs.data_dir / "transcripts" / f"{SESSION}.json"
    before = path.read_bytes()
    again = run_program("transcript", "add", SESSION, str(tmp_path / "teams.vtt"), input="")
    assert (again.code, again.out) == (2, "")
    assert again.err == (
        f"wfinterview: session {SESSION} already has a transcript (from zoom.vtt); "
        "add --replace to replace it\n"
    )
    assert path.read_bytes() == before
    replaced = run_program("transcript", "add", SESSION, str(tmp_path / "teams.vtt"), "--replace")
    assert replaced.code == 0
    assert replaced.out.startswith(f"Added teams.vtt (Teams WebVTT, 60 cues, 22:02) to {SESSION}.")
    assert json.loads(path.read_bytes())["source"]["kind"] == "teams"


def test_remove_deletes_it_and_says_when_there_is_none(
    call: Call, isolated_dirs: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_main(capsys, "transcript", "add", SESSION, str(tmp_path / "zoom.vtt"))
    assert run_main(capsys, "transcript", "remove", SESSION).out == (
        f"Removed the transcript of {SESSION}.\n"
    )
    assert not (isolated_dirs.data_dir / "transcripts" / f"{SESSION}.json").exists()
    again = run_main(capsys, "transcript", "remove", SESSION)
    assert (again.code, again.err) == (2, f"wfinterview: session {SESSION} has no transcript\n")
    check = run_main(capsys, "transcript", "check", SESSION)
    assert (check.code, check.err) == (
        2,
        f"wfinterview: session {SESSION} has no transcript; add one with "
        f"`wfinterview transcript add {SESSION} FILE`\n",
    )


def test_a_damaged_file_is_exit_2_in_one_line_naming_it(call: Call) -> None:
    damaged = FIXTURES / "damaged.vtt"
    result = run_program("transcript", "add", SESSION, str(damaged))
    assert (result.code, result.out) == (2, "")
    assert result.err == f"wfinterview: {damaged}: is not UTF-8 text (byte 70 is not)\n"


def test_an_unknown_file_and_a_missing_one_are_exit_2_in_one_line(
    call: Call, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Shopping list\nmilk\n", encoding="utf-8")
    result = run_main(capsys, "transcript", "add", SESSION, str(notes))
    assert (result.code, result.err) == (
        2,
        f"wfinterview: {notes}: is not a transcript wfinterview reads (WebVTT (Zoom, Teams, "
        "Meet), SubRip (.srt), SBV or Otter text)\n",
    )
    gone = run_main(capsys, "transcript", "add", SESSION, str(tmp_path / "gone.vtt"))
    assert (gone.code, gone.err) == (
        2,
        f"wfinterview: {tmp_path / 'gone.vtt'}: no such file (removed meanwhile?)\n",
    )


def test_hostile_text_never_reaches_the_terminal(
    call: Call, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_main(
        capsys, "transcript", "add", SESSION, str(FIXTURES / "hostile.vtt"), "--offset", "0"
    )
    assert result.code == 0
    assert "\x1b" not in result.out and "\u202e" not in result.out
    assert result.out.splitlines()[1] == "Speakers: ]52;c;ZXZpbA==Mallory[2J → other (guessed)"


def test_a_teammates_session_gets_no_transcript_from_here(
    isolated_dirs: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = the_call()
    made.session.writer = "someone-else-1234"
    SessionStore(isolated_dirs.sessions_dir).save(made.session)
    (tmp_path / "zoom.vtt").write_text(zoom_vtt(made.cues), encoding="utf-8")
    result = run_main(capsys, "transcript", "add", SESSION, str(tmp_path / "zoom.vtt"))
    assert (result.code, result.err) == (
        2,
        f"wfinterview: session {SESSION} is recorded by someone-else-1234; only that "
        "installation adds or removes its transcript (you can read it)\n",
    )
    assert not (isolated_dirs.data_dir / "transcripts").exists()


def test_speakers_can_be_set_by_hand(
    call: Call, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_main(
        capsys,
        "transcript",
        "add",
        SESSION,
        str(FIXTURES / "teams.vtt"),
        "--offset",
        "-30.5",
        "--speaker",
        "Sam Okafor=other",
    )
    assert result.code == 0
    assert result.out.splitlines()[1:3] == [
        "Speakers: Sam Okafor → other (as you said) · Jordan Reyes (Guest) → participant (by name)",
        "The recording started 0:30 after the interview clock (as you gave it).",
    ]
    bad = run_main(
        capsys,
        "transcript",
        "add",
        SESSION,
        str(FIXTURES / "teams.vtt"),
        "--speaker",
        "Priya=participant",
        "--replace",
    )
    assert (bad.code, bad.err) == (
        2,
        "wfinterview: the transcript has no speaker 'Priya'; it names 'Sam Okafor', "
        "'Jordan Reyes (Guest)'\n",
    )


def test_the_json_export_carries_the_transcript_and_anonymized_names_no_speaker(
    call: Call, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_main(capsys, "transcript", "add", SESSION, str(tmp_path / "zoom.vtt")).code == 0
    plain = run_main(capsys, "export", "--format", "json")
    assert (plain.code, plain.err) == (0, "")
    [exported] = json.loads(plain.out)["sessions"]
    spoken = exported["transcript"]
    assert [cue["text"] for cue in spoken["cues"]] == [cue.text for cue in call.cues]
    assert {cue["speaker"] for cue in spoken["cues"]} == {"Sam Okafor", "Jordan Reyes"}

    hidden = run_main(capsys, "export", "--format", "json", "--anonymize")
    assert (hidden.code, hidden.err) == (0, "")
    for name in ("Sam", "Okafor", "Jordan", "Reyes", "zoom.vtt"):
        assert name not in hidden.out, name
    [anonymous] = json.loads(hidden.out)["sessions"]
    assert len(anonymous["transcript"]["cues"]) == len(call.cues)


def test_the_recap_leads_with_the_quote_the_transcript_confirms(
    call: Call, isolated_dirs: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = SessionStore(isolated_dirs.sessions_dir)
    session = store.load(SESSION)
    confirmed = next(n for n in session.notes if n.text.startswith("nobody owns"))
    confirmed.step = "approvals"  # said earlier in the call, it is no magic-wand wish
    store.save(session)

    def heard() -> list[str]:
        printed = run_main(capsys, "recap", SESSION)
        assert (printed.code, printed.err) == (0, "")
        section = printed.out.split("🔍 What we heard\n")[1].split("\n\n")[0]
        return [line for line in section.splitlines() if line.startswith("- “")]

    assert heard() == [
        "- “Legal review takes 5 days for every claim”",
        "- “nobody owns the UTM naming convention”",
    ]
    assert run_main(capsys, "transcript", "add", SESSION, str(tmp_path / "zoom.vtt")).code == 0
    assert heard() == [
        "- “nobody owns the UTM naming convention”",
        "- “Legal review takes 5 days for every claim”",
    ]


def test_a_damaged_transcript_leaves_the_recap_drafted_without_it_and_says_so(
    call: Call, isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    path = isolated_dirs.data_dir / "transcripts" / f"{SESSION}.json"
    path.parent.mkdir()
    path.write_text("{not json", encoding="utf-8")
    printed = run_main(capsys, "recap", SESSION)
    assert printed.code == 0
    assert printed.out.startswith("🔍 What we heard\n- “Legal review takes 5 days")
    assert printed.err.count("\n") == 1
    assert printed.err.startswith(f"wfinterview: drafted without the transcript: {path}: ")


def test_the_report_marks_the_quote_the_transcript_confirms(
    call: Call, isolated_dirs: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = SessionStore(isolated_dirs.sessions_dir)
    session = store.load(SESSION)
    for note in session.notes:
        if note.quote:
            note.tags = ["ghost_ownership"]
    store.save(session)
    engagement = session.engagement
    assert run_main(capsys, "transcript", "add", SESSION, str(tmp_path / "zoom.vtt")).code == 0
    markdown = run_main(capsys, "report", "--engagement", engagement)
    assert (markdown.code, markdown.err) == (0, "")
    quoted = [line for line in markdown.out.splitlines() if line.startswith("> ")]
    assert quoted == [
        "> nobody owns the UTM naming convention (*Jordan Reyes, Campaign Lead · "
        "✓ word for word in the call's transcript*)",
    ]
    page = run_main(capsys, "report", "--engagement", engagement, "--format", "html").out
    assert page.count("word for word in the call") == 1
    assert (
        '<cite>Jordan Reyes, Campaign Lead · <span class="checked">'
        "✓ word for word in the call&#39;s transcript</span></cite>"
    ) in page
